/** Links from a page to its file in the repository: edit it, or report a correction with the page filled in. */

export type Repository = { url: string; branch: string };

/** The repository's editor for a content file, from its path relative to the repository root. */
export function editUrl(repository: Repository, filePath: string): string {
  return `${repository.url}/edit/${repository.branch}/${filePath.split('/').map(encodeURIComponent).join('/')}`;
}

/** A new issue from the correction form, with the page and its title filled in. */
export function correctionUrl(repository: Repository, pageUrl: string, pageTitle: string): string {
  const query = new URLSearchParams({ template: 'correction.yml', title: `Correction: ${pageTitle}`, page: pageUrl });
  return `${repository.url}/issues/new?${query}`;
}
