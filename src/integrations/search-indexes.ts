import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cpSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** The folders the search indexes occupy in the built site. */
const INDEXES = ['matcher', 'pagefind'];

/**
 * Writes both search indexes into the built site.
 *
 * Both depend only on the content, not on the built pages, so they start as
 * soon as the config is done, in a worker thread (search-index-worker.ts),
 * while Astro syncs the content, bundles and renders; they are written to a
 * staging folder and moved into the site when the build is done. Each logs
 * its own time.
 */
export function searchIndexes(): AstroIntegration {
  let building = false;
  let staged: Promise<string> | undefined; // resolves to the staging folder
  return {
    name: 'errata:search-indexes',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building) return;
        staged = buildIndexes(path.join(fileURLToPath(config.cacheDir), 'search-indexes-next'), logger);
        staged.catch(() => {}); // reported when the build is done; never an unhandled rejection meanwhile
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const from = await (staged ?? buildIndexes(path.join(site, '.search-indexes-next'), logger));
        for (const name of INDEXES) moveInto(path.join(from, name), path.join(site, name));
        rmSync(from, { recursive: true, force: true });
      },
    },
  };
}

/** Runs the search-index worker; resolves to the folder it wrote. */
function buildIndexes(staging: string, logger: AstroIntegrationLogger): Promise<string> {
  rmSync(staging, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-index-worker.ts', import.meta.url), { workerData: { root: staging } });
    worker.unref(); // a build that fails elsewhere must not wait for it
    worker.on('message', (m: { log?: string; done?: boolean; error?: string }) => {
      if (m.log) logger.info(m.log);
      if (m.done) resolve(staging);
      if (m.error) reject(new Error(`The search indexes could not be built: ${m.error}`));
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`The search-index worker stopped (exit code ${code}) before it finished`)));
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
}
