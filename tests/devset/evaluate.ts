/**
 * Scores the matcher on the dev set (tests/fixtures/devset/*.json): real
 * pastes, error lines and descriptions from public threads, and negatives
 * (errors no page covers). Used by the dev set test and by `npm run devset`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildIndex, match, type MatcherIndex, type MatchResult } from '../../src/lib/matcher.ts';
import { canonical, cleanLines, errorLine } from '../../src/lib/normalize.ts';
import { loadMatcherInput, type PageSummary } from '../../src/node/content-files.ts';

/** One case of the dev set. */
export interface Case {
  id: string;
  kind: 'paste' | 'line' | 'description';
  /** The page that answers it, or null when no page covers it. */
  expected: string | null;
  /** The public thread it came from. */
  source: string;
  text: string;
  /** Set by `loadCases`: the file it came from. */
  file?: string;
}

export const DEVSET_DIR = 'tests/fixtures/devset';

/** Every case of every file in the dev set folder. */
export function loadCases(dir = DEVSET_DIR): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => (JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as Case[]).map((c) => ({ ...c, file: f })));
}

/** True when a case holds a whole line of its own page's signature or a whole pattern: it would only echo the page. */
export function isCircular(c: Case, page: PageSummary | undefined): boolean {
  if (!page) return false;
  const caseLines = new Set(cleanLines(c.text).map(canonical).filter(Boolean));
  const forms = [errorLine(page.signature), ...page.patterns.filter((p) => !p.includes('{'))].map(canonical);
  return forms.some((f) => f.length > 0 && caseLines.has(f));
}

export interface Outcome {
  c: Case;
  results: MatchResult[];
  circular: boolean;
}

/** Runs every case through the matcher. */
export function runCases(cases: Case[], index: MatcherIndex, pages: PageSummary[]): Outcome[] {
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  return cases.map((c) => ({ c, results: match(index, c.text, 3), circular: isCircular(c, c.expected ? bySlug.get(c.expected) : undefined) }));
}

export interface Figures {
  n: number;
  /** First result right and exact or likely. */
  top1Confident: number;
  /** Right in the top 3. */
  top3: number;
  /** Negatives: share with an exact or likely result. */
  falseConfident: number;
  misses: string[];
}

const confident = (r: MatchResult | undefined) => r !== undefined && r.match !== 'related';

/** The figures for a group of outcomes. */
export function figures(outcomes: Outcome[]): Figures {
  const misses: string[] = [];
  let top1 = 0;
  let top3 = 0;
  let falsePos = 0;
  for (const { c, results } of outcomes) {
    const first = results[0];
    const got = results.map((r) => `${r.slug}(${r.match} ${r.score})`).join(', ') || 'nothing';
    if (c.expected === null) {
      if (confident(first)) {
        falsePos++;
        misses.push(`${c.id}: expected no page, got ${got}`);
      }
      continue;
    }
    const right1 = first?.slug === c.expected && confident(first);
    if (right1) top1++;
    if (results.some((r) => r.slug === c.expected)) top3++;
    if (c.kind === 'description' ? !results.some((r) => r.slug === c.expected) : !right1) misses.push(`${c.id}: expected ${c.expected}, got ${got}`);
  }
  const n = outcomes.length || 1;
  return { n: outcomes.length, top1Confident: top1 / n, top3: top3 / n, falseConfident: falsePos / n, misses };
}

/** The groups the thresholds are judged on. */
export function groups(outcomes: Outcome[]) {
  const positive = outcomes.filter((o) => o.c.expected !== null);
  return {
    pastes: figures(positive.filter((o) => o.c.kind !== 'description' && !o.circular)),
    circular: figures(positive.filter((o) => o.c.kind !== 'description' && o.circular)),
    descriptions: figures(positive.filter((o) => o.c.kind === 'description')),
    negatives: figures(outcomes.filter((o) => o.c.expected === null)),
  };
}

/** Loads the content and the dev set and runs them. */
export function evaluate(contentDir = 'content', dir = DEVSET_DIR) {
  const { pages, tools } = loadMatcherInput(contentDir);
  const index = buildIndex(pages, tools);
  const cases = loadCases(dir);
  return { pages, cases, outcomes: runCases(cases, index, pages) };
}
