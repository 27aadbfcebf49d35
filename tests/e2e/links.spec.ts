import { expect, test } from '@playwright/test';

/** Fetches every page reachable from the home page (plus the sitemap) and checks links, anchors and metadata. */
test('the built site has no broken internal links or anchors, and every page has its metadata', async ({ request, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const pages = new Map<string, string>();
  const queue = ['/'];
  const links: { from: string; to: string }[] = [];
  while (queue.length) {
    const path = queue.shift()!;
    if (pages.has(path)) continue;
    const response = await request.get(path);
    expect(response.status(), `${path} (linked from ${links.find((l) => l.to.split('#')[0] === path)?.from})`).toBe(200);
    const html = await response.text();
    pages.set(path, html);
    for (const m of html.matchAll(/<a\s[^>]*href="([^"]+)"/g)) {
      const href = m[1]!.replace(/&amp;/g, '&');
      const target = new URL(href, origin + path);
      if (target.origin !== origin) continue;
      links.push({ from: path, to: target.pathname + target.hash });
      if (!pages.has(target.pathname) && !/\.(xml|txt|svg)$/.test(target.pathname)) queue.push(target.pathname);
    }
  }
  // Fragment anchors must name an element on the target page.
  const broken = links.filter(({ to }) => {
    const [path, hash] = to.split('#') as [string, string | undefined];
    if (!hash) return false;
    const html = pages.get(path) ?? '';
    return !new RegExp(`id="${decodeURIComponent(hash).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`).test(html);
  });
  expect(broken).toEqual([]);

  // The sitemap lists every crawled HTML page, and robots.txt points to it.
  const sitemap = await (await request.get('/sitemap.xml')).text();
  const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname));
  const crawled = [...pages.keys()].filter((p) => !p.startsWith('/search/'));
  expect(crawled.filter((p) => !listed.has(p))).toEqual([]);
  expect(await (await request.get('/robots.txt')).text()).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
  const rss = await (await request.get('/rss.xml')).text();
  expect(rss).toMatch(/<rss version="2.0">/);
  expect([...rss.matchAll(/<item>/g)].length).toBeGreaterThan(10);

  // Canonical URL, Open Graph and Twitter card on every page; JSON-LD that parses with required fields.
  for (const [path, html] of pages) {
    expect(html, path).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
    for (const prop of ['og:title', 'og:description', 'og:url', 'og:type']) expect(html, `${path} ${prop}`).toContain(`property="${prop}"`);
    for (const name of ['twitter:card', 'twitter:title']) expect(html, `${path} ${name}`).toContain(`name="${name}"`);
    for (const m of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
      const data = JSON.parse(m[1]!) as Record<string, unknown>;
      if (data['@type'] === 'TechArticle') for (const f of ['headline', 'dateModified', 'url']) expect(data[f], `${path} TechArticle.${f}`).toBeTruthy();
      if (data['@type'] === 'FAQPage') expect((data['mainEntity'] as unknown[]).length, `${path} FAQPage`).toBeGreaterThan(0);
      if (data['@type'] === 'BreadcrumbList') expect((data['itemListElement'] as unknown[]).length, `${path} BreadcrumbList`).toBeGreaterThan(1);
    }
    // Error pages, not the A-Z listing or its later pages (/errors/page/2/).
    if (/^\/errors\/(?!page\/)[^/]+\/$/.test(path)) expect(html, path).toContain('"@type":"TechArticle"');
  }
  expect(pages.size).toBeGreaterThan(60);
});
