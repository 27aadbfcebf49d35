// Builds both search indexes from the content, in a child process started by
// search-indexes.ts, while Astro bundles and renders the site: the matcher's
// shards and Pagefind's index (Pagefind's own process does the indexing). Its
// own heap neither waits on nor adds to the garbage collection of the build's
// heap, which holds every page by the end of the build, and all its memory is
// returned when it exits. Sends its log lines,
// then `{ done: true }` or `{ error }`. It also writes the files for agents
// (src/node/agent-files.ts), which are text made from the content as well.
// Usage: node search-index-worker.ts DIR '{"origin":"https://…","base":"/"}' [CACHE_DIR]
import path from 'node:path';
import { contentDir } from '../settings.ts';
import { writeMatcherIndex } from './matcher-index.ts';
import { indexContent } from './pagefind.ts';
import { readContentTree } from '../node/content-files.ts';
import { writeAgentFiles, type PublicSite } from '../node/agent-files.ts';

const root = process.argv[2]!;
const cacheDir = process.argv[4] || undefined;
const site = JSON.parse(process.argv[3] ?? '{"origin":"http://localhost:4321","base":"/"}') as PublicSite;
const send = (message: object) => new Promise<void>((resolve) => (process.send ? process.send(message, () => resolve()) : (console.log(JSON.stringify(message)), resolve())));
const log = (message: string) => void send({ log: message });
try {
  // One after the other, so their memory never adds up: the build's peak RSS counts both.
  // Pagefind first: its process needs the most memory (2.3 GB at 10,000 pages), and the
  // build's own heap is smallest early on, while it syncs content and starts bundling.
  const tree = readContentTree(contentDir());
  const { pages, ms } = await indexContent(tree, path.join(root, 'pagefind'));
  log(`Pagefind indexed ${pages} pages in ${ms} ms`);
  // The cache is in Astro's cacheDir, kept between builds; `errata build --force` skips it.
  writeMatcherIndex(root, tree, { info: log } as never, cacheDir ? { dir: cacheDir, force: process.env['ERRATA_BUILD_FORCE'] === '1' } : undefined);
  const started = Date.now();
  const files = writeAgentFiles(contentDir(), tree, path.join(root, 'agent'), site);
  log(`Files for agents: ${files.length} written in ${Date.now() - started} ms`);
  await send({ done: true });
} catch (error) {
  await send({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
process.disconnect?.();
