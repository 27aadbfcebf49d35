import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';

const ERROR_PAGE = '/errors/node-eaddrinuse-address-already-in-use/';
const PAGES = ['/', ERROR_PAGE, '/tools/nodejs/', '/categories/network/', '/errors/', '/tools/', '/categories/', '/search/#q=EADDRINUSE', '/search/#q=zzqxnothing', '/no-such-page/'];

/** Every error page in the built site the tests serve (dist/), and the listing pages after the first. */
const BUILT = (dir: string) => (existsSync(`dist/${dir}`) ? readdirSync(`dist/${dir}`).filter((d) => existsSync(`dist/${dir}/${d}/index.html`)) : []);
const ERROR_PAGES = BUILT('errors').filter((d) => d !== 'page').map((d) => `/errors/${d}/`);
const LISTING_PAGES = [
  ...BUILT('errors/page').map((n) => `/errors/page/${n}/`),
  ...BUILT('tools').flatMap((t) => BUILT(`tools/${t}/page`).map((n) => `/tools/${t}/page/${n}/`)),
  ...BUILT('categories').flatMap((c) => BUILT(`categories/${c}/page`).map((n) => `/categories/${c}/page/${n}/`)),
];
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe's violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return found.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** Waits until the search page has finished (results or a no-results message). */
async function searchDone(page: Page) {
  await expect(page.locator('[data-status]')).not.toHaveText(/Searching|Looking for|^$/);
}

test.describe('accessibility (axe, WCAG 2.2 A and AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const path of [...PAGES, ...LISTING_PAGES]) {
      test(`${path} has no violations in ${scheme} mode`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(path);
        if (path.startsWith('/search/')) await searchDone(page);
        expect(await violations(page)).toEqual([]);
      });
    }

    // Every error page, in four batches so both workers share them.
    const BATCHES = 4;
    for (let b = 0; b < BATCHES; b++) {
      test(`error pages, batch ${b + 1} of ${BATCHES}, have no violations in ${scheme} mode`, async ({ page }) => {
        test.setTimeout(240_000);
        const batch = ERROR_PAGES.filter((_, i) => i % BATCHES === b);
        expect(batch.length).toBeGreaterThan(0);
        await page.emulateMedia({ colorScheme: scheme });
        const found: string[] = [];
        for (const path of batch) {
          await page.goto(path);
          found.push(...(await violations(page)));
        }
        expect(found).toEqual([]);
      });
    }

    test(`an error page on a phone, On this page open, has no violations in ${scheme} mode`, async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 740 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(ERROR_PAGE);
      await page.locator('details.toc-compact summary').click();
      await page.locator('.article .code-block button').first().click();
      expect(await violations(page)).toEqual([]);
    });
  }
});

test.describe('keyboard', () => {
  test('a skip link jumps to the main content', async ({ page }) => {
    await page.goto(ERROR_PAGE);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to content' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
  });

  test('search and open a result with the keyboard only', async ({ page }) => {
    await page.goto('/search/');
    await page.getByRole('textbox', { name: /paste the error/ }).focus();
    await page.keyboard.type('Error: listen EADDRINUSE: address already in use :::4000');
    await page.keyboard.press('Control+Enter');
    await searchDone(page);
    await page.keyboard.press('ArrowDown');
    const first = page.locator('[data-results]').getByRole('link').first();
    await expect(first).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(ERROR_PAGE);
  });
});

test.describe('Content-Security-Policy', () => {
  test('every page type ships a policy without unsafe-inline or unsafe-eval, and nothing violates it', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (msg) => {
      // The 404 page is meant to answer 404; every other console error counts.
      if (msg.type() === 'error' && !(page.url().endsWith('/no-such-page/') && msg.text().includes('status of 404'))) problems.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`${page.url()}: ${err.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
    });
    for (const path of [...PAGES, '/search/#q=Error%3A%20connect%20ECONNREFUSED%20127.0.0.1%3A5432']) {
      await page.goto(path);
      if (path.startsWith('/search/')) await searchDone(page);
      const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      const scriptSrc = /script-src ([^;]*)/.exec(policy ?? '')?.[1] ?? '';
      expect(scriptSrc, path).toContain("'self'");
      expect(scriptSrc, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    }
    expect(problems).toEqual([]);
  });
});

const PAYLOADS = [
  '<script>window.__xss=1</script>',
  '"><script>window.__xss=1</script>',
  "'><img src=x onerror=window.__xss=1>",
  '<img src=x onerror="window.__xss=1">',
  '<svg onload=window.__xss=1>',
  '<svg><script>window.__xss=1</script></svg>',
  'javascript:window.__xss=1',
  '<a href="javascript:window.__xss=1">x</a>',
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<body onload=window.__xss=1>',
  '<details open ontoggle=window.__xss=1>',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  '<%= window.__xss=1 %>',
  '<input autofocus onfocus=window.__xss=1>',
  '</textarea><script>window.__xss=1</script>',
  '</title><script>window.__xss=1</script>',
  '<mark onmouseover=window.__xss=1>EADDRINUSE</mark>',
  '<object data="data:text/html,<script>window.__xss=1</script>"></object>',
  '"onmouseover="window.__xss=1',
  '<style>@import "javascript:window.__xss=1"</style>',
];

test.describe('untrusted queries stay text', () => {
  test('injection payloads in ?q= and #q= never run or add elements, and show as text', async ({ page }) => {
    test.setTimeout(180_000);
    let dialogs = 0;
    page.on('dialog', async (d) => {
      dialogs++;
      await d.dismiss();
    });
    for (const payload of PAYLOADS) {
      for (const url of [`/search/?q=${encodeURIComponent(payload)}`, `/search/#q=${encodeURIComponent(payload)}`]) {
        await page.goto(url);
        await searchDone(page);
        expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), url).toBeUndefined();
        expect(await page.locator('main img, main svg, main iframe, main object, main details, main input, main math').count(), url).toBe(0);
        await expect(page.getByRole('textbox', { name: /paste the error/ })).toHaveValue(payload);
      }
    }
    expect(dialogs).toBe(0);
  });

  test('payloads typed into the search box never run', async ({ page }) => {
    test.setTimeout(120_000);
    for (const payload of PAYLOADS.slice(0, 8)) {
      await page.goto('/');
      await page.getByRole('textbox', { name: /paste the error/ }).fill(`${payload}\nError: listen EADDRINUSE: address already in use :::3000`);
      await page.getByRole('button', { name: 'Find the fix' }).click();
      await searchDone(page);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
      expect(await page.locator('main img, main svg, main iframe').count()).toBe(0);
    }
  });
});

test.describe('privacy of pastes', () => {
  test('a paste goes into the fragment, never the query string, with secrets masked', async ({ page }) => {
    const seen: string[] = [];
    page.on('request', (r) => seen.push(r.url()));
    await page.goto('/');
    const secret = 'sk-ant-api03-SECRETSECRETSECRET1234567890';
    await page.getByRole('textbox', { name: /paste the error/ }).fill(`Error: 401 invalid x-api-key\nx-api-key: ${secret}\nmarker-7f3a`);
    await page.getByRole('button', { name: 'Find the fix' }).click();
    await searchDone(page);
    const url = new URL(page.url());
    expect(url.search).toBe('');
    expect(url.hash).toContain('marker-7f3a');
    expect(decodeURIComponent(url.hash)).not.toContain('SECRETSECRET');
    await expect(page.getByRole('textbox', { name: /paste the error/ })).toHaveValue(/\[REDACTED\]/);
    expect(seen.filter((u) => u.includes('marker-7f3a') || u.includes('SECRETSECRET'))).toEqual([]);
  });

  test('secret forms typed into the home box never reach the address bar or any request', async ({ page }) => {
    // Built at run time, so no real-looking secret sits in the repository.
    // [what is typed, the secret part that must not appear]
    const secrets: [string, string][] = [
      [`AWS_SECRET_ACCESS_KEY=${'a1B2'.repeat(10)}`, 'a1B2'.repeat(10)],
      [`aws_secret_access_key = ${'Zx9/'.repeat(10)}`, 'Zx9/'.repeat(10)],
      [`DB_PASSWORD=${'hunter2'.repeat(3)}`, 'hunter2'.repeat(3)],
      [`GOOGLE_API_KEY=${['AIza', 'Sy'.repeat(17)].join('')}`, 'Sy'.repeat(17)],
      [`//registry.npmjs.org/:_authToken=${['npm', 'q'.repeat(36)].join('_')}`, 'q'.repeat(36)],
      [`stripe ${['sk', 'live', 'Qw'.repeat(12)].join('_')}`, 'Qw'.repeat(12)],
      [`curl -u deploy:${'pw'.repeat(6)} https://example.com`, 'pw'.repeat(6)],
      [`redis://:${'s3cr'.repeat(4)}@cache.internal:6379`, 's3cr'.repeat(4)],
      [`-----BEGIN OPENSSH PRIVATE KEY-----\n${'b3BlbnNzaC1rZXktdjEAAAAA'.repeat(3)}`, 'b3BlbnNzaC1rZXktdjEAAAAA'],
    ];
    const seen: string[] = [];
    page.on('request', (r) => seen.push(r.url()));
    for (const [typed, secret] of secrets) {
      await page.goto('/');
      await page.getByRole('textbox', { name: /paste the error/ }).fill(`marker-5e1d\nError: something failed\n${typed}`);
      await page.getByRole('button', { name: 'Find the fix' }).click();
      await searchDone(page);
      expect(decodeURIComponent(page.url())).toContain('marker-5e1d');
      expect(decodeURIComponent(page.url()), typed).not.toContain(secret);
      expect(page.url(), typed).not.toContain(encodeURIComponent(secret));
    }
    expect(seen.filter((u) => u.includes('marker-5e1d'))).toEqual([]);
  });

  test('a link with ?q= still works and the query moves to the fragment', async ({ page }) => {
    await page.goto('/search/?q=EADDRINUSE');
    await searchDone(page);
    await expect(page.locator('[data-results]').getByRole('link').first()).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('#q=EADDRINUSE');
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('submitting a paste with a secret sends none of it: the box has no name, so the form carries nothing', async ({ page }) => {
    const secret = ['AKIA', 'Z'.repeat(16)].join('');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(`${r.method()} ${r.url()} ${r.postData() ?? ''}`));
    await page.goto('/');
    await page.getByRole('textbox', { name: /paste the error/ }).fill(`aws: error\nAWS_ACCESS_KEY_ID=${secret}\nmarker-2b9c`);
    await page.getByRole('button', { name: 'Find the fix' }).click();
    await expect(page).toHaveURL(/\/search\//);
    expect(requests.length).toBeGreaterThan(1);
    expect(requests.filter((r) => r.includes(secret) || r.includes('marker-2b9c') || r.includes('AWS_ACCESS'))).toEqual([]);
    expect(new URL(page.url()).search.replace(/^\?$/, '')).toBe('');
    await expect(page.getByRole('main').getByRole('link', { name: 'all errors A-Z', exact: true })).toBeVisible();
  });

  test('no search box on the site has a name, so no form can put a paste in a query string', async ({ page }) => {
    for (const path of ['/', '/search/', '/errors/', '/errors/node-eaddrinuse-address-already-in-use/']) {
      await page.goto(path);
      expect(await page.locator('form[role="search"] [name]').count(), path).toBe(0);
    }
  });

  test('an error page is complete and readable', async ({ page }) => {
    await page.goto(ERROR_PAGE);
    for (const name of ['What this error means', 'Step-by-step troubleshooting', 'Sources checked', 'Related errors', 'FAQ']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.locator('#signature-text')).toContainText('EADDRINUSE');
    await page.getByRole('link', { name: 'Node.js', exact: true }).first().click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Node.js errors');
  });

  test('the search page offers the A-Z index and browse links', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByRole('main').getByRole('link', { name: 'all errors A-Z', exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Docker', exact: true })).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: 'Usage limits and quotas', exact: true })).toBeVisible();
  });
});
