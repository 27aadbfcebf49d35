/**
 * Source rules: address shapes `errata check` rejects in `sources[].url`.
 *
 * A page must cite the canonical source: the official English documentation
 * page, the tool's own issue tracker, or a well-known Q&A thread. Each rule
 * below names one shape that stands in for a canonical source (a mirror, a
 * translation, a text export, a draft, an aggregator), says why in words, and
 * says what to cite instead. The checker prints both:
 *
 *   file:line sources[i].url: <reason> (found `<url>`); <what to cite instead>
 *
 * To add a rule, append an entry to `SOURCE_RULES` with a test and both texts,
 * add a fixture tree `tests/fixtures/content/bad-source-<id>/` and list it in
 * tests/unit/bad-content.test.ts, and add an allowed look-alike to
 * tests/unit/source-rules.test.ts so the rule cannot grow too wide.
 *
 * Allowed on purpose: news.ycombinator.com (a discussion, not an aggregator),
 * a repository's own file views such as
 * `https://github.com/nodejs/node/blob/<commit>/doc/api/errors.md` (the docs
 * project's source when the rendered page cannot be seen), English
 * (`/en/`, `en-us`) and language-less addresses.
 */

/** What a rule found: why the address is not a canonical source, and what to cite instead. */
export interface SourceFinding {
  /** The rule's id, e.g. `mirror-nodejs-cn`. */
  rule: string;
  /** What is wrong, e.g. "is nodejs.cn, an unofficial mirror and translation of the Node.js docs". */
  reason: string;
  /** What to do, e.g. "cite the same page on nodejs.org". */
  instead: string;
}

export interface SourceRule {
  id: string;
  /** The shape in words, for readers of this list. */
  shape: string;
  /** Returns the reason when `url` has this shape, otherwise undefined. */
  match: (url: URL) => string | undefined;
  instead: string;
}

/** Hosts whose documentation puts a language code in the first or second path segment. */
const LOCALE_HOSTS = new Set([
  'docs.claude.com',
  'code.claude.com',
  'platform.claude.com',
  'docs.anthropic.com',
  'docs.github.com',
  'docs.python.org',
  'expressjs.com',
]);

/** Language codes these sites use for translated editions (English is never listed). */
const LOCALES = new Set([
  'ar', 'bn', 'bn-in', 'cs', 'da', 'de', 'el', 'es', 'es-419', 'fa', 'fi', 'fr', 'he', 'hi', 'hu', 'id',
  'it', 'ja', 'ko', 'nl', 'no', 'pl', 'pt', 'pt-br', 'pt-pt', 'ro', 'ru', 'sv', 'th', 'tr', 'uk', 'vi',
  'zh', 'zh-cn', 'zh-tw', 'zh-hans', 'zh-hant',
]);

/** Hosts that show a repository's files: a `.md` path there is a file view, not a docs export. */
const REPOSITORY_HOSTS = new Set(['github.com', 'gist.github.com', 'gitlab.com', 'codeberg.org', 'bitbucket.org']);

/** News aggregators and reader proxies found in cited sources. */
const AGGREGATOR_HOSTS = new Set(['thedailyscout.com', 'hn.jakechampion.name']);

const hostIs = (url: URL, host: string) => url.hostname === host || url.hostname.endsWith(`.${host}`);
const segments = (url: URL) => url.pathname.split('/').filter(Boolean).map((s) => decodeURIComponent(s).toLowerCase());

export const SOURCE_RULES: readonly SourceRule[] = [
  {
    id: 'mirror-nodejs-cn',
    shape: 'any address on nodejs.cn',
    match: (url) => (hostIs(url, 'nodejs.cn') ? 'is nodejs.cn, an unofficial mirror and translation of the Node.js docs' : undefined),
    instead: 'cite the same page on nodejs.org (for example https://nodejs.org/api/cli.html)',
  },
  {
    id: 'translated-docs',
    shape: `a language segment (/de/, /zh-CN/, /pt/, /fr/, /ja/, /ko/ ...) in the first two path segments on ${[...LOCALE_HOSTS].join(', ')}`,
    match: (url) => {
      if (!LOCALE_HOSTS.has(url.hostname)) return undefined;
      const locale = segments(url).slice(0, 2).find((s) => LOCALES.has(s));
      return locale ? `is a translated edition (\`/${locale}/\`) of the ${url.hostname} docs` : undefined;
    },
    instead: 'cite the English edition of the same page (`/en/`, or no language segment on docs.python.org)',
  },
  {
    id: 'microsoft-learn-locale',
    shape: 'learn.microsoft.com with a locale other than en-us (ro-ro, de-de, zh-cn ...)',
    match: (url) => {
      if (url.hostname !== 'learn.microsoft.com') return undefined;
      const first = segments(url)[0] ?? '';
      return /^[a-z]{2,3}-[a-z]{2,4}$/.test(first) && first !== 'en-us' ? `is the \`${first}\` edition of Microsoft Learn` : undefined;
    },
    instead: 'cite the en-us page (https://learn.microsoft.com/en-us/...)',
  },
  {
    id: 'mirror-crunchydata',
    shape: 'access.crunchydata.com/documentation/ (a copy of the PostgreSQL docs)',
    match: (url) => (url.hostname === 'access.crunchydata.com' ? "is Crunchy Data's mirror of the PostgreSQL docs" : undefined),
    instead: 'cite the same page under https://www.postgresql.org/docs/current/',
  },
  {
    id: 'postgres-numbered-docs',
    shape: 'postgresql.org/docs/<number>/ instead of /docs/current/',
    match: (url) => {
      if (url.hostname !== 'postgresql.org' && url.hostname !== 'www.postgresql.org') return undefined;
      const version = /^\/docs\/(\d+(?:\.\d+)?)\//i.exec(url.pathname)?.[1];
      return version ? `links the PostgreSQL docs of one numbered release (\`/docs/${version}/\`), which go out of date and reach end of life` : undefined;
    },
    instead: 'cite the same page under /docs/current/',
  },
  {
    id: 'packaging-opensuse',
    shape: 'any address on build.opensuse.org (a distribution\'s packaging files and patches)',
    match: (url) => (url.hostname === 'build.opensuse.org' ? "is a distribution's packaging file on build.opensuse.org, not the project's own source" : undefined),
    instead: "cite the upstream project's docs or commit (for git: git-scm.com or github.com/git/git)",
  },
  {
    id: 'mirror-tangled',
    shape: 'any address on tangled.org (third-party copies of repositories)',
    match: (url) => (hostIs(url, 'tangled.org') ? 'is a third-party copy of a repository on tangled.org' : undefined),
    instead: "cite the upstream repository's commit or the project's docs",
  },
  {
    id: 'raw-export',
    shape: 'raw.githubusercontent.com (raw file downloads)',
    match: (url) => (url.hostname === 'raw.githubusercontent.com' ? 'is a raw file download from raw.githubusercontent.com' : undefined),
    instead: 'cite the rendered docs page, or the file on github.com/<owner>/<repo>/blob/<commit>/',
  },
  {
    id: 'text-export',
    shape: 'a docs page exported as text: a path ending in .md, .md.txt or .rst.txt outside repository hosts',
    match: (url) => {
      if (REPOSITORY_HOSTS.has(url.hostname)) return undefined;
      const ext = /\.(md\.txt|rst\.txt|md)$/i.exec(url.pathname)?.[1];
      return ext ? `is a text export (\`.${ext.toLowerCase()}\`) of a docs page` : undefined;
    },
    instead: 'cite the rendered page (usually the same address without the extension)',
  },
  {
    id: 'www-github',
    shape: 'www.github.com',
    match: (url) => (url.hostname === 'www.github.com' ? 'uses the www.github.com host' : undefined),
    instead: 'cite the same address on github.com',
  },
  {
    id: 'draft-spec',
    shape: 'a draft page of the Model Context Protocol (modelcontextprotocol.io/.../draft/...)',
    match: (url) =>
      url.hostname === 'modelcontextprotocol.io' && segments(url).includes('draft')
        ? 'is a draft page of the MCP specification or docs, which can change before release'
        : undefined,
    instead: 'cite the released page (for example /docs/tools/debugging or /specification/latest/...)',
  },
  {
    id: 'aggregator',
    shape: `a news aggregator or reader proxy (${[...AGGREGATOR_HOSTS].join(', ')})`,
    match: (url) => ([...AGGREGATOR_HOSTS].some((h) => hostIs(url, h)) ? `is a news aggregator or reader proxy (${url.hostname}), not the original` : undefined),
    instead: 'cite the original article, docs page or thread (a news.ycombinator.com discussion is fine)',
  },
];

/** The first rule a source address breaks, or undefined when it is acceptable (or not a URL at all). */
export function sourceProblem(address: string): SourceFinding | undefined {
  let url: URL;
  try {
    url = new URL(address.trim());
  } catch {
    return undefined; // The schema reports addresses that are not URLs.
  }
  for (const rule of SOURCE_RULES) {
    const reason = rule.match(url);
    if (reason) return { rule: rule.id, reason, instead: rule.instead };
  }
  return undefined;
}
