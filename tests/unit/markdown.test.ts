import { describe, expect, it } from 'vitest';
import { fullTextParts, llmsTxt, siteLinks } from '../../src/lib/agent-outputs.ts';
import { fenced, mdxToMarkdown, pageMarkdown, type PageDoc } from '../../src/lib/markdown.ts';

const links = siteLinks('https://errata.example', '/kb/');

describe('mdxToMarkdown', () => {
  it('keeps steps as a numbered list and drops the component tags', () => {
    const md = mdxToMarkdown('## Step-by-step troubleshooting\n\n<Steps>\n\n1. Check it:\n\n   ```bash\n   docker info\n   ```\n\n2. Fix it.\n\n</Steps>\n');
    expect(md).toBe('## Step-by-step troubleshooting\n\n1. Check it:\n\n   ```bash\n   docker info\n   ```\n\n2. Fix it.');
  });

  it('turns callouts into blockquotes, on one line or several, inside a list item too', () => {
    expect(mdxToMarkdown('<Callout type="warning">Back up `~/.ssh` first.</Callout>')).toBe('> **Warning:** Back up `~/.ssh` first.');
    expect(mdxToMarkdown('1. Step:\n\n   <Callout type="tip">\n   First line.\n\n   Second paragraph.\n   </Callout>\n')).toBe('1. Step:\n\n   > **Tip:** First line.\n   >\n   > Second paragraph.');
    expect(mdxToMarkdown('<Callout>\nPlain.\n</Callout>')).toBe('> **Note:** Plain.');
  });

  it('labels a block typed inside a tool instead of keeping the fence attribute', () => {
    expect(mdxToMarkdown('```text in="Claude Code"\n/login\n```')).toBe('In Claude Code:\n\n```text\n/login\n```');
    expect(mdxToMarkdown('   ```sql in="psql"\n   \\password postgres\n   ```')).toBe('   In psql:\n\n   ```sql\n   \\password postgres\n   ```');
  });

  it('leaves component-like text inside code blocks alone', () => {
    const body = '```md\n<Steps>\n<Callout type="note">x</Callout>\n```';
    expect(mdxToMarkdown(body)).toBe(body);
  });

  it('fences text with a fence longer than any backtick run inside it', () => {
    expect(fenced('a ``` b', 'text')).toBe('````text\na ``` b\n````');
  });
});

const doc: PageDoc = {
  slug: 'example-error',
  title: 'Example: it [broke]',
  description: 'What broke.',
  signature: 'Error: example',
  quickFix: 'Run the fix.',
  status: 'fixed',
  fixedIn: '1.2.3',
  updated: '2026-11-26',
  checked: '2026-11-27',
  tool: { id: 'example-tool', name: 'Example Tool' },
  category: { id: 'crashes', name: 'Crashes' },
  body: '## What this error means\n\nIt means this.\n',
  faq: [{ q: 'Why?', a: 'Because.' }],
  sources: [{ title: 'Docs', url: 'https://docs.example/x', note: 'Explains it.' }],
  evidence: 'Strong.',
  related: [{ slug: 'other-error', title: 'Other error' }],
};

describe('pageMarkdown', () => {
  it('puts every part of the page anatomy in order, with absolute links', () => {
    const md = pageMarkdown(doc, links);
    expect(md.startsWith('# Example: it [broke]\n\n> What broke.\n\n- Tool: Example Tool\n- Category: Crashes\n- Status: Fix released in 1.2.3. A release of the tool fixes this (1.2.3). Updating is the lasting fix; the steps below help until you can.\n- Fixed in: 1.2.3\n')).toBe(true);
    const order = ['## Error signature', '## Quick fix', '## What this error means', '## Sources checked', 'Evidence: Strong.', '## Related errors', '## FAQ', '### Why?'];
    const at = order.map((h) => md.indexOf(h));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(md).toContain('- [Docs](https://docs.example/x): Explains it.');
    expect(md).toContain('- [Other error](https://errata.example/kb/errors/other-error.md)');
    expect(md).toContain('- Web page: https://errata.example/kb/errors/example-error/');
  });
});

describe('llms.txt', () => {
  const entry = (slug: string, tool: string) => ({ slug, title: `Title ${slug}`, description: `About ${slug}.`, signature: 'x', patterns: [], tool: { id: tool, name: tool.toUpperCase() }, category: { id: 'c', name: 'C' }, status: 'unknown', updated: '2026-01-01' });

  it('has an H1, a blockquote, one H2 per tool and an Optional section', () => {
    const entries = [entry('a', 'one'), entry('b', 'two'), entry('c', 'one')];
    const txt = llmsTxt(entries, links, fullTextParts(entries));
    expect(txt).toMatch(/^# Errata\n\n> .+\n\n## ONE\n\n- \[Title a\]\(https:\/\/errata\.example\/kb\/errors\/a\.md\): About a\.\n- \[Title c\]/);
    expect(txt.match(/^## .+$/gm)).toEqual(['## ONE', '## TWO', '## Optional']);
    expect(txt).toContain('- [Every page in full](https://errata.example/kb/llms-full.txt): 3 pages as Markdown in one file');
  });

  it('splits the full text per tool above the split size, and within a tool every split size pages', () => {
    const entries = [entry('a', 'one'), entry('b', 'two'), entry('c', 'one'), entry('d', 'one')];
    expect(fullTextParts(entries, 4).map((p) => p.path)).toEqual(['llms-full.txt']);
    expect(fullTextParts(entries, 2).map((p) => [p.path, p.slugs])).toEqual([
      ['llms/one.txt', ['a', 'c']],
      ['llms/one.2.txt', ['d']],
      ['llms/two.txt', ['b']],
    ]);
  });
});
