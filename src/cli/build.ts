import { spawn } from 'node:child_process';
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from './args.ts';

/** An error as Astro reports it: a message, and for compile errors the file position. */
interface BuildError {
  message?: string;
  title?: string;
  hint?: string;
  loc?: { file?: string; line?: number; column?: number };
  id?: string;
}

/**
 * `errata build`: builds the site into a fresh folder and swaps it into place
 * only when the build succeeded, so a failed build leaves the previous output
 * untouched (Astro itself empties its output folder first).
 */
export async function runBuild(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { booleans: ['--force'], values: ['--out'], maxPositionals: 0 });
  const out = path.resolve(args.values.get('--out') ?? 'dist');
  const next = `${out}.next`;
  const old = `${out}.old`;
  rmSync(next, { recursive: true, force: true });
  // Previous sites whose background deletion did not finish (the machine went down meanwhile).
  const leftover = `${path.basename(old)}-`;
  for (const name of existsSync(path.dirname(out)) ? readdirSync(path.dirname(out)) : []) if (name.startsWith(leftover)) removeInBackground(path.join(path.dirname(out), name));
  const { build } = await import('astro');
  try {
    // --force: a cold build (content re-read, no page reused from the incremental cache).
    // The search-index worker reads ERRATA_BUILD_FORCE: a cold build reuses no index either.
    if (args.flags.has('--force')) process.env['ERRATA_BUILD_FORCE'] = '1';
    await build({ outDir: next, force: args.flags.has('--force') });
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    if (process.env["ERRATA_DEBUG"]) console.error(error);
    console.error(formatBuildError(error as BuildError, process.cwd()));
    console.error(`errata build: the build failed; ${existsSync(out) ? `the previous site in ${path.relative(process.cwd(), out) || out} is unchanged` : 'nothing was written'}.`);
    return 1;
  }
  rmSync(old, { recursive: true, force: true });
  if (existsSync(out)) renameSync(out, old);
  renameSync(next, out);
  removeInBackground(old);
  return 0;
}

/**
 * Deletes a folder after this process has exited: the previous site holds tens
 * of thousands of files at 10,000 pages, and deleting them took 4 s that the
 * build had already finished. The folder is first renamed to a name no later
 * build uses, so a build started meanwhile never races the deletion.
 */
function removeInBackground(dir: string): void {
  if (!existsSync(dir)) return;
  const doomed = /\.old-\d+-\d+$/.test(dir) ? dir : `${dir}-${process.pid}-${Date.now()}`;
  try {
    if (doomed !== dir) renameSync(dir, doomed);
    const child = spawn(process.execPath, ['-e', `require('node:fs').rmSync(${JSON.stringify(doomed)}, { recursive: true, force: true })`], { detached: true, stdio: 'ignore' });
    child.on('error', () => rmSync(doomed, { recursive: true, force: true }));
    child.unref();
  } catch {
    rmSync(existsSync(doomed) ? doomed : dir, { recursive: true, force: true });
  }
}

/** Located lines for a build failure: `file:line:column: message`, one per error, then Astro's hint if any. */
export function formatBuildError(error: BuildError & { errors?: BuildError[] }, cwd: string): string {
  const inner = Array.isArray(error.errors) && error.errors.length ? error.errors : [error];
  return inner.map((e) => formatOne(e, cwd)).join('\n');
}

function formatOne(error: BuildError & { line?: number; column?: number; reason?: string }, cwd: string): string {
  const text = String(error.message ?? error);
  // Bundler errors carry the position in their text, e.g. "[plugin x] /a/b.mdx:63:1".
  const found = /((?:\/|[A-Za-z]:\\)[^\s:]+\.(?:mdx|md|astro|ts|js|mjs|yaml)):(\d+):(\d+)/.exec(text);
  const file = error.loc?.file ?? error.id ?? found?.[1];
  const line = error.loc?.line ?? error.line ?? (found ? Number(found[2]) : undefined);
  const column = error.loc?.column ?? error.column ?? (found ? Number(found[3]) : undefined);
  const where = file ? `${path.relative(cwd, file.replace(/^file:\/\//, '')) || file}${line ? `:${line}` : ''}${column ? `:${column}` : ''}: ` : '';
  const message = (error.reason ?? text)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('[plugin') && !l.startsWith('at ') && !/^Build failed/.test(l))[0]
    ?.replace(/^MDXError: /, '')
    .replace(/^\d+:\d+: /, '') ?? text.split('\n')[0];
  return `${where}${message}${error.hint ? `\n  hint: ${error.hint.split('\n')[0]}` : ''}`;
}
