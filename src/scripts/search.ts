// The search page: reads the query from #q= (kept out of server logs) or ?q=,
// runs it on load and lists results best first. Everything is rendered with
// DOM text APIs: no query or index text is ever parsed as markup.

interface PagefindResult {
  url: string;
  meta: { title?: string };
  excerpt: string;
}
interface Pagefind {
  options(o: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  search(q: string): Promise<{ results: { data(): Promise<PagefindResult> }[] } | null>;
}

const base = import.meta.env.BASE_URL.replace(/\/$/, '');
let pagefind: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  const url = `${base}/pagefind/pagefind.js`;
  pagefind ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (p) => {
    await p.options({ baseUrl: `${base}/`, excerptLength: 24 });
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

async function run(query: string) {
  const list = document.querySelector<HTMLOListElement>('[data-results]')!;
  const status = document.querySelector<HTMLElement>('[data-status]')!;
  list.replaceChildren();
  const text = query.trim();
  if (!text) {
    status.textContent = 'Type a few words or paste an error to search.';
    return;
  }
  status.textContent = 'Searching…';
  const pf = await loadPagefind();
  const found = await pf.search(text);
  const hits = await Promise.all((found?.results ?? []).slice(0, 10).map((r) => r.data()));
  for (const hit of hits) {
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
  status.textContent = hits.length
    ? `${hits.length} result${hits.length === 1 ? '' : 's'}, best first.`
    : 'No page matches this search. Try fewer words, or the main line of the error.';
}

function init() {
  const box = document.querySelector<HTMLTextAreaElement>('#search-q')!;
  const form = box.form!;
  const start = queryFromLocation(location);
  box.value = start;
  void run(start);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    // The fragment never reaches a server, so a pasted log stays on this machine.
    history.replaceState(null, '', `${location.pathname}#${new URLSearchParams({ q: box.value })}`);
    void run(box.value);
  });
  box.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
  });
  addEventListener('hashchange', () => {
    box.value = queryFromLocation(location);
    void run(box.value);
  });
}

init();
