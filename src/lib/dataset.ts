/**
 * What every download file shares: the dataset block (title, release, build, licence), the content set the files are
 * built from, page addresses and names for ids. Its own module so that each family of downloads (src/lib/exports.ts,
 * src/lib/transfers/exports.ts) builds on it without importing the others.
 */
import { z } from 'astro/zod';
import type { Agreement, CollectionName, Country, LegalCase, Source, Term } from '../schema/index.ts';
import type { NameLookup } from './dimensions.ts';

export const CONTENT_LICENCE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

export const datasetSchema = z
  .strictObject({
    title: z.string().describe('Name of the dataset.'),
    publisher: z.string().describe('Who publishes it; cite it as the author.'),
    release: z.string().describe('The dataset version (MAJOR.MINOR.PATCH, as in CITATION.cff): cite this one.'),
    version: z
      .string()
      .describe('The repository commit the files were built from ("-modified" when the content had uncommitted changes).'),
    built: z.iso.datetime().describe('When the files were built (UTC).'),
    licence: z.strictObject({ name: z.string(), url: z.url() }).describe('Licence of the content and data.'),
    url: z.url().describe('The page that documents these files and how to cite them.'),
  })
  .meta({ id: 'dataset', title: 'Dataset', description: 'What the file is, which version, when it was built, and its licence.' });

export type DatasetInfo = z.infer<typeof datasetSchema>;

type Entry<T> = { id: string; data: T; body?: string };

/** The validated content, as plain records: what the pages load through astro:content and the tests read from disk. */
export type ContentSet = {
  agreements: Entry<Agreement>[];
  terms: Entry<Term>[];
  cases: Entry<LegalCase>[];
  countries: Entry<Country>[];
  sources: Map<string, Source>;
};

/** Facts about the build, which the content itself cannot know. */
export type BuildFacts = {
  siteUrl: string;
  publisher: string;
  /** The dataset version from CITATION.cff. */
  release: string;
  version: string;
  /** ISO 8601 date-time (UTC). */
  built: string;
};

export const DATASET_TITLE = 'Migration agreements compared: agreements, legal cases and glossary';

export function datasetInfo(build: BuildFacts): DatasetInfo {
  return {
    title: DATASET_TITLE,
    publisher: build.publisher,
    release: build.release,
    version: build.version,
    built: build.built,
    licence: { ...CONTENT_LICENCE },
    url: new URL('/data/', build.siteUrl).href,
  };
}

/** Entries in id order, the order of every download. */
export const byId = <T extends { id: string }>(entries: T[]) => [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

export const pageUrl = (siteUrl: string, collection: CollectionName, id: string) => new URL(`/${collection}/${id}/`, siteUrl).href;

/** Names for country and case ids, from the content itself. */
export function contentNames(content: Pick<ContentSet, 'countries' | 'cases'>): NameLookup {
  const countries = new Map(content.countries.map(({ id, data }) => [id, data.name]));
  const cases = new Map(content.cases.map(({ id, data }) => [id, data.name]));
  return { country: (id) => countries.get(id) ?? id, legalCase: (id) => cases.get(id) ?? id };
}

