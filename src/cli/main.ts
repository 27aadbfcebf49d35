import { runCheck } from './check.ts';
import { UsageError } from './errors.ts';

const USAGE = `Usage: errata <command> [options]

Commands:
  build [--out DIR] [--force]      build the site (default dist/); a failed build leaves DIR as it was;
                                   --force renders every page again instead of reusing unchanged ones
  check [--json] [--content DIR]   validate every page without building the site
  match [FILE] [--json] [--limit N] [--content DIR]
                                   print the pages that best match an error (stdin when no FILE);
                                   exit 0 when one is an exact or likely match, 1 otherwise
  new [TEXT] [--file FILE] [--slug SLUG] [--force-new] [--content DIR]
                                   point to the page for a pasted error, or start a new page for it
  run [--content DIR] -- COMMAND [ARGS...]
                                   run a command; when it fails, name the Errata page for its error
  explain SLUG [--content DIR]     print one page in the terminal
  mcp [--content DIR]              serve Errata to AI coding tools over MCP (stdio)

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
      case 'build':
        return await (await import('./build.ts')).runBuild(rest);
      case 'match':
        return (await import('./match.ts')).runMatch(rest);
      case 'new':
        return (await import('./new.ts')).runNew(rest);
      case 'run':
        return await (await import('./run.ts')).runRun(rest);
      case 'explain':
        return (await import('./explain.ts')).runExplain(rest);
      case 'mcp':
        return await (await import('./mcp.ts')).runMcp(rest);
      case undefined:
      case '-h':
      case '--help':
        console.log(USAGE);
        return command === undefined ? 2 : 0;
      default:
        console.error(`errata: unknown command \`${command}\`; use one of: build, check, explain, match, mcp, new, run (errata --help)`);
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
