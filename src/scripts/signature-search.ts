// Browser side of the signature matcher: loads the manifest, the postings of
// the paste's words and the few candidate forms, then ranks them with the same
// code as the CLI.
import { prepareQuery, rank, type MatchResult } from '../lib/matcher.ts';
import { shardedCandidates, type FormShard, type PostingShard, type ShardManifest } from '../lib/matcher-shards.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
let manifest: Promise<ShardManifest> | undefined;
const cache = new Map<string, Promise<unknown>>();

function getJson<T>(url: string): Promise<T> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetch(url).then((r) => {
      if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
      return r.json();
    });
    cache.set(url, pending);
  }
  return pending as Promise<T>;
}

/** Pages whose signatures match a paste, best first. */
export async function matchSignatures(text: string, limit = 10): Promise<MatchResult[]> {
  manifest ??= getJson<ShardManifest>(`${base}/matcher/manifest.json`);
  const m = await manifest;
  const query = prepareQuery(text);
  const v = m.build ?? '';
  const { pages, forms } = await shardedCandidates(
    m,
    query,
    (i) => getJson<PostingShard>(`${base}/matcher/postings/${i}.json?v=${v}`),
    (i) => getJson<FormShard>(`${base}/matcher/forms/${i}.json?v=${v}`),
  );
  return rank(pages, forms, query, limit);
}
