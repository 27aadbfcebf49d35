import * as pagefind from 'pagefind';
import { slugOf, type ContentTree } from '../lib/content-tree.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';

/**
 * Pagefind's index, built from the content rather than from the built pages:
 * each error page becomes one small HTML document holding the text a reader
 * searches for, each once: title, tool and category, signature, quick fix,
 * the body's text, the FAQ's questions and the sources' titles (the phrasing
 * people search with). The FAQ's answers, the sources' notes and the evidence
 * note restate the body or describe the sources, so they are left out, as are
 * the page's navigation, labels and markup. It needs no built HTML, so it runs
 * while Astro bundles, and Pagefind's time and memory follow the text it gets.
 *
 * The result URL is `/errors/<slug>/`; the search page adds the base path.
 * Writes the index into `outputPath` (a `pagefind/` folder).
 */
export async function indexContent(tree: ContentTree, outputPath: string): Promise<{ pages: number; ms: number }> {
  const started = Date.now();
  const names = (file: ContentTree['tools']) => {
    const data = file ? (splitFrontmatter(`---\n${file.text.replace(/\n?$/, '\n')}---\n`).data as Record<string, { name?: unknown }> | undefined) : undefined;
    return new Map(Object.entries(data ?? {}).map(([id, v]) => [id, typeof v?.name === 'string' ? v.name : id]));
  };
  const tools = names(tree.tools);
  const categories = names(tree.categories);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // In batches: all at once, every document would wait in the pipe to Pagefind's process at the same time.
  const added = [];
  for (let i = 0; i < tree.errors.length; i += BATCH) {
    added.push(
      ...(await Promise.all(
        tree.errors.slice(i, i + BATCH).map((file) => {
          const { data, body } = splitFrontmatter(file.text) as { data?: Record<string, unknown>; body: string };
          return index.addHTMLFile({ url: `/errors/${slugOf(file.path)}/`, content: searchDocument(data ?? {}, body, tools, categories) });
        }),
      )),
    );
  }
  const failed = added.flatMap((a) => a.errors);
  if (failed.length) throw new Error(`Pagefind could not index the content: ${failed.slice(0, 5).join('; ')}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  return { pages: added.length, ms: Date.now() - started };
}

const BATCH = 200;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** The document Pagefind indexes for one page: its searchable text in plain blocks. */
export function searchDocument(data: Record<string, unknown>, body: string, tools: Map<string, string>, categories: Map<string, string>): string {
  const p = (text: string) => (text.trim() ? `<p>${escape(inline(text))}</p>` : '');
  const list = <T,>(key: string) => (Array.isArray(data[key]) ? (data[key] as T[]) : []);
  const tool = tools.get(str(data['tool'])) ?? str(data['tool']);
  const category = categories.get(str(data['category'])) ?? str(data['category']);
  return [
    '<html lang="en"><body><main data-pagefind-body>',
    `<h1>${escape(str(data['title']))}</h1>`,
    `<p data-pagefind-filter="tool">${escape(tool)}</p>`,
    `<p data-pagefind-filter="category">${escape(category)}</p>`,
    `<pre data-pagefind-weight="8">${escape(str(data['signature']))}</pre>`,
    p(str(data['quickFix'])),
    markdownBlocks(body),
    ...list<{ q?: unknown }>('faq').map((f) => p(str(f?.q))),
    ...list<{ title?: unknown }>('sources').map((s) => p(str(s?.title))),
    '</main></body></html>',
  ].join('\n');
}

/**
 * Inline Markdown as the reader sees it: link text, code without backticks, no
 * bold marks or tags. In the body (`smart`), Markdown's typography turns an
 * apostrophe inside a word into a typographic one outside code, as the page shows it.
 */
function inline(text: string, smart = false): string {
  const typographic = (prose: string) => (smart ? prose.replace(/(?<=\p{L})'(?=\p{L})/gu, '\u2019') : prose);
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .split(/(`+[^`]*`+)/g)
    .map((part, i) => (i % 2 === 1 ? part.replace(/^`+|`+$/g, '') : typographic(part).replace(/\*\*/g, '')))
    .join('')
    // Components and a few inline tags; `<PID>`-style placeholders in text stay.
    .replace(/<\/?(?:[A-Z][a-z][\w.]*|br|kbd|sub|sup|span|em|strong|b|i)(?:\s[^>]*)?\/?>/g, ' ');
}

/** An MDX body as blocks of text: headings, paragraphs, list items and code, without components. */
export function markdownBlocks(body: string): string {
  const out: string[] = [];
  let para: string[] = [];
  let fence: { marker: string; lines: string[] } | undefined;
  const flush = () => {
    const text = para.join(' ').trim();
    if (text) out.push(`<p>${escape(inline(text, true))}</p>`);
    para = [];
  };
  for (const line of body.split('\n')) {
    if (fence) {
      if (line.trim().startsWith(fence.marker)) {
        out.push(`<pre>${escape(fence.lines.join('\n'))}</pre>`);
        fence = undefined;
      } else fence.lines.push(line.replace(/^ {0,3}/, ''));
      continue;
    }
    const open = /^\s*(`{3,}|~{3,})/.exec(line);
    if (open) {
      flush();
      fence = { marker: open[1]!, lines: [] };
      continue;
    }
    const heading = /^\s{0,3}(#{1,6})\s+(.*)$/.exec(line);
    if (heading) {
      flush();
      out.push(`<h${heading[1]!.length}>${escape(inline(heading[2]!, true))}</h${heading[1]!.length}>`);
    } else if (!line.trim() || /^\s*<\/?[A-Z][\w.]*(?:\s[^>]*)?\/?>\s*$/.test(line)) flush(); // blank line, or a component's own line
    else if (/^\s*(?:[-*+]|\d+[.)])\s+/.test(line)) {
      flush();
      para.push(line.replace(/^\s*(?:[-*+]|\d+[.)])\s+/, ''));
    } else para.push(line.trim());
  }
  if (fence) out.push(`<pre>${escape(fence.lines.join('\n'))}</pre>`);
  flush();
  return out.join('\n');
}
