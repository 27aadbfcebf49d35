import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIndex } from '../lib/matcher.ts';
import { buildShards } from '../lib/matcher-shards.ts';
import { contentDir } from '../settings.ts';
import { loadPages } from './read-content.ts';

/** Writes the signature matcher's sharded index into `dist/matcher/` for the search page. */
export function matcherIndex(): AstroIntegration {
  return {
    name: 'errata:matcher-index',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = Date.now();
        const out = path.join(fileURLToPath(dir), 'matcher');
        const { manifest, shards } = buildShards(buildIndex(loadPages(contentDir())));
        const bodies = shards.map((s) => JSON.stringify(s));
        const build = createHash('sha256').update(bodies.join('\n')).digest('hex').slice(0, 10);
        rmSync(out, { recursive: true, force: true });
        mkdirSync(path.join(out, 'shards'), { recursive: true });
        bodies.forEach((body, i) => writeFileSync(path.join(out, 'shards', `${i}.json`), body));
        writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ ...manifest, build }));
        logger.info(`Matcher index: ${shards.length} shards in ${Date.now() - started} ms`);
      },
    },
  };
}
