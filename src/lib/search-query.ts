import { errorLine, tokenize } from './normalize.ts';

const MAX_WORDS = 8;

/**
 * The words to send to full-text search. A few typed words go as they are; a
 * long paste is cut down to the plain words of its first error-looking line,
 * because Pagefind requires every word to be on a page and a paste's paths,
 * ids and numbers are on none.
 */
export function pagefindQuery(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.includes('\n') && trimmed.split(/\s+/).length <= 12 && trimmed.length <= 120) return trimmed;
  const words = tokenize(errorLine(trimmed))
    .filter((t) => !t.soft && /^[a-z][a-z0-9_]*$/.test(t.t))
    .map((t) => t.t);
  return [...new Set(words)].slice(0, MAX_WORDS).join(' ');
}
