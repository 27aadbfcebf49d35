import { describe, expect, it } from 'vitest';
import { isStale } from '../../src/lib/dates.ts';
import { errorPageJsonLd, serializeJsonLd } from '../../src/lib/jsonld.ts';
import { backlinks } from '../../src/lib/related.ts';

describe('backlinks', () => {
  it('lists the pages that link to each page, once each, never itself', () => {
    const links = backlinks([
      { id: 'a', related: ['b', 'c', 'b'] },
      { id: 'b', related: ['a', 'b'] },
      { id: 'c', related: ['b'] },
    ]);
    expect(Object.fromEntries(links)).toEqual({ a: ['b'], b: ['a', 'c'], c: ['a'] });
  });
});

describe('serializeJsonLd', () => {
  it('cannot be broken out of its script element', () => {
    const json = serializeJsonLd({ headline: '</script><script>alert(1)</script>&' });
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual({ headline: '</script><script>alert(1)</script>&' });
  });
});

describe('errorPageJsonLd', () => {
  it('publishes a TechArticle, a BreadcrumbList and a FAQPage with every question', () => {
    const [article, crumbs, faq] = errorPageJsonLd({
      url: 'https://x.test/errors/a/',
      title: 'A',
      description: 'D',
      updated: '2026-11-26',
      toolName: 'T',
      faq: [{ q: 'Q1', a: 'A1' }],
      breadcrumb: [{ name: 'Home', url: 'https://x.test/' }],
    }) as Record<string, unknown>[];
    expect(article).toMatchObject({ '@type': 'TechArticle', headline: 'A', dateModified: '2026-11-26' });
    expect(crumbs).toMatchObject({ '@type': 'BreadcrumbList', itemListElement: [{ position: 1, name: 'Home' }] });
    expect(faq).toMatchObject({ '@type': 'FAQPage', mainEntity: [{ name: 'Q1', acceptedAnswer: { text: 'A1' } }] });
  });
});

describe('isStale', () => {
  it('marks facts older than the limit as stale, and recent ones as fresh', () => {
    const now = new Date('2026-11-26T00:00:00Z');
    expect(isStale(new Date('2026-05-01T00:00:00Z'), now, 180)).toBe(true);
    expect(isStale(new Date('2026-11-01T00:00:00Z'), now, 180)).toBe(false);
  });
});

import { editLinks } from '../../src/lib/edit-links.ts';

describe('editLinks', () => {
  it('links to the source file on the branch and to a prefilled issue form', () => {
    const links = editLinks({ url: 'https://github.com/acme/errata', branch: 'main' }, { sourcePath: 'content/errors/node-eaddrinuse.mdx', title: 'EADDRINUSE', url: 'https://errata.test/errors/node-eaddrinuse/' });
    expect(links.edit).toBe('https://github.com/acme/errata/edit/main/content/errors/node-eaddrinuse.mdx');
    const report = new URL(links.report);
    expect(report.pathname).toBe('/acme/errata/issues/new');
    expect(report.searchParams.get('title')).toBe('Problem on "EADDRINUSE"');
    expect(report.searchParams.get('body')).toContain('Page: https://errata.test/errors/node-eaddrinuse/');
  });
});

describe('requestPageLink', () => {
  it('carries only the error line it is given, never more of the paste', async () => {
    const { requestPageLink } = await import('../../src/lib/edit-links.ts');
    const url = new URL(requestPageLink('https://github.com/acme/errata', 'error[E0382]: borrow of moved value: `v`'));
    expect(url.origin + url.pathname).toBe('https://github.com/acme/errata/issues/new');
    expect(url.searchParams.get('title')).toBe('Page request: error[E0382]: borrow of moved value: `v`');
    expect(url.searchParams.get('body')).toContain('    error[E0382]: borrow of moved value: `v`');
    expect(url.searchParams.get('labels')).toBe('page-request');
    expect(requestPageLink('https://github.com/a/b', 'x'.repeat(5000)).length).toBeLessThan(1500);
  });
});
