/** The downloads and the map built from the real content: the CSV's shape, the JSON against its schema, every party placed. */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { readContentSet } from '../../src/lib/content-set.ts';
import { agreementDimensions } from '../../src/lib/dimensions.ts';
import { allDownloadsJsonSchema } from '../../src/lib/downloads-schema.ts';
import { agreementsCsv, agreementsFile, casesFile, type BuildFacts } from '../../src/lib/exports.ts';
import { paymentsFile, transfersFile } from '../../src/lib/transfers/exports.ts';
import { footnoteSourceIds } from '../../src/lib/footnotes.ts';
import { locateCountries, type WorldTopology } from '../../src/lib/map/draw.ts';

const content = readContentSet(process.env.CONTENT_DIR ?? 'content');
const build: BuildFacts = { siteUrl: 'https://example.org', publisher: 'Migration Agreements Compared', release: '1.0.0', version: 'test', built: '2026-01-01T00:00:00.000Z' };

describe('/data/agreements.csv from content/', () => {
  const [header, ...rows] = parse(agreementsCsv(content, build), { bom: true, record_delimiter: '\r\n' }) as string[][];

  it('parses with one row per agreement and one column per registry dimension', () => {
    expect(rows.map((row) => row[0]).sort()).toEqual(content.agreements.map((agreement) => agreement.id).sort());
    expect(header.filter((column) => !['id', 'title', 'url', 'sources'].includes(column))).toEqual(agreementDimensions.map((dimension) => dimension.id));
    for (const row of rows) expect(row, row[0]).toHaveLength(header.length);
  });

  it('leaves no cell blank: unknown and not applicable are written out', () => {
    const blank = rows.flatMap((row) => header.filter((_, index) => row[index] === '').map((column) => `${row[0]} ${column}`));
    expect(blank).toEqual([]);
  });
});

describe('/data/agreements.json from content/', () => {
  it('validates, item by item, against /data/schema.json', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats.default(ajv);
    const schema = allDownloadsJsonSchema(build.siteUrl);
    ajv.addSchema(schema);
    const validateAgreement = ajv.compile({ $ref: `${schema.$id}#/$defs/agreement` });
    const file = JSON.parse(JSON.stringify(agreementsFile(content, build)));
    const invalid = file.agreements
      .filter((agreement: unknown) => !validateAgreement(agreement))
      .map((agreement: { id: string }) => `${agreement.id}: ${JSON.stringify(validateAgreement.errors)}`);
    expect(invalid).toEqual([]);
  });
});

describe('/data/transfers.json and /data/payments.json from content/', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  addFormats.default(ajv);
  const schema = allDownloadsJsonSchema(build.siteUrl);
  ajv.addSchema(schema);

  it('validate against /data/schema.json', () => {
    for (const [name, file] of [
      ['transfers-file', transfersFile(content, build)],
      ['payments-file', paymentsFile(content, build)],
    ] as const) {
      const validate = ajv.compile({ $ref: `${schema.$id}#/$defs/${name}` });
      expect(validate(JSON.parse(JSON.stringify(file))), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
  });

  it('write out every source the records cite', () => {
    const file = transfersFile(content, build);
    const cited = new Set(file.transfers.flatMap((record) => [...record.people.flatMap((report) => report.sources), ...record.onward.flatMap((step) => step.sources)]));
    expect([...cited].filter((id) => !(id in file.sources))).toEqual([]);
    expect(file.transfers.length).toBe(content.agreements.reduce((sum, entry) => sum + entry.data.transfers.length, 0));
  });
});

describe('the map from content/', () => {
  it('can place every country and bloc that is a party to an agreement', () => {
    const world = JSON.parse(readFileSync('node_modules/world-atlas/countries-50m.json', 'utf8')) as WorldTopology;
    const locations = locateCountries(
      content.countries.map(({ id, data }) => ({ id, name: data.name, kind: data.kind, otherNames: data.otherNames, ...(data.iso3 ? { iso3: data.iso3 } : {}) })),
      world,
    );
    const parties = new Set(content.agreements.flatMap(({ data }) => [...(data.parties.value?.sending ?? []), ...(data.parties.value?.receiving ?? [])]));
    expect([...parties].filter((id) => !locations.has(id))).toEqual([]);
  });
});

describe('how current each entry is, in the JSON downloads', () => {
  // Computed here the long way, independently of src/lib/sources-through.ts: every source id the entry's record
  // names (any `sources` list, at any depth) plus its prose footnotes, and the newest date among them.
  const citedIn = (value: unknown, out = new Set<string>()): Set<string> => {
    if (Array.isArray(value)) value.forEach((item) => citedIn(item, out));
    else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) {
        if (key === 'sources' && Array.isArray(child)) child.forEach((id) => out.add(String(id)));
        else if (key !== 'citedSources') citedIn(child, out);
      }
    }
    return out;
  };
  const newest = (record: { body: string }) => {
    const ids = new Set([...citedIn(record), ...footnoteSourceIds(record.body)]);
    const dates = [...ids].map((id) => content.sources.get(id)?.published).filter((date): date is string => Boolean(date));
    return dates.sort().at(-1) ?? null;
  };

  it('gives every agreement its sourcesThrough: the newest published date of the sources it cites', () => {
    const { agreements } = agreementsFile(content, build);
    expect(agreements.length).toBeGreaterThan(0);
    for (const record of agreements) {
      expect(record.sourcesThrough, record.id).toBe(newest(record));
      expect(record.sourcesThrough, record.id).not.toBeNull();
      for (const id of footnoteSourceIds(record.body)) expect(Object.keys(record.citedSources), `${record.id} cites ${id} in its prose`).toContain(id);
    }
  });

  it('gives every case its sourcesThrough the same way', () => {
    const { cases } = casesFile(content, build);
    expect(cases.length).toBeGreaterThan(0);
    for (const record of cases) expect(record.sourcesThrough, record.id).toBe(newest(record));
  });
});
