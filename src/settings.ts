import path from 'node:path';

/**
 * Where the knowledge base lives. Default `content/`; set ERRATA_CONTENT_DIR
 * to point the site, the CLI and the benchmarks at another tree.
 */
export function contentDir(cwd: string = process.cwd()): string {
  return path.resolve(cwd, process.env['ERRATA_CONTENT_DIR'] || 'content');
}
