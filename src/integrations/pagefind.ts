import type { AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

/**
 * Indexes the built error pages with Pagefind (its own process) and writes the
 * index into `<site>/pagefind/`. Only error pages carry `data-pagefind-body`,
 * so listings are not even read.
 */
export async function runPagefind(site: string, logger: AstroIntegrationLogger): Promise<void> {
  const started = Date.now();
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: 'errors/*/index.html' });
  if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join('; ')}`);
  await pagefind.close();
  logger.info(`Pagefind indexed ${added.page_count} pages in ${Date.now() - started} ms`);
}
