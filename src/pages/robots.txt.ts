import type { APIRoute } from 'astro';
import { withBase } from '../lib/urls.ts';

/** Allows everything except search results, and points crawlers at the sitemap. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nDisallow: ${withBase('search/')}\n\nSitemap: ${new URL(withBase('sitemap.xml'), site).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
