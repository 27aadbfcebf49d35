import { describe, expect, it } from 'vitest';
import { canonical, cleanLines, patternProblem, stripAnsi, tokenize, tokenizePattern } from '../../src/lib/normalize.ts';

const hard = (text: string) => tokenize(text).filter((t) => !t.soft).map((t) => t.t);

describe('normalize', () => {
  it('strips ANSI colour codes and terminal titles', () => {
    expect(stripAnsi('\u001b[31mError\u001b[39m: \u001b[1mboom\u001b[22m\u001b]0;title\u0007')).toBe('Error: boom');
  });

  it('strips log prefixes: timestamps, npm ERR!, CI markers, prompts', () => {
    expect(cleanLines('2026-03-01T10:22:33.1234567Z ##[error]npm ERR! code E404\n[12:01:02] $ npm i\nnpm error code EACCES')).toEqual([
      'code E404',
      'npm i',
      'code EACCES',
    ]);
  });

  it.each([
    ['/home/alice/app/src/index.js:10:5', '{path}'],
    ['C:\\Users\\dev\\app\\index.js', '{path}'],
    ['https://registry.npmjs.org/left-pad', '{url}'],
    ['127.0.0.1:5432', '{address} {port}'],
    [':::3000', '{address} {port}'],
    ['localhost:8080', '{address} {port}'],
    ['10.0.0.1', '{ip}'],
    ['0x7ffd5e8c', '{hex}'],
    ['3f2a9c1d8e7b6a5f4e3d', '{hex}'],
    ['123e4567-e89b-12d3-a456-426614174000', '{uuid}'],
    ['req_011CTxyz9Ab3Cd4Ef5', '{id}'],
    ['v20.11.1', '{version}'],
    ['17:45:02', '{time}'],
    ['64%', '{percent}'],
    ['200000', '{number} #200000'],
    ["'express'", '{name}'],
  ])('replaces the variable part %s with %s', (input, expected) => {
    expect(hard(input).join(' ')).toBe(expected);
  });

  it('keeps error codes and words, lower-cased, and hyphenated compounds whole', () => {
    expect(hard('npm ERR! code ERESOLVE: non-fast-forward (529)')).toEqual(['code', 'eresolve', 'non', 'fast', 'forward', 'non-fast-forward', '{number}', '#529']);
  });

  it('gives the same canonical form to two pastes that differ only in variable parts', () => {
    expect(canonical('Error: listen EADDRINUSE: address already in use :::3000')).toBe(canonical('Error: listen EADDRINUSE: address already in use :::8080'));
    expect(canonical("Cannot find module '/home/a/x.js'")).toBe(canonical("Cannot find module '/Users/b/y.js'"));
  });
});

describe('patterns', () => {
  it('turns placeholders into typed tokens and drops {any}', () => {
    expect(tokenizePattern('listen EADDRINUSE: address already in use {address} {any}').map((t) => t.t)).toEqual([
      'listen',
      'eaddrinuse',
      'address',
      'already',
      'use',
      '{address}',
      '{port}',
    ]);
  });

  it('explains an unknown placeholder and a pattern with no words, and keeps JSON braces literal', () => {
    expect(patternProblem('Cannot find {module}')).toBe(
      'uses an unknown placeholder `{module}`; use one of {path} {url} {host} {ip} {port} {address} {number} {hex} {uuid} {id} {version} {name} {time} {percent} {any}',
    );
    expect(patternProblem('Error: 429 {"type":"error","error":{"type":"rate_limit_error"}}')).toBeUndefined();
    expect(patternProblem('{path} {number}')).toBe('has no literal words to match; add the fixed text of the error around the placeholders');
    expect(patternProblem('Cannot find module {name}')).toBeUndefined();
  });
});
