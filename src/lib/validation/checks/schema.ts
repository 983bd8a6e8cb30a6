/** Each file's data against its collection's zod schema, with "did you mean" for unknown keys and enum values. */
import type { z } from 'astro/zod';
import type { ContentFile } from '../../content-files.ts';
import { collectionSchemas } from '../../../schema/index.ts';
import { didYouMean } from '../../suggest.ts';
import { errorAt, type ContentError } from '../types.ts';

type AnySchema = z.ZodType & { _zod: { def: Record<string, unknown> & { type: string } } };

/** The object keys a schema accepts at a path, following wrappers, lists and pipes. */
export function knownKeysAt(schema: AnySchema, path: readonly PropertyKey[]): string[] {
  let current: AnySchema | undefined = schema;
  let index = 0;
  while (current) {
    const def: Record<string, unknown> & { type: string } = current._zod.def;
    if (['optional', 'nullable', 'default', 'prefault', 'readonly', 'catch'].includes(def.type)) {
      current = def.innerType as AnySchema;
    } else if (def.type === 'pipe') {
      current = ((def.out as AnySchema)._zod.def.type === 'transform' ? def.in : def.out) as AnySchema;
    } else if (index === path.length) {
      return def.type === 'object' ? Object.keys(def.shape as object) : [];
    } else if (def.type === 'array') {
      current = def.element as AnySchema;
      index++;
    } else if (def.type === 'object') {
      current = (def.shape as Record<string, AnySchema>)[String(path[index])];
      index++;
    } else {
      return [];
    }
  }
  return [];
}

function describeIssue(issue: z.core.$ZodIssue, schema: AnySchema, received: unknown): string {
  switch (issue.code) {
    case 'unrecognized_keys': {
      const allowed = knownKeysAt(schema, issue.path);
      return issue.keys
        .map((key) => `unknown field "${key}".${didYouMean(key, allowed)} Allowed here: ${allowed.join(', ')}.`)
        .join(' ');
    }
    case 'invalid_value': {
      const options = issue.values.map(String);
      const hint = typeof received === 'string' ? didYouMean(received, options) : '';
      return `expected one of: ${options.join(', ')} (found ${JSON.stringify(received)}).${hint}`;
    }
    case 'invalid_type':
      return received === undefined ? `missing required field (expected ${issue.expected})` : `expected ${issue.expected}, found ${describeValue(received)}`;
    // zod's own wording ("Too small: expected string to have >=80 characters") said in a contributor's words.
    case 'too_small':
    case 'too_big': {
      const [word, bound] = issue.code === 'too_small' ? ['at least', issue.minimum] : ['at most', issue.maximum];
      if (issue.origin === 'string') {
        if (issue.message && !issue.message.startsWith('Too ')) return issue.message;
        return `expected ${word} ${bound} characters (found ${typeof received === 'string' ? received.length : 0})`;
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return `expected ${word} ${bound} ${Number(bound) === 1 ? 'item' : 'items'} (found ${Array.isArray(received) ? received.length : 0})`;
      }
      return `expected a number ${issue.code === 'too_small' ? (issue.inclusive ? '>=' : '>') : issue.inclusive ? '<=' : '<'} ${bound} (found ${describeValue(received)})`;
    }
    default:
      return issue.message;
  }
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return value;
}

/** Validates one readable file; returns its errors and, when valid, the parsed data. */
export function checkSchema(file: ContentFile): { errors: ContentError[]; data?: Record<string, unknown> } {
  if (file.data === undefined) return { errors: [] };
  const schema = collectionSchemas[file.collection] as unknown as AnySchema;
  const result = schema.safeParse(file.data);
  if (result.success) return { errors: [], data: result.data as Record<string, unknown> };
  const errors = result.error.issues.map((issue) => {
    const path = issue.code === 'unrecognized_keys' && issue.keys.length === 1 ? [...issue.path, issue.keys[0]] : issue.path;
    return errorAt(file, path, describeIssue(issue, schema, valueAt(file.data, issue.path)));
  });
  return { errors };
}
