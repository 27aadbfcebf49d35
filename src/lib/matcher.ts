/**
 * The signature matcher: ranks error pages for a pasted error or a typed
 * description, and says how sure each result is (see `levels.ts`). Pure (no
 * DOM, no Node APIs) so the site, the CLI, `errata new` and the MCP server run
 * the same code. Each page's signature, patterns, title and `askedAs`
 * phrasings are tokenized once; each token is weighted by how rare it is
 * across pages.
 */
import { decide, isDescription, type FormEvidence, type MatchLevel } from './levels.ts';
import { cleanLines, ERROR_LINE, isBoilerplate, tokenize, tokenizeLine, tokenizePattern, type Token } from './normalize.ts';
import { findSequence, patternSequence, sequenceOf, trimSeverity, type Sequence } from './sequence.ts';

export type { MatchLevel } from './levels.ts';

/** What the matcher needs from a page. */
export interface MatchPage {
  slug: string;
  title: string;
  signature: string;
  patterns: readonly string[];
  /** How people describe the problem (`askedAs`). Default: none. */
  askedAs?: readonly string[];
  /** The page's tool id, so a query that names the tool favours its pages. */
  tool?: string;
}

/** A tool's names as the matcher knows them: id, display name and aliases. */
export interface MatchTool {
  id: string;
  names: readonly string[];
}

/** The kinds of forms: the page's own error text, one line of it, an author's pattern, its title, a described symptom. */
export type FormKind = 'signature' | 'line' | 'pattern' | 'title' | 'asked';

/** A form ready for scoring: its tokens with their weights (rarity baked in). */
export interface IndexedForm {
  /** Index of the page in `pages`. */
  page: number;
  kind: FormKind;
  /** The form's text as the author wrote it. */
  text: string;
  /** Distinct tokens and their weights (a null-prototype object: tokens such as `constructor` are plain keys). */
  weights: Record<string, number>;
  /** Sum of the weights. */
  total: number;
  /** Tokens rare enough across pages to tell one error from another (boilerplate lines excluded). */
  rare: string[];
  /** Error codes the form holds (`eaddrinuse`, `err_require_esm`, `ts2307`, `#429`); a likely match needs them. */
  codes: string[];
  /** The decisive line as a sequence: its presence in a paste makes the match exact. */
  seq?: Sequence;
  /** How many lines the form has. */
  lines: number;
}

/** A matcher index: pages, their forms, and for each token the forms that hold it. */
export interface MatcherIndex {
  pages: { slug: string; title: string; tool: string }[];
  forms: IndexedForm[];
  /** token -> ids of the forms that hold it; empty for tokens too common to narrow anything down. */
  postings: Map<string, number[]>;
  /** Tools by their names' tokens, to favour a tool named in the query. */
  tools: { id: string; names: string[][] }[];
}

/** Tokens held by more forms than this (or by over a fifth of them) find no candidates: they are noise. */
export const MAX_POSTINGS = 2000;
/** How many candidate forms are scored in full for one query: more for a description, whose words are plainer. */
export const CANDIDATES = 40;
/** Candidates when only one query word has a posting list. */
export const ONE_WORD_CANDIDATES = 24;
export const candidateLimit = (query: { description: boolean }) => (query.description ? 80 : CANDIDATES);

/** One ranked result. */
export interface MatchResult {
  slug: string;
  title: string;
  /** 0 to 1, absolute: exact results score 0.9 and up, likely 0.7 to 0.9, related below 0.6. Results are sorted by it. */
  score: number;
  /** How sure the match is: `exact`, `likely` or `related`. */
  match: MatchLevel;
  /** The author's form that matched best. */
  form: string;
  /** The line of the paste that matched it best, as pasted (without colour codes). */
  matched: string;
}

const FACTOR: Record<FormKind, number> = { signature: 1, line: 1, pattern: 1, title: 0.6, asked: 0.8 };
const SOFT_FACTOR = 0.5; // words inside paths and quotes say less than the message around them
const PLACEHOLDER_FACTOR = 0.3; // "there was a path here" is a weak hint
/** A token on at most this share of pages (or 3 pages, if more) is rare enough to tell errors apart. */
const RARE_SHARE = 0.1;

/** Reads an index's rarity threshold: a token found on at most this many pages is rare. */
export const rareLimit = (pageCount: number) => Math.max(3, Math.floor(pageCount * RARE_SHARE));

/**
 * Error codes in raw text: errno names (`EADDRINUSE`), Node's `ERR_` codes,
 * `TS2307`/`E0382`-style codes, SCREAMING_SNAKE names (`CERTIFICATE_VERIFY_FAILED`),
 * API error types (`overloaded_error`, `insufficient_quota`), HTTP 4xx/5xx
 * and JSON-RPC `-32000`. Returned as the tokens the tokenizer makes of them.
 */
export function codesOf(text: string): string[] {
  const out = new Set<string>();
  for (const m of text.matchAll(CODE_IN_TEXT)) {
    const code = m[1]!;
    out.add(/^\d+$/.test(code) ? `#${code}` : (tokenize(code)[0]?.t ?? code.toLowerCase()));
  }
  for (const m of text.matchAll(JSON_RPC_CODE)) out.add(`#${m[1]!}`);
  return [...out];
}
const CODE_IN_TEXT = /(?<![\w-])((?!ERROR\b|EXPECTED\b|EXCEPTION\b)E[A-Z]{4,}|ERR_[A-Z0-9_]+|[A-Z]{1,4}\d{3,5}|[A-Z][A-Z0-9]+(?:_[A-Z0-9]+){1,5}|[a-z]+(?:_[a-z]+)*_(?:error|exceeded|quota|exhausted|failed|denied|found)|[45]\d\d)(?![\w-])/g;
const JSON_RPC_CODE = /-(32\d{3})(?!\d)/g;

// Codes that name one error for certain (everything codesOf finds but plain HTTP statuses).
const STRONG_CODE = /^(?!#[45]\d\d$)/;

/** Builds the index for a set of pages; weights depend on the whole set. */
export function buildIndex(pages: readonly MatchPage[], tools: readonly MatchTool[] = []): MatcherIndex {
  interface Raw {
    page: number;
    kind: FormKind;
    text: string;
    tokens: Token[];
    boiler: Set<string>;
    seq?: Sequence;
  }
  const raw: Raw[] = [];
  pages.forEach((p, page) => {
    const sig = signatureParts(p.signature);
    raw.push({ page, kind: 'signature', text: p.signature, tokens: tokenize(p.signature), boiler: sig.boiler, ...(sig.seq ? { seq: sig.seq } : {}) });
    // Each statement line of a multi-line signature is a form too: a paste often shows only one of them.
    if (sig.lines.length > 1) for (const line of sig.lines.slice(0, MAX_SIGNATURE_LINES)) raw.push({ page, kind: 'line', text: line, tokens: tokenize(line), boiler: new Set() });
    for (const pattern of p.patterns) {
      const seq = patternSequence(pattern);
      raw.push({ page, kind: 'pattern', text: pattern, tokens: tokenizePattern(pattern), boiler: new Set(), ...(seq.some((s) => s.length > 2 && !s.startsWith('*')) ? { seq } : {}) });
    }
    raw.push({ page, kind: 'title', text: p.title, tokens: tokenize(p.title), boiler: new Set() });
    for (const phrase of p.askedAs ?? []) raw.push({ page, kind: 'asked', text: phrase, tokens: tokenize(phrase), boiler: new Set() });
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
  const rareMax = rareLimit(n);
  const forms: IndexedForm[] = raw.map((f) => {
    const weights: Record<string, number> = Object.create(null);
    const rare = new Set<string>();
    for (const t of f.tokens) {
      const count = df.get(t.t) ?? 1;
      const idf = Math.log(1 + n / count);
      const placeholder = t.t.startsWith('{');
      const w = idf * FACTOR[f.kind] * (t.soft ? SOFT_FACTOR : 1) * (placeholder ? PLACEHOLDER_FACTOR : 1);
      weights[t.t] = Math.max(weights[t.t] ?? 0, round(w));
      // Small literal numbers (`1`, `997`) are rarely what an error is; HTTP and JSON-RPC codes are.
      const number = t.t.startsWith('#') && !/^#(?:[45]\d\d|32\d{3})$/.test(t.t);
      // A pattern's words are all the author's, even inside a path or quotes: they count.
      const literal = !t.soft || (f.kind === 'pattern' && !t.url);
      if (!placeholder && !number && literal && count <= rareMax && !f.boiler.has(t.t)) rare.add(t.t);
    }
    let total = 0;
    for (const k in weights) total += weights[k]!;
    const form: IndexedForm = { page: f.page, kind: f.kind, text: f.text, weights, total: round(total), rare: [...rare], codes: f.kind === 'title' || f.kind === 'asked' ? [] : codesOf(f.text), lines: f.text.split('\n').length };
    if (f.seq) form.seq = f.seq;
    return form;
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
  for (const [token, list] of postings) {
    if (list.length > limit) postings.set(token, []);
    // The forms the word weighs most in come first (ties by id): a one-word search needs only the head.
    else list.sort((a, b) => share(kept[b]!, token) - share(kept[a]!, token) || a - b);
  }
  return {
    pages: pages.map((p) => ({ slug: p.slug, title: p.title, tool: p.tool ?? '' })),
    forms: kept,
    postings,
    tools: tools.map((t) => ({ id: t.id, names: [...new Set([t.id, ...t.names])].map((name) => tokenize(name).map((x) => x.t)).filter((x) => x.length > 0) })),
  };
}

/** How much of a form's weight one of its tokens carries. */
const share = (form: IndexedForm, token: string) => (form.total > 0 ? (form.weights[token] ?? 0) / form.total : 0);

const MAX_SIGNATURE_LINES = 6;

/** A signature's decisive line as a sequence, its statement lines, and the tokens found only on its boilerplate lines. */
function signatureParts(signature: string): { seq?: Sequence; boiler: Set<string>; lines: string[] } {
  const lines = cleanLines(signature).filter(Boolean);
  const statements = lines.filter((l) => !isBoilerplate(l));
  const decisive = lines.find((l) => !isBoilerplate(l) && ERROR_LINE.test(l)) ?? lines.find((l) => !isBoilerplate(l));
  const inBoiler = new Set<string>();
  const inOther = new Set<string>();
  for (const line of lines) for (const t of tokenize(line)) (isBoilerplate(line) ? inBoiler : inOther).add(t.t);
  for (const t of inOther) inBoiler.delete(t);
  if (!decisive) return { boiler: inBoiler, lines: statements };
  const seq = trimSeverity(sequenceOf(tokenize(decisive)));
  return seq.filter((s) => !s.startsWith('*')).length >= 2 ? { seq, boiler: inBoiler, lines: statements } : { boiler: inBoiler, lines: statements };
}

/**
 * The forms worth scoring for a query: those sharing its rarer tokens, best
 * first by the summed rarity of what they share. `lookup` gives a token's
 * postings (undefined when no form has it, empty when it is too common).
 */
export function candidates(tokens: readonly string[], lookup: (token: string) => readonly number[] | undefined, formCount: number, limit = CANDIDATES): number[] {
  const score = new Map<number, number>();
  // How early the form comes in any of its lists: lists put the forms a word weighs most in first.
  const place = new Map<number, number>();
  let lists = 0;
  for (const token of tokens) {
    const list = lookup(token);
    if (!Array.isArray(list) || list.length === 0) continue;
    lists++;
    const w = Math.log(1 + formCount / list.length);
    list.forEach((id, i) => {
      score.set(id, (score.get(id) ?? 0) + w);
      const at = i / list.length;
      if (at < (place.get(id) ?? 1)) place.set(id, at);
    });
  }
  // One word to go on ranks its forms by how much the word weighs in them, which the
  // list order already says: the first few hold the best ten pages.
  const max = lists === 1 ? Math.min(limit, ONE_WORD_CANDIDATES) : limit;
  return [...score.entries()]
    .sort((a, b) => b[1] - a[1] || place.get(a[0])! - place.get(b[0])! || a[0] - b[0])
    .slice(0, max)
    .map(([id]) => id);
}

/** Tokens of a query, with the lines they came from; soft-only tokens keep `soft`. */
export interface Query {
  lines: string[];
  /** token -> { soft: only seen inside variable parts; lines: where it occurs } */
  tokens: Map<string, { soft: boolean; lines: number[] }>;
  /** One short line: a person describing a problem (or a typed error line). */
  description: boolean;
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
  return { lines, tokens, description: isDescription(lines) };
}

/** At most this many distinct words of a paste are looked up. */
export const MAX_LOOKUPS = 64;

/**
 * The words of a query worth looking up, at most MAX_LOOKUPS, chosen by the
 * evidence that they belong to the error rather than by position: words on
 * lines that read like an error come first, stack frames and boilerplate
 * last, and among equals, words seen on fewer lines (log noise repeats).
 */
export function lookupTokens(query: Query, max = MAX_LOOKUPS): string[] {
  const lineRank = new Map<number, number>();
  const rankOf = (i: number) => {
    let r = lineRank.get(i);
    if (r === undefined) {
      const line = query.lines[i] ?? '';
      r = /^(?:at |File "|\^)/.test(line) || isBoilerplate(line) ? 2 : ERROR_LINE.test(line) ? 0 : 1;
      lineRank.set(i, r);
    }
    return r;
  };
  const picked: { t: string; rank: number; spread: number; order: number }[] = [];
  let order = 0;
  for (const [t, q] of query.tokens) {
    if (t.startsWith('{') || q.soft) continue;
    let best = 2;
    for (const i of q.lines) best = Math.min(best, rankOf(i));
    picked.push({ t, rank: best, spread: q.lines.length, order: order++ });
  }
  return picked
    .sort((a, b) => a.rank - b.rank || a.spread - b.spread || a.order - b.order)
    .slice(0, max)
    .map((x) => x.t);
}

/** Ranks pages for a paste, best first: finds candidate forms through the postings, then scores them. */
export function match(index: MatcherIndex, text: string, limit = 10): MatchResult[] {
  const query = prepareQuery(text);
  const ids = candidates(lookupTokens(query), (t) => index.postings.get(t), index.forms.length, candidateLimit(query));
  return rank(index.pages, ids.map((id) => index.forms[id]!), query, limit, toolsNamed(index.tools, query));
}

/** The ids of the tools a query names (all the words of one of a tool's names). */
export function toolsNamed(tools: MatcherIndex['tools'], query: Query): Set<string> {
  const named = new Set<string>();
  for (const tool of tools) {
    if (tool.names.some((name) => name.every((t) => query.tokens.get(t)?.soft === false))) named.add(tool.id);
  }
  return named;
}

/** Ranks the given forms (all of them, or the candidates a sharded index fetched) for a prepared query. */
export function rank(pages: MatcherIndex['pages'], forms: readonly IndexedForm[], query: Query, limit = 10, named: ReadonlySet<string> = new Set()): MatchResult[] {
  // How much each query token can say: its largest weight in any form (unknown words say nothing).
  const known = new Map<string, number>();
  for (const form of forms) {
    for (const token in form.weights) {
      if (query.tokens.has(token)) known.set(token, Math.max(known.get(token) ?? 0, form.weights[token]!));
    }
  }
  let queryWeight = 0;
  for (const w of known.values()) queryWeight += w;
  const lineCache = new Map<number, string[]>();
  const best = new Map<number, { score: number; level: MatchLevel; form: IndexedForm; line: number }>();
  // Context: the page's rare words (from all its forms) found in the query. Two pages whose error
  // line both match (the same certificate error in npm and in Copilot) are told apart by the rest.
  const context = new Map<number, Map<string, number>>();
  const explainedBy = new Map<number, Set<string>>();
  for (const form of forms) {
    let matched = 0;
    let explained = 0;
    for (const token in form.weights) {
      const w = form.weights[token]!;
      const q = query.tokens.get(token);
      if (!q) continue;
      matched += w * (q.soft && !token.startsWith('{') ? SOFT_FACTOR + 0.1 : 1);
      explained += known.get(token) ?? 0;
    }
    if (matched === 0) continue;
    const rare = rareWindow(form, query);
    let rareTotal = 0;
    for (const token of form.rare) rareTotal += form.weights[token] ?? 0;
    const evidence: FormEvidence = {
      kind: form.kind,
      coverage: Math.min(1, matched / form.total),
      precision: queryWeight ? Math.min(1, explained / queryWeight) : 0,
      rareCoverage: rareTotal ? rare.weight / rareTotal : 0,
      rareCount: rare.count,
      rareWeight: rare.weight,
      // A code counts even inside quotes ('code': 'model_not_found'): JSON quotes its codes.
      codesPresent: form.codes.some((c) => query.tokens.has(c)),
      strongCodePresent: form.codes.some((c) => STRONG_CODE.test(c) && query.tokens.has(c)),
      hasCodes: form.codes.length > 0,
      otherCode: rare.count > 0 && otherCodeNear(form, query, rare.from, rare.to),
      exactLine: form.seq ? findSequence(form.seq, query, lineCache) : -1,
      linePrecision: linePrecision(form, query),
      toolNamed: named.has(pages[form.page]!.tool),
      description: query.description,
    };
    let ctx = context.get(form.page);
    if (!ctx) context.set(form.page, (ctx = new Map()));
    for (const token of form.rare) {
      const q = query.tokens.get(token);
      // Words inside paths and URLs count for half here: a URL often names the product (ai.google.dev/gemini-api).
      if (q) ctx.set(token, Math.max(ctx.get(token) ?? 0, form.weights[token]! * (q.soft ? 0.5 : 1)));
    }
    // A description is matched with OR semantics across all of a page's phrasings: which of its words does the page explain?
    let said = explainedBy.get(form.page);
    if (!said) explainedBy.set(form.page, (said = new Set()));
    for (const token in form.weights) if (known.has(token)) said.add(token);
    const verdict = decide(evidence);
    if (!verdict) continue;
    const prev = best.get(form.page);
    if (!prev || verdict.score > prev.score) best.set(form.page, { ...verdict, form, line: evidence.exactLine });
  }
  for (const [page, b] of best) {
    let weight = 0;
    for (const w of context.get(page)?.values() ?? []) weight += w;
    b.score = withinLevel(b.level, b.score + CONTEXT_BONUS * Math.min(1, weight / CONTEXT_FULL));
    if (query.description && b.level === 'related' && queryWeight) {
      let explained = 0;
      for (const t of explainedBy.get(page) ?? []) explained += known.get(t) ?? 0;
      // Pages that explain the same share of the words are told apart by how well their best form matched.
      b.score = withinLevel('related', Math.max(b.score, DESCRIPTION_RELATED * (explained / queryWeight) ** 2 + (named.has(pages[page]!.tool) ? 0.05 : 0) + TIE_SHARE * b.score));
    }
  }
  // Ties go by slug: the same order whether the forms came from the whole index or from shards.
  const ranked = [...best.entries()].sort((a, b) => b[1].score - a[1].score || (pages[a[0]]!.slug < pages[b[0]]!.slug ? -1 : 1));
  // Related results far weaker than the best one, or barely related at all, are noise.
  const floor = Math.max(query.lines.filter((l) => l.trim()).length <= 1 ? MIN_RELATED : MIN_RELATED_PASTE, (ranked[0]?.[1].score ?? 0) * RELATIVE_FLOOR);
  while (ranked.length && ranked[ranked.length - 1]![1].level === 'related' && ranked[ranked.length - 1]![1].score < floor) ranked.pop();
  return ranked.slice(0, Math.max(0, limit)).map(([page, b]) => ({
    slug: pages[page]!.slug,
    title: pages[page]!.title,
    score: round(b.score),
    match: b.level,
    form: b.form.text,
    matched: b.line >= 0 ? clip(query.lines[b.line] ?? '') : bestLine(b.form, query),
  }));
}

/**
 * The form's rare words found close together in the query: the best window
 * of lines (as many as the form has, plus two), with the weight and number
 * of distinct rare words in it. Words scattered over a long log say little.
 */
function rareWindow(form: IndexedForm, query: Query): { weight: number; count: number; from: number; to: number } {
  const events: { line: number; token: string }[] = [];
  for (const token of form.rare) {
    const q = query.tokens.get(token);
    if (q && !q.soft) for (const line of q.lines) events.push({ line, token });
  }
  if (!events.length) return { weight: 0, count: 0, from: 0, to: 0 };
  events.sort((a, b) => a.line - b.line);
  const span = form.lines + 1;
  const inWindow = new Map<string, number>();
  let best = { weight: 0, count: 0, from: 0, to: 0 };
  let weight = 0;
  let start = 0;
  for (let end = 0; end < events.length; end++) {
    const e = events[end]!;
    const n = inWindow.get(e.token) ?? 0;
    if (n === 0) weight += form.weights[e.token] ?? 0;
    inWindow.set(e.token, n + 1);
    while (events[start]!.line <= e.line - span) {
      const s = events[start++]!;
      const left = inWindow.get(s.token)! - 1;
      inWindow.set(s.token, left);
      if (left === 0) weight -= form.weights[s.token] ?? 0;
    }
    if (weight > best.weight + 1e-9) best = { weight, count: [...inWindow.values()].filter((v) => v > 0).length, from: events[start]!.line, to: e.line };
  }
  return best;
}

/** True when the lines around a match carry an error code the form does not have: then it is another error. */
function otherCodeNear(form: IndexedForm, query: Query, from: number, to: number): boolean {
  for (let i = from; i <= to; i++) {
    for (const code of codesOf(query.lines[i] ?? '')) {
      if (STRONG_CODE.test(code) && !form.codes.includes(code)) return true;
    }
  }
  return false;
}

/** On the pasted line that carries most of a form's weight, the share of that line's words the form holds. */
function linePrecision(form: IndexedForm, query: Query): number {
  const i = bestLineIndex(form, query);
  if (i < 0) return 0;
  const words = tokenize(query.lines[i] ?? '').filter((t) => !t.soft && !t.t.startsWith('{') && !t.t.startsWith('#'));
  if (!words.length) return 0;
  const distinct = new Set(words.map((t) => t.t));
  let held = 0;
  for (const t of distinct) if (Object.hasOwn(form.weights, t)) held++;
  return held / distinct.size;
}

const CONTEXT_BONUS = 0.03;
const MIN_RELATED = 0.03;
const MIN_RELATED_PASTE = 0.08; // a multi-line paste that shares only a stray word or two with a page gets no related page
const RELATIVE_FLOOR = 0.1;
const DESCRIPTION_RELATED = 0.5;
/** How much a page's own best-form score adds to the description score above, to order pages that explain as much. */
const TIE_SHARE = 0.1;
const CONTEXT_FULL = 30;

/** A score kept inside its level's band, so context never lifts a result into a surer level. */
function withinLevel(level: MatchLevel, score: number): number {
  return Math.min(level === 'exact' ? 1 : level === 'likely' ? 0.899 : 0.6, score);
}

/** The pasted line that carries most of a form's weight. */
function bestLine(form: IndexedForm, query: Query): string {
  return clip(query.lines[bestLineIndex(form, query)] ?? '');
}

function bestLineIndex(form: IndexedForm, query: Query): number {
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
  return bestIndex;
}

const clip = (line: string) => (line.length > 200 ? `${line.slice(0, 197)}...` : line);

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
