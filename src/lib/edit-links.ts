/** Links for fixing a page: edit its source, or report a problem with it (GitHub-style URLs). */
export function editLinks(repo: { url: string; branch: string }, page: { sourcePath: string; title: string; url: string }) {
  const body = `Page: ${page.url}\n\nWhat is wrong or missing:\n\n\nWhat you saw instead (error text, tool version, OS):\n`;
  const query = new URLSearchParams({ title: `Problem on "${page.title}"`, body, labels: 'content' });
  return {
    edit: `${repo.url}/edit/${encodeURIComponent(repo.branch)}/${page.sourcePath.split('/').map(encodeURIComponent).join('/')}`,
    report: `${repo.url}/issues/new?${query}`,
  };
}
