/**
 * The /search/ page with JavaScript: results for `?q=` in rank order as links inside [data-search-results], updated
 * as the reader edits the query (the address follows, so a results page can be shared).
 */
import type { SearchResult } from '../lib/search/query.ts';
import { loadSearcher, loadSnippets } from './search-client.ts';
import { searchKindNames } from '../lib/search/documents.ts';
import { element, highlighted, resultDetails } from './search-render.ts';

const PAGE_LIMIT = 50;

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', undefined, text);
  anchor.href = href;
  return anchor;
}

function renderResults(result: SearchResult, results: HTMLElement, summary: HTMLElement) {
  if (!result.query) {
    results.replaceChildren();
    summary.textContent = '';
    return;
  }
  if (result.total === 0) {
    summary.textContent = `No results for “${result.query}”.`;
    const help = element('ul');
    if (result.suggestion) {
      const item = element('li', undefined, 'Did you mean ');
      item.append(link(`/search/?q=${encodeURIComponent(result.suggestion)}`, result.suggestion), '?');
      help.append(item);
    }
    const glossary = element('li', undefined, 'Look the word up in the ');
    glossary.append(link('/terms/', 'glossary'), '.');
    const agreements = element('li', undefined, 'Browse ');
    agreements.append(link('/agreements/', 'all agreements'), ' or ', link('/countries/', 'countries'), '.');
    help.append(glossary, agreements);
    results.replaceChildren(help);
    return;
  }
  const shown = result.hits.length;
  summary.textContent = `${result.total} result${result.total === 1 ? '' : 's'} for “${result.query}”${shown < result.total ? `; the best ${shown} are listed` : ''}.`;
  const list = element('ol');
  for (const hit of result.hits) {
    const item = element('li');
    const anchor = element('a', 'search-result__link');
    anchor.href = hit.doc.u;
    anchor.append(highlighted('span', 'search-result__title', hit.doc.t, result.highlight));
    item.append(anchor, ' ', element('span', 'tag', searchKindNames[hit.doc.k]), ...resultDetails(hit.doc, result.highlight, true));
    list.append(item);
  }
  results.replaceChildren(list);
}

export function attachSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const summary = document.querySelector<HTMLElement>('[data-search-summary]');
  if (!input || !results || !summary) return;
  let ticket = 0;

  async function update(query: string) {
    const mine = ++ticket;
    try {
      const searcher = await loadSearcher();
      if (mine !== ticket) return;
      renderResults(searcher.search(query, { limit: PAGE_LIMIT }), results!, summary!);
      // The snippets follow the first results; the list is drawn again with them if the query is still the same.
      await loadSnippets().catch(() => undefined);
      if (mine === ticket) renderResults(searcher.search(query, { limit: PAGE_LIMIT }), results!, summary!);
    } catch {
      if (mine === ticket) summary!.textContent = 'Search could not be loaded. Browse the lists below instead.';
    }
  }

  input.value = new URLSearchParams(window.location.search).get('q') ?? '';
  if (input.value.trim()) void update(input.value);
  input.addEventListener('input', () => {
    const url = new URL(window.location.href);
    if (input.value) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
    void update(input.value);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void update(input.value);
  });
}
