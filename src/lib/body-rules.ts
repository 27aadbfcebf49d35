import { COPY_MODES, inToolCommand, isShellLang, readFenceLine, type Fence, type InToolKind } from './code-blocks.ts';

/** The level-2 sections every error page body has, in this order. */
export const REQUIRED_SECTIONS = [
  'What this error means',
  'Why this happens',
  'Common causes',
  'Quick fixes',
  'Platform and tool-specific checks',
  'Step-by-step troubleshooting',
  'How to confirm the fix',
  'How to prevent it',
] as const;

/** Components authors may use without an import. */
export const ALLOWED_COMPONENTS = ['Steps', 'Callout'] as const;

/** A finding in the body, with its 1-based line within the body. */
export interface BodyFinding {
  line: number;
  field: string;
  message: string;
}

const UNSAFE_TAG = /<\/?\s*(script|iframe|object|embed|style|link|meta|base|form|frame|frameset)\b/i;
const EVENT_HANDLER = /<[A-Za-z][^>]*\son[a-z]+\s*=/i;
const BAD_LINK = /(\]\(\s*<?|\bhref\s*=\s*["']?\s*|^\s*\[[^\]]+\]:\s*<?)(javascript|data|vbscript):/i;
const SCRIPT_SCHEME = /(javascript|vbscript):/i;
const AUTOLINK = /<[a-z][a-z0-9+.-]*:[^\s<>]*>/i;

/** Decodes numeric and a few named HTML entities, and drops the whitespace browsers ignore in URLs. */
function decodeForLinks(text: string): string {
  return text
    .replace(/&#x([0-9a-f]{1,6});?/gi, (_, h: string) => String.fromCodePoint(Math.min(0x10ffff, parseInt(h, 16))))
    .replace(/&#(\d{1,7});?/g, (_, d: string) => String.fromCodePoint(Math.min(0x10ffff, Number(d))))
    .replace(/&(colon|tab|newline);/gi, (_, n: string) => ({ colon: ':', tab: '', newline: '' })[n.toLowerCase()] ?? '')
    .replace(/[\s\u0000-\u001f]+/g, '');
}
const TAG = /<\/?([A-Za-z][\w.-]*)/g;

/**
 * Scans an MDX body: required sections in order, and nothing that could run
 * code or inject markup (raw HTML, scripts, handlers, `javascript:` links,
 * imports, MDX expressions). Code spans and fenced blocks are exempt.
 */
export function scanBody(body: string): BodyFinding[] {
  const findings: BodyFinding[] = [];
  const lines = body.split('\n');
  const seen: { title: string; line: number }[] = [];
  let fence: string | null = null;
  let fenceLine = 0;
  let shellFence: Fence | undefined;
  lines.forEach((rawLine, i) => {
    const line = i + 1;
    const fenceMatch = /^\s*(```+|~~~+)/.exec(rawLine);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      else if (shellFence) {
        const kind = inToolCommand(rawLine);
        if (kind) findings.push({ line, field: 'body', message: inToolAdvice(kind, shellFence.lang, rawLine) });
      }
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      fenceLine = line;
      const opened = readFenceLine(rawLine);
      shellFence = opened && isShellLang(opened.lang) && opened.where === undefined ? opened : undefined;
      if (opened) findings.push(...fenceMetaProblems(opened, line));
      return;
    }
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(rawLine);
    if (heading && !rawLine.startsWith('###')) seen.push({ title: heading[1]!, line });
    const prose = rawLine.replace(/`[^`]*`/g, '``');
    const add = (field: string, message: string) => findings.push({ line, field, message });
    // Entities and tabs can hide a scheme from the plain test; decode only when they are present.
    const decoded = /[&\t]/.test(prose) ? decodeForLinks(prose) : prose;
    if (/^\s*(import|export)\s/.test(prose)) add('body', `has an MDX \`${prose.trim().split(/\s/)[0]}\` line (${quote(rawLine)}); remove it: Steps and Callout are available without an import`);
    else if (UNSAFE_TAG.test(prose)) add('body', `has a raw ${quote(UNSAFE_TAG.exec(prose)![0])} tag (${quote(rawLine)}); remove it: pages may not embed scripts, frames or styles`);
    else if (EVENT_HANDLER.test(prose)) add('body', `has an event-handler attribute (${quote(rawLine)}); remove it: pages may not run scripts`);
    else if (/script:|data:/i.test(decoded) && (BAD_LINK.test(prose) || BAD_LINK.test(decoded))) add('body', `has a ${(BAD_LINK.exec(prose) ?? BAD_LINK.exec(decoded))![2]!.toLowerCase()}: link (${quote(rawLine)}); link to an https:// address instead`);
    else if (/script:/i.test(decoded) && SCRIPT_SCHEME.test(decoded)) add('body', `has a ${SCRIPT_SCHEME.exec(decoded)![1]!.toLowerCase()}: address (${quote(rawLine)}); link to an https:// address instead`);
    else if (prose.includes('<!--')) add('body', `has an HTML comment (${quote(rawLine)}); remove it: MDX cannot compile HTML comments`);
    else if (AUTOLINK.test(prose)) add('body', `has an autolink (${quote(AUTOLINK.exec(prose)![0])}); write it as [text](${AUTOLINK.exec(prose)![0].slice(1, -1)})`);
    else {
      let tagged = false;
      for (const m of prose.matchAll(TAG)) {
        if (!(ALLOWED_COMPONENTS as readonly string[]).includes(m[1]!)) {
          add('body', `uses the tag \`<${m[1]}>\`, which is not allowed; write Markdown instead, or use ${ALLOWED_COMPONENTS.map((c) => `<${c}>`).join(' or ')}`);
          tagged = true;
          break;
        }
      }
      if (!tagged && /<(?![A-Za-z/])/.test(prose)) add('body', `has a \`<\` outside code (${quote(rawLine)}); MDX reads it as a tag: put it in backticks or write "less than"`);
      if (/\bTODO\b/.test(prose)) add('body', `has a TODO left (${quote(rawLine)}); replace it with the real text`);
      if (/[{}]/.test(prose)) add('body', `has a \`{\` or \`}\` outside code (${quote(rawLine)}); MDX would run it as an expression: put it in backticks`);
    }
  });
  if (fence) {
    // Everything after an unclosed fence is code to MDX: report the fence alone, where it opens.
    findings.push({ line: fenceLine, field: 'body', message: `has a code block that is never closed (opened with ${fence}); close it with a ${fence} line` });
    return findings;
  }
  findings.push(...unbalancedComponents(lines));

  const titles = seen.map((s) => s.title);
  let last = -1;
  for (const required of REQUIRED_SECTIONS) {
    const index = titles.indexOf(required);
    if (index === -1) {
      findings.push({ line: seen[Math.max(0, last)]?.line ?? 1, field: 'body', message: `is missing the section \`## ${required}\`; add it after ${last >= 0 ? `\`## ${titles[last]}\`` : 'the frontmatter'}` });
    } else if (index < last) {
      findings.push({ line: seen[index]!.line, field: 'body', message: `has \`## ${required}\` out of order; sections go: ${REQUIRED_SECTIONS.join(' > ')}` });
    } else last = index;
  }
  return findings;
}

const IN_TOOL_ADVICE: Record<InToolKind, { what: string; example: string }> = {
  slash: { what: 'a slash command typed inside a tool', example: 'in="Claude Code"' },
  backslash: { what: 'a backslash command typed inside a tool', example: 'in="psql"' },
  repl: { what: 'a `>>>` REPL prompt', example: 'in="Python"' },
};

/** The finding for a line of a shell block that is typed inside a tool, worded for its kind. */
function inToolAdvice(kind: InToolKind, lang: string, rawLine: string): string {
  const { what, example } = IN_TOOL_ADVICE[kind];
  return `has ${what} in a \`${lang}\` block (${quote(rawLine)}); a shell cannot run it: move it to a block of its own with the fence meta \`${example}\` (where it is typed), see CONTRIBUTING.md`;
}

/** Fence meta the site cannot show: an empty `in=""`, or a `copy` rule it does not know. */
function fenceMetaProblems(opened: Fence, line: number): BodyFinding[] {
  const found: BodyFinding[] = [];
  if (opened.where !== undefined && !opened.where.trim()) {
    found.push({ line, field: 'body', message: 'has a code block with an empty `in=""`; name where its lines are typed, e.g. `in="Claude Code"`, or remove it for a shell block' });
  }
  if (opened.copy !== undefined && !(COPY_MODES as readonly string[]).includes(opened.copy)) {
    found.push({ line, field: 'body', message: `has a code block with an unknown copy rule (\`copy="${opened.copy}"\`); use \`copy="commands"\` to copy without prompts and comments, or remove it` });
  }
  return found;
}

/** Opening component tags without a closing one (MDX would fail to compile). */
function unbalancedComponents(lines: string[]): BodyFinding[] {
  const open: { name: string; line: number }[] = [];
  const findings: BodyFinding[] = [];
  let inFence = false;
  lines.forEach((raw, i) => {
    if (/^\s*(```|~~~)/.test(raw)) inFence = !inFence;
    if (inFence) return;
    for (const m of raw.replace(/`[^`]*`/g, '').matchAll(/<(\/?)(Steps|Callout)\b[^>]*?(\/?)>/g)) {
      if (m[3]) continue; // self-closing
      if (!m[1]) open.push({ name: m[2]!, line: i + 1 });
      else if (open.at(-1)?.name === m[2]) open.pop();
      else findings.push({ line: i + 1, field: 'body', message: `has \`</${m[2]}>\` without a matching \`<${m[2]}>\`; remove it or add the opening tag` });
    }
  });
  for (const o of open) findings.push({ line: o.line, field: 'body', message: `has \`<${o.name}>\` that is never closed; add \`</${o.name}>\` after its content` });
  return findings;
}

function quote(text: string): string {
  const t = text.trim();
  return `\`${t.length > 60 ? `${t.slice(0, 57)}...` : t}\``;
}
