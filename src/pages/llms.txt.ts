import type { APIRoute } from 'astro';
import { catalogEntries, publicLinks } from '../data/agent-docs.ts';
import { fullTextParts, llmsTxt } from '../lib/agent-outputs.ts';

/** `/llms.txt`: the index for agents, one section per tool, each page linked as Markdown. */
export const GET: APIRoute = async ({ site }) => {
  const entries = await catalogEntries();
  return new Response(llmsTxt(entries, publicLinks(site), fullTextParts(entries)), { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
