/** Backlinks over the whole site, computed once per build from the loaded collections. */
import { buildBacklinks, type Backlink, type EntryKey } from '../lib/connections.ts';
import { siteData } from './data.ts';

let cached: Promise<Map<EntryKey, Backlink[]>> | undefined;

export function siteBacklinks(): Promise<Map<EntryKey, Backlink[]>> {
  cached ??= siteData().then((site) =>
    buildBacklinks([
      ...site.agreements.map((entry) => ({ collection: 'agreements' as const, id: entry.id, data: entry.data })),
      ...site.cases.map((entry) => ({ collection: 'cases' as const, id: entry.id, data: entry.data })),
      ...site.terms.map((entry) => ({ collection: 'terms' as const, id: entry.id, data: entry.data })),
      ...site.countries.map((entry) => ({ collection: 'countries' as const, id: entry.id, data: entry.data })),
    ]),
  );
  return cached;
}
