import type { APIRoute } from 'astro';
import { getCatalog, recentlyUpdated } from '../data/catalog.ts';
import { errorPath, withBase } from '../lib/urls.ts';
import { escapeXml } from '../lib/xml.ts';

/** The 50 most recently updated error pages as RSS 2.0. */
export const GET: APIRoute = async ({ site }) => {
  const { errors } = await getCatalog();
  const items = recentlyUpdated(errors, 50).map((e) => {
    const link = escapeXml(new URL(errorPath(e.id), site).href);
    return `<item><title>${escapeXml(e.data.title)}</title><link>${link}</link><guid>${link}</guid><pubDate>${e.data.updated.toUTCString()}</pubDate><description>${escapeXml(e.data.description)}</description></item>`;
  });
  const home = escapeXml(new URL(withBase(''), site).href);
  const body = `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Errata: recently updated errors</title><link>${home}</link><description>Error pages that were added or changed recently.</description>\n${items.join('\n')}\n</channel></rss>\n`;
  return new Response(body, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
