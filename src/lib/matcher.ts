/**
 * The signature matcher: ranks error pages for a pasted error. Pure (no DOM,
 * no Node APIs) so the site and the CLI run the same code. Matching is
 * token-based: each page's signature and extra forms are tokenized once, each
 * token is weighted by how rare it is across pages, and a form scores by how
 * much of its weight the paste covers, so the most specific form wins.
 */
import { cleanLines, ERROR_LINE, tokenize, tokenizeLine, tokenizePattern, type Token } from './normalize.ts';

/** What the matcher needs from a page. */
export interface MatchPage {
  slug: string;
  title: string;
  signature: string;
  patterns: readonly string[];
}

/** A form ready for scoring: its tokens with their weights (rarity baked in). */
export interface IndexedForm {
  /** Index of the page in `pages`. */
  page: number;
  /** The form's text as the author wrote it. */
  text: string;
  /** Distinct tokens and their weights. */
  weights: Record<string, number>;
  /** Sum of the weights. */
  total: number;
}

/** A matcher index: pages, their forms, and for each token the forms that hold it. */
export interface MatcherIndex {
  pages: { slug: string; title: string }[];
  forms: IndexedForm[];
  /** token -> ids of the forms that hold it; empty for tokens too common to narrow anything down. */
  postings: Map<string, number[]>;
}

/** Tokens held by more forms than this (or by over a fifth of them) find no candidates: they are noise. */
export const MAX_POSTINGS = 2000;
/** How many candidate forms are scored in full for one query. */
export const CANDIDATES = 30;

/** One ranked result. */
export interface MatchResult {
  slug: string;
  title: string;
  /** 0 to 1: how much of the best form's weight the paste covered. */
  score: number;
  /** The author's form that matched best. */
  form: string;
  /** The line of the paste that matched it best, as pasted (without colour codes). */
  matched: string;
}

const TITLE_FACTOR = 0.6; // a title is a weaker hint than the error text itself
const SOFT_FACTOR = 0.5; // words inside paths and quotes say less than the message around them
const PLACEHOLDER_FACTOR = 0.3; // "there was a path here" is a weak hint
const MIN_COVERAGE = 0.3; // a paste must cover this much of a form...
const MIN_PRECISION = 0.6; // ...or a typed phrase must be mostly explained by it
const RELATIVE_FLOOR = 0.12; // results far weaker than the best one are noise

/** Builds the index for a set of pages; weights depend on the whole set. */
export function buildIndex(pages: readonly MatchPage[]): MatcherIndex {
  const raw: { page: number; text: string; tokens: Token[]; factor: number }[] = [];
  pages.forEach((p, page) => {
    raw.push({ page, text: p.signature, tokens: tokenize(p.signature), factor: 1 });
    for (const pattern of p.patterns) raw.push({ page, text: pattern, tokens: tokenizePattern(pattern), factor: 1 });
    raw.push({ page, text: p.title, tokens: tokenize(p.title), factor: TITLE_FACTOR });
  });
  // Document frequency counts pages, not forms, so a page with many forms does not dilute its own words.
  const df = new Map<string, number>();
  const seen = new Set<string>();
  let lastPage = -1;
  for (const f of raw) {
    if (f.page !== lastPage) {
      seen.clear();
      lastPage = f.page;
    }
    for (const t of f.tokens) {
      if (!seen.has(t.t)) {
        seen.add(t.t);
        df.set(t.t, (df.get(t.t) ?? 0) + 1);
      }
    }
  }
  const n = Math.max(1, pages.length);
  const forms = raw.map((f) => {
    const weights: Record<string, number> = {};
    for (const t of f.tokens) {
      const idf = Math.log(1 + n / (df.get(t.t) ?? 1));
      const w = idf * f.factor * (t.soft ? SOFT_FACTOR : 1) * (t.t.startsWith('{') ? PLACEHOLDER_FACTOR : 1);
      weights[t.t] = Math.max(weights[t.t] ?? 0, round(w));
    }
    const total = round(Object.values(weights).reduce((a, b) => a + b, 0));
    return { page: f.page, text: f.text, weights, total };
  });
  const kept = forms.filter((f) => f.total > 0);
  const postings = new Map<string, number[]>();
  kept.forEach((form, id) => {
    for (const token in form.weights) {
      if (token.startsWith('{')) continue; // placeholders say "a path was here", not which error
      let list = postings.get(token);
      if (!list) postings.set(token, (list = []));
      list.push(id);
    }
  });
  const limit = Math.min(MAX_POSTINGS, Math.max(50, Math.ceil(kept.length / 5)));
  for (const [token, list] of postings) if (list.length > limit) postings.set(token, []);
  return { pages: pages.map((p) => ({ slug: p.slug, title: p.title })), forms: kept, postings };
}

/**
 * The forms worth scoring for a query: those sharing its rarer tokens, best
 * first by the summed rarity of what they share. `lookup` gives a token's
 * postings (undefined when no form has it, empty when it is too common).
 */
export function candidates(tokens: readonly string[], lookup: (token: string) => readonly number[] | undefined, formCount: number, limit = CANDIDATES): number[] {
  const score = new Map<number, number>();
  for (const token of tokens) {
    const list = lookup(token);
    if (!list || list.length === 0) continue;
    const w = Math.log(1 + formCount / list.length);
    for (const id of list) score.set(id, (score.get(id) ?? 0) + w);
  }
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .slice(0, limit)
    .map(([id]) => id);
}

/** Tokens of a query, with the lines they came from; soft-only tokens keep `soft`. */
export interface Query {
  lines: string[];
  /** token -> { soft: only seen inside variable parts; lines: where it occurs } */
  tokens: Map<string, { soft: boolean; lines: number[] }>;
}

/** Tokenizes a paste once, for scoring against any number of forms. */
export function prepareQuery(text: string): Query {
  const lines = cleanLines(text);
  const tokens: Query['tokens'] = new Map();
  const buffer: Token[] = [];
  lines.forEach((line, i) => {
    buffer.length = 0;
    tokenizeLine(line, i, buffer);
    for (const t of buffer) {
      const entry = tokens.get(t.t);
      if (!entry) tokens.set(t.t, { soft: t.soft, lines: [i] });
      else {
        entry.soft &&= t.soft;
        if (entry.lines.length < 64 && entry.lines[entry.lines.length - 1] !== i) entry.lines.push(i);
      }
    }
  });
  return { lines, tokens };
}

/** At most this many distinct words of a paste are looked up. */
export const MAX_LOOKUPS = 64;


/**
 * The words of a query worth looking up, at most MAX_LOOKUPS: words from
 * lines that read like an error come first, then the rest in paste order.
 */
export function lookupTokens(query: Query, max = MAX_LOOKUPS): string[] {
  const picked: { t: string; first: number; order: number }[] = [];
  let order = 0;
  for (const [t, q] of query.tokens) {
    if (t.startsWith('{') || q.soft) continue;
    picked.push({ t, first: ERROR_LINE.test(query.lines[q.lines[0]!] ?? '') ? 0 : 1, order: order++ });
  }
  return picked
    .sort((a, b) => a.first - b.first || a.order - b.order)
    .slice(0, max)
    .map((x) => x.t);
}

/** Ranks pages for a paste, best first: finds candidate forms through the postings, then scores them. */
export function match(index: MatcherIndex, text: string, limit = 10): MatchResult[] {
  const query = prepareQuery(text);
  const ids = candidates(lookupTokens(query), (t) => index.postings.get(t), index.forms.length);
  return rank(index.pages, ids.map((id) => index.forms[id]!), query, limit);
}

/** Ranks the given forms (all of them, or the candidates a sharded index fetched) for a prepared query. */
export function rank(pages: MatcherIndex['pages'], forms: readonly IndexedForm[], query: Query, limit = 10): MatchResult[] {
  // How much each query token can say: its largest weight in any form (unknown words say nothing).
  const known = new Map<string, number>();
  for (const form of forms) {
    for (const token in form.weights) {
      if (query.tokens.has(token)) known.set(token, Math.max(known.get(token) ?? 0, form.weights[token]!));
    }
  }
  let queryWeight = 0;
  for (const w of known.values()) queryWeight += w;
  const best = new Map<number, { rank: number; coverage: number; precision: number; form: IndexedForm }>();
  for (const form of forms) {
    let matched = 0;
    let explained = 0;
    for (const token in form.weights) {
      const q = query.tokens.get(token);
      if (!q) continue;
      matched += form.weights[token]! * (q.soft && !token.startsWith('{') ? SOFT_FACTOR + 0.1 : 1);
      explained += known.get(token) ?? 0;
    }
    if (matched === 0) continue;
    const coverage = matched / form.total;
    const precision = queryWeight ? explained / queryWeight : 0;
    // Coverage squared favours forms matched almost whole; times matched weight, the longer (more
    // specific) of two fully matched forms wins; precision breaks ties for short typed phrases.
    const score = matched * coverage * coverage * Math.sqrt(precision);
    const prev = best.get(form.page);
    if (!prev || score > prev.rank) best.set(form.page, { rank: score, coverage, precision, form });
  }
  const ranked = [...best.entries()]
    .filter(([, b]) => b.coverage >= MIN_COVERAGE || b.precision >= MIN_PRECISION)
    .sort((a, b) => b[1].rank - a[1].rank || a[0] - b[0]);
  const floor = (ranked[0]?.[1].rank ?? 0) * RELATIVE_FLOOR;
  return ranked
    .filter(([, b]) => b.rank >= floor)
    .slice(0, Math.max(0, limit))
    .map(([page, b]) => ({
      slug: pages[page]!.slug,
      title: pages[page]!.title,
      score: round(Math.min(1, b.coverage)),
      form: b.form.text,
      matched: bestLine(b.form, query),
    }));
}

/** The pasted line that carries most of a form's weight. */
function bestLine(form: IndexedForm, query: Query): string {
  const perLine = new Map<number, number>();
  for (const token in form.weights) {
    const q = query.tokens.get(token);
    if (!q) continue;
    for (const line of q.lines) perLine.set(line, (perLine.get(line) ?? 0) + form.weights[token]!);
  }
  let bestIndex = -1;
  let bestWeight = 0;
  for (const [line, weight] of perLine) {
    if (weight > bestWeight || (weight === bestWeight && line < bestIndex)) {
      bestIndex = line;
      bestWeight = weight;
    }
  }
  const line = query.lines[bestIndex] ?? '';
  return line.length > 200 ? `${line.slice(0, 197)}...` : line;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
