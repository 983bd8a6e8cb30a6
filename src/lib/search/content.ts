/**
 * The content folder as search input without Astro: the validator's parsed entries, grouped the way
 * `searchDocuments` takes them. The relevance tests and the search command line read content through this; the site
 * passes Astro's collections, which have the same shape.
 */
import { readContent } from '../content-files.ts';
import { validateContent } from '../validation/index.ts';
import type { Agreement, Country, LegalCase, Term } from '../../schema/index.ts';
import type { ContentEntry, SearchContent } from './documents.ts';

export function readSearchContent(contentDir: string): SearchContent {
  const { valid } = validateContent(readContent(contentDir));
  const entries = <T>(collection: string): ContentEntry<T>[] =>
    valid
      .filter(({ file }) => file.collection === collection)
      .map(({ file, data }) => ({ id: file.id, data: data as T, body: file.body }));
  return {
    agreements: entries<Agreement>('agreements'),
    countries: entries<Country>('countries'),
    terms: entries<Term>('terms'),
    cases: entries<LegalCase>('cases'),
  };
}
