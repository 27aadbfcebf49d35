// @ts-check
import { satteri } from '@astrojs/markdown-satteri';
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { codeBlockChrome, codeBlockFrames } from './src/integrations/code-blocks.ts';
import { contentCheck } from './src/integrations/content-check.ts';
import { searchIndexes } from './src/integrations/search-indexes.ts';
import { contentDir } from './src/settings.ts';
import { createHash } from 'node:crypto';

// Deploy settings, set once here or through the environment:
// ERRATA_SITE  the public origin, for canonical URLs and the sitemap
// ERRATA_BASE  a sub-path such as /errata when the site is not served at /
export default defineConfig({
  site: process.env.ERRATA_SITE || 'http://localhost:4321',
  base: process.env.ERRATA_BASE || '/',
  trailingSlash: 'always',
  compressHTML: false,
  integrations: [contentCheck(), mdx({ optimize: true }), searchIndexes()],
  devToolbar: { enabled: false },
  // Prism marks code with classes (styled in global.css); Shiki writes inline
  // style attributes, which the Content-Security-Policy would block.
  markdown: {
    syntaxHighlight: 'prism',
    // Every code block gets a caption ("Terminal", "In Claude Code"), a copy
    // button and a focusable <pre>: see src/integrations/code-blocks.ts.
    processor: satteri({ mdastPlugins: [codeBlockFrames], hastPlugins: [codeBlockChrome] }),
  },
  // Every page carries a Content-Security-Policy with hashes of its own inline
  // scripts and styles: no 'unsafe-inline', no 'unsafe-eval'. Pagefind compiles
  // WebAssembly, which needs 'wasm-unsafe-eval' and nothing broader.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" directive; the bundler's
        // warning about it is noise that would bury real problems in the build log.
        onwarn(warning, warn) {
          if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
        },
      },
    },
  },
  // Incremental builds: an error page whose cacheKey (src/data/cache-key.ts) and
  // code are unchanged is copied from the last build instead of rendered again.
  // The cache lives in cacheDir; `errata build --force` (and `astro build --force`) ignores it.
  experimental: { incrementalBuild: true },
  // One content cache per content directory: switching ERRATA_CONTENT_DIR
  // must not mix entries from two knowledge bases.
  cacheDir: `./node_modules/.astro/${createHash('sha256').update(contentDir()).digest('hex').slice(0, 12)}`,
});
