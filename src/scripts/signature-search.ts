// Browser side of the signature matcher: loads the manifest, then only the
// shards a paste's words can touch, and ranks with the same code as the CLI.
import { prepareQuery, rank, type IndexedForm, type MatcherIndex, type MatchResult } from '../lib/matcher.ts';
import { shardsFor, type Shard, type ShardManifest } from '../lib/matcher-shards.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
let manifest: Promise<ShardManifest> | undefined;
const shards = new Map<number, Promise<Shard>>();

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** Pages whose signatures match a paste, best first. */
export async function matchSignatures(text: string, limit = 10): Promise<MatchResult[]> {
  manifest ??= getJson<ShardManifest>(`${base}/matcher/manifest.json`);
  const m = await manifest;
  const query = prepareQuery(text);
  const wanted = shardsFor(m, query.tokens.keys());
  const loaded = await Promise.all(
    wanted.map((i) => {
      let shard = shards.get(i);
      if (!shard) {
        shard = getJson<Shard>(`${base}/matcher/shards/${i}.json?v=${m.build ?? ''}`);
        shards.set(i, shard);
      }
      return shard;
    }),
  );
  // Give each page a local number; a form filed under two keys arrives twice, keep it once.
  const pages: MatcherIndex['pages'] = [];
  const pageNumber = new Map<string, number>();
  const forms: IndexedForm[] = [];
  const seen = new Set<string>();
  for (const shard of loaded) {
    for (const f of shard.forms) {
      const id = `${f.slug}\u0000${f.text}`;
      if (seen.has(id)) continue;
      seen.add(id);
      let n = pageNumber.get(f.slug);
      if (n === undefined) {
        n = pages.push({ slug: f.slug, title: f.title }) - 1;
        pageNumber.set(f.slug, n);
      }
      forms.push({ page: n, text: f.text, weights: f.weights, total: f.total });
    }
  }
  return rank(pages, forms, query, limit);
}
