import { siteLinks } from '../lib/agent-outputs.ts';
import { pageMarkdown } from '../lib/markdown.ts';
import { buildIndex, match } from '../lib/matcher.ts';
import { terminalText } from '../lib/terminal-text.ts';
import { loadCatalog } from '../node/content-files.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { publicSite } from '../settings.ts';
import { parseArgs } from './args.ts';
import { resolveContentDir } from './check.ts';
import { UsageError } from './errors.ts';

export const EXPLAIN_USAGE = `Usage: errata explain SLUG [--content DIR]

Prints one page in the terminal, wrapped to 80 columns: the same Markdown as
/errors/SLUG.md on the site. The slug is the one errata match and errata run print.`;

/** `errata explain SLUG`: one page, readable in a terminal. */
export function runExplain(argv: string[]): number {
  const args = parseArgs(argv, { booleans: ['--help', '-h'], values: ['--content'], maxPositionals: 1 });
  if (args.flags.has('--help') || args.flags.has('-h')) {
    console.log(EXPLAIN_USAGE);
    return 0;
  }
  const slug = args.positionals[0];
  if (!slug) throw new UsageError('give the slug of a page, e.g. `errata explain node-eaddrinuse-address-already-in-use` (errata match prints slugs)');
  if (!SLUG_PATTERN.test(slug)) throw new UsageError(`a slug is lower-case words joined by hyphens, not a path (found \`${slug}\`)`);
  const catalog = loadCatalog(resolveContentDir(args.values.get('--content')));
  const doc = catalog.doc(slug);
  if (!doc) {
    const near = match(buildIndex(catalog.pages, catalog.tools), slug.replace(/-/g, ' '), 3).map((r) => r.slug);
    throw new UsageError(`no page has the slug \`${slug}\`${near.length ? `; close ones: ${near.join(', ')}` : ''}`);
  }
  const { origin, base } = publicSite();
  const tty = Boolean(process.stdout.isTTY);
  const width = Math.min(80, tty && process.stdout.columns ? process.stdout.columns : 80);
  process.stdout.write(terminalText(pageMarkdown(doc, siteLinks(origin, base)), { width, bold: tty && !process.env['NO_COLOR'] }));
  return 0;
}
