/**
 * The views' one door to content: loads every collection once per build through astro:content and offers the
 * lookups the pages need. Business rules stay in src/lib; this file only fetches and indexes.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import type { NameLookup } from '../lib/dimensions.ts';
import type { CollectionName } from '../schema/index.ts';
import { regionLookup } from '../lib/regions.ts';
import { entrySourceIds, sourcesThrough } from '../lib/sources-through.ts';

export type AgreementEntry = CollectionEntry<'agreements'>;
export type CountryEntry = CollectionEntry<'countries'>;
export type TermEntry = CollectionEntry<'terms'>;
export type CaseEntry = CollectionEntry<'cases'>;
export type SourceEntry = CollectionEntry<'sources'>;

export type SiteData = {
  agreements: AgreementEntry[];
  countries: CountryEntry[];
  terms: TermEntry[];
  cases: CaseEntry[];
  sources: Map<string, SourceEntry>;
  countryById: Map<string, CountryEntry>;
  caseById: Map<string, CaseEntry>;
  termById: Map<string, TermEntry>;
  agreementById: Map<string, AgreementEntry>;
  names: NameLookup;
  /** A country's world sub-region by its id (src/lib/regions.ts), for the region filters. */
  regionOf: (countryId: string) => string | undefined;
  /** The newest publication date among the sources an entry cites (fields and footnotes); see src/lib/sources-through.ts. */
  sourcesThroughOf: (collection: CollectionName, entry: { data: unknown; body?: string | undefined }) => string | null;
};

let cached: Promise<SiteData> | undefined;

async function load(): Promise<SiteData> {
  const [agreements, countries, terms, cases, sources] = await Promise.all([
    getCollection('agreements'),
    getCollection('countries'),
    getCollection('terms'),
    getCollection('cases'),
    getCollection('sources'),
  ]);
  const byTitle = <T>(key: (entry: T) => string) => (a: T, b: T) => key(a).localeCompare(key(b), 'en');
  agreements.sort(byTitle((entry: AgreementEntry) => entry.data.shortTitle));
  countries.sort(byTitle((entry: CountryEntry) => entry.data.name));
  terms.sort(byTitle((entry: TermEntry) => entry.data.term));
  cases.sort(byTitle((entry: CaseEntry) => entry.data.name));
  const countryById = new Map(countries.map((entry) => [entry.id, entry]));
  const caseById = new Map(cases.map((entry) => [entry.id, entry]));
  const sourceById = new Map(sources.map((entry) => [entry.id, entry]));
  const sourcesThroughByEntry = new WeakMap<object, string | null>();
  return {
    agreements,
    countries,
    terms,
    cases,
    sources: sourceById,
    countryById,
    caseById,
    termById: new Map(terms.map((entry) => [entry.id, entry])),
    agreementById: new Map(agreements.map((entry) => [entry.id, entry])),
    names: {
      country: (id) => countryById.get(id)?.data.name ?? id,
      legalCase: (id) => caseById.get(id)?.data.name ?? id,
    },
    regionOf: regionLookup(countries),
    // Asked several times per entry (its page, the feed, /transfers/): worked out once.
    sourcesThroughOf: (collection, entry) => {
      let through = sourcesThroughByEntry.get(entry);
      if (through === undefined) {
        through = sourcesThrough(entrySourceIds(collection, entry.data, entry.body ?? ''), (id) => sourceById.get(id)?.data.published);
        sourcesThroughByEntry.set(entry, through);
      }
      return through;
    },
  };
}

export function siteData(): Promise<SiteData> {
  cached ??= load();
  return cached;
}
