import { z } from 'astro/zod';
import { httpsUrl, isoDate, text } from './common.ts';

/** What is known about the error's status upstream. */
export const STATUSES = ['open-bug', 'fixed', 'works-as-designed', 'workaround-only', 'unknown'] as const;

/**
 * The frontmatter of one error page (`content/errors/<slug>.mdx`).
 * `ref` builds the schema for a link to another entry: Astro's `reference()`
 * in the site, a plain id in the CLI, so both validate the same shape.
 */
export const errorSchema = <R extends z.ZodType>(ref: (collection: 'errors' | 'tools' | 'categories') => R) =>
  z.strictObject({
    /** Page title, naming the tool and the error. */
    title: text(120),
    /** One or two sentences for listings and link previews. */
    description: text(300),
    /** The error text exactly as the tool prints it, e.g. `Error: listen EADDRINUSE: address already in use :::3000`. */
    signature: text(2000),
    /** Other forms of the same error in placeholder syntax, e.g. `listen EADDRINUSE {address}`. Default: none. */
    patterns: z.array(text(500)).default([]),
    /**
     * How people describe the problem in their own words (3 to 6), e.g. `claude code says I hit my limit`.
     * Real issue and question titles are the best source. Default: none.
     */
    askedAs: z
      .array(text(160))
      .min(3, { error: 'needs at least 3 phrasings when present' })
      .max(6, { error: 'must have at most 6 phrasings' })
      .default([]),
    /** The tool id from `tools.yaml`, e.g. `claude-code`. */
    tool: ref('tools'),
    /** The category id from `categories.yaml`, e.g. `usage-limits`. */
    category: ref('categories'),
    /** Upstream status of the problem. Default: `unknown`. */
    status: z.enum(STATUSES, { error: `expected one of ${STATUSES.join(', ')}` }).default('unknown'),
    /** Versions a source says are affected, e.g. `2.0.x`. */
    affectedVersions: text(100).optional(),
    /** The version a source says fixed it, e.g. `2.0.30`. */
    fixedIn: text(100).optional(),
    /** When the page last changed (`YYYY-MM-DD`). */
    updated: isoDate(),
    /** When the facts were last checked against the sources (`YYYY-MM-DD`). */
    checked: isoDate(),
    /** The fix most readers need, in one or two sentences. */
    quickFix: text(400),
    /** Slugs of related error pages a reader is likely to hit next: at least 2. */
    related: z.array(ref('errors')).min(2, { error: 'needs at least 2 related pages' }),
    /** Questions and answers, also published as FAQPage JSON-LD: at least 3. */
    faq: z.array(z.strictObject({ q: text(300), a: text(1500) })).min(3, { error: 'needs at least 3 questions' }),
    /** Public sources that back the page's facts. */
    sources: z
      .array(z.strictObject({ title: text(200), url: httpsUrl(), note: text(500).optional() }))
      .min(1, { error: 'needs at least one source' }),
    /** What the sources show and how strong the evidence is. */
    evidence: text(2000),
  });

export type ErrorStatus = (typeof STATUSES)[number];
