import { describe, expect, it } from 'vitest';
import { pagefindQuery } from '../../src/lib/search-query.ts';

describe('pagefindQuery', () => {
  it('passes a few typed words through unchanged', () => {
    expect(pagefindQuery('docker permission denied socket')).toBe('docker permission denied socket');
  });

  it('cuts a long paste to the plain words of its first error line', () => {
    const paste = "$ node app.js\nnode:internal/modules/cjs/loader:1080\n  throw err;\nError: Cannot find module 'express'\n    at Module._resolveFilename (node:internal/modules/cjs/loader:1077:15)";
    expect(pagefindQuery(paste)).toBe('error cannot find module');
  });
});
