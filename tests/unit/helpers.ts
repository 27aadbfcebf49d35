import { REQUIRED_SECTIONS } from '../../src/lib/body-rules.ts';
import type { ContentTree, RawFile } from '../../src/lib/content-tree.ts';

/** A valid body with every required section. */
export const VALID_BODY = REQUIRED_SECTIONS.map((s) => `## ${s}\n\nText for ${s.toLowerCase()}.\n`).join('\n');

/** Frontmatter lines for a valid page; override or drop fields by key. */
export function frontmatter(overrides: Record<string, string | null> = {}): string {
  const fields: Record<string, string> = {
    title: 'Example tool fails with an example error',
    description: 'What the example error means and how to fix it.',
    signature: '"Error: example failure in __SLUG__"',
    tool: 'example-tool',
    category: 'example-category',
    status: 'works-as-designed',
    updated: '2026-11-26',
    checked: '2026-11-26',
    quickFix: 'Run the example command again.',
    related: '\n  - other-page\n  - third-page',
    faq: '\n  - q: Is it bad?\n    a: No.\n  - q: Is it common?\n    a: Yes.\n  - q: Does it last?\n    a: No.',
    sources: '\n  - title: Example docs\n    url: https://example.com/docs\n    note: Explains the error.',
    evidence: 'The docs describe this error.',
  };
  const merged = { ...fields, ...overrides };
  return Object.entries(merged)
    .filter((e): e is [string, string] => e[1] !== null)
    .map(([k, v]) => `${k}:${v.startsWith('\n') ? '' : ' '}${v}`)
    .join('\n');
}

/** A page file: frontmatter plus body. */
export function page(slug: string, fm: string = frontmatter(), body: string = VALID_BODY): RawFile {
  return { path: `content/errors/${slug}.mdx`, text: `---\n${fm.replace('__SLUG__', slug)}\n---\n\n${body}` };
}

/** The `related` lists that make three pages link to each other. */
export const LINKS = {
  example: '\n  - other-page\n  - third-page',
  other: '\n  - example-page\n  - third-page',
  third: '\n  - example-page\n  - other-page',
};

/** A tree of three valid pages linking each other, or the given pages plus the default third one. */
export function tree(errors?: RawFile[]): ContentTree {
  const defaults = [page('example-page'), page('other-page', frontmatter({ related: LINKS.other })), page('third-page', frontmatter({ related: LINKS.third }))];
  return {
    errors: errors ? [...errors, ...defaults.slice(errors.length)] : defaults,
    tools: { path: 'content/tools.yaml', text: 'example-tool:\n  name: Example\n  description: A tool.\n  homepage: https://example.com\n' },
    categories: { path: 'content/categories.yaml', text: 'example-category:\n  name: Examples\n  description: Example failures.\n' },
  };
}

/**
 * The environment for a child process that builds the site: Vitest sets
 * BASE_URL, MODE, DEV, PROD, SSR and VITEST* in process.env, and Vite would
 * read them in the child as if they were the build's own settings.
 */
export function childEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of Object.keys(env)) if (/^(BASE_URL|MODE|DEV|PROD|SSR|VITEST.*|NODE_ENV|TEST)$/.test(key)) delete env[key];
  return { ...env, ...extra };
}
