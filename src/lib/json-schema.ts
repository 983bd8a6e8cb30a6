/**
 * JSON Schema from the zod schemas, with every field's description: the /data/schema.json download uses it for the
 * export files, and the contributors' editor schema can use it (with io: 'input') for the frontmatter they type.
 * Cross-field rules (date order, status agreeing with dates) have no JSON Schema form; the validator keeps them.
 */
import { z } from 'astro/zod';
import { fullDate, httpsUrl, PARTIAL_DATE, partialDate } from '../schema/common.ts';

export type JsonSchema = Record<string, unknown>;

export type JsonSchemaOptions = {
  /**
   * 'output' describes data after parsing (defaults filled in: the export files); 'input' describes what a
   * contributor writes (fields with defaults optional: the editor schema).
   */
  io?: 'input' | 'output';
  /** Absolute URL the schema is published at. */
  id?: string;
  title?: string;
  description?: string;
};

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

type ZodInternals = { _zod: { def: unknown } };
const defOf = (schema: unknown) => (schema as ZodInternals)._zod.def;

/**
 * Dates and https addresses are checked in code (a real calendar day, the https scheme), which zod cannot turn into
 * JSON Schema; a pattern is the closest JSON Schema can say. `.describe()` copies share the original's definition,
 * so comparing definitions finds every use.
 */
function addPatterns({ zodSchema, jsonSchema }: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  const def = defOf(zodSchema);
  if (def === defOf(fullDate)) {
    Object.assign(jsonSchema, { type: 'string', pattern: PARTIAL_DATE.source, minLength: 10, maxLength: 10 });
  } else if (def === defOf(partialDate)) {
    Object.assign(jsonSchema, { type: 'string', pattern: PARTIAL_DATE.source });
  } else if (def === defOf(httpsUrl)) {
    Object.assign(jsonSchema, { pattern: '^https://' });
  }
}

/** A JSON Schema (draft 2020-12) for one zod schema; sub-schemas given an `id` with `.meta()` become `$defs`. */
export function documentedJsonSchema(schema: z.ZodType, options: JsonSchemaOptions = {}): JsonSchema {
  const generated = z.toJSONSchema(schema, {
    target: 'draft-2020-12',
    io: options.io ?? 'output',
    unrepresentable: 'any',
    override: (context) => addPatterns(context as { zodSchema: unknown; jsonSchema: Record<string, unknown> }),
  }) as JsonSchema;
  const { $schema: _dialect, ...body } = generated;
  return {
    $schema: JSON_SCHEMA_DIALECT,
    ...(options.id ? { $id: options.id } : {}),
    ...(options.title ? { title: options.title } : {}),
    ...(options.description ? { description: options.description } : {}),
    ...body,
  };
}
