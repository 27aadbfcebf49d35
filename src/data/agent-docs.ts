import { siteLinks, type CatalogEntry, type SiteLinks } from '../lib/agent-outputs.ts';
import { isoDay } from '../lib/dates.ts';
import { pageMarkdown, toPageDoc, type PageDoc } from '../lib/markdown.ts';
import { getCatalog, type Catalog, type ErrorEntry } from './catalog.ts';

/** Absolute URLs on the public site (`site` from the config, base from BASE_URL). */
export function publicLinks(site: URL | undefined): SiteLinks {
  return siteLinks(site?.origin ?? 'http://localhost:4321', import.meta.env.BASE_URL);
}

/** A content entry as the Markdown converter takes it. */
export function entryDoc(entry: ErrorEntry, catalog: Catalog): PageDoc {
  const d = entry.data;
  return toPageDoc(entry.id, d, entry.body ?? '', {
    tool: { id: d.tool.id, name: catalog.toolById.get(d.tool.id)?.data.name ?? d.tool.id },
    category: { id: d.category.id, name: catalog.categoryById.get(d.category.id)?.data.name ?? d.category.id },
    related: d.related.map((r) => ({ slug: r.id, title: catalog.bySlug.get(r.id)?.data.title ?? r.id })),
    updated: isoDay(d.updated),
    checked: isoDay(d.checked),
  });
}

/** A content entry as the index and the catalog describe it. */
export function catalogEntry(entry: ErrorEntry, catalog: Catalog): CatalogEntry {
  const d = entry.data;
  return {
    slug: entry.id,
    title: d.title,
    description: d.description,
    signature: d.signature,
    patterns: d.patterns,
    tool: { id: d.tool.id, name: catalog.toolById.get(d.tool.id)?.data.name ?? d.tool.id },
    category: { id: d.category.id, name: catalog.categoryById.get(d.category.id)?.data.name ?? d.category.id },
    status: d.status,
    updated: isoDay(d.updated),
  };
}

/** Entries in the order the index lists them: by tool name, then title. */
export async function catalogEntries(): Promise<CatalogEntry[]> {
  const catalog = await getCatalog();
  const order = new Map(catalog.tools.map((t, i) => [t.id, i]));
  return catalog.errors
    .map((e) => catalogEntry(e, catalog))
    .sort((a, b) => (order.get(a.tool.id) ?? 0) - (order.get(b.tool.id) ?? 0) || a.title.localeCompare(b.title, 'en'));
}

const markdownCache = new Map<string, string>();

/** A page's Markdown, converted once per build (the `.md` file and the full text share it). */
export async function markdownOf(slug: string, links: SiteLinks): Promise<string> {
  let text = markdownCache.get(slug);
  if (text === undefined) {
    const catalog = await getCatalog();
    text = pageMarkdown(entryDoc(catalog.bySlug.get(slug)!, catalog), links);
    markdownCache.set(slug, text);
  }
  return text;
}
