// Runs one build as a child process: wall time, peak RSS of the whole process
// tree (sampled from /proc every 200 ms), the index timings it logs, and its
// phases, timed from when each of Astro's phase lines arrives on the pipe.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { done, progress, seconds } from './progress.mjs';

const PAGE = 4096;

/** Sum of resident memory of `root` and all its descendants, in bytes. */
export function treeRss(root) {
  const children = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(name)]);
    } catch {} // the process ended while we looked
  }
  let total = 0;
  for (const queue = [root]; queue.length; ) {
    const pid = queue.pop();
    try {
      total += Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE;
    } catch {}
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/**
 * Phases of an Astro build, each from the first line matching its pattern to the
 * next phase's line (the last one ends when the process exits). `check + sync`
 * runs from the spawn: config, integrations' setup (Errata's content check), content sync.
 */
const PHASES = [
  ['check + sync', null],
  ['bundling', /Building static entrypoints/],
  ['rendering', /generating static routes/],
  ['after rendering', /^\S*\s*✓ Completed in /], // `✓ Completed in 277ms.`, `... in 1m 18s.`; not `[build] ✓ Completed`
];

/** Splits timed log lines into phases: [{ name, ms }]. */
export function phasesOf(lines, totalMs) {
  const starts = [0];
  let from = 0;
  for (const [, re] of PHASES.slice(1)) {
    const at = re ? lines.findIndex((l, i) => i >= from && re.test(l.text)) : -1;
    starts.push(at < 0 ? undefined : lines[at].ms);
    if (at >= 0) from = at + 1;
  }
  return PHASES.map(([name], i) => {
    const end = starts.slice(i + 1).find((x) => x !== undefined) ?? totalMs;
    return { name, ms: starts[i] === undefined ? undefined : end - starts[i] };
  });
}

/**
 * Runs `command` (argv array; the first element is run with this Node) with `env`,
 * writing the log to `logFile`. Returns { wallMs, peakRss, log, phases }; exits the
 * bench with the log's tail on failure.
 */
export async function build({ name, command, cwd, env, logFile }) {
  const started = performance.now();
  const child = spawn(process.execPath, command, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines = [];
  let partial = '';
  const take = (d) => {
    const text = partial + d.toString().replace(/\x1b\[[0-9;]*m/g, '');
    const parts = text.split('\n');
    partial = parts.pop();
    const ms = performance.now() - started;
    for (const t of parts) lines.push({ ms, text: t });
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  let peakRss = 0;
  let peakAt = 0;
  const timer = setInterval(() => {
    const rss = treeRss(child.pid);
    if (rss > peakRss) [peakRss, peakAt] = [rss, performance.now() - started];
    progress(`building ${name}: ${seconds(performance.now() - started)} elapsed, RSS ${(peakRss / 2 ** 20).toFixed(0)} MB peak`);
  }, 200);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  if (partial) lines.push({ ms: wallMs, text: partial });
  const log = lines.map((l) => l.text).join('\n');
  writeFileSync(logFile, lines.map((l) => `${(l.ms / 1000).toFixed(2).padStart(8)}s ${l.text}`).join('\n'));
  if (code !== 0) {
    done(`building ${name} failed (exit ${code}); last lines of ${logFile}:`);
    console.error(log.trim().split('\n').slice(-25).join('\n'));
    process.exit(1);
  }
  const restored = lines.filter((l) => /\((?:cached|restored)\)\s*$/.test(l.text)).length;
  const phases = phasesOf(lines, wallMs);
  let at = 0;
  const peakPhase = phases.find((p) => p.ms !== undefined && (at += p.ms) >= peakAt)?.name ?? '?';
  done(`built ${name} in ${seconds(wallMs)}, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB at ${seconds(peakAt)} (${peakPhase})${restored ? `, ${restored} pages reused` : ''} (log: ${logFile})`);
  return { wallMs, peakRss, peakAt, peakPhase, log, phases, restored };
}

/** Milliseconds from a log line such as `Pagefind indexed 266 pages in 5759 ms`. */
export const loggedMs = (log, pattern) => {
  const m = pattern.exec(log);
  return m ? Number(m[1]) : undefined;
};
