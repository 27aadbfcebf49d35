import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redactSecrets } from '../../src/lib/redact.ts';

describe('redactSecrets', () => {
  it.each([
    ['x-api-key: sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789', 'AbCdEfGhIjKlMnOpQrStUvWxYz0123456789'],
    ['OPENAI_API_KEY=sk-proj-AbCdEfGhIjKlMnOpQrStUvWx', 'AbCdEfGhIjKlMnOpQrStUvWx'],
    ['Incorrect API key provided: sk-1234567890abcdefghijklmnop', '1234567890abcdefghijklmnop'],
    ['remote: token ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'abcdefghijklmnopqrstuvwxyz0123456789'],
    ['github_pat_11ABCDEFG0123456789_abcdefghijklmnop', '11ABCDEFG0123456789_abcdefghijklmnop'],
    ['aws_access_key_id = AKIAIOSFODNN7EXAMPLE', 'IOSFODNN7EXAMPLE'.slice(4)],
    ['Authorization: Bearer abc.def-ghi_jkl~mno', 'abc.def-ghi_jkl~mno'],
    ['jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U', 'eyJzdWIiOiIxMjM0NTY3ODkwIn0'],
    ['connect postgres://admin:hunter2secret@db.internal:5432/app', 'hunter2secret'],
    ['password=correcthorsebattery', 'correcthorsebattery'],
  ])('masks the secret in %s', (input, secret) => {
    const out = redactSecrets(input);
    expect(out).toContain('[REDACTED]');
    expect(out).not.toContain(secret);
  });

  it('leaves ordinary error text alone', () => {
    const text = "Error: listen EADDRINUSE: address already in use :::3000\nnpm ERR! code E404\nModuleNotFoundError: No module named 'requests'";
    expect(redactSecrets(text)).toBe(text);
  });

  it('never throws and never grows a secret-free text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const out = redactSecrets(text);
        expect(typeof out).toBe('string');
        if (!out.includes('[REDACTED]')) expect(out).toBe(text);
      }),
      { numRuns: 3000 },
    );
  });
});
