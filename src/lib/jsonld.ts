/** What the structured data of an error page is built from. */
export interface ArticleFacts {
  url: string;
  title: string;
  description: string;
  updated: string;
  toolName: string;
  faq: readonly { q: string; a: string }[];
  breadcrumb: readonly { name: string; url: string }[];
}

/** schema.org TechArticle, FAQPage and BreadcrumbList for one error page. */
export function errorPageJsonLd(f: ArticleFacts): object[] {
  const graph: object[] = [
    {
      '@context': 'https://schema.org',
      '@type': 'TechArticle',
      headline: f.title,
      description: f.description,
      url: f.url,
      dateModified: f.updated,
      about: f.toolName,
      mainEntityOfPage: f.url,
    },
    {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: f.breadcrumb.map((b, i) => ({ '@type': 'ListItem', position: i + 1, name: b.name, item: b.url })),
    },
  ];
  if (f.faq.length) {
    graph.push({
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: f.faq.map(({ q, a }) => ({ '@type': 'Question', name: q, acceptedAnswer: { '@type': 'Answer', text: a } })),
    });
  }
  return graph;
}

/**
 * JSON for a `<script type="application/ld+json">` body. `<`, `>` and `&` are
 * escaped so that content such as `</script>` can never end the element.
 */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
