import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const errata = (args: string[], input?: string) =>
  spawnSync(process.execPath, ['bin/errata.mjs', ...args], { input: input ?? '', encoding: 'utf8' });

function copyOfClean(): string {
  const dir = path.join(mkdtempSync(path.join(tmpdir(), 'errata-new-')), 'content');
  cpSync('tests/fixtures/content/clean', dir, { recursive: true });
  return dir;
}

describe('errata new', () => {
  it('points to the existing page when the paste matches one, and writes nothing', () => {
    const dir = copyOfClean();
    const before = readdirSync(path.join(dir, 'errors'));
    const run = errata(['new', '--content', dir], 'Error: listen EADDRINUSE: address already in use 127.0.0.1:9000\n');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^This error already has a page: .+\n {2}.+node-eaddrinuse\.mdx \(exact match on: Error: listen EADDRINUSE: address already in use 127\.0\.0\.1:9000\)/);
    expect(readdirSync(path.join(dir, 'errors'))).toEqual(before);
  });

  it('writes a skeleton that check rejects until filled in, and accepts once it is', () => {
    const dir = copyOfClean();
    const run = errata(['new', '--content', dir, '--slug', 'docker-daemon-not-running'], 'Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n');
    expect(run.status).toBe(0);
    const file = path.join(dir, 'errors', 'docker-daemon-not-running.mdx');
    expect(run.stdout).toContain('Wrote ');
    const skeleton = readFileSync(file, 'utf8');
    expect(skeleton).toContain('signature: "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?"');
    expect(skeleton).toMatch(/^updated: \d{4}-\d{2}-\d{2}$/m);
    const unfilled = errata(['check', '--content', dir]);
    expect(unfilled.status).toBe(1);
    expect(unfilled.stdout).toContain('docker-daemon-not-running.mdx:3 description: must not be empty (found an empty value)');
    expect(unfilled.stdout).toMatch(/docker-daemon-not-running\.mdx:\d+ body: has a TODO left/);

    // An author fills in the fields and sections.
    const filled = skeleton
      .replace('description: ""', 'description: The Docker client cannot reach the daemon socket.')
      .replace('quickFix: ""', 'quickFix: Start the Docker daemon, then run the command again.')
      .replace('related: []', 'related:\n  - node-eaddrinuse\n  - npm-eacces-global-install')
      .replace('faq: []', 'faq:\n  - q: Is the daemon running?\n    a: Run docker info.\n  - q: Does a restart help?\n    a: Often.\n  - q: Is it a bug?\n    a: No.')
      .replace('sources: []', 'sources:\n  - title: Docker docs\n    url: https://docs.docker.com/engine/daemon/\n    note: How the daemon starts.')
      .replace('evidence: ""', 'evidence: The Docker documentation describes starting the daemon.')
      .replace('1. TODO: the first thing to check, with its command:', '1. Check whether the daemon runs:')
      .replace(/^TODO$/gm, 'Written by the author.')
      .replace(/^ {3}TODO$/m, '   docker info');
    writeFileSync(file, filled);
    const checked = errata(['check', '--content', dir]);
    expect(checked.stdout + checked.stderr).toContain('4 pages checked: 0 errors');
    expect(checked.status).toBe(0);
  });

  it('never overwrites an existing page', () => {
    const dir = copyOfClean();
    const target = path.join(dir, 'errors', 'node-eaddrinuse.mdx');
    const original = readFileSync(target, 'utf8');
    const run = errata(['new', '--content', dir, '--force-new', '--slug', 'node-eaddrinuse'], 'Error: listen EADDRINUSE :::1\n');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/node-eaddrinuse\.mdx` already exists and is never overwritten; pass another --slug/);
    expect(readFileSync(target, 'utf8')).toBe(original);
    expect(readdirSync(path.join(dir, 'errors')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(existsSync(target)).toBe(true);
  });
});

describe('CLI arguments', () => {
  it.each([
    [['match', '--limit', '0'], 'errata match: --limit takes a whole number from 1 to 100 (found `0`)'],
    [['match', '--bogus'], 'errata match: unknown option `--bogus`; valid options: --json, --help, -h, --limit, --content'],
    [['match', 'no-such-file.txt'], 'errata match: cannot read `no-such-file.txt` (it does not exist); pass a readable text file, or - for standard input'],
    [['check', '--content', 'no/such/dir'], 'errata check: the content directory does not exist'],
    [['frobnicate'], 'errata: unknown command `frobnicate`; use one of: build, check, explain, match, mcp, new, run (errata --help)'],
  ])('errata %j fails with one clear line and exit code 2', (args, message) => {
    const run = errata(args, 'x');
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain(message);
  });

  it('match --json prints the error line and results best first, each with its match level and matched line', () => {
    const run = errata(['match', '--json', '--limit', '2'], 'npm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\n');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout) as { errorLine: string; results: { slug: string; score: number; match: string; matched: string }[] };
    expect(out.errorLine).toBe('ERESOLVE unable to resolve dependency tree');
    expect(out.results[0]).toMatchObject({ slug: 'npm-eresolve-unable-to-resolve-dependency-tree', url: 'http://localhost:4321/errors/npm-eresolve-unable-to-resolve-dependency-tree/', match: 'exact', matched: 'ERESOLVE unable to resolve dependency tree' });
    expect(out.results.length).toBeLessThanOrEqual(2);
    expect(Object.keys(out.results[0]!).sort()).toEqual(['match', 'matched', 'score', 'slug', 'title', 'url']);
    const scores = out.results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('match exits 1 and says there is no page when nothing is exact or likely, with and without --json', () => {
    const rust = 'error[E0382]: borrow of moved value: `v`\n --> src/main.rs:4:20\nerror: could not compile `demo` (bin "demo") due to 1 previous error\n';
    const plain = errata(['match'], rust);
    expect(plain.status).toBe(1);
    expect(plain.stdout).toContain('Errata has no page for this error yet.');
    expect(plain.stdout).toContain('Error line: error[E0382]: borrow of moved value: `v`');
    const json = errata(['match', '--json'], rust);
    expect(json.status).toBe(1);
    const out = JSON.parse(json.stdout) as { results: { match: string }[] };
    expect(out.results.every((r) => r.match === 'related')).toBe(true);
  }, 30_000);

  it('match --help prints usage and exits 0', () => {
    const run = errata(['match', '--help'], '');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: errata match/);
    expect(run.stdout).toContain('Exit status: 0 when a result is exact or likely');
  });

  it('match redacts secrets before it matches or prints anything', () => {
    const key = ['sk', 'ant', 'api03', 'Q'.repeat(40)].join('-');
    const run = errata(['match', '--json'], `Error: listen EADDRINUSE: address already in use :::3000 token=${key}\n`);
    expect(run.stdout).not.toContain('Q'.repeat(40));
    expect(run.stdout).toContain('[REDACTED]');
  });
});
