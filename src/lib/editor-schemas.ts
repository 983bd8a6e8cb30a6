/**
 * JSON Schemas of what contributors type in each collection's files, for editors: VS Code's YAML support validates
 * and autocompletes content/sources/*.yaml with them, and the Astro extension does the same for Markdown frontmatter.
 * Generated from the zod schemas (src/schema) by `npm run schemas` into .vscode/schemas/, and tested to be current.
 */
import { collectionSchemas, type CollectionName } from '../schema/index.ts';
import { documentedJsonSchema, type JsonSchema } from './json-schema.ts';

export const EDITOR_SCHEMA_DIR = '.vscode/schemas';

const titles: Record<CollectionName, string> = {
  agreements: 'Agreement (content/agreements/*.md frontmatter)',
  countries: 'Country or bloc (content/countries/*.md frontmatter)',
  terms: 'Glossary term (content/terms/*.md frontmatter)',
  cases: 'Legal case (content/cases/*.md frontmatter)',
  sources: 'Source (content/sources/*.yaml)',
};

export function editorSchemas(): Record<CollectionName, JsonSchema> {
  return Object.fromEntries(
    (Object.keys(collectionSchemas) as CollectionName[]).map((collection) => [
      collection,
      documentedJsonSchema(collectionSchemas[collection], {
        io: 'input',
        title: titles[collection],
        description: 'Generated from src/schema by npm run schemas; cross-field rules (date order, status and dates, references) are checked by npm run validate.',
      }),
    ]),
  ) as Record<CollectionName, JsonSchema>;
}

/** The file text for one schema: stable formatting so the freshness test compares exactly. */
export function editorSchemaText(schema: JsonSchema): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}
