import type { APIRoute, GetStaticPaths } from 'astro';
import { markdownOf, publicLinks } from '../../data/agent-docs.ts';
import { getCatalog } from '../../data/catalog.ts';

export const getStaticPaths = (async () => (await getCatalog()).errors.map((e) => ({ params: { slug: e.id } }))) satisfies GetStaticPaths;

/** Each error page as Markdown, at `/errors/<slug>.md`: what agents read instead of the HTML. */
export const GET: APIRoute = async ({ params, site }) =>
  new Response(await markdownOf(params.slug!, publicLinks(site)), { headers: { 'Content-Type': 'text/markdown; charset=utf-8' } });
