/** Fence languages whose blocks are typed into a shell; only shell commands belong in them. */
export const SHELL_LANGS = ['sh', 'bash', 'zsh', 'shell', 'console', 'powershell', 'ps1', 'pwsh'] as const;

/** The values the fence meta `copy="..."` accepts. */
export const COPY_MODES = ['commands'] as const;
export type CopyMode = (typeof COPY_MODES)[number];

/** What a code fence says about itself: its language and its meta, e.g. ```` ```text in="Claude Code" ````. */
export interface Fence {
  /** The language after the fence, lower-cased; `''` when none. */
  lang: string;
  /** Where the lines are typed when it is not a shell, e.g. `Claude Code`, from `in="..."`. */
  where?: string | undefined;
  /** `commands` when the author asks the copy button to leave out prompts and comments. */
  copy?: string | undefined;
}

/** How the site shows a block: its caption and the family its style comes from. */
export interface CodeBlockLook {
  /** The caption above the block, e.g. `Terminal`, `In Claude Code`, `JSON`. */
  label: string;
  /** `shell` for shell commands, `tool` for lines typed inside a tool, `code` for everything else. */
  kind: 'shell' | 'tool' | 'code';
}

const LANG_NAMES: Record<string, string> = {
  powershell: 'PowerShell',
  ps1: 'PowerShell',
  pwsh: 'PowerShell',
  cmd: 'Command Prompt',
  bat: 'Command Prompt',
  js: 'JavaScript',
  javascript: 'JavaScript',
  mjs: 'JavaScript',
  ts: 'TypeScript',
  typescript: 'TypeScript',
  json: 'JSON',
  jsonc: 'JSON',
  yaml: 'YAML',
  yml: 'YAML',
  toml: 'TOML',
  ini: 'INI',
  sql: 'SQL',
  python: 'Python',
  py: 'Python',
  dockerfile: 'Dockerfile',
  diff: 'Diff',
  html: 'HTML',
  xml: 'XML',
  css: 'CSS',
  go: 'Go',
  rust: 'Rust',
  java: 'Java',
  nginx: 'nginx',
};

/** Reads `key="value"`, `key='value'` and `key=value` pairs from a fence's meta string. */
export function parseFenceMeta(meta: string | null | undefined): Record<string, string> {
  const pairs: Record<string, string> = {};
  for (const m of (meta ?? '').matchAll(/([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|([^\s"']+))/g)) {
    pairs[m[1]!] = m[2] ?? m[3] ?? m[4] ?? '';
  }
  return pairs;
}

/** The fence of a Markdown line that opens a code block (```` ```bash copy="commands" ````), or undefined. */
export function readFenceLine(line: string): (Fence & { marker: string }) | undefined {
  const m = /^\s*(`{3,}|~{3,})\s*([^\s`{]*)\s*(.*)$/.exec(line);
  if (!m) return undefined;
  return { marker: m[1]!, ...fenceOf(m[2], m[3]) };
}

/** A fence from its language and meta string, as the Markdown parser hands them over. */
export function fenceOf(lang: string | null | undefined, meta: string | null | undefined): Fence {
  const pairs = parseFenceMeta(meta);
  return { lang: (lang ?? '').toLowerCase(), where: pairs['in'], copy: pairs['copy'] };
}

/** True for the languages of shell blocks (`bash`, `sh`, `zsh`, `powershell`, ...). */
export function isShellLang(lang: string): boolean {
  return (SHELL_LANGS as readonly string[]).includes(lang);
}

/** The caption and style family of a block: `in="X"` wins, then the shell languages, then the language's name. */
export function lookOf(fence: Fence): CodeBlockLook {
  const where = fence.where?.trim();
  if (where) return { label: `In ${where}`, kind: 'tool' };
  if (isShellLang(fence.lang)) return { label: LANG_NAMES[fence.lang] ?? 'Terminal', kind: 'shell' };
  if (!fence.lang || fence.lang === 'text' || fence.lang === 'plaintext' || fence.lang === 'txt') return { label: 'Text', kind: 'code' };
  return { label: LANG_NAMES[fence.lang] ?? fence.lang, kind: 'code' };
}

const PROMPT = /^\s*(?:\$|PS>)\s?/;

/**
 * The text a copy button puts on the clipboard. Without a mode, the block as
 * written. With `commands`: `#` comment lines go; when any line starts with a
 * `$ ` (or `PS> `) prompt, only those lines are kept, without the prompt, plus
 * the lines that continue them (after a trailing `\` or PowerShell backtick).
 */
export function copyText(code: string, mode?: string): string {
  if (mode !== 'commands') return code;
  const lines = code.replace(/\r\n?/g, '\n').split('\n');
  const prompted = lines.some((l) => PROMPT.test(l));
  const kept: string[] = [];
  let continues = false;
  for (const line of lines) {
    const isPrompt = PROMPT.test(line);
    if (prompted) {
      if (isPrompt) kept.push(line.replace(PROMPT, ''));
      else if (continues) kept.push(line);
      else continue;
      continues = /[\\`]\s*$/.test(line);
    } else if (!/^\s*#/.test(line)) kept.push(line);
  }
  return kept
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .replace(/^\n+|\n+$/g, '');
}

/** A line of a shell block that is really typed inside a tool: what kind, to word the advice. */
export type InToolKind = 'slash' | 'backslash' | 'repl';

/**
 * Whether a line of a shell block is a command typed inside a tool: a `/word`
 * or `\word` followed by a space or the end of the line (Claude Code's
 * `/usage`, psql's `\password`), or a `>>>` REPL prompt. Paths such as
 * `/usr/bin/chromium --version` are shell commands.
 */
export function inToolCommand(line: string): InToolKind | undefined {
  const text = line.trim().replace(PROMPT, '');
  if (/^>>>(\s|$)/.test(text)) return 'repl';
  if (/^\/[A-Za-z][\w-]*(\s|$)/.test(text)) return 'slash';
  if (/^\\[A-Za-z][\w-]*\+?(\s|$)/.test(text)) return 'backslash';
  return undefined;
}
