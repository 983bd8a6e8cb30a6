/** Comparable records for every agreement, computed once per build for /compare/ and /data/compare.json. */
import { toComparableRecord } from '../lib/comparable.ts';
import { regionLookup } from './regions.ts';
import type { ComparableRecord } from '../lib/compare.ts';
import { siteData } from './data.ts';

let cached: Promise<ComparableRecord[]> | undefined;

export function comparableRecords(): Promise<ComparableRecord[]> {
  cached ??= siteData().then((site) => site.agreements.map((entry) => toComparableRecord(entry.id, entry.data, site.names, regionLookup(site))));
  return cached;
}

let byId: Promise<Map<string, ComparableRecord>> | undefined;

export function comparableRecordById(): Promise<Map<string, ComparableRecord>> {
  byId ??= comparableRecords().then((records) => new Map(records.map((record) => [record.id, record])));
  return byId;
}
