// Pagefind on its own, outside any build, for one site: prints `{"ms":N}` (from the
// first file read to the index written, without Node's start-up).
//   node bench/pagefind-alone.mjs errata CONTENT_DIR OUT   # Errata's documents, built from the content
//   node bench/pagefind-alone.mjs floor SITE_DIR OUT       # the floor's built HTML, as its build indexes it
// Inside a build Errata's Pagefind shares the cores with bundling (it runs beside it), while
// the floor's runs after rendering on an idle machine; run alone, one after the other, the
// two measure the same step.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as pagefind from 'pagefind';

const [kind, from, out] = process.argv.slice(2);
if (!['errata', 'floor'].includes(kind ?? '') || !from || !out) {
  console.error('usage: node bench/pagefind-alone.mjs errata|floor DIR OUT');
  process.exit(2);
}
const root = path.join(path.dirname(new URL(import.meta.url).pathname), '..');
rmSync(out, { recursive: true, force: true });
const started = Date.now();
if (kind === 'errata') {
  const { indexContent } = await import(pathToFileURL(path.join(root, 'src/integrations/pagefind.ts')).href);
  const { readContentTree } = await import(pathToFileURL(path.join(root, 'src/node/content-files.ts')).href);
  await indexContent(readContentTree(from), out);
} else {
  const { index } = await pagefind.createIndex({});
  await index.addDirectory({ path: from });
  await index.writeFiles({ outputPath: out });
  await pagefind.close();
}
console.log(JSON.stringify({ ms: Date.now() - started }));
rmSync(out, { recursive: true, force: true });
