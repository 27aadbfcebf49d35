// The search page: reads the query from #q= (kept out of server logs) or ?q=,
// redacts it, runs it on load and shows what Errata knows: "This error" (exact
// or likely matches, with the line that matched), or plainly that no page
// exists yet; then "Related pages" (weaker matches and full-text hits, never
// labelled as matches). Everything is rendered with DOM text APIs: no query or
// index text is parsed as markup.
import { requestPageLink } from '../lib/edit-links.ts';
import { CUT_NOTICE, limitInput } from '../lib/input.ts';
import type { MatchResult } from '../lib/matcher.ts';
import { errorLine } from '../lib/normalize.ts';
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
  pagefind.catch(() => (pagefind = undefined)); // a failed load is tried again on the next search
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

const $ = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector)!;
const group = (name: 'answer' | 'none' | 'related') => $<HTMLElement>(`[data-group="${name}"]`);
const listOf = (name: 'answer' | 'related') => group(name).querySelector<HTMLOListElement>('ol')!;

const LEVEL_LABEL: Record<MatchResult['match'], string> = { exact: 'Exact match', likely: 'Likely match', related: 'Related' };

/** One result: a link to the page, its level, and the line of the paste it matched. */
function resultItem(url: string, title: string, level: MatchResult['match'] | 'text'): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset['match'] = level;
  const a = document.createElement('a');
  a.className = 'result-title';
  a.href = url;
  a.textContent = title;
  li.append(a);
  if (level === 'exact' || level === 'likely') {
    const badge = document.createElement('span');
    badge.className = `match-level match-${level}`;
    badge.textContent = LEVEL_LABEL[level];
    li.append(' ', badge);
  }
  return li;
}

function appendMatched(li: HTMLLIElement, hit: MatchResult) {
  if (!hit.matched) return;
  const p = document.createElement('p');
  p.className = 'matched';
  const label = document.createElement('span');
  label.textContent = hit.match === 'related' ? 'Shares words with: ' : 'Matched line: ';
  const code = document.createElement('code');
  code.textContent = hit.matched;
  p.append(label, code);
  li.append(p);
}

let latest = 0;

async function run(text: string) {
  const ticket = ++latest; // only the newest search may write its results
  const status = $<HTMLElement>('[data-status]');
  for (const name of ['answer', 'none', 'related'] as const) group(name).hidden = true;
  $<HTMLElement>('[data-more]').hidden = true;
  delete status.dataset['run'];
  listOf('answer').replaceChildren();
  listOf('related').replaceChildren();
  if (!text.trim()) {
    status.textContent = 'Type a few words or paste an error to search.';
    return;
  }
  status.textContent = 'Searching…';
  // Signature matches first: they need only a few small files, so the answer
  // shows before Pagefind (and its WebAssembly) has even loaded.
  let signatures: MatchResult[] = [];
  // Whether the query is a few typed words (the matcher says); if the matcher cannot load, full text runs at once anyway.
  let described = false;
  try {
    ({ hits: signatures, described } = await matchSignatures(text, 10));
  } catch (error) {
    console.error('Errata search: the signature index could not be read', error);
  }
  if (ticket !== latest) return;
  const shown = new Set<string>();
  const sure = signatures.filter((h) => h.match !== 'related');
  for (const hit of signatures) {
    const url = `${base}/errors/${hit.slug}/`;
    shown.add(url);
    const li = resultItem(url, hit.title, hit.match);
    appendMatched(li, hit);
    listOf(hit.match === 'related' ? 'related' : 'answer').append(li);
  }
  group('answer').hidden = sure.length === 0;
  group('related').hidden = signatures.length === sure.length;
  if (!sure.length) showNoPage(text);
  // Full-text results (Pagefind) add related pages. They load by themselves only
  // when the matcher has nothing confident for a pasted error, or nothing at all
  // for a few typed words; otherwise they wait for the button, so an answer the
  // matcher already has costs no more than its few small files.
  const more = $<HTMLElement>('[data-more]');
  more.hidden = true;
  if (!sure.length && (!described || signatures.length === 0)) {
    status.textContent = 'Looking for related pages…';
    await addFullText(text, ticket, shown);
    if (ticket !== latest) return;
  } else {
    more.hidden = false;
    const button = more.querySelector('button')!;
    button.disabled = false;
    button.onclick = async () => {
      button.disabled = true;
      status.textContent = 'Searching the text of every page…';
      delete status.dataset['run'];
      const before = listOf('related').children.length;
      await addFullText(text, ticket, shown);
      if (ticket !== latest) return;
      more.hidden = true;
      report(status, ticket, sure.length);
      // The button is gone: keyboard users go on from the first page it added (or the box, if none).
      const added = listOf('related').children[before]?.querySelector<HTMLAnchorElement>('a.result-title');
      (added ?? $<HTMLTextAreaElement>('#search-q')).focus();
    };
  }
  report(status, ticket, sure.length);
}

/** Adds Pagefind's full-text hits to "Related pages", after any page already shown. */
async function addFullText(text: string, ticket: number, shown: Set<string>) {
  let fullText: PagefindResult[] = [];
  try {
    fullText = await searchPagefind(pagefindQuery(text));
  } catch (error) {
    console.error('Errata search: full-text search failed', error);
  }
  if (ticket !== latest) return;
  for (const hit of fullText) {
    if (shown.has(hit.url)) continue;
    shown.add(hit.url);
    const li = resultItem(hit.url, hit.meta.title ?? hit.url, 'text');
    const p = document.createElement('p');
    p.className = 'excerpt';
    appendExcerpt(p, hit.excerpt);
    li.append(p);
    listOf('related').append(li);
  }
  if (listOf('related').children.length) group('related').hidden = false;
}

/** The status line once search number `ticket` has shown all it will show. */
function report(status: HTMLElement, ticket: number, sure: number) {
  status.dataset['run'] = String(ticket); // tests and tools read this: the results of search number `ticket` are complete
  const related = listOf('related').children.length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  status.textContent = sure
    ? `${plural(sure, 'page')} for this error${related ? `, and ${plural(related, 'related page')}` : ''}.`
    : related
      ? `No page for this error yet; ${plural(related, 'related page')}.`
      : 'No page for this error yet, and no related pages.';
}

/** The "no page yet" block: the detected error line and how to ask for a page. */
function showNoPage(text: string) {
  const none = group('none');
  const line = errorLine(text);
  $<HTMLElement>('[data-error-line]').textContent = line;
  const short = !text.trim().includes('\n') && text.trim().split(/\s+/).length <= 12;
  $<HTMLElement>('[data-none-title]').textContent = short ? 'Errata has no page that clearly matches this yet' : 'Errata has no page for this error yet';
  const request = none.querySelector<HTMLAnchorElement>('[data-request]');
  if (request?.dataset['repo']) request.href = requestPageLink(request.dataset['repo'], line);
  none.hidden = false;
}

async function searchPagefind(text: string): Promise<PagefindResult[]> {
  if (!text) return [];
  const pf = await loadPagefind();
  const found = await pf.search(text);
  return Promise.all((found?.results ?? []).slice(0, 8).map((r) => r.data()));
}

function init() {
  const box = $<HTMLTextAreaElement>('#search-q');
  const form = box.form!;
  const cutNotice = $<HTMLElement>('[data-cut]');
  const show = (raw: string) => {
    const { text: limited, cut } = limitInput(raw);
    const text = redactSecrets(limited);
    cutNotice.hidden = !cut;
    cutNotice.textContent = cut ? CUT_NOTICE : '';
    // Keep the redacted query in the fragment only: ?q= (from links) moves there too.
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
  document.querySelector('main')!.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    if (e.target === box) return; // the box has its own keys
    const links = resultLinks();
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    if (e.key === 'ArrowDown') focusResult(Math.min(at + 1, links.length - 1), e);
    else if (e.key === 'ArrowUp') (at === 0 ? box.focus() : focusResult(at - 1, e), e.preventDefault());
    else if (e.key === 'Escape') box.focus();
  });
  addEventListener('hashchange', () => show(queryFromLocation(location)));
}

const resultLinks = () => [...document.querySelectorAll<HTMLAnchorElement>('[data-results] a.result-title')].filter((a) => !a.closest('[hidden]'));

function focusResult(index: number, event: KeyboardEvent) {
  const link = resultLinks()[index];
  if (!link) return;
  event.preventDefault();
  link.focus();
}

init();
