// Pastes as a user makes them, and the matcher's speed and accuracy on them.
// A paste is a page's signature with its path and id changed, inside 20 lines
// of log and stack-trace noise.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { prng } from './generate.mjs';

const BEFORE = [
  (r) => `2026-11-26T08:${pad(r(60))}:${pad(r(60))}.${String(r(1000)).padStart(3, '0')}Z info  starting worker ${r(16)}`,
  (r) => `[${pad(r(24))}:${pad(r(60))}:${pad(r(60))}] watching for file changes in ./src`,
  () => `npm info using npm@10.9.2`,
  () => `> app@1.4.0 dev`,
  (r) => `debug: loaded ${r(90) + 10} modules in ${r(900) + 100}ms`,
  () => `warn: the "engines" field is not satisfied by the current runtime`,
];
const AFTER = [
  () => `    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)`,
  (r) => `    at async Promise.all (index ${r(8)})`,
  () => `    at Module._compile (node:internal/modules/cjs/loader:1554:14)`,
  (r) => `    at Object.run (/Users/sam/work/shop-api/node_modules/runner/dist/index.js:${r(900)}:${r(80)})`,
  (r) => `    at main (/Users/sam/work/shop-api/scripts/start.js:${r(200)}:${r(40)})`,
  () => `Node.js v24.9.0`,
  (r) => `error Command failed with exit code ${r(3) + 1}.`,
];
const pad = (n) => String(n).padStart(2, '0');

/** Same shape, other characters: digits stay digits, hex stays hex, letters stay letters. */
function respell(text, random) {
  const from = (set) => set[Math.floor(random() * set.length)];
  const prefix = /^(?:[a-z]{2,8}[_-]|0x)/.exec(text)?.[0] ?? ''; // req_, build-: the kind of id stays
  return prefix + text.slice(prefix.length).replace(/[0-9a-zA-Z]/g, (c) => (/\d/.test(c) ? from('0123456789') : /[a-f]/.test(c) ? from('abcdef') : /[A-F]/.test(c) ? from('ABCDEF') : /[a-z]/.test(c) ? from('ghijklmnopqrstuvwxyz') : from('GHIJKLMNOPQRSTUVWXYZ')));
}

/** A 20-line paste for `page` (from `generate`), deterministic from `seed`. */
export function makePaste(page, seed) {
  const random = prng(seed);
  const r = (n) => Math.floor(random() * n);
  const newPath = page.path.startsWith('/v1/') ? `/v1/projects/${r(900) + 100}/messages` : `/Users/sam/work/shop-api/${page.path.split('/').slice(-2).join('/')}`;
  const signature = page.signature.replaceAll(page.path, newPath).replaceAll(page.id, respell(page.id, random)).split('\n');
  const before = Array.from({ length: 3 + r(4) }, () => BEFORE[r(BEFORE.length)](r));
  const after = Array.from({ length: Math.max(0, 20 - before.length - signature.length) }, () => AFTER[r(AFTER.length)](r));
  return [...before, ...signature, ...after].join('\n');
}

/**
 * Runs Errata's matcher in Node (src/lib/matcher.ts, through type stripping) on one paste
 * per page for up to `max` pages spread over the set: time per paste and top-1 accuracy.
 */
export async function matcherBench(root, pages, seed, { max = 1000, onProgress = () => {} } = {}) {
  const { buildIndex, match } = await import(pathToFileURL(path.join(root, 'src/lib/matcher.ts')).href);
  let t = performance.now();
  const index = buildIndex(pages);
  const indexMs = performance.now() - t;
  const step = Math.max(1, pages.length / max);
  const times = [];
  let correct = 0;
  for (let i = 0; i < pages.length; i += step) {
    const page = pages[Math.floor(i)];
    const paste = makePaste(page, seed * 7919 + Math.floor(i));
    t = performance.now();
    const results = match(index, paste);
    times.push(performance.now() - t);
    if (results[0]?.slug === page.slug) correct++;
    if (times.length % 50 === 0) onProgress(times.length, Math.ceil(pages.length / step));
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { indexMs, pastes: times.length, p50: at(0.5), p95: at(0.95), top1: correct / times.length };
}
