/**
 * Masks strings that look like secrets before a paste is shown back or put in
 * a URL. Pure; each rule is a single regular expression with no nested
 * quantifiers, so a long paste is processed in linear time.
 */
const MASK = '[REDACTED]';

const RULES: [RegExp, string][] = [
  // Anthropic, OpenAI and similar keys: keep the prefix so the reader sees what kind it was.
  [/\b(sk-ant-(?:api|admin|oat)?\d*-?)[A-Za-z0-9_-]{8,}/g, `$1${MASK}`],
  [/\b(sk-(?:proj-|svcacct-|None-)?)[A-Za-z0-9_-]{16,}/g, `$1${MASK}`],
  [/\b(gh[pousr]_)[A-Za-z0-9]{16,}/g, `$1${MASK}`],
  [/\b(github_pat_)[A-Za-z0-9_]{16,}/g, `$1${MASK}`],
  [/\b(glpat-)[A-Za-z0-9_-]{16,}/g, `$1${MASK}`],
  [/\b(xox[abprs]-)[A-Za-z0-9-]{10,}/g, `$1${MASK}`],
  [/\b(AIza)[A-Za-z0-9_-]{30,}/g, `$1${MASK}`],
  [/\b((?:AKIA|ASIA)[0-9A-Z]{4})[0-9A-Z]{12}\b/g, `$1${MASK}`],
  // JSON Web Tokens: three base64url parts, the first a JSON header.
  [/\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}/g, MASK],
  // Authorization headers.
  [/\b(Bearer|Basic|token)(\s+)[A-Za-z0-9._~+/=-]{8,}/gi, `$1$2${MASK}`],
  // user:password@ in URLs.
  [/\b([a-z][a-z0-9+.-]{1,20}:\/\/[^\s:/@]{1,200}:)[^\s@/]{1,200}@/gi, `$1${MASK}@`],
  // key=value and key: value assignments of obvious secrets.
  [/\b((?:api[_-]?key|x-api-key|access[_-]?token|auth[_-]?token|secret(?:[_-]?access)?[_-]?key|client[_-]?secret|password|passwd|pwd)["']?\s*[:=]\s*["']?)[^\s"',;&]{4,}/gi, `$1${MASK}`],
  // Private key blocks.
  [/-----BEGIN [A-Z ]{0,40}PRIVATE KEY-----[\s\S]{0,10000}?-----END [A-Z ]{0,40}PRIVATE KEY-----/g, `-----BEGIN PRIVATE KEY-----${MASK}-----END PRIVATE KEY-----`],
];

/** The text with anything that looks like a secret replaced by `[REDACTED]`. */
export function redactSecrets(text: string): string {
  let out = text;
  for (const [re, replacement] of RULES) out = out.replace(re, replacement);
  return out;
}
