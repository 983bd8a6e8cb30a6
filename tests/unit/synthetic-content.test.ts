import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-files.ts';
import { syntheticContent } from '../../src/lib/synthetic-content.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import type { CollectionName } from '../../src/schema/index.ts';

describe('syntheticContent', () => {
  it('generates the asked number of agreements, all valid, deterministically', () => {
    const files = syntheticContent(200);
    const parsed = [...files].map(([path, text]) => parseContentFile(path.split('/')[0] as CollectionName, `synthetic/${path}`, text));
    expect(parsed.filter((file) => file.collection === 'agreements')).toHaveLength(200);
    const result = validateContent(parsed);
    expect(result.errors.slice(0, 5)).toEqual([]);
    expect([...syntheticContent(200).values()]).toEqual([...files.values()]);
  });
});
