/**
 * Filters and sorts the agreements list in place. The form is a plain GET form whose state lives in the address bar,
 * so a filtered view can be shared; it is revealed only when this script runs, and without it the table is complete.
 * When the list has several pages (by year), the filter narrows the page shown and travels with the links to the
 * others, and a year kept on another page is pointed to.
 */
import { decodeIndexRow, indexSummary, indexView, parseIndexState, serializeIndexState } from '../lib/agreement-index/view.ts';

export function enableIndexFilter(form: HTMLFormElement): void {
  const body = document.querySelector<HTMLTableSectionElement>('[data-index-table] tbody');
  const caption = document.querySelector<HTMLElement>('[data-index-table] caption');
  const count = document.querySelector<HTMLElement>('[data-index-count]');
  const pageLinks = [...document.querySelectorAll<HTMLAnchorElement>('[data-index-pages] a')];
  const elsewhere = document.querySelector<HTMLElement>('[data-index-elsewhere]');
  const paged = Boolean(count?.dataset.pages);
  if (!body) return;
  // Each row's facet values from its attribute; its id, title and year from its link and year cell.
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-index-row]')].map((element) => {
    const link = element.querySelector<HTMLAnchorElement>('th a');
    const shown = {
      id: link?.pathname.split('/')[2] ?? '',
      shortTitle: link?.textContent ?? '',
      year: Number(element.querySelector('td')?.textContent),
    };
    return { element, row: decodeIndexRow(element.dataset.indexRow ?? '', shown) };
  });
  const elementOf = new Map(rows.map(({ element, row }) => [row.id, element]));
  // "All agreements" or "Agreements from 2006 to 2004": what the page lists before any filter.
  const scope = (caption?.textContent ?? 'All agreements').replace(/, by short title$/, '');

  const showElsewhere = (year: string, search: string) => {
    if (!elsewhere) return;
    const current = pageLinks.find((link) => link.getAttribute('aria-current') === 'page');
    const holding = pageLinks.filter((link) => (link.dataset.years ?? '').split(' ').includes(year));
    elsewhere.hidden = !year || !current || holding.includes(current) || holding.length === 0;
    if (elsewhere.hidden) return;
    elsewhere.querySelector('[data-index-elsewhere-year]')!.textContent = year;
    const links = elsewhere.querySelector('[data-index-elsewhere-links]')!;
    links.replaceChildren(
      ...holding.flatMap((link, index) => {
        const copy = document.createElement('a');
        copy.href = `${link.pathname}${search ? `?${search}` : ''}`;
        copy.textContent = link.textContent?.trim() ?? '';
        return index === 0 ? [copy] : ['; ', copy];
      }),
    );
  };

  const apply = (query: URLSearchParams) => {
    const state = parseIndexState(query);
    const shown = indexView(
      rows.map(({ row }) => row),
      state,
    );
    const visible = new Set(shown.map((row) => row.id));
    for (const { element, row } of rows) element.hidden = !visible.has(row.id);
    // Re-append the shown rows in order; hidden ones stay where they are.
    for (const row of shown) body.append(elementOf.get(row.id)!);
    if (count) count.textContent = indexSummary(shown.length, rows.length, paged);
    if (caption) {
      const which = shown.length === rows.length ? scope : `${scope === 'All agreements' ? 'Agreements' : scope} that match`;
      caption.textContent = `${which}, by ${state.sort === 'title' ? 'short title' : state.sort}${state.descending ? ', descending' : ''}`;
    }
    const search = serializeIndexState(state);
    for (const link of pageLinks) link.search = search;
    showElsewhere(state.year, search);
    return state;
  };

  const sync = (query: URLSearchParams) => {
    const state = parseIndexState(query);
    for (const element of form.querySelectorAll<HTMLSelectElement>('select')) {
      const value = element.name === 'dir' ? (state.descending ? 'desc' : 'asc') : String(state[element.name as keyof typeof state] ?? '');
      element.value = [...element.options].some((option) => option.value === value) ? value : '';
    }
  };

  const update = () => {
    const state = apply(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));
    const search = serializeIndexState(state);
    history.replaceState(null, '', search ? `?${search}` : location.pathname);
  };

  form.hidden = false;
  const initial = new URLSearchParams(location.search);
  sync(initial);
  apply(initial);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  form.querySelector('[data-index-clear]')?.addEventListener('click', (event) => {
    event.preventDefault();
    form.reset();
    update();
  });
}
