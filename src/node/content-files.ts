import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import { slugOf, type ContentTree, type RawFile } from '../lib/content-tree.ts';
import { parseYamlFile, splitFrontmatter } from '../lib/frontmatter.ts';
import { toPageDoc, type PageDoc } from '../lib/markdown.ts';
import type { MatchPage, MatchTool } from '../lib/matcher.ts';
import { errorSchema } from '../schemas/error.ts';

/**
 * Reading a content directory from disk, for everything that runs in Node
 * without a build: `errata check`, `match`, `new`, `explain`, `run`, the MCP
 * server, the build's own content check and matcher index, the tests and the
 * bench. The site itself reads content through Astro's collections.
 */

/** The Errata checkout this code runs from (two folders above `src/node/`). */
export function checkoutDir(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

/**
 * The content directory for the CLI and the MCP server: `--content DIR`, else
 * `$ERRATA_CONTENT_DIR` (both relative to the working directory), else the
 * checkout's own `content/`, so the commands work from any directory.
 */
export function defaultContentDir(flag?: string, env: NodeJS.ProcessEnv = process.env): string {
  if (flag) return path.resolve(flag);
  if (env['ERRATA_CONTENT_DIR']) return path.resolve(env['ERRATA_CONTENT_DIR']);
  return path.join(checkoutDir(), 'content');
}

/** Reads a content directory from disk into the shape `checkContent` takes. Paths are relative to `cwd`. */
export function readContentTree(dir: string, cwd: string = process.cwd()): ContentTree {
  const read = (file: string): RawFile => {
    const bytes = readFileSync(file);
    const rel = path.relative(cwd, file) || file;
    try {
      return { path: rel, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
    } catch {
      // Find the first byte that is not UTF-8, to say where it is and what it is.
      const lossy = bytes.toString('utf8');
      const at = lossy.indexOf('\uFFFD');
      const offset = Buffer.byteLength(lossy.slice(0, at));
      const before = lossy.slice(0, at);
      const line = before.split('\n').length;
      const context = `${before.slice(before.lastIndexOf('\n') + 1).slice(-20)}`;
      return { path: rel, text: lossy, utf8: false, badByte: { line, byte: bytes[offset] ?? 0, context } };
    }
  };
  const errorsDir = path.join(dir, 'errors');
  const errors = existsSync(errorsDir)
    ? readdirSync(errorsDir)
        .filter((name) => name.endsWith('.mdx'))
        .sort()
        .map((name) => read(path.join(errorsDir, name)))
    : [];
  const data = (name: string) => {
    const file = path.join(dir, name);
    return existsSync(file) ? read(file) : undefined;
  };
  return { errors, tools: data('tools.yaml'), categories: data('categories.yaml') };
}

/** A page as the CLI and the matcher index need it: signature, forms, title and quick fix. */
export interface PageSummary extends MatchPage {
  quickFix: string;
  /** Upstream status (`open-bug`, `fixed`...). */
  status: string;
  /** The category id from `categories.yaml`. */
  category: string;
}

/** Reads every page's frontmatter straight from the content directory (no build needed). */
export function loadPages(dir: string): PageSummary[] {
  return pagesOf(readContentTree(dir));
}

/** The pages of a tree already read from disk. */
export function pagesOf(tree: ContentTree): PageSummary[] {
  const pages: PageSummary[] = [];
  for (const file of tree.errors) {
    const data = splitFrontmatter(file.text).data as Record<string, unknown> | undefined;
    if (!data || typeof data['signature'] !== 'string') continue; // `errata check` reports these
    const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '');
    const strings = (key: string) => (Array.isArray(data[key]) ? (data[key] as unknown[]).filter((p): p is string => typeof p === 'string') : []);
    pages.push({
      slug: slugOf(file.path),
      title: text('title'),
      signature: text('signature'),
      patterns: strings('patterns'),
      askedAs: strings('askedAs'),
      tool: text('tool'),
      category: text('category'),
      quickFix: text('quickFix'),
      status: text('status') || 'unknown',
    });
  }
  return pages;
}

/** The tools of a tree (`tools.yaml`) with the names a query may use for them: id, name and aliases. */
export function toolsOf(tree: ContentTree): MatchTool[] {
  return entriesOf(tree.tools).map(([id, v]) => {
    const aliases = Array.isArray(v['aliases']) ? v['aliases'].filter((a): a is string => typeof a === 'string') : [];
    return { id, names: [typeof v['name'] === 'string' ? v['name'] : id, ...aliases] };
  });
}

/** The categories of a tree (`categories.yaml`): id and display name. */
export function categoriesOf(tree: ContentTree): { id: string; name: string }[] {
  return entriesOf(tree.categories).map(([id, v]) => ({ id, name: typeof v['name'] === 'string' ? v['name'] : id }));
}

/** The `id: {fields}` entries of a data file, in file order; none when it is missing or not a map (`errata check` reports that). */
function entriesOf(file: RawFile | undefined): [string, Record<string, unknown>][] {
  const data = file ? parseYamlFile(file.text).data : undefined;
  if (!data || typeof data !== 'object' || Array.isArray(data)) return [];
  return Object.entries(data as Record<string, unknown>).map(([id, value]) => [id, (value && typeof value === 'object' ? value : {}) as Record<string, unknown>]);
}

/** Everything the matcher needs from a content directory, read once. */
export function loadMatcherInput(dir: string): { pages: PageSummary[]; tools: MatchTool[] } {
  const tree = readContentTree(dir);
  return { pages: pagesOf(tree), tools: toolsOf(tree) };
}

/** A content directory read once: the pages' summaries, the tools and categories, and each page's Markdown source on demand. */
export interface Catalog {
  dir: string;
  pages: PageSummary[];
  tools: MatchTool[];
  categories: { id: string; name: string }[];
  bySlug: Map<string, PageSummary>;
  /** The page as a `PageDoc` for the Markdown converter; undefined when no such page exists. Throws when the page fails `errata check`. */
  doc: (slug: string) => PageDoc | undefined;
}

/** Reads a content directory for the CLI and the MCP server. */
export function loadCatalog(dir: string, tree: ContentTree = readContentTree(dir)): Catalog {
  const pages = pagesOf(tree);
  const tools = toolsOf(tree);
  const categories = categoriesOf(tree);
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const files = new Map(tree.errors.map((f) => [slugOf(f.path), f]));
  const schema = errorSchema(() => z.string().trim().min(1));
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return {
    dir,
    pages,
    tools,
    categories,
    bySlug,
    doc(slug) {
      const file = files.get(slug);
      if (!file) return undefined;
      const split = splitFrontmatter(file.text);
      const parsed = schema.safeParse(split.data ?? {});
      if (!parsed.success) throw new Error(`the page \`${slug}\` has problems in its frontmatter; run \`npx errata check\` to see them`);
      const d = parsed.data;
      const tool = tools.find((t) => t.id === d.tool);
      return toPageDoc(slug, d, split.body, {
        tool: { id: d.tool, name: tool?.names[0] ?? d.tool },
        category: { id: d.category, name: categories.find((c) => c.id === d.category)?.name ?? d.category },
        related: d.related.map((r) => ({ slug: r, title: bySlug.get(r)?.title ?? r })),
        updated: day(d.updated),
        checked: day(d.checked),
      });
    },
  };
}
