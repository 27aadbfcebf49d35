import { z } from 'astro/zod';
import { httpsUrl, text } from './common.ts';

/** A developer tool that error pages belong to (`content/tools.yaml`). */
export const toolSchema = () =>
  z.strictObject({
    /** Display name, e.g. `Claude Code`. */
    name: text(60),
    /** One sentence on what the tool is. */
    description: text(200),
    /** Other names people type for the tool, e.g. `psql`, `pg` for PostgreSQL; the matcher reads them. Default: none. */
    aliases: z.array(text(40)).default([]),
    /** The tool's official home or documentation page. */
    homepage: httpsUrl(),
  });

export type Tool = z.output<ReturnType<typeof toolSchema>>;
