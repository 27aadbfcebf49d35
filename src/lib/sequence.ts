/**
 * Error lines as sequences, for deciding an `exact` match: a paste holds a
 * page's error line when the line's words appear in it in order, with only
 * variable parts (paths, numbers, names) allowed to differ. Pure; linear in
 * the length of the lines it looks at.
 */
import { PLACEHOLDERS, tokenize, type Token } from './normalize.ts';

/**
 * Literal tokens, `*` (one variable part: a path, number, quoted name...),
 * `*1` (an author's `{name}` or `{id}`: a variable part or one bare word) and
 * `**` (any text, from `{any}`). In a paste's
 * sequence, words found inside a variable part (a path's folders, a quoted
 * name) are marked `~word`: a literal of a form matches them, a `*` skips them.
 */
export type Sequence = string[];

/** What to do with words found inside variable parts: drop them (a signature's), keep them as literals (a pattern's), or mark them (a paste's). */
type SoftWords = 'drop' | 'literal' | 'mark';

const MAX_ITEMS = 4000; // a real error line is far shorter; this bounds the work on a megabyte line
const MAX_SPAN = 40;

// Numbers are variable parts, except HTTP statuses and JSON-RPC codes, which name the error.
const CODE_NUMBER = /^#(?:[45]\d\d|32\d{3})$/;

/** The sequence of some tokens: soft words dropped, placeholders as `*`, plain numbers dropped. */
export function sequenceOf(tokens: readonly Token[], soft: SoftWords = 'drop'): Sequence {
  const out: Sequence = [];
  for (const t of tokens) {
    if (out.length >= MAX_ITEMS) break;
    if (t.soft) {
      if (soft !== 'drop') out.push(soft === 'mark' ? `~${t.t}` : t.t);
    } else if (t.t.startsWith('{')) {
      if (out[out.length - 1] !== '*') out.push('*');
    } else if (t.t.startsWith('#')) {
      if (CODE_NUMBER.test(t.t)) out.push(t.t);
    } else out.push(t.t);
  }
  return out;
}

// A severity word that opens an error line is a logger's choice, like its prefix ("Error:", "ConnectionRefusedError:").
const SEVERITY = new Set(['error', 'fatal', 'warn', 'warning', 'uncaught', 'err']);

/** A form's sequence without the severity words that open it. */
export function trimSeverity(seq: Sequence): Sequence {
  let i = 0;
  while (i < seq.length - 2 && SEVERITY.has(seq[i]!)) i++;
  return i ? seq.slice(i) : seq;
}

/** An author's pattern as a sequence: `{any}` becomes `**`, other placeholders `*`. */
export function patternSequence(pattern: string): Sequence {
  const out: Sequence = [];
  for (const piece of pattern.split(/(\{[a-z]+\})/)) {
    const m = /^\{([a-z]+)\}$/.exec(piece);
    if (m && (PLACEHOLDERS as readonly string[]).includes(m[1]!)) {
      // A name or id the author marked may be printed bare ("TypeError: Foo is not a constructor"): one word can fill it.
      const item = m[1] === 'any' ? '**' : m[1] === 'name' || m[1] === 'id' ? '*1' : '*';
      if (out[out.length - 1] !== item) out.push(item);
    } else out.push(...sequenceOf(tokenize(piece), 'literal')); // the author wrote these words: all of them count
  }
  return trimSeverity(out);
}

/** True when `seq` occurs in `p`, literals in order and contiguous, wildcards spanning what they may. */
export function occursIn(seq: Sequence, p: Sequence): boolean {
  let cur = new Uint8Array(p.length + 1).fill(1);
  for (const item of seq) {
    const next = new Uint8Array(p.length + 1);
    let any = false;
    if (item === '**') {
      let on = false;
      for (let j = 0; j <= p.length; j++) {
        if (cur[j]) on = true;
        if (on) next[j] = 1;
      }
      any = on;
    } else if (item === '*') {
      // A variable part of the form meets a variable part of the paste: a placeholder and the words inside it.
      for (let j = 0; j < p.length; j++) {
        if (!cur[j]) continue;
        for (let k = j; k < p.length && k - j < MAX_SPAN && (p[k] === '*' || p[k]!.startsWith('~')); k++) {
          next[k + 1] = 1;
          any = true;
        }
      }
    } else if (item === '*1') {
      for (let j = 0; j < p.length; j++) {
        if (!cur[j]) continue;
        if (!p[j]!.startsWith('*') && !p[j]!.startsWith('~')) {
          next[j + 1] = 1; // one bare word
          any = true;
        }
        for (let k = j; k < p.length && k - j < MAX_SPAN && (p[k] === '*' || p[k]!.startsWith('~')); k++) {
          next[k + 1] = 1;
          any = true;
        }
      }
    } else {
      const marked = `~${item}`;
      for (let j = 0; j < p.length; j++) {
        if (cur[j] && (p[j] === item || p[j] === marked)) {
          next[j + 1] = 1;
          any = true;
        }
      }
    }
    if (!any) return false;
    cur = next;
  }
  return true;
}

/** What `findSequence` needs of a prepared query. */
interface QueryLines {
  lines: readonly string[];
  tokens: ReadonlyMap<string, { soft: boolean; lines: readonly number[] }>;
}

/**
 * The index of the pasted line that holds `seq` (alone, or run on into the
 * next line, as a terminal wraps it), or -1. `cache` keeps each line's
 * sequence for the other forms of the same query.
 */
export function findSequence(seq: Sequence, query: QueryLines, cache: Map<number, Sequence>): number {
  const first = seq.find((s) => !s.startsWith('*'));
  if (first === undefined) return -1;
  const lineSeq = (i: number): Sequence => {
    let s = cache.get(i);
    if (!s) cache.set(i, (s = i < query.lines.length ? sequenceOf(tokenize(query.lines[i]!), 'mark') : []));
    return s;
  };
  const lines = query.tokens.get(first)?.lines ?? [];
  for (const i of lines) if (occursIn(seq, lineSeq(i))) return i;
  for (const i of lines) if (i + 1 < query.lines.length && occursIn(seq, [...lineSeq(i), ...lineSeq(i + 1)])) return i;
  return -1;
}
