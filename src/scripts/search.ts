// The search page: reads the query from #q= (kept out of server logs) or ?q=,
// runs it on load and lists results best first: signature matches for the
// paste, then Pagefind's full-text results, without duplicates. Everything is
// rendered with DOM text APIs: no query or index text is parsed as markup.
import { redactSecrets } from '../lib/redact.ts';
import { pagefindQuery } from '../lib/search-query.ts';
import { matchSignatures } from './signature-search.ts';

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number; noWorker?: boolean }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = `${base}/pagefind/pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (p) => {
    // No web worker: it would download Pagefind's code a second time for one search.
    await p.options({ baseUrl: `${base}/`, excerptLength: 24, noWorker: true });
    return p;
  });
  return pagefind;
}

/** The query from the URL: the fragment wins over the query string. */
export function queryFromLocation(loc: Location): string {
  const fromHash = new URLSearchParams(loc.hash.replace(/^#/, '')).get('q');
  return fromHash ?? new URLSearchParams(loc.search).get('q') ?? '';
}

/** Appends Pagefind's excerpt as text, keeping only its <mark> highlights. */
function appendExcerpt(target: HTMLElement, excerpt: string) {
  const decode = (html: string) => new DOMParser().parseFromString(html, 'text/html').documentElement.textContent ?? '';
  excerpt.split(/(<mark>.*?<\/mark>)/g).forEach((part) => {
    const marked = /^<mark>(.*)<\/mark>$/.exec(part);
    if (marked) {
      const mark = document.createElement('mark');
      mark.textContent = decode(marked[1] ?? '');
      target.append(mark);
    } else if (part) target.append(decode(part));
  });
}

let latest = 0;

async function run(query: string) {
  const ticket = ++latest; // only the newest search may write its results
  const list = document.querySelector<HTMLOListElement>('[data-results]')!;
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  list.replaceChildren();
  const text = query.trim();
  if (!text) {
    status.textContent = 'Type a few words or paste an error to search.';
    return;
  }
  status.textContent = 'Searching…';
  // Signature matches first: they need only a few small files, so the best
  // results show before Pagefind (and its WebAssembly) has even loaded.
  const signatures = await matchSignatures(text, 10).catch(() => []);
  if (ticket !== latest) return;
  const shown = new Set<string>();
  for (const hit of signatures) {
    const url = `${base}/errors/${hit.slug}/`;
    shown.add(url);
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.className = 'result-title';
    a.href = url;
    a.textContent = hit.title;
    const matched = document.createElement('span');
    matched.className = 'matched';
    matched.textContent = `Matches: ${hit.form.split('\n')[0]}`;
    li.append(a, matched);
    list.append(li);
  }
  if (signatures.length) status.textContent = `${signatures.length} result${signatures.length === 1 ? '' : 's'}, best first. Looking for more…`;
  const fullText = await searchPagefind(pagefindQuery(text)).catch(() => []);
  if (ticket !== latest) return;
  for (const hit of fullText) {
    if (shown.has(hit.url)) continue;
    shown.add(hit.url);
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.className = 'result-title';
    a.href = hit.url;
    a.textContent = hit.meta.title ?? hit.url;
    const p = document.createElement('p');
    p.className = 'excerpt';
    appendExcerpt(p, hit.excerpt);
    li.append(a, p);
    list.append(li);
  }
  const count = list.children.length;
  status.textContent = count
    ? `${count} result${count === 1 ? '' : 's'}, best first.`
    : 'No page matches this search. Try fewer words, or the main line of the error.';
}

async function searchPagefind(text: string): Promise<PagefindResult[]> {
  if (!text) return [];
  const pf = await loadPagefind();
  const found = await pf.search(text);
  return Promise.all((found?.results ?? []).slice(0, 8).map((r) => r.data()));
}

function init() {
  const box = document.querySelector<HTMLTextAreaElement>('#search-q')!;
  const form = box.form!;
  const show = (raw: string) => {
    const text = redactSecrets(raw);
    // Keep the query in the fragment only: ?q= (from links or no-JS forms) moves there too.
    history.replaceState(null, '', `${location.pathname}#${new URLSearchParams({ q: text })}`);
    box.value = text;
    void run(text);
  };
  show(queryFromLocation(location));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show(box.value);
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
    if (event.key === 'ArrowDown') focusResult(0, event);
  });
  // Arrow keys move between results; Escape goes back to the box.
  document.querySelector('[data-results]')!.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-results] a.result-title')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (e.key === 'ArrowDown') focusResult(Math.min(at + 1, links.length - 1), e);
    else if (e.key === 'ArrowUp') (at <= 0 ? box.focus() : focusResult(at - 1, e), e.preventDefault());
    else if (e.key === 'Escape') box.focus();
  });
  addEventListener('hashchange', () => show(queryFromLocation(location)));
}

function focusResult(index: number, event: KeyboardEvent) {
  const link = document.querySelectorAll<HTMLAnchorElement>('[data-results] a.result-title')[index];
  if (!link) return;
  event.preventDefault();
  link.focus();
}

init();
