import { expect, test, type Page } from '@playwright/test';

interface Indexed {
  url: string;
  excerpt: string;
  content: string;
}

/** Runs a Pagefind query in the page and returns every hit's URL, excerpt and indexed text. */
function pagefind(page: Page, query: string | null): Promise<Indexed[]> {
  return page.evaluate(async (q) => {
    const url = '/pagefind/pagefind.js'; // served by the site, not a module TypeScript can see
    const pf = (await import(url)) as {
      search(q: string | null): Promise<{ results: { data(): Promise<Indexed> }[] }>;
    };
    const found = await pf.search(q);
    return Promise.all(found.results.map(async (r) => {
      const { url, excerpt, content } = await r.data();
      return { url, excerpt, content };
    }));
  }, query);
}

/** Words as a reader sees them: split on whitespace, surrounding punctuation dropped. */
const words = (text: string) => text.split(/\s+/).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')).filter(Boolean);

/** What the old index held: a caption or label followed by the button's text, e.g. "ErrorsignatureCopy", "Terminal Copy". */
const CHROME = /(Terminal|PowerShell|Text|JSON|YAML|JavaScript|TypeScript|SQL|Python|signature|In [A-Z][\w .-]{0,30}) ?Cop(y|ied)\b|Cop(y|ied) ?<mark>/;

test.describe('search excerpts', () => {
  test('a word right after a copy button is excerpted without the button, the caption or words run together', async ({ page }) => {
    await page.goto('/search/');
    const indexed = await pagefind(page, null);
    // Words that open a code block (in the HTML they follow the block's caption and Copy button)
    // and occur once on their page, so the page's excerpt is centred on them.
    const candidates: { url: string; word: string }[] = [];
    for (const { url, content } of indexed) {
      // Counted as a substring, so a stem match elsewhere (node in Node.js) rules the word out.
      const text = content.toLowerCase();
      const once = (w: string) => text.split(w.toLowerCase()).length === 2;
      const firsts = await page.evaluate(async (u) => {
        const html = await (await fetch(u)).text();
        const doc = new DOMParser().parseFromString(html, 'text/html');
        return [...doc.querySelectorAll('.code-block pre')].map((p) => (p.textContent ?? '').trim().split(/\s+/)[0] ?? '');
      }, url);
      const word = firsts.find((w) => /^[a-z]{4,}$/i.test(w) && once(w));
      if (word) candidates.push({ url, word });
      if (candidates.length === 3) break;
    }
    expect(candidates.length, 'pages with a code block that opens with a word found nowhere else on the page').toBe(3);
    for (const { url, word } of candidates) {
      const hit = (await pagefind(page, word)).find((r) => r.url === url);
      expect(hit, `no hit for ${word} on ${url}`).toBeDefined();
      const excerpt = hit!.excerpt;
      expect(excerpt, url).toContain(`<mark>${word}</mark>`);
      expect(excerpt, url).not.toMatch(CHROME);
      expect(excerpt, url).not.toMatch(/Terminal ?<mark>|PowerShell ?<mark>|Error ?signature/);
      // The highlighted word stands apart from its neighbours.
      expect(excerpt, url).toMatch(new RegExp(`(^|[\\s(])<mark>${word}</mark>($|[\\s.,:;)])`));
    }
  });

  test('indexed text has no UI chrome and never runs words from two elements together', async ({ page }) => {
    test.setTimeout(180_000);
    await page.goto('/search/');
    const all = await pagefind(page, null);
    expect(all.length).toBeGreaterThanOrEqual(60);
    const problems: string[] = [];
    for (const { url, content } of all) {
      await page.goto(url);
      // innerText puts line breaks between block elements, as the reader sees them.
      const shown = new Set(words(await page.locator('[data-pagefind-body]').innerText()));
      const glued = [...new Set(words(content))].filter((w) => !shown.has(w));
      if (glued.length) problems.push(`${url}: ${glued.slice(0, 5).join(', ')}`);
      if (CHROME.test(content) || /Error signature|On this page/.test(content)) problems.push(`${url}: indexes UI chrome`);
    }
    expect(problems).toEqual([]);
  });
});
