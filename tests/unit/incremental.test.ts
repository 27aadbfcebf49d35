import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { generate } from '../../bench/generate.mjs';
import type { Catalog, ErrorEntry } from '../../src/data/catalog.ts';
import { errorPageCacheKeys, sharedKeyInput } from '../../src/data/cache-key.ts';
import { backlinks } from '../../src/lib/related.ts';
import { childEnv } from './helpers.ts';

// A catalog as getCatalog() builds it, from the few fields the keys read.
interface Fake {
  id: string;
  title: string;
  related: string[];
  body?: string;
  checked?: string;
  tool?: string;
}
function catalog(pages: Fake[], toolName = 'Example'): Catalog {
  const errors = pages.map(
    (p) =>
      ({
        id: p.id,
        collection: 'errors',
        digest: createHash('sha256').update(`${p.title}\n${p.related.join(',')}\n${p.checked}\n${p.body ?? ''}`).digest('hex'),
        body: p.body ?? '',
        data: { title: p.title, tool: { id: p.tool ?? 'tool', collection: 'tools' }, category: { id: 'cat', collection: 'categories' }, related: p.related.map((id) => ({ id, collection: 'errors' })), checked: new Date(p.checked ?? '2026-11-01') },
      }) as unknown as ErrorEntry,
  );
  const tools = [{ id: 'tool', collection: 'tools', data: { name: toolName } }, { id: 'other-tool', collection: 'tools', data: { name: 'Other' } }] as unknown as Catalog['tools'];
  const categories = [{ id: 'cat', collection: 'categories', data: { name: 'Category' } }] as unknown as Catalog['categories'];
  return {
    errors,
    bySlug: new Map(errors.map((e) => [e.id, e])),
    linksIn: backlinks(errors.map((e) => ({ id: e.id, related: e.data.related.map((r) => r.id) }))),
    tools,
    categories,
    toolById: new Map(tools.map((t) => [t.id, t])),
    categoryById: new Map(categories.map((c) => [c.id, c])),
    countByTool: new Map(),
    countByCategory: new Map(),
  };
}

const PAGES: Fake[] = [
  { id: 'a', title: 'A fails', related: ['b', 'c'] },
  { id: 'b', title: 'B fails', related: ['c', 'd'] },
  { id: 'c', title: 'C fails', related: ['d', 'e'] },
  { id: 'd', title: 'D fails', related: ['e', 'a'] },
  { id: 'e', title: 'E fails', related: ['a', 'b'] },
  { id: 'lonely', title: 'Lonely', related: ['e', 'd'], tool: 'other-tool' },
];
const NOW = new Date('2026-11-30T12:00:00Z');
const keys = (pages: Fake[], opts: { now?: Date; toolName?: string; shared?: string } = {}) => errorPageCacheKeys(catalog(pages, opts.toolName), opts.now ?? NOW, opts.shared ?? 'shared');
const changed = (before: Map<string, string>, after: Map<string, string>) => [...before].filter(([id, k]) => after.get(id) !== k).map(([id]) => id).sort();
const edit = (id: string, change: Partial<Fake>) => PAGES.map((p) => (p.id === id ? { ...p, ...change } : p));

describe('error page cache keys', () => {
  const base = keys(PAGES);

  it('are the same for the same content, and differ between pages', () => {
    expect(keys(PAGES)).toEqual(base);
    expect(new Set(base.values()).size).toBe(PAGES.length);
  });

  it('a body edit changes only that page', () => {
    expect(changed(base, keys(edit('c', { body: 'New text.' })))).toEqual(['c']);
  });

  it('a title edit changes that page, the pages it links to and the pages that link to it', () => {
    // c links to d and e; a and b link to c.
    expect(changed(base, keys(edit('c', { title: 'C fails differently' })))).toEqual(['a', 'b', 'c', 'd', 'e']);
    // lonely links to e and d; nothing links to lonely.
    expect(changed(base, keys(edit('lonely', { title: 'Still lonely' })))).toEqual(['d', 'e', 'lonely']);
  });

  it("a tool's name changes the pages of that tool only", () => {
    expect(changed(base, keys(PAGES, { toolName: 'Renamed' }))).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('crossing the staleness limit changes the key', () => {
    const old = edit('a', { checked: '2026-01-01' });
    const before = keys(old, { now: new Date('2026-06-29T00:00:00Z') }); // 179 days after
    const after = keys(old, { now: new Date('2026-07-01T00:00:00Z') }); // 181 days after
    expect(changed(before, after)).toEqual(['a']);
  });

  it('the site, base path, repository and branch settings change every key', () => {
    const env = { ERRATA_SITE: 'https://a.example', ERRATA_BASE: '/x', ERRATA_REPO: 'https://github.com/acme/errata', ERRATA_REPO_BRANCH: 'main' };
    const shared = sharedKeyInput(env, process.cwd());
    for (const [name, value] of Object.entries({ ERRATA_SITE: 'https://b.example', ERRATA_BASE: '/y', ERRATA_REPO: 'https://github.com/acme/other', ERRATA_REPO_BRANCH: 'dev' })) {
      const other = sharedKeyInput({ ...env, [name]: value }, process.cwd());
      expect(other, name).not.toBe(shared);
      expect(changed(keys(PAGES, { shared }), keys(PAGES, { shared: other })), name).toEqual(PAGES.map((p) => p.id).sort());
    }
  });
});

describe('GitHub Pages deploy keeps the incremental build cache', () => {
  it('restores node_modules/.astro after npm ci (which empties node_modules) and before the build', () => {
    const steps = (parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as { jobs: { build: { steps: { run?: string; uses?: string; with?: Record<string, string> }[] } } }).jobs.build.steps;
    const at = (pred: (s: (typeof steps)[number]) => boolean) => steps.findIndex(pred);
    const cache = at((s) => !!s.uses?.startsWith('actions/cache@'));
    expect(cache).toBeGreaterThan(at((s) => s.run === 'npm ci'));
    expect(cache).toBeLessThan(at((s) => s.run === 'npm run build'));
    expect(steps[cache]!.with?.['path']).toBe('node_modules/.astro');
  });
});

// Every file under `dir`, relative, sorted.
function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

describe('incremental build', () => {
  it('after a title edit, equals a cold build, and shows the new title where the page is linked and listed', () => {
    const work = mkdtempSync(path.join(tmpdir(), 'errata-incremental-'));
    const content = path.join(work, 'content');
    const { pages } = generate({ dir: content, pages: 30, seed: 11 });
    // The cache folder astro.config.mjs derives from the content folder.
    const cacheDir = path.join('node_modules', '.astro', createHash('sha256').update(path.resolve(content)).digest('hex').slice(0, 12));
    const env = childEnv({ ERRATA_CONTENT_DIR: content });
    const build = (out: string, ...flags: string[]) => {
      const run = spawnSync(process.execPath, ['bin/errata.mjs', 'build', '--out', out, ...flags], { env, encoding: 'utf8', timeout: 240_000 });
      expect(run.status, run.stderr).toBe(0);
      return run.stdout.replace(/\x1b\[[0-9;]*m/g, '');
    };
    try {
      const incremental = path.join(work, 'incremental');
      const first = build(incremental, '--force');
      expect(first).not.toMatch(/\((?:cached|restored)\)/);

      // Edit one page's title.
      const target = pages[7]!;
      const file = path.join(content, 'errors', `${target.slug}.mdx`);
      const newTitle = 'Renamed for the incremental build test';
      const text = readFileSync(file, 'utf8');
      const titleLine = /^title: .*$/m.exec(text)![0];
      writeFileSync(file, text.replace(titleLine, `title: ${newTitle}`));

      const second = build(incremental);
      // Each error page is rendered as HTML (/errors/<slug>/index.html); its Markdown twin is written from the content.
      const slugs = (re: RegExp) => [...second.matchAll(re)].map((m) => m[1]!).filter((s) => s !== 'page');
      const restored = slugs(/\/errors\/([^/ ]+)\/index\.html \((?:cached|restored)\)/g);
      const rendered = slugs(/\/errors\/([^/ ]+)\/index\.html \(\+/g);
      // The edited page and its neighbours render again; every other error page is reused.
      const fm = (slug: string) => parse(readFileSync(path.join(content, 'errors', `${slug}.mdx`), 'utf8').split(/^---$/m)[1]!) as { related: string[] };
      const linksIn = pages.filter((p) => fm(p.slug).related.includes(target.slug)).map((p) => p.slug);
      const neighbours = new Set([target.slug, ...fm(target.slug).related, ...linksIn]);
      expect(new Set(rendered)).toEqual(neighbours);
      expect(restored.length).toBe(pages.length - neighbours.size);
      // No route renders Markdown any more: the twins cost the rendering phase nothing.
      expect(second).not.toMatch(/\.md \((?:\+|cached|restored)/);

      const cold = path.join(work, 'cold');
      build(cold, '--force');
      const tree = files(cold);
      expect(files(incremental)).toEqual(tree);
      const different = tree.filter((f) => !readFileSync(path.join(cold, f)).equals(readFileSync(path.join(incremental, f))));
      expect(different).toEqual([]);

      const html = (url: string) => readFileSync(path.join(cold, url, 'index.html'), 'utf8');
      for (const slug of linksIn) expect(html(`errors/${slug}`), `linked from ${slug}`).toContain(newTitle);
      for (const slug of fm(target.slug).related) expect(html(`errors/${slug}`), `links here: ${slug}`).toContain(newTitle);
      expect(html('errors')).toContain(newTitle);
      // The Markdown twins follow: the page's own, and those of the pages that link to it.
      const md = (slug: string) => readFileSync(path.join(incremental, 'errors', `${slug}.md`), 'utf8');
      expect(md(target.slug)).toContain(`# ${newTitle}`);
      for (const slug of fm(target.slug).related.filter((r) => fm(r).related.includes(target.slug))) expect(md(slug), `${slug}.md`).toContain(newTitle);
      expect(readFileSync(path.join(incremental, 'llms.txt'), 'utf8')).toContain(newTitle);
      const tool = /^tool: (.*)$/m.exec(readFileSync(file, 'utf8'))![1]!;
      expect(readFileSync(path.join(incremental, 'tools', tool, 'index.html'), 'utf8')).toContain(newTitle);

      // The matcher index reads titles: the title edit rebuilt it. A body edit does not change
      // it, so the next build reuses the last one, identical to what a cold build writes.
      expect(second).toMatch(/Matcher index: \d+ forms/);
      expect(second).not.toMatch(/Matcher index: unchanged input/);
      writeFileSync(file, readFileSync(file, 'utf8').replace(/(## What this error means\n\n[^\n]+)/, '$1 One more sentence for the matcher cache test.'));
      const third = build(incremental);
      expect(third).toMatch(/Matcher index: unchanged input, reused/);
      expect(readFileSync(path.join(incremental, 'errors', target.slug, 'index.html'), 'utf8')).toContain('One more sentence for the matcher cache test.');
      const matcherFiles = files(path.join(cold, 'matcher'));
      expect(files(path.join(incremental, 'matcher'))).toEqual(matcherFiles);
      for (const f of matcherFiles) expect(readFileSync(path.join(incremental, 'matcher', f)).equals(readFileSync(path.join(cold, 'matcher', f))), f).toBe(true);
      // --force builds it again.
      expect(build(incremental, '--force')).toMatch(/Matcher index: \d+ forms/);
    } finally {
      rmSync(work, { recursive: true, force: true });
      rmSync(cacheDir, { recursive: true, force: true });
    }
  }, 600_000);
});
