// `npm run devset`: the matcher's dev-set figures per kind and per tool, and every miss.
import { evaluate, figures, groups, type Outcome } from './evaluate.ts';

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
const { pages, outcomes } = evaluate(process.argv[2] ?? 'content', process.argv[3]);
const g = groups(outcomes);
console.log(`Dev set: ${outcomes.length} cases against ${pages.length} pages\n`);
console.log('kind                       n   first right+sure  top 3   sure on negatives');
const row = (name: string, f: ReturnType<typeof figures>, neg = false) =>
  console.log(`${name.padEnd(24)} ${String(f.n).padStart(4)}   ${neg ? '       -' : pct(f.top1Confident).padStart(8)}        ${neg ? '     -' : pct(f.top3).padStart(6)}   ${neg ? pct(f.falseConfident).padStart(6) : '     -'}`);
row('pastes and lines', g.pastes);
row('  (circular, apart)', g.circular);
row('descriptions', g.descriptions);
row('negatives', g.negatives, true);
console.log('\nbars: pastes first right+sure >= 95%, top 3 >= 99%; descriptions top 3 >= 90%; negatives sure <= 10%\n');

const tool = new Map(pages.map((p) => [p.slug, p.tool ?? '']));
const byTool = new Map<string, Outcome[]>();
for (const o of outcomes) {
  if (o.c.expected === null || o.circular) continue;
  const t = tool.get(o.c.expected) ?? '?';
  byTool.set(t, [...(byTool.get(t) ?? []), o]);
}
console.log('per tool (non-circular)          pastes: n  first right+sure  top 3   descriptions: n  top 3');
for (const [t, list] of [...byTool].sort()) {
  const p = figures(list.filter((o) => o.c.kind !== 'description'));
  const d = figures(list.filter((o) => o.c.kind === 'description'));
  const cell = (f: ReturnType<typeof figures>, v: number) => (f.n ? pct(v) : '-').padStart(7);
  console.log(`${t.padEnd(32)} ${String(p.n).padStart(9)}  ${cell(p, p.top1Confident).padStart(16)}  ${cell(p, p.top3)}  ${String(d.n).padStart(16)}  ${cell(d, d.top3)}`);
}
for (const [name, f] of Object.entries(g)) if (f.misses.length) console.log(`\n${name}: misses\n  ${f.misses.join('\n  ')}`);
