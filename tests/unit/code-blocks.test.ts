import { describe, expect, it } from 'vitest';
import { copyText, fenceOf, lookOf, parseFenceMeta, readFenceLine } from '../../src/lib/code-blocks.ts';
import { describeStatus } from '../../src/lib/status.ts';
import { STATUSES } from '../../src/schemas/error.ts';

describe('fence meta', () => {
  it('reads double-quoted, single-quoted and bare values', () => {
    expect(parseFenceMeta(`in="Claude Code" copy='commands' title=x`)).toEqual({ in: 'Claude Code', copy: 'commands', title: 'x' });
  });

  it('reads an opening fence line, indented inside a list item', () => {
    expect(readFenceLine('   ```text in="Claude Code"')).toEqual({ marker: '```', lang: 'text', where: 'Claude Code', copy: undefined });
    expect(readFenceLine('~~~~Bash copy="commands"')).toEqual({ marker: '~~~~', lang: 'bash', where: undefined, copy: 'commands' });
    expect(readFenceLine('text ```bash')).toBeUndefined();
  });
});

describe('the caption a block gets', () => {
  it.each([
    ['bash', '', 'Terminal', 'shell'],
    ['zsh', '', 'Terminal', 'shell'],
    ['powershell', '', 'PowerShell', 'shell'],
    ['text', 'in="Claude Code"', 'In Claude Code', 'tool'],
    ['sql', 'in="psql"', 'In psql', 'tool'],
    ['json', '', 'JSON', 'code'],
    ['', '', 'Text', 'code'],
    ['haskell', '', 'haskell', 'code'],
  ])('```%s %s is captioned %s (%s)', (lang, meta, label, kind) => {
    expect(lookOf(fenceOf(lang, meta))).toEqual({ label, kind });
  });
});

describe('what the copy button copies', () => {
  const block = ['# find the process', '$ lsof -i :3000', 'COMMAND PID USER', '$ docker run \\', '    -p 3000:3000 app', 'done'].join('\n');

  it('copies the block as written when the author did not mark it', () => {
    expect(copyText(block)).toBe(block);
  });

  it('with copy="commands", keeps only prompted lines and their continuations, without the prompt', () => {
    expect(copyText(block, 'commands')).toBe(['lsof -i :3000', 'docker run \\', '    -p 3000:3000 app'].join('\n'));
  });

  it('with copy="commands" and no prompts, drops # comment lines only', () => {
    expect(copyText('# stop it\nkill 12345\n\n# check\nlsof -i :3000  # again', 'commands')).toBe('kill 12345\n\nlsof -i :3000  # again');
  });

  it('strips PowerShell PS> prompts too', () => {
    expect(copyText('PS> Get-Process node\nHandles  NPM(K)', 'commands')).toBe('Get-Process node');
  });
});

describe('status badges', () => {
  it.each(STATUSES)('%s has a label and a sentence that explains it', (status) => {
    const { label, explanation } = describeStatus(status);
    expect(label.length).toBeGreaterThan(3);
    expect(explanation).toMatch(/^[A-Z].{40,}\.$/);
  });

  it('names what each status is of', () => {
    expect(STATUSES.map((s) => describeStatus(s).label)).toEqual(['Open bug: no fix yet', 'Fix released', 'Not a bug: works as designed', 'Workaround only', 'Cause unconfirmed']);
  });

  it('puts a short fixed-in version on the badge and a long one in the sentence', () => {
    expect(describeStatus('fixed', '2.1.120').label).toBe('Fix released in 2.1.120');
    const long = describeStatus('fixed', '20.19.0, 22.12.0 and 23.0.0 (require(esm) enabled by default)');
    expect(long.label).toBe('Fix released');
    expect(long.explanation).toContain('(20.19.0, 22.12.0 and 23.0.0');
  });
});
