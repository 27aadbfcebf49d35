/** A page as the link graph sees it. */
export interface LinkNode {
  id: string;
  related: readonly string[];
}

/**
 * For each page, the pages that list it as related (links in), sorted by id.
 * Computed once for the whole corpus in O(links).
 */
export function backlinks(pages: readonly LinkNode[]): Map<string, string[]> {
  const incoming = new Map<string, string[]>(pages.map((p) => [p.id, []]));
  for (const page of pages) {
    for (const target of new Set(page.related)) {
      if (target !== page.id) incoming.get(target)?.push(page.id);
    }
  }
  for (const list of incoming.values()) list.sort();
  return incoming;
}
