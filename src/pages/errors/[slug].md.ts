import type { APIRoute, GetStaticPaths } from 'astro';
import { markdownOf, publicLinks } from '../../data/agent-docs.ts';
import { errorPageCacheKeys } from '../../data/cache-key.ts';
import { getCatalog } from '../../data/catalog.ts';

// The Markdown shows less than the HTML page (its own entry, tool, category, the titles of
// the pages it links to, the site's address), so the HTML page's cacheKey covers it too.
export const getStaticPaths = (async () => {
  const catalog = await getCatalog();
  const keys = errorPageCacheKeys(catalog);
  return catalog.errors.map((e) => ({ params: { slug: e.id }, cacheKey: keys.get(e.id)! }));
}) satisfies GetStaticPaths;

/** Each error page as Markdown, at `/errors/<slug>.md`: what agents read instead of the HTML. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(await markdownOf(params.slug!, publicLinks(site)), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
