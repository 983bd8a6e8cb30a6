/**
 * The agreements list as a faceted, sortable table: each agreement reduced to the values its filters read, the
 * filters and sort as a query string, and the rows a view shows. Pure and light, so the page builds the facets'
 * choices at build time and the browser filters the rows it finds in the HTML with the same code; the rows are made
 * from content in rows.ts, which the browser never loads.
 */

/** One agreement as the list's filters see it; ids for parties, models and status, names for regions. */
export type IndexRow = {
  id: string;
  shortTitle: string;
  year: number;
  status: string;
  models: string[];
  sending: string[];
  receiving: string[];
  regions: string[];
  /** Whether the full text is public: "yes", "no" or "unknown". */
  textPublic: string;
};

// A row's facet values travel in one attribute of its table row, in this order, lists joined by ';'; its id, title
// and year are read from the row's link and year cell, so nothing is written twice. Facet values never hold either
// separator (SAFE_VALUE below; region names are plain words).
const FIELD = '|';
const ITEM = ';';

/** What a table row shows of its agreement in plain sight: the link's id and text, and the year cell. */
export type ShownRow = Pick<IndexRow, 'id' | 'shortTitle' | 'year'>;

/** A row's facet values as the compact text of its table row's attribute, far shorter than the row as JSON. */
export function encodeIndexRow(row: IndexRow): string {
  const list = (values: string[]) => values.join(ITEM);
  return [row.status, list(row.models), list(row.sending), list(row.receiving), list(row.regions), row.textPublic].join(FIELD);
}

/** The row back from its attribute and what its table row shows. */
export function decodeIndexRow(text: string, shown: ShownRow): IndexRow {
  const [status, models, sending, receiving, regions, textPublic] = text.split(FIELD);
  const list = (value: string | undefined) => (value ? value.split(ITEM) : []);
  return {
    ...shown,
    status: status || 'unknown',
    models: list(models),
    sending: list(sending),
    receiving: list(receiving),
    regions: list(regions),
    textPublic: textPublic || 'unknown',
  };
}

/** The facets, in the order the form shows them; each names the row field it filters. */
export const indexFacets = ['status', 'model', 'sending', 'receiving', 'region', 'year', 'text'] as const;
export type IndexFacet = (typeof indexFacets)[number];

export const indexSorts = ['title', 'year', 'status'] as const;
export type IndexSort = (typeof indexSorts)[number];

export type IndexState = Record<IndexFacet, string> & { sort: IndexSort; descending: boolean };

export const emptyIndexState: IndexState = {
  status: '',
  model: '',
  sending: '',
  receiving: '',
  region: '',
  year: '',
  text: '',
  sort: 'title',
  descending: false,
};

/** The values of a row a facet matches against. */
export function facetValues(row: IndexRow, facet: IndexFacet): string[] {
  switch (facet) {
    case 'status':
      return [row.status];
    case 'model':
      return row.models;
    case 'sending':
      return row.sending;
    case 'receiving':
      return row.receiving;
    case 'region':
      return row.regions;
    case 'year':
      return [String(row.year)];
    case 'text':
      return [row.textPublic];
  }
}

// Ids, years and region names; anything else in a query string is dropped, not trusted.
const SAFE_VALUE = /^[A-Za-z0-9][A-Za-z0-9 ,'-]{0,59}$/;

/** Reads the list's view from a query string. */
export function parseIndexState(query: string | URLSearchParams): IndexState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  const state: IndexState = { ...emptyIndexState };
  for (const facet of indexFacets) {
    const value = params.get(facet) ?? '';
    state[facet] = SAFE_VALUE.test(value) ? value : '';
  }
  const sort = params.get('sort') as IndexSort | null;
  state.sort = sort && indexSorts.includes(sort) ? sort : 'title';
  state.descending = params.get('dir') === 'desc';
  return state;
}

/** Writes the view as a short query string, defaults left out. */
export function serializeIndexState(state: IndexState): string {
  const params = new URLSearchParams();
  for (const facet of indexFacets) if (state[facet]) params.set(facet, state[facet]);
  if (state.sort !== 'title') params.set('sort', state.sort);
  if (state.descending) params.set('dir', 'desc');
  return params.toString();
}

/** The rows that match every chosen facet, in the chosen order (ties keep title order). */
export function indexView(rows: IndexRow[], state: IndexState): IndexRow[] {
  const matching = rows.filter((row) => indexFacets.every((facet) => !state[facet] || facetValues(row, facet).includes(state[facet])));
  const byTitle = (a: IndexRow, b: IndexRow) => a.shortTitle.localeCompare(b.shortTitle, 'en');
  const key: Record<IndexSort, (a: IndexRow, b: IndexRow) => number> = {
    title: byTitle,
    year: (a, b) => a.year - b.year,
    status: (a, b) => a.status.localeCompare(b.status, 'en'),
  };
  const direction = state.descending ? -1 : 1;
  return [...matching].sort((a, b) => key[state.sort](a, b) * direction || byTitle(a, b));
}

/** The distinct values of a facet over all rows, each with how many rows have it, sorted by value. */
export function facetChoices(rows: IndexRow[], facet: IndexFacet): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const row of rows) for (const value of new Set(facetValues(row, facet))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => (facet === 'year' ? Number(b.value) - Number(a.value) : a.value.localeCompare(b.value, 'en')));
}

/** What the list says above the table: how many rows it shows (of this page, when the list has several), and in words when none. */
export function indexSummary(shown: number, total: number, paged = false): string {
  const where = paged ? ' on this page' : '';
  if (shown === 0) {
    return paged
      ? `No agreement on this page matches these filters (of ${total}). Try the other pages, or clear a filter.`
      : `No agreement matches these filters (of ${total}). Clear a filter to see more.`;
  }
  return shown === total ? `All ${total} agreements${where}.` : `${shown} of ${total} agreements${where} match.`;
}
