import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { childEnv } from './helpers.ts';

describe('errata build', () => {
  it('stops on an MDX compile error with the file and line, and leaves the previous output as it was', () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'errata-build-')), 'site');
    mkdirSync(out);
    writeFileSync(path.join(out, 'marker.txt'), 'previous build');
    const run = spawnSync(process.execPath, ['bin/errata.mjs', 'build', '--out', out], {
      env: childEnv({ ERRATA_CONTENT_DIR: 'tests/fixtures/build/broken-mdx' }),
      encoding: 'utf8',
      timeout: 180_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^tests\/fixtures\/build\/broken-mdx\/errors\/node-eaddrinuse\.mdx:63:\d+: .+$/m);
    expect(run.stderr).not.toMatch(/^\s+at /m);
    expect(run.stderr).toContain('the previous site in');
    expect(readFileSync(path.join(out, 'marker.txt'), 'utf8')).toBe('previous build');
    expect(existsSync(`${out}.next`)).toBe(false);
  }, 200_000);
});
