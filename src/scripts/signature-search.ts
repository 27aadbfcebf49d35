// Browser side of the signature matcher: loads the manifest, the postings of
// the paste's words and the few candidate forms, then ranks them with the same
// code as the CLI.
import { prepareQuery, rank, toolsNamed, type MatchResult } from '../lib/matcher.ts';
import { shardedCandidates, type FormShard, type PostingShard, type ShardManifest } from '../lib/matcher-shards.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
const cache = new Map<string, Promise<unknown>>();

async function fetchJson(url: string): Promise<unknown> {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: HTTP ${r.status}`);
  return r.json();
}

/**
 * A JSON file, fetched once per page load. A failed fetch is retried once,
 * and a failure is never cached: the next search tries again.
 */
function getJson<T>(url: string): Promise<T> {
  let pending = cache.get(url);
  if (!pending) {
    pending = fetchJson(url).catch((first: unknown) => {
      console.warn(`Errata search: retrying ${url} after`, first);
      return fetchJson(url);
    });
    pending.catch(() => cache.delete(url));
    cache.set(url, pending);
  }
  return pending as Promise<T>;
}

/**
 * Pages whose signatures, patterns, titles or askedAs phrasings match a query, best first, each with its match level;
 * and whether the query reads as a person's short description rather than tool output.
 */
export async function matchSignatures(text: string, limit = 10): Promise<{ hits: MatchResult[]; described: boolean }> {
  const m = await getJson<ShardManifest>(`${base}/matcher/manifest.json`);
  const query = prepareQuery(text);
  const v = m.build ?? '';
  const { pages, forms } = await shardedCandidates(
    m,
    query,
    (i) => getJson<PostingShard>(`${base}/matcher/postings/${i}.json?v=${v}`),
    (i) => getJson<FormShard>(`${base}/matcher/forms/${i}.json?v=${v}`),
  );
  return { hits: rank(pages, forms, query, limit, toolsNamed(m.tools, query)), described: query.description };
}
