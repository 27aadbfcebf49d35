// Runs one `astro build` as a child process: wall time, peak RSS of the whole
// process tree (sampled from /proc every 200 ms) and the index timings it logs.
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
 * Builds with `node <astro> build ...args`, writing the log to `logFile`.
 * Returns { wallMs, peakRss, log }; exits the bench with the log's tail on failure.
 */
export async function build({ name, astro, args, cwd, env, logFile }) {
  const started = performance.now();
  const child = spawn(process.execPath, [astro, 'build', '--force', ...args], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  let peakRss = 0;
  const timer = setInterval(() => {
    peakRss = Math.max(peakRss, treeRss(child.pid));
    progress(`building ${name}: ${seconds(performance.now() - started)} elapsed, RSS ${(peakRss / 2 ** 20).toFixed(0)} MB peak`);
  }, 200);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  log = log.replace(/\x1b\[[0-9;]*m/g, '');
  writeFileSync(logFile, log);
  if (code !== 0) {
    done(`building ${name} failed (exit ${code}); last lines of ${logFile}:`);
    console.error(log.trim().split('\n').slice(-25).join('\n'));
    process.exit(1);
  }
  done(`built ${name} in ${seconds(wallMs)}, peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB (log: ${logFile})`);
  return { wallMs, peakRss, log };
}

/** Milliseconds from a log line such as `Pagefind indexed 266 pages in 5759 ms`. */
export const loggedMs = (log, pattern) => {
  const m = pattern.exec(log);
  return m ? Number(m[1]) : undefined;
};
