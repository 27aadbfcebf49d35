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
