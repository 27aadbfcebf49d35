import { errorLine } from './normalize.ts';

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
  // Plain words as written (Pagefind stems them itself), without paths, quoted names and numbers.
  const words = errorLine(trimmed)
    .split(/\s+/)
    .filter((chunk) => !/[/\\'"`]|:\/\//.test(chunk))
    .flatMap((chunk) => chunk.toLowerCase().split(/[^\p{L}\p{N}_]+/u))
    .filter((w) => /^\p{L}[\p{L}\p{N}_]*$/u.test(w));
  return [...new Set(words)].slice(0, MAX_WORDS).join(' ');
}
