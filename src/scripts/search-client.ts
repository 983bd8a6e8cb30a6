/**
 * Fetches the search index once, on first use, and answers queries from it. Imported only by the search box (after
 * the reader reaches for it) and by the search page, so no other page downloads search code or data up front.
 */
import type { SearchIndex } from '../lib/search/index-build.ts';
import { createSearcher, type Searcher } from '../lib/search/query.ts';

export const SEARCH_INDEX_URL = '/search-index.json';

let loading: Promise<Searcher> | undefined;

export function loadSearcher(): Promise<Searcher> {
  loading ??= fetch(SEARCH_INDEX_URL, { credentials: 'same-origin' })
    .then((response) => {
      if (!response.ok) throw new Error(`search index: HTTP ${response.status}`);
      return response.json() as Promise<SearchIndex>;
    })
    .then(createSearcher);
  // A failed load (offline, say) is tried again on the next keystroke rather than remembered.
  loading.catch(() => (loading = undefined));
  return loading;
}
