/**
 * Filters and sorts the agreements list in place. The form is a plain GET form whose state lives in the address bar,
 * so a filtered view can be shared; it is revealed only when this script runs, and without it the table is complete.
 */
import { indexSummary, indexView, parseIndexState, serializeIndexState, type IndexRow } from '../lib/agreement-index/view.ts';

export function enableIndexFilter(form: HTMLFormElement): void {
  const body = document.querySelector<HTMLTableSectionElement>('[data-index-table] tbody');
  const caption = document.querySelector<HTMLElement>('[data-index-table] caption');
  const count = document.querySelector<HTMLElement>('[data-index-count]');
  if (!body) return;
  const rows = [...body.querySelectorAll<HTMLTableRowElement>('tr[data-index-row]')].map((element) => ({
    element,
    row: JSON.parse(element.dataset.indexRow ?? '{}') as IndexRow,
  }));
  const elementOf = new Map(rows.map(({ element, row }) => [row.id, element]));

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
    if (count) count.textContent = indexSummary(shown.length, rows.length);
    if (caption) caption.textContent = `${shown.length === rows.length ? 'All agreements' : 'Agreements that match'}, by ${state.sort === 'title' ? 'short title' : state.sort}${state.descending ? ', descending' : ''}`;
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
