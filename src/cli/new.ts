import { closeSync, existsSync, linkSync, openSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { buildIndex, match } from '../lib/matcher.ts';
import { errorLine } from '../lib/normalize.ts';
import { guessTool, pageSkeleton, suggestSlug } from '../lib/skeleton.ts';
import { categoriesOf, pagesOf, readContentTree, toolsOf } from '../node/content-files.ts';
import { splitFrontmatter } from '../lib/frontmatter.ts';
import { parseArgs } from './args.ts';
import { resolveContentDir } from './check.ts';
import { UsageError } from './errors.ts';
import { prepareErrorText, readErrorText } from './input.ts';

/** `errata new`: point to the page that already covers a pasted error, or write a new page skeleton. */
export function runNew(argv: string[]): number {
  const args = parseArgs(argv, { booleans: ['--force-new'], values: ['--file', '--content', '--slug'], maxPositionals: 1 });
  const dir = resolveContentDir(args.values.get('--content'));
  const text = readInput(args.positionals[0], args.values.get('--file'));

  const tree = readContentTree(dir);
  const toolList = toolsOf(tree);
  const [best] = match(buildIndex(pagesOf(tree), toolList), text, 1);
  // Only an exact match means this error already has its page; a likely one may be a sibling error.
  if (best?.match === 'exact' && !args.flags.has('--force-new')) {
    console.log(`This error already has a page: ${best.title}`);
    console.log(`  ${path.relative(process.cwd(), path.join(dir, 'errors', `${best.slug}.mdx`))} (exact match on: ${best.matched})`);
    console.log('Improve that page instead, or pass --force-new if this is a different error.');
    return 0;
  }

  const categories = categoriesOf(tree).map((c) => c.id);
  const neighbour = best ? tree.errors.find((f) => f.path.endsWith(`/${best.slug}.mdx`)) : undefined;
  const near = (neighbour ? splitFrontmatter(neighbour.text).data : undefined) as Record<string, unknown> | undefined;
  const tool = guessTool(text, toolList, typeof near?.['tool'] === 'string' ? near['tool'] : undefined);
  const category = typeof near?.['category'] === 'string' && categories.includes(near['category']) ? near['category'] : categories[0];
  if (!tool || !category) throw new UsageError(`the content directory has no tools or categories (\`${dir}\`); add tools.yaml and categories.yaml first`);

  const line = errorLine(text);
  const slug = args.values.get('--slug') ?? uniqueSlug(dir, suggestSlug(tool, line));
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new UsageError(`--slug must be lower-case words joined by hyphens (found \`${slug}\`)`);
  const toolName = toolList.find((t) => t.id === tool)?.names[0] ?? tool;
  const signature = text.replace(/\r\n?/g, '\n').trim().split('\n').slice(0, 12).join('\n');
  const content = pageSkeleton({
    signature,
    title: `${toolName}: ${line.length > 100 ? `${line.slice(0, 97)}...` : line}`,
    tool,
    category,
    today: new Date().toISOString().slice(0, 10),
  });
  const target = path.join(dir, 'errors', `${slug}.mdx`);
  writeNew(target, content);
  console.log(`Wrote ${path.relative(process.cwd(), target)} (tool: ${tool}, category: ${category}).`);
  console.log('Fill in every empty field and every TODO, then run: npx errata check');
  return 0;
}

function uniqueSlug(dir: string, slug: string): string {
  let candidate = slug;
  for (let n = 2; existsSync(path.join(dir, 'errors', `${candidate}.mdx`)); n++) candidate = `${slug}-${n}`;
  return candidate;
}

/**
 * Writes a file that must not exist yet, atomically: the text goes to a
 * temporary file that is then hard-linked into place, which fails rather than
 * overwrite; a reader never sees half a file.
 */
export function writeNew(target: string, content: string): void {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const fd = openSync(temp, 'wx');
  try {
    writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  try {
    linkSync(temp, target);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new UsageError(`\`${target}\` already exists and is never overwritten; pass another --slug`);
    throw error;
  } finally {
    unlinkSync(temp);
  }
}

function readInput(arg: string | undefined, file: string | undefined): string {
  if (arg !== undefined && arg !== '-' && file !== undefined) throw new UsageError('give the error either as an argument or with --file, not both');
  return arg !== undefined && arg !== '-' ? prepareErrorText(arg) : readErrorText(file);
}
