import { getCollection, type CollectionEntry } from 'astro:content';
import { backlinks } from '../lib/related.ts';

export type ErrorEntry = CollectionEntry<'errors'>;

/** Everything the pages need, loaded and derived once per build. */
export interface Catalog {
  errors: ErrorEntry[];
  bySlug: Map<string, ErrorEntry>;
  linksIn: Map<string, string[]>;
  tools: CollectionEntry<'tools'>[];
  categories: CollectionEntry<'categories'>[];
  toolById: Map<string, CollectionEntry<'tools'>>;
  categoryById: Map<string, CollectionEntry<'categories'>>;
  countByTool: Map<string, number>;
  countByCategory: Map<string, number>;
}

let cached: Promise<Catalog> | undefined;

/** The whole catalog, computed on first use and shared by every page of the build. */
export function getCatalog(): Promise<Catalog> {
  cached ??= load();
  return cached;
}

async function load(): Promise<Catalog> {
  const [errors, tools, categories] = await Promise.all([getCollection('errors'), getCollection('tools'), getCollection('categories')]);
  errors.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
  const count = (key: (e: ErrorEntry) => string) => {
    const counts = new Map<string, number>();
    for (const e of errors) counts.set(key(e), (counts.get(key(e)) ?? 0) + 1);
    return counts;
  };
  return {
    errors,
    bySlug: new Map(errors.map((e) => [e.id, e])),
    linksIn: backlinks(errors.map((e) => ({ id: e.id, related: e.data.related.map((r) => r.id) }))),
    tools: tools.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
    categories: categories.sort((a, b) => a.data.name.localeCompare(b.data.name, 'en')),
    toolById: new Map(tools.map((t) => [t.id, t])),
    categoryById: new Map(categories.map((c) => [c.id, c])),
    countByTool: count((e) => e.data.tool.id),
    countByCategory: count((e) => e.data.category.id),
  };
}

/** Pages sorted by most recently updated first. */
export function recentlyUpdated(errors: readonly ErrorEntry[], limit: number): ErrorEntry[] {
  return [...errors].sort((a, b) => b.data.updated.getTime() - a.data.updated.getTime() || a.id.localeCompare(b.id)).slice(0, limit);
}
