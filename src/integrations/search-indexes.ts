import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeMatcherIndex } from './matcher-index.ts';
import { runPagefind } from './pagefind.ts';

/**
 * After the build, writes both search indexes, one after the other, so each
 * logs its own time: the matcher index is built on this thread, and while it
 * ran, Pagefind's replies (it works in its own process) waited for this thread,
 * so a concurrent Pagefind time counted the matcher's too.
 */
export function searchIndexes(): AstroIntegration {
  return {
    name: 'errata:search-indexes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        writeMatcherIndex(site, logger);
        await runPagefind(site, logger);
      },
    },
  };
}
