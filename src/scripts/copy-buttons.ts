import { copyText } from '../lib/code-blocks.ts';

// Every copy button on the page (code blocks and the error signature) shares
// one live region, so a screen reader hears "Copied" once per click. The
// buttons ship hidden: without scripts there is nothing they could do.
const status = document.querySelector<HTMLElement>('[data-copy-status]');
const resets = new WeakMap<HTMLButtonElement, ReturnType<typeof setTimeout>>();

function announce(message: string) {
  if (!status) return;
  // Clear first, so copying twice in a row is announced twice.
  status.textContent = '';
  requestAnimationFrame(() => (status.textContent = message));
}

async function copy(button: HTMLButtonElement, block: HTMLElement, source: HTMLElement) {
  const text = copyText(source.textContent ?? '', block.dataset['copyMode']);
  let ok = true;
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // No clipboard API (plain http, old browser): select the block so Ctrl+C works.
    const range = document.createRange();
    range.selectNodeContents(source);
    getSelection()?.removeAllRanges();
    getSelection()?.addRange(range);
    ok = document.execCommand('copy');
  }
  button.textContent = ok ? 'Copied' : 'Press Ctrl+C';
  button.dataset['state'] = ok ? 'copied' : 'failed';
  announce(ok ? 'Copied' : 'Copy failed: the text is selected, press Ctrl+C');
  clearTimeout(resets.get(button));
  resets.set(
    button,
    setTimeout(() => {
      button.textContent = 'Copy';
      delete button.dataset['state'];
    }, 2000),
  );
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const block = button.closest<HTMLElement>('[data-copy-block], .code-block');
  const source = block?.querySelector<HTMLElement>('pre');
  if (!block || !source) continue;
  button.hidden = false;
  button.addEventListener('click', () => void copy(button, block, source));
}
