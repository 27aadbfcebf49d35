import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/check.ts';
import { frontmatter, LINKS, page, tree, VALID_BODY } from './helpers.ts';

const messages = (t: ReturnType<typeof tree>) => checkContent(t).problems.map(formatProblem);

describe('checkContent', () => {
  it('passes a clean tree and counts its pages', () => {
    expect(checkContent(tree())).toEqual({ problems: [], pages: 3 });
  });

  it('names the file, line and slug of a related page that does not exist', () => {
    const t = tree([page('example-page', frontmatter({ related: '\n  - other-page\n  - no-such-page' })), page('other-page', frontmatter({ related: LINKS.other }))]);
    expect(messages(t)).toEqual([
      'content/errors/example-page.mdx:13 related[1]: names a page that does not exist (`no-such-page`); use the slug of a file in errors/ (without .mdx) or remove the link',
    ]);
  });

  it('rejects a tool id with a typo and lists the valid ids', () => {
    const t = tree([page('example-page', frontmatter({ tool: 'exampel-tool' })), page('other-page', frontmatter({ related: LINKS.other }))]);
    expect(messages(t)).toEqual([
      'content/errors/example-page.mdx:5 tool: names a tool that does not exist (`exampel-tool`); use an id from tools.yaml: example-tool',
    ]);
  });

  it('reports a missing field, an unknown field and a bad date in one run', () => {
    const fm = frontmatter({ quickFix: null, updated: '2026-02-30', tilte: 'typo' });
    const t = tree([page('example-page', fm), page('other-page', frontmatter({ related: LINKS.other }))]);
    expect(messages(t)).toEqual([
      'content/errors/example-page.mdx:2 quickFix: is required but missing; add it (see CONTRIBUTING.md)',
      'content/errors/example-page.mdx:8 updated: expected a real date written YYYY-MM-DD (found `2026-02-30`); fix the value (see CONTRIBUTING.md)',
      'content/errors/example-page.mdx:25 tilte: is not a known field (`tilte`); remove it or fix its spelling (see CONTRIBUTING.md)',
    ]);
  });

  it('rejects a source that is not an absolute https address', () => {
    const fm = frontmatter({ sources: '\n  - title: Docs\n    url: http://example.com/docs' });
    const t = tree([page('example-page', fm), page('other-page', frontmatter({ related: LINKS.other }))]);
    expect(messages(t)).toEqual([
      'content/errors/example-page.mdx:23 sources[0].url: must be an absolute https:// address (found `http://example.com/docs`); fix the value (see CONTRIBUTING.md)',
    ]);
  });

  it('flags a page that links to itself', () => {
    const t = tree([page('example-page', frontmatter({ related: '\n  - example-page\n  - other-page\n  - third-page' })), page('other-page', frontmatter({ related: LINKS.other }))]);
    expect(messages(t)).toEqual(['content/errors/example-page.mdx:12 related[0]: links the page to itself (`example-page`); remove it or name another page']);
  });

  it('warns, without failing, about a page no other page links to', () => {
    const t = tree([
      page('example-page'),
      page('other-page', frontmatter({ related: '\n  - third-page\n  - fourth-page' })),
      page('third-page', frontmatter({ related: '\n  - other-page\n  - fourth-page' })),
      page('fourth-page', frontmatter({ related: '\n  - other-page\n  - third-page' })),
    ]);
    expect(messages(t)).toEqual([
      'content/errors/example-page.mdx:1 related: warning: no other page links here (`example-page`); add `example-page` to the related list of a page a reader would come from',
    ]);
  });

  it('reads a page with a BOM and CRLF line endings', () => {
    const clean = page('example-page');
    const t = tree([{ ...clean, text: `\uFEFF${clean.text.replace(/\n/g, '\r\n')}` }, page('other-page', frontmatter({ related: LINKS.other }))]);
    expect(messages(t)).toEqual([]);
  });

  it('locates a YAML syntax error on its line', () => {
    const t = tree([page('example-page', frontmatter({ title: 'Broken: a: b' })), page('other-page', frontmatter({ related: LINKS.other }))]);
    expect(messages(t)[0]).toMatch(/^content\/errors\/example-page\.mdx:2 frontmatter: is not valid YAML \(.+\); fix the YAML syntax/);
  });

  it('reports a missing body section after the one before it', () => {
    const body = VALID_BODY.replace('## Quick fixes', '## Fixes');
    const t = tree([page('example-page', frontmatter(), body), page('other-page', frontmatter({ related: LINKS.other }))]);
    expect(messages(t)).toEqual([
      'content/errors/example-page.mdx:36 body: is missing the section `## Quick fixes`; add it after `## Common causes`',
    ]);
  });
});

describe('checkContent and the matcher', () => {
  it('rejects an extra signature form with an unknown placeholder', () => {
    const t = tree([page('example-page', frontmatter({ patterns: '\n  - "Cannot find {module}"' })), page('other-page', frontmatter({ related: LINKS.other, signature: '"Error: other failure"' }))]);
    expect(messages(t)).toEqual([
      'content/errors/example-page.mdx:27 patterns[0]: uses an unknown placeholder `{module}`; use one of {path} {url} {host} {ip} {port} {address} {number} {hex} {uuid} {id} {version} {name} {time} {percent} {any} (found `Cannot find {module}`)',
    ]);
  });

  it('rejects two pages whose signatures normalize to the same form', () => {
    const t = tree([
      page('example-page', frontmatter({ signature: '"Error: listen EADDRINUSE :::3000"' })),
      page('other-page', frontmatter({ related: LINKS.other, signature: '"Error: listen EADDRINUSE :::8080"' })),
    ]);
    expect(messages(t)).toEqual([
      'content/errors/other-page.mdx:4 signature: normalizes to the same form as the signature of `example-page` (found `Error: listen EADDRINUSE :::8080`); one error gets one page: merge the two pages, or keep this form on only one of them',
    ]);
  });

  it('rejects a pattern that another page already has, and one equal to another page\'s signature', () => {
    const t = tree([
      page('example-page', frontmatter({ signature: '"Error: listen EADDRINUSE :::3000"', patterns: '\n  - "You\'ve hit your session limit · resets {any}"' })),
      page('other-page', frontmatter({ related: LINKS.other, signature: '"Something else failed"', patterns: '\n  - "You\'ve hit your session limit · resets {any}"\n  - "Error: listen EADDRINUSE {address}"' })),
    ]);
    expect(messages(t)).toEqual([
      "content/errors/other-page.mdx:27 patterns[0]: normalizes to the same form as the pattern of `example-page` (found `You've hit your session limit · resets {any}`); one error gets one page: merge the two pages, or keep this form on only one of them",
      'content/errors/other-page.mdx:28 patterns[1]: normalizes to the same form as the signature of `example-page` (found `Error: listen EADDRINUSE {address}`); one error gets one page: merge the two pages, or keep this form on only one of them',
    ]);
  });
});
