/**
 * The /search/ page with JavaScript: results for `?q=` in rank order inside [data-search-results], sections listed
 * under their agreement, narrowed by the kind checkboxes (`?type=agreement&type=case`), updated as the reader edits the
 * query (the address follows, so a results page can be shared).
 */
import { searchKindNames } from '../lib/search/documents.ts';
import { groupSectionsUnderPages } from '../lib/search/group.ts';
import { searchFacets, type SearchFacet, type SearchResult } from '../lib/search/query.ts';
import { loadSearch } from './search-client.ts';
import { element, highlighted, resultDetails } from './search-render.ts';

/** Results drawn first, as soon as their pieces arrive; then the page fills up to PAGE_LIMIT. */
const FIRST_LIMIT = 10;
const PAGE_LIMIT = 50;

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', undefined, text);
  anchor.href = href;
  return anchor;
}

function renderResults(result: SearchResult, results: HTMLElement, summary: HTMLElement, facets: Set<SearchFacet>) {
  if (!result.query) {
    results.replaceChildren();
    summary.textContent = '';
    return;
  }
  const narrowed = facets.size > 0 && facets.size < searchFacets.length;
  if (result.total === 0) {
    summary.textContent = `No results for “${result.query}”${narrowed ? ' of the kinds ticked' : ''}.`;
    const help = element('ul');
    if (narrowed && Object.values(result.facetCounts).some((count) => count > 0)) {
      help.append(element('li', undefined, 'Tick more kinds of result above: other kinds have matches.'));
    }
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
  for (const group of groupSectionsUnderPages(result.hits)) {
    const item = element('li', 'search-result');
    const anchor = element('a', 'search-result__link');
    anchor.href = group.doc.u;
    anchor.append(highlighted('span', 'search-result__title', group.doc.t, result.highlight));
    item.append(anchor, ' ', element('span', 'tag', searchKindNames[group.doc.k]), ...resultDetails(group.doc, result.highlight, Boolean(group.hit)));
    if (group.sections.length) {
      const sections = element('ul', 'search-result__sections');
      sections.setAttribute('aria-label', `Matching sections of ${group.doc.t}`);
      for (const section of group.sections) {
        const entry = element('li');
        const sectionLink = element('a');
        sectionLink.href = section.doc.u;
        sectionLink.append(highlighted('span', 'search-result__title', section.doc.t, result.highlight));
        entry.append(sectionLink, ...resultDetails({ ...section.doc, c: undefined }, result.highlight, true));
        sections.append(entry);
      }
      item.append(sections);
    }
    list.append(item);
  }
  results.replaceChildren(list);
}

/** The kind checkboxes: counts beside each label, state from and to `?type=`. */
function facetControls(form: HTMLFormElement) {
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[name="type"]')];
  const chosen = () => new Set(boxes.filter((box) => box.checked).map((box) => box.value as SearchFacet));
  const showCounts = (result: SearchResult) => {
    for (const box of boxes) {
      const count = form.querySelector<HTMLElement>(`[data-facet-count="${box.value}"]`);
      if (count) count.textContent = result.query ? ` (${result.facetCounts[box.value as SearchFacet] ?? 0})` : '';
    }
  };
  return { boxes, chosen, showCounts };
}

export function attachSearchPage(form: HTMLFormElement): void {
  const input = form.querySelector<HTMLInputElement>('input[type="search"]');
  const results = document.querySelector<HTMLElement>('[data-search-results]');
  const summary = document.querySelector<HTMLElement>('[data-search-summary]');
  const facetSet = form.querySelector<HTMLElement>('[data-search-facets]');
  if (!input || !results || !summary) return;
  const facets = facetControls(form);
  let ticket = 0;

  async function update(query: string) {
    const mine = ++ticket;
    const chosen = facets.chosen();
    const options = { facets: [...chosen] };
    try {
      const search = await loadSearch();
      // The first results as soon as their pieces are in, then the rest of the page.
      for (const limit of [FIRST_LIMIT, PAGE_LIMIT]) {
        const result = await search.search(query, { ...options, limit });
        if (mine !== ticket) return;
        renderResults(result, results!, summary!, chosen);
        facets.showCounts(result);
        if (result.total <= limit) break;
      }
    } catch {
      if (mine === ticket) summary!.textContent = 'Search could not be loaded. Browse the lists below instead.';
    }
  }

  const params = new URLSearchParams(window.location.search);
  input.value = params.get('q') ?? '';
  const types = params.getAll('type');
  for (const box of facets.boxes) box.checked = types.includes(box.value);
  if (facetSet) facetSet.hidden = false;

  const followAddress = () => {
    const url = new URL(window.location.href);
    if (input.value) url.searchParams.set('q', input.value);
    else url.searchParams.delete('q');
    url.searchParams.delete('type');
    for (const facet of facets.chosen()) url.searchParams.append('type', facet);
    history.replaceState(null, '', url);
  };
  if (input.value.trim()) void update(input.value);
  input.addEventListener('input', () => {
    followAddress();
    void update(input.value);
  });
  for (const box of facets.boxes) {
    box.addEventListener('change', () => {
      followAddress();
      void update(input.value);
    });
  }
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    followAddress();
    void update(input.value);
  });
}
