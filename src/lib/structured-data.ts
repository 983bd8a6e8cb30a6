/**
 * schema.org structured data (JSON-LD) for search engines and citation tools: an agreement is Legislation, a glossary
 * term a DefinedTerm in the glossary's DefinedTermSet, the downloads a Dataset. Plain objects; the page serialises them.
 */
import type { Agreement, Term } from '../schema/index.ts';

type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** `dateModified` is when the page last changed (its file's history), if known. */
export function agreementJsonLd(agreement: Agreement, url: string, countryName: (id: string) => string, dateModified?: string): JsonLd {
  const parties = agreement.parties.value;
  const signed = agreement.dates.signed.value;
  return {
    '@context': CONTEXT,
    '@type': 'Legislation',
    '@id': url,
    url,
    name: agreement.title,
    alternateName: agreement.shortTitle,
    description: agreement.summary,
    ...(agreement.instrument.value ? { legislationType: agreement.instrument.value.replace(/-/g, ' ') } : {}),
    ...(signed ? { legislationDate: signed } : {}),
    ...(parties ? { legislationJurisdiction: [...parties.sending, ...parties.receiving].map((id) => ({ '@type': 'Place', name: countryName(id) })) } : {}),
    ...(dateModified ? { dateModified } : {}),
    isAccessibleForFree: true,
  };
}

export function termJsonLd(term: Term, url: string, glossaryUrl: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'DefinedTerm',
    '@id': url,
    url,
    name: term.term,
    description: term.definition,
    ...(term.abbreviations.length || term.aliases.length ? { alternateName: [...term.abbreviations, ...term.aliases] } : {}),
    inDefinedTermSet: { '@type': 'DefinedTermSet', '@id': glossaryUrl, name: 'Glossary' },
  };
}

export type DatasetFile = { url: string; format: string };

export function datasetJsonLd(options: { url: string; name: string; description: string; license: string; version: string; dateModified: string; files: DatasetFile[] }): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Dataset',
    '@id': options.url,
    url: options.url,
    name: options.name,
    description: options.description,
    license: options.license,
    version: options.version,
    dateModified: options.dateModified,
    isAccessibleForFree: true,
    distribution: options.files.map((file) => ({ '@type': 'DataDownload', contentUrl: file.url, encodingFormat: file.format })),
  };
}

/** JSON for a <script type="application/ld+json"> element: "<" escaped so no text can close the element early. */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
