/**
 * Splits a matcher index into small static files so a browser downloads only
 * what one paste needs: the postings of the paste's words (hashed into
 * posting shards), then the few candidate forms (in form shards). Neither
 * grows per search with the size of the corpus.
 */
import { candidateLimit, candidates, lookupTokens, type IndexedForm, type MatcherIndex, type Query } from './matcher.ts';

/** The small file every signature search loads first. */
export interface ShardManifest {
  version: 4;
  /** Changes whenever any shard changes; shard URLs carry it to defeat stale caches. */
  build?: string;
  /** Number of forms (ids run from 0). */
  forms: number;
  /** Posting shard `i` is at `postings/<i>.json`. */
  postingShards: number;
  /** Form shard `i` is at `forms/<i>.json`. */
  formShards: number;
  /** Form shard `i` holds the forms numbered from `i * formsPerShard`: a page's forms are numbered together, so they share a file or two. */
  formsPerShard: number;
  /** Tools and the tokens of their names, so a query that names a tool favours its pages. */
  tools: MatcherIndex['tools'];
}

/** token -> form ids (empty: too common to narrow anything down). */
export type PostingShard = Record<string, number[]>;

/** A form with its page's slug and title, as the browser needs it. */
export type FormRecord = Omit<IndexedForm, 'page'> & { slug: string; title: string; tool: string };

/** form id -> form. */
export type FormShard = Record<string, FormRecord>;

/** FNV-1a, 32-bit, with a seed: cheap and identical in Node and browsers. */
export function hash32(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The posting shard a token lives in. */
export const postingShardOf = (token: string, shards: number) => hash32(token) % shards;
/** The form shard a form id lives in. */
export const formShardOf = (id: number, perShard: number) => Math.floor(id / perShard);

const clamp = (n: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, n));
/** About one page's forms (a signature, its lines and patterns, a title, 3 to 6 phrasings) per file. */
const FORMS_PER_SHARD = 12;
const MAX_FORM_SHARDS = 8192;

/** Splits an index into its manifest, posting shards and form shards. */
export function buildShards(index: MatcherIndex): { manifest: ShardManifest; postings: PostingShard[]; forms: FormShard[] } {
  const postingShards = clamp(Math.ceil(index.postings.size / 40), 8, 4096);
  const formsPerShard = Math.max(FORMS_PER_SHARD, Math.ceil(index.forms.length / MAX_FORM_SHARDS));
  const formShards = Math.max(1, Math.ceil(index.forms.length / formsPerShard));
  const postings: PostingShard[] = Array.from({ length: postingShards }, () => ({}));
  for (const [token, ids] of index.postings) postings[postingShardOf(token, postingShards)]![token] = ids;
  const forms: FormShard[] = Array.from({ length: formShards }, () => ({}));
  index.forms.forEach((f, id) => {
    const page = index.pages[f.page]!;
    const { page: _, ...form } = f;
    forms[formShardOf(id, formsPerShard)]![id] = { slug: page.slug, title: page.title, tool: page.tool, ...form };
  });
  return { manifest: { version: 4, forms: index.forms.length, postingShards, formShards, formsPerShard, tools: index.tools }, postings, forms };
}

/**
 * Finds the candidate forms for a query from loaded shards. `getPostings` and
 * `getForms` fetch (or read) a shard by number.
 */
export async function shardedCandidates(
  manifest: ShardManifest,
  query: Query,
  getPostings: (shard: number) => Promise<PostingShard>,
  getForms: (shard: number) => Promise<FormShard>,
): Promise<{ pages: MatcherIndex['pages']; forms: IndexedForm[] }> {
  const tokens = lookupTokens(query);
  const shardIds = [...new Set(tokens.map((t) => postingShardOf(t, manifest.postingShards)))];
  const loaded = new Map(await Promise.all(shardIds.map(async (s) => [s, await getPostings(s)] as const)));
  const wanted = new Set(tokens);
  // Tokens are data: `constructor` or `__proto__` must read the shard's own entry, never Object.prototype.
  const own = (shard: PostingShard | undefined, t: string) => (shard && Object.hasOwn(shard, t) ? shard[t] : undefined);
  const lookup = (t: string) => (wanted.has(t) ? own(loaded.get(postingShardOf(t, manifest.postingShards)), t) : undefined);
  const ids = candidates(tokens, lookup, manifest.forms, candidateLimit(query));
  const formShardIds = [...new Set(ids.map((id) => formShardOf(id, manifest.formsPerShard)))];
  const formFiles = new Map(await Promise.all(formShardIds.map(async (s) => [s, await getForms(s)] as const)));
  const pages: MatcherIndex['pages'] = [];
  const pageNumber = new Map<string, number>();
  const forms: IndexedForm[] = [];
  for (const id of ids) {
    const shard = formFiles.get(formShardOf(id, manifest.formsPerShard));
    const f = shard && Object.hasOwn(shard, id) ? shard[id] : undefined;
    if (!f) continue;
    const { slug, title, tool, ...form } = f;
    let n = pageNumber.get(slug);
    if (n === undefined) {
      n = pages.push({ slug, title, tool }) - 1;
      pageNumber.set(slug, n);
    }
    forms.push({ ...form, page: n });
  }
  return { pages, forms };
}
