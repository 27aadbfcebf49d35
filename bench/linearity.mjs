// How matching time grows with paste size: for each kind of input, times a
// 100 KB and a 1 MB paste against the shipped content and prints the ratio
// (about 10x means linear). Run: node_modules/.bin/node bench/linearity.mjs
import { loadPages } from '../src/node/content-files.ts';
import { buildIndex, match } from '../src/lib/matcher.ts';

const index = buildIndex(loadPages(new URL('../content', import.meta.url).pathname));
const inputs = {
  'stack-trace lines': '    at Module._compile (node:internal/modules/cjs/loader:1105:14) Error: listen EADDRINUSE :::3000 0x7ffd5e8c "quoted" /home/a/b.js\n',
  'one character': 'a',
  separators: ' -:/',
  'binary and escapes': '\u0000\u00ff\u001b[',
};
const time = (text) => {
  const start = performance.now();
  match(index, text);
  return performance.now() - start;
};
for (const [name, unit] of Object.entries(inputs)) {
  const of = (n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
  time(of(100_000)); // warm up
  const small = Math.min(time(of(100_000)), time(of(100_000)));
  const large = Math.min(time(of(1_000_000)), time(of(1_000_000)));
  console.log(`${name.padEnd(20)} 100 KB ${small.toFixed(1).padStart(7)} ms   1 MB ${large.toFixed(1).padStart(8)} ms   ratio ${(large / Math.max(small, 0.1)).toFixed(1)}x`);
}
