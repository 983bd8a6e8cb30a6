/**
 * Comparison records for every agreement, computed once per build for /compare/ (/data/compare.json is made from the
 * same records, src/lib/published/compare-data.ts). Agreement
 * pages, built before those, need only the headers (for "compare with…") and their own record: the full list, with
 * every cell of every agreement, is made when /compare/ first asks, so it is not in memory while 10,000 pages render.
 */
import { toComparableHeader, toComparableRecord } from '../lib/comparable.ts';
import type { ComparableHeader, ComparableRecord } from '../lib/compare.ts';
import { comparableRecordsOf } from '../lib/published/compare-data.ts';
import { siteContentSet } from './build.ts';
import { siteData, type AgreementEntry } from './data.ts';

let cached: Promise<ComparableRecord[]> | undefined;

export function comparableRecords(): Promise<ComparableRecord[]> {
  cached ??= siteContentSet().then(comparableRecordsOf);
  return cached;
}

let headers: Promise<ComparableHeader[]> | undefined;

/** Every agreement's header, in the site's order (the order ties are broken in). */
export function comparableHeaders(): Promise<ComparableHeader[]> {
  headers ??= siteData().then((site) => site.agreements.map((entry) => toComparableHeader(entry.id, entry.data, site.regionOf)));
  return headers;
}

let headerById: Promise<Map<string, ComparableHeader>> | undefined;

export function comparableHeaderById(): Promise<Map<string, ComparableHeader>> {
  headerById ??= comparableHeaders().then((list) => new Map(list.map((header) => [header.id, header])));
  return headerById;
}

/** One agreement's comparison record, as in {@link comparableRecords}, made for its own page. */
export async function comparableRecordOf(entry: AgreementEntry): Promise<ComparableRecord> {
  const site = await siteData();
  return toComparableRecord(entry.id, entry.data, site.names, site.regionOf);
}
