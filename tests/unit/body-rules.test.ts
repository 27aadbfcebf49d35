import { describe, expect, it } from 'vitest';
import { scanBody } from '../../src/lib/body-rules.ts';
import { VALID_BODY } from './helpers.ts';

const unsafe = (line: string) => scanBody(`${line}\n\n${VALID_BODY}`).map((f) => `${f.line} ${f.message}`);

describe('scanBody', () => {
  it('accepts every required section in order', () => {
    expect(scanBody(VALID_BODY)).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', /raw `<script` tag/],
    ['<iframe src="https://example.com"></iframe>', /raw `<iframe` tag/],
    ['<Steps onclick="alert(1)" />', /event-handler attribute/],
    ['[click](javascript:alert(1))', /javascript: link/],
    ['[img](data:text/html;base64,AAAA)', /data: link/],
    ["import X from './x.astro'", /MDX `import` line/],
    ['<div>hello</div>', /tag `<div>`, which is not allowed/],
    ['Total {process.exit(1)}', /`\{` or `\}` outside code/],
  ])('rejects unsafe content: %s', (line, pattern) => {
    const found = unsafe(line);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(pattern);
    expect(found[0]).toMatch(/^1 /);
  });

  it('allows the same text inside code spans and fenced blocks', () => {
    expect(scanBody(`Run \`<script>\` and \`{x}\`.\n\n\`\`\`html\n<script>alert(1)</script>\n\`\`\`\n\n${VALID_BODY}`)).toEqual([]);
  });

  it('reports sections out of order', () => {
    const body = VALID_BODY.replace('## Why this happens', '## TEMP').replace('## Common causes', '## Why this happens').replace('## TEMP', '## Common causes');
    expect(scanBody(body).map((f) => f.message)).toContain(
      'has `## Common causes` out of order; sections go: What this error means > Why this happens > Common causes > Quick fixes > Platform and tool-specific checks > Step-by-step troubleshooting > How to confirm the fix > How to prevent it',
    );
  });
});

describe('component tags', () => {
  it('reports a <Steps> that is never closed, on its line', () => {
    expect(scanBody(`${VALID_BODY}\n<Steps>\n1. Do it.\n`).map((f) => f.message)).toEqual(['has `<Steps>` that is never closed; add `</Steps>` after its content']);
  });

  it('accepts balanced components and self-closing tags', () => {
    expect(scanBody(`${VALID_BODY}\n<Steps>\n1. Do it.\n</Steps>\n\n<Callout type="tip">\nA tip.\n</Callout>\n`)).toEqual([]);
  });
});

describe('commands typed inside a tool, in a shell block', () => {
  /** Findings for one fenced block placed before a valid body, as `line message`. */
  const inBlock = (fence: string, ...code: string[]) => scanBody(`${[fence, ...code, '```'].join('\n')}\n\n${VALID_BODY}`).map((f) => `${f.line} ${f.message}`);

  it('rejects a Claude Code slash command, on its line, with the exact advice', () => {
    expect(inBlock('```bash', 'claude', '# inside the session', '/usage')).toEqual([
      '4 has a slash command typed inside a tool in a `bash` block (`/usage`); a shell cannot run it: move it to a block of its own with the fence meta `in="Claude Code"` (where it is typed), see CONTRIBUTING.md',
    ]);
  });

  it('rejects a psql backslash command with the exact advice', () => {
    expect(inBlock('```sh', 'psql -U postgres', '\\password postgres')).toEqual([
      '3 has a backslash command typed inside a tool in a `sh` block (`\\password postgres`); a shell cannot run it: move it to a block of its own with the fence meta `in="psql"` (where it is typed), see CONTRIBUTING.md',
    ]);
  });

  it('rejects a Python >>> prompt with the exact advice', () => {
    expect(inBlock('```zsh', 'python3', '>>> import ssl')).toEqual([
      '3 has a `>>>` REPL prompt in a `zsh` block (`>>> import ssl`); a shell cannot run it: move it to a block of its own with the fence meta `in="Python"` (where it is typed), see CONTRIBUTING.md',
    ]);
  });

  it.each(['bash', 'sh', 'zsh', 'shell', 'console', 'powershell', 'ps1'])('checks %s blocks', (lang) => {
    expect(inBlock(`\`\`\`${lang}`, '/login')).toHaveLength(1);
  });

  it.each([
    ['/login', 1],
    ['/model opus', 1],
    ['$ /usage', 1],
    ['\\du', 1],
    ['\\dt+', 1],
    ['>>>', 1],
    ['/usr/bin/chromium --version', 0],
    ['/opt/homebrew/bin/brew install node', 0],
    ['\\Windows\\System32\\netstat.exe -ano', 0],
    ['ls /usage', 0],
    ['# then type /usage', 0],
    ['echo ">>> not a prompt"', 0],
  ])('%s in a bash block gives %i finding(s)', (line, count) => {
    expect(inBlock('```bash', line)).toHaveLength(count);
  });

  it('accepts the same lines in blocks marked in="..." or in other languages', () => {
    expect(inBlock('```text in="Claude Code"', '/usage')).toEqual([]);
    expect(inBlock('```sql in="psql"', '\\password postgres')).toEqual([]);
    expect(inBlock('```python', '>>> import ssl')).toEqual([]);
    expect(inBlock('```', '/usage')).toEqual([]);
  });

  it('rejects an empty in="" and an unknown copy rule on the fence line', () => {
    expect(inBlock('```text in=""', '/usage')).toEqual([
      '1 has a code block with an empty `in=""`; name where its lines are typed, e.g. `in="Claude Code"`, or remove it for a shell block',
    ]);
    expect(inBlock('```bash copy="all"', 'ls')).toEqual([
      '1 has a code block with an unknown copy rule (`copy="all"`); use `copy="commands"` to copy without prompts and comments, or remove it',
    ]);
  });
});
