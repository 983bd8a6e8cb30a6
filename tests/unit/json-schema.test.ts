import { describe, expect, it } from 'vitest';
import { documentedJsonSchema } from '../../src/lib/json-schema.ts';
import { PARTIAL_DATE, agreementSchema, sourceSchema } from '../../src/schema/index.ts';

type Node = { required?: string[]; properties: Record<string, Node & Record<string, unknown>> } & Record<string, unknown>;

describe('documentedJsonSchema', () => {
  it('describes parsed data by default (fields with defaults required) and typed frontmatter with io "input"', () => {
    const output = documentedJsonSchema(agreementSchema) as Node;
    const input = documentedJsonSchema(agreementSchema, { io: 'input' }) as Node;
    expect(output.required).toContain('legalChallenges');
    expect(input.required).not.toContain('legalChallenges');
    expect(input.required).toContain('title');
  });

  it('gives dates the partial-date pattern, full dates a fixed length, https addresses their scheme', () => {
    const source = documentedJsonSchema(sourceSchema) as Node;
    expect(source.properties.accessed).toMatchObject({ type: 'string', pattern: PARTIAL_DATE.source, minLength: 10, maxLength: 10 });
    expect(source.properties.published.anyOf).toContainEqual(expect.objectContaining({ pattern: PARTIAL_DATE.source }));
    expect(source.properties.url).toMatchObject({ format: 'uri', pattern: '^https://' });
    const agreement = documentedJsonSchema(agreementSchema, { io: 'input' }) as Node;
    const signed = agreement.properties.dates.properties.signed.properties.value as unknown as { anyOf: Record<string, unknown>[] };
    expect(signed.anyOf[0]).toMatchObject({ type: 'string', pattern: PARTIAL_DATE.source });
  });

  it('keeps every field description and adds the header it is given', () => {
    const schema = documentedJsonSchema(sourceSchema, { id: 'https://example.org/source.json', title: 'Source', description: 'One source.' });
    expect(schema).toMatchObject({ $schema: 'https://json-schema.org/draft/2020-12/schema', $id: 'https://example.org/source.json', title: 'Source' });
    const properties = (schema as Node).properties;
    for (const [name, property] of Object.entries(properties)) expect(property.description, name).toBeTruthy();
  });
});
