/**
 * The validated files as a ContentSet, the plain shape the exports, timeline and map take. The site builds the same
 * shape from astro:content; tests and scripts build it from disk through the validator, so both see one model.
 */
import { readContent, type ContentFile } from './content-files.ts';
import type { ContentSet } from './exports.ts';
import { validateContent, type ValidationResult } from './validation/index.ts';
import type { Agreement, Country, LegalCase, Source, Term } from '../schema/index.ts';

export function contentSetFromValidation(valid: ValidationResult['valid']): ContentSet {
  const of = <T>(collection: ContentFile['collection']) =>
    valid
      .filter(({ file }) => file.collection === collection)
      .map(({ file, data }) => ({ id: file.id, data: data as unknown as T, body: file.body.trim() }));
  return {
    agreements: of<Agreement>('agreements'),
    terms: of<Term>('terms'),
    cases: of<LegalCase>('cases'),
    countries: of<Country>('countries'),
    sources: new Map(of<Source>('sources').map(({ id, data }) => [id, data])),
  };
}

/** The valid entries of a content folder (invalid files are left out; the validator reports them). */
export function readContentSet(contentDir: string): ContentSet {
  return contentSetFromValidation(validateContent(readContent(contentDir)).valid);
}
