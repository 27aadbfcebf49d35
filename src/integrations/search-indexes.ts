import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cpSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runPagefind } from './pagefind.ts';

/**
 * Writes both search indexes into the built site.
 *
 * The matcher index depends only on the content, not on the built pages, so it
 * starts as soon as the config is done, in a worker thread, while Astro syncs
 * the content and bundles the site; it is written to a staging folder and moved
 * into the site when the build is done. Its time is logged on its own.
 *
 * Pagefind indexes the built HTML, so it runs when the build is done.
 */
export function searchIndexes(): AstroIntegration {
  let building = false;
  let matcher: Promise<string> | undefined; // resolves to the staged `matcher/` folder
  return {
    name: 'errata:search-indexes',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building) return;
        const staging = path.join(fileURLToPath(config.cacheDir), 'matcher-index-next');
        matcher = buildMatcherIndex(staging, logger);
        matcher.catch(() => {}); // reported when the build is done; never an unhandled rejection meanwhile
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const staged = await (matcher ?? buildMatcherIndex(path.join(site, '.matcher-index-next'), logger));
        moveInto(staged, path.join(site, 'matcher'));
        await runPagefind(site, logger);
      },
    },
  };
}

/** Runs the matcher index in a worker thread; resolves to the folder it wrote. */
function buildMatcherIndex(staging: string, logger: AstroIntegrationLogger): Promise<string> {
  rmSync(staging, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./matcher-index-worker.ts', import.meta.url), { workerData: { root: staging } });
    worker.unref(); // a build that fails elsewhere must not wait for it
    worker.on('message', (m: { log?: string; done?: boolean; error?: string }) => {
      if (m.log) logger.info(m.log);
      if (m.done) resolve(path.join(staging, 'matcher'));
      if (m.error) reject(new Error(`The matcher index could not be built: ${m.error}`));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`The matcher index worker stopped (exit code ${code}) before it finished`)));
  });
}

/** Moves a folder into place, replacing what is there (copies across file systems). */
function moveInto(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
  rmSync(path.dirname(from), { recursive: true, force: true });
}
