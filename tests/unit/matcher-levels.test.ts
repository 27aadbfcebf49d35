import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LEVELS } from '../../src/lib/levels.ts';
import { limitInput, MAX_INPUT_BYTES } from '../../src/lib/input.ts';
import { buildIndex, match, prepareQuery, rank, toolsNamed, type MatchPage } from '../../src/lib/matcher.ts';
import { buildShards, shardedCandidates } from '../../src/lib/matcher-shards.ts';
import { errorLine, tokenize } from '../../src/lib/normalize.ts';

const PAGES: MatchPage[] = [
  { slug: 'eaddrinuse', title: 'Node.js EADDRINUSE', tool: 'nodejs', signature: 'Error: listen EADDRINUSE: address already in use :::3000', patterns: ['listen EADDRINUSE: address already in use {address}'], askedAs: ['port already in use by another process', 'node server says port is taken'] },
  { slug: 'not-a-constructor', title: 'TypeError: x is not a constructor', tool: 'nodejs', signature: 'TypeError: Foo is not a constructor', patterns: ['TypeError: {name} is not a constructor'] },
  { slug: 'proto', title: 'Prototype words', tool: 'nodejs', signature: 'Error: __proto__ toString hasOwnProperty valueOf went wrong', patterns: [] },
  { slug: 'docker-socket', title: 'Docker socket permission denied', tool: 'docker', signature: 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock', patterns: [], askedAs: ['docker permission denied socket', 'docker needs sudo'] },
  { slug: 'git-publickey', title: 'Git: Permission denied (publickey)', tool: 'git', signature: 'git@github.com: Permission denied (publickey).\nfatal: Could not read from remote repository.', patterns: [] },
  { slug: 'py-traceback', title: 'Python ModuleNotFoundError', tool: 'python', signature: "Traceback (most recent call last):\n  File \"app.py\", line 1, in <module>\nModuleNotFoundError: No module named 'requests'", patterns: [] },
  { slug: 'cafe', title: 'Erreur: café introuvable', tool: 'nodejs', signature: 'Erreur : le fichier café.txt est introuvable', patterns: [] },
  { slug: 'cjk', title: '文件未找到', tool: 'nodejs', signature: '错误：找不到指定的模块 配置文件', patterns: ['ファイルが見つかりません'] },
];
const TOOLS = [
  { id: 'docker', names: ['Docker'] },
  { id: 'git', names: ['Git'] },
  { id: 'nodejs', names: ['Node.js', 'node'] },
  { id: 'python', names: ['Python'] },
];
const index = buildIndex(PAGES, TOOLS);

describe('match levels', () => {
  it('calls a paste holding the page\'s own error line exact, variable parts aside', () => {
    const [first] = match(index, 'node:events:497\n      throw er;\nError: listen EADDRINUSE: address already in use 0.0.0.0:8080\n    at Server.setupListenHandle (node:net:1908:16)');
    expect(first).toMatchObject({ slug: 'eaddrinuse', match: 'exact', matched: 'Error: listen EADDRINUSE: address already in use 0.0.0.0:8080' });
    expect(first!.score).toBeGreaterThanOrEqual(0.9);
  });

  it('never lets a boilerplate line decide a match', () => {
    const results = match(index, 'Traceback (most recent call last):\n  File "x.py", line 3, in <module>\nKeyError: \'user\'');
    expect(results.filter((r) => r.match !== 'related')).toEqual([]);
    const git = match(index, 'fatal: Could not read from remote repository.\n\nPlease make sure you have the correct access rights');
    expect(git.filter((r) => r.match !== 'related')).toEqual([]);
  });

  it('finds a page from a described symptom, and a named tool favours its pages', () => {
    expect(match(index, 'docker permission denied')[0]?.slug).toBe('docker-socket');
    expect(match(index, 'port already in use by another process')[0]).toMatchObject({ slug: 'eaddrinuse', match: 'likely' });
  });

  it('sorts results by score, an absolute 0..1 value', () => {
    const results = match(index, 'permission denied error address in use');
    const scores = results.map((r) => r.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of scores) expect(s).toBeGreaterThanOrEqual(0), expect(s).toBeLessThanOrEqual(1);
  });

  it('reports the pasted line that matched', () => {
    const [first] = match(index, `${'INFO starting worker\n'.repeat(3)}TypeError: Bar is not a constructor\n    at main (/app/x.js:1:1)`);
    expect(first).toMatchObject({ slug: 'not-a-constructor', match: 'exact', matched: 'TypeError: Bar is not a constructor' });
  });
});

describe('defects found in review', () => {
  it('indexes Object.prototype names as plain words, with finite weights', () => {
    for (const form of index.forms) for (const w of Object.values(form.weights)) expect(Number.isFinite(w)).toBe(true);
    expect(index.forms.some((f) => f.text.includes('__proto__'))).toBe(true);
    expect(match(index, 'Error: __proto__ toString hasOwnProperty valueOf went wrong')[0]?.slug).toBe('proto');
  });

  it('looks up `constructor` in sharded postings without reaching Object.prototype', async () => {
    const { manifest, postings, forms } = buildShards(index);
    const parsed = { postings: postings.map((p) => JSON.parse(JSON.stringify(p))), forms: forms.map((f) => JSON.parse(JSON.stringify(f))) };
    for (const text of ['TypeError: x is not a constructor', 'constructor', '__proto__', 'toString hasOwnProperty']) {
      const query = prepareQuery(text);
      const found = await shardedCandidates(manifest, query, async (i) => parsed.postings[i], async (i) => parsed.forms[i]);
      expect(() => rank(found.pages, found.forms, query, 5, toolsNamed(manifest.tools, query))).not.toThrow();
    }
    const query = prepareQuery('TypeError: x is not a constructor');
    const found = await shardedCandidates(manifest, query, async (i) => parsed.postings[i], async (i) => parsed.forms[i]);
    expect(rank(found.pages, found.forms, query, 1)[0]?.slug).toBe('not-a-constructor');
  });

  it('keeps non-ASCII letters and splits unspaced scripts into words', () => {
    expect(tokenize('café introuvable').map((t) => t.t)).toEqual(['café', 'introuvabl']);
    expect(tokenize('找不到指定的模块').length).toBeGreaterThan(1);
    expect(match(index, 'Erreur : le fichier café.txt est introuvable')[0]?.slug).toBe('cafe');
    expect(match(index, '错误：找不到指定的模块 配置文件')[0]?.slug).toBe('cjk');
    expect(match(index, 'ファイルが見つかりません')[0]?.slug).toBe('cjk');
  });

  it('finds an error line that comes after 80 noise lines of distinct words', () => {
    const noise = Array.from({ length: 80 }, (_, i) => `[build] step${i} compiled chunk${i} vendor${i} in ${i}ms`).join('\n');
    const [first] = match(index, `${noise}\nError: listen EADDRINUSE: address already in use :::3000`);
    expect(first).toMatchObject({ slug: 'eaddrinuse', match: 'exact' });
  });

  it('picks the error line of a paste past its boilerplate', () => {
    expect(errorLine("Traceback (most recent call last):\n  File \"a.py\", line 1\nModuleNotFoundError: No module named 'x'")).toBe("ModuleNotFoundError: No module named 'x'");
  });
});

describe('fuzz', () => {
  const prototypeNames = fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype), 'constructor', '__proto__', 'prototype');
  const scripts = fc.constantFrom('错误：找不到', 'ファイルが見つかりません', 'שגיאה: הקובץ לא נמצא', 'خطأ: الملف غير موجود', '😀🔥💥', 'a\u200bb\u200c\u200d\ufeffc', '\u202eevil\u202c', 'ERR_\u0000\u0001', 'Ｅｒｒｏｒ：全角');
  const piece = fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), prototypeNames, scripts, fc.constant('\n'), fc.constant('Error: listen EADDRINUSE :::3000'));
  const text = fc.array(piece, { maxLength: 30 }).map((parts) => parts.join(' '));

  it('never throws, and every result has one of the three levels and a score in 0..1', () => {
    fc.assert(
      fc.property(text, (t) => {
        for (const r of match(index, t)) {
          expect(LEVELS).toContain(r.match);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(1);
        }
      }),
      { numRuns: 3000 },
    );
  }, 120_000);

  it('handles pastes up to the 1 MB limit, and cuts longer ones to their last megabyte', () => {
    const line = 'INFO request served in 12ms 中文 😀 constructor\n';
    const big = `${line.repeat(Math.ceil((MAX_INPUT_BYTES * 1.5) / line.length))}Error: listen EADDRINUSE: address already in use :::3000`;
    const { text: cut, cut: wasCut } = limitInput(big);
    expect(wasCut).toBe(true);
    expect(new TextEncoder().encode(cut).length).toBeLessThanOrEqual(MAX_INPUT_BYTES);
    expect(cut.endsWith('EADDRINUSE: address already in use :::3000')).toBe(true);
    expect(match(index, cut)[0]).toMatchObject({ slug: 'eaddrinuse', match: 'exact' });
  }, 60_000);
});
