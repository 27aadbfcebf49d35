import { spawn, spawnSync } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { explainFailure, Tail } from '../../src/cli/run.ts';

const ERRATA = path.resolve('bin/errata.mjs');
const ELSEWHERE = mkdtempSync(path.join(tmpdir(), 'errata-run-'));
const NODE = process.execPath;

/** The environment of a plain shell: no colour forced (Vitest sets FORCE_COLOR for itself). */
function env(): NodeJS.ProcessEnv {
  const e = { ...process.env };
  delete e['FORCE_COLOR'];
  delete e['NO_COLOR'];
  return e;
}

/** `errata run -- ...args`, from another directory, with stdout and stderr captured as bytes. */
function run(args: string[], input?: Buffer | string) {
  const r = spawnSync(NODE, [ERRATA, 'run', '--', ...args], { cwd: ELSEWHERE, env: env(), input: input ?? '', maxBuffer: 64 * 1024 * 1024 });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('errata run', () => {
  it.each([
    [0, ['-e', '']],
    [1, ['-e', 'process.exit(1)']],
    [2, ['-e', 'process.exit(2)']],
    [77, ['-e', 'process.exit(77)']],
  ])('passes exit code %i through', (code, args) => {
    expect(run([NODE, ...args]).status).toBe(code);
  });

  it('exits 127 and says so when the command does not exist', () => {
    const r = run(['errata-no-such-command-anywhere']);
    expect(r.status).toBe(127);
    expect(r.stdout.length).toBe(0);
    expect(r.stderr.toString()).toBe('errata run: command not found: errata-no-such-command-anywhere\n');
  });

  it('exits 128 + the signal number when a signal ends the command', () => {
    expect(run(['sh', '-c', 'kill -TERM $$']).status).toBe(143);
  });

  it('passes Ctrl+C on to the command and exits 130, with no page named', async () => {
    const child = spawn(NODE, [ERRATA, 'run', '--', NODE, '-e', 'console.log("ready"); setInterval(() => {}, 1000)'], { cwd: ELSEWHERE, env: env() });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    await new Promise<void>((resolve) =>
      child.stdout.on('data', (c: Buffer) => {
        stdout += c.toString();
        if (stdout.includes('ready')) resolve();
      }),
    );
    child.kill('SIGINT'); // to errata only, as `kill -INT <pid>` would; errata passes it on
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(code).toBe(130);
    expect(stdout).toBe('ready\n');
    expect(stderr).toBe('');
  }, 20_000);

  it('names the page after a failing command whose output holds a covered error, on stderr only', () => {
    const script = `console.log("starting on 8080");
      console.error("node:events:497\\n      throw er; // Unhandled 'error' event\\n      ^\\n\\nError: listen EADDRINUSE: address already in use :::8080\\n    at Server.setupListenHandle [as _listen2] (node:net:1872:16)");
      process.exitCode = 1;`;
    const r = run([NODE, '-e', script]);
    expect(r.status).toBe(1);
    expect(r.stdout.toString()).toBe('starting on 8080\n');
    const lines = r.stderr.toString().split('\n');
    // The command's own output first, unchanged, then three lines: title, URL, quick fix.
    expect(lines.slice(0, 6).join('\n')).toBe("node:events:497\n      throw er; // Unhandled 'error' event\n      ^\n\nError: listen EADDRINUSE: address already in use :::8080\n    at Server.setupListenHandle [as _listen2] (node:net:1872:16)");
    expect(lines.slice(6)).toEqual([
      'errata: Node.js Error: listen EADDRINUSE: address already in use :::3000',
      'errata: http://localhost:4321/errors/node-eaddrinuse-address-already-in-use/ (or: errata explain node-eaddrinuse-address-already-in-use)',
      expect.stringMatching(/^errata: Quick fix: Find what holds the port/),
      '',
    ]);
  });

  it('prints nothing extra when the failing command printed an error Errata does not cover', () => {
    const r = run(['sh', '-c', 'echo "frobnicator: widget calibration drifted past the flux threshold in sector 7G" >&2; exit 1']);
    expect(r.status).toBe(1);
    expect(r.stderr.toString()).toBe('frobnicator: widget calibration drifted past the flux threshold in sector 7G\n');
    expect(r.stdout.length).toBe(0);
  });

  it('prints nothing extra when the command succeeds, even if its output holds a covered error', () => {
    const r = run(['sh', '-c', 'echo "Error: listen EADDRINUSE: address already in use :::8080" >&2; exit 0']);
    expect(r.status).toBe(0);
    expect(r.stderr.toString()).toBe('Error: listen EADDRINUSE: address already in use :::8080\n');
  });

  it('copies each stream byte for byte: 10 MB of binary on stdout, 1 MB on stderr', () => {
    const out = randomBytes(10 * 1024 * 1024);
    const err = randomBytes(1024 * 1024);
    const dir = mkdtempSync(path.join(tmpdir(), 'errata-run-bytes-'));
    writeFileSync(path.join(dir, 'out.bin'), out);
    writeFileSync(path.join(dir, 'err.bin'), err);
    const r = run(['sh', '-c', `cat '${dir}/out.bin'; cat '${dir}/err.bin' >&2`]);
    expect(r.status).toBe(0);
    expect(r.stdout.length).toBe(out.length);
    expect(sha(r.stdout)).toBe(sha(out));
    expect(sha(r.stderr)).toBe(sha(err));
  }, 60_000);

  it('keeps bytes that are not UTF-8 intact when the command fails too', () => {
    const bytes = Buffer.from([0xff, 0xfe, 0x00, 0x80, 0x0a, 0xc3, 0x28, 0x0a]);
    const r = run([NODE, '-e', `process.stdout.write(Buffer.from(${JSON.stringify([...bytes])})); process.stderr.write(Buffer.from(${JSON.stringify([...bytes])})); process.exitCode = 3`]);
    expect(r.status).toBe(3);
    expect(Buffer.compare(r.stdout, bytes)).toBe(0);
    expect(Buffer.compare(r.stderr, bytes)).toBe(0);
  });

  it('gives the command our standard input, and forces no colour when stdout is not a terminal', () => {
    expect(run(['cat'], 'piped in\n').stdout.toString()).toBe('piped in\n');
    expect(run([NODE, '-e', 'console.log(process.env.FORCE_COLOR ?? "unset")']).stdout.toString()).toBe('unset\n');
  });

  // util-linux `script` gives errata a terminal for stdout; skipped where it is missing.
  const script = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  it.runIf(script)('sets FORCE_COLOR for the command when its own stdout is a terminal', () => {
    const inner = `'${NODE}' '${ERRATA}' run -- '${NODE}' -e 'console.log("FORCE_COLOR=" + process.env.FORCE_COLOR)'`;
    const r = spawnSync('script', ['-qec', inner, '/dev/null'], { cwd: ELSEWHERE, env: env(), input: '', encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/FORCE_COLOR=[123]\r?\n/);
  });

  it('needs a command', () => {
    const r = spawnSync(NODE, [ERRATA, 'run'], { cwd: ELSEWHERE, encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('errata run: give the command to run after --, e.g. `errata run -- npm test`\n');
  });

  it('keeps only the last 64 KB of output for matching', () => {
    const tail = new Tail(10);
    for (const s of ['abc', 'defgh', 'ijklmnop', 'qr']) tail.push(Buffer.from(s));
    expect(tail.text()).toBe('ijklmnopqr');
    expect(explainFailure('', 'content')).toBe('');
  });
});

describe('errata explain', () => {
  it('prints one page from any directory, wrapped to 80 columns except unbreakable code and URLs', () => {
    const r = spawnSync(NODE, [ERRATA, 'explain', 'pip-externally-managed-environment'], { cwd: ELSEWHERE, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^pip error: externally-managed-environment \(PEP 668\)\n=+\n/);
    for (const heading of ['Quick fix', 'Step-by-step troubleshooting', 'Sources checked', 'Related errors', 'FAQ']) expect(r.stdout).toContain(`\n${heading}\n${'-'.repeat(heading.length)}\n`);
    const long = r.stdout.split('\n').filter((l) => l.length > 80 && !l.startsWith('    ') && !/^\s*<https?:\/\/\S+>:?$/.test(l));
    expect(long).toEqual([]);
    expect(r.stdout).not.toMatch(/<\/?(Steps|Callout)|```/);
  });

  it('refuses an unknown slug or a path with exit code 2, suggesting close pages', () => {
    const unknown = spawnSync(NODE, [ERRATA, 'explain', 'node-eaddrinuse'], { cwd: ELSEWHERE, encoding: 'utf8' });
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toMatch(/^errata explain: no page has the slug `node-eaddrinuse`; close ones: node-eaddrinuse-address-already-in-use/);
    const pathLike = spawnSync(NODE, [ERRATA, 'explain', '../../etc/passwd'], { cwd: ELSEWHERE, encoding: 'utf8' });
    expect(pathLike.status).toBe(2);
  });
});
