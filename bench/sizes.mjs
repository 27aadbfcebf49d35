// Sizes measured on disk: the whole output, and the HTML, CSS and JS one page
// costs (external files it references, JS followed through static imports).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Total bytes and number of files under `dir`. */
export function outputSize(dir) {
  let bytes = 0;
  let files = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += statSync(path.join(entry.parentPath, entry.name)).size;
    files++;
  }
  return { bytes, files };
}

const size = (buffers) => ({ raw: buffers.reduce((a, b) => a + b.length, 0), gzip: buffers.reduce((a, b) => a + gzipSync(b).length, 0) });

/** A JS file and everything it imports statically, each once. */
function withImports(root, url, seen) {
  if (seen.has(url)) return [];
  seen.add(url);
  const file = path.join(root, url);
  const code = readFileSync(file);
  const deps = [...code.toString().matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g)].map((m) => m[1] ?? m[2]);
  return [code, ...deps.flatMap((dep) => withImports(root, path.posix.resolve(path.posix.dirname(url), dep), seen))];
}

/**
 * What one page costs: `html` (the file as served), `css` (linked stylesheets),
 * `js` (external scripts with their imports, plus inline executable scripts, which
 * are also inside the HTML), `fonts` (the woff2 files the linked CSS loads; hosts
 * send them as they are, so gzip = raw), and `total` (HTML + linked CSS +
 * external JS, each gzipped on its own as a static host sends them, + fonts).
 * Each is { raw, gzip } in bytes.
 */
export function pageBytes(root, url) {
  const html = readFileSync(path.join(root, url, 'index.html'));
  const text = html.toString();
  const attr = (tag, name) => new RegExp(`\\b${name}=["']?([^"'\\s>]+)`).exec(tag)?.[1];
  const css = [...text.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel=["']?stylesheet/.test(tag))
    .map((tag) => readFileSync(path.join(root, attr(tag, 'href'))));
  const seen = new Set();
  const external = [];
  const inline = [];
  for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const type = attr(m[1], 'type');
    if (type && type !== 'module' && !type.includes('javascript')) continue; // JSON-LD and other data
    const src = attr(m[1], 'src');
    if (src) external.push(...withImports(root, src, seen));
    else if (m[2].trim()) inline.push(Buffer.from(m[2]));
  }
  const fontUrls = new Set(css.flatMap((c) => [...c.toString().matchAll(/url\(["']?([^"')]+\.woff2)["']?\)/g)].map((m) => m[1])));
  const fontBytes = [...fontUrls].reduce((sum, url) => sum + statSync(path.join(root, url)).size, 0);
  const parts = { html: size([html]), css: size(css), jsExternal: size(external), js: size([...external, ...inline]), fonts: { raw: fontBytes, gzip: fontBytes } };
  return {
    ...parts,
    total: {
      raw: parts.html.raw + parts.css.raw + parts.jsExternal.raw + parts.fonts.raw,
      gzip: parts.html.gzip + parts.css.gzip + parts.jsExternal.gzip + parts.fonts.gzip,
    },
  };
}

/** The median of each number in a list of `pageBytes` results. */
export function medianBytes(list) {
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const out = {};
  for (const key of Object.keys(list[0])) out[key] = { raw: median(list.map((x) => x[key].raw)), gzip: median(list.map((x) => x[key].gzip)) };
  return out;
}

/** Listing pages of a built site (home, A-Z, tool and category pages), largest gzip total first. */
export function listingPages(root) {
  const urls = ['/', '/errors/'];
  for (const section of ['tools', 'categories']) {
    const dir = path.join(root, section);
    try {
      urls.push(`/${section}/`, ...readdirSync(dir, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => `/${section}/${e.name}/`));
    } catch {} // a site without this section
  }
  return urls
    .filter((url) => statSync(path.join(root, url, 'index.html'), { throwIfNoEntry: false }))
    .map((url) => ({ url, ...pageBytes(root, url) }))
    .sort((a, b) => b.total.gzip - a.total.gzip);
}
