/**
 * A page's Markdown (from `markdown.ts`) laid out for a terminal, for
 * `errata explain`: prose wrapped to a width (80 columns by default) with
 * hanging indents for list items and quotes, code blocks indented and never
 * wrapped (so commands copy whole), links written as `text <url>`. Headings
 * are bold when `bold` is set (a terminal that shows colour). Pure.
 */

const ESC = '\u001b[';

/** Markdown laid out for a terminal of `width` columns. */
export function terminalText(markdown: string, { width = 80, bold = false }: { width?: number; bold?: boolean } = {}): string {
  const out: string[] = [];
  let fence: { marker: string; indent: number } | null = null;
  for (const line of markdown.split('\n')) {
    const f = /^(\s*)(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (f && f[2]!.startsWith(fence.marker) && !line.slice(f[0].length).trim()) fence = null;
      else out.push(`${' '.repeat(fence.indent + 4)}${line.slice(Math.min(fence.indent, /^\s*/.exec(line)![0].length))}`.trimEnd());
      continue;
    }
    if (f) {
      fence = { marker: f[2]!, indent: f[1]!.length };
      continue;
    }
    const heading = /^(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      const text = plain(heading[2]!);
      const lines = wrap(text, width, '', '');
      if (bold) out.push(...lines.map((l) => `${ESC}1m${l}${ESC}22m`));
      else out.push(...lines, (heading[1]!.length === 1 ? '=' : '-').repeat(Math.min(width, Math.max(...lines.map((l) => l.length)))));
      continue;
    }
    if (!line.trim()) {
      out.push('');
      continue;
    }
    // A list item or quote: its marker stays on the first line, and wrapped lines line up after it.
    const item = /^(\s*)((?:[-*+]|\d+[.)])\s+|(?:>\s?)+)?(.*)$/.exec(line)!;
    const [, indent = '', marker = '', rest = ''] = item;
    const quote = marker.trim().startsWith('>');
    const first = `${indent}${marker}`;
    const next = quote ? first : `${indent}${' '.repeat(marker.length)}`;
    out.push(...wrap(plain(rest), width, first, next));
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** Inline Markdown as plain text: links as `text <url>`, bold markers and escapes dropped; code spans kept. */
function plain(text: string): string {
  return text
    .split(/(`[^`]*`)/)
    .map((part, i) =>
      i % 2
        ? part
        : part
            .replace(/\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => `${label} <${url}>`)
            .replace(/\*\*(.+?)\*\*/g, '$1')
            .replace(/\\([[\]\\*_`])/g, '$1'),
    )
    .join('');
}

/** Words of `text` filled into lines of at most `width` columns (a longer word gets a line of its own). */
export function wrap(text: string, width: number, first: string, next: string): string[] {
  const lines: string[] = [];
  let current = first;
  let empty = true;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (!empty && current.length + 1 + word.length > width) {
      lines.push(current);
      current = next;
      empty = true;
    }
    current += `${empty ? '' : ' '}${word}`;
    empty = false;
  }
  lines.push(current);
  return lines.map((l) => l.trimEnd());
}
