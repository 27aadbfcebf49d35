// Builds both search indexes from the content, in a worker thread, while
// Astro bundles and renders the site: the matcher's shards and Pagefind's
// index (Pagefind's own process does the indexing). A worker has its own heap,
// so it neither waits on nor adds to the garbage collection of the build's
// heap, which holds every page by the end of the build. Posts its log lines,
// then `{ done: true }` or `{ error }`.
import path from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { contentDir } from '../settings.ts';
import { writeMatcherIndex } from './matcher-index.ts';
import { indexContent } from './pagefind.ts';
import { readContentTree } from '../node/content-files.ts';

const { root } = workerData as { root: string };
const log = (message: string) => parentPort!.postMessage({ log: message });
try {
  // One after the other, so their memory never adds up: the build's peak RSS counts both.
  writeMatcherIndex(root, { info: log } as never);
  const { pages, ms } = await indexContent(readContentTree(contentDir()), path.join(root, 'pagefind'));
  log(`Pagefind indexed ${pages} pages in ${ms} ms`);
  parentPort!.postMessage({ done: true });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
