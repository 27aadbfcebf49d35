import { describe, expect, it } from 'vitest';
import { letterOf, letterPages, pageCount, pagePath, pageSlice } from '../../src/lib/paging.ts';

describe('paging', () => {
  it('splits a listing into pages of a fixed size, with at least one page', () => {
    const items = Array.from({ length: 250 }, (_, i) => i);
    expect(pageCount(250, 100)).toBe(3);
    expect(pageCount(0, 100)).toBe(1);
    expect(pageSlice(items, 3, 100)).toEqual(items.slice(200));
  });

  it('puts page 1 at the listing itself and later pages under page/N/', () => {
    expect(pagePath('/errors/', 1)).toBe('/errors/');
    expect(pagePath('/tools/npm/', 4)).toBe('/tools/npm/page/4/');
  });

  it('knows on which page each letter of a sorted A-Z list starts', () => {
    const titles = ['Apple', 'Avocado', 'Banana', '404 page', 'Cherry'].sort();
    expect(letterOf('404 page')).toBe('#');
    expect(Object.fromEntries(letterPages(titles, 2))).toEqual({ '#': 1, A: 1, B: 2, C: 3 });
  });
});
