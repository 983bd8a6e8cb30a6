/**
 * Wiring only: which folder each collection reads and which schema it uses. The schemas live in src/schema/ so the
 * validator (src/cli/validate.ts), tests and scripts use the very same rules without Astro running.
 * Read by every page through astro:content; ids are file names, so URLs follow them.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionSchemas } from './schema/index.ts';

const CONTENT_DIR = process.env.CONTENT_DIR ?? './content';

const byFileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.[^.]+$/, '');

const markdownCollection = (folder: string) => glob({ pattern: '*.md', base: `${CONTENT_DIR}/${folder}`, generateId: byFileName });

export const collections = {
  /** Agreement pages, /compare/, search, the data downloads and the timeline. */
  agreements: defineCollection({ loader: markdownCollection('agreements'), schema: collectionSchemas.agreements }),
  /** Country pages and every place a party is named. */
  countries: defineCollection({ loader: markdownCollection('countries'), schema: collectionSchemas.countries }),
  /** The glossary and search. */
  terms: defineCollection({ loader: markdownCollection('terms'), schema: collectionSchemas.terms }),
  /** Case pages and the timeline. */
  cases: defineCollection({ loader: markdownCollection('cases'), schema: collectionSchemas.cases }),
  /** Source notes under every table and fact box. */
  sources: defineCollection({
    loader: glob({ pattern: '*.yaml', base: `${CONTENT_DIR}/sources`, generateId: byFileName }),
    schema: collectionSchemas.sources,
  }),
};
