/**
 * The filter of the /transfers/ page (sending country, receiving region, year), one pure function run by the build's
 * tests and by the page script in the browser. Small on purpose: it ships in the page script.
 */

export type TransferFilter = { sending?: string; region?: string; year?: string };

/** What an item (an arrangement's chart, a table row) says about itself, read from its data attributes. */
export type TransferFilterable = { sending: readonly string[]; regions: readonly string[]; years: readonly string[] };

export const TRANSFER_FILTER_KEYS = ['sending', 'region', 'year'] as const;

export function matchesTransferFilter(item: TransferFilterable, filter: TransferFilter): boolean {
  if (filter.sending && !item.sending.includes(filter.sending)) return false;
  if (filter.region && !item.regions.includes(filter.region)) return false;
  if (filter.year && !item.years.includes(filter.year)) return false;
  return true;
}

/** The filter in a page address (`?sending=united-states&year=2025`); unknown keys and empty values are ignored. */
export function transferFilterFromQuery(query: string): TransferFilter {
  const params = new URLSearchParams(query);
  const filter: TransferFilter = {};
  for (const key of TRANSFER_FILTER_KEYS) {
    const value = params.get(key);
    if (value) filter[key] = value;
  }
  return filter;
}

export function transferFilterToQuery(filter: TransferFilter): string {
  const params = new URLSearchParams();
  for (const key of TRANSFER_FILTER_KEYS) if (filter[key]) params.set(key, filter[key]!);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Data attributes carry lists separated by "|" (region names contain spaces). */
export const LIST_SEPARATOR = '|';
export const splitList = (value: string | undefined | null): string[] => (value ? value.split(LIST_SEPARATOR) : []);
