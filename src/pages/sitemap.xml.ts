import type { APIRoute } from 'astro';
import { getCatalog } from '../data/catalog.ts';
import { entriesOf } from '../data/listings.ts';
import { isoDay } from '../lib/dates.ts';
import { pageCount, pagePath } from '../lib/paging.ts';
import { categoryPath, errorPath, toolPath, withBase } from '../lib/urls.ts';
import { escapeXml } from '../lib/xml.ts';

/** Every public page, with the last change date of error pages. */
export const GET: APIRoute = async ({ site }) => {
  const { errors, tools, categories } = await getCatalog();
  const entry = (path: string, lastmod?: Date) =>
    `<url><loc>${escapeXml(new URL(path, site).href)}</loc>${lastmod ? `<lastmod>${isoDay(lastmod)}</lastmod>` : ''}</url>`;
  // Listings past 100 entries go on to /page/2/ and later: those pages are public too.
  const laterPages = (basePath: string, count: number) => Array.from({ length: pageCount(count) - 1 }, (_, i) => entry(pagePath(basePath, i + 2)));
  const urls = [
    entry(withBase('')),
    entry(withBase('errors/')),
    entry(withBase('tools/')),
    entry(withBase('categories/')),
    ...tools.map((t) => entry(toolPath(t.id))),
    ...categories.map((c) => entry(categoryPath(c.id))),
    ...errors.map((e) => entry(errorPath(e.id), e.data.updated)),
    ...laterPages(withBase('errors/'), errors.length),
    ...tools.flatMap((t) => laterPages(toolPath(t.id), entriesOf(errors, 'tool', t.id).length)),
    ...categories.flatMap((c) => laterPages(categoryPath(c.id), entriesOf(errors, 'category', c.id).length)),
  ];
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
