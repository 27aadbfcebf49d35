import { expect, test } from '@playwright/test';
import { limitInput } from '../../src/lib/input.ts';
import { buildIndex, match } from '../../src/lib/matcher.ts';
import { redactSecrets } from '../../src/lib/redact.ts';
import { loadMatcherInput } from '../../src/node/content-files.ts';
import { loadCases } from '../devset/evaluate.ts';

// The whole dev set through the site in Chromium and through the CLI's code
// path (limit, redact, match): the first result and its level must agree.
test('the site and the CLI give every dev-set case the same first result and match level', async ({ page }) => {
  test.setTimeout(600_000);
  const { pages, tools } = loadMatcherInput('content');
  const index = buildIndex(pages, tools);
  const cases = loadCases();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto('/search/');
  const status = page.locator('[data-status]');
  const differences: string[] = [];
  let run = 0;
  for (const c of cases) {
    const [cli] = match(index, redactSecrets(limitInput(c.text).text), 1);
    await page.evaluate((q) => {
      location.hash = new URLSearchParams({ q }).toString();
    }, c.text);
    run++;
    await expect(status).toHaveAttribute('data-run', String(run + 1), { timeout: 20_000 }); // run 1 was the empty query on load
    const first = page.locator('[data-results] li[data-match]:not([data-match="text"])').first();
    const site = (await first.count()) ? await first.evaluate((li) => ({ href: li.querySelector('a')!.getAttribute('href'), match: li.getAttribute('data-match') })) : undefined;
    const want = cli ? { href: `/errors/${cli.slug}/`, match: cli.match } : undefined;
    if (JSON.stringify(site) !== JSON.stringify(want)) differences.push(`${c.id}: CLI ${JSON.stringify(want)}, site ${JSON.stringify(site)}`);
  }
  expect(differences).toEqual([]);
  expect(errors).toEqual([]);
  expect(cases.length).toBeGreaterThan(400);
});
