/**
 * Fetches the search index once, on first use, and answers queries from it. Imported only by the search box (after
 * the reader reaches for it) and by the search page, so no other page downloads search code or data up front.
 * Result snippets come separately ({@link loadSnippets}), after the first results are on screen.
 */
import type { IndexedDocument, SearchIndex } from '../lib/search/index-build.ts';
import { createSearcher, type Searcher } from '../lib/search/query.ts';

export const SEARCH_INDEX_URL = '/search-index.json';
export const SEARCH_SNIPPETS_URL = '/search-snippets.json';

let loading: Promise<Searcher> | undefined;
let indexDocs: IndexedDocument[] | undefined;
let snippets: Promise<void> | undefined;

async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json() as Promise<T>;
}

export function loadSearcher(): Promise<Searcher> {
  loading ??= fetchJson<SearchIndex>(SEARCH_INDEX_URL).then((index) => {
    indexDocs = index.docs;
    return createSearcher(index);
  });
  // A failed load (offline, say) is tried again on the next keystroke rather than remembered.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Adds the snippets to the loaded index's documents (results already shown pick them up when drawn again). */
export function loadSnippets(): Promise<void> {
  snippets ??= Promise.all([loadSearcher(), fetchJson<(string | null)[]>(SEARCH_SNIPPETS_URL)]).then(([, list]) => {
    list.forEach((snippet, number) => {
      const doc = indexDocs?.[number];
      if (snippet && doc) doc.s = snippet;
    });
  });
  snippets.catch(() => (snippets = undefined));
  return snippets;
}
