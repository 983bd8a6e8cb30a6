/**
 * The Frictionless Data Package that describes the CSV downloads (`datapackage.json`): each file with its table schema
 * (fields from the one dimension registry, types, required fields, primary and foreign keys), the licence, the sources
 * and the dataset version, so `frictionless validate`, R's `frictionless::read_package()` and Python's
 * `frictionless.Package()` load it in one call.
 */
import { agreementDimensions } from '../dimensions.ts';
import { AGREEMENT_VALUES_HEADER, agreementsCsvHeader, CONTENT_LICENCE, DATASET_TITLE, type BuildFacts } from '../exports.ts';

type Field = { name: string; type: 'string' | 'integer'; title?: string; description?: string; format?: string; constraints?: Record<string, unknown> };

const CSV_DIALECT = { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true };

/**
 * The CSVs are UTF-8 and begin with a byte-order mark so that spreadsheets do not guess a legacy encoding; Frictionless
 * (Python), readr and pandas read past it.
 */
const CSV_NOTE = 'UTF-8 with a byte-order mark; RFC 4180; text cells that a spreadsheet would run as a formula begin with an apostrophe.';

function agreementsFields(): Field[] {
  const dimensionFields = agreementDimensions.map((dimension): Field => ({
    name: dimension.id,
    type: 'string',
    title: dimension.label,
    description: `${dimension.description} The value as the site shows it: "Unknown" or "Not applicable" where that is the answer; reports that disagree are separated by " | ".`,
    constraints: { required: true },
  }));
  const fixed: Record<string, Field> = {
    id: { name: 'id', type: 'string', title: 'Agreement id', description: 'The file name and the last part of the page address, "<sending>-<receiving>-<year>".', constraints: { required: true, unique: true } },
    title: { name: 'title', type: 'string', title: 'Title', constraints: { required: true } },
    url: { name: 'url', type: 'string', format: 'uri', title: 'Page address', constraints: { required: true } },
    sources: { name: 'sources', type: 'string', title: 'Sources', description: 'Every source the agreement cites: title (publisher, date) address, separated by " | ".' },
  };
  // The header is the wide CSV's own, so the schema cannot drift from the file.
  return agreementsCsvHeader().map((name) => fixed[name] ?? dimensionFields.find((field) => field.name === name)!);
}

const valuesFields: Record<(typeof AGREEMENT_VALUES_HEADER)[number], Field> = {
  agreement_id: { name: 'agreement_id', type: 'string', title: 'Agreement id', constraints: { required: true } },
  dimension: {
    name: 'dimension',
    type: 'string',
    title: 'Dimension id',
    description: 'A column of agreements.csv; its label and description are in that resource’s schema.',
    constraints: { required: true, enum: agreementDimensions.map((dimension) => dimension.id) },
  },
  report: { name: 'report', type: 'integer', title: 'Report number', description: 'Several reports where sources disagree, numbered from 1.', constraints: { required: true, minimum: 1 } },
  state: { name: 'state', type: 'string', title: 'State', description: 'known, unknown (no source gives it) or not-applicable.', constraints: { required: true, enum: ['known', 'unknown', 'not-applicable'] } },
  value: { name: 'value', type: 'string', title: 'Value', constraints: { required: true } },
  note: { name: 'note', type: 'string', title: 'Note' },
  sources: { name: 'sources', type: 'string', title: 'Source ids', description: 'Ids of the sources for this value, separated by spaces (files in content/sources/, keys of citedSources in agreements.json).' },
};

/** The descriptor, with resource paths relative to the folder it is published in. */
export function dataPackage(build: BuildFacts, release: string) {
  return {
    profile: 'tabular-data-package',
    name: 'migration-agreements-compared',
    title: DATASET_TITLE,
    description:
      'Bilateral migration agreements (third-country removal, safe third country, offshore processing, readmission, detention and funding deals) compared dimension by dimension; every value cites its sources.',
    version: release,
    created: build.built,
    homepage: new URL('/data/', build.siteUrl).href,
    licenses: [{ name: 'CC-BY-4.0', path: CONTENT_LICENCE.url, title: 'Creative Commons Attribution 4.0' }],
    contributors: [{ title: build.publisher, role: 'author' }],
    sources: [{ title: 'The sources cited by each value are listed in agreements.json (citedSources) and on each agreement page.', path: new URL('/agreements/', build.siteUrl).href }],
    resources: [
      {
        profile: 'tabular-data-resource',
        name: 'agreements',
        path: 'agreements.csv',
        title: 'Agreements, one row each, one column per dimension',
        description: CSV_NOTE,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: CSV_DIALECT,
        schema: { fields: agreementsFields(), primaryKey: ['id'] },
      },
      {
        profile: 'tabular-data-resource',
        name: 'agreement-values',
        path: 'agreement-values.csv',
        title: 'Every value of every agreement, one row per agreement, dimension and report',
        description: CSV_NOTE,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: CSV_DIALECT,
        schema: {
          fields: AGREEMENT_VALUES_HEADER.map((name) => valuesFields[name]),
          primaryKey: ['agreement_id', 'dimension', 'report'],
          foreignKeys: [{ fields: ['agreement_id'], reference: { resource: 'agreements', fields: ['id'] } }],
        },
      },
    ],
  };
}
