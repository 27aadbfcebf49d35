// The floor: a bare Astro + MDX site over the same pages, plus a Pagefind index,
// with none of Errata's features. Point it at a content tree with BENCH_CONTENT_DIR.
// It differs from Errata only by Errata's own features: same Astro, MDX, trailing
// slashes and code highlighter (Prism; Astro's default, Shiki, is slower and heavier).
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/** Indexes the built HTML with Pagefind's Node API, like Errata's integration. */
const pagefindIndex = () => ({
  name: 'floor:pagefind',
  hooks: {
    'astro:build:done': async ({ dir, logger }) => {
      const site = fileURLToPath(dir);
      const started = Date.now();
      const { index } = await pagefind.createIndex({});
      const added = await index.addDirectory({ path: site });
      await index.writeFiles({ outputPath: `${site}/pagefind` });
      await pagefind.close();
      logger.info(`Pagefind indexed ${added.page_count} pages in ${Date.now() - started} ms`);
    },
  },
});

export default defineConfig({
  trailingSlash: 'always',
  integrations: [mdx(), pagefindIndex()],
  markdown: { syntaxHighlight: 'prism' },
  devToolbar: { enabled: false },
  cacheDir: fileURLToPath(new URL('../.work/floor-cache/', import.meta.url)),
  vite: {
    cacheDir: fileURLToPath(new URL('../.work/floor-cache/vite/', import.meta.url)),
    // Same filter as Errata's config: MDX's "use astro:head-inject" warning is noise.
    build: { rollupOptions: { onwarn: (warning, warn) => warning.code !== 'MODULE_LEVEL_DIRECTIVE' && warn(warning) } },
  },
});
