import { expect, test, type Page } from '@playwright/test';

const SEED = '/errors/claude-code-usage-increases-without-active-tasks/';
const THINKING = '/errors/claude-code-thinking-content-not-shown/';
const OVERLAY = '/errors/claude-code-unhandled-case-object-object-crash/';

/** Collects console errors and uncaught exceptions while a test runs. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

test.describe('every page type renders without console errors', () => {
  for (const [path, heading] of [
    ['/', 'Paste an error. Get the fix.'],
    [SEED, /Claude Code usage/],
    ['/errors/', 'Errors A-Z'],
    ['/tools/', 'Tools'],
    ['/tools/claude-code/', 'Claude Code errors'],
    ['/categories/', 'Categories'],
    ['/categories/usage-limits/', 'Usage limits and quotas'],
    ['/search/', 'Search'],
  ] as const) {
    test(`${path} shows its heading`, async ({ page }) => {
      const errors = watchErrors(page);
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await page.waitForLoadState('networkidle');
      expect(errors).toEqual([]);
    });
  }

  test('an unknown address answers 404 with a way back', async ({ page }) => {
    const response = await page.goto('/no-such-page/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
    await expect(page.getByRole('link', { name: 'all errors A-Z', exact: true })).toBeVisible();
  });
});

test.describe('error page', () => {
  test('shows the anatomy: badges, signature, quick fix, sections, sources, related, FAQ', async ({ page }) => {
    await page.goto(SEED);
    await expect(page.getByRole('link', { name: 'Claude Code', exact: true }).first()).toHaveAttribute('href', '/tools/claude-code/');
    await expect(page.getByRole('link', { name: 'Usage limits and quotas' })).toHaveAttribute('href', '/categories/usage-limits/');
    await expect(page.locator('#signature-text')).toContainText('session limit');
    await expect(page.getByText('Quick fix', { exact: true })).toBeVisible();
    for (const section of ['What this error means', 'Why this happens', 'Common causes', 'Quick fixes', 'Step-by-step troubleshooting', 'How to prevent it', 'Sources checked', 'Related errors', 'FAQ']) {
      await expect(page.getByRole('heading', { level: 2, name: section })).toBeVisible();
    }
    await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toBeVisible();
    await expect(page.locator('time').first()).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
  });

  test('renders `backticked` commands in the quick fix and FAQ as code, still as text', async ({ page }) => {
    await page.goto('/errors/node-eaddrinuse-address-already-in-use/');
    await expect(page.locator('.quick-fix code').first()).toHaveText('lsof -i :3000');
    await expect(page.locator('.quick-fix code', { hasText: 'kill <PID>' })).toHaveCount(1);
  });

  test('shows no edit links when no repository is configured', async ({ page }) => {
    await page.goto(SEED);
    await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
  });

  test('publishes TechArticle and FAQPage JSON-LD that parses', async ({ page }) => {
    await page.goto(SEED);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const types = blocks.map((b) => (JSON.parse(b) as { '@type': string })['@type']);
    expect(types).toEqual(expect.arrayContaining(['TechArticle', 'FAQPage', 'BreadcrumbList']));
  });

  test('the copy button copies the signature', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(SEED);
    const signature = await page.locator('#signature-text').textContent();
    const figure = page.getByRole('figure', { name: 'Error signature' });
    await figure.getByRole('button', { name: 'Copy' }).click();
    await expect(figure.getByRole('button', { name: 'Copied' })).toBeVisible();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(signature);
  });

  test('related links resolve in both directions', async ({ page }) => {
    await page.goto(SEED);
    const related = page.getByRole('region', { name: 'Related errors' });
    await related.locator(`a[href="${THINKING}"]`).click();
    await expect(page).toHaveURL(THINKING);
    await expect(page.getByRole('region', { name: 'Related errors' }).locator(`a[href="${SEED}"]`)).toBeVisible();
    await page.goto(OVERLAY);
    await expect(page.getByRole('region', { name: 'Related errors' }).locator(`a[href="${SEED}"]`)).toBeVisible();
  });

  test('lists pages that link here even when this page does not link back', async ({ page }) => {
    // Every page's backlinks section must only hold pages that really list it.
    await page.goto(SEED);
    const incoming = page.locator('#links-here + ul a');
    for (const href of await incoming.evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) {
      await page.goto(href);
      await expect(page.getByRole('region', { name: 'Related errors' }).locator(`a[href="${SEED}"]`)).toHaveCount(1);
    }
  });
});

test.describe('search', () => {
  test('/search/?q= runs on load and lists the seed page for a word from it', async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/search/?q=quota');
    const results = page.locator('[data-results]').getByRole('link');
    await expect(results.first()).toBeVisible();
    await expect(results.filter({ hasText: 'Claude Code usage climbs' })).toHaveCount(1);
    expect(errors).toEqual([]);
  });

  test('the home search box submits to the search page', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('textbox', { name: /paste the error/ }).fill('thinking');
    await page.getByRole('button', { name: 'Find the fix' }).click();
    await expect(page).toHaveURL(/\/search\//);
    await expect(page.locator('[data-results]').getByRole('link').first()).toBeVisible();
  });

  test('a query with no match says so', async ({ page }) => {
    await page.goto('/search/#q=zzzxqvnonexistentword');
    await expect(page.getByRole('status').filter({ hasText: 'No page for this error yet, and no related pages.' })).toBeVisible();
    await expect(page.locator('[data-results]').getByRole('listitem')).toHaveCount(0);
  });
});
