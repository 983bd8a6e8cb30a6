/**
 * Wiring only: which folder each collection reads and which schema it uses. The schemas live in src/schema/ so the
 * validator (src/cli/validate.ts), tests and scripts use the very same rules without Astro running; the loader reads
 * files with the validator's parser, so both see the same values.
 * Read by every page through astro:content; ids are file names, so URLs follow them.
 */
import { defineCollection } from 'astro:content';
import { collectionSchemas } from './schema/index.ts';
import { contentFolderLoader } from './site/content-loader.ts';

const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

export const collections = {
  /** Agreement pages, /compare/, search, the data downloads and the timeline. */
  agreements: defineCollection({ loader: contentFolderLoader('agreements', CONTENT_DIR), schema: collectionSchemas.agreements }),
  /** Country pages and every place a party is named. */
  countries: defineCollection({ loader: contentFolderLoader('countries', CONTENT_DIR), schema: collectionSchemas.countries }),
  /** The glossary and search. */
  terms: defineCollection({ loader: contentFolderLoader('terms', CONTENT_DIR), schema: collectionSchemas.terms }),
  /** Case pages and the timeline. */
  cases: defineCollection({ loader: contentFolderLoader('cases', CONTENT_DIR), schema: collectionSchemas.cases }),
  /** Source notes under every table and fact box. */
  sources: defineCollection({ loader: contentFolderLoader('sources', CONTENT_DIR), schema: collectionSchemas.sources }),
};
