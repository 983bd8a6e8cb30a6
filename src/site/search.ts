/**
 * The site's search documents, built once per build from the same collections the pages show: the index
 * (/search-index.json) and the snippet list (/search-snippets.json) both read them.
 */
import { searchDocuments, type SearchDocument } from '../lib/search/documents.ts';
import { siteData } from './data.ts';

let cached: Promise<SearchDocument[]> | undefined;

export function siteSearchDocuments(): Promise<SearchDocument[]> {
  cached ??= siteData().then(({ agreements, countries, terms, cases }) => searchDocuments({ agreements, countries, terms, cases }));
  return cached;
}
