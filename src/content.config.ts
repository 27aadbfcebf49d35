import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { categorySchema } from './schemas/category.ts';
import { errorSchema } from './schemas/error.ts';
import { toolSchema } from './schemas/tool.ts';
import { contentDir } from './settings.ts';

const root = contentDir();

export const collections = {
  errors: defineCollection({
    loader: glob({ pattern: '*.mdx', base: `${root}/errors` }),
    schema: errorSchema(reference),
  }),
  tools: defineCollection({ loader: file(`${root}/tools.yaml`), schema: toolSchema() }),
  categories: defineCollection({ loader: file(`${root}/categories.yaml`), schema: categorySchema() }),
};
