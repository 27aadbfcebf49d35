import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildIndex, match, prepareQuery, rank, type MatchPage } from '../../src/lib/matcher.ts';
import { buildShards, shardedCandidates } from '../../src/lib/matcher-shards.ts';

const PAGES: MatchPage[] = [
  { slug: 'eaddrinuse', title: 'Node.js EADDRINUSE', signature: 'Error: listen EADDRINUSE: address already in use :::3000', patterns: ['listen EADDRINUSE: address already in use {address}'] },
  { slug: 'econnrefused', title: 'Node.js ECONNREFUSED', signature: 'Error: connect ECONNREFUSED 127.0.0.1:5432', patterns: [] },
  { slug: 'module-not-found', title: 'Cannot find module', signature: "Error: Cannot find module 'express'", patterns: ['Cannot find module {name}'] },
  { slug: 'module-not-found-esm', title: 'ERR_MODULE_NOT_FOUND', signature: "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'express' imported from /app/index.js", patterns: [] },
  { slug: 'docker-socket', title: 'Docker socket permission denied', signature: 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock', patterns: [] },
];
const index = buildIndex(PAGES);

describe('match', () => {
  it('finds a page when the variable parts of its error differ', () => {
    const [first] = match(index, 'Error: listen EADDRINUSE: address already in use 0.0.0.0:8080');
    expect(first).toMatchObject({ slug: 'eaddrinuse', matched: 'Error: listen EADDRINUSE: address already in use 0.0.0.0:8080' });
  });

  it('finds the error line inside a long, noisy paste and reports that line', () => {
    const paste = [
      '\u001b[90m$ node server.js\u001b[0m',
      'node:internal/process/esm_loader:40',
      '      internalBinding("errors").triggerUncaughtException(',
      '',
      "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'fastify' imported from /home/bob/api/src/main.js",
      '    at packageResolve (node:internal/modules/esm/resolve:844:9)',
      '    at moduleResolve (node:internal/modules/esm/resolve:901:20) {',
      "  code: 'ERR_MODULE_NOT_FOUND'",
      '}',
      'Node.js v20.11.1',
    ].join('\n');
    const results = match(index, paste);
    expect(results[0]?.slug).toBe('module-not-found-esm');
    expect(results[0]?.matched).toContain('Cannot find package');
  });

  it('prefers the more specific of two forms that both match', () => {
    expect(match(index, "Error [ERR_MODULE_NOT_FOUND]: Cannot find package 'x' imported from /a.js")[0]?.slug).toBe('module-not-found-esm');
    expect(match(index, "Error: Cannot find module 'lodash'")[0]?.slug).toBe('module-not-found');
  });

  it('answers a short typed phrase', () => {
    expect(match(index, 'docker permission denied socket')[0]?.slug).toBe('docker-socket');
  });

  it('returns nothing for text unrelated to every page', () => {
    expect(match(index, 'the quick brown fox jumps over the lazy dog')).toEqual([]);
  });

  it('ranks the same from shards as from the whole index', async () => {
    const { manifest, postings, forms } = buildShards(index);
    const fetched: string[] = [];
    for (const page of PAGES) {
      const query = prepareQuery(`${page.signature}\n    at somewhere (/home/x/y.js:1:2)`);
      const found = await shardedCandidates(
        manifest,
        query,
        async (i) => (fetched.push(`p${i}`), postings[i]!),
        async (i) => (fetched.push(`f${i}`), forms[i]!),
      );
      expect(rank(found.pages, found.forms, query, 3).map((r) => r.slug)).toEqual(match(index, query.lines.join('\n'), 3).map((r) => r.slug));
      expect(rank(found.pages, found.forms, query, 1)[0]?.slug).toBe(page.slug);
    }
    expect(fetched.length).toBeGreaterThan(0);
  });
});

describe('matcher robustness', () => {
  it('never throws on 10,000 random queries, and every score is between 0 and 1', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => {
        for (const r of match(index, text)) expect(r.score).toBeGreaterThanOrEqual(0), expect(r.score).toBeLessThanOrEqual(1);
      }),
      { numRuns: 10_000 },
    );
  }, 120_000); // a generous limit: this is a correctness test, and CI machines are shared

  it.each([
    ['a megabyte of one character', 'a'.repeat(1_000_000)],
    ['a megabyte without spaces or newlines of separators', '/:'.repeat(500_000)],
    ['thousands of separators', ' - : / \\ . , ; '.repeat(20_000)],
    ['deep nesting', `${'('.repeat(100_000)}error${')'.repeat(100_000)}`],
    ['binary bytes', Array.from({ length: 200_000 }, (_, i) => String.fromCharCode(i % 256)).join('')],
    ['unterminated escape sequences', '\u001b]'.repeat(200_000)],
    ['a very long line of words', 'listen EADDRINUSE '.repeat(50_000)],
  ])('handles %s', (_, text) => {
    expect(() => match(index, text)).not.toThrow();
  });
});

describe('a description that every candidate explains in full', () => {
  it('is ranked by how much of each page’s best phrasing it is, not by slug', async () => {
    const pages: MatchPage[] = [
      { slug: 'a-throttling', title: 'ThrottlingException: too many requests', signature: 'ThrottlingException: Too many requests, please wait before trying again', patterns: [], askedAs: ['increase bedrock quota for claude tokens per minute'] },
      { slug: 'm-usage', title: 'Usage climbs while idle', signature: 'Usage limit reached for the session window', patterns: [], askedAs: ['my quota jumped while my account was idle overnight'] },
      { slug: 'z-quota', title: 'You exceeded your current quota', signature: 'You exceeded your current quota, please check your plan and billing details', patterns: [], askedAs: ['quota exceeded'] },
    ];
    const results = match(buildIndex(pages), 'quota', 3);
    expect(results.map((r) => r.match)).toEqual(['related', 'related', 'related']);
    expect(results[0]!.slug).toBe('z-quota');
    // Fetched through shards, the browser ranks them the same way.
    const { manifest, postings, forms } = buildShards(buildIndex(pages));
    const query = prepareQuery('quota');
    const found = await shardedCandidates(manifest, query, async (i) => postings[i]!, async (i) => forms[i]!);
    expect(rank(found.pages, found.forms, query, 3).map((r) => r.slug)).toEqual(results.map((r) => r.slug));
  });
});
