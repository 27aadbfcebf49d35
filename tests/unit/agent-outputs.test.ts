import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_SECTIONS } from '../../src/lib/body-rules.ts';
import { loadCatalog } from '../../src/node/content-files.ts';
import { childEnv } from './helpers.ts';

// Built under a base path, so a link that forgets the base does not resolve.
const SITE = 'https://acme.example';
const BASE = '/errata';
const ROOT = `${SITE}${BASE}/`;
const catalog = loadCatalog(path.resolve('content'));
const docs = catalog.pages.map((p) => catalog.doc(p.slug)!);
let out = '';

/** The file in dist/ that a public URL names, or undefined when the URL is not on this site. */
function fileFor(url: string): string | undefined {
  if (!url.startsWith(ROOT)) return undefined;
  const rel = decodeURIComponent(url.slice(ROOT.length));
  return rel === '' || rel.endsWith('/') ? path.join(out, rel, 'index.html') : path.join(out, rel);
}

describe('the outputs for agents in a built site', () => {
  beforeAll(() => {
    out = path.join(mkdtempSync(path.join(tmpdir(), 'errata-agents-')), 'dist');
    const run = spawnSync(process.execPath, ['bin/errata.mjs', 'build', '--out', out], {
      env: childEnv({ ERRATA_BASE: BASE, ERRATA_SITE: SITE }),
      encoding: 'utf8',
      timeout: 300_000,
    });
    expect(run.status, run.stderr).toBe(0);
  }, 320_000);

  it('gives every error page a Markdown twin with all its sections, every source URL and its related pages', () => {
    expect(docs.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const doc of docs) {
      const file = path.join(out, 'errors', `${doc.slug}.md`);
      if (!existsSync(file)) {
        problems.push(`${doc.slug}: no .md`);
        continue;
      }
      const md = readFileSync(file, 'utf8');
      if (!md.startsWith(`# ${doc.title.replace(/\s+/g, ' ')}\n`)) problems.push(`${doc.slug}: does not open with its title`);
      let last = -1;
      for (const heading of ['Error signature', 'Quick fix', ...REQUIRED_SECTIONS, 'Sources checked', 'Related errors', 'FAQ']) {
        const at = md.indexOf(`\n## ${heading}\n`);
        if (at <= last) problems.push(`${doc.slug}: \`## ${heading}\` ${at === -1 ? 'missing' : 'out of order'}`);
        last = Math.max(last, at);
      }
      if (!md.includes(doc.signature.split('\n')[0]!)) problems.push(`${doc.slug}: signature missing`);
      if (!md.includes(doc.quickFix.trim())) problems.push(`${doc.slug}: quick fix missing`);
      for (const source of doc.sources) if (!md.includes(`](${source.url})`)) problems.push(`${doc.slug}: source ${source.url} missing`);
      for (const related of doc.related) if (!md.includes(`](${ROOT}errors/${related.slug}.md)`)) problems.push(`${doc.slug}: related ${related.slug} missing`);
      for (const item of doc.faq) if (!md.includes(`### ${item.q.replace(/\s+/g, ' ').trim()}\n`)) problems.push(`${doc.slug}: FAQ "${item.q}" missing`);
      if (/<\/?(Steps|Callout)\b|```\w+ in="/.test(md)) problems.push(`${doc.slug}: MDX left in the Markdown`);
      const html = readFileSync(path.join(out, 'errors', doc.slug, 'index.html'), 'utf8');
      if (!html.includes(`<link rel="alternate" type="text/markdown" href="${BASE}/errors/${doc.slug}.md"`)) problems.push(`${doc.slug}: the HTML page does not point to its Markdown`);
    }
    expect(problems).toEqual([]);
  });

  it('writes llms.txt as an H1, a blockquote and H2 link lists whose every link resolves in dist/', () => {
    const text = readFileSync(path.join(out, 'llms.txt'), 'utf8');
    const blocks = text.trim().split(/\n{2,}/);
    expect(blocks[0]).toMatch(/^# \S.*$/);
    expect(blocks[1]).toMatch(/^> [^\n]+$/);
    const sections: { title: string; links: { title: string; url: string }[] }[] = [];
    for (const block of blocks.slice(2)) {
      const h2 = /^## (.+)$/.exec(block);
      if (h2) {
        sections.push({ title: h2[1]!, links: [] });
        continue;
      }
      expect(sections.length, `text before the first H2: ${block.slice(0, 80)}`).toBeGreaterThan(0);
      for (const line of block.split('\n')) {
        const link = /^- \[((?:\\.|[^\]\\])+)\]\((\S+)\)(?:: .+)?$/.exec(line);
        expect(link, `not a link list item: ${line}`).not.toBeNull();
        sections.at(-1)!.links.push({ title: link![1]!, url: link![2]! });
      }
    }
    const unresolved = sections.flatMap((s) => s.links).filter((l) => !existsSync(fileFor(l.url) ?? '/nonexistent'));
    expect(unresolved).toEqual([]);
    // One section per tool that has pages, then Optional; every page listed once.
    const tools = new Set(catalog.pages.map((p) => p.tool));
    expect(sections.length).toBe(tools.size + 1);
    expect(sections.at(-1)!.title).toBe('Optional');
    const listed = sections.slice(0, -1).flatMap((s) => s.links.map((l) => l.url));
    expect(listed.sort()).toEqual(docs.map((d) => `${ROOT}errors/${d.slug}.md`).sort());
    expect(sections.at(-1)!.links.map((l) => l.url)).toEqual([`${ROOT}llms-full.txt`, `${ROOT}errors.json`]);
  });

  it('puts every page in llms-full.txt, once, in the same Markdown as its .md file', () => {
    const full = readFileSync(path.join(out, 'llms-full.txt'), 'utf8');
    for (const doc of docs) {
      const md = readFileSync(path.join(out, 'errors', `${doc.slug}.md`), 'utf8').trim();
      expect(full.split(md).length - 1, doc.slug).toBe(1);
    }
  });

  it('lists every page in errors.json with its fields and working URLs', () => {
    const json = JSON.parse(readFileSync(path.join(out, 'errors.json'), 'utf8')) as { count: number; pages: Record<string, unknown>[] };
    expect(json.count).toBe(docs.length);
    expect(json.pages.map((p) => p['slug']).sort()).toEqual(docs.map((d) => d.slug).sort());
    for (const page of json.pages) {
      const doc = docs.find((d) => d.slug === page['slug'])!;
      expect(page).toEqual({
        slug: doc.slug,
        title: doc.title,
        signature: doc.signature,
        patterns: catalog.bySlug.get(doc.slug)!.patterns,
        tool: doc.tool.id,
        category: doc.category.id,
        status: doc.status,
        updated: doc.updated,
        url: `${ROOT}errors/${doc.slug}/`,
        markdownUrl: `${ROOT}errors/${doc.slug}.md`,
      });
      expect(existsSync(fileFor(page['url'] as string)!)).toBe(true);
      expect(existsSync(fileFor(page['markdownUrl'] as string)!)).toBe(true);
    }
  });
});
