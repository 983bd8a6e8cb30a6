/** The real content: every file valid, every reference resolved, every known fact sourced. */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { agreementDimensions } from '../../src/lib/dimensions.ts';
import { formatReport, validateContent } from '../../src/lib/validation/index.ts';
import type { Agreement } from '../../src/schema/index.ts';

const files = readContent('content');
const result = validateContent(files);
const agreements = result.valid.filter(({ file }) => file.collection === 'agreements');

describe('content/', () => {
  it('validates with no error', () => {
    expect(result.errors, formatReport(result)).toEqual([]);
  });

  it('cites at least one source for every known value in every dimension', () => {
    const unsourced: string[] = [];
    for (const { file, data } of agreements) {
      for (const dimension of agreementDimensions.filter((dimension) => !dimension.derived)) {
        for (const fact of dimension.read(data as unknown as Agreement)) {
          if (fact.value !== null && fact.sources.length === 0) unsourced.push(`${file.path} ${dimension.id}`);
        }
      }
    }
    expect(unsourced).toEqual([]);
  });
});
