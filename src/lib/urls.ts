/** Prefixes a site path with the configured base (`/` or e.g. `/errata/`). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  return `${base.replace(/\/$/, '')}/${path.replace(/^\//, '')}`;
}

/** The path of an error page, e.g. `/errors/node-eaddrinuse/`. */
export const errorPath = (slug: string) => withBase(`errors/${slug}/`);
/** The path of a tool listing. */
export const toolPath = (id: string) => withBase(`tools/${id}/`);
/** The path of a category listing. */
export const categoryPath = (id: string) => withBase(`categories/${id}/`);
