/**
 * The one converter from an error page to plain Markdown, used by the
 * `/errors/<slug>.md` files, `llms-full.txt`, the MCP server's `get_page` and
 * `errata explain` alike. Pure: the site hands it a content entry, the CLI a
 * page read from disk, both reduced to a `PageDoc`.
 *
 * Page bodies may hold only Markdown plus two components (`body-rules.ts`
 * rejects everything else), so the conversion is line-based: `<Steps>` wraps
 * an ordered list that stays a numbered list, `<Callout>` becomes a
 * blockquote, and a code block typed inside a tool (`in="Claude Code"`) gets
 * an "In Claude Code:" line instead of the fence attribute.
 */
import type { ErrorStatus } from '../schemas/error.ts';
import { lookOf, readFenceLine } from './code-blocks.ts';
import { describeStatus } from './status.ts';

/** Everything the Markdown of one page is made from. Dates are `YYYY-MM-DD`. */
export interface PageDoc {
  slug: string;
  title: string;
  description: string;
  signature: string;
  quickFix: string;
  status: ErrorStatus;
  affectedVersions?: string | undefined;
  fixedIn?: string | undefined;
  updated: string;
  checked: string;
  tool: { id: string; name: string };
  category: { id: string; name: string };
  /** The MDX body as written, after the frontmatter. */
  body: string;
  faq: readonly { q: string; a: string }[];
  sources: readonly { title: string; url: string; note?: string | undefined }[];
  evidence: string;
  /** The pages in `related`, with their titles. */
  related: readonly { slug: string; title: string }[];
}

/** What `toPageDoc` needs besides the frontmatter: names resolved by whoever read the content. */
export interface PageDocNames {
  tool: { id: string; name: string };
  category: { id: string; name: string };
  related: readonly { slug: string; title: string }[];
  updated: string;
  checked: string;
}

/** A page's frontmatter fields and body as the converter takes them; one mapping for the build and the CLI. */
export function toPageDoc(
  slug: string,
  d: Pick<PageDoc, 'title' | 'description' | 'signature' | 'quickFix' | 'status' | 'affectedVersions' | 'fixedIn' | 'faq' | 'sources' | 'evidence'>,
  body: string,
  names: PageDocNames,
): PageDoc {
  return {
    slug,
    title: d.title,
    description: d.description,
    signature: d.signature,
    quickFix: d.quickFix,
    status: d.status,
    affectedVersions: d.affectedVersions,
    fixedIn: d.fixedIn,
    faq: d.faq,
    sources: d.sources,
    evidence: d.evidence,
    body,
    ...names,
  };
}

/** Where a page lives: its web page and its Markdown twin (absolute URLs, or paths). */
export interface PageLinks {
  page: (slug: string) => string;
  markdown: (slug: string) => string;
}

/** The headings a page's Markdown carries besides the body's own sections, in order. */
export const MARKDOWN_SECTIONS = {
  signature: 'Error signature',
  quickFix: 'Quick fix',
  sources: 'Sources checked',
  related: 'Related errors',
  faq: 'FAQ',
} as const;

/** One page as Markdown: title, facts, signature, quick fix, the body, sources, related pages, FAQ. */
export function pageMarkdown(doc: PageDoc, links: PageLinks): string {
  const status = describeStatus(doc.status, doc.fixedIn);
  const facts = [
    `- Tool: ${doc.tool.name}`,
    `- Category: ${doc.category.name}`,
    `- Status: ${status.label}. ${status.explanation}`,
    ...(doc.affectedVersions ? [`- Affected versions: ${doc.affectedVersions}`] : []),
    ...(doc.fixedIn ? [`- Fixed in: ${doc.fixedIn}`] : []),
    `- Updated: ${doc.updated} (facts checked ${doc.checked})`,
    `- Web page: ${links.page(doc.slug)}`,
  ];
  const parts = [
    `# ${oneLine(doc.title)}`,
    `> ${oneLine(doc.description)}`,
    facts.join('\n'),
    `## ${MARKDOWN_SECTIONS.signature}`,
    fenced(doc.signature, 'text'),
    `## ${MARKDOWN_SECTIONS.quickFix}`,
    doc.quickFix.trim(),
    mdxToMarkdown(doc.body),
    `## ${MARKDOWN_SECTIONS.sources}`,
    doc.sources.map((s) => `- [${linkText(s.title)}](${s.url})${s.note ? `: ${oneLine(s.note)}` : ''}`).join('\n'),
    `Evidence: ${oneLine(doc.evidence)}`,
    `## ${MARKDOWN_SECTIONS.related}`,
    doc.related.length ? doc.related.map((r) => `- [${linkText(r.title)}](${links.markdown(r.slug)})`).join('\n') : 'None listed.',
    `## ${MARKDOWN_SECTIONS.faq}`,
    doc.faq.map((f) => `### ${oneLine(f.q)}\n\n${f.a.trim()}`).join('\n\n'),
  ];
  return `${parts.filter((p) => p !== '').join('\n\n')}\n`;
}

const FENCE = /^(\s*)(`{3,}|~{3,})(.*)$/;
const STEPS_TAG = /^\s*<\/?Steps\s*>\s*$/;
const CALLOUT_OPEN = /^(\s*)<Callout\b([^>]*)>(.*)$/;
const CALLOUT_CLOSE = /<\/Callout\s*>\s*$/;
const CALLOUT_LABELS: Record<string, string> = { note: 'Note', tip: 'Tip', warning: 'Warning' };

/** An MDX page body as plain Markdown: components turned into lists and blockquotes, fence attributes into labels. */
export function mdxToMarkdown(body: string): string {
  const lines = body.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const f = FENCE.exec(line);
    if (fence !== null) {
      out.push(line);
      if (f && f[2]!.startsWith(fence) && !f[3]!.trim()) fence = null;
      continue;
    }
    if (f) {
      fence = f[2]!;
      // The site's own reading of the fence: a block typed inside a tool gets its "In <tool>" label as a line.
      const opened = readFenceLine(line);
      const look = opened ? lookOf(opened) : undefined;
      if (look?.kind === 'tool') out.push(`${f[1]}${look.label}:`, '');
      out.push(`${f[1]}${f[2]}${opened?.lang ?? ''}`);
      continue;
    }
    if (STEPS_TAG.test(line)) {
      // The tag's own line goes; so does the blank line after it when one comes before.
      if (!out.at(-1)?.trim() && !lines[i + 1]?.trim()) i++;
      continue;
    }
    const callout = CALLOUT_OPEN.exec(line);
    if (callout) {
      const [, indent = '', attrs = '', rest = ''] = callout;
      const type = /\btype="([^"]*)"/.exec(attrs)?.[1] ?? 'note';
      const title = /\btitle="([^"]*)"/.exec(attrs)?.[1] ?? CALLOUT_LABELS[type] ?? 'Note';
      const inner: string[] = [];
      let text = rest;
      // Collect the callout's lines up to its closing tag (on this line or a later one).
      while (true) {
        if (CALLOUT_CLOSE.test(text)) {
          inner.push(text.replace(CALLOUT_CLOSE, ''));
          break;
        }
        inner.push(text);
        if (i + 1 >= lines.length) break;
        text = lines[++i]!;
      }
      const content = dedent(inner).join('\n').trim().split('\n');
      content[0] = `**${title}:** ${content[0]}`;
      out.push(...content.map((l) => (l.trim() ? `${indent}> ${l}` : `${indent}>`)));
      continue;
    }
    out.push(line);
  }
  return out.join('\n').replace(/^(?:[ \t]*\n)+|\s+$/g, '');
}

/** Text in a code fence longer than any run of backticks inside it. */
export function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.replace(/\r\n?/g, '\n').replace(/\n+$/, '')}\n${fence}`;
}

function dedent(lines: string[]): string[] {
  const indents = lines.filter((l) => l.trim()).map((l) => /^\s*/.exec(l)![0].length);
  const cut = indents.length ? Math.min(...indents) : 0;
  return lines.map((l) => l.slice(Math.min(cut, /^\s*/.exec(l)![0].length)));
}

/** Text for one line: runs of whitespace (newlines included) become one space. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Text inside `[...]` of a link: brackets escaped so the link stays one link. */
export function linkText(text: string): string {
  return oneLine(text).replace(/([[\]\\])/g, '\\$1');
}
