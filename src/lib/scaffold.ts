/**
 * New content files for contributors: every field of the collection's schema, a comment per field taken from the
 * schema's own descriptions, and TODO placeholders that the validator rejects until they are filled. Built from the
 * schemas, so a new field appears in the template without touching this file.
 */
import type { z } from 'astro/zod';
import { collectionSchemas, type CollectionName } from '../schema/index.ts';

type AnySchema = z.ZodType & { description?: string; _zod: { def: Record<string, unknown> & { type: string } } };

/** The placeholder a template leaves; the validator reports any value that still contains it. */
export const PLACEHOLDER = 'TODO';

function unwrap(schema: AnySchema): { inner: AnySchema; optional: boolean } {
  let inner = schema;
  let optional = false;
  for (;;) {
    const def = inner._zod.def;
    if (def.type === 'optional' || def.type === 'default' || def.type === 'prefault') {
      optional = true;
      inner = def.innerType as AnySchema;
    } else if (def.type === 'nullable' || def.type === 'readonly') {
      inner = def.innerType as AnySchema;
    } else if (def.type === 'pipe') {
      inner = ((def.out as AnySchema)._zod.def.type === 'transform' ? def.in : def.out) as AnySchema;
    } else {
      return { inner, optional };
    }
  }
}

const shapeOf = (schema: AnySchema) => (schema._zod.def.type === 'object' ? (schema._zod.def.shape as Record<string, AnySchema>) : undefined);

function isSourcedFact(schema: AnySchema): boolean {
  const shape = shapeOf(unwrap(schema).inner);
  return Boolean(shape && 'value' in shape && 'sources' in shape && 'applicable' in shape);
}

/** A short hint of the shape a value takes, for the comment above a placeholder. */
export function valueHint(schema: AnySchema): string {
  // Dates are the schemas' only preprocessing pipes (they fold YAML Date objects back into text).
  let layer = schema;
  while (['optional', 'nullable', 'default', 'prefault', 'readonly'].includes(layer._zod.def.type)) layer = layer._zod.def.innerType as AnySchema;
  if (layer._zod.def.type === 'pipe') return 'YYYY-MM-DD';
  const { inner } = unwrap(schema);
  const def = inner._zod.def;
  switch (def.type) {
    case 'enum':
      return Object.values(def.entries as Record<string, string>).join(' | ');
    case 'array':
      return `[${valueHint(def.element as AnySchema)}, …]`;
    case 'object':
      return `{ ${Object.entries(def.shape as Record<string, AnySchema>)
        .map(([key, child]) => `${key}${unwrap(child).optional ? '?' : ''}: ${valueHint(child)}`)
        .join(', ')} }`;
    case 'boolean':
      return 'true | false';
    case 'number':
      return 'number';
    default:
      return 'text';
  }
}

function placeholderFor(schema: AnySchema): string {
  const { inner } = unwrap(schema);
  const def = inner._zod.def;
  if (def.type === 'array') return '[]';
  if (def.type === 'enum') return `${PLACEHOLDER}  # one of: ${Object.values(def.entries as Record<string, string>).join(', ')}`;
  if (def.type === 'boolean') return `${PLACEHOLDER}  # true or false`;
  if (def.type === 'number') return `${PLACEHOLDER}  # a number`;
  return PLACEHOLDER;
}

function factLines(fact: AnySchema, indent: string, list: boolean): string[] {
  const first = list ? `${indent}- ` : indent;
  const rest = list ? `${indent}  ` : indent;
  const valueSchema = shapeOf(unwrap(fact).inner)!.value;
  return [
    `${indent}# value: ${valueHint(valueSchema)}`,
    `${first}value: null`,
    `${rest}sources: []`,
    `${rest}note: ${PLACEHOLDER} give the value with its sources, or say why it is unknown`,
  ];
}

function fieldLines(key: string, schema: AnySchema, indent: string, today: string): string[] {
  const { inner, optional } = unwrap(schema);
  const comment = `${indent}# ${schema.description ?? inner.description ?? key}${optional ? ' (optional)' : ''}`;
  if (isSourcedFact(inner)) return [comment, `${indent}${key}:`, ...factLines(inner, `${indent}  `, false)];
  if (inner._zod.def.type === 'array' && isSourcedFact(inner._zod.def.element as AnySchema)) {
    return [comment, `${indent}${key}:`, ...factLines(inner._zod.def.element as AnySchema, `${indent}  `, true)];
  }
  const shape = shapeOf(inner);
  // An optional group (transferGaps) stays commented out, one field a line, for a contributor to uncomment if it applies.
  if (shape && optional) {
    return [comment, `${indent}# ${key}:`, ...Object.entries(shape).map(([child, childSchema]) => `${indent}#   ${child}: ${valueHint(childSchema)}`)];
  }
  if (shape) return [comment, `${indent}${key}:`, ...Object.entries(shape).flatMap(([child, childSchema]) => fieldLines(child, childSchema, `${indent}  `, today))];
  const element = inner._zod.def.type === 'array' ? unwrap(inner._zod.def.element as AnySchema).inner : undefined;
  const elementShape = element && shapeOf(element);
  // An optional list of records (transfers) is shown as one commented record, a field a line.
  if (elementShape && optional) {
    return [
      comment,
      `${indent}# ${key}:`,
      ...Object.entries(elementShape).map(([child, childSchema], index) => `${indent}#   ${index === 0 ? '- ' : '  '}${child}: ${valueHint(childSchema)}`),
    ];
  }
  if (elementShape && !optional) {
    const entries = Object.entries(elementShape);
    return [
      comment,
      `${indent}${key}:`,
      ...entries.map(([child, childSchema], index) => `${indent}  ${index === 0 ? '- ' : '  '}${child}: ${placeholderFor(childSchema)}`),
    ];
  }
  if (key === 'accessed') return [comment, `${indent}${key}: ${today}`];
  // Optional plain fields stay commented out: a contributor uncomments the ones that apply.
  if (optional) return [comment, `${indent}# ${key}: ${valueHint(inner)}`];
  return [comment, `${indent}${key}: ${placeholderFor(inner)}`];
}

const BODIES: Record<CollectionName, string> = {
  agreements: ['## Background', '## How it works', '## What is disputed', '## Where it stands', '## What is not known']
    .map((heading) => `${heading}\n\n${PLACEHOLDER} (200–500 words in all, neutral, in your own words; end each sentence with [^source-id] naming its source)\n`)
    .join('\n'),
  countries: `${PLACEHOLDER} A short paragraph of context a reader needs, with every fact in the sources above.\n`,
  terms: `${PLACEHOLDER} A longer explanation in plain words (120–300 words), each sentence ending with [^source-id].\n`,
  cases: `${PLACEHOLDER} What was decided, what is pending, dated; each sentence ending with [^source-id].\n`,
  sources: '',
};

/** The text of a new file for `collection`; YAML for sources, Markdown with frontmatter for the rest. */
export function scaffold(collection: CollectionName, today: string): string {
  const shape = shapeOf(unwrap(collectionSchemas[collection] as unknown as AnySchema).inner)!;
  const lines = Object.entries(shape).flatMap(([key, schema]) => fieldLines(key, schema, '', today));
  if (collection === 'sources') return `${lines.join('\n')}\n`;
  return `---\n${lines.join('\n')}\n---\n\n${BODIES[collection]}`;
}

/** Paths in a value (frontmatter or YAML data) that still hold the placeholder. */
export function placeholderPaths(value: unknown, at: (string | number)[] = []): (string | number)[][] {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [at] : [];
  if (Array.isArray(value)) return value.flatMap((item, index) => placeholderPaths(item, [...at, index]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, child]) => placeholderPaths(child, [...at, key]));
  return [];
}
