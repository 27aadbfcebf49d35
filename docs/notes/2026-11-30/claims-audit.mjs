// Reproducible claim sampler for the Errata fact audit.
// Usage: node docs/notes/2026-11-30/claims-audit.mjs [seed]   (default seed 20261130)
//
// 1. New pages = content/errors/*.mdx whose slug is NOT in column 1 of
//    docs/notes/2026-11-30/first-60-pages.txt, sorted by slug (byte order).
// 2. PRNG = mulberry32(seed). Shuffle the new-page list with Fisher-Yates
//    and take the first 10 pages.
// 3. For each page: drop the YAML frontmatter; drop fenced code blocks
//    (``` ... ```), headings (#...), lines that are only a component tag
//    (<Steps>, </Steps>, <Callout ...>, </Callout>) and blank lines.
//    Each paragraph / list item is joined into one line, list markers
//    stripped, then split into sentences at [.!?] followed by whitespace and
//    an upper-case letter, backtick, quote or parenthesis.
// 4. "Concrete-fact" filter: a sentence is a candidate when it has >= 6 words
//    AND contains at least one of: inline code (`...`), a digit, a flag (--x),
//    a quoted string, or a fact word (default, version, flag, option, returns,
//    requires, because, causes, sets, reads, writes, means, only, fails,
//    limit, stores, prints, shows, supports, instead, never, always).
// 5. Pick one candidate at random (same PRNG, in page order). The output also
//    lists the next two candidates in order, so that if a human judges the
//    pick uncheckable, the next sentence in order is taken (rule stated in the
//    brief) and that choice is visible.
import { readFileSync, readdirSync } from 'node:fs';

const seed = Number(process.argv[2] ?? 20261130);
const ROOT = '/work/main/content/errors';

function mulberry32(a) {
  return function () {
    a |= 0; a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rand = mulberry32(seed);

const old = new Set(
  readFileSync('docs/notes/2026-11-30/first-60-pages.txt', 'utf8')
    .split('\n').filter(Boolean).map((l) => l.split('\t')[0]),
);
const newPages = readdirSync(ROOT)
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.slice(0, -4))
  .filter((s) => !old.has(s))
  .sort();

const shuffled = newPages.slice();
for (let i = shuffled.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1));
  [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
}
const picked = shuffled.slice(0, 10);

function sentences(body) {
  const lines = body.split('\n');
  const blocks = [];
  let cur = [];
  let inFence = false;
  const flush = () => { if (cur.length) blocks.push(cur.join(' ')); cur = []; };
  for (const raw of lines) {
    const line = raw.trim();
    if (line.startsWith('```')) { flush(); inFence = !inFence; continue; }
    if (inFence) continue;
    if (!line || line.startsWith('#') || /^<\/?(Steps|Callout)[^>]*>$/.test(line)) { flush(); continue; }
    const item = line.match(/^(?:[-*]|\d+\.)\s+(.*)$/);
    if (item) { flush(); cur.push(item[1]); continue; }
    cur.push(line.replace(/<\/?Callout[^>]*>/g, '').trim());
  }
  flush();
  const out = [];
  for (const b of blocks) {
    for (const s of b.split(/(?<=[.!?])\s+(?=[A-Z`"'(])/)) {
      const t = s.trim();
      if (t) out.push(t);
    }
  }
  return out;
}

const FACT = /\b(default|version|flag|option|returns?|requires?|because|causes?|sets?|reads?|writes?|means?|only|fails?|limits?|stores?|prints?|shows?|supports?|instead|never|always)\b/i;
function concrete(s) {
  if (s.split(/\s+/).length < 6) return false;
  return /`[^`]+`/.test(s) || /\d/.test(s) || /(^|\s)--[a-z]/.test(s) || /"[^"]+"/.test(s) || FACT.test(s);
}

console.log(`seed=${seed} newPages=${newPages.length}`);
picked.forEach((slug, n) => {
  const text = readFileSync(`${ROOT}/${slug}.mdx`, 'utf8');
  const body = text.replace(/^---\n[\s\S]*?\n---\n/, '');
  const all = sentences(body);
  const cands = all.filter(concrete);
  const k = Math.floor(rand() * cands.length);
  console.log(`\n#${n + 1} ${slug} (candidate ${k + 1} of ${cands.length}; ${all.length} sentences)`);
  console.log(`  PICK: ${cands[k]}`);
  for (let d = 1; d <= 2 && k + d < cands.length; d++) console.log(`  next${d}: ${cands[k + d]}`);
});
