/**
 * The files the site publishes for agents, besides each page's Markdown:
 * `/llms.txt` (an index in the llms.txt format), the full text of every page
 * (`/llms-full.txt`, split per tool above LLMS_SPLIT_AT pages) and the
 * catalog `/errors.json`. Pure: the build hands in the entries and the URLs.
 */
import { linkText, oneLine, type PageLinks } from './markdown.ts';

/** Above this many pages, the full text is split per tool (and per this many pages within a tool). */
export const LLMS_SPLIT_AT = 1000;

/** What the index and the catalog say about one page. */
export interface CatalogEntry {
  slug: string;
  title: string;
  description: string;
  signature: string;
  patterns: readonly string[];
  tool: { id: string; name: string };
  category: { id: string; name: string };
  status: string;
  /** `YYYY-MM-DD` */
  updated: string;
}

/** Absolute URLs on the public site: pages, their Markdown twins, and any file. */
export interface SiteLinks extends PageLinks {
  file: (path: string) => string;
}

/** URLs under `origin` (e.g. `https://errata.dev`) and `base` (`/` or e.g. `/errata`). */
export function siteLinks(origin: string, base: string): SiteLinks {
  const root = `${origin.replace(/\/+$/, '')}${base.replace(/\/+$/, '')}`;
  const file = (path: string) => `${root}/${path.replace(/^\/+/, '')}`;
  return { file, page: (slug) => file(`errors/${slug}/`), markdown: (slug) => file(`errors/${slug}.md`) };
}

/** One file of full text: where it goes, what it is called, and the pages in it, in order. */
export interface FullTextPart {
  /** Path from the site root, e.g. `llms-full.txt` or `llms/claude-code.txt`. */
  path: string;
  title: string;
  slugs: string[];
}

/**
 * How the full text is cut: one `llms-full.txt` up to `splitAt` pages; above
 * that one file per tool, `llms/<tool>.txt`, continued in `llms/<tool>.2.txt`
 * and so on every `splitAt` pages, so no file grows without bound.
 */
export function fullTextParts(entries: readonly Pick<CatalogEntry, 'slug' | 'tool'>[], splitAt = LLMS_SPLIT_AT): FullTextPart[] {
  if (entries.length <= splitAt) return [{ path: 'llms-full.txt', title: 'Every page in full', slugs: entries.map((e) => e.slug) }];
  const byTool = new Map<string, { name: string; slugs: string[] }>();
  for (const e of entries) {
    const group = byTool.get(e.tool.id) ?? { name: e.tool.name, slugs: [] };
    group.slugs.push(e.slug);
    byTool.set(e.tool.id, group);
  }
  const parts: FullTextPart[] = [];
  for (const [id, { name, slugs }] of byTool) {
    const count = Math.ceil(slugs.length / splitAt);
    for (let i = 0; i < count; i++) {
      parts.push({
        path: i === 0 ? `llms/${id}.txt` : `llms/${id}.${i + 1}.txt`,
        title: count > 1 ? `${name} pages in full (part ${i + 1} of ${count})` : `${name} pages in full`,
        slugs: slugs.slice(i * splitAt, (i + 1) * splitAt),
      });
    }
  }
  return parts;
}

const SUMMARY =
  'Errata is a troubleshooting knowledge base for developer tools, AI coding tools first. Each page covers one error signature: what it means, why it happens, a quick fix, step-by-step troubleshooting with commands, the sources checked, and related errors. Every link below is the page as Markdown.';

/**
 * `/llms.txt`: an H1, a one-paragraph blockquote, then one H2 section per
 * tool listing `- [title](markdown url): description`, and an `Optional`
 * section with the full text and the catalog.
 */
export function llmsTxt(entries: readonly CatalogEntry[], links: SiteLinks, parts: readonly FullTextPart[]): string {
  const byTool = new Map<string, { name: string; lines: string[] }>();
  for (const e of entries) {
    const group = byTool.get(e.tool.id) ?? { name: e.tool.name, lines: [] };
    group.lines.push(`- [${linkText(e.title)}](${links.markdown(e.slug)}): ${oneLine(e.description)}`);
    byTool.set(e.tool.id, group);
  }
  const sections = [...byTool.values()].map((g) => `## ${oneLine(g.name)}\n\n${g.lines.join('\n')}`);
  const optional = [
    ...parts.map((p) => `- [${p.title}](${links.file(p.path)}): ${p.slugs.length} page${p.slugs.length === 1 ? '' : 's'} as Markdown in one file`),
    `- [Catalog as JSON](${links.file('errors.json')}): every page's slug, title, signature, patterns, tool, category, status, date and URLs`,
  ];
  return `# Errata\n\n> ${SUMMARY}\n\n${[...sections, `## Optional\n\n${optional.join('\n')}`].join('\n\n')}\n`;
}

/** One file of full text: a heading, then each page's Markdown, separated by rules. */
export function fullText(part: FullTextPart, markdown: readonly string[]): string {
  return `# Errata: ${part.title}\n\n> ${markdown.length} error page${markdown.length === 1 ? '' : 's'} as Markdown, separated by horizontal rules.\n\n---\n\n${markdown.map((m) => m.trim()).join('\n\n---\n\n')}\n`;
}

/** `/llms-full.txt` when the full text is split: a pointer to each part. */
export function fullTextIndex(parts: readonly FullTextPart[], links: SiteLinks): string {
  return `# Errata: every page in full\n\n> The full text is split per tool, so that no file grows without bound.\n\n${parts.map((p) => `- [${p.title}](${links.file(p.path)})`).join('\n')}\n`;
}

/** `/errors.json`: the catalog, one record per page. */
export function errorsJson(entries: readonly CatalogEntry[], links: SiteLinks): string {
  const pages = entries.map((e) => ({
    slug: e.slug,
    title: e.title,
    signature: e.signature,
    patterns: e.patterns,
    tool: e.tool.id,
    category: e.category.id,
    status: e.status,
    updated: e.updated,
    url: links.page(e.slug),
    markdownUrl: links.markdown(e.slug),
  }));
  return `${JSON.stringify({ count: pages.length, pages })}\n`;
}
