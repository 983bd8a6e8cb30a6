import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../../src/lib/search/documents.ts';
import { syntheticContent } from '../../../src/lib/search/synthetic.ts';

describe('syntheticContent', () => {
  it('gives exactly the number of search documents asked for, in realistic proportions', () => {
    for (const size of [200, 1000]) {
      const documents = searchDocuments(syntheticContent(size).content);
      expect(documents).toHaveLength(size);
      const sections = documents.filter((doc) => doc.kind === 'section').length;
      expect(sections / size).toBeGreaterThan(0.5);
      expect(sections / size).toBeLessThan(0.7);
      expect(documents.every((doc) => doc.body.length > 100)).toBe(true);
    }
  });

  it('is the same corpus on every run', () => {
    expect(searchDocuments(syntheticContent(300).content)).toEqual(searchDocuments(syntheticContent(300).content));
  });
});
