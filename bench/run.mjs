// Errata's benchmark: generates N synthetic pages, builds Errata and a bare
// Astro + MDX + Pagefind "floor" site from them, and prints one table comparing
// build cost, output size, page weight and what a browser downloads to search;
// then edits one page and rebuilds Errata incrementally, and prints each phase
// of the cold and the incremental build.
//
//   npm run bench                        # 300 pages, a few minutes
//   npm run bench -- --pages 10000       # the reported run
//   npm run bench -- --pages 300 --seed 7
//   npm run bench -- --pages 300 --skip-browser --skip-incremental
//   npm run bench -- --pages 10000 --runs 3  # builds alternate Errata, floor 3 times; medians
//
// Work files (content, builds, logs) go to bench/.work/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, loadCost, QUIET_MS, searchCost, withSite } from './browser.mjs';
import { build, loggedMs } from './build.mjs';
import { generate } from './generate.mjs';
import { makePaste, matcherBench } from './paste.mjs';
import { done, progress, seconds } from './progress.mjs';
import { listingPages, medianBytes, outputSize, pageBytes } from './sizes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = path.join(ROOT, 'bench', '.work');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const ERRATA = path.join(ROOT, 'bin', 'errata.mjs');
const USAGE = 'usage: npm run bench -- [--pages N] [--seed S] [--runs K] [--skip-browser] [--skip-incremental] [--skip-floor]';

// What changed in how the bench measures, printed above every table so that
// figures from before a change are not compared with figures after it.
const METHOD = [
  'Method (changed in issue 15; tables printed before it are not comparable):',
  `- search bytes: counted until the result list is final and the network has been idle ${QUIET_MS} ms, for both sites (was: until the first result)`,
  '- the floor highlights code with Prism, as Errata does (was: Shiki, slower and heavier)',
  '- pastes look like real ones: noise lines before and after, logger prefixes, wrapped lines, ANSI colour, other line numbers, pids and ids;',
  '  a fifth of the matcher queries are typed descriptions (was: the page\'s own signature with its path and id changed)',
  '- generated pages carry askedAs (3-6 phrasings each), indexed by the matcher',
  '- the matcher index is built and logged apart from Pagefind (was: at the same time, so Pagefind\'s logged time included it)',
  '- Pagefind is also timed on its own, outside the builds, Errata\'s documents and the floor\'s pages one after the other: in the build',
  '  Errata\'s Pagefind runs beside bundling and shares its cores, so its logged time measures the contention as well (added after issue 15\'s first table)',
  '- Errata is built with `errata build --force` (what npm run build runs, incremental cache written); the floor with `astro build --force`;',
  '  each cold build starts with its output folder already deleted, for both sites',
];

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { pages: '300', seed: '1', runs: '1' };
  const flags = new Set();
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const name = flag.replace(/^--/, '');
    if (['skip-browser', 'skip-incremental', 'skip-floor'].includes(name)) {
      flags.add(name);
      continue;
    }
    if (!(name in opts) || !flag.startsWith('--')) fail(`unknown argument "${argv[i]}"; ${USAGE}`);
    opts[name] = inline ?? argv[++i];
  }
  const pages = Number(opts.pages);
  if (!/^\d+$/.test(opts.pages ?? '') || pages < 10 || pages > 100_000) fail(`--pages must be a whole number from 10 to 100000 (got "${opts.pages ?? ''}")`);
  if (!/^\d+$/.test(opts.seed ?? '') || Number(opts.seed) >= 2 ** 32) fail(`--seed must be a whole number from 0 to 4294967295 (got "${opts.seed ?? ''}")`);
  if (!/^[1-9]$/.test(opts.runs ?? '')) fail(`--runs must be a whole number from 1 to 9 (got "${opts.runs ?? ''}")`);
  return { pages, seed: Number(opts.seed), runs: Number(opts.runs), flags };
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) fail(`Node ${process.versions.node} is too old (needs >= 22.18 for type stripping); run \`npm run bench\`, which uses the Node in node_modules/.bin`);

const { pages: N, seed, runs: RUNS, flags } = parseArgs(process.argv.slice(2));
const began = Date.now();
mkdirSync(WORK, { recursive: true });

// 1. Content.
const content = path.join(WORK, `content-${N}`);
const gen = generate({ dir: content, pages: N, seed, onProgress: (n, total, ms) => progress(`generating pages: ${n}/${total}, ${seconds(ms)} elapsed`) });
done(`generated ${N} pages in ${content}`);
const pick = (k, of) => gen.pages[Math.floor(((k + 1) * N) / (of + 1))];
const samples = Array.from({ length: Math.min(25, N) }, (_, k) => pick(k, 25));
const probes = [0, 1, 2].map((k) => pick(k, 3)); // pages whose code and paste are searched in the browser
// The common word: the noun on closest to a quarter of the pages.
const common = gen.nouns.reduce((best, w) => (Math.abs((gen.df.get(w) ?? 0) - N / 4) < Math.abs((gen.df.get(best) ?? 0) - N / 4) ? w : best));

// 2. Builds, one after the other so they do not compete for the 2 cores.
const sites = {
  errata: { dir: path.join(WORK, `errata-${N}`) },
  floor: { dir: path.join(WORK, `floor-${N}`) },
};
const LOGGED = {
  pagefind: /Pagefind indexed \d+ pages in (\d+) ms/,
  matcher: /Matcher index: .*?(\d+) ms$/m,
  check: /pages checked in (\d+) ms/,
};
const PHASE_NAMES = ['check + sync', 'bundling', 'rendering', 'after rendering'];
const median = (xs) => {
  const v = xs.filter((x) => x != null).sort((a, b) => a - b);
  return v.length ? v[Math.floor((v.length - 1) / 2)] : undefined;
};
/** One figure per build, and the median over runs: wall, RSS, phases and logged index times. */
function summarize(runs) {
  const figures = (b) => ({
    wallMs: b.wallMs,
    peakRss: b.peakRss,
    ...Object.fromEntries(b.phases.map((p) => [p.name, p.ms])),
    ...Object.fromEntries(Object.entries(LOGGED).map(([k, re]) => [k, loggedMs(b.log, re)])),
  });
  const each = runs.map(figures);
  const keys = Object.keys(each[0]);
  return { ...runs.at(-1), runs: each, median: Object.fromEntries(keys.map((k) => [k, median(each.map((f) => f[k]))])) };
}
// Builds alternate, Errata then the floor, `--runs` times: on a shared machine the load
// drifts, and a pair built back to back sees about the same load.
const builds = { errata: [], floor: [] };
for (let run = 1; run <= RUNS; run++) {
  const tag = RUNS > 1 ? ` (run ${run} of ${RUNS})` : '';
  // Each cold build starts without a previous output, for both sites: deleting the
  // last build's tens of thousands of files is not the build's cost.
  for (const site of Object.values(sites)) rmSync(site.dir, { recursive: true, force: true });
  builds.errata.push(
    await build({
      name: `Errata${tag}`,
      command: [ERRATA, 'build', '--force', '--out', sites.errata.dir],
      cwd: ROOT,
      env: { ERRATA_CONTENT_DIR: content },
      logFile: path.join(WORK, `errata-${N}${RUNS > 1 ? `-run${run}` : ''}.log`),
    }),
  );
  if (!flags.has('skip-floor'))
    builds.floor.push(
      await build({
        name: `floor${tag}`,
        command: [ASTRO, 'build', '--force', '--root', path.join(ROOT, 'bench', 'floor'), '--outDir', sites.floor.dir],
        cwd: ROOT,
        env: { BENCH_CONTENT_DIR: content },
        logFile: path.join(WORK, `floor-${N}${RUNS > 1 ? `-run${run}` : ''}.log`),
      }),
    );
}
sites.errata.build = summarize(builds.errata);
if (builds.floor.length) sites.floor.build = summarize(builds.floor);
else delete sites.floor;

// 3. Sizes on disk.
for (const site of Object.values(sites)) {
  site.output = outputSize(site.dir);
  site.page = medianBytes(samples.map((p) => pageBytes(site.dir, `/errors/${p.slug}/`)));
  site.listings = listingPages(site.dir);
}

// 3b. Pagefind on its own, Errata's documents and the floor's pages, alternating `--runs` times.
let pagefindAlone;
if (sites.floor) {
  const times = { errata: [], floor: [] };
  for (let run = 1; run <= RUNS; run++) {
    for (const [name, from] of [['errata', content], ['floor', sites.floor.dir]]) {
      progress(`Pagefind on its own, ${name}${RUNS > 1 ? ` (run ${run} of ${RUNS})` : ''}...`);
      const r = spawnSync(process.execPath, [path.join(ROOT, 'bench', 'pagefind-alone.mjs'), name, from, path.join(WORK, `pagefind-alone-${name}`)], { cwd: ROOT, encoding: 'utf8' });
      if (r.status !== 0) fail(`Pagefind on its own (${name}) failed: ${r.stderr}`);
      times[name].push(JSON.parse(r.stdout.trim().split('\n').at(-1)).ms);
    }
  }
  pagefindAlone = { errata: median(times.errata), floor: median(times.floor), ratio: median(times.errata.map((e, i) => e / times.floor[i])), runs: times };
  done(`Pagefind on its own: ${seconds(pagefindAlone.errata)} against ${seconds(pagefindAlone.floor)}`);
}

// 4. The matcher in Node.
progress('timing the matcher in Node...');
const matcher = await matcherBench(ROOT, content, gen.pages, seed, { onProgress: (n, total) => progress(`timing the matcher in Node: query ${n}/${total}`) });
done(`matcher: ${matcher.queries} queries timed`);

// 5. One page's body edited, Errata rebuilt incrementally (same command, no --force).
let edit;
if (!flags.has('skip-incremental')) {
  const page = gen.pages[Math.floor(N / 2) + 1];
  const file = path.join(content, 'errors', `${page.slug}.mdx`);
  const sentence = `Bench edit ${Date.now()}: this sentence was added to the body of one page to time an incremental rebuild.`;
  const before = readFileSync(file, 'utf8');
  writeFileSync(file, before.replace(/(## What this error means\n\n[^\n]+)/, `$1 ${sentence}`));
  edit = await build({
    name: 'Errata, one page edited',
    command: [ERRATA, 'build', '--out', sites.errata.dir],
    cwd: ROOT,
    env: { ERRATA_CONTENT_DIR: content },
    logFile: path.join(WORK, `errata-${N}-incremental.log`),
  });
  edit.slug = page.slug;
  edit.shows = readFileSync(path.join(sites.errata.dir, 'errors', page.slug, 'index.html'), 'utf8').includes(sentence);
  edit.rendered = (edit.log.match(/^\S*\s*[├└]─ \S+ \(\+[\d.]+m?s\)/gm) ?? []).length;
}

// 6. The browser.
if (!flags.has('skip-browser')) {
  const browser = await launch();
  for (const [name, site] of Object.entries(sites)) {
    site.browser = await withSite(site.dir, async (server) => {
      const out = { loads: [] };
      for (const p of samples.slice(0, 5)) {
        progress(`Chromium, ${name}: loading /errors/${p.slug}/`);
        out.loads.push(await loadCost(browser, server, `/errors/${p.slug}/`));
      }
      progress(`Chromium, ${name}: searching "${common}"`);
      out.word = await searchCost(browser, server, common);
      out.code = [];
      out.paste = [];
      for (const [i, p] of probes.entries()) {
        progress(`Chromium, ${name}: searching ${p.code} and a paste of it`);
        out.code.push({ ...(await searchCost(browser, server, p.code)), want: p.slug });
        out.paste.push({ ...(await searchCost(browser, server, makePaste(p, seed * 31 + i).text)), want: p.slug });
      }
      return out;
    });
    done(`measured ${name} in Chromium`);
  }
  await browser.close();
}

// 7. The tables.
const E = sites.errata;
const F = sites.floor ?? { build: { phases: [] } };
const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const mb = (n) => `${(n / KB / KB).toFixed(1)} MB`;
const ms = (n) => (n == null ? '-' : seconds(n));
const ratio = (a, b) => (a != null && b ? `${(a / b).toFixed(2)}x` : '-');
const rawGzip = (x) => `${(x.raw / KB).toFixed(1)} / ${(x.gzip / KB).toFixed(1)} KB`;
const cost = (c) => `${kb(c.bytes)}, ${c.requests} req`;
const hits = (list) => `${list.filter((x) => x.top?.includes(`/${x.want}/`)).length}/${list.length}`;
const phase = (b, name) => b?.phases?.find((p) => p.name === name)?.ms;
const fl = (get) => (sites.floor ? get(F) : undefined);

function printTable(header, rows) {
  const widths = header.map((_, i) => Math.max(...[header, ...rows.filter(Array.isArray)].map((r) => String(r[i] ?? '').length + (i === 0 ? 2 : 0))));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[0]) : String(c ?? '-').padStart(widths[i]))).join('   ');
  console.log(line(header));
  for (const r of rows) console.log(Array.isArray(r) ? line([`  ${r[0]}`, ...r.slice(1)]) : r);
}

// A build figure for Errata and the floor: the median over runs, and the median of the
// ratios of the pairs built back to back (with one run, simply the ratio).
const pairRatio = (key) => {
  if (!sites.floor) return '-';
  const r = E.build.runs.map((e, i) => (e[key] != null && F.build.runs[i]?.[key] ? e[key] / F.build.runs[i][key] : undefined));
  const m = median(r);
  return m == null ? '-' : `${m.toFixed(2)}x`;
};
const figureRow = (label, key, show) => [label, show(E.build.median[key]), fl((f) => show(f.build.median[key])), pairRatio(key)];
const buildRows = [
  RUNS > 1 ? `Build (cold: --force; median of ${RUNS} runs, Errata and floor alternating; ratio: median of the ${RUNS} pairs' ratios)` : `Build (cold: --force)`,
  figureRow('wall time', 'wallMs', ms),
  ...PHASE_NAMES.map((name) => figureRow(`  ${name}`, name, ms)),
  figureRow('Pagefind index (logged)', 'pagefind', ms),
  ...(pagefindAlone
    ? [[`Pagefind index, on its own (median of ${RUNS}, alternating)`, ms(pagefindAlone.errata), ms(pagefindAlone.floor), `${pagefindAlone.ratio.toFixed(2)}x`]]
    : []),
  figureRow('matcher index (logged)', 'matcher', ms),
  figureRow('content check (logged)', 'check', ms),
  figureRow('peak RSS, process tree', 'peakRss', (v) => (v == null ? '-' : mb(v))),
  ...(RUNS > 1 ? [['  each run', E.build.runs.map((r) => mb(r.peakRss)).join(', '), fl((f) => f.build.runs.map((r) => mb(r.peakRss)).join(', ')), E.build.runs.map((e, i) => (F.build?.runs?.[i] ? `${(e.peakRss / F.build.runs[i].peakRss).toFixed(2)}x` : '-')).join(', ')]] : []),
  `Output`,
  ['size', mb(E.output.bytes), fl((f) => mb(f.output.bytes)), ratio(E.output.bytes, fl((f) => f.output.bytes))],
  ['files', String(E.output.files), fl((f) => String(f.output.files)), ratio(E.output.files, fl((f) => f.output.files))],
  `Error page, median of ${samples.length} (raw / gzip; ratio of gzip)`,
  ...[['HTML', 'html'], ['CSS (linked)', 'css'], ['JS (external + inline)', 'js'], ['fonts (woff2 the CSS loads)', 'fonts'], ['HTML + CSS + JS + fonts', 'total']].map(([label, key]) => [label, rawGzip(E.page[key]), fl((f) => rawGzip(f.page[key])), ratio(E.page[key].gzip, fl((f) => f.page[key].gzip))]),
  ['largest listing page, gzip', E.listings[0] ? `${E.listings[0].url} ${kb(E.listings[0].total.gzip)}` : '-', fl((f) => (f.listings[0] ? `${f.listings[0].url} ${kb(f.listings[0].total.gzip)}` : '-')), '-'],
  ['listing pages over 100 KB gzip', `${E.listings.filter((l) => l.total.gzip > 100 * KB).length} of ${E.listings.length}`, '-', '-'],
];

const browserRows = [];
if (E.browser) {
  const both = [E, F].filter((s) => s.browser);
  const medianCost = (list, key) => ({ bytes: median(list.map((x) => x[key].bytes)), requests: median(list.map((x) => x[key].requests)) });
  const searchMedian = (list) => ({ total: medianCost(list, 'total'), query: medianCost(list, 'query'), first: medianCost(list, 'first'), ms: median(list.map((x) => x.ms)), found: list.every((x) => x.top) });
  const loads = (site) => ({ bytes: median(site.browser.loads.map((l) => l.bytes)), requests: median(site.browser.loads.map((l) => l.requests)) });
  // Three rows per search: the whole cost to the final list (search page + query), the part
  // after submit, and (for comparison with tables before issue 15) the part before the first result.
  const searchRows = (label, get) => {
    const [e, f] = both.map((s) => get(s.browser));
    const cell = (s, key) => (s ? `${cost(s[key])}${s.found ? '' : ' (no hits)'}` : '-');
    return [
      [label, cell(e, 'total'), cell(f, 'total'), ratio(e.total.bytes, f?.total.bytes)],
      ['  of which after submit', cell(e, 'query'), cell(f, 'query'), ratio(e.query.bytes, f?.query.bytes)],
      ['  after submit, to the first result', cell(e, 'first'), cell(f, 'first'), ratio(e.first.bytes, f?.first.bytes)],
      ['  time to the final list', `${e.ms.toFixed(0)} ms`, f ? `${f.ms.toFixed(0)} ms` : '-', ratio(e.ms, f?.ms)],
    ];
  };
  browserRows.push(
    `Chromium, transferred (gzip, headers included; medians; a search counts until its list is final and the network idle ${QUIET_MS} ms)`,
    ['load an error page', cost(loads(E)), F.browser ? cost(loads(F)) : '-', ratio(loads(E).bytes, F.browser && loads(F).bytes)],
    ['/search/ page itself', cost(E.browser.word.page), F.browser ? cost(F.browser.word.page) : '-', ratio(E.browser.word.page.bytes, F.browser?.word.page.bytes)],
    ...searchRows(`search common word "${common}"`, (s) => ({ ...s.word, found: !!s.word.top })),
    ...searchRows('search exact error code', (s) => searchMedian(s.code)),
    ...searchRows('search 20-line paste', (s) => searchMedian(s.paste)),
    ['top result right: code, paste', `${hits(E.browser.code)}, ${hits(E.browser.paste)}`, F.browser ? `${hits(F.browser.code)}, ${hits(F.browser.paste)}` : '-', '-'],
  );
}

const pct = (k) => `${((k.top1 / k.n) * 100).toFixed(1)}%`;
const matcherRows = [
  `Matcher in Node (${matcher.queries} queries: a 20-line paste for each of ${matcher.tally.paste.n} pages spread over the set, a typed description for ${matcher.tally.typed.n} of them)`,
  ['read content + buildIndex', `${matcher.readMs.toFixed(0)} + ${matcher.indexMs.toFixed(0)} ms`, '-', '-'],
  ['match per query p50 / p95 / max', `${matcher.p50.toFixed(1)} / ${matcher.p95.toFixed(1)} / ${matcher.max.toFixed(0)} ms`, '-', '-'],
  ['top-1 correct: pastes, typed', `${pct(matcher.tally.paste)}, ${pct(matcher.tally.typed)}`, '-', '-'],
  ['top-1 exact or likely: pastes, typed', `${((matcher.tally.paste.sure / matcher.tally.paste.n) * 100).toFixed(1)}%, ${((matcher.tally.typed.sure / matcher.tally.typed.n) * 100).toFixed(1)}%`, '-', '-'],
];

console.log(`\nErrata bench: ${N} pages, seed ${seed}; Node ${process.versions.node}, ${os.cpus().length} cores, ${mb(os.totalmem())} RAM, load average ${os.loadavg()[0].toFixed(1)} at the end; KB = 1024 bytes`);
for (const line of METHOD) console.log(line);
console.log('');
printTable(['', 'Errata', 'floor', 'Errata/floor'], [...buildRows, ...browserRows, ...matcherRows]);

if (edit) {
  const C = E.build;
  console.log(`\nOne-page edit, incremental: one sentence added to the body of ${edit.slug}, then \`errata build\` again (no --force), into a fresh folder swapped in`);
  printTable(
    ['', 'incremental', 'cold', 'incremental/cold'],
    [
      ['wall time', ms(edit.wallMs), ms(C.wallMs), ratio(edit.wallMs, C.wallMs)],
      ...['check + sync', 'bundling', 'rendering', 'after rendering'].map((name) => [`  ${name}`, ms(phase(edit, name)), ms(phase(C, name)), ratio(phase(edit, name), phase(C, name))]),
      ...[['Pagefind index (logged)', /Pagefind indexed \d+ pages in (\d+) ms/], ['matcher index (logged)', /Matcher index: .*?(\d+) ms$/m]].map(([label, re]) => [label, ms(loggedMs(edit.log, re)), ms(loggedMs(C.log, re)), ratio(loggedMs(edit.log, re), loggedMs(C.log, re))]),
      ['pages rendered / reused', `${edit.rendered} / ${edit.restored}`, `${(C.log.match(/^\S*\s*[├└]─ \S+ \(\+[\d.]+m?s\)/gm) ?? []).length} / ${C.restored}`, '-'],
      ['peak RSS, process tree', mb(edit.peakRss), mb(C.peakRss), ratio(edit.peakRss, C.peakRss)],
      ['edited sentence in the built page', edit.shows ? 'yes' : 'NO', '-', '-'],
    ],
  );
}
console.log(`Common word "${common}" is on ${gen.df.get(common)} of ${N} pages. Total bench time ${seconds(Date.now() - began)}.`);
