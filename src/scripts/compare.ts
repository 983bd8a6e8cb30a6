/**
 * Progressive enhancement of /compare/: the controls apply at once, the view lives in the query string, and a copied
 * link or a CSV download reproduces it. The page works without this script; the data file loads only when a reader
 * asks for a view the HTML does not already show.
 */
import {
  buildComparison,
  comparisonCsv,
  comparisonNotices,
  emptyState,
  parseCompareState,
  serializeCompareState,
  type CellFact,
  type CompareState,
  type ComparisonView,
  type NoticeContext,
} from '../lib/compare.ts';
import { formatDate } from '../lib/format.ts';
import type { CompareData } from '../lib/published/compare-data.ts';

const form = document.querySelector<HTMLFormElement>('[data-compare-form]');
const region = document.querySelector<HTMLElement>('[data-compare-region]');
const sourcesBox = document.querySelector<HTMLElement>('[data-compare-sources]');
const actions = document.querySelector<HTMLElement>('[data-compare-actions]');
const status = document.querySelector<HTMLElement>('[data-compare-status]');
const noticesBox = document.querySelector<HTMLElement>('[data-compare-notices]');
const printAddress = document.querySelector<HTMLElement>('[data-print-address]');

let data: CompareData | undefined;
let currentView: ComparisonView | undefined;

async function loadData(): Promise<CompareData> {
  if (!data) {
    const response = await fetch('/data/compare.json');
    if (!response.ok) throw new Error(`Could not load the comparison data (HTTP ${response.status})`);
    data = (await response.json()) as CompareData;
  }
  return data;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function renderFacts(cell: HTMLElement, facts: CellFact[], numbers: Map<string, number>, valuesOnly: boolean): void {
  for (const fact of facts) {
    const paragraph = element('div', { class: `fact fact--${fact.state}`, 'data-state': fact.state });
    const value = element('span', { class: 'fact__value' });
    if (fact.links) {
      fact.links.forEach((link, index) => {
        if (index > 0) value.append('; ');
        value.append(element('a', { href: link.href }, link.text));
      });
    } else {
      value.textContent = fact.text;
    }
    paragraph.append(value);
    if (fact.pinpoint?.href) {
      paragraph.append(' ', element('a', { class: 'fact__pinpoint', href: fact.pinpoint.href, rel: 'noopener noreferrer', 'aria-label': `${fact.pinpoint.label} in the agreement text` }, '(text)'));
    }
    if (fact.sources.length) {
      const refs = element('span', { class: 'source-refs' });
      for (const id of fact.sources) {
        const number = numbers.get(id);
        refs.append(element('a', { href: `#cmp-source-${number}`, 'aria-label': `Source ${number}` }, `[${number}]`));
      }
      paragraph.append(refs);
    }
    if (fact.note) {
      // As CellFacts.astro renders it: a disclosure, closed in the "values only" view.
      const note = element('details', { class: 'fact__note' });
      note.open = !valuesOnly;
      note.append(element('summary', {}, 'Note'), fact.note);
      paragraph.append(note);
    }
    cell.append(paragraph);
  }
}

function dimensionHeader(cell: HTMLElement, dimension: { id: string; label: string; description: string }): void {
  cell.append(
    element('span', { class: 'dim-label', tabindex: '0', 'aria-describedby': `dim-desc-${dimension.id}` }, dimension.label),
    element('span', { class: 'dim-desc', role: 'tooltip', id: `dim-desc-${dimension.id}` }, dimension.description),
  );
}

function agreementLink(record: { id: string; shortTitle: string }): HTMLAnchorElement {
  return element('a', { href: `/agreements/${record.id}/` }, record.shortTitle);
}

function renderTable(view: ComparisonView, swap: boolean, valuesOnly: boolean): HTMLTableElement {
  const table = element('table', { class: 'compare-table', 'data-compare-table': '' });
  const count = view.columns.length;
  table.append(element('caption', {}, `${count} agreement${count === 1 ? '' : 's'} compared; bracketed numbers are sources, listed under the table`));
  const head = element('thead');
  const headRow = element('tr');
  head.append(headRow);
  table.append(head);
  if (!swap) {
    headRow.append(element('th', { scope: 'col' }, 'Dimension'));
    for (const column of view.columns) {
      const th = element('th', { scope: 'col', 'data-col': column.id });
      th.append(agreementLink(column));
      headRow.append(th);
    }
    for (const { group, rows } of view.groups) {
      const body = element('tbody');
      const groupRow = element('tr', { class: 'compare-group' });
      groupRow.append(element('th', { scope: 'colgroup', colspan: String(count + 1) }, group.label));
      body.append(groupRow);
      for (const row of rows) {
        const tr = element('tr', { 'data-dimension': row.dimension.id, 'data-differs': row.differs ? '1' : '0' });
        const th = element('th', { scope: 'row' });
        dimensionHeader(th, row.dimension);
        tr.append(th);
        row.cells.forEach((facts, index) => {
          const td = element('td', { 'data-col': view.columns[index].id });
          td.append(element('span', { class: 'cell-label' }, view.columns[index].shortTitle));
          renderFacts(td, facts, view.sourceNumbers, valuesOnly);
          tr.append(td);
        });
        body.append(tr);
      }
      table.append(body);
    }
  } else {
    const rows = view.groups.flatMap((group) => group.rows);
    headRow.append(element('th', { scope: 'col' }, 'Agreement'));
    for (const row of rows) {
      const th = element('th', { scope: 'col', 'data-dimension': row.dimension.id });
      dimensionHeader(th, row.dimension);
      headRow.append(th);
    }
    const body = element('tbody');
    view.columns.forEach((column, columnIndex) => {
      const tr = element('tr', { 'data-col': column.id });
      const th = element('th', { scope: 'row' });
      th.append(agreementLink(column));
      tr.append(th);
      for (const row of rows) {
        const td = element('td', { 'data-dimension': row.dimension.id });
        td.append(element('span', { class: 'cell-label' }, row.dimension.label));
        renderFacts(td, row.cells[columnIndex], view.sourceNumbers, valuesOnly);
        tr.append(td);
      }
      body.append(tr);
    });
    table.append(body);
  }
  return table;
}

function renderSources(view: ComparisonView, sources: CompareData['sources']): HTMLElement {
  const section = element('section', { 'aria-labelledby': 'cmp-source-list-heading', class: 'sources' });
  section.append(element('h2', { id: 'cmp-source-list-heading' }, 'Sources'));
  const list = element('ol', { class: 'source-list' });
  for (const [id, number] of view.sourceNumbers) {
    const source = sources[id];
    const item = element('li', { id: `cmp-source-${number}`, value: String(number) });
    item.append(element('a', { href: source.url, rel: 'noopener noreferrer' }, source.title));
    item.append(`. ${source.publisher}${source.via ? ` (reprinting ${source.via})` : ''}, ${source.published ? formatDate(source.published) : 'undated'}.`);
    list.append(item);
  }
  section.append(list);
  return section;
}

/** The agreements in the order the reader ticked them: the form lists them alphabetically, the columns do not. */
function stateFromForm(formElement: HTMLFormElement, defaults: string[], picked: string[]): CompareState {
  const state = parseCompareState(new URLSearchParams(new FormData(formElement) as unknown as Record<string, string>));
  state.agreements = picked.filter((id) => state.agreements.includes(id));
  // The default selection in its own order and the full dimension list are the defaults: keep the link short.
  const sameList = (a: string[], b: string[]) => a.length === b.length && a.every((id, index) => b[index] === id);
  const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));
  if (sameList(state.agreements, defaults)) state.agreements = [];
  const allDimensions = [...formElement.querySelectorAll<HTMLInputElement>('input[name="d"]')].map((input) => input.value);
  if (sameSet(state.dimensions, allDimensions)) state.dimensions = [];
  return state;
}

function syncForm(formElement: HTMLFormElement, state: CompareState, defaults: string[]): void {
  const agreements = state.agreements.length ? state.agreements : defaults;
  for (const input of formElement.querySelectorAll<HTMLInputElement>('input[name="a"]')) input.checked = agreements.includes(input.value);
  for (const input of formElement.querySelectorAll<HTMLInputElement>('input[name="d"]')) {
    input.checked = state.dimensions.length === 0 || state.dimensions.includes(input.value);
  }
  const set = (name: string, value: string) => {
    const control = formElement.elements.namedItem(name);
    if (control instanceof HTMLSelectElement) control.value = value;
    if (control instanceof HTMLInputElement) control.checked = value === '1';
  };
  set('model', state.model);
  set('status', state.status);
  set('country', state.country);
  set('region', state.region);
  set('year', state.year);
  set('values', state.valuesOnly ? '1' : '');
  set('sort', state.sort);
  set('dir', state.descending ? 'desc' : 'asc');
  set('differ', state.differOnly ? '1' : '');
  set('swap', state.swap ? '1' : '');
}

/** The active filters in words, as the form words them ('status "Suspended"'), for the notices. */
function describeFilters(formElement: HTMLFormElement): string[] {
  return ['model', 'status', 'country', 'region', 'year'].flatMap((name) => {
    const control = formElement.elements.namedItem(name);
    if (!(control instanceof HTMLSelectElement) || !control.value) return [];
    const label = control.closest('label')?.firstChild?.textContent?.trim().toLowerCase() ?? name;
    return [`${label} "${control.selectedOptions[0]?.textContent?.trim() ?? control.value}"`];
  });
}

async function show(state: CompareState, context: NoticeContext): Promise<void> {
  if (!region || !sourcesBox) return;
  try {
    const compareData = await loadData();
    const view = buildComparison(compareData.records, compareData.dimensions, compareData.groups, state, compareData.defaultSelection);
    if (context.noAgreementsTicked) view.columns = [];
    if (context.noDimensionsTicked) view.groups = [];
    view.sourceNumbers = view.columns.length && view.groups.length ? view.sourceNumbers : new Map();
    currentView = view;
    const { notices, empty } = comparisonNotices(view, state, context);
    // An empty view says why in words instead of drawing a table with no columns or no rows.
    region.replaceChildren(...(empty ? [] : [renderTable(view, state.swap, state.valuesOnly)]));
    region.hidden = empty;
    region.toggleAttribute('data-values-only', state.valuesOnly);
    sourcesBox.replaceChildren(renderSources(view, compareData.sources));
    if (noticesBox) {
      noticesBox.replaceChildren(...notices.map((notice) => element('p', {}, notice)));
      noticesBox.hidden = notices.length === 0;
    }
    const query = serializeCompareState(state);
    history.replaceState(null, '', query ? `?${query}` : location.pathname);
    if (printAddress) printAddress.textContent = location.href;
    const shown = empty ? 'No table to show.' : `Showing ${view.columns.length} agreement${view.columns.length === 1 ? '' : 's'}.`;
    if (status) status.textContent = shown;
  } catch (error) {
    if (status) status.textContent = (error as Error).message;
  }
}

if (form && region && actions) {
  actions.hidden = false;
  const defaults = [...form.querySelectorAll<HTMLInputElement>('input[name="a"]:checked')].map((input) => input.value);
  const initial = parseCompareState(location.search);
  let picked = initial.agreements.length ? [...initial.agreements] : [...defaults];
  const update = () => {
    void show(stateFromForm(form, defaults, picked), {
      filters: describeFilters(form),
      noAgreementsTicked: !form.querySelector('input[name="a"]:checked'),
      noDimensionsTicked: !form.querySelector('input[name="d"]:checked'),
    });
  };
  if (location.search.length > 1) {
    syncForm(form, initial, defaults);
    void show(initial, { filters: describeFilters(form) });
  }
  form.addEventListener('change', (event) => {
    const input = event.target;
    if (input instanceof HTMLInputElement && input.name === 'a') {
      picked = picked.filter((id) => id !== input.value);
      if (input.checked) picked.push(input.value);
    }
    update();
  });
  for (const hiddenWithoutScript of form.querySelectorAll<HTMLElement>('[data-js-only]')) hiddenWithoutScript.hidden = false;
  for (const button of form.querySelectorAll<HTMLButtonElement>('[data-select-dimensions]')) {
    button.addEventListener('click', () => {
      const all = button.dataset.selectDimensions === 'all';
      for (const input of form.querySelectorAll<HTMLInputElement>('input[name="d"]')) input.checked = all;
      update();
    });
  }
  actions.querySelector('[data-print]')?.addEventListener('click', () => window.print());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
  actions.querySelector('[data-copy-link]')?.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(location.href);
      if (status) status.textContent = 'Link copied.';
    } catch {
      if (status) status.textContent = `Copy this link: ${location.href}`;
    }
  });
  actions.querySelector('[data-download-csv]')?.addEventListener('click', async () => {
    const compareData = await loadData();
    const view = currentView ?? buildComparison(compareData.records, compareData.dimensions, compareData.groups, { ...emptyState, ...parseCompareState(location.search) }, compareData.defaultSelection);
    const csv = comparisonCsv(view, (id) => {
      const source = compareData.sources[id];
      return source ? `${source.title}. ${source.publisher}. ${source.url}` : id;
    });
    const link = element('a', { href: URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' })), download: 'comparison.csv' });
    document.body.append(link);
    link.click();
    link.remove();
    if (status) status.textContent = 'CSV downloaded.';
  });
}
