import type { APIRoute } from 'astro';
import { catalogEntries, markdownOf, publicLinks } from '../data/agent-docs.ts';
import { fullText, fullTextIndex, fullTextParts } from '../lib/agent-outputs.ts';

/** `/llms-full.txt`: every page's Markdown in one file, or, above the split size, a list of the per-tool files. */
export const GET: APIRoute = async ({ site }) => {
  const links = publicLinks(site);
  const parts = fullTextParts(await catalogEntries());
  const [first] = parts;
  const body = parts.length === 1 && first!.path === 'llms-full.txt' ? fullText(first!, await Promise.all(first!.slugs.map((s) => markdownOf(s, links)))) : fullTextIndex(parts, links);
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
