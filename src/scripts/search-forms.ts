// Sends every search form on the site to /search/#q=...: the fragment never
// reaches a server, so a pasted log (and any secret in it) stays in the browser.
// Without JavaScript the forms still work, through ?q=.
import { redactSecrets } from '../lib/redact.ts';

const base = import.meta.env.BASE_URL.replace(/\/$/, '');

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-form]')) {
  if (form.dataset['searchForm'] === 'local') continue; // the search page handles its own form
  const box = form.querySelector<HTMLInputElement | HTMLTextAreaElement>('[name="q"]');
  if (!box) continue;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    location.assign(`${base}/search/#${new URLSearchParams({ q: redactSecrets(box.value) })}`);
  });
  if (box instanceof HTMLTextAreaElement) {
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) form.requestSubmit();
    });
  }
}
