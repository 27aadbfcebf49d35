import type { AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../lib/matcher.ts';
import { buildShards } from '../lib/matcher-shards.ts';
import type { ContentTree } from '../lib/content-tree.ts';
import { pagesOf, toolsOf } from '../node/content-files.ts';

/** Where a build may keep the last matcher index for the next one, and whether it may reuse it. */
export interface MatcherCache {
  dir: string;
  /** A cold build: build the index even when the cache holds one for the same input. */
  force: boolean;
}

/**
 * Writes the signature matcher's sharded index into `<site>/matcher/` for the search page,
 * from the content the caller has read.
 *
 * The index depends only on each page's signature, patterns, title, askedAs and tool, the
 * tools' names, and the matcher's code, not on the pages' bodies. With a cache, an index
 * built from the same input by the same code is linked from the cache instead of being
 * built again: editing a page's body leaves it as it was.
 */
export function writeMatcherIndex(site: string, tree: ContentTree, logger: AstroIntegrationLogger, cache?: MatcherCache): void {
  const started = Date.now();
  const out = path.join(site, 'matcher');
  const input = { pages: pagesOf(tree), tools: toolsOf(tree) };
  const key = createHash('sha256').update(codeVersion()).update(JSON.stringify(input)).digest('hex');
  const cached = cache && path.join(cache.dir, 'matcher');
  rmSync(out, { recursive: true, force: true });
  if (cache && cached && !cache.force && readKey(cache.dir) === key && existsSync(cached)) {
    linkTree(cached, out);
    logger.info(`Matcher index: unchanged input, reused from the last build in ${Date.now() - started} ms`);
    return;
  }
  const { manifest, postings, forms } = buildShards(buildIndex(input.pages, input.tools));
  const files = { postings: postings.map((s) => JSON.stringify(s)), forms: forms.map((s) => JSON.stringify(s)) };
  const hash = createHash('sha256');
  for (const body of [...files.postings, ...files.forms]) hash.update(body);
  for (const [folder, bodies] of Object.entries(files)) {
    mkdirSync(path.join(out, folder), { recursive: true });
    bodies.forEach((body, i) => writeFileSync(path.join(out, folder, `${i}.json`), body));
  }
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ ...manifest, build: hash.digest('hex').slice(0, 10) }));
  if (cache && cached) {
    // Replaced whole, key last: a build stopped halfway leaves no key, so nothing is reused.
    rmSync(path.join(cache.dir, 'key'), { force: true });
    rmSync(cached, { recursive: true, force: true });
    linkTree(out, cached);
    mkdirSync(cache.dir, { recursive: true });
    writeFileSync(path.join(cache.dir, 'key.next'), key);
    renameSync(path.join(cache.dir, 'key.next'), path.join(cache.dir, 'key'));
  }
  logger.info(`Matcher index: ${manifest.forms} forms in ${files.postings.length} posting and ${files.forms.length} form shards, ${Date.now() - started} ms`);
}

const readKey = (dir: string) => {
  try {
    return readFileSync(path.join(dir, 'key'), 'utf8');
  } catch {
    return undefined;
  }
};

/** The source of everything that shapes the index: the matcher's modules and this file. */
function codeVersion(): string {
  const hash = createHash('sha256');
  const src = fileURLToPath(new URL('..', import.meta.url));
  for (const folder of ['lib', 'integrations', 'node', 'schemas']) {
    for (const name of readdirSync(path.join(src, folder)).sort()) if (name.endsWith('.ts')) hash.update(name).update(readFileSync(path.join(src, folder, name)));
  }
  return hash.digest('hex');
}

/**
 * Recreates a tree of files at `to` as hard links (a copy across file systems). Files are
 * written once and never changed in place, so a link is as good as a copy.
 */
function linkTree(from: string, to: string): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) linkTree(source, target);
    else
      try {
        linkSync(source, target);
      } catch {
        cpSync(source, target);
      }
  }
}
