/** Links for fixing a page: edit its source, or report a problem with it (GitHub-style URLs). */
export function editLinks(repo: { url: string; branch: string }, page: { sourcePath: string; title: string; url: string }) {
  const body = `Page: ${page.url}\n\nWhat is wrong or missing:\n\n\nWhat you saw instead (error text, tool version, OS):\n`;
  const query = new URLSearchParams({ title: `Problem on "${page.title}"`, body, labels: 'content' });
  return {
    edit: `${repo.url}/edit/${encodeURIComponent(repo.branch)}/${page.sourcePath.split('/').map(encodeURIComponent).join('/')}`,
    report: `${repo.url}/issues/new?${query}`,
  };
}

/**
 * A prefilled new-issue link asking for a page about an error. It carries the
 * redacted error line only, never the whole paste.
 */
export function requestPageLink(repoUrl: string, redactedErrorLine: string): string {
  const line = redactedErrorLine.length > 300 ? `${redactedErrorLine.slice(0, 297)}...` : redactedErrorLine;
  const body = `Errata has no page for this error yet.\n\nError line:\n\n    ${line}\n\nTool and version, OS, and what you were doing:\n`;
  return `${repoUrl}/issues/new?${new URLSearchParams({ title: `Page request: ${line.slice(0, 120)}`, body, labels: 'page-request' })}`;
}
