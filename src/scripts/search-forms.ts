// Sends every search form on the site to /search/#q=...: the fragment never
// reaches a server, and the text is redacted and cut to the 1 MB limit first,
// so no secret lands in the address bar or the history. The text box has no
// `name`: without JavaScript the form sends nothing, and the search page
// offers A-Z, tools and categories instead.
import { limitInput } from '../lib/input.ts';
import { redactSecrets } from '../lib/redact.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) {
  if (form.dataset['searchForm'] === 'local') continue; // the search page handles its own form
  const box = form.querySelector<HTMLTextAreaElement | HTMLInputElement>('textarea, input[type="search"]');
  if (!box) continue;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.assign(`${base}/search/#${new URLSearchParams({ q: redactSecrets(limitInput(box.value).text) })}`);
  });
  box.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) form.requestSubmit();
  });
}
