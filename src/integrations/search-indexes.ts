import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeMatcherIndex } from './matcher-index.ts';
import { runPagefind } from './pagefind.ts';

/**
 * After the build, writes both search indexes. Pagefind works in its own
 * process, so the matcher index is built on this thread at the same time.
 */
export function searchIndexes(): AstroIntegration {
  return {
    name: 'errata:search-indexes',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const pagefind = runPagefind(site, logger);
        try {
          writeMatcherIndex(site, logger);
        } finally {
          await pagefind;
        }
      },
    },
  };
}
