/**
 * The shape of a content directory as read from disk, shared by the checker,
 * the CLI, the matcher's input and the tests. Types and one pure helper; the
 * reading itself is in `src/node/content-files.ts`.
 */

/** A file as read from disk: its path (for messages) and decoded text. */
export interface RawFile {
  path: string;
  text: string;
  /** False when the bytes were not valid UTF-8. */
  utf8?: boolean;
  /** Where the first byte that is not UTF-8 is: its line, value and the text before it. */
  badByte?: { line: number; byte: number; context: string };
}

/** Every error page plus the two data files. */
export interface ContentTree {
  errors: RawFile[];
  tools: RawFile | undefined;
  categories: RawFile | undefined;
}

/** The slug of `…/errors/<slug>.mdx`. */
export function slugOf(path: string): string {
  return (path.split(/[\\/]/).pop() ?? path).replace(/\.mdx$/, '');
}
