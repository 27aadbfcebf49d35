import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REQUIRED_SECTIONS } from '../../src/lib/body-rules.ts';
import { loadPages } from '../../src/node/content-files.ts';

// The server is started the way an agent starts it: through the bin/errata launcher,
// from another directory, with a PATH whose first Node is the system's (Node 20 here).
const LAUNCHER = path.resolve('bin/errata');
const ELSEWHERE = mkdtempSync(path.join(tmpdir(), 'errata-mcp-'));
const AGENT_ENV = { PATH: '/usr/local/bin:/usr/bin:/bin', HOME: process.env['HOME'] ?? ELSEWHERE };

// What a developer pastes after nodemon restarts a server whose port is still taken.
const PASTE = `[nodemon] 3.1.4
[nodemon] to restart at any time, enter \`rs\`
[nodemon] watching path(s): *.*
[nodemon] starting \`node server.js\`
2026-11-28T09:14:03.512Z info: loading config from /home/dana/shop-api/.env (DATABASE_URL=postgres://shop:s3cr3t-pass@localhost:5432/shop)
node:events:497
      throw er; // Unhandled 'error' event
      ^

Error: listen EADDRINUSE: address already in use :::8080
    at Server.setupListenHandle [as _listen2] (node:net:1872:16)
    at listenInCluster (node:net:1920:12)
    at Server.listen (node:net:2008:7)
    at Function.listen (/home/dana/shop-api/node_modules/express/lib/application.js:635:24)
    at Object.<anonymous> (/home/dana/shop-api/server.js:41:5)
Emitted 'error' event on Server instance at:
    at emitErrorNT (node:net:1899:8) {
  code: 'EADDRINUSE', errno: -98, syscall: 'listen', address: '::', port: 8080
}
[nodemon] app crashed - waiting for file changes before starting...`;

interface Result {
  isError?: boolean;
  content: { type: string; text: string }[];
  structuredContent?: Record<string, unknown>;
}

describe('errata mcp, driven by the SDK client over stdio', () => {
  let client: Client;
  let stderr = '';
  const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as Result;

  beforeAll(async () => {
    const transport = new StdioClientTransport({ command: LAUNCHER, args: ['mcp'], cwd: ELSEWHERE, env: AGENT_ENV, stderr: 'pipe' });
    transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    client = new Client({ name: 'errata-test', version: '1.0.0' });
    await client.connect(transport);
  }, 30_000);
  afterAll(async () => client?.close());

  it('lists the three tools, each with a description and an input schema', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['get_page', 'match_error', 'search_pages']);
    for (const tool of tools) {
      expect(tool.description!.length).toBeGreaterThan(100);
      expect(tool.inputSchema.type).toBe('object');
    }
    expect(tools.find((t) => t.name === 'match_error')!.inputSchema.required).toEqual(['text']);
    expect(tools.find((t) => t.name === 'get_page')!.inputSchema.required).toEqual(['slug']);
  });

  it('matches a 20-line paste to its page, with level, quick fix, matched line and status, and echoes no secret', async () => {
    expect(PASTE.split('\n')).toHaveLength(20);
    const result = await call('match_error', { text: PASTE, limit: 3 });
    expect(result.isError).toBeFalsy();
    const found = result.structuredContent as { confident: boolean; results: Record<string, string>[] };
    expect(found.confident).toBe(true);
    const [best] = found.results;
    expect(best).toMatchObject({
      slug: 'node-eaddrinuse-address-already-in-use',
      match: 'exact',
      matched: 'Error: listen EADDRINUSE: address already in use :::8080',
      status: 'works-as-designed',
      tool: 'nodejs',
      url: 'http://localhost:4321/errors/node-eaddrinuse-address-already-in-use/',
    });
    expect(best!['quickFix']).toMatch(/lsof -i :3000/);
    expect(result.content[0]!.text).toMatch(/^1\. \[exact\] Node\.js Error: listen EADDRINUSE/);
    expect(JSON.stringify(result)).not.toContain('s3cr3t-pass');
  });

  it('redacts secrets before anything is echoed, even in a related result', async () => {
    const key = 'sk-ant-api03-AbCdEfGhIjKlMnOpQrStUvWxYz0123456789';
    const result = await call('match_error', { text: `curl failed: 401 Unauthorized for x-api-key ${key}` });
    expect(result.isError).toBeFalsy();
    expect(JSON.stringify(result)).not.toContain('AbCdEfGhIjKlMnOp');
  });

  it('says there is no page yet when nothing is exact or likely', async () => {
    const result = await call('match_error', { text: 'frobnicator: widget calibration drifted past the flux threshold in sector 7G' });
    expect((result.structuredContent as { confident: boolean }).confident).toBe(false);
    expect(result.content[0]!.text).toMatch(/^Errata has no page for this error yet/);
  });

  it('gets a page as Markdown with every section, its sources and related pages', async () => {
    const result = await call('get_page', { slug: 'docker-permission-denied-daemon-socket' });
    expect(result.isError).toBeFalsy();
    const md = result.content[0]!.text;
    expect(md).toMatch(/^# Docker: permission denied while trying to connect to the Docker daemon socket\n/);
    for (const heading of ['Error signature', 'Quick fix', ...REQUIRED_SECTIONS, 'Sources checked', 'Related errors', 'FAQ']) expect(md).toContain(`\n## ${heading}\n`);
    expect(md).toMatch(/\n- \[[^\]]+\]\(https:\/\/docs\.docker\.com\/[^)]+\)/);
    expect(md).toMatch(/## Related errors\n\n- \[[^\]]+\]\(http:\/\/localhost:4321\/errors\/[a-z0-9-]+\.md\)/);
    expect(md).not.toMatch(/<\/?(Steps|Callout)/);
    expect(result.content[1]!.text).toMatch(/^Related pages, by slug for get_page: [a-z0-9-]+(, [a-z0-9-]+)+$/);
  });

  it('searches by tool, by category and by words', async () => {
    const docker = loadPages('content').filter((p) => p.tool === 'docker');
    const byTool = await call('search_pages', { tool: 'docker', limit: 100 });
    const listed = (byTool.structuredContent as { total: number; results: { slug: string; tool: string }[] });
    expect(listed.total).toBe(docker.length);
    expect(listed.results.map((r) => r.slug).sort()).toEqual(docker.map((p) => p.slug).sort());

    const words = await call('search_pages', { query: 'docker permission denied socket', tool: 'docker', category: 'permissions', limit: 3 });
    const hits = (words.structuredContent as { results: { slug: string; category: string; match: string }[] }).results;
    expect(hits[0]).toMatchObject({ slug: 'docker-permission-denied-daemon-socket', category: 'permissions' });
    expect(hits.every((h) => h.category === 'permissions')).toBe(true);
  });

  it.each([
    ['get_page', { slug: 'no-such-page' }, /no page has the slug `no-such-page`/],
    ['get_page', { slug: '../../etc/passwd' }, /not a path/],
    ['get_page', { slug: 'errors/node-eaddrinuse-address-already-in-use' }, /not a path/],
    ['get_page', { slug: 'Not A Slug' }, /lower-case words joined by hyphens/],
    ['get_page', { slug: 42 }, /slug must be a string/],
    ['match_error', { text: '   \n ' }, /text is empty/],
    ['match_error', { text: `${'x'.repeat(1_048_576)}\nError: listen EADDRINUSE` }, /over the 1 MB limit/],
    ['match_error', { text: ['not', 'a', 'string'] }, /text must be a string/],
    ['match_error', {}, /text/],
    ['match_error', { text: 'EADDRINUSE', limit: 'five' }, /limit must be a whole number from 1 to 20/],
    ['match_error', { text: 'EADDRINUSE', limit: 500 }, /limit must be a whole number from 1 to 20/],
    ['search_pages', { tool: 'not-a-tool' }, /tool must be a tool id \(found `not-a-tool`\); one of: .*docker/],
    ['search_pages', { category: 'nope' }, /category must be a category id/],
    ['no_such_tool', {}, /no_such_tool not found/],
  ])('%s %j is a tool error with a clear message, and the server keeps answering', async (name, args, message) => {
    const result = await call(name, args);
    expect(result.isError).toBe(true);
    expect(result.content[0]!.text).toMatch(message);
    const after = await call('search_pages', { tool: 'nodejs', limit: 1 });
    expect(after.isError).toBeFalsy();
  }, 20_000);

  it('logs to stderr, not stdout', () => {
    expect(stderr).toMatch(/^errata mcp: serving \d+ pages from .+content$/m);
  });
});

describe('errata mcp on the wire', () => {
  it('writes nothing but JSON-RPC messages to stdout, whatever it is sent', async () => {
    const server = spawn(LAUNCHER, ['mcp'], { cwd: ELSEWHERE, env: AGENT_ENV, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    server.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    server.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const send = (message: object) => server.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
    send({ id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '1' } } });
    send({ method: 'notifications/initialized' });
    send({ id: 2, method: 'tools/list' });
    send({ id: 3, method: 'tools/call', params: { name: 'match_error', arguments: { text: PASTE } } });
    send({ id: 4, method: 'tools/call', params: { name: 'get_page', arguments: { slug: '..' } } });
    send({ id: 5, method: 'tools/call', params: { name: 'get_page', arguments: { slug: 'node-eaddrinuse-address-already-in-use' } } });
    send({ id: 6, method: 'no/such/method' });
    server.stdin.write('this is not json\n');
    send({ id: 7, method: 'tools/call', params: { name: 'search_pages', arguments: { query: 'port already in use' } } });
    // Wait for the last answer, then hang up like a client does.
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no answer to id 7; stdout: ${stdout.slice(0, 500)} stderr: ${stderr}`)), 20_000);
      server.stdout.on('data', () => {
        if (stdout.includes('"id":7')) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    server.stdin.end();
    const code = await new Promise<number | null>((resolve) => server.on('close', resolve));
    expect(code).toBe(0);
    const lines = stdout.split('\n').filter(Boolean);
    const messages = lines.map((line) => JSON.parse(line) as { jsonrpc: string; id?: number; result?: { isError?: boolean }; error?: unknown });
    expect(messages.every((m) => m.jsonrpc === '2.0')).toBe(true);
    const byId = new Map(messages.filter((m) => m.id !== undefined).map((m) => [m.id, m]));
    expect([...byId.keys()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(byId.get(4)!.result!.isError).toBe(true);
    expect(byId.get(5)!.result!.isError).toBeFalsy();
    expect(byId.get(6)!.error).toBeDefined();
    expect(stderr).toContain('errata mcp: serving');
  }, 40_000);
});
