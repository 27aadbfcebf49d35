import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { cpSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';

/** The folders the search indexes occupy in the built site. */
const INDEXES = ['matcher', 'pagefind'];
/** The staging folder's tree of agent files (Markdown twins, llms.txt...), laid out as in the site. */
const AGENT_FILES = 'agent';

/**
 * Writes both search indexes, and the files for agents, into the built site.
 *
 * Both depend only on the content, not on the built pages, so they start as
 * soon as the config is done, in a child process (search-index-worker.ts),
 * while Astro syncs the content, bundles and renders; they are written to a
 * staging folder and moved into the site when the build is done. Each logs
 * its own time.
 */
export function searchIndexes(): AstroIntegration {
  let building = false;
  let staged: ReturnType<typeof buildIndexes> | undefined; // resolves to the staging folder
  let site = { origin: 'http://localhost:4321', base: '/' };
  return {
    name: 'errata:search-indexes',
    hooks: {
      'astro:config:setup': ({ command }) => {
        building = command === 'build';
      },
      'astro:config:done': ({ config, logger }) => {
        if (!building) return;
        site = { origin: new URL(config.site ?? 'http://localhost:4321').origin, base: config.base };
        const cache = fileURLToPath(config.cacheDir);
        staged = buildIndexes(path.join(cache, 'search-indexes-next'), site, logger, path.join(cache, 'matcher-index'));
        staged.catch(() => {}); // reported when the build is done; never an unhandled rejection meanwhile
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pending = staged ?? buildIndexes(path.join(out, '.search-indexes-next'), site, logger);
        pending.keepAlive();
        const from = await pending;
        for (const name of INDEXES) moveInto(path.join(from, name), path.join(out, name));
        mergeInto(path.join(from, AGENT_FILES), out);
        rmSync(from, { recursive: true, force: true });
      },
    },
  };
}

/** Runs the search-index worker in a child process; resolves to the folder it wrote. */
function buildIndexes(staging: string, site: { origin: string; base: string }, logger: AstroIntegrationLogger, matcherCache = ''): Promise<string> & { keepAlive(): void } {
  rmSync(staging, { recursive: true, force: true });
  let keepAlive = () => {};
  const done = new Promise<string>((resolve, reject) => {
    const child = fork(fileURLToPath(new URL('./search-index-worker.ts', import.meta.url)), [staging, JSON.stringify(site), matcherCache], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    // A build that fails elsewhere must not wait for it; the finished build does (keepAlive).
    child.unref();
    child.channel?.unref();
    keepAlive = () => {
      child.ref();
      child.channel?.ref();
    };
    let finished = false;
    child.on('message', (m: { log?: string; done?: boolean; error?: string }) => {
      if (m.log) logger.info(m.log);
      if (m.done) (finished = true), resolve(staging);
      if (m.error) (finished = true), reject(new Error(`The search indexes could not be built: ${m.error}`));
    });
    child.on('error', reject);
    child.on('exit', (code) => finished || reject(new Error(`The search-index process stopped (exit code ${code}) before it finished`)));
  });
  return Object.assign(done, { keepAlive: () => keepAlive() });
}

/** Moves every file of a tree into the same place under `to`, beside what is there. */
function mergeInto(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) {
      mkdirSync(target, { recursive: true });
      mergeInto(source, target);
    } else move(source, target);
  }
}

/** Moves a folder into place, replacing what is there. */
function moveInto(from: string, to: string): void {
  rmSync(to, { recursive: true, force: true });
  move(from, to);
}

/** Renames a file or folder; across file systems, copies it and removes the original. */
function move(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
}
