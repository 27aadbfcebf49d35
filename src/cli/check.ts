import { existsSync } from 'node:fs';
import { checkContent, formatProblem } from '../lib/check.ts';
import { defaultContentDir, readContentTree } from '../node/content-files.ts';
import { parseArgs } from './args.ts';
import { UsageError } from './errors.ts';

/** `errata check`: validate every page, print located problems, exit 1 on any error. */
export function runCheck(argv: string[]): number {
  const args = parseArgs(argv, { booleans: ['--json'], values: ['--content'], maxPositionals: 0 });
  const dir = resolveContentDir(args.values.get('--content'));
  const { problems, pages } = checkContent(readContentTree(dir));
  const errors = problems.filter((p) => p.severity === 'error').length;
  const warnings = problems.length - errors;
  if (args.flags.has('--json')) {
    console.log(JSON.stringify({ pages, errors, warnings, problems }, null, 2));
  } else {
    for (const p of problems) console.log(formatProblem(p));
    const summary = `${pages} page${pages === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    (errors ? console.error : console.log)(summary);
  }
  return errors ? 1 : 0;
}

/** The content directory from `--content`, the environment or the checkout's own; it must exist. */
export function resolveContentDir(flag: string | undefined): string {
  const dir = defaultContentDir(flag);
  if (!existsSync(dir)) throw new UsageError(`the content directory does not exist (\`${dir}\`); pass --content DIR or set ERRATA_CONTENT_DIR`);
  return dir;
}
