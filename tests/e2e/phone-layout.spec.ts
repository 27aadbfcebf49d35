import { expect, test, type Page } from '@playwright/test';

/** The phone widths the site promises to fit without sideways scrolling. */
const WIDTHS = [320, 360, 390];

/** One page of each type; listings and the longest titles are found at run time. */
const FIXED = ['/', '/errors/', '/tools/', '/tools/claude-code/', '/categories/', '/categories/network/', '/errors/node-eaddrinuse-address-already-in-use/', '/search/#q=EADDRINUSE', '/search/#q=zzqxnothing', '/no-such-page/'];

/** Every error page listed in the A-Z index (all its pages), with its title, and the A-Z pages after the first. */
async function azIndex(page: Page): Promise<{ entries: { href: string; title: string }[]; extraPages: string[] }> {
  const entries: { href: string; title: string }[] = [];
  const seen = new Set(['/errors/']);
  const queue = ['/errors/'];
  while (queue.length) {
    await page.goto(queue.shift()!);
    entries.push(...(await page.locator('.card').evaluateAll((cards) => cards.map((c) => ({ href: c.getAttribute('href')!, title: c.querySelector('.card-title')!.textContent!.trim() })))));
    for (const href of await page.locator('a[href^="/errors/page/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('#')[0]!))) {
      if (!seen.has(href)) {
        seen.add(href);
        queue.push(href);
      }
    }
  }
  return { entries, extraPages: [...seen].filter((p) => p !== '/errors/') };
}

/** How wide the document is, and the outermost elements that stick out (ignoring content that scrolls inside its own box). */
function measure(page: Page) {
  return page.evaluate(() => {
    const clipped = (el: Element) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    const wide = [...document.querySelectorAll('body *')].filter((el) => el.getBoundingClientRect().right > innerWidth + 0.5 && !clipped(el));
    const outermost = wide.filter((el) => !wide.includes(el.parentElement!));
    return {
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth,
      culprits: outermost.slice(0, 5).map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 40)}"`),
    };
  });
}

test.describe('no sideways scrolling on phones', () => {
  test.describe.configure({ timeout: 120_000 });

  for (const width of WIDTHS) {
    test(`every page type fits in ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 740 });
      const { entries, extraPages } = await azIndex(page);
      const longest = entries.reduce((a, b) => (b.title.length > a.title.length ? b : a));
      const longestWord = entries.reduce((a, b) => (Math.max(...b.title.split(/\s+/).map((w) => w.length)) > Math.max(...a.title.split(/\s+/).map((w) => w.length)) ? b : a));
      const paths = [...FIXED, ...extraPages, longest.href, longestWord.href];
      const overflowing: string[] = [];
      for (const path of paths) {
        await page.goto(path);
        if (path.startsWith('/search/')) await expect(page.locator('[data-status]')).not.toHaveText(/Searching|Looking for more|^$/);
        const m = await measure(page);
        if (m.scrollWidth > m.innerWidth) overflowing.push(`${path}: ${m.scrollWidth} px wide; ${m.culprits.join(', ')}`);
      }
      expect(paths.length).toBeGreaterThanOrEqual(FIXED.length + 2);
      expect(overflowing).toEqual([]);
    });
  }
});

test.describe('narrow screens', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('an error page offers On this page as a collapsed list under the title', async ({ page }) => {
    await page.goto('/errors/node-eaddrinuse-address-already-in-use/');
    const toc = page.locator('details.toc-compact');
    await expect(toc).toBeVisible();
    await expect(toc).not.toHaveAttribute('open');
    await expect(page.locator('nav.toc')).toBeHidden();
    await toc.getByText('On this page').click();
    const link = toc.getByRole('link', { name: 'Step-by-step troubleshooting' });
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/#step-by-step-troubleshooting$/);
  });

  test('the sidebar list replaces it on wide screens', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/errors/node-eaddrinuse-address-already-in-use/');
    await expect(page.locator('details.toc-compact')).toBeHidden();
    await expect(page.getByRole('navigation', { name: 'On this page' })).toBeVisible();
  });
});

test.describe('home page', () => {
  test('the search box spans the content width and cards in a grid share one height', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto('/');
    const box = (await page.getByRole('textbox', { name: /paste the error/ }).boundingBox())!;
    const main = (await page.locator('main').boundingBox())!;
    // main has 1rem of padding on each side
    expect(box.width).toBeGreaterThan(main.width - 40);
    for (const grid of await page.locator('.grid-links').all()) {
      const heights = await grid.locator('a').evaluateAll((as) => as.map((a) => Math.round(a.getBoundingClientRect().height)));
      expect(new Set(heights).size, `card heights ${heights.join(', ')}`).toBe(1);
    }
  });

  for (const width of [360, 1280]) {
    test(`card counts stay on one line at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto('/');
      const counts = await page.locator('.grid-links .count').evaluateAll((els) =>
        els.map((el) => ({ text: el.textContent ?? '', height: el.getBoundingClientRect().height, line: parseFloat(getComputedStyle(el).lineHeight) })),
      );
      expect(counts.length).toBeGreaterThan(0);
      for (const c of counts) expect(c.height, `count "${c.text}" wraps`).toBeLessThan(c.line * 1.5);
    });
  }

  test('text is set in a proper sans-serif, never DejaVu, and no font file is downloaded', async ({ page }) => {
    const fontRequests: string[] = [];
    page.on('request', (r) => void (r.resourceType() === 'font' && fontRequests.push(r.url())));
    await page.goto('/errors/');
    await page.evaluate(() => document.fonts.ready);
    // The face Chromium actually drew each element's text with (not the CSS stack's first name).
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument');
    for (const selector of ['h1', 'main p', '.brand', 'main a']) {
      const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
      expect(nodeId, `${selector} exists`).toBeGreaterThan(0);
      const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
      const used = fonts.map((f) => f.familyName);
      expect(used.length, `${selector} draws text`).toBeGreaterThan(0);
      // DejaVu Sans Mono for code and the brand's mark is fine; DejaVu Sans for text is what looked broken.
      expect(used.filter((f) => /dejavu(?! sans mono)/i.test(f)), `${selector} is drawn with ${used.join(', ')}`).toEqual([]);
    }
    expect(fontRequests).toEqual([]);
  });
});
