/**
 * The bad-content suite: whole content trees under tests/fixtures/content/,
 * each a copy of `clean/` with exactly one mistake, run through the same
 * checker `errata check` uses. Every problem must point at a real file and
 * line, and the exact wording is pinned in one snapshot per fixture.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readContentTree } from '../../src/node/content-files.ts';
import { checkContent, formatProblem } from '../../src/lib/check.ts';

/** The repository root (where `npm test` runs), so paths print as `tests/fixtures/content/...`. */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FIXTURES = 'tests/fixtures/content';

/** Trees that must pass with no problem at all. */
const OK = {
  clean: 'three complete pages that link to each other',
  'ok-bom': 'a page that starts with a UTF-8 byte order mark',
  'ok-crlf': 'every file written with CRLF line endings',
  'ok-cycle': 'related links that form cycles (a -> b -> c -> a, and back)',
  'ok-in-tool-blocks': 'in="..." blocks for Claude Code, psql and Python, a path like /usr/bin/chromium in a shell block, copy="commands"',
};

/** Trees with one mistake the checker must report as an error. */
const BAD = {
  'bad-faq-type': 'faq written as a string instead of a list',
  'bad-missing-field': 'quickFix left out',
  'bad-unknown-field': 'a field the schema does not know (author)',
  'bad-date': 'updated: 2026-02-30',
  'bad-empty-text': 'description: ""',
  'bad-status': 'a status outside the allowed list',
  'bad-long-title': 'a title of 10,000 characters',
  'bad-no-sources': 'sources: []',
  'bad-http-source': 'a source URL that is http://, not https://',
  'bad-faq-no-answer': 'an FAQ entry with q but no a',
  'bad-related': 'a related page that does not exist',
  'bad-self-related': 'a related list that links the page to itself',
  'bad-tool': 'a tool id that is not in tools.yaml',
  'bad-category': 'a category id that is not in categories.yaml',
  'bad-tool-homepage': 'a tools.yaml homepage that is not a URL',
  'bad-duplicate-signature': 'two pages whose signatures normalize to the same form',
  'bad-pattern-placeholder': 'a pattern with an unknown placeholder',
  'bad-missing-section': 'the body lacks ## How to confirm the fix',
  'bad-section-order': '## Quick fixes before ## Common causes',
  'bad-script': 'a raw <script> tag in the body',
  'bad-iframe': 'a raw <iframe> tag in the body',
  'bad-raw-html': 'a raw <div> in the body',
  'bad-event-handler': 'an on*= handler attribute on <Callout>',
  'bad-javascript-link': 'a [text](javascript:...) link',
  'bad-data-link': 'a [text](data:...) link',
  'bad-import': 'an MDX import line',
  'bad-expression': 'an MDX {expression} in prose',
  'bad-unicode-slug': 'a file named errors/café-crash.mdx',
  'bad-slug-uppercase': 'a file named with capital letters',
  'bad-not-utf8': 'a Latin-1 byte on line 85 (the message names the line and the byte)',
  'bad-empty-file': 'an empty .mdx file (pages linking to it are not blamed)',
  'bad-yaml-tabs': 'tabs used for indentation in the frontmatter',
  'bad-frontmatter-only': 'a file with frontmatter and no body',
  'bad-unclosed-frontmatter': 'frontmatter without its closing --- line',
  'bad-duplicate-key': 'a frontmatter field written twice',
  'bad-unclosed-fence': 'a code fence that is never closed (reported where it opens)',
  'bad-faq-too-few': 'one FAQ entry where at least 3 are needed',
  'bad-related-too-few': 'one related page where at least 2 are needed',
  'bad-javascript-reflink': 'a reference-style link definition to javascript:',
  'bad-javascript-entity-link': 'a javascript: link hidden behind an HTML entity',
  'bad-html-comment': 'an HTML comment, which MDX cannot compile',
  'bad-less-than': 'a bare < in prose, which MDX reads as a tag',
  'bad-autolink': 'an <https://...> autolink, which MDX does not support',
  'bad-in-tool-slash': 'a Claude Code /usage line inside a bash block',
  'bad-in-tool-backslash': 'a psql \\password line inside an sh block',
  'bad-in-tool-repl': 'a Python >>> line inside a zsh block',
  // Source shapes that are not canonical (src/lib/source-rules.ts), one tree per rule.
  'bad-source-nodejs-cn': 'a source on nodejs.cn, a mirror of the Node.js docs',
  'bad-source-translated-docs': 'a source on docs.python.org/fr/, a translated edition',
  'bad-source-microsoft-locale': 'a source on learn.microsoft.com/ro-ro/, a non-en-us locale',
  'bad-source-crunchydata': "a source on Crunchy Data's mirror of the PostgreSQL docs",
  'bad-source-postgres-numbered': 'a source on postgresql.org/docs/12/ instead of /docs/current/',
  'bad-source-opensuse': 'a source on build.opensuse.org (packaging files)',
  'bad-source-tangled': 'a source on tangled.org (a third-party repository copy)',
  'bad-source-raw-github': 'a source on raw.githubusercontent.com',
  'bad-source-text-export': 'a source that is a .md text export of a docs page',
  'bad-source-www-github': 'a source on www.github.com',
  'bad-source-draft-spec': 'a source on a modelcontextprotocol.io draft page',
  'bad-source-aggregator': 'a source on a news aggregator (thedailyscout.com)',
};

/** A tree whose only finding is a warning: `errata check` still exits 0. */
const WARN_ONLY = {
  'bad-orphan': 'a page no other page links to',
};

function check(name: string) {
  const { problems, pages } = checkContent(readContentTree(path.join(ROOT, FIXTURES, name), ROOT));
  return { problems, pages, lines: problems.map(formatProblem) };
}

/** Asserts a formatted problem starts with a fixture file and a line that exists in that file. */
function expectLocated(name: string, line: string) {
  const located = /^(?<file>[^:]+):(?<line>\d+) (?<field>[\w.[\]-]+): (?<message>.+)$/u.exec(line);
  expect(located, line).not.toBeNull();
  const { file, line: lineNo, message } = located!.groups!;
  expect(file!.startsWith(`${FIXTURES}/${name}/`), line).toBe(true);
  expect(file, line).toMatch(/\/(errors\/[^/]+\.mdx|tools\.yaml|categories\.yaml)$/u);
  const text = readFileSync(path.join(ROOT, file!), 'latin1');
  // Lines as an editor counts them: a final newline does not start another line; an empty file has line 1.
  const fileLines = Math.max(1, text.split(/\r\n|\r|\n/u).length - (/[\r\n]$/u.test(text) ? 1 : 0));
  expect(Number(lineNo), line).toBeGreaterThanOrEqual(1);
  expect(Number(lineNo), `${line}\n(the file has ${fileLines} lines)`).toBeLessThanOrEqual(fileLines);
  // `what is wrong ...; what to do`
  expect(message, line).toMatch(/.; ./u);
}

const fixtureBytes = (name: string, rel: string) => readFileSync(path.join(ROOT, FIXTURES, name, rel));

describe('bad-content fixtures', () => {
  it('lists every fixture directory exactly once', () => {
    const listed = [...Object.keys(OK), ...Object.keys(BAD), ...Object.keys(WARN_ONLY)];
    const onDisk = readdirSync(path.join(ROOT, FIXTURES), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...onDisk].sort());
  });

  it('keeps the bytes the trees are about', () => {
    expect([...fixtureBytes('ok-bom', 'errors/node-eaddrinuse.mdx').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    for (const rel of ['tools.yaml', 'categories.yaml', 'errors/node-eaddrinuse.mdx']) {
      const text = fixtureBytes('ok-crlf', rel).toString('utf8');
      expect(text.split('\r\n').length).toBeGreaterThan(3);
      expect(text.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/u);
    }
    expect(fixtureBytes('bad-yaml-tabs', 'errors/node-eaddrinuse.mdx').toString('utf8')).toContain('\n\t- ');
    expect(fixtureBytes('bad-not-utf8', 'errors/node-eaddrinuse.mdx').includes(Buffer.from('caf\xe9', 'latin1'))).toBe(true);
    const title = /^title: "(.*)"$/mu.exec(fixtureBytes('bad-long-title', 'errors/node-eaddrinuse.mdx').toString('utf8'));
    expect(title?.[1]).toHaveLength(10_000);
    expect(fixtureBytes('bad-empty-file', 'errors/node-err-module-not-found.mdx')).toHaveLength(0);
    expect(fixtureBytes('bad-unicode-slug', 'errors/café-crash.mdx').length).toBeGreaterThan(0);
  });
});

describe('errata check passes good trees', () => {
  it.each(Object.entries(OK))('%s (%s)', (name) => {
    expect(check(name)).toEqual({ problems: [], pages: 3, lines: [] });
  });
});

describe('errata check reports one located error per mistake', () => {
  it.each(Object.entries(BAD))('%s (%s)', (name) => {
    const { problems, pages, lines } = check(name);
    expect(pages).toBe(3);
    expect(problems.filter((p) => p.severity === 'error').length).toBeGreaterThan(0);
    for (const line of lines) expectLocated(name, line);
    expect(lines).toMatchSnapshot();
  });
});

describe('errata check warns without failing', () => {
  it.each(Object.entries(WARN_ONLY))('%s (%s)', (name) => {
    const { problems, lines } = check(name);
    expect(problems.map((p) => p.severity)).toEqual(['warning']);
    for (const line of lines) expectLocated(name, line);
    expect(lines).toMatchSnapshot();
  });
});

// Each case spawns Node and strips TypeScript on the fly: allow for a busy machine.
describe('the errata CLI on fixture trees', { timeout: 30_000 }, () => {
  const run = (name: string) =>
    spawnSync(process.execPath, ['bin/errata.mjs', 'check', '--content', `${FIXTURES}/${name}`], { cwd: ROOT, encoding: 'utf8' });

  it('exits 1 on bad-related, with the located message on stdout and the count on stderr', () => {
    const { status, stdout, stderr } = run('bad-related');
    expect({ status, stdout, stderr }).toEqual({
      status: 1,
      stdout:
        'tests/fixtures/content/bad-related/errors/node-eaddrinuse.mdx:16 related[1]: names a page that does not exist (`node-err-module-notfound`); use the slug of a file in errors/ (without .mdx) or remove the link\n',
      stderr: '3 pages checked: 1 error, 0 warnings\n',
    });
  });

  it('exits 0 on clean and says 3 pages checked', () => {
    const { status, stdout, stderr } = run('clean');
    expect({ status, stdout, stderr }).toEqual({ status: 0, stdout: '3 pages checked: 0 errors, 0 warnings\n', stderr: '' });
  });

  it.each([
    ['bad-in-tool-slash', 71, '/usage'],
    ['bad-in-tool-backslash', 70, '\\password postgres'],
    ['bad-in-tool-repl', 71, '>>> import ssl'],
  ])('exits 1 on %s, naming the in-tool line %i in the shell block', (name, line, text) => {
    const { status, stdout } = run(name);
    expect(status).toBe(1);
    expect(stdout).toContain(`tests/fixtures/content/${name}/errors/node-eaddrinuse.mdx:${line} body: `);
    expect(stdout).toContain(`(\`${text}\`); a shell cannot run it`);
  });

  it('exits 0 on in-tool blocks and a /usr/bin/chromium path in a shell block', () => {
    expect(run('ok-in-tool-blocks').status).toBe(0);
  });

  it('exits 0 on a warning-only tree and prints the warning', () => {
    const { status, stdout, stderr } = run('bad-orphan');
    expect({ status, stdout, stderr }).toEqual({
      status: 0,
      stdout:
        'tests/fixtures/content/bad-orphan/errors/node-err-module-not-found.mdx:1 related: warning: no other page links here (`node-err-module-not-found`); add `node-err-module-not-found` to the related list of a page a reader would come from\n' +
        '4 pages checked: 0 errors, 1 warning\n',
      stderr: '',
    });
  });
});
