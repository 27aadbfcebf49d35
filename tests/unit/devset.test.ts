import { describe, expect, it } from 'vitest';
import { evaluate, groups } from '../devset/evaluate.ts';

// The dev set: real pastes, error lines and descriptions from public threads,
// and negatives (errors no page covers). `npm run devset` prints the same
// figures per kind and per tool, with every miss.
const { pages, cases, outcomes } = evaluate();
const g = groups(outcomes);
const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

describe('matcher dev set', () => {
  it('names only pages that exist, and every case has a source', () => {
    const slugs = new Set(pages.map((p) => p.slug));
    expect(cases.filter((c) => c.expected !== null && !slugs.has(c.expected)).map((c) => c.id)).toEqual([]);
    expect(cases.filter((c) => !/^https:\/\/\S+$/.test(c.source ?? '')).map((c) => c.id)).toEqual([]);
  });

  it('has negatives and descriptions enough to measure precision (>= 60 of each)', () => {
    expect(g.negatives.n).toBeGreaterThanOrEqual(60);
    expect(g.descriptions.n).toBeGreaterThanOrEqual(60);
  });

  // Floors at the measured figures, so a regression fails; the bars
  // (first right and sure >= 95%, descriptions top 3 >= 90%) are reported by `npm run devset`.
  it('puts the right page first, as an exact or likely match, for pastes and error lines', () => {
    console.log(`pastes and lines: n=${g.pastes.n} first right+sure ${pct(g.pastes.top1Confident)} top-3 ${pct(g.pastes.top3)}`);
    expect(g.pastes.n).toBeGreaterThanOrEqual(200);
    expect(g.pastes.top1Confident).toBeGreaterThanOrEqual(0.95);
    expect(g.pastes.top3).toBeGreaterThanOrEqual(0.99);
  });

  it('finds described symptoms in the top 3', () => {
    console.log(`descriptions: n=${g.descriptions.n} top-3 ${pct(g.descriptions.top3)}`);
    expect(g.descriptions.top3).toBeGreaterThanOrEqual(0.84);
  });

  it('gives at most 10% of the errors no page covers an exact or likely result', () => {
    console.log(`negatives: n=${g.negatives.n} sure ${pct(g.negatives.falseConfident)}\n${g.negatives.misses.join('\n')}`);
    expect(g.negatives.falseConfident).toBeLessThanOrEqual(0.1);
  });
});
