import { runCheck } from './check.ts';

const USAGE = `Usage: errata <command> [options]

Commands:
  check [--json] [--content DIR]   validate every page without building the site
  match [FILE] [--json] [--limit N] [--content DIR]
                                   print the pages that best match an error (stdin when no FILE)

Options:
  --content DIR   the content directory (default: $ERRATA_CONTENT_DIR or ./content)
  -h, --help      show this help`;

/** Runs one CLI command and returns its exit code. */
export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'check':
        return runCheck(rest);
      case 'match':
        return (await import('./match.ts')).runMatch(rest);
      case undefined:
      case '-h':
      case '--help':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        console.error(`errata: unknown command \`${command}\`; use one of: check (errata --help)`);
        return 2;
    }
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`errata ${command}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

/** A mistake in the command line: printed as one line, exit code 2. */
export class UsageError extends Error {}
