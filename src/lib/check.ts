import { z } from 'astro/zod';
import { categorySchema } from '../schemas/category.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { errorSchema } from '../schemas/error.ts';
import { toolSchema } from '../schemas/tool.ts';
import { slugOf, type ContentTree, type RawFile } from './content-tree.ts';
import { parseYamlFile, splitFrontmatter, type SplitFile } from './frontmatter.ts';
import { scanBody } from './body-rules.ts';
import { sourceProblem } from './source-rules.ts';
import { canonical, patternProblem } from './normalize.ts';
import { patternSequence } from './sequence.ts';

/** One located finding, printed as `file:line field: message`. */
export interface Problem {
  file: string;
  line: number;
  field: string;
  message: string;
  severity: 'error' | 'warning';
}

const idSchema = () => z.string({ error: 'expected an id' }).trim().min(1, { error: 'must not be empty' });

/** Checks a whole content tree and returns every problem, errors first in file order. */
export function checkContent(tree: ContentTree): { problems: Problem[]; pages: number } {
  const problems: Problem[] = [];
  const tools = checkDataFile(tree.tools, 'tools.yaml', toolSchema(), problems);
  const categories = checkDataFile(tree.categories, 'categories.yaml', categorySchema(), problems);
  const schema = errorSchema(() => idSchema());
  const pages = new Map<string, { file: RawFile; split: SplitFile; related: string[] }>();
  const signatures = new Map<string, { slug: string; field: string }>();
  const patternForms = new Map<string, { slug: string; field: string }>();

  for (const file of tree.errors) {
    const slug = slugOf(file.path);
    const at = (line: number, field: string, message: string, severity: Problem['severity'] = 'error') =>
      problems.push({ file: file.path, line, field, message, severity });
    if (file.utf8 === false) {
      const b = file.badByte;
      const where = b ? ` (byte 0x${b.byte.toString(16).toUpperCase().padStart(2, '0')} after \`${b.context}\`)` : '';
      at(b?.line ?? 1, 'file', `is not valid UTF-8 text${where}; save the file as UTF-8`);
      continue;
    }
    if (!file.text.trim()) {
      at(1, 'file', 'is empty; start the page with `npx errata new`, or copy the layout in CONTRIBUTING.md');
      continue;
    }
    if (!SLUG_PATTERN.test(slug)) {
      at(1, 'slug', `the file name is not a valid slug (\`${slug}\`); rename it to lower-case a-z, 0-9 words joined by single hyphens, e.g. \`node-eaddrinuse.mdx\``);
    }
    const split = splitFrontmatter(file.text);
    if (!split.hasFrontmatter) {
      if (split.unclosed) at(1, 'frontmatter', 'is never closed (no `---` line after the fields); add a `---` line after the last field');
      else at(1, 'frontmatter', 'is missing (the file does not open with a `---` block); start the file with the frontmatter from CONTRIBUTING.md');
      continue;
    }
    for (const e of split.yamlErrors) at(e.line, 'frontmatter', yamlAdvice(e));
    if (split.yamlErrors.length) continue;
    const result = schema.safeParse(split.data ?? {});
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const p of describeIssue(issue, split.data)) at(split.lineOf(p.path), p.field, p.message);
      }
    }
    const data = (split.data ?? {}) as Record<string, unknown>;
    // Mirrors, translations, exports, drafts and aggregators are not canonical sources (source-rules.ts).
    if (Array.isArray(data['sources'])) data['sources'].forEach((s, i) => {
      const url = s && typeof s === 'object' ? (s as Record<string, unknown>)['url'] : undefined;
      const found = typeof url === 'string' ? sourceProblem(url) : undefined;
      if (found) at(split.lineOf(['sources', i, 'url']), `sources[${i}].url`, `${found.reason} (found ${show(url)}); ${found.instead}`);
    });
    if (typeof data['tool'] === 'string' && tools && !tools.has(data['tool'])) {
      at(split.lineOf(['tool']), 'tool', `names a tool that does not exist (\`${data['tool']}\`); use an id from tools.yaml: ${[...tools].join(', ')}`);
    }
    if (typeof data['category'] === 'string' && categories && !categories.has(data['category'])) {
      at(split.lineOf(['category']), 'category', `names a category that does not exist (\`${data['category']}\`); use an id from categories.yaml: ${[...categories].join(', ')}`);
    }
    if (!split.body.trim()) at(Math.max(1, split.bodyLine - 1), 'body', 'is empty; add the 8 sections from CONTRIBUTING.md after the frontmatter');
    else for (const f of scanBody(split.body)) at(split.bodyLine + f.line - 1, f.field, f.message);
    // One error, one page: no two pages may share a signature (variable parts aside) or a pattern
    // (as written: a pattern's quoted words are the author's, so they count).
    const claim = (key: string, map: Map<string, { slug: string; field: string }>, text: string, where: (string | number)[], field: string) => {
      const twin = key ? map.get(key) : undefined;
      if (twin && twin.slug !== slug) at(split.lineOf(where), field, `normalizes to the same form as the ${twin.field} of \`${twin.slug}\` (found ${show(text)}); one error gets one page: merge the two pages, or keep this form on only one of them`);
      else if (key && !twin) map.set(key, { slug, field: field.startsWith('patterns') ? 'pattern' : 'signature' });
    };
    if (typeof data['signature'] === 'string') {
      const before = problems.length;
      claim(canonical(data['signature']), signatures, data['signature'], ['signature'], 'signature');
      if (problems.length === before) claim(patternSequence(data['signature']).join(' '), patternForms, data['signature'], ['signature'], 'signature');
    }
    if (Array.isArray(data['patterns'])) {
      data['patterns'].forEach((pattern, i) => {
        const problem = typeof pattern === 'string' ? patternProblem(pattern) : undefined;
        if (problem) at(split.lineOf(['patterns', i]), `patterns[${i}]`, `${problem} (found ${show(pattern)})`);
        else if (typeof pattern === 'string') claim(patternSequence(pattern).join(' '), patternForms, pattern, ['patterns', i], `patterns[${i}]`);
      });
    }
    const related = Array.isArray(data['related']) ? data['related'].filter((r): r is string => typeof r === 'string') : [];
    pages.set(slug, { file, split, related });
  }

  // A page whose own file has errors still exists: links to it are reported there, not here.
  const files = new Set(tree.errors.map((f) => slugOf(f.path)));
  const linkedTo = new Set<string>();
  for (const [slug, page] of pages) {
    page.related.forEach((target, i) => {
      // Line numbers cost a second, position-keeping parse: look them up only for a problem.
      const push = (message: string) => problems.push({ file: page.file.path, line: page.split.lineOf(['related', i]), field: `related[${i}]`, message, severity: 'error' });
      if (target === slug) push(`links the page to itself (\`${target}\`); remove it or name another page`);
      else if (!files.has(target)) push(`names a page that does not exist (\`${target}\`); use the slug of a file in errors/ (without .mdx) or remove the link`);
      else linkedTo.add(target);
    });
  }
  if (pages.size > 1) {
    for (const [slug, page] of pages) {
      if (!linkedTo.has(slug)) {
        problems.push({ file: page.file.path, line: 1, field: 'related', message: `no other page links here (\`${slug}\`); add \`${slug}\` to the related list of a page a reader would come from`, severity: 'warning' });
      }
    }
  }
  problems.sort((a, b) => (a.severity === b.severity ? a.file.localeCompare(b.file) || a.line - b.line : a.severity === 'error' ? -1 : 1));
  return { problems, pages: tree.errors.length };
}

/** Formats a problem as `file:line field: message`. */
export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line} ${p.field}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}

function checkDataFile(file: RawFile | undefined, name: string, schema: z.ZodType, problems: Problem[]): Set<string> | undefined {
  if (!file) {
    problems.push({ file: name, line: 1, field: 'file', message: `is missing; create ${name} in the content directory (see CONTRIBUTING.md)`, severity: 'error' });
    return undefined;
  }
  const split = parseYamlFile(file.text);
  const at = (line: number, field: string, message: string) => problems.push({ file: file.path, line: Math.max(1, line), field, message, severity: 'error' });
  for (const e of split.yamlErrors) at(e.line, 'yaml', `is not valid YAML (${e.message}); fix the YAML syntax`);
  if (split.yamlErrors.length) return new Set();
  const data = split.data;
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    at(1, 'file', `must be a map of id: {…} entries; see CONTRIBUTING.md`);
    return new Set();
  }
  for (const [id, value] of Object.entries(data)) {
    if (!SLUG_PATTERN.test(id)) at(split.lineOf([id]), id, `is not a valid id (\`${id}\`); use lower-case words joined by hyphens`);
    const result = schema.safeParse(value);
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const p of describeIssue(issue, value)) at(split.lineOf([id, ...p.path]), `${id}.${p.field}`, p.message);
      }
    }
  }
  return new Set(Object.keys(data));
}

/** A YAML syntax error, worded with advice for its kind. */
function yamlAdvice(e: { message: string; code: string; source: string }): string {
  if (e.code === 'TAB_AS_INDENT') return 'is not valid YAML (a tab is used for indentation); indent with spaces, not tabs';
  if (e.code === 'DUPLICATE_KEY') {
    const key = /^\s*([^:\s][^:]*):/.exec(e.source)?.[1]?.trim();
    return `is not valid YAML (${key ? `\`${key}\` appears twice` : 'a field appears twice'}); keep one of them`;
  }
  return `is not valid YAML (${e.message}); fix the YAML syntax, quoting values that contain \`: \``;
}

const TYPE_NAMES: Record<string, string> = { array: 'a list', string: 'text', object: 'a map of fields', number: 'a number', boolean: 'true or false', date: 'a date' };

/** Turns a zod issue into located, worded findings (never a raw dump). */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): { path: (string | number)[]; field: string; message: string }[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const field = fieldName(path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...path, key],
      field: fieldName([...path, key]),
      message: `is not a known field (\`${key}\`); remove it or fix its spelling (see CONTRIBUTING.md)`,
    }));
  }
  const value = valueAt(data, path);
  if (value === undefined) return [{ path, field, message: 'is required but missing; add it (see CONTRIBUTING.md)' }];
  const what = issue.code === 'invalid_type' && !issue.message.startsWith('expected') ? `expected ${TYPE_NAMES[issue.expected] ?? issue.expected}` : issue.message;
  return [{ path, field, message: `${what} (found ${show(value)}); fix the value (see CONTRIBUTING.md)` }];
}

function fieldName(path: (string | number)[]): string {
  return path.reduce<string>((acc, p) => (typeof p === 'number' ? `${acc}[${p}]` : acc ? `${acc}.${p}` : p), '') || 'frontmatter';
}

function valueAt(data: unknown, path: (string | number)[]): unknown {
  let cur: unknown = data;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string | number, unknown>)[p];
  }
  return cur;
}

/** A short, single-line rendering of a found value for messages. */
export function show(value: unknown): string {
  if (value === '' || value === null) return 'an empty value';
  if (Array.isArray(value)) return `${value.length} entr${value.length === 1 ? 'y' : 'ies'}`;
  const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value : JSON.stringify(value);
  const oneLine = (text ?? String(value)).replace(/\s+/g, ' ');
  return `\`${oneLine.length > 60 ? `${oneLine.slice(0, 57)}...` : oneLine}\``;
}
