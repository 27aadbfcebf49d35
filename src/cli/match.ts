import { readFileSync } from 'node:fs';
import { buildIndex, match } from '../lib/matcher.ts';
import { parseArgs } from './args.ts';
import { resolveContentDir } from './check.ts';
import { UsageError } from './main.ts';
import { loadPages } from '../integrations/read-content.ts';

/** `errata match [FILE]`: print the pages that best match an error read from FILE or stdin. */
export function runMatch(argv: string[]): number {
  const args = parseArgs(argv, { booleans: ['--json'], values: ['--limit', '--content'], maxPositionals: 1 });
  const limitText = args.values.get('--limit') ?? '5';
  const limit = Number(limitText);
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > 100) throw new UsageError(`--limit takes a whole number from 1 to 100 (found \`${limitText}\`)`);
  const dir = resolveContentDir(args.values.get('--content'));
  const text = readInput(args.positionals[0]);
  if (!text.trim()) throw new UsageError('the input is empty; pass the error text in FILE or on standard input');

  const pages = loadPages(dir);
  const bySlug = new Map(pages.map((p) => [p.slug, p]));
  const site = (process.env['ERRATA_SITE'] || 'http://localhost:4321').replace(/\/$/, '');
  const base = (process.env['ERRATA_BASE'] || '').replace(/\/$/, '');
  const results = match(buildIndex(pages), text, limit).map((r) => ({ ...r, url: `${site}${base}/errors/${r.slug}/` }));

  if (args.flags.has('--json')) {
    console.log(JSON.stringify({ results: results.map(({ slug, title, url, score }) => ({ slug, title, url, score })) }));
    return 0;
  }
  if (!results.length) {
    console.log('No page matches this error. Try the main error line alone, or search the site.');
    return 1;
  }
  results.forEach((r, i) => {
    console.log(`${i + 1}. ${r.title}`);
    console.log(`   ${r.url}  (score ${r.score.toFixed(2)})`);
    console.log(`   Quick fix: ${bySlug.get(r.slug)?.quickFix ?? ''}`);
    if (r.matched) console.log(`   Matched: ${r.matched}`);
  });
  return 0;
}

function readInput(file: string | undefined): string {
  if (file === undefined || file === '-') {
    if (process.stdin.isTTY) throw new UsageError('no input: pipe the error in (errata match < error.txt) or pass a FILE');
    return readFileSync(0, 'utf8');
  }
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'it does not exist' : code === 'EISDIR' ? 'it is a directory' : code === 'EACCES' ? 'permission denied' : String(code ?? error);
    throw new UsageError(`cannot read \`${file}\` (${why}); pass a readable text file, or - for standard input`);
  }
}
