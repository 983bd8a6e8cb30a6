import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { agreementJsonLd, datasetJsonLd, serializeJsonLd, termJsonLd } from '../../src/lib/structured-data.ts';
import { agreementSchema, termSchema } from '../../src/schema/index.ts';

const files = readContent('tests/fixtures/valid-content');
const agreement = agreementSchema.parse(files.find((file) => file.id === 'testland-examplia-2025')!.data);
const term = termSchema.parse(files.find((file) => file.collection === 'terms')!.data);

describe('structured data', () => {
  it('describes an agreement as Legislation with its parties and dates', () => {
    expect(agreementJsonLd(agreement, 'https://x/agreements/a/', (id) => id.toUpperCase(), '2026-11-27')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      '@id': 'https://x/agreements/a/',
      url: 'https://x/agreements/a/',
      name: 'Testland–Examplia transfer memorandum',
      alternateName: 'Testland–Examplia (2025)',
      description: agreement.summary,
      legislationType: 'memorandum of understanding',
      legislationDate: '2025-01-10',
      legislationJurisdiction: [
        { '@type': 'Place', name: 'TESTLAND' },
        { '@type': 'Place', name: 'EXAMPLIA' },
      ],
      dateModified: '2026-11-27',
      isAccessibleForFree: true,
    });
  });

  it('describes a term as a DefinedTerm in the glossary', () => {
    const data = termJsonLd(term, 'https://x/terms/t/', 'https://x/terms/');
    expect(data).toMatchObject({ '@type': 'DefinedTerm', name: 'Non-refoulement', alternateName: ['refoulement', 'principle of non-refoulement'] });
    expect(data.inDefinedTermSet).toEqual({ '@type': 'DefinedTermSet', '@id': 'https://x/terms/', name: 'Glossary' });
  });

  it('describes the downloads as a Dataset and serialises safely inside a script element', () => {
    const data = datasetJsonLd({ url: 'https://x/data/', name: 'D', description: '</script><script>alert(1)</script>', license: 'https://creativecommons.org/licenses/by/4.0/', version: 'abc', dateModified: '2026-11-27', files: [{ url: 'https://x/data/agreements.csv', format: 'text/csv' }] });
    expect(data.distribution).toEqual([{ '@type': 'DataDownload', contentUrl: 'https://x/data/agreements.csv', encodingFormat: 'text/csv' }]);
    const text = serializeJsonLd(data);
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text).description).toBe('</script><script>alert(1)</script>');
  });
});
