/** Entries per listing page: keeps every listing small however large the corpus grows. */
export const PAGE_SIZE = 100;

/** Number of pages for `count` entries (at least one, so an empty listing still renders). */
export const pageCount = (count: number, size: number = PAGE_SIZE) => Math.max(1, Math.ceil(count / size));

/** The entries on 1-based page `page`. */
export function pageSlice<T>(items: readonly T[], page: number, size: number = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The path of page `page` of a listing at `basePath` (which ends in `/`): page 1 is the listing itself. */
export const pagePath = (basePath: string, page: number) => (page <= 1 ? basePath : `${basePath}page/${page}/`);

/** The letter an entry files under in A-Z: its first letter, or `#` for anything else. */
export function letterOf(title: string): string {
  const first = title.charAt(0).toUpperCase();
  return /[A-Z]/.test(first) ? first : '#';
}

/** For a sorted list, the page each letter starts on. */
export function letterPages(titles: readonly string[], size: number = PAGE_SIZE): Map<string, number> {
  const pages = new Map<string, number>();
  titles.forEach((t, i) => {
    const letter = letterOf(t);
    if (!pages.has(letter)) pages.set(letter, Math.floor(i / size) + 1);
  });
  return pages;
}
