import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readContentSet } from '../../src/lib/content-set.ts';
import { agreementDimensions } from '../../src/lib/dimensions.ts';
import {
  agreementsCsv,
  agreementsCsvHeader,
  agreementsFile,
  casesFile,
  downloadsJsonSchema,
  termsFile,
  type BuildFacts,
} from '../../src/lib/exports.ts';
import { versionedFile } from '../../src/lib/published/files.ts';
import { writePublishedFile } from '../../src/lib/published/write.ts';

const content = readContentSet('tests/fixtures/valid-content');
const build: BuildFacts = {
  siteUrl: 'https://example.org',
  publisher: 'Migration Agreements Compared',
  release: '1.2.3',
  version: 'abc123',
  built: '2026-12-03T10:00:00.000Z',
};
/** JSON round trip: what a reader of the download gets (no Dates, no undefined). */
const asDownloaded = <T>(value: T): T => JSON.parse(JSON.stringify(value));

function compiledSchema() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const schema = downloadsJsonSchema(build.siteUrl);
  ajv.addSchema(schema);
  const at = (pointer: string) => ajv.compile({ $ref: `${schema.$id}${pointer}` });
  return { ajv, schema, at };
}

describe('agreements.json', () => {
  const file = asDownloaded(agreementsFile(content, build));

  it('carries the dataset version, build date and licence', () => {
    expect(file.dataset).toMatchObject({ version: 'abc123', built: '2026-12-03T10:00:00.000Z', licence: { name: 'CC BY 4.0' } });
    expect(file.dataset.url).toBe('https://example.org/data/');
  });

  it('has every agreement with every fact and its cited sources written out', () => {
    expect(file.agreements.map((agreement) => agreement.id)).toEqual(['examplia-otherland-2019', 'examplia-testland-2021', 'testland-examplia-2025']);
    const agreement = file.agreements.find((entry) => entry.id === 'testland-examplia-2025')!;
    expect(agreement.url).toBe('https://example.org/agreements/testland-examplia-2025/');
    expect(agreement.transfers.map((record) => record.people.map((report) => report.value?.count))).toEqual([[3], [4, 6]]);
    expect(agreement.transferred).toEqual({ count: 7, asOf: '2025-06-30', exact: false });
    expect(agreement.dates.ended).toEqual({ value: null, applicable: false, sources: [] });
    expect(Object.keys(agreement.citedSources).sort()).toEqual([
      'court-2025-06-20-ruling',
      'gazette-2025-01-10-testland-deal',
      'wire-2025-06-transfers',
    ]);
    expect(agreement.citedSources['wire-2025-06-transfers'].url).toMatch(/^https:\/\//);
    expect(agreement.body).toContain('## Background');
    expect(file.countries.testland).toMatchObject({ name: 'Testland', iso3: 'XTL', url: 'https://example.org/countries/testland/' });
  });

  it('validates, file and every item, against schema.json', () => {
    const { at } = compiledSchema();
    const validateFile = at('');
    expect(validateFile(file), JSON.stringify(validateFile.errors)).toBe(true);
    const validateAgreement = at('#/$defs/agreement');
    for (const agreement of file.agreements) {
      expect(validateAgreement(agreement), `${agreement.id}: ${JSON.stringify(validateAgreement.errors)}`).toBe(true);
    }
  });

  it('is rejected by schema.json when an item breaks the content model', () => {
    const { at } = compiledSchema();
    const validateAgreement = at('#/$defs/agreement');
    const agreement = file.agreements[0];
    expect(validateAgreement({ ...agreement, status: { value: 'finished', sources: [] } })).toBe(false);
    expect(validateAgreement({ ...agreement, dates: { ...agreement.dates, signed: { value: '10/01/2025', sources: [] } } })).toBe(false);
    expect(validateAgreement({ ...agreement, unexpected: true })).toBe(false);
    const { citedSources: _, ...withoutSources } = agreement;
    expect(validateAgreement(withoutSources)).toBe(false);
  });
});

describe('schema.json', () => {
  const { schema } = compiledSchema();
  const defs = schema.$defs as Record<string, { properties: Record<string, { description?: string }> }>;

  it('is draft 2020-12 with an absolute $id', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://example.org/data/schema.json');
  });

  it('carries the field descriptions of the zod schemas', () => {
    expect(defs.agreement.properties.lastReviewed.description).toMatch(/^When a maintainer re-checked every fact/);
    expect(defs.agreement.properties.sourcesThrough.description).toMatch(/newest publication date among the sources/);
    expect(defs.term.properties.definition.description).toMatch(/first-year student/);
    expect(defs.source.properties.url.description).toMatch(/https only/);
  });

  it('describes terms.json and cases.json too', () => {
    const { at } = compiledSchema();
    const validateTerms = at('#/$defs/terms-file');
    const validateCases = at('#/$defs/cases-file');
    const terms = asDownloaded(termsFile(content, build));
    const cases = asDownloaded(casesFile(content, build));
    expect(validateTerms(terms), JSON.stringify(validateTerms.errors)).toBe(true);
    expect(validateCases(cases), JSON.stringify(validateCases.errors)).toBe(true);
    expect(Object.keys(terms.terms[0].citedSources)).toEqual(['court-2025-06-20-ruling']);
    expect(cases.cases[0].events[0].event).toBe('Transfers blocked pending a hearing');
  });
});

describe('agreements.csv', () => {
  const text = agreementsCsv(content, build);
  const [header, ...rows] = parse(text, { bom: true, record_delimiter: '\r\n' }) as string[][];
  const fixtureRow = rows.find((row) => row[0] === 'testland-examplia-2025')!;
  const cell = (column: string) => fixtureRow[header.indexOf(column)];

  it('has one column per registry dimension, between id/title/url and sources', () => {
    expect(header).toEqual(agreementsCsvHeader());
    expect(header.slice(3, -1)).toEqual(agreementDimensions.map((dimension) => dimension.id));
    expect(rows.map((row) => row[0])).toEqual(['examplia-otherland-2019', 'examplia-testland-2021', 'testland-examplia-2025']);
    for (const row of rows) expect(row).toHaveLength(header.length);
  });

  it('writes values as the site does, with names for ids', () => {
    expect(cell('id')).toBe('testland-examplia-2025');
    expect(cell('sending')).toBe('Testland');
    expect(cell('payments')).toBe('USD 7,500,000 from Testland (grant) | USD 5,000,000 from Testland to Examplia, paid (June 2025)');
    expect(cell('legal-challenges')).toBe('Doe v. Ministry of the Interior');
  });

  it('keeps unknown and not applicable apart, and disagreeing reports side by side', () => {
    expect(cell('in-force')).toBe('Unknown');
    expect(cell('ended')).toBe('Not applicable');
    expect(cell('transferred')).toBe('at least 7 (as of 30 June 2025)');
    expect(cell('payments')).toBe('USD 7,500,000 from Testland (grant) | USD 5,000,000 from Testland to Examplia, paid (June 2025)');
  });

  it('lists every cited source with its address', () => {
    expect(cell('sources').split(' | ')).toHaveLength(3);
    expect(cell('sources')).toMatch(/\(.+, 2025-01-10\) https:\/\//);
  });

  it('is UTF-8 with a BOM and CRLF line ends', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });
});

describe('downloads written a record at a time', () => {
  const real = readContentSet('content');
  const files: ['agreements.json' | 'terms.json' | 'cases.json', () => unknown][] = [
    ['agreements.json', () => agreementsFile(real, build)],
    ['terms.json', () => termsFile(real, build)],
    ['cases.json', () => casesFile(real, build)],
  ];

  for (const [name, whole] of files) {
    it(`writes ${name} byte for byte as the whole file would be, for the real content`, () => {
      const folder = mkdtempSync(join(tmpdir(), 'exports-'));
      try {
        const file = versionedFile(name, real, build);
        writePublishedFile(file, folder);
        expect(file.format).toBe('json');
        expect(readFileSync(join(folder, file.path), 'utf8')).toBe(JSON.stringify(whole(), null, 2));
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  }
});
