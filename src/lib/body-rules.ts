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
const BAD_LINK = /(\]\(\s*<?|\bhref\s*=\s*["']?\s*)(javascript|data|vbscript):/i;
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
  lines.forEach((rawLine, i) => {
    const line = i + 1;
    const fenceMatch = /^\s*(```+|~~~+)/.exec(rawLine);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      return;
    }
    const heading = /^##\s+(.+?)\s*#*\s*$/.exec(rawLine);
    if (heading && !rawLine.startsWith('###')) seen.push({ title: heading[1]!, line });
    const prose = rawLine.replace(/`[^`]*`/g, '``');
    const add = (field: string, message: string) => findings.push({ line, field, message });
    if (/^\s*(import|export)\s/.test(prose)) add('body', `has an MDX \`${prose.trim().split(/\s/)[0]}\` line (${quote(prose)}); remove it: Steps and Callout are available without an import`);
    else if (UNSAFE_TAG.test(prose)) add('body', `has a raw ${quote(UNSAFE_TAG.exec(prose)![0])} tag; remove it: pages may not embed scripts, frames or styles`);
    else if (EVENT_HANDLER.test(prose)) add('body', `has an event-handler attribute (${quote(prose)}); remove it: pages may not run scripts`);
    else if (BAD_LINK.test(prose)) add('body', `has a ${BAD_LINK.exec(prose)![2]!.toLowerCase()}: link (${quote(prose)}); link to an https:// address instead`);
    else {
      for (const m of prose.matchAll(TAG)) {
        if (!(ALLOWED_COMPONENTS as readonly string[]).includes(m[1]!)) {
          add('body', `uses the tag \`<${m[1]}>\`, which is not allowed; write Markdown instead, or use ${ALLOWED_COMPONENTS.map((c) => `<${c}>`).join(' or ')}`);
          break;
        }
      }
      if (/\bTODO\b/.test(prose)) add('body', `has a TODO left (${quote(prose)}); replace it with the real text`);
      if (/[{}]/.test(prose)) add('body', `has a \`{\` or \`}\` outside code (${quote(prose)}); MDX would run it as an expression: put it in backticks`);
    }
  });
  if (fence) findings.push({ line: lines.length, field: 'body', message: `has a code block that is never closed (opened with ${fence}); close it with ${fence}` });
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
