import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadPages } from '../../src/node/content-files.ts';
import { buildIndex, match } from '../../src/lib/matcher.ts';

interface Case {
  id: string;
  kind: 'paste' | 'line' | 'phrase';
  expected: string;
  text: string;
}

const cases = JSON.parse(readFileSync('tests/fixtures/devset.json', 'utf8')) as Case[];
const pages = loadPages('content');
const index = buildIndex(pages);

/** Top-1 and top-3 accuracy of the matcher over some cases, with the misses. */
function score(subset: Case[]) {
  let top1 = 0;
  let top3 = 0;
  const misses: string[] = [];
  for (const c of subset) {
    const slugs = match(index, c.text, 3).map((r) => r.slug);
    if (slugs[0] === c.expected) top1++;
    if (slugs.includes(c.expected)) top3++;
    else misses.push(`${c.id}: expected ${c.expected}, got ${slugs.join(', ') || 'nothing'}`);
  }
  return { n: subset.length, top1: top1 / subset.length, top3: top3 / subset.length, misses };
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('matcher dev set', () => {
  it('names only pages that exist', () => {
    const slugs = new Set(pages.map((p) => p.slug));
    expect(cases.filter((c) => !slugs.has(c.expected)).map((c) => c.id)).toEqual([]);
  });

  it('puts the right page first for pastes and error lines (top-1 >= 95%, top-3 >= 99%)', () => {
    const result = score(cases.filter((c) => c.kind !== 'phrase'));
    console.log(`dev set, pastes and lines: n=${result.n} top-1 ${pct(result.top1)} top-3 ${pct(result.top3)}\n${result.misses.join('\n')}`);
    expect(result.n).toBeGreaterThanOrEqual(100);
    expect(result.top1).toBeGreaterThanOrEqual(0.95);
    expect(result.top3).toBeGreaterThanOrEqual(0.99);
  });

  it('finds typed phrases in the top 3 most of the time (top-3 >= 85%)', () => {
    const result = score(cases.filter((c) => c.kind === 'phrase'));
    console.log(`dev set, typed phrases: n=${result.n} top-1 ${pct(result.top1)} top-3 ${pct(result.top3)}\n${result.misses.join('\n')}`);
    expect(result.top3).toBeGreaterThanOrEqual(0.85);
  });
});
