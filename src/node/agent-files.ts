/**
 * The files the site publishes for agents, written straight from the content
 * files rather than rendered as Astro routes: each page's Markdown twin
 * (`errors/<slug>.md`), `llms.txt`, the full text (`llms-full.txt`, or
 * `llms/<tool>.txt` above the split size) and `errors.json`.
 *
 * They are plain text made from the frontmatter and the MDX source, so they
 * need nothing Astro renders. Written by the search-index worker while Astro
 * bundles, they cost the build's rendering phase nothing, and a one-page edit
 * never has to re-render thousands of routes for them.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { errorsJson, fullText, fullTextIndex, fullTextParts, llmsTxt, siteLinks, type CatalogEntry } from '../lib/agent-outputs.ts';
import type { ContentTree } from '../lib/content-tree.ts';
import { pageMarkdown, type PageDoc } from '../lib/markdown.ts';
import { loadCatalog } from './content-files.ts';

/** The public address the links in the files use: `origin` (e.g. `https://errata.dev`) and `base` (`/` or `/errata`). */
export interface PublicSite {
  origin: string;
  base: string;
}

/** Writes every agent file under `out` (mirroring the site's layout); returns the paths written, relative to `out`. */
export function writeAgentFiles(dir: string, tree: ContentTree, out: string, site: PublicSite): string[] {
  const catalog = loadCatalog(dir, tree);
  const links = siteLinks(site.origin, site.base);
  const docs = new Map<string, PageDoc>();
  for (const page of catalog.pages) docs.set(page.slug, catalog.doc(page.slug)!);
  // The order the index lists them in: by tool name, then title (as the site's listings).
  const toolOrder = new Map([...catalog.tools].sort((a, b) => (a.names[0] ?? a.id).localeCompare(b.names[0] ?? b.id, 'en')).map((t, i) => [t.id, i]));
  const entries: CatalogEntry[] = catalog.pages
    .map((p) => {
      const d = docs.get(p.slug)!;
      return { slug: p.slug, title: d.title, description: d.description, signature: d.signature, patterns: p.patterns, tool: d.tool, category: d.category, status: d.status, updated: d.updated };
    })
    .sort((a, b) => (toolOrder.get(a.tool.id) ?? 0) - (toolOrder.get(b.tool.id) ?? 0) || a.title.localeCompare(b.title, 'en'));

  const written: string[] = [];
  const write = (rel: string, body: string) => {
    const file = path.join(out, rel);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, body);
    written.push(rel);
  };
  const markdown = new Map<string, string>();
  for (const [slug, doc] of docs) {
    const text = pageMarkdown(doc, links);
    markdown.set(slug, text);
    write(`errors/${slug}.md`, text);
  }
  const parts = fullTextParts(entries);
  write('llms.txt', llmsTxt(entries, links, parts));
  const [first] = parts;
  if (parts.length === 1 && first!.path === 'llms-full.txt') write('llms-full.txt', fullText(first!, first!.slugs.map((s) => markdown.get(s)!)));
  else {
    write('llms-full.txt', fullTextIndex(parts, links));
    for (const part of parts) write(part.path, fullText(part, part.slugs.map((s) => markdown.get(s)!)));
  }
  write('errors.json', errorsJson(entries, links));
  return written;
}
