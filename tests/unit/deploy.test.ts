import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { childEnv } from './helpers.ts';

interface Workflow {
  jobs: { build: { env: Record<string, string>; steps: { run?: string; uses?: string; with?: { path?: string } }[] } };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? htmlFiles(path.join(dir, d.name)) : d.name.endsWith('.html') ? [path.join(dir, d.name)] : []));
}

describe('GitHub Pages deploy', () => {
  const workflow = parse(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
  const build = workflow.jobs.build;

  it('builds with npm run build under the repository name as base path and uploads dist/', () => {
    expect(build.env['ERRATA_BASE']).toBe('/${{ github.event.repository.name }}');
    expect(build.steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
    expect(build.steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
  });

  it('a build with that base path links only inside it, and carries _headers along', () => {
    const base = '/errata'; // what the workflow sets for a repository named "errata"
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'errata-deploy-')), 'dist');
    const run = spawnSync(process.execPath, ['bin/errata.mjs', 'build', '--out', out], {
      env: childEnv({ ERRATA_BASE: base, ERRATA_SITE: 'https://acme.github.io' }),
      encoding: 'utf8',
      timeout: 240_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(existsSync(path.join(out, '_headers'))).toBe(true);
    const broken: string[] = [];
    for (const file of htmlFiles(out)) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/(?:href|src)="(\/[^"#?]*)/g)) {
        const url = m[1]!;
        if (!url.startsWith(`${base}/`)) broken.push(`${path.relative(out, file)}: ${url} is outside ${base}/`);
        else {
          const target = path.join(out, url.slice(base.length));
          if (!existsSync(target) && !existsSync(path.join(target, 'index.html'))) broken.push(`${path.relative(out, file)}: ${url} does not exist`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(readFileSync(path.join(out, 'robots.txt'), 'utf8')).toContain('Sitemap: https://acme.github.io/errata/sitemap.xml');
  }, 300_000);
});
