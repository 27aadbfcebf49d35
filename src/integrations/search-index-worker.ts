// Builds both search indexes from the content, in a child process started by
// search-indexes.ts, while Astro bundles and renders the site: the matcher's
// shards and Pagefind's index (Pagefind's own process does the indexing). Its
// own heap neither waits on nor adds to the garbage collection of the build's
// heap, which holds every page by the end of the build, and all its memory is
// returned when it exits. Sends its log lines,
// then `{ done: true }` or `{ error }`. Usage: node search-index-worker.ts DIR
import path from 'node:path';
import { contentDir } from '../settings.ts';
import { writeMatcherIndex } from './matcher-index.ts';
import { indexContent } from './pagefind.ts';
import { readContentTree } from '../node/content-files.ts';

const root = process.argv[2]!;
const send = (message: object) => new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : (console.log(JSON.stringify(message)), resolve())));
const log = (message: string) => void send({ log: message });
try {
  // One after the other, so their memory never adds up: the build's peak RSS counts both.
  // Pagefind first: its process needs the most memory (2.3 GB at 10,000 pages), and the
  // build's own heap is smallest early on, while it syncs content and starts bundling.
  const { pages, ms } = await indexContent(readContentTree(contentDir()), path.join(root, 'pagefind'));
  log(`Pagefind indexed ${pages} pages in ${ms} ms`);
  writeMatcherIndex(root, { info: log } as never);
  await send({ done: true });
} catch (error) {
  await send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
process.disconnect?.();
