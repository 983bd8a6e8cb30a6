import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { placeholderPaths, scaffold, valueHint } from '../../src/lib/scaffold.ts';
import { agreementSchema, collectionSchemas, type CollectionName } from '../../src/schema/index.ts';

describe('scaffold', () => {
  it('writes every top-level field of each schema, each with a comment from its description', () => {
    for (const collection of Object.keys(collectionSchemas) as CollectionName[]) {
      const text = scaffold(collection, '2026-11-27');
      const shape = (collectionSchemas[collection] as unknown as { shape: Record<string, { description?: string }> }).shape;
      for (const [key, field] of Object.entries(shape)) {
        expect(text, `${collection}.${key}`).toMatch(new RegExp(`^#? ?${key}:`, 'm'));
        expect(text, `${collection}.${key} comment`).toContain(`# ${field.description}`);
      }
    }
  });

  it('reads as YAML, leaves placeholders the validator finds, and stamps no review that was not done', () => {
    const file = parseContentFile('agreements', 'content/agreements/x-y-2026.md', scaffold('agreements', '2026-11-27'));
    expect(file.problems).toEqual([]);
    const data = file.data as Record<string, unknown>;
    expect(data.lastReviewed).toBeUndefined();
    expect(file.body).toContain('[^source-id]');
    expect(placeholderPaths(data)).toContainEqual(['cap', 'note']);
    expect(placeholderPaths(data)).toContainEqual(['dates', 'signed', 'note']);
    expect(file.body).toContain('## What is not known');
  });

  it('hints at the shape of each value', () => {
    expect(valueHint(agreementSchema.shape.cap.shape.value as never)).toBe('{ count: number, period?: text }');
    expect(valueHint(agreementSchema.shape.dates.shape.signed.shape.value as never)).toBe('YYYY-MM-DD');
  });
});
