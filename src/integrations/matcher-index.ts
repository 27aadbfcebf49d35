import type { AstroIntegrationLogger } from 'astro';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildIndex } from '../lib/matcher.ts';
import { buildShards } from '../lib/matcher-shards.ts';
import { contentDir } from '../settings.ts';
import { loadMatcherInput } from '../node/content-files.ts';

/** Writes the signature matcher's sharded index into `<site>/matcher/` for the search page. */
export function writeMatcherIndex(site: string, logger: AstroIntegrationLogger): void {
  const started = Date.now();
  const out = path.join(site, 'matcher');
  const { pages, tools } = loadMatcherInput(contentDir());
  const { manifest, postings, forms } = buildShards(buildIndex(pages, tools));
  const files = { postings: postings.map((s) => JSON.stringify(s)), forms: forms.map((s) => JSON.stringify(s)) };
  const hash = createHash('sha256');
  for (const body of [...files.postings, ...files.forms]) hash.update(body);
  rmSync(out, { recursive: true, force: true });
  for (const [folder, bodies] of Object.entries(files)) {
    mkdirSync(path.join(out, folder), { recursive: true });
    bodies.forEach((body, i) => writeFileSync(path.join(out, folder, `${i}.json`), body));
  }
  writeFileSync(path.join(out, 'manifest.json'), JSON.stringify({ ...manifest, build: hash.digest('hex').slice(0, 10) }));
  logger.info(`Matcher index: ${manifest.forms} forms in ${files.postings.length} posting and ${files.forms.length} form shards, ${Date.now() - started} ms`);
}
