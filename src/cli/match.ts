import { buildIndex, match } from '../lib/matcher.ts';
import { errorLine } from '../lib/normalize.ts';
import { loadMatcherInput } from '../node/content-files.ts';
import { parseArgs } from './args.ts';
import { resolveContentDir } from './check.ts';
import { UsageError } from './errors.ts';
import { readErrorText } from './input.ts';

export const MATCH_USAGE = `Usage: errata match [FILE] [--json] [--limit N] [--content DIR]

Reads error text from FILE (standard input when FILE is absent or -), redacts
secrets, and prints the pages that best match it, best first, each with how
sure the match is:
  exact    the text holds the page's own error line (variable parts aside)
  likely   most of the error's distinctive words, its error code included
  related  shared words only: not this error

Options:
  --json       print {"errorLine","results":[{"slug","title","url","score","match","matched"}]}
  --limit N    how many results (1-100, default 5)
  --content DIR  the content directory (default: $ERRATA_CONTENT_DIR or ./content)

Exit status: 0 when a result is exact or likely, 1 when none is, 2 on bad usage.`;

/** `errata match [FILE]`: print the pages that best match an error read from FILE or stdin. */
export function runMatch(argv: string[]): number {
  const args = parseArgs(argv, { booleans: ['--json', '--help', '-h'], values: ['--limit', '--content'], maxPositionals: 1 });
  if (args.flags.has('--help') || args.flags.has('-h')) {
    console.log(MATCH_USAGE);
    return 0;
  }
  const limitText = args.values.get('--limit') ?? '5';
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > 100) throw new UsageError(`--limit takes a whole number from 1 to 100 (found \`${limitText}\`)`);
  const dir = resolveContentDir(args.values.get('--content'));
  const text = readErrorText(args.positionals[0]);

  const { pages, tools } = loadMatcherInput(dir);
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const site = (process.env['ERRATA_SITE'] || 'http://localhost:4321').replace(/\/$/, '');
  const base = (process.env['ERRATA_BASE'] || '').replace(/\/$/, '');
  const results = match(buildIndex(pages, tools), text, limit).map((r) => ({ ...r, url: `${site}${base}/errors/${r.slug}/` }));
  const confident = results.some((r) => r.match !== 'related');

  if (args.flags.has('--json')) {
    console.log(JSON.stringify({ errorLine: errorLine(text), results: results.map(({ slug, title, url, score, match, matched }) => ({ slug, title, url, score, match, matched })) }));
    return confident ? 0 : 1;
  }
  if (!confident) {
    console.log(`Errata has no page for this error yet.\n  Error line: ${errorLine(text)}`);
    if (results.length) console.log('Related pages (not this error):');
  }
  results.forEach((r, i) => {
    console.log(`${i + 1}. ${r.title}  [${r.match}]`);
    console.log(`   ${r.url}  (score ${r.score.toFixed(2)})`);
    if (r.match !== 'related') console.log(`   Quick fix: ${bySlug.get(r.slug)?.quickFix ?? ''}`);
    if (r.matched) console.log(`   Matched: ${r.matched}`);
  });
  if (!confident) console.log('To write the page: npx errata new < error.txt');
  return confident ? 0 : 1;
}
