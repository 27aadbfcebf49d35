// What a browser downloads, measured in headless Chromium against bench/serve.mjs
// (gzip like a static host). Bytes and requests are counted by the server, as
// sent on the wire with headers: page CDP sessions miss requests made by web
// workers, and Pagefind fetches its index from one. Each page load or search
// runs in a fresh context, so nothing comes from cache.
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
// The search page's contract, shared by Errata and the floor.
const BOX = '#search-q';
const RESULT = '[data-results] li';

export async function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ARGS });
}

/** A fresh page (own context, empty cache) and a meter over the server's counters. */
async function meteredPage(browser, server) {
  const context = await browser.newContext();
  const page = await context.newPage();
  let from;
  const start = () => (from = { ...server.stats });
  const stop = () => ({ bytes: server.stats.bytes - from.bytes, requests: server.stats.requests - from.requests });
  return { page, start, stop, close: () => context.close() };
}

/** Cold load of `path` until the network is idle. */
export async function loadCost(browser, server, path) {
  const m = await meteredPage(browser, server);
  m.start();
  await m.page.goto(server.url + path, { waitUntil: 'networkidle' });
  const cost = m.stop();
  await m.close();
  return cost;
}

/** How long the network and the result list must stay still before a search counts as finished. */
export const QUIET_MS = 500;

/**
 * Opens /search/ (cost: `page`), types `query` into the box, submits, and waits
 * until the search is over: a result (or a "no page" status) is shown, no request
 * is in flight, nothing has been sent for QUIET_MS, and the page's DOM has not
 * changed for QUIET_MS. `query` is everything from submit to that point;
 * `first` is the part sent before the first result appeared (for comparison with
 * earlier tables, which stopped there). `top` is the first result's link, or
 * undefined when the search found nothing; `ms` the time to the final list.
 */
export async function searchCost(browser, server, query) {
  const m = await meteredPage(browser, server);
  await m.page.addInitScript(() => {
    window.__lastMutation = performance.now();
    new MutationObserver(() => (window.__lastMutation = performance.now())).observe(document, { subtree: true, childList: true, characterData: true, attributes: true });
  });
  m.start();
  await m.page.goto(`${server.url}/search/`, { waitUntil: 'networkidle' });
  const page = m.stop();
  await m.page.fill(BOX, query);
  await m.page.evaluate(() => (window.__submittedAt = performance.now()));
  m.start();
  const submitted = performance.now();
  await m.page.locator(`form:has(${BOX}) button[type=submit]`).click();
  await m.page.waitForFunction(
    ([result]) => document.querySelector(result) || /no page|no result/i.test(document.querySelector('[data-status]')?.textContent ?? ''),
    [RESULT],
    { timeout: 60_000, polling: 20 },
  );
  const first = m.stop();
  const firstMs = performance.now() - submitted;
  // Then wait for the network and the list to settle.
  for (const deadline = performance.now() + 60_000; ; ) {
    const quietFor = await m.page.evaluate(() => performance.now() - window.__lastMutation);
    const netQuiet = server.stats.inflight === 0 && performance.now() - server.stats.lastActivity >= QUIET_MS;
    if (netQuiet && quietFor >= QUIET_MS) break;
    if (performance.now() > deadline) throw new Error(`search for ${JSON.stringify(query.slice(0, 60))} did not settle in 60 s`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const cost = m.stop();
  const ms = await m.page.evaluate(() => window.__lastMutation - window.__submittedAt);
  const top = await m.page.evaluate((result) => document.querySelector(`${result} a`)?.getAttribute('href') ?? undefined, RESULT);
  await m.close();
  return { page, first, firstMs, ms, query: cost, total: { bytes: page.bytes + cost.bytes, requests: page.requests + cost.requests }, top };
}

/** Serves `dir` and runs `fn(server)` against it. */
export async function withSite(dir, fn) {
  const server = await serve(dir);
  try {
    return await fn(server);
  } finally {
    await server.close();
  }
}
