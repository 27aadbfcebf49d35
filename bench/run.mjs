// Errata's benchmark: generates N synthetic pages, builds Errata and a bare
// Astro + MDX + Pagefind "floor" site from them, and prints one table comparing
// build cost, output size, page weight and what a browser downloads to search.
//
//   npm run bench                        # 300 pages, a couple of minutes
//   npm run bench -- --pages 10000       # the reported run
//   npm run bench -- --pages 300 --seed 7
//
// Work files (content, builds, logs) go to bench/.work/.
import { mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, loadCost, searchCost, withSite } from './browser.mjs';
import { build, loggedMs } from './build.mjs';
import { generate } from './generate.mjs';
import { makePaste, matcherBench } from './paste.mjs';
import { done, progress, seconds } from './progress.mjs';
import { listingPages, medianBytes, outputSize, pageBytes } from './sizes.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = path.join(ROOT, 'bench', '.work');
const ASTRO = path.join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const USAGE = 'usage: npm run bench -- [--pages N] [--seed S]';

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}

function parseArgs(argv) {
  const opts = { pages: '300', seed: '1' };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const name = flag.replace(/^--/, '');
    if (!(name in opts) || !flag.startsWith('--')) fail(`unknown argument "${argv[i]}"; ${USAGE}`);
    opts[name] = inline ?? argv[++i];
  }
  const pages = Number(opts.pages);
  if (!/^\d+$/.test(opts.pages ?? '') || pages < 10 || pages > 100_000) fail(`--pages must be a whole number from 10 to 100000 (got "${opts.pages ?? ''}")`);
  if (!/^\d+$/.test(opts.seed ?? '') || Number(opts.seed) >= 2 ** 32) fail(`--seed must be a whole number from 0 to 4294967295 (got "${opts.seed ?? ''}")`);
  return { pages, seed: Number(opts.seed) };
}

const [major, minor] = process.versions.node.split('.').map(Number);
if (major < 22 || (major === 22 && minor < 18)) fail(`Node ${process.versions.node} is too old (needs >= 22.18 for type stripping); run \`npm run bench\`, which uses the Node in node_modules/.bin`);

const { pages: N, seed } = parseArgs(process.argv.slice(2));
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
sites.errata.build = await build({
  name: 'Errata',
  astro: ASTRO,
  args: ['--outDir', sites.errata.dir],
  cwd: ROOT,
  env: { ERRATA_CONTENT_DIR: content },
  logFile: path.join(WORK, `errata-${N}.log`),
});
sites.floor.build = await build({
  name: 'floor',
  astro: ASTRO,
  args: ['--root', path.join(ROOT, 'bench', 'floor'), '--outDir', sites.floor.dir],
  cwd: ROOT,
  env: { BENCH_CONTENT_DIR: content },
  logFile: path.join(WORK, `floor-${N}.log`),
});

// 3. Sizes on disk.
for (const site of Object.values(sites)) {
  site.output = outputSize(site.dir);
  site.page = medianBytes(samples.map((p) => pageBytes(site.dir, `/errors/${p.slug}/`)));
  site.listings = listingPages(site.dir);
}

// 4. The matcher in Node.
progress('timing the matcher in Node...');
const matcher = await matcherBench(ROOT, gen.pages, seed, { onProgress: (n, total) => progress(`timing the matcher in Node: paste ${n}/${total}`) });
done(`matcher: ${matcher.pastes} pastes timed`);

// 5. The browser.
const browser = await launch();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
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
      out.paste.push({ ...(await searchCost(browser, server, makePaste(p, seed * 31 + i))), want: p.slug });
    }
    return out;
  });
  done(`measured ${name} in Chromium`);
}
await browser.close();

// 6. The table.
const E = sites.errata;
const F = sites.floor;
const KB = 1024;
const kb = (n) => `${(n / KB).toFixed(1)} KB`;
const mb = (n) => `${(n / KB / KB).toFixed(1)} MB`;
const ratio = (a, b) => (a != null && b ? `${(a / b).toFixed(2)}x` : '-');
const rawGzip = (x) => `${(x.raw / KB).toFixed(1)} / ${(x.gzip / KB).toFixed(1)} KB`;
const cost = (c) => `${kb(c.bytes)}, ${c.requests} req`;
const hits = (list) => `${list.filter((x) => x.top?.includes(`/${x.want}/`)).length}/${list.length}`;
// Two rows per search: the whole cost (search page + query), then the part after submit.
const searchRows = (label, get) => {
  const [e, f] = [E.browser, F.browser].map(get);
  const cell = (s, key) => `${cost(s[key])}${s.found ? '' : ' (no hits)'}`;
  return [
    [label, cell(e, 'total'), cell(f, 'total'), ratio(e.total.bytes, f.total.bytes)],
    ['  of which after submit', cell(e, 'query'), cell(f, 'query'), ratio(e.query.bytes, f.query.bytes)],
  ];
};
const medianCost = (list, key) => ({ bytes: median(list.map((x) => x[key].bytes)), requests: median(list.map((x) => x[key].requests)) });
const searchMedian = (list) => ({ total: medianCost(list, 'total'), query: medianCost(list, 'query'), found: list.every((x) => x.top) });
const loads = (site) => ({ bytes: median(site.browser.loads.map((l) => l.bytes)), requests: median(site.browser.loads.map((l) => l.requests)) });
const bigListings = E.listings.filter((l) => l.total.gzip > 100 * KB);
const rows = [
  `Build (cold: astro build --force)`,
  ['wall time', seconds(E.build.wallMs), seconds(F.build.wallMs), ratio(E.build.wallMs, F.build.wallMs)],
  ...[['Pagefind index (logged)', /Pagefind indexed \d+ pages in (\d+) ms/], ['matcher index (logged)', /Matcher index: .* in (\d+) ms/]].map(([label, re]) => {
    const [e, f] = [loggedMs(E.build.log, re), loggedMs(F.build.log, re)];
    return [label, e == null ? '-' : seconds(e), f == null ? '-' : seconds(f), ratio(e, f)];
  }),
  ['peak RSS, process tree', mb(E.build.peakRss), mb(F.build.peakRss), ratio(E.build.peakRss, F.build.peakRss)],
  `Output`,
  ['size', mb(E.output.bytes), mb(F.output.bytes), ratio(E.output.bytes, F.output.bytes)],
  ['files', String(E.output.files), String(F.output.files), ratio(E.output.files, F.output.files)],
  `Error page, median of ${samples.length} (raw / gzip; ratio of gzip)`,
  ...[['HTML', 'html'], ['CSS (linked)', 'css'], ['JS (external + inline)', 'js'], ['fonts (woff2 the CSS loads)', 'fonts'], ['HTML + CSS + JS + fonts', 'total']].map(([label, key]) => [label, rawGzip(E.page[key]), rawGzip(F.page[key]), ratio(E.page[key].gzip, F.page[key].gzip)]),
  ['largest listing page, gzip', E.listings[0] ? `${E.listings[0].url} ${kb(E.listings[0].total.gzip)}` : "-", F.listings[0] ? `${F.listings[0].url} ${kb(F.listings[0].total.gzip)}` : '-', '-'],
  ['listing pages over 100 KB gzip', `${bigListings.length} of ${E.listings.length}`, '-', '-'],
  `Chromium, transferred (gzip, headers included; medians)`,
  ['load an error page', cost(loads(E)), cost(loads(F)), ratio(loads(E).bytes, loads(F).bytes)],
  ['/search/ page itself', cost(E.browser.word.page), cost(F.browser.word.page), ratio(E.browser.word.page.bytes, F.browser.word.page.bytes)],
  ...searchRows(`search common word "${common}"`, (s) => ({ ...s.word, found: !!s.word.top })),
  ...searchRows('search exact error code', (s) => searchMedian(s.code)),
  ...searchRows('search 20-line paste', (s) => searchMedian(s.paste)),
  ['top result right: code, paste', `${hits(E.browser.code)}, ${hits(E.browser.paste)}`, `${hits(F.browser.code)}, ${hits(F.browser.paste)}`, '-'],
  `Matcher in Node (${matcher.pastes} pastes, one per page spread over the set)`,
  ['buildIndex', `${matcher.indexMs.toFixed(0)} ms`, '-', '-'],
  ['match per paste p50 / p95', `${matcher.p50.toFixed(1)} / ${matcher.p95.toFixed(1)} ms`, '-', '-'],
  ['top-1 correct', `${(matcher.top1 * 100).toFixed(1)}%`, '-', '-'],
];

const header = ['', 'Errata', 'floor', 'Errata/floor'];
const widths = header.map((_, i) => Math.max(...[header, ...rows.filter(Array.isArray)].map((r) => r[i].length + (i === 0 ? 2 : 0))));
const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[0]) : c.padStart(widths[i]))).join('   ');
console.log(`\nErrata bench: ${N} pages, seed ${seed}; Node ${process.versions.node}, ${os.cpus().length} cores, ${mb(os.totalmem())} RAM; KB = 1024 bytes`);
console.log(line(header));
for (const r of rows) console.log(Array.isArray(r) ? line([`  ${r[0]}`, ...r.slice(1)]) : r);
console.log(`Common word "${common}" is on ${gen.df.get(common)} of ${N} pages. Total bench time ${seconds(Date.now() - began)}.`);
