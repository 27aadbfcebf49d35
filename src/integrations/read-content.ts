import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { slugOf, type ContentTree, type RawFile } from '../lib/check.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import type { MatchPage } from '../lib/matcher.ts';

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
    pages.push({
      slug: slugOf(file.path),
      title: text('title'),
      signature: text('signature'),
      patterns: Array.isArray(data['patterns']) ? data['patterns'].filter((p): p is string => typeof p === 'string') : [],
      quickFix: text('quickFix'),
    });
  }
  return pages;
}
