import type { APIRoute } from 'astro';
import { catalogEntries, publicLinks } from '../data/agent-docs.ts';
import { errorsJson } from '../lib/agent-outputs.ts';

/** `/errors.json`: the machine-readable catalog of every error page. */
export const GET: APIRoute = async ({ site }) =>
  new Response(errorsJson(await catalogEntries(), publicLinks(site)), { headers: { 'Content-Type': 'application/json' } });
