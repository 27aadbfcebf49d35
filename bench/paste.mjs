// Pastes as people make them, and the matcher's speed and accuracy on them.
//
// A paste is a page's error block as a terminal, a CI log or a container log
// shows it: its path, ids, line numbers and pids changed; in a share of pastes
// every line carries a logger's prefix, long lines are wrapped at a terminal's
// width, or the error word is coloured with ANSI codes; with noise lines before
// and after (install chatter, timestamps, stack frames, exit lines), 20 lines
// in all. A typed description is what a person types instead: a few lower-case
// words, the tool, one distinctive name or the code, filler words.
//
// Neither ever repeats a page's own signature or askedAs text verbatim.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { prng } from './generate.mjs';

const pad = (n) => String(n).padStart(2, '0');
const stamp = (r) => `2026-11-26T${pad(r(24))}:${pad(r(60))}:${pad(r(60))}.${String(r(1000)).padStart(3, '0')}Z`;

const BEFORE = [
  (r) => `${stamp(r)} info  starting worker ${r(16)}`,
  (r) => `[${pad(r(24))}:${pad(r(60))}:${pad(r(60))}] watching for file changes in ./src`,
  () => `npm info using npm@10.9.2`,
  () => `npm warn deprecated inflight@1.0.6: This module is not supported, and leaks memory.`,
  () => `> app@1.4.0 dev`,
  () => `> vite --port 5173`,
  (r) => `debug: loaded ${r(90) + 10} modules in ${r(900) + 100}ms`,
  () => `warn: the "engines" field is not satisfied by the current runtime`,
  (r) => `#${r(20) + 3} [build ${r(4) + 1}/${r(4) + 5}] RUN npm ci --omit=dev`,
  (r) => `Run ${r(2) ? 'npm test' : 'make build'}`,
  (r) => `added ${r(900) + 100} packages, and audited ${r(900) + 1000} packages in ${r(50) + 2}s`,
  (r) => `\x1b[2m${stamp(r)}\x1b[22m \x1b[32mINFO\x1b[39m server listening on :${3000 + r(6000)}`,
  (r) => `Compiling ${r(400) + 10} files with swc (${r(900)}ms)`,
  () => `Using Python 3.12.7 environment at: .venv`,
  () => ``,
];
const AFTER = [
  () => `    at process.processTicksAndRejections (node:internal/process/task_queues:105:5)`,
  (r) => `    at async Promise.all (index ${r(8)})`,
  () => `    at Module._compile (node:internal/modules/cjs/loader:1554:14)`,
  (r) => `    at Object.run (/Users/sam/work/shop-api/node_modules/runner/dist/index.js:${r(900)}:${r(80)})`,
  (r) => `    at main (/Users/sam/work/shop-api/scripts/start.js:${r(200)}:${r(40)})`,
  () => `Node.js v24.9.0`,
  (r) => `error Command failed with exit code ${r(3) + 1}.`,
  () => `info Visit https://yarnpkg.com/en/docs/cli/run for documentation about this command.`,
  (r) => `Error: Process completed with exit code ${r(3) + 1}.`,
  (r) => `make: *** [Makefile:${r(90) + 10}: build] Error ${r(2) + 1}`,
  (r) => `${stamp(r)} warn  worker ${r(16)} exited, restarting in ${r(5) + 1}s`,
  () => ``,
];
// Prefixes a logger, a CI runner or a container runtime puts before every line.
const PREFIXES = [
  (r) => `${stamp(r)} ERROR `,
  (r) => `web-${r(3) + 1}  | `,
  () => `[api] `,
  () => `remote: `,
  (r) => `${stamp(r)} `,
  () => `E   `,
  (r) => `[${pad(r(24))}:${pad(r(60))}:${pad(r(60))}] [worker ${r(8)}] `,
];
// Words people add around what they remember of an error.
const FILLERS = ['error', 'when running', 'after upgrade', 'help', 'on mac', 'in ci', 'keeps failing', 'fix', 'suddenly', 'on windows', 'docker'];

/** Same shape, other characters: digits stay digits, hex stays hex, letters stay letters. */
function respell(text, random) {
  const from = (set) => set[Math.floor(random() * set.length)];
  const prefix = /^(?:[a-z]{2,8}[_-]|0x)/.exec(text)?.[0] ?? ''; // req_, build-: the kind of id stays
  return prefix + text.slice(prefix.length).replace(/[0-9a-zA-Z]/g, (c) => (/\d/.test(c) ? from('0123456789') : /[a-f]/.test(c) ? from('abcdef') : /[A-F]/.test(c) ? from('ABCDEF') : /[a-z]/.test(c) ? from('ghijklmnopqrstuvwxyz') : from('GHIJKLMNOPQRSTUVWXYZ')));
}

/** Changes what varies between two occurrences of the same error: path, id, line and column numbers, pids, attempts. */
function vary(page, r, random) {
  const newPath = page.path.startsWith('/v1/') ? `/v1/projects/${r(900) + 100}/messages` : `/Users/sam/work/shop-api/${page.path.split('/').slice(-2).join('/')}`;
  let text = page.signature.replaceAll(page.path, newPath).replaceAll(page.id, respell(page.id, random));
  // Line:column positions, `line N`, `(N,M)`, pids and attempt counts; never the error code.
  const code = page.code;
  text = text
    .replace(/:(\d+):(\d+)/g, () => `:${r(900) + 1}:${r(80) + 1}`)
    .replace(/\bline (\d+)/g, () => `line ${r(900) + 1}`)
    .replace(/\((\d+),(\d+)\)/g, () => `(${r(400) + 1},${r(80) + 1})`)
    .replace(/\bpid: (\d+)/g, () => `pid: ${r(90000) + 1000}`)
    .replace(/\(node:(\d+)\)/g, () => `(node:${r(90000) + 1000})`)
    .replace(/after (\d+) attempts/g, () => `after ${r(9) + 1} attempts`)
    .replace(/internal\/errors:(\d+)/g, () => `internal/errors:${r(200) + 400}`);
  if (!text.includes(code)) throw new Error(`varying ${page.slug} lost its code ${code}`);
  return text.split('\n');
}

/** Breaks lines longer than `width` the way a terminal copy or a log viewer does. */
const wrap = (lines, width) => lines.flatMap((line) => (line.length <= width ? [line] : line.match(new RegExp(`.{1,${width}}`, 'g'))));

/**
 * A 20-line paste of `page`'s error (from `generate`), deterministic from `seed`.
 * `style` says what was done to it: `prefix`, `wrap`, `ansi` (any number of them).
 */
export function makePaste(page, seed) {
  const random = prng(seed);
  const r = (n) => Math.floor(random() * n);
  const style = [];
  let block = vary(page, r, random);
  if (random() < 0.3) {
    style.push('wrap');
    block = wrap(block, 60 + r(41));
  }
  if (random() < 0.2) {
    style.push('ansi');
    block = block.map((l) => l.replace(/\b(Error|error|Exception|TypeError|Traceback)\b/, '\x1b[31m$1\x1b[39m'));
  }
  if (random() < 0.4) {
    style.push('prefix');
    const prefix = PREFIXES[r(PREFIXES.length)];
    block = block.map((l) => prefix(r) + l);
  }
  const before = Array.from({ length: 3 + r(6) }, () => BEFORE[r(BEFORE.length)](r));
  const after = Array.from({ length: Math.max(1, 20 - before.length - block.length) }, () => AFTER[r(AFTER.length)](r));
  return { text: [...before, ...block, ...after].join('\n'), style };
}

/**
 * What a person types for `page` instead of pasting: lower case, some of the
 * message's words in order, the tool (usually), one distinctive part (the name
 * quoted in the message or the code), sometimes a filler.
 */
export function makeTyped(page, seed) {
  const random = prng(seed);
  const r = (n) => Math.floor(random() * n);
  const quoted = /'([^']*)'/.exec(page.msg)?.[1];
  const predicate = page.msg.replace(/^\S+ '[^']*' /, '').split(' ').filter((w) => w.length > 3 || random() < 0.3);
  const distinctive = quoted && random() < 0.6 ? [page.subject, quoted] : [page.code.toLowerCase()];
  const words = [
    ...(random() < 0.7 ? [random() < 0.5 ? page.toolName.toLowerCase() : page.cli] : []),
    ...distinctive,
    ...predicate.slice(0, 1 + r(predicate.length)),
    ...(random() < 0.4 ? [FILLERS[r(FILLERS.length)]] : []),
  ];
  return words.join(' ').toLowerCase();
}

/** Every `step`-th page of `pages`, as { page, i }, up to `max`. */
function spread(pages, max) {
  const step = Math.max(1, pages.length / max);
  const out = [];
  for (let i = 0; i < pages.length; i += step) out.push({ page: pages[Math.floor(i)], i: Math.floor(i) });
  return out;
}

/**
 * Runs Errata's matcher in Node (src/lib/matcher.ts, through type stripping) on
 * the index the build writes (the content read back with `loadMatcherInput`, tools
 * included): one 20-line paste per page and one typed description for every
 * fourth, for up to `max` pages spread over the set. Time per query, top-1
 * accuracy per kind, and the share answered `exact` or `likely`.
 */
export async function matcherBench(root, contentDir, pages, seed, { max = 1000, onProgress = () => {} } = {}) {
  const { buildIndex, match } = await import(pathToFileURL(path.join(root, 'src/lib/matcher.ts')).href);
  const { loadMatcherInput } = await import(pathToFileURL(path.join(root, 'src/node/content-files.ts')).href);
  let t = performance.now();
  const input = loadMatcherInput(contentDir);
  const readMs = performance.now() - t;
  t = performance.now();
  const index = buildIndex(input.pages, input.tools);
  const indexMs = performance.now() - t;
  const queries = [];
  for (const { page, i } of spread(pages, max)) {
    queries.push({ kind: 'paste', want: page.slug, text: makePaste(page, seed * 7919 + i).text });
    if (i % 4 === 0) queries.push({ kind: 'typed', want: page.slug, text: makeTyped(page, seed * 104729 + i) });
  }
  for (const q of queries.slice(0, 20)) match(index, q.text); // warm up the JIT, as a page that searched once has
  const times = [];
  const tally = { paste: { n: 0, top1: 0, sure: 0 }, typed: { n: 0, top1: 0, sure: 0 } };
  for (const q of queries) {
    t = performance.now();
    const results = match(index, q.text);
    times.push(performance.now() - t);
    const k = tally[q.kind];
    k.n++;
    if (results[0]?.slug === q.want) k.top1++;
    if (results[0]?.slug === q.want && results[0].match !== 'related') k.sure++;
    if (times.length % 50 === 0) onProgress(times.length, queries.length);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { readMs, indexMs, queries: times.length, tally, p50: at(0.5), p95: at(0.95), max: times.at(-1) };
}
