/**
 * Cache keys for incremental builds (Astro's `experimental.incrementalBuild`).
 * An error page whose key and whose code (Astro hashes the page's module graph,
 * and each MDX body it renders) are unchanged since the last build is copied
 * from the last build instead of being rendered again.
 *
 * So the key must change whenever anything the page renders changes, other than
 * its code. An error page renders:
 * - its own entry: frontmatter and body (the entry's digest covers both);
 * - the pages it links to and the pages that link to it, in order: titles, slugs,
 *   the first line of their signatures today (the key takes each one's whole
 *   frontmatter, so a component that starts showing another field stays right;
 *   their bodies are never shown, so editing a body re-renders that page only);
 * - its tool and category (names, in badges, breadcrumbs and JSON-LD);
 * - whether its facts are older than the staleness limit, which depends on the
 *   day of the build;
 * - settings from the environment: ERRATA_SITE and ERRATA_BASE (canonical URLs,
 *   links, JSON-LD; Astro also drops the whole cache when they change),
 *   ERRATA_REPO and ERRATA_REPO_BRANCH (edit links), and the content folder
 *   relative to the working folder (the edit link's file path).
 *
 * A component that starts reading something else per page (another collection,
 * a count over all pages, the build date) must add it here.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { isStale } from '../lib/dates.ts';
import { contentDir } from '../settings.ts';
import type { Catalog, ErrorEntry } from './catalog.ts';

/** Environment settings error pages render. */
export const RENDERED_SETTINGS = ['ERRATA_SITE', 'ERRATA_BASE', 'ERRATA_REPO', 'ERRATA_REPO_BRANCH'] as const;

/** Bump when what the key covers changes, so keys from older builds never match. */
const KEY_VERSION = 1;

const digest = (text: string) => createHash('sha256').update(text).digest('base64url').slice(0, 24);

/** What every error page of this build renders from outside its own entry and neighbours. */
export function sharedKeyInput(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const settings = RENDERED_SETTINGS.map((name) => `${name}=${env[name]?.trim() ?? ''}`);
  return [`v${KEY_VERSION}`, ...settings, `source=${path.relative(cwd, contentDir(cwd)).split(path.sep).join('/')}`].join('\n');
}

/**
 * The cache key of every error page, by slug. `now` decides staleness, as the
 * page does with the build's date.
 */
export function errorPageCacheKeys(catalog: Catalog, now: Date = new Date(), shared: string = sharedKeyInput()): Map<string, string> {
  // The HTML and the Markdown routes ask for the same keys: compute them once per build and day.
  const memo = `${shared}\n${now.toISOString().slice(0, 10)}`;
  const known = computed.get(catalog);
  if (known?.memo === memo) return known.keys;
  const keys = computeKeys(catalog, now, shared);
  computed.set(catalog, { memo, keys });
  return keys;
}

const computed = new WeakMap<Catalog, { memo: string; keys: Map<string, string> }>();

function computeKeys(catalog: Catalog, now: Date, shared: string): Map<string, string> {
  const frontmatter = new Map<string, string>();
  const dataOf = (entry: { id: string; data: unknown }, kind: string) => {
    const key = `${kind}:${entry.id}`;
    let d = frontmatter.get(key);
    if (d === undefined) {
      d = digest(JSON.stringify(entry.data));
      frontmatter.set(key, d);
    }
    return d;
  };
  const neighbour = (id: string) => {
    const e = catalog.bySlug.get(id);
    return `${id}:${e ? dataOf(e, 'e') : 'missing'}`;
  };
  const own = (e: ErrorEntry) => (e.digest !== undefined ? String(e.digest) : digest(`${JSON.stringify(e.data)}\n${e.body ?? ''}`));
  const keys = new Map<string, string>();
  for (const entry of catalog.errors) {
    const tool = catalog.toolById.get(entry.data.tool.id);
    const category = catalog.categoryById.get(entry.data.category.id);
    const input = [
      shared,
      `entry=${entry.id}:${own(entry)}`,
      `out=${entry.data.related.map((r) => neighbour(r.id)).join(',')}`,
      `in=${(catalog.linksIn.get(entry.id) ?? []).map(neighbour).join(',')}`,
      `tool=${tool ? `${tool.id}:${dataOf(tool, 't')}` : 'missing'}`,
      `category=${category ? `${category.id}:${dataOf(category, 'c')}` : 'missing'}`,
      `stale=${isStale(entry.data.checked, now)}`,
    ];
    keys.set(entry.id, digest(input.join('\n')));
  }
  return keys;
}
