import { z } from 'astro/zod';

/** Lower-case words joined by single hyphens, e.g. `node-eaddrinuse`. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A non-empty, trimmed line of plain text of at most `max` characters. */
export const text = (max: number) =>
  z
    .string({ error: 'expected text' })
    .trim()
    .min(1, { error: 'must not be empty' })
    .max(max, { error: `must be at most ${max} characters` });

/**
 * A calendar date written `YYYY-MM-DD`. YAML parsers may hand us a Date or a
 * string; both normalize to a UTC Date so components never branch on shape.
 */
export const isoDate = () =>
  z
    .union([z.date(), z.string()], { error: 'expected a date written YYYY-MM-DD' })
    .transform((value, ctx) => {
      const raw = value instanceof Date ? value.toISOString().slice(0, 10) : value.trim();
      const date = new Date(`${raw}T00:00:00Z`);
      if (!/^\d{4}-\d{2}-\d{2}$/.test(raw) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== raw) {
        ctx.addIssue({ code: 'custom', message: `expected a real date written YYYY-MM-DD` });
        return z.NEVER;
      }
      return date;
    });

/** An absolute https:// address. */
export const httpsUrl = () =>
  z.string({ error: 'expected an https:// address' }).trim().refine(
    (value) => {
      try {
        return new URL(value).protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: 'must be an absolute https:// address' },
  );
