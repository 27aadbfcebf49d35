import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { buildIndex, match } from '../lib/matcher.ts';
import { loadMatcherInput } from '../node/content-files.ts';
import { publicSite } from '../settings.ts';
import { siteLinks } from '../lib/agent-outputs.ts';
import { parseArgs } from './args.ts';
import { resolveContentDir } from './check.ts';
import { UsageError } from './errors.ts';
import { prepareErrorText } from './input.ts';

export const RUN_USAGE = `Usage: errata run [--content DIR] -- COMMAND [ARGS...]

Runs COMMAND with your standard input, copies its output through unchanged as it
arrives, and exits with its exit code (128 + the signal number when a signal
ended it). Ctrl+C and other signals are passed on to the command. When the
command fails, errata matches the last 64 KB of its output and, after that
output, prints the page for the error on standard error (title, URL and quick
fix) when one is an exact or likely match; otherwise it prints nothing extra.

When errata's own output is a terminal, the command gets FORCE_COLOR; some
tools still print without colour when their output is not a terminal.`;

/** How much of the command's output (both streams, in arrival order) is kept for matching. */
export const KEEP_BYTES = 64 * 1024;

/** Signals passed on to the command; the terminal also sends Ctrl+C to it directly, as `npm run` does. */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT', 'SIGUSR1', 'SIGUSR2'] as const;

/** `errata run -- CMD [ARGS...]`: run a command, pass its output and exit code through, name the page when it fails. */
export async function runRun(argv: string[]): Promise<number> {
  const split = argv.indexOf('--');
  const head = split === -1 ? argv.slice(0, firstCommandArg(argv)) : argv.slice(0, split);
  const command = split === -1 ? argv.slice(head.length) : argv.slice(split + 1);
  const args = parseArgs(head, { booleans: ['--help', '-h'], values: ['--content'], maxPositionals: 0 });
  if (args.flags.has('--help') || args.flags.has('-h')) {
    console.log(RUN_USAGE);
    return 0;
  }
  if (!command.length) throw new UsageError('give the command to run after --, e.g. `errata run -- npm test`');
  const dir = resolveContentDir(args.values.get('--content'));

  const kept = new Tail(KEEP_BYTES);
  const outcome = await runCommand(command[0]!, command.slice(1), kept);
  if ('failed' in outcome) {
    process.stderr.write(`errata run: ${outcome.failed}\n`);
    return outcome.code;
  }
  const code = outcome.signal ? 128 + (constants.signals[outcome.signal as keyof typeof constants.signals] ?? 0) : (outcome.code ?? 1);
  // A command the user interrupted did not fail on its own: no page for that.
  if (code !== 0 && !outcome.interrupted) {
    try {
      const note = explainFailure(kept.text(), dir);
      if (note) process.stderr.write(note);
    } catch (error) {
      process.stderr.write(`errata run: could not match the output (${(error as Error).message})\n`);
    }
  }
  return code;
}

/** Where the command starts when there is no `--`: the first argument that is not one of errata's own options. */
function firstCommandArg(argv: string[]): number {
  let i = 0;
  while (i < argv.length && argv[i]!.startsWith('-') && argv[i] !== '-') i += argv[i] === '--content' ? 2 : 1;
  return Math.min(i, argv.length);
}

type Outcome = { code: number | null; signal: NodeJS.Signals | null; interrupted: boolean } | { failed: string; code: number };

/** Runs the command with stdin inherited and both output streams copied through as they arrive. */
function runCommand(file: string, args: string[], kept: Tail): Promise<Outcome> {
  const env = { ...process.env };
  if (process.stdout.isTTY && env['FORCE_COLOR'] === undefined && env['NO_COLOR'] === undefined) {
    const depth = process.stdout.getColorDepth();
    env['FORCE_COLOR'] = depth >= 24 ? '3' : depth >= 8 ? '2' : '1';
  }
  return new Promise((resolve) => {
    const child = spawn(file, args, { stdio: ['inherit', 'pipe', 'pipe'], env });
    let interrupted = false;
    const forward = (signal: NodeJS.Signals) => {
      if (signal === 'SIGINT' || signal === 'SIGTERM' || signal === 'SIGHUP') interrupted = true;
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    };
    for (const signal of FORWARDED) process.on(signal, forward);
    const done = (outcome: Outcome) => {
      for (const signal of FORWARDED) process.off(signal, forward);
      resolve(outcome);
    };
    // When our reader goes away (`errata run -- cmd | head`), the command gets SIGPIPE, as it would in a shell pipeline.
    const readerGone = () => {
      interrupted = true;
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGPIPE');
    };
    pipeThrough(child.stdout, process.stdout, kept, readerGone);
    pipeThrough(child.stderr, process.stderr, kept, readerGone);
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (child.pid !== undefined) return; // a running child's stream errors end in 'close' below
      done(error.code === 'ENOENT' ? { failed: `command not found: ${file}`, code: 127 } : error.code === 'EACCES' ? { failed: `permission denied: ${file}`, code: 126 } : { failed: `cannot run ${file} (${error.message})`, code: 126 });
    });
    child.once('close', (code, signal) => {
      if (child.pid === undefined) return;
      done({ code, signal, interrupted });
    });
  });
}

/** Copies a child's stream to ours byte for byte, with backpressure, keeping the tail for matching. */
function pipeThrough(from: NodeJS.ReadableStream, to: NodeJS.WriteStream, kept: Tail, readerGone: () => void): void {
  let open = true;
  to.on('error', () => {
    // EPIPE: nobody reads our output any more. Stop copying (the rest is still read, so the command never blocks).
    if (!open) return;
    open = false;
    from.resume();
    readerGone();
  });
  from.on('data', (chunk: Buffer) => {
    kept.push(chunk);
    if (open && !to.write(chunk)) {
      from.pause();
      to.once('drain', () => from.resume());
    }
  });
}

/** The last `limit` bytes of everything pushed, in order. */
export class Tail {
  private chunks: Buffer[] = [];
  private size = 0;
  private readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }
  push(chunk: Buffer): void {
    this.chunks.push(chunk);
    this.size += chunk.length;
    while (this.chunks.length > 1 && this.size - this.chunks[0]!.length >= this.limit) this.size -= this.chunks.shift()!.length;
  }
  text(): string {
    const all = Buffer.concat(this.chunks);
    return all.subarray(Math.max(0, all.length - this.limit)).toString('utf8');
  }
}

/** Three lines for stderr naming the page for a failed command's output, or '' when no page is exact or likely. */
export function explainFailure(output: string, dir: string, stderrIsTTY = Boolean(process.stderr.isTTY)): string {
  if (!output.trim()) return '';
  const text = prepareErrorText(output, "the command's output");
  const { pages, tools } = loadMatcherInput(dir);
  const best = match(buildIndex(pages, tools), text, 3).find((r) => r.match === 'exact' || r.match === 'likely');
  if (!best) return '';
  const page = pages.find((p) => p.slug === best.slug)!;
  const { origin, base } = publicSite();
  const tag = stderrIsTTY && !process.env['NO_COLOR'] ? '\u001b[1merrata:\u001b[22m' : 'errata:';
  return [
    `${tag} ${best.title}`,
    `${tag} ${siteLinks(origin, base).page(best.slug)} (or: errata explain ${best.slug})`,
    `${tag} Quick fix: ${page.quickFix.replace(/\s+/g, ' ')}`,
  ].join('\n') + '\n';
}
