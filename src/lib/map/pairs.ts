/**
 * The agreements map's unit is a pair of countries, from a sending to a receiving party: agreements between the same
 * two parties share one arc and one table row, so the map page grows with the pairs of countries, never with the
 * number of agreements. Free of map data, so the browser's status and year filter can use it.
 */

export type MapAgreement = {
  id: string;
  shortTitle: string;
  sending: string[];
  receiving: string[];
  /** Model ids as listed; the first sets the arc's colour. Empty when the model is unknown. */
  models: string[];
  /** Status id ("operational", "ended"…); undefined when unknown. */
  status?: string;
  /** The year in the agreement's id, for the year filter. */
  year?: number;
};

/** How many agreements have one status and one year: what the status and year filters count. */
export type MapTally = { status: string; year?: number; count: number };

export type CountryPair = {
  /** `sending>receiving`, unique per pair. */
  key: string;
  from: string;
  to: string;
  /** The agreements sending people from `from` to `to`, in the order given. */
  agreements: MapAgreement[];
  /** The pair's agreements by status and year. */
  tally: MapTally[];
};

/** Up to this many agreements of a pair are named one by one (on its arc and in its table); a larger pair is counted. */
export const LISTED_PER_PAIR = 3;

/**
 * The most agreements the map's table names one by one. Past it only a pair's single agreement is named and the rest
 * counted, so the page is bounded by the number of pairs even when every pair holds a few agreements (about 20 bytes
 * gzip a row: 1,500 rows stay well inside the 150 KB page budget of issue 19).
 */
export const NAMED_AGREEMENTS_MAX = 1500;

/** How many agreements of a pair are named one by one, for these pairs: LISTED_PER_PAIR, or 1 past the maximum. */
export function namedPerPair(pairs: Pick<CountryPair, 'agreements'>[]): number {
  const named = pairs.reduce((sum, pair) => sum + (pair.agreements.length <= LISTED_PER_PAIR ? pair.agreements.length : 0), 0);
  return named <= NAMED_AGREEMENTS_MAX ? LISTED_PER_PAIR : 1;
}

export const statusOf = (agreement: Pick<MapAgreement, 'status'>) => agreement.status ?? 'unknown';

/** Agreements counted by status and year, in first-seen order. */
export function tallyAgreements(agreements: Pick<MapAgreement, 'status' | 'year'>[]): MapTally[] {
  const tally = new Map<string, MapTally>();
  for (const agreement of agreements) {
    const status = statusOf(agreement);
    const key = `${status} ${agreement.year ?? ''}`;
    const entry = tally.get(key);
    if (entry) entry.count += 1;
    else tally.set(key, { status, ...(agreement.year ? { year: agreement.year } : {}), count: 1 });
  }
  return [...tally.values()];
}

/**
 * One entry per sending→receiving pair (a party never sends to itself), sorted by the names of the sending and then
 * the receiving party. An agreement with several parties on a side belongs to each of its pairs.
 */
export function pairAgreements(agreements: MapAgreement[], name: (countryId: string) => string): CountryPair[] {
  const pairs = new Map<string, { from: string; to: string; agreements: MapAgreement[] }>();
  for (const agreement of agreements) {
    for (const from of new Set(agreement.sending)) {
      for (const to of new Set(agreement.receiving)) {
        if (to === from) continue;
        const key = `${from}>${to}`;
        const pair = pairs.get(key) ?? pairs.set(key, { from, to, agreements: [] }).get(key)!;
        pair.agreements.push(agreement);
      }
    }
  }
  const byName = (a: string, b: string) => name(a).localeCompare(name(b), 'en');
  return [...pairs]
    .map(([key, pair]) => ({ key, ...pair, tally: tallyAgreements(pair.agreements) }))
    .sort((a, b) => byName(a.from, b.from) || byName(a.to, b.to));
}

/** The address of a pair: its agreement's page when it has one, else the agreements index narrowed to the pair. */
export const pairHref = (pair: Pick<CountryPair, 'from' | 'to' | 'agreements'>): string =>
  pair.agreements.length === 1 ? `/agreements/${pair.agreements[0].id}/` : pairIndexHref(pair.from, pair.to);

/** The agreements index narrowed to one sending and one receiving country, and to the map's filter. */
export function pairIndexHref(from: string, to: string, filter: MapFilter = {}): string {
  const query = new URLSearchParams({ sending: from, receiving: to });
  if (filter.status) query.set('status', filter.status);
  if (filter.year) query.set('year', String(filter.year));
  return `/agreements/?${query}`;
}

/** What the map's filter narrows to; an absent field matches anything. */
export type MapFilter = { status?: string; year?: number };

export function mapFilterFromQuery(query: URLSearchParams): MapFilter {
  const status = query.get('status');
  const year = Number(query.get('year'));
  return { ...(status ? { status } : {}), ...(Number.isInteger(year) && year > 0 ? { year } : {}) };
}

/** How many of the tallied agreements match the filter. */
export function countMatching(tally: MapTally[], filter: MapFilter): number {
  return tally.reduce(
    (sum, entry) => sum + ((!filter.status || entry.status === filter.status) && (!filter.year || entry.year === filter.year) ? entry.count : 0),
    0,
  );
}

/** A tally as the text of a data attribute (`status:year:count` words), for the browser's filter. */
export const encodeTally = (tally: MapTally[]): string => tally.map(({ status, year, count }) => `${status}:${year ?? ''}:${count}`).join(' ');

export function decodeTally(text: string): MapTally[] {
  return text
    .split(' ')
    .filter(Boolean)
    .map((word) => {
      const [status, year, count] = word.split(':');
      return { status, ...(year ? { year: Number(year) } : {}), count: Number(count) };
    });
}
