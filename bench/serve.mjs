// The one static server for the built site, used by the bench and by the
// browser tests (playwright.config.ts starts it). It behaves like a static
// host: text types go out with Content-Encoding: gzip, everything else
// (Pagefind's pre-compressed files, images) as stored; `dir/` serves
// `dir/index.html`; an unknown address answers 404 with the site's 404.html.
// It counts what it sends (`stats`: responses, and bytes on the wire with
// headers), which sees every request a browser makes, including those from
// Pagefind's web worker, and when the network last moved (`inflight`,
// `lastActivity`), so a caller can wait for it to go quiet; `log` lists each
// response's path and bytes.
//
//   node bench/serve.mjs DIR [PORT]
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
};
// Already compressed: sent as stored, like a static host would.
const STORED = new Set(['application/wasm', 'font/woff2']);

/** Starts serving `dir` on 127.0.0.1; resolves to { url, stats, close }. */
export function serve(dir, port = 0) {
  const root = path.resolve(dir);
  const cache = new Map(); // file -> { body, type, gzip }
  const stats = { requests: 0, bytes: 0, inflight: 0, lastActivity: 0, log: [] };
  const load = (file) => {
    if (!cache.has(file)) {
      const type = TYPES[path.extname(file)];
      const raw = readFileSync(file);
      cache.set(file, type && !STORED.has(type) ? { body: gzipSync(raw), type, gzip: true } : { body: raw, type: type ?? 'application/octet-stream', gzip: false });
    }
    return cache.get(file);
  };
  const server = createServer((req, res) => {
    const before = req.socket.bytesWritten;
    stats.inflight++;
    stats.lastActivity = performance.now();
    let ended = false;
    const end = () => {
      if (ended) return;
      ended = true;
      stats.inflight--;
      stats.lastActivity = performance.now();
    };
    res.on('finish', () => {
      stats.requests++;
      stats.bytes += req.socket.bytesWritten - before;
      stats.log.push({ path: req.url, bytes: req.socket.bytesWritten - before });
      end();
    });
    res.on('close', end);
    const send = (status, file) => {
      const { body, type, gzip } = load(file);
      res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, ...(gzip && { 'Content-Encoding': 'gzip' }) });
      res.end(body);
    };
    let file;
    try {
      file = path.join(root, decodeURIComponent(new URL(req.url, 'http://localhost').pathname));
    } catch {
      return void res.writeHead(400, { 'Content-Type': 'text/plain' }).end('bad request');
    }
    if (file !== root && !file.startsWith(root + path.sep)) return void res.writeHead(403).end();
    try {
      if (statSync(file).isDirectory()) file = path.join(file, 'index.html');
      send(200, file);
    } catch {
      try {
        send(404, path.join(root, '404.html'));
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      }
    }
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () => {
      server.keepAliveTimeout = 100;
      resolve({ url: `http://127.0.0.1:${server.address().port}`, stats, close: () => new Promise((r) => (server.close(r), server.closeAllConnections())) });
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir, port = '8080'] = process.argv.slice(2);
  if (!dir) {
    console.error('usage: node bench/serve.mjs DIR [PORT]');
    process.exit(2);
  }
  const { url } = await serve(path.resolve(dir), Number(port));
  console.log(`serving ${dir} at ${url}/`);
  // Playwright stops its web server with SIGTERM; end at once.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
}
