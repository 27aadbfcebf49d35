import type { APIRoute, GetStaticPaths } from 'astro';
import { catalogEntries, markdownOf, publicLinks } from '../../data/agent-docs.ts';
import { fullText, fullTextParts, type FullTextPart } from '../../lib/agent-outputs.ts';

/** Above the split size, the full text per tool (`/llms/<tool>.txt`, `/llms/<tool>.2.txt`...); below it, no files here. */
export const getStaticPaths = (async () =>
  fullTextParts(await catalogEntries())
    .filter((p) => p.path.startsWith('llms/'))
    .map((part) => ({ params: { part: part.path.slice('llms/'.length, -'.txt'.length) }, props: { part } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ part: FullTextPart }> = async ({ props, site }) => {
  const links = publicLinks(site);
  return new Response(fullText(props.part, await Promise.all(props.part.slugs.map((s) => markdownOf(s, links)))), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
