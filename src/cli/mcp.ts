import { readFileSync } from 'node:fs';
import path from 'node:path';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { siteLinks } from '../lib/agent-outputs.ts';
import { createErrataServer } from '../mcp/server.ts';
import { checkoutDir, loadCatalog } from '../node/content-files.ts';
import { publicSite } from '../settings.ts';
import { parseArgs } from './args.ts';
import { resolveContentDir } from './check.ts';

export const MCP_USAGE = `Usage: errata mcp [--content DIR]

Serves Errata over the Model Context Protocol on standard input and output,
for AI coding tools: match_error, get_page, search_pages. Standard output
carries only protocol messages; logs go to standard error. Content comes from
--content DIR, $ERRATA_CONTENT_DIR, or this checkout's content/, whatever the
working directory. Page URLs use $ERRATA_SITE and $ERRATA_BASE.

Start it with bin/errata (it runs the Node pinned in this checkout), e.g.
  claude mcp add errata -- /path/to/errata/bin/errata mcp`;

/** `errata mcp`: the MCP server over stdio; resolves when the client goes away. */
export async function runMcp(argv: string[]): Promise<number> {
  const args = parseArgs(argv, { booleans: ['--help', '-h'], values: ['--content'], maxPositionals: 0 });
  if (args.flags.has('--help') || args.flags.has('-h')) {
    console.error(MCP_USAGE); // even help stays off stdout, which belongs to the protocol
    return 0;
  }
  // Standard output belongs to JSON-RPC: anything a module logs goes to stderr instead.
  console.log = console.info = console.debug = console.error;
  const dir = resolveContentDir(args.values.get('--content'));
  const catalog = loadCatalog(dir);
  const { origin, base } = publicSite();
  const version = (JSON.parse(readFileSync(path.join(checkoutDir(), 'package.json'), 'utf8')) as { version: string }).version;
  const server = createErrataServer(catalog, siteLinks(origin, base), version);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
    process.stdin.once('end', resolve);
  });
  await server.connect(transport);
  console.error(`errata mcp: serving ${catalog.pages.length} pages from ${dir}`);
  await closed;
  await server.close();
  return 0;
}
