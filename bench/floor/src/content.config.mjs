import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

if (!process.env.BENCH_CONTENT_DIR) throw new Error('Set BENCH_CONTENT_DIR to a content directory (with errors/*.mdx).');

export const collections = {
  errors: defineCollection({ loader: glob({ pattern: '*.mdx', base: `${process.env.BENCH_CONTENT_DIR}/errors` }) }),
};
