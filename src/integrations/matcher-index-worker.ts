// Builds the matcher index in a worker thread: it has its own heap, so it
// neither waits on nor adds to the garbage collection of the build's heap,
// which holds every page by the end of the build. Posts its log lines, then
// `{ done: true }` or `{ error }`.
import { parentPort, workerData } from 'node:worker_threads';
import { writeMatcherIndex } from './matcher-index.ts';

const { root } = workerData as { root: string };
const logger = { info: (message: string) => parentPort!.postMessage({ log: message }) };
try {
  writeMatcherIndex(root, logger as never);
  parentPort!.postMessage({ done: true });
} catch (error) {
  parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}
