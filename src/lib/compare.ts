/**
 * The comparison: which agreements and dimensions a view shows, in what shape, and how it travels in a URL.
 * Pure and free of content-loading code so the same module runs at build time (the HTML table) and in the browser
 * (the interactive table), fed by the compact records of /data/compare.json.
 */
import type { FactState } from './dimensions.ts';
import { toCsv } from './csv.ts';

/** One fact as a table cell shows it, already formatted by the dimension registry. */
export type CellFact = {
  text: string;
  state: FactState;
  note?: string;
  sources: string[];
  /** Links for values that are other entries (legal challenges). */
  links?: { href: string; text: string }[];
  /** Where the agreement's text says it (clause rows): the label is part of `text`; `href` opens that place. */
  pinpoint?: { label: string; href?: string };
  /** A value that sorts naturally: an ISO date, a number, or the text. */
  sortKey?: string | number;
};

/** An agreement reduced to what the comparison needs; built at build time from the registry. */
export type ComparableRecord = {
  id: string;
  title: string;
  shortTitle: string;
  year: number;
  models: string[];
  status: string | null;
  /** Ids of every party, sending and receiving. */
  countries: string[];
  /** Ids of the receiving parties. */
  receiving: string[];
  /** World sub-regions of the receiving parties ("Central America"), for the region filter. */
  receivingRegions: string[];
  cells: Record<string, CellFact[]>;
};

/** A comparison record without its cells (src/lib/comparable.ts → toComparableHeader). */
export type ComparableHeader = Omit<ComparableRecord, 'cells'>;

export type DimensionMeta = { id: string; label: string; description: string; group: string };
export type GroupMeta = { id: string; label: string };

export type CompareState = {
  /** Selected agreement ids, in column order; empty means "the default selection". */
  agreements: string[];
  /** Selected dimension ids; empty means all. */
  dimensions: string[];
  /** Agreements as rows and dimensions as columns. */
  swap: boolean;
  /** Hide rows whose value is the same in every column. */
  differOnly: boolean;
  model: string;
  status: string;
  country: string;
  /** A receiving party's world sub-region, by name. */
  region: string;
  year: string;
  /** Show values only: each note stays one click away. */
  valuesOnly: boolean;
  /** Dimension id to order the agreements by; '' keeps the chosen order. */
  sort: string;
  /** Sort direction. */
  descending: boolean;
};

export const emptyState: CompareState = {
  agreements: [],
  dimensions: [],
  swap: false,
  differOnly: false,
  model: '',
  status: '',
  country: '',
  region: '',
  year: '',
  valuesOnly: false,
  sort: '',
  descending: false,
};

const ID_LIST = /^[a-z0-9-]+$/;
const list = (value: string | null) =>
  (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => ID_LIST.test(item));
const word = (value: string | null) => (value && /^[a-z0-9-]{1,60}$/.test(value) ? value : '');
const name = (value: string | null) => (value && /^[A-Za-z][A-Za-z ,'-]{0,59}$/.test(value) ? value : '');

/** Reads a view from a query string; anything malformed is dropped rather than trusted. */
export function parseCompareState(query: string | URLSearchParams): CompareState {
  const params = typeof query === 'string' ? new URLSearchParams(query) : query;
  // A selection form submits one `a` per checkbox; a shared link carries one comma-separated `a`. Accept both.
  const agreements = [...new Set(params.getAll('a').flatMap(list))];
  const dimensions = [...new Set(params.getAll('d').flatMap(list))];
  return {
    agreements,
    dimensions,
    swap: params.get('swap') === '1',
    differOnly: params.get('differ') === '1',
    model: word(params.get('model')),
    status: word(params.get('status')),
    country: word(params.get('country')),
    region: name(params.get('region')),
    year: /^\d{4}$/.test(params.get('year') ?? '') ? params.get('year')! : '',
    valuesOnly: params.get('values') === 'only',
    sort: word(params.get('sort')),
    descending: params.get('dir') === 'desc',
  };
}

/** Writes a view as a short, stable query string (defaults omitted), so a copied link reproduces it. */
export function serializeCompareState(state: CompareState): string {
  const params = new URLSearchParams();
  if (state.agreements.length) params.set('a', state.agreements.join(','));
  if (state.dimensions.length) params.set('d', state.dimensions.join(','));
  if (state.swap) params.set('swap', '1');
  if (state.differOnly) params.set('differ', '1');
  for (const key of ['model', 'status', 'country', 'region', 'year', 'sort'] as const) if (state[key]) params.set(key, state[key]);
  if (state.sort && state.descending) params.set('dir', 'desc');
  if (state.valuesOnly) params.set('values', 'only');
  return params.toString().replace(/%2C/g, ',');
}

export type ComparisonRow = { dimension: DimensionMeta; cells: CellFact[][]; differs: boolean };
export type ComparisonView = {
  columns: ComparableRecord[];
  groups: { group: GroupMeta; rows: ComparisonRow[] }[];
  /** Source ids in note order, numbered from 1. */
  sourceNumbers: Map<string, number>;
  /** Ids asked for that do not exist, to tell the reader rather than fail silently. */
  missing: string[];
  /** Agreements the reader ticked that the filters hid, in the order ticked, to say so rather than drop them. */
  hidden: ComparableRecord[];
};

const cellSignature = (facts: CellFact[]) => JSON.stringify(facts.map((fact) => [fact.state, fact.text]));

/** True when at least two columns show different values in the row. */
export function rowDiffers(cells: CellFact[][]): boolean {
  return new Set(cells.map(cellSignature)).size > 1;
}

function compareKeys(a: CellFact | undefined, b: CellFact | undefined): number {
  // Known values first in either direction; unknown and not-applicable sort last.
  const known = (fact?: CellFact) => fact !== undefined && fact.state === 'known';
  if (known(a) !== known(b)) return known(a) ? -1 : 1;
  if (!a || !b) return 0;
  const left = a.sortKey ?? a.text;
  const right = b.sortKey ?? b.text;
  if (typeof left === 'number' && typeof right === 'number') return left - right;
  return String(left).localeCompare(String(right), 'en', { numeric: true });
}

/** Applies selection, filters and sort to the records: the columns of the view, in order. */
export function selectColumns(
  records: ComparableRecord[],
  state: CompareState,
  defaultSelection: string[],
): { columns: ComparableRecord[]; missing: string[]; hidden: ComparableRecord[] } {
  const byId = new Map(records.map((record) => [record.id, record]));
  const wanted = state.agreements.length ? state.agreements : isFiltering(state) ? records.map((record) => record.id) : defaultSelection;
  const missing = wanted.filter((id) => !byId.has(id));
  const ticked = wanted.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  const matches = (record: ComparableRecord) =>
    (!state.model || record.models.includes(state.model)) &&
    (!state.status || record.status === state.status) &&
    (!state.country || record.countries.includes(state.country)) &&
    (!state.region || record.receivingRegions.includes(state.region)) &&
    (!state.year || String(record.year) === state.year);
  let columns = ticked.filter(matches);
  // Only agreements the reader named are "hidden"; with no selection a filter chooses from every agreement.
  const hidden = state.agreements.length ? ticked.filter((record) => !matches(record)) : [];
  if (state.sort) {
    const direction = state.descending ? -1 : 1;
    columns = [...columns].sort((a, b) => {
      const left = a.cells[state.sort]?.[0];
      const right = b.cells[state.sort]?.[0];
      const knownFirst = compareKeys(left, right);
      const bothKnown = left?.state === 'known' && right?.state === 'known';
      return bothKnown ? knownFirst * direction : knownFirst;
    });
  }
  return { columns, missing, hidden };
}

/** True when any filter narrows the agreements. */
export function isFiltering(state: CompareState): boolean {
  return Boolean(state.model || state.status || state.country || state.region || state.year);
}

/** The whole view: columns, grouped rows (differ-only applied), and source numbering in reading order. */
export function buildComparison(
  records: ComparableRecord[],
  dimensions: DimensionMeta[],
  groups: GroupMeta[],
  state: CompareState,
  defaultSelection: string[],
): ComparisonView {
  const { columns, missing, hidden } = selectColumns(records, state, defaultSelection);
  const chosen = state.dimensions.length ? dimensions.filter((dimension) => state.dimensions.includes(dimension.id)) : dimensions;
  const sourceNumbers = new Map<string, number>();
  const viewGroups = groups
    .map((group) => ({
      group,
      rows: chosen
        .filter((dimension) => dimension.group === group.id)
        .map((dimension) => {
          const cells = columns.map((record) => record.cells[dimension.id] ?? []);
          return { dimension, cells, differs: rowDiffers(cells) };
        })
        .filter((row) => !state.differOnly || row.differs),
    }))
    .filter((group) => group.rows.length > 0);
  // Number sources in the order a reader meets them: row by row, column by column.
  for (const { rows } of viewGroups) {
    for (const row of rows) {
      for (const facts of row.cells) {
        for (const fact of facts) for (const id of fact.sources) if (!sourceNumbers.has(id)) sourceNumbers.set(id, sourceNumbers.size + 1);
      }
    }
  }
  return { columns, groups: viewGroups, sourceNumbers, missing, hidden };
}

/** What the reader chose that the view cannot show as a table on its own terms. */
export type NoticeContext = {
  /** The active filters in words, such as 'status "Suspended"'. */
  filters: string[];
  /** The reader unticked every agreement. */
  noAgreementsTicked?: boolean;
  /** The reader unticked every dimension. */
  noDimensionsTicked?: boolean;
};

const listOf = (items: string[]) => (items.length < 3 ? items.join(' and ') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`);
const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`;

/**
 * Sentences that tell the reader what the view left out and why: unknown ids, ticked agreements a filter hid, and an
 * empty result, so nothing disappears in silence. `empty` means there is no table to show.
 */
export function comparisonNotices(view: ComparisonView, state: CompareState, context: NoticeContext): { notices: string[]; empty: boolean } {
  const notices = view.missing.map((id) => `No agreement has the id "${id}" (from the address of this page), so it is left out; check the link for a typing mistake.`);
  const filters = listOf(context.filters);
  if (view.hidden.length) {
    const titles = listOf(view.hidden.map((record) => record.shortTitle));
    notices.push(`The filter${context.filters.length === 1 ? '' : 's'} (${filters}) hid ${plural(view.hidden.length, 'ticked agreement')}: ${titles}. Clear the filter to show ${view.hidden.length === 1 ? 'it' : 'them'}.`);
  }
  const empty = view.columns.length === 0 || view.groups.length === 0;
  if (context.noAgreementsTicked) notices.push('No agreement is ticked: tick at least one under "Agreements" to compare.');
  else if (view.columns.length === 0) {
    if (view.hidden.length === 0) {
      notices.push(isFiltering(state) ? `No agreement matches the filter${context.filters.length === 1 ? '' : 's'} (${filters}).` : 'None of the agreements asked for exists.');
    }
  } else if (context.noDimensionsTicked) notices.push('No dimension is ticked: tick at least one under "Dimensions" to compare.');
  else if (view.groups.length === 0 && state.differOnly) {
    notices.push(`The ${plural(view.columns.length, 'agreement')} agree on every chosen dimension, so "Show only rows that differ" leaves no row.`);
  }
  return { notices, empty };
}

/** Plain text of a cell for exports: values, then notes, one fact per line. */
export function cellText(facts: CellFact[]): string {
  return facts.map((fact) => (fact.note ? `${fact.text} (${fact.note})` : fact.text)).join('\n');
}

/** The current view as CSV: one row per dimension, one column per agreement, then the numbered sources. */
export function comparisonCsv(view: ComparisonView, sourceTitles: (id: string) => string): string {
  const header = ['Dimension', ...view.columns.map((column) => column.shortTitle)];
  const rows = view.groups.flatMap(({ rows }) =>
    rows.map((row) => [
      row.dimension.label,
      ...row.cells.map((facts) => {
        const refs = [...new Set(facts.flatMap((fact) => fact.sources))].map((id) => `[${view.sourceNumbers.get(id)}]`).join('');
        return `${cellText(facts)}${refs ? ` ${refs}` : ''}`;
      }),
    ]),
  );
  const sources = [...view.sourceNumbers].map(([id, number]) => [`[${number}]`, sourceTitles(id)]);
  return toCsv([header, ...rows, [], ['Source', 'Reference'], ...sources]);
}
