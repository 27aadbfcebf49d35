import { pageCount } from '../lib/paging.ts';
import { getCatalog, type ErrorEntry } from './catalog.ts';

/** One page of a tool or category listing. */
export interface ListingPage {
  id: string;
  page: number;
}

/** Static paths for every page of every group (`first` pages, or the later ones). */
export async function groupPaths(kind: 'tool' | 'category', which: 'first' | 'rest') {
  const catalog = await getCatalog();
  const groups = kind === 'tool' ? catalog.tools : catalog.categories;
  return groups.flatMap((g) => {
    const pages = pageCount(entriesOf(catalog.errors, kind, g.id).length);
    const numbers = which === 'first' ? [1] : Array.from({ length: pages - 1 }, (_, i) => i + 2);
    return numbers.map((page) => ({
      params: which === 'first' ? { [kind]: g.id } : { [kind]: g.id, page: String(page) },
      props: { id: g.id, page } satisfies ListingPage,
    }));
  });
}

/** The error pages of one tool or category, in title order. */
export function entriesOf(errors: readonly ErrorEntry[], kind: 'tool' | 'category', id: string): ErrorEntry[] {
  return errors.filter((e) => e.data[kind].id === id);
}
