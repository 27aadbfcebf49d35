import { describe, expect, it } from 'vitest';
import { markdownBlocks, searchDocument } from '../../src/integrations/pagefind.ts';

describe('the document Pagefind indexes for a page', () => {
  it('keeps the text of headings, paragraphs, list items and code, without components or Markdown marks', () => {
    const body = ['## Step-by-step', '', '<Steps>', '', '1. Run the **first** [command](https://example.com).', '', '   ```bash', '   kill <PID> && echo done', '   ```', '', '</Steps>', '', '<Callout type="warning">', 'Be careful with `rm -rf`.', '</Callout>'].join('\n');
    expect(markdownBlocks(body)).toBe(['<h2>Step-by-step</h2>', '<p>Run the first command.</p>', '<pre>kill &lt;PID&gt; &amp;&amp; echo done</pre>', '<p>Be careful with rm -rf.</p>'].join('\n'));
  });

  it('has the title, tool and category as filters, the weighted signature, quick fix, body, FAQ questions and source titles, escaped', () => {
    const doc = searchDocument(
      { title: 'Tool fails <badly>', tool: 't', category: 'c', signature: 'Error: x < y', quickFix: 'Stop `<PID>`.', sources: [{ title: 'Issue 1', note: 'Says so.' }], evidence: 'Two threads.', faq: [{ q: 'Why?', a: 'Because.' }] },
      'Text.',
      new Map([['t', 'The Tool']]),
      new Map([['c', 'Crashes']]),
    );
    expect(doc).toContain('<h1>Tool fails &lt;badly&gt;</h1>');
    expect(doc).toContain('<p data-pagefind-filter="tool">The Tool</p>');
    expect(doc).toContain('<p data-pagefind-filter="category">Crashes</p>');
    expect(doc).toContain('<pre data-pagefind-weight="8">Error: x &lt; y</pre>');
    for (const text of ['<p>Stop &lt;PID&gt;.</p>', '<p>Text.</p>', '<p>Issue 1</p>', '<p>Why?</p>']) expect(doc).toContain(text);
    // Restatements and notes about the sources are not indexed.
    for (const text of ['Says so.', 'Two threads.', 'Because.']) expect(doc).not.toContain(text);
  });
});
