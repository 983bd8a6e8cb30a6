import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { readContent } from '../../src/lib/content-files.ts';
import { EDITOR_SCHEMA_DIR, editorSchemas, editorSchemaText } from '../../src/lib/editor-schemas.ts';
import type { CollectionName } from '../../src/schema/index.ts';

const schemas = editorSchemas();

describe('editor schemas', () => {
  it('are committed as generated (run "npm run schemas" after changing src/schema)', () => {
    for (const [collection, schema] of Object.entries(schemas)) {
      expect(readFileSync(`${EDITOR_SCHEMA_DIR}/${collection}.schema.json`, 'utf8'), collection).toBe(editorSchemaText(schema));
    }
  });

  it('describe every property, so editors show help while typing', () => {
    const undocumented: string[] = [];
    const walk = (node: unknown, path: string) => {
      if (!node || typeof node !== 'object') return;
      const record = node as Record<string, unknown>;
      if (record.properties && typeof record.properties === 'object') {
        for (const [key, child] of Object.entries(record.properties as Record<string, Record<string, unknown>>)) {
          if (!child.description && !child.$ref) undocumented.push(`${path}.${key}`);
          walk(child, `${path}.${key}`);
        }
      }
      for (const key of ['items', 'anyOf', 'oneOf', 'allOf', '$defs']) if (record[key]) walk(record[key], path);
      if (Array.isArray(node)) node.forEach((item) => walk(item, path));
    };
    for (const [collection, schema] of Object.entries(schemas)) walk(schema, collection);
    expect(undocumented).toEqual([]);
  });

  it('accept the real content and flag a typo, as an editor would', () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats.default(ajv);
    const validators = Object.fromEntries(Object.entries(schemas).map(([collection, schema]) => [collection, ajv.compile(schema)]));
    for (const file of readContent('content')) {
      const ok = validators[file.collection as CollectionName](file.data);
      expect(ok, `${file.path}: ${JSON.stringify(validators[file.collection].errors)}`).toBe(true);
    }
    const typo = { ...(readContent('content').find((file) => file.collection === 'sources')!.data as object), publsher: 'x' };
    expect(validators.sources(typo)).toBe(false);
  });
});
