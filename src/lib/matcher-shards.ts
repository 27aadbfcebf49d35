/**
 * Splits a matcher index into small shards so a browser downloads only what a
 * paste needs. Each form is filed under its few rarest words (its keys); a
 * Bloom filter of all keys in the manifest tells the browser which shards a
 * paste can touch. What one search downloads stays flat as the corpus grows.
 */
import type { IndexedForm, MatcherIndex } from './matcher.ts';

/** The small file every search loads first. */
export interface ShardManifest {
  version: 1;
  /** Changes whenever any shard changes; shard URLs carry it to defeat stale caches. */
  build?: string;
  /** Number of shards; shard `i` is at `shards/<i>.json` next to the manifest. */
  shards: number;
  /** Bloom filter over every form key: size in bits, hash count, bits as base64. */
  bloom: { bits: number; hashes: number; data: string };
}

/** One shard: forms with their page's slug and title. */
export interface Shard {
  forms: (IndexedForm & { slug: string; title: string })[];
}

const KEYS_PER_FORM = 3;

/** FNV-1a, 32-bit, with a seed: cheap and identical in Node and browsers. */
export function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** The shard a key lives in. */
export const shardOf = (key: string, shards: number) => hash32(key, 0) % shards;

/** A form's keys: its heaviest literal tokens (never placeholders). */
export function formKeys(form: IndexedForm): string[] {
  return Object.entries(form.weights)
    .filter(([t]) => !t.startsWith('{'))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, KEYS_PER_FORM)
    .map(([t]) => t);
}

function bloomPositions(key: string, bits: number, hashes: number): number[] {
  const a = hash32(key, 0x9747b28c);
  const b = hash32(key, 0x5bd1e995) | 1;
  return Array.from({ length: hashes }, (_, i) => (a + Math.imul(i, b)) >>> 0).map((x) => x % bits);
}

/** Splits an index into a manifest and its shards. */
export function buildShards(index: MatcherIndex): { manifest: ShardManifest; shards: Shard[] } {
  const count = Math.min(4096, Math.max(8, Math.ceil(index.pages.length / 6)));
  const shards: Shard[] = Array.from({ length: count }, () => ({ forms: [] }));
  const keys = new Set<string>();
  for (const form of index.forms) {
    const page = index.pages[form.page]!;
    const targets = new Set<number>();
    for (const key of formKeys(form)) {
      keys.add(key);
      targets.add(shardOf(key, count));
    }
    for (const s of targets) shards[s]!.forms.push({ ...form, slug: page.slug, title: page.title });
  }
  const bits = Math.max(1024, Math.ceil(keys.size * 10));
  const hashes = 7;
  const bytes = new Uint8Array(Math.ceil(bits / 8));
  for (const key of keys) for (const p of bloomPositions(key, bits, hashes)) bytes[p >> 3]! |= 1 << (p & 7);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { manifest: { version: 1, shards: count, bloom: { bits, hashes, data: btoa(binary) } }, shards };
}

/** Reads a manifest's Bloom filter into a membership test. */
export function bloomTest(manifest: ShardManifest): (key: string) => boolean {
  const binary = atob(manifest.bloom.data);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const { bits, hashes } = manifest.bloom;
  return (key) => bloomPositions(key, bits, hashes).every((p) => (bytes[p >> 3]! & (1 << (p & 7))) !== 0);
}

/** The shards a query's tokens can touch, at most `max` of them. */
export function shardsFor(manifest: ShardManifest, tokens: Iterable<string>, max = 64): number[] {
  const has = bloomTest(manifest);
  const out = new Set<number>();
  for (const t of tokens) {
    if (t.startsWith('{') || !has(t)) continue;
    out.add(shardOf(t, manifest.shards));
    if (out.size >= max) break;
  }
  return [...out].sort((a, b) => a - b);
}
