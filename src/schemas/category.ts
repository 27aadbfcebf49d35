import { z } from 'astro/zod';
import { text } from './common.ts';

/** A kind of failure that groups error pages across tools (`content/categories.yaml`). */
export const categorySchema = () =>
  z.strictObject({
    /** Display name, e.g. `Usage limits and quotas`. */
    name: text(60),
    /** One sentence on which errors belong here. */
    description: text(200),
  });

export type Category = z.output<ReturnType<typeof categorySchema>>;
