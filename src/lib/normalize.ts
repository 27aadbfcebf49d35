/**
 * Error-text normalization shared by the site, the CLI and the checker. Pure:
 * no DOM, no Node APIs. Every step is a single left-to-right pass or a regular
 * expression without nested quantifiers, applied to bounded pieces, so the
 * whole run is linear in the input size.
 */

/** The placeholders authors may write in `patterns`, e.g. `{path}`. */
export const PLACEHOLDERS = [
  'path',
  'url',
  'host',
  'ip',
  'port',
  'address',
  'number',
  'hex',
  'uuid',
  'id',
  'version',
  'name',
  'time',
  'percent',
  'any',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

/** One token of normalized text. */
export interface Token {
  /** A lower-case word, `#123` for a literal number, or `{path}`-style placeholder. */
  t: string;
  /** True for words found inside a variable part (a path's folder names, a quoted name). */
  soft: boolean;
  /** Set on the soft words of a URL (its host and path), which say least of all. */
  url?: true;
  /** 0-based index of the line it came from. */
  line: number;
}

/** A line that reads like the statement of an error (rather than a stack frame or log noise). */
export const ERROR_LINE = /error|fatal|exception|failed|denied|refused|not found|cannot|can't|unable|invalid|exceeded|limit/i;

// Lines that many different errors print around their message: they never decide a match.
const BOILERPLATE = [
  'Traceback (most recent call last):',
  'fatal: Could not read from remote repository.',
  'Please make sure you have the correct access rights',
  'and the repository exists.',
  'A complete log of this run can be found in:',
  'During handling of the above exception, another exception occurred:',
  'The above exception was the direct cause of the following exception:',
  'Require stack:',
  'For more information, try \'--help\'.',
  'error: could not compile',
  'See the logs for details.',
  "error: failed to push some refs to",
  'hint: Updates were rejected because',
  'Did you mean one of these?',
];
let boilerplate: Set<string> | undefined;

/**
 * True for a line that does not state an error by itself: a known boilerplate
 * line (`Traceback (most recent call last):`), a stack frame, or a line with
 * fewer than two words (a lone brace, a caret marker).
 */
export function isBoilerplate(line: string): boolean {
  if (/^\s*(?:at |File "|\^|~|\|)/.test(line)) return true;
  const tokens = tokenize(line).filter((t) => !t.soft && !t.t.startsWith('{') && !t.t.startsWith('#'));
  if (tokens.length < 2) return true;
  boilerplate ??= new Set(BOILERPLATE.map(canonical));
  const joined = tokens.map((t) => t.t).join(' ');
  for (const b of boilerplate) if (joined === b || joined.startsWith(`${b} `)) return true;
  return false;
}

/** The line of a paste that states the error: the first that reads like one and is not boilerplate. */
export function errorLine(text: string): string {
  const lines = cleanLines(text).filter(Boolean);
  return lines.find((l) => ERROR_LINE.test(l) && !isBoilerplate(l)) ?? lines.find((l) => !isBoilerplate(l)) ?? lines[0] ?? '';
}

/** Longest piece of text between spaces that is looked into; longer ones become `{id}`. */
const MAX_CHUNK = 300;

// Terminal escapes: CSI (colours, cursor), OSC (titles, links; bounded), and two-byte escapes.
const ANSI = /\u001b\[[0-?]*[ -/]*[@-~]|\u009b[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]{0,512}(?:\u0007|\u001b\\)?|\u001b[@-Z\\-_]/g;

// Log prefixes removed from the start of a line (each tried a few times, anchored).
const PREFIXES = [
  /^\s*\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(?:[.,]\d{1,9})?(?:Z|[+-]\d{2}:?\d{2})?\s*/,
  /^\s*\[\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,6})?\]\s*/,
  /^\s*\d{1,2}:\d{2}:\d{2}(?:[.,]\d{1,6})?\s+/,
  /^\s*##\[[a-z]{1,12}\]/,
  /^\s*npm (?:ERR!|error|warn|WARN|notice|verb|http)\s*/,
  /^\s*(?:\$|>|PS [^>]{0,200}>)\s+/,
  // The shell that reports a missing command names itself first: "bash: claude: command not found".
  /^\s*-?(?:bash|zsh|sh|dash|ksh|fish):\s+(?:line \d{1,6}:\s+)?/,
];

const OPENERS = new Set(['(', '[', '{', '<', '"', "'", '`', '‘', '“', '«']);
const CLOSERS = new Set([')', ']', '}', '>', '"', "'", '`', '’', '”', '»', ',', ';', ':', '.', '!', '?']);
const QUOTES: Record<string, string> = { "'": "'", '"': '"', '`': '`', '‘': '’', '“': '”' };

const RE = {
  url: /^[a-z][a-z0-9+.-]{0,20}:\/\/\S*$/i,
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  winPath: /^(?:[a-z]:[\\/]|\\\\)\S*$/i,
  ipPort: /^(\d{1,3}(?:\.\d{1,3}){3})(?::(\d{1,5}))?$/,
  v6Port: /^\[?[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){1,7}\]?:(\d{1,5})$/i,
  hostPort: /^([a-z0-9-]+(?:\.[a-z0-9-]+)*):(\d{1,5})$/i,
  hex: /^0x[0-9a-f]+$/i,
  longHex: /^[0-9a-f]{12,}$/i,
  version: /^v?\d+(?:\.\d+){1,3}(?:[-+][0-9a-z.-]{1,40})?$/i,
  time: /^(?:\d{1,2}(?::\d{2}){1,2}(?:[.,]\d+)?(?:am|pm)?|\d{1,2}(?:am|pm)|\d{4}-\d{2}-\d{2}(?:t[\d:.,]+z?)?|\d+(?:\.\d+)?(?:ms|s|m|h|min|sec)|(?:\d+h)?(?:\d+m)?\d+(?:\.\d+)?s)$/i,
  percent: /^-?\d+(?:\.\d+)?%$/,
  number: /^-?\d+(?:\.\d+)?$/,
  prefixedId: /^[a-z]{2,8}[_-][a-z0-9_-]{8,}$/i,
  mixedId: /^[a-z0-9_-]{16,}$/i,
  // A prefixed identifier without digits: org-uVqpjtJiKqvVJMVfvpaounIh (a long random tail, case switching often).
  prefixedCaseId: /^[a-z]{2,8}[_-][A-Za-z]{20,}$/,
};

// Zero-width characters and bidirectional marks: invisible, but they split or glue words.
const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Removes terminal colour and control sequences. */
export function stripAnsi(text: string): string {
  return text.replace(ANSI, '');
}

/** A line without its log prefixes (timestamps, `npm ERR!`, CI markers, prompts). */
export function stripPrefixes(line: string): string {
  let out = line;
  for (let round = 0; round < 3; round++) {
    const before = out;
    for (const re of PREFIXES) out = out.replace(re, '');
    if (out === before) break;
  }
  return out;
}

/** Splits text into cleaned lines: no ANSI codes, no log prefixes, no CR. */
export function cleanLines(text: string): string[] {
  return stripAnsi(text)
    .replace(INVISIBLE, '')
    .normalize('NFKC')
    .split(/\r\n|\r|\n/)
    .map((line) => stripPrefixes(line).trim());
}

/** Tokenizes error text into words and typed placeholders. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  cleanLines(text).forEach((line, index) => tokenizeLine(line, index, tokens));
  return tokens;
}

/** Tokenizes one cleaned line, appending to `out`. */
export function tokenizeLine(line: string, index: number, out: Token[]): void {
  for (const chunk of line.split(/\s+/)) {
    if (chunk) classifyChunk(chunk, index, out);
  }
}

function classifyChunk(chunk: string, line: number, out: Token[]): void {
  if (chunk.length > MAX_CHUNK) {
    out.push({ t: '{id}', soft: false, line });
    return;
  }
  let start = 0;
  let end = chunk.length;
  while (start < end && OPENERS.has(chunk[start]!)) start++;
  while (end > start && CLOSERS.has(chunk[end - 1]!)) end--;
  const core = chunk.slice(start, end);
  if (!core) return;
  const opener = start > 0 ? chunk[start - 1]! : '';
  // A quoted name, not a quoted blob: JSON such as {"type":"error"} has quotes inside and is read as words.
  const quoted = opener in QUOTES && chunk.slice(end).includes(QUOTES[opener]!) && !/[{}]|["']\s*[:,]/.test(core);
  const ph = (name: Placeholder) => out.push({ t: `{${name}}`, soft: false, line });
  const softWords = (text: string) => words(text, line, true, out);

  if (RE.url.test(core)) {
    ph('url');
    const from = out.length;
    softWords(core.replace(/^[a-z][a-z0-9+.-]*:\/\//i, ''));
    for (let i = from; i < out.length; i++) out[i]!.url = true;
  } else if (RE.uuid.test(core)) ph('uuid');
  else if (RE.winPath.test(core) || (core.includes('/') && core.length > 1)) {
    ph('path');
    softWords(core);
  } else if (RE.ipPort.test(core)) {
    const m = RE.ipPort.exec(core)!;
    ph(m[2] ? 'address' : 'ip');
    if (m[2]) ph('port');
  } else if (RE.v6Port.test(core) && core.includes('::')) {
    ph('address');
    ph('port');
  } else if (RE.hostPort.test(core) && /[a-z]/i.test(core.split(':')[0]!)) {
    ph('address');
    ph('port');
    softWords(core);
  } else if (RE.hex.test(core)) ph('hex');
  else if (RE.time.test(core)) ph('time');
  else if (RE.percent.test(core)) ph('percent');
  else if (RE.number.test(core)) {
    ph('number');
    if (core.replace('-', '').length <= 6 && !core.includes('.')) out.push({ t: `#${core.replace('-', '')}`, soft: false, line }); // "-32000" and "error-32000" agree
  } else if (RE.version.test(core)) ph('version');
  else if (RE.longHex.test(core) && /\d/.test(core) && /[a-f]/i.test(core)) ph('hex');
  else if (((RE.prefixedId.test(core) || RE.mixedId.test(core)) && countDigits(core) >= 3 && !/^[a-z]+(?:_[a-z]+)+$/i.test(core)) || (RE.prefixedCaseId.test(core) && caseSwitches(core) >= 4)) ph('id');
  else if (quoted) {
    ph('name');
    softWords(core);
  } else words(core, line, false, out);
}

/** How often a word switches between upper and lower case: an identifier like `uVqpjtJiKq` switches often, `WebpackOptions` little. */
function caseSwitches(s: string): number {
  let n = 0;
  for (let i = 1; i < s.length; i++) {
    const a = s[i - 1]!;
    const b = s[i]!;
    if (/[a-z]/i.test(a) && /[a-z]/i.test(b) && (a === a.toUpperCase()) !== (b === b.toUpperCase())) n++;
  }
  return n;
}

function countDigits(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

// Words that carry no signal in an error message; everything else is kept (even "not", "no").
const STOPWORDS = new Set(['a', 'an', 'the', 'to', 'of', 'in', 'is', 'it', 'at', 'on', 'for', 'and', 'or', 'by', 'with', 'from', 'this', 'that', 'be', 'as', 'was', 'are', 'were', 'has', 'have', 'if', 'its', 'you', 'your', 'please', 'my', 'me', 'i', 'when', 'how', 'do', 'does', 'after', 'but', 'so', 'can', 'keeps', 'says', 'why', 'what', 'while']);

// Scripts written without spaces between words: Intl.Segmenter finds their words.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
let segmenter: Intl.Segmenter | undefined;

/** The words of a run of text in a script without spaces (Chinese, Japanese, Thai...). */
function segmentWords(text: string): string[] {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/**
 * A light English stemmer, so that "modules" meets "module" and "refused"
 * meets "refuse". Only plain Latin words of five letters or more change;
 * codes, identifiers and other scripts are left as they are.
 */
export function stem(word: string): string {
  if (word.length < 5 || !/^[a-z]+$/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (/(?:ss|us|is)$/.test(w)) {
    // "address", "status", "analysis": not plurals
  } else if (/(?:sh|ch|[sxz])es$/.test(w)) w = w.slice(0, -2);
  else if (w.endsWith('s')) w = w.slice(0, -1);
  else if (w.endsWith('ing') && w.length > 6) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 5) w = w.slice(0, -2);
  if (w !== word && /([b-df-hj-np-tv-z])\1$/.test(w) && !/(?:ll|ss|zz)$/.test(w)) w = w.slice(0, -1);
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1);
  return w;
}

// Contractions and the everyday short forms people type, mapped to the words error messages use.
const CONTRACTIONS = /\b(?:can['’]?t|cannot|could(?:n['’]?t| not)|unable to)\b|\b(?:won['’]?t|doesn['’]?t|don['’]?t|didn['’]?t|isn['’]?t|aren['’]?t|wasn['’]?t)\b/gi;
const SYNONYMS = new Map<string, string>([
  ['repo', 'repository'],
  ['repos', 'repository'],
  ['dir', 'directory'],
  ['folder', 'directory'],
  ['folders', 'directory'],
  ['pw', 'password'],
  ['passwd', 'password'],
  ['creds', 'credential'],
  ['auth', 'authentication'],
  ['deps', 'dependency'],
  ['pkg', 'package'],
  ['db', 'database'],
  ['env', 'environment'],
  ['perms', 'permission'],
  ['mem', 'memory'],
  ['ram', 'memory'],
  ['cert', 'certificate'],
  ['certs', 'certificate'],
  ['k8s', 'kubernetes'],
]);

/** Lower-case words of a piece of text, in any script; hyphenated compounds are kept whole as well. */
function words(raw: string, line: number, soft: boolean, out: Token[]): void {
  const text = soft ? raw : raw.replace(CONTRACTIONS, (m) => (/^(?:can|could|unable)/i.test(m) ? 'cannot' : 'not'));
  for (const original of text.split(/[^\p{L}\p{N}\p{M}_-]+/u)) {
    if (!original) continue;
    const compound = original.toLowerCase();
    if (UNSPACED.test(compound)) {
      for (const w of segmentWords(compound)) if (!STOPWORDS.has(w)) out.push({ t: stem(w), soft, line });
      continue;
    }
    const parts = original.split(/-+/).filter((p) => p.length > 1 || /\d/.test(p));
    for (const part of parts) {
      const lower = part.toLowerCase();
      if (/^\d+$/.test(part)) {
        if (!soft) out.push({ t: '{number}', soft, line }); // a number glued to a word ("reached|1762952400") is still a variable part
        if (!soft && part.length <= 6) out.push({ t: `#${part}`, soft, line });
      } else if (part.length >= 12 && countDigits(part) >= 3 && /[a-z]/i.test(part)) out.push({ t: '{id}', soft: false, line }); // a request id inside JSON
      else if (!STOPWORDS.has(lower)) out.push({ t: part === part.toUpperCase() ? lower : stem(SYNONYMS.get(lower) ?? lower), soft, line }); // codes such as ERESOLVE stay whole
    }
    const whole = compound.replace(/^-+|-+$/g, '');
    if (parts.length > 1 && whole.length <= 40) out.push({ t: whole, soft, line });
  }
}

/** A canonical one-line form of error text: its tokens joined by spaces. */
export function canonical(text: string): string {
  return tokenize(text)
    .filter((t) => !t.soft)
    .map((t) => t.t)
    .join(' ');
}

/**
 * The problem with an author's pattern, as a sentence; undefined when it parses.
 * `{name}` with a known name is a placeholder; any other brace is literal text
 * (error messages often hold JSON).
 */
export function patternProblem(pattern: string): string | undefined {
  const unknown = [...pattern.matchAll(/\{([a-z]+)\}/g)].map((m) => m[1]!).find((name) => !(PLACEHOLDERS as readonly string[]).includes(name));
  if (unknown !== undefined) return `uses an unknown placeholder \`{${unknown}}\`; use one of ${PLACEHOLDERS.map((p) => `{${p}}`).join(' ')}`;
  if (!tokenizePattern(pattern).some((t) => !t.soft && !t.t.startsWith('{'))) return 'has no literal words to match; add the fixed text of the error around the placeholders';
  return undefined;
}

/** Tokenizes an author's pattern: literal text as the tokenizer sees it, placeholders as typed tokens. */
export function tokenizePattern(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (const piece of pattern.split(/(\{[a-z]+\})/)) {
    const m = /^\{([a-z]+)\}$/.exec(piece);
    if (m && (PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
      if (m[1] !== 'any') tokens.push({ t: `{${m[1]}}`, soft: false, line: 0 });
      if (m[1] === 'address') tokens.push({ t: '{port}', soft: false, line: 0 });
    } else tokens.push(...tokenize(piece).map((t) => ({ ...t, line: 0 })));
  }
  return tokens;
}
