/**
 * Source rules (src/lib/source-rules.ts): each disallowed shape is caught with
 * its reason, and the look-alikes that are canonical pass. The fixture trees
 * tests/fixtures/content/bad-source-* show the same rules through `errata check`
 * (tests/unit/bad-content.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { SOURCE_RULES, sourceProblem } from '../../src/lib/source-rules.ts';

describe('sourceProblem rejects non-canonical source shapes', () => {
  it.each([
    ['https://nodejs.cn/api/cli/use_system_ca.html', 'mirror-nodejs-cn'],
    ['https://nodejs.cn/api-v18/net/server_listen.html', 'mirror-nodejs-cn'],
    ['https://docs.claude.com/de/docs/claude-code/network-config', 'translated-docs'],
    ['https://code.claude.com/docs/pt/troubleshoot-install', 'translated-docs'],
    ['https://code.claude.com/docs/zh-CN/network-config.md', 'translated-docs'],
    ['https://platform.claude.com/docs/zh-CN/models/overview', 'translated-docs'],
    ['https://docs.anthropic.com/ja/docs/claude-code/overview', 'translated-docs'],
    ['https://docs.github.com/ja/get-started/using-git/dealing-with-non-fast-forward-errors', 'translated-docs'],
    ['https://docs.python.org/ko/3/using/windows.html', 'translated-docs'],
    ['https://docs.python.org/pt-br/3/library/io.html', 'translated-docs'],
    ['https://expressjs.com/zh-tw/resources/middleware/cors.html', 'translated-docs'],
    ['https://learn.microsoft.com/ro-ro/microsoft-cloud/dev/dev-proxy/concepts/openai-insufficient-quota', 'microsoft-learn-locale'],
    ['https://learn.microsoft.com/zh-cn/windows/wsl/networking', 'microsoft-learn-locale'],
    ['https://access.crunchydata.com/documentation/postgresql16/latest/auth-password.html', 'mirror-crunchydata'],
    ['https://postgresql.org/docs/12/client-authentication-problems.html', 'postgres-numbered-docs'],
    ['https://www.postgresql.org/docs/9.6/libpq-pgpass.html', 'postgres-numbered-docs'],
    ['https://build.opensuse.org/projects/home:x/packages/git/files/bsc1200119.patch?expand=1', 'packaging-opensuse'],
    ['https://tangled.org/freshlybakedca.ke/git/commit/ae9abbb63eea74441e3e8b153dc6ec1f94c373b4', 'mirror-tangled'],
    ['https://raw.githubusercontent.com/certifi/python-certifi/master/README.rst', 'raw-export'],
    ['https://developers.openai.com/api/docs/guides/rate-limits.md', 'text-export'],
    ['https://platform.claude.com/docs/en/build-with-claude/extended-thinking.md', 'text-export'],
    ['https://code.claude.com/docs/en/settings.md.txt', 'text-export'],
    ['https://docs.python.org/3/_sources/whatsnew/3.13.rst.txt', 'text-export'],
    ['https://www.github.com/robotology/gh-action-nightly-merge/issues/10', 'www-github'],
    ['https://modelcontextprotocol.io/docs/draft/tools/debugging', 'draft-spec'],
    ['https://modelcontextprotocol.io/specification/draft/basic/transports', 'draft-spec'],
    ['https://thedailyscout.com/s/3ksLU0AnxhE', 'aggregator'],
    ['https://hn.jakechampion.name/reader/https://support.anthropic.com/en/articles/11145838', 'aggregator'],
  ])('%s -> %s', (url, rule) => {
    const found = sourceProblem(url);
    expect(found?.rule).toBe(rule);
    expect(found?.reason).toMatch(/\S/);
    expect(found?.instead).toMatch(/^cite /);
  });
});

describe('sourceProblem accepts canonical look-alikes', () => {
  it.each([
    'https://nodejs.org/api/cli.html#node_use_system_ca1',
    'https://github.com/nodejs/node/blob/5623194a6b16192084d2753a80c350c4ae3dec24/doc/api/errors.md',
    'https://github.com/modelcontextprotocol/servers/pull/3659/files',
    'https://gist.github.com/jnareb/ee721a6bc975bdd2edd62c26a4111879',
    'https://docs.claude.com/en/docs/claude-code/network-config',
    'https://code.claude.com/docs/en/troubleshooting',
    'https://platform.claude.com/docs/en/api/errors',
    'https://docs.github.com/en/get-started/using-git/dealing-with-non-fast-forward-errors',
    'https://docs.python.org/3/using/windows.html',
    'https://docs.python.org/3.13/library/sys_path_init.html',
    'https://learn.microsoft.com/en-us/windows/wsl/networking',
    'https://learn.microsoft.com/powershell/module/microsoft.powershell.core/about/about_character_encoding',
    'https://www.postgresql.org/docs/current/libpq-pgpass.html',
    'https://www.postgresql.org/docs/release/16.0/',
    'https://modelcontextprotocol.io/docs/tools/debugging',
    'https://modelcontextprotocol.io/specification/2025-06-18/basic/transports',
    'https://news.ycombinator.com/item?id=41234567',
    'https://developers.openai.com/api/docs/guides/rate-limits',
    'not a url at all',
  ])('%s', (url) => {
    expect(sourceProblem(url)).toBeUndefined();
  });
});

describe('the rule list', () => {
  it('documents every rule with an id, a shape and what to cite instead', () => {
    const ids = SOURCE_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of SOURCE_RULES) {
      expect(rule.shape.length, rule.id).toBeGreaterThan(5);
      expect(rule.instead, rule.id).toMatch(/^cite /);
    }
  });
});
