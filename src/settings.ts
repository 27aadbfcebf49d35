import path from 'node:path';

/**
 * Where the knowledge base lives. Default `content/`; set ERRATA_CONTENT_DIR
 * to point the site, the CLI and the benchmarks at another tree.
 */
export function contentDir(cwd: string = process.cwd()): string {
  return path.resolve(cwd, process.env['ERRATA_CONTENT_DIR'] || 'content');
}

/** Where the content is edited, from ERRATA_REPO (e.g. `https://github.com/acme/errata`); undefined hides edit links. */
export function repository(): { url: string; branch: string } | undefined {
  const url = process.env['ERRATA_REPO']?.trim().replace(/\/+$/, '');
  if (!url) return undefined;
  if (!/^https:\/\/[^\s/]+\/[^\s]+$/.test(url)) throw new Error(`ERRATA_REPO must be an https:// repository address such as https://github.com/acme/errata (found \`${url}\`); fix or unset it`);
  return { url, branch: process.env['ERRATA_REPO_BRANCH']?.trim() || 'main' };
}

/** The public origin and base path (ERRATA_SITE, ERRATA_BASE), as the build uses them, for URLs printed outside the site. */
export function publicSite(env: NodeJS.ProcessEnv = process.env): { origin: string; base: string } {
  return { origin: (env['ERRATA_SITE'] || 'http://localhost:4321').replace(/\/+$/, ''), base: env['ERRATA_BASE'] || '/' };
}
