/**
 * The Data Package over the real content: the descriptor validates against the Data Package and Tabular Data Package
 * profiles that the `datapackage` package ships (run with ajv), and every CSV reads through its own table schema:
 * types, required fields, enums, primary keys and the foreign key from the long CSV to the wide one.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Readable } from 'node:stream';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { readContentSet } from '../../src/lib/content-set.ts';
import { agreementDimensions } from '../../src/lib/dimensions.ts';
import { agreementsCsv, agreementValuesCsv, type BuildFacts } from '../../src/lib/exports.ts';
import { dataPackage } from '../../src/lib/releases/datapackage.ts';
import { paymentsCsv, transfersCsv } from '../../src/lib/transfers/exports.ts';
import { citationRelease } from '../../src/lib/releases/version.ts';

const require = createRequire(import.meta.url);
const { Table } = require('tableschema') as {
  Table: { load: (source: () => Readable, options: { schema: object }) => Promise<{ read: (options: object) => Promise<Record<string, unknown>[]> }> };
};

const content = readContentSet('content');
const release = citationRelease(readFileSync('CITATION.cff', 'utf8')).version;
const build: BuildFacts = { siteUrl: 'https://example.org', publisher: 'Migration Agreements Compared', release, version: 'test', built: '2026-12-02T00:00:00.000Z' };
const descriptor = dataPackage(build, release);
const files: Record<string, string> = {
  'agreements.csv': agreementsCsv(content, build),
  'agreement-values.csv': agreementValuesCsv(content),
  'transfers.csv': transfersCsv(content, build),
  'payments.csv': paymentsCsv(content, build),
};

/** A table as a stream, its byte-order mark skipped as Frictionless (Python), readr and pandas skip it. */
const source = (text: string) => () => Readable.from([text.replace(/^\uFEFF/, '')]);

describe('datapackage.json', () => {
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('textarea', true);

  for (const profile of ['data-package', 'tabular-data-package', 'tabular-data-resource']) {
    it(`validates against the ${profile} profile`, () => {
      const schema = require(`datapackage/lib/profiles/${profile}.json`);
      const validate = ajv.compile(schema);
      const targets = profile === 'tabular-data-resource' ? descriptor.resources : [descriptor];
      for (const target of targets) expect(validate(target), JSON.stringify(validate.errors)).toBe(true);
      if (profile === 'tabular-data-package') expect(descriptor.resources.map((resource) => resource.name)).toEqual(['agreements', 'agreement-values', 'transfers', 'payments']);
    });
  }

  it('carries the dataset version of CITATION.cff, the licence and one field per registry dimension', () => {
    expect(descriptor.version).toBe(release);
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
    const wide = descriptor.resources.find((resource) => resource.name === 'agreements')!;
    for (const dimension of agreementDimensions) {
      expect(wide.schema.fields.find((field) => field.name === dimension.id)?.title).toBe(dimension.label);
    }
  });
});

describe('every CSV through its table schema', () => {
  const readResource = async (name: string, relations: Record<string, Record<string, unknown>[]> = {}) => {
    const resource = descriptor.resources.find((candidate) => candidate.name === name)!;
    const table = await Table.load(source(files[resource.path]), { schema: resource.schema });
    return table.read({ keyed: true, relations });
  };

  it('reads agreements.csv: every field typed, required, the id unique', async () => {
    const rows = await readResource('agreements');
    expect(rows).toHaveLength(content.agreements.length);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
  });

  it('reads agreement-values.csv: typed, enums, the primary key, and every agreement_id found in agreements.csv', async () => {
    const agreements = await readResource('agreements');
    const rows = await readResource('agreement-values', { agreements });
    expect(rows.length).toBeGreaterThan(content.agreements.length * agreementDimensions.length - 1);
    expect(rows.every((row) => typeof row.report === 'number')).toBe(true);
  });

  it('reads transfers.csv and payments.csv: typed, enums, primary keys, every agreement_id found in agreements.csv', async () => {
    const agreements = await readResource('agreements');
    const transfers = await readResource('transfers', { agreements });
    const records = content.agreements.reduce((sum, entry) => sum + entry.data.transfers.reduce((count, record) => count + record.people.length, 0), 0);
    expect(transfers).toHaveLength(records);
    expect(transfers.every((row) => typeof row.running_total === 'number' && typeof row.running_total_exact === 'boolean')).toBe(true);
    const payments = await readResource('payments', { agreements });
    expect(payments).toHaveLength(content.agreements.reduce((sum, entry) => sum + entry.data.payments.length, 0));
    expect(payments.some((row) => typeof row.cost_per_person === 'number')).toBe(true);
  });

  it('refuses a row that breaks the schema (so the reads above prove something)', async () => {
    const resource = descriptor.resources.find((candidate) => candidate.name === 'agreement-values')!;
    const broken = `${files['agreement-values.csv']}us-rwanda-2025,no-such-dimension,one,maybe,x,,\r\n`;
    const table = await Table.load(source(broken), { schema: resource.schema });
    await expect(table.read({ keyed: true })).rejects.toThrow();
  });
});
