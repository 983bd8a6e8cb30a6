/** Every collection's schema, by collection name: the one list the content config, validator and exports read. */
import { agreementSchema } from './agreement.ts';
import { caseSchema } from './case.ts';
import { countrySchema } from './country.ts';
import { sourceSchema } from './source.ts';
import { termSchema } from './term.ts';

export const collectionSchemas = {
  agreements: agreementSchema,
  countries: countrySchema,
  terms: termSchema,
  cases: caseSchema,
  sources: sourceSchema,
} as const;

export type CollectionName = keyof typeof collectionSchemas;

export * from './agreement.ts';
export * from './case.ts';
export * from './common.ts';
export * from './country.ts';
export * from './source.ts';
export * from './term.ts';
export * from './transfers.ts';
