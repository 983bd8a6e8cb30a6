/**
 * Narrows the agreements map (both drawings) and its table to a status and a year. Each arc, table group and row
 * carries its agreements' tally by status and year, so a line shared by several agreements stays while any of them
 * matches, and a counted group says how many match. The form is revealed only when this script runs; without it
 * the map and the table show everything.
 */
import { countMatching, decodeTally, mapFilterFromQuery, pairIndexHref, type MapFilter } from '../lib/map/pairs.ts';

export function enableMapFilter(form: HTMLFormElement): void {
  const targets = [...document.querySelectorAll<HTMLElement | SVGElement>('[data-map-tally]')].map((element) => ({
    element,
    tally: decodeTally(element.dataset.mapTally ?? ''),
  }));
  // A pair with more agreements than are named links to the index with their count, which follows the filter.
  const countLinks = [...document.querySelectorAll<HTMLAnchorElement>('a[data-map-pair-count]')].map((link) => {
    const [from, to] = (link.dataset.mapPairCount ?? '').split('>');
    const tally = decodeTally(link.closest<HTMLElement>('[data-map-tally]')?.dataset.mapTally ?? '');
    return { link, from, to, tally, inPair: countMatching(tally, {}) };
  });
  const count = form.querySelector<HTMLElement>('[data-map-count]');
  const all = decodeTally(form.dataset.allTally ?? '');
  const total = countMatching(all, {});

  const apply = (filter: MapFilter) => {
    for (const { element, tally } of targets) {
      const match = countMatching(tally, filter) > 0;
      if (element instanceof HTMLElement) element.hidden = !match;
      else element.style.display = match ? '' : 'none';
    }
    for (const { link, from, to, tally, inPair } of countLinks) {
      const matching = countMatching(tally, filter);
      link.textContent = matching === inPair ? `${inPair} agreements` : `${matching} of ${inPair} agreements`;
      link.href = pairIndexHref(from, to, filter);
    }
    const shown = countMatching(all, filter);
    if (count) count.textContent = shown === total ? `All ${total} agreements.` : shown ? `${shown} of ${total} agreements match.` : 'No agreement matches these filters.';
  };

  const initial = new URLSearchParams(location.search);
  for (const name of ['status', 'year']) {
    const select = form.elements.namedItem(name);
    if (select instanceof HTMLSelectElement && [...select.options].some((option) => option.value === initial.get(name))) select.value = initial.get(name)!;
  }
  const fromForm = () => {
    const query = new URLSearchParams();
    for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value) query.set(name, value);
    return query;
  };
  const update = () => {
    const query = fromForm();
    apply(mapFilterFromQuery(query));
    history.replaceState(null, '', query.size ? `?${query}` : location.pathname);
  };
  form.hidden = false;
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  update();
}
