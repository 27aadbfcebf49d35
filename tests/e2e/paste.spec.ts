import { expect, test } from '@playwright/test';

const PASTE = `alice@dev:~/projects/shop-api$ npm run dev

> shop-api@1.4.2 dev
> node --watch src/server.js

node:events:497
      throw er; // Unhandled 'error' event
      ^

Error: listen EADDRINUSE: address already in use :::5173
    at Server.setupListenHandle [as _listen2] (node:net:1908:16)
    at listenInCluster (node:net:1965:12)
    at Server.listen (node:net:2067:7)
    at Function.listen (/home/alice/projects/shop-api/node_modules/express/lib/application.js:635:24)
    at file:///home/alice/projects/shop-api/src/server.js:41:5
Emitted 'error' event on Server instance at:
    at emitErrorNT (node:net:1944:8) {
  code: 'EADDRINUSE',
  errno: -98,
  syscall: 'listen',
  port: 5173
}`;

test('a pasted 20-line error puts its page under "This error" as an exact match, with the line it matched', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('textbox', { name: /paste the error/ }).fill(PASTE);
  await page.getByRole('button', { name: 'Find the fix' }).click();
  const answer = page.getByRole('list', { name: 'This error' }).getByRole('listitem');
  await expect(answer.first()).toBeVisible();
  await expect(answer.first().getByRole('link')).toHaveAttribute('href', '/errors/node-eaddrinuse-address-already-in-use/');
  await expect(answer.first()).toHaveAttribute('data-match', 'exact');
  await expect(answer.first()).toContainText('Matched line: Error: listen EADDRINUSE: address already in use :::5173');
  await expect(page.getByRole('heading', { name: /no page/ })).toBeHidden();
  // No page appears twice across the groups.
  const hrefs = await page.locator('[data-results] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(new Set(hrefs).size).toBe(hrefs.length);
});

test('a typed description finds its page', async ({ page }) => {
  await page.goto('/search/#q=docker%20permission%20denied%20socket');
  const first = page.locator('[data-results] li').first();
  await expect(first.getByRole('link')).toHaveAttribute('href', '/errors/docker-permission-denied-daemon-socket/');
});

const UNCOVERED = [
  ['a Rust borrow error', 'error[E0382]: borrow of moved value: `v`\n --> src/main.rs:4:20\n  |\n3 |     let w = v;\n  |             - value moved here\nerror: could not compile `demo` (bin "demo") due to 1 previous error', 'error[E0382]: borrow of moved value: `v`'],
  ['a Haskell type error', "app/Main.hs:12:15: error: [GHC-83865]\n    • Couldn't match expected type Int with actual type [Char]\nError: [S-7282]\n       Stack failed to execute the build plan.", "app/Main.hs:12:15: error: [GHC-83865]"],
] as const;

for (const [name, paste, line] of UNCOVERED) {
  test(`${name} gets "no page yet", the detected error line, and related pages that are not called matches`, async ({ page }) => {
    await page.goto(`/search/#${new URLSearchParams({ q: paste })}`);
    await expect(page.getByRole('heading', { name: 'Errata has no page for this error yet' })).toBeVisible();
    await expect(page.getByLabel('Detected error line')).toHaveText(line);
    await expect(page.getByRole('list', { name: 'This error' })).toBeHidden();
    await expect(page.locator('[data-status]')).toHaveText(/^No page for this error yet/);
    for (const level of await page.locator('[data-results] li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-match')))) {
      expect(['related', 'text']).toContain(level);
    }
    await expect(page.getByText('npx errata new < error.txt')).toBeVisible();
  });
}

test('the search page survives random queries without an error', async ({ page }) => {
  test.setTimeout(120_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/search/');
  // A fixed-seed generator keeps the run reproducible.
  let seed = 42;
  const next = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0), seed);
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789 :/\\.-_\'"{}[]()<>#%&?=\n\t\u001b\u00e9\u4e2d\ud83d\ude00';
  for (let i = 0; i < 300; i++) {
    const length = next() % 200;
    const query = Array.from({ length }, () => alphabet[next() % alphabet.length]).join('');
    await page.evaluate((q) => {
      location.hash = new URLSearchParams({ q }).toString();
    }, query);
  }
  await expect(page.locator('[data-status]')).not.toHaveText(/Searching|Looking for/, { timeout: 30_000 });
  expect(errors).toEqual([]);
});

test('a matcher file that fails once is fetched again, and the answer still shows', async ({ page }) => {
  const pageErrors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  let failed = 0;
  await page.route('**/matcher/postings/**', (route) => (failed++ === 0 ? route.abort() : route.continue()));
  await page.goto(`/search/#${new URLSearchParams({ q: 'Error: listen EADDRINUSE: address already in use :::3000' })}`);
  await expect(page.locator('[data-results] li').first()).toHaveAttribute('data-match', 'exact');
  expect(warnings.some((w) => w.startsWith('Errata search: retrying'))).toBe(true);
  expect(pageErrors).toEqual([]);
});

test('when the matcher cannot load at all, the failure is reported in the console, not swallowed', async ({ page }) => {
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  await page.route('**/matcher/**', (route) => route.abort());
  await page.goto(`/search/#${new URLSearchParams({ q: 'Error: listen EADDRINUSE: address already in use :::3000' })}`);
  await expect(page.locator('[data-status]')).toHaveAttribute('data-run', /\d/);
  expect(consoleErrors.some((e) => e.includes('Errata search: the signature index could not be read'))).toBe(true);
  expect(pageErrors).toEqual([]);
});

test.describe('full-text search loads only when it can add something, or on request', () => {
  const pagefindRequests = (page: import('@playwright/test').Page) => {
    const urls: string[] = [];
    page.on('request', (r) => void (new URL(r.url()).pathname.startsWith('/pagefind/') && urls.push(r.url())));
    return urls;
  };
  const done = (page: import('@playwright/test').Page) => expect(page.locator('[data-status]')).toHaveAttribute('data-run', /\d/);
  const more = (page: import('@playwright/test').Page) => page.getByRole('button', { name: 'Search the full text of every page' });

  test('an error the matcher knows exactly: no Pagefind until the button, which then adds full-text results', async ({ page }) => {
    const requests = pagefindRequests(page);
    await page.goto(`/search/#${new URLSearchParams({ q: PASTE })}`);
    await done(page);
    await expect(page.locator('[data-results] li').first()).toHaveAttribute('data-match', 'exact');
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    await more(page).click();
    await expect(more(page)).toBeHidden();
    await done(page);
    expect(requests.some((u) => u.includes('pagefind.js'))).toBe(true);
    await expect(page.locator('[data-results] li[data-match="text"]').first()).toBeVisible();
    // Focus moves from the vanished button to the first page it added.
    await expect(page.locator('[data-results] li[data-match="text"]').first().getByRole('link')).toBeFocused();
    // The exact answer stays first, in its own group.
    await expect(page.getByRole('list', { name: 'This error' }).getByRole('listitem').first()).toHaveAttribute('data-match', 'exact');
  });

  test('a word the matcher finds related pages for: related pages at once, Pagefind only on request', async ({ page }) => {
    const requests = pagefindRequests(page);
    await page.goto('/search/#q=quota');
    await done(page);
    await expect(page.getByRole('list', { name: 'Related pages' }).getByRole('listitem').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(requests).toEqual([]);
    await expect(more(page)).toBeVisible();
  });

  test('an error with no confident match gets full-text results at once, with no button', async ({ page }) => {
    const requests = pagefindRequests(page);
    await page.goto(`/search/#${new URLSearchParams({ q: UNCOVERED[0][1] })}`);
    await done(page);
    expect(requests.some((u) => u.includes('pagefind.js'))).toBe(true);
    await expect(more(page)).toBeHidden();
  });

  test('a new search hides the button of the last one', async ({ page }) => {
    await page.goto('/search/#q=quota');
    await done(page);
    await expect(more(page)).toBeVisible();
    await page.goto(`/search/#${new URLSearchParams({ q: UNCOVERED[0][1] })}`);
    await expect(page.getByRole('heading', { name: 'Errata has no page for this error yet' })).toBeVisible();
    await done(page);
    await expect(more(page)).toBeHidden();
  });
});
