/**
 * `errata mcp`: Errata as a Model Context Protocol server. Three tools, all
 * answered from the content directory as `errata match` reads it (no build):
 * `match_error` (a pasted error to its page), `get_page` (a page as
 * Markdown) and `search_pages` (pages by words, tool and category).
 *
 * The tool logic (`errataTools`) is plain functions that throw `ToolInputError`
 * for bad input; `createErrataServer` wires them to the SDK, which turns any
 * thrown error, and any input its zod schemas reject, into a tool error
 * (`isError: true`) while the server keeps answering.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { z } from 'astro/zod';
import type { SiteLinks } from '../lib/agent-outputs.ts';
import { MAX_INPUT_BYTES } from '../lib/input.ts';
import { pageMarkdown } from '../lib/markdown.ts';
import { buildIndex, match, type MatcherIndex, type MatchLevel } from '../lib/matcher.ts';
import { errorLine } from '../lib/normalize.ts';
import { redactSecrets } from '../lib/redact.ts';
import type { Catalog, PageSummary } from '../node/content-files.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';

/** Bad input from the agent: reported as a tool error with this message. */
export class ToolInputError extends Error {}

/** One page in a tool's answer. */
export interface PageResult {
  slug: string;
  title: string;
  url: string;
  markdownUrl: string;
  tool: string;
  category: string;
  status: string;
}

/** One `match_error` result: the page, how sure the match is, and what to do. */
export interface MatchErrorResult extends PageResult {
  match: MatchLevel;
  score: number;
  quickFix: string;
  /** The line of the (redacted) text that matched. */
  matched: string;
}

const MATCH_LIMIT = { default: 5, max: 20 };
const SEARCH_LIMIT = { default: 20, max: 100 };

/** An optional result count from 1 to `max`; every way of getting it wrong gets the same message. */
function limitSchema({ default: byDefault, max }: { default: number; max: number }) {
  const error = `limit must be a whole number from 1 to ${max}`;
  return z.number({ error }).int({ error }).min(1, { error }).max(max, { error }).optional().describe(`How many results, 1 to ${max} (default ${byDefault}).`);
}

/** The three tools as plain functions over one catalog. */
export function errataTools(catalog: Catalog, links: SiteLinks) {
  const indexes = new Map<string, MatcherIndex>();
  /** The matcher index over all pages, or over the pages of one tool and/or category (built once, then kept). */
  const indexFor = (key: string, pages: readonly PageSummary[]) => {
    let index = indexes.get(key);
    if (!index) indexes.set(key, (index = buildIndex(pages, catalog.tools)));
    return index;
  };
  const page = (p: PageSummary): PageResult => ({
    slug: p.slug,
    title: p.title,
    url: links.page(p.slug),
    markdownUrl: links.markdown(p.slug),
    tool: p.tool ?? '',
    category: p.category,
    status: p.status,
  });

  return {
    matchError({ text, limit = MATCH_LIMIT.default }: { text: string; limit?: number | undefined }) {
      const clean = redactSecrets(checkText(text, 'text'));
      const results: MatchErrorResult[] = match(indexFor('', catalog.pages), clean, limit).map((r) => {
        const p = catalog.bySlug.get(r.slug)!;
        return { ...page(p), match: r.match, score: Number(r.score.toFixed(3)), quickFix: p.quickFix, matched: r.matched };
      });
      const confident = results.some((r) => r.match === 'exact' || r.match === 'likely');
      return { errorLine: errorLine(clean), confident, results };
    },

    getPage({ slug }: { slug: string }) {
      if (/[/\\]|\.\./.test(slug)) throw new ToolInputError(`slug is a page name such as \`node-eaddrinuse-address-already-in-use\`, not a path (found ${show(slug)}); take it from a match_error or search_pages result`);
      if (!SLUG_PATTERN.test(slug)) throw new ToolInputError(`slug must be lower-case words joined by hyphens (found ${show(slug)}); take it from a match_error or search_pages result`);
      const doc = catalog.doc(slug);
      if (!doc) {
        const near = match(indexFor('', catalog.pages), slug.replace(/-/g, ' '), 3).map((r) => `\`${r.slug}\``);
        throw new ToolInputError(`no page has the slug \`${slug}\`${near.length ? `; close ones: ${near.join(', ')}` : ''}. Use search_pages or match_error to find the right slug`);
      }
      return { markdown: pageMarkdown(doc, links), related: doc.related.map((r) => r.slug) };
    },

    searchPages({ query, tool, category, limit = SEARCH_LIMIT.default }: { query?: string | undefined; tool?: string | undefined; category?: string | undefined; limit?: number | undefined }) {
      if (tool !== undefined && !catalog.tools.some((t) => t.id === tool)) {
        throw new ToolInputError(`tool must be a tool id (found ${show(tool)}); one of: ${catalog.tools.map((t) => t.id).join(', ')}`);
      }
      if (category !== undefined && !catalog.categories.some((c) => c.id === category)) {
        throw new ToolInputError(`category must be a category id (found ${show(category)}); one of: ${catalog.categories.map((c) => c.id).join(', ')}`);
      }
      const pages = catalog.pages.filter((p) => (tool === undefined || p.tool === tool) && (category === undefined || p.category === category));
      const words = query === undefined || !query.trim() ? undefined : redactSecrets(checkText(query, 'query'));
      if (words === undefined) {
        const sorted = [...pages].sort((a, b) => a.title.localeCompare(b.title, 'en'));
        return { total: pages.length, results: sorted.slice(0, limit).map((p) => ({ ...page(p) })) };
      }
      const found = match(indexFor(`${tool ?? ''}|${category ?? ''}`, pages), words, limit);
      return { total: found.length, results: found.map((r) => ({ ...page(catalog.bySlug.get(r.slug)!), match: r.match })) };
    },
  };
}

/** Text an agent sent: not blank, and within the 1 MB every surface shares. */
function checkText(text: string, field: string): string {
  if (!text.trim()) throw new ToolInputError(`${field} is empty; pass the error output as printed (the whole output is fine, up to 1 MB)`);
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_INPUT_BYTES) throw new ToolInputError(`${field} is ${bytes} bytes, over the 1 MB limit (${MAX_INPUT_BYTES} bytes); send the last part of the output, where the error usually is`);
  return text;
}

function show(value: string): string {
  const one = value.replace(/\s+/g, ' ');
  return `\`${one.length > 60 ? `${one.slice(0, 57)}...` : one}\``;
}

const pageShape = {
  slug: z.string(),
  title: z.string(),
  url: z.string(),
  markdownUrl: z.string(),
  tool: z.string(),
  category: z.string(),
  status: z.string(),
};
const LEVELS = ['exact', 'likely', 'related'] as const;

/** The MCP server: the three tools registered with their schemas and descriptions. */
export function createErrataServer(catalog: Catalog, links: SiteLinks, version: string): McpServer {
  const tools = errataTools(catalog, links);
  const server = new McpServer(
    { name: 'errata', title: 'Errata', version },
    {
      instructions:
        'Errata is a knowledge base of vetted fixes for developer-tool errors, AI coding tools first. When a command or tool fails, call match_error with its output; act on an exact or likely result (quick fix, then get_page for the steps and sources). When nothing is exact or likely, Errata has no page for that error: do not present a related page as the fix.',
    },
  );
  const toolIds = catalog.tools.map((t) => t.id).join(', ');
  const categoryIds = catalog.categories.map((c) => c.id).join(', ');

  server.registerTool(
    'match_error',
    {
      title: 'Find the Errata page for an error',
      description:
        'Find the page that explains and fixes an error. Pass the error output as printed: a failing command\'s output, a stack trace, a CI log (many lines are fine, up to 1 MB; secrets are redacted before matching). Returns pages best first, each with a match level: "exact" (the text holds this page\'s own error line), "likely" (most of the error\'s distinctive words, its error code included), "related" (shared words only: NOT this error). Only exact and likely results are the user\'s error; each comes with its quick fix, the line that matched and the page status. Call get_page with the slug for the full steps and sources. When confident is false, Errata has no page for this error yet.',
      inputSchema: {
        text: z.string({ error: 'text must be a string: the error output as printed' }).describe('The error output as printed, e.g. the last lines of a failing command (up to 1 MB).'),
        limit: limitSchema(MATCH_LIMIT),
      },
      outputSchema: {
        errorLine: z.string(),
        confident: z.boolean(),
        results: z.array(z.object({ ...pageShape, match: z.enum(LEVELS), score: z.number(), quickFix: z.string(), matched: z.string() })),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async (args) => {
      const found = tools.matchError(args);
      const lines = found.confident ? [] : ['Errata has no page for this error yet (no exact or likely match).', `Error line: ${found.errorLine}`, ...(found.results.length ? ['Related pages (not this error):'] : [])];
      found.results.forEach((r, i) => {
        lines.push(`${i + 1}. [${r.match}] ${r.title}`, `   slug: ${r.slug}  status: ${r.status}  url: ${r.url}`);
        if (r.match !== 'related') lines.push(`   Quick fix: ${r.quickFix}`);
        if (r.matched) lines.push(`   Matched line: ${r.matched}`);
      });
      return { content: [{ type: 'text', text: lines.join('\n') }], structuredContent: found };
    },
  );

  server.registerTool(
    'get_page',
    {
      title: 'Get an Errata page as Markdown',
      description:
        'Get one Errata page as Markdown: title, error signature, quick fix, status and affected or fixed versions, what the error means, why it happens, common causes, step-by-step troubleshooting with commands (commands typed inside a tool, not a shell, are labelled "In <tool>:"), how to confirm the fix, how to prevent it, the sources checked with their URLs, related pages and an FAQ. Pass a slug from match_error or search_pages.',
      inputSchema: {
        slug: z.string({ error: 'slug must be a string such as node-eaddrinuse-address-already-in-use' }).describe('The page slug, e.g. from a match_error result.'),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ slug }) => {
      const page = tools.getPage({ slug });
      const related = page.related.length ? [{ type: 'text' as const, text: `Related pages, by slug for get_page: ${page.related.join(', ')}` }] : [];
      return { content: [{ type: 'text', text: page.markdown }, ...related] };
    },
  );

  server.registerTool(
    'search_pages',
    {
      title: 'List Errata pages by words, tool and category',
      description: `List Errata pages. query: words or a short description of the problem, matched against titles, error signatures, patterns and the ways people describe the problem (best first, each with a match level). tool and category narrow the list; without a query, pages are listed by title. Use match_error instead when you have the error text itself. Tools: ${toolIds}. Categories: ${categoryIds}.`,
      inputSchema: {
        query: z.string({ error: 'query must be a string' }).optional().describe('Words or a short description, e.g. "docker permission denied socket".'),
        tool: z.string({ error: 'tool must be a string: a tool id' }).optional().describe(`A tool id: ${toolIds}.`),
        category: z.string({ error: 'category must be a string: a category id' }).optional().describe(`A category id: ${categoryIds}.`),
        limit: limitSchema(SEARCH_LIMIT),
      },
      outputSchema: {
        total: z.number(),
        results: z.array(z.object({ ...pageShape, match: z.enum(LEVELS).optional() })),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async (args) => {
      const found = tools.searchPages(args);
      const lines = found.results.map((r, i) => `${i + 1}. ${'match' in r && r.match ? `[${r.match}] ` : ''}${r.title}\n   slug: ${r.slug}  tool: ${r.tool}  category: ${r.category}  status: ${r.status}`);
      const head = !found.results.length ? 'No page matches.' : args.query?.trim() ? `${found.results.length} page${found.results.length === 1 ? '' : 's'}, best first:` : `${found.results.length} of ${found.total} page${found.total === 1 ? '' : 's'}, by title:`;
      return { content: [{ type: 'text', text: [head, ...lines].join('\n') }], structuredContent: found };
    },
  );
  return server;
}
