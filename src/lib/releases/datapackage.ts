/**
 * The Frictionless Data Package that describes the CSV downloads (`datapackage.json`): each file with its table schema
 * (fields from the one dimension registry, types, required fields, primary and foreign keys), the licence, the sources
 * and the dataset version, so `frictionless validate`, R's `frictionless::read_package()` and Python's
 * `frictionless.Package()` load it in one call.
 */
import { agreementDimensions } from '../dimensions.ts';
import { AGREEMENT_VALUES_HEADER, agreementsCsvHeader, CONTENT_LICENCE, DATASET_TITLE, type BuildFacts } from '../exports.ts';
import { PAYMENTS_CSV_HEADER, TRANSFERS_CSV_HEADER } from '../transfers/exports.ts';

type Field = { name: string; type: 'string' | 'integer' | 'number' | 'boolean'; title?: string; description?: string; format?: string; constraints?: Record<string, unknown> };

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

const text = (name: string, title: string, description?: string, required = false): Field => ({
  name,
  type: 'string',
  title,
  ...(description ? { description } : {}),
  ...(required ? { constraints: { required: true } } : {}),
});
const whole = (name: string, title: string, description: string, required = false): Field => ({
  name,
  type: 'integer',
  title,
  description,
  constraints: { ...(required ? { required: true } : {}), minimum: 0 },
});
const flag = (name: string, title: string, description: string): Field => ({ name, type: 'boolean', title, description });
const SOURCE_IDS = 'Ids of the sources, separated by spaces (files in content/sources/; written out in the JSON file).';
const SOURCE_URLS = 'Addresses of the same sources, in the same order, separated by spaces.';

const transfersFields: Record<(typeof TRANSFERS_CSV_HEADER)[number], Field> = {
  agreement_id: text('agreement_id', 'Agreement id', undefined, true),
  agreement: text('agreement', 'Agreement'),
  sending: text('sending', 'Sending parties', 'Names, separated by "; ".'),
  receiving: text('receiving', 'Receiving parties', 'Names, separated by "; ".'),
  record: whole('record', 'Record number', "The record's position among its agreement's records, from 1, oldest first.", true),
  date: text('date', 'Date', 'YYYY-MM-DD, YYYY-MM or YYYY: as precise as the sources.', true),
  date_approximate: flag('date_approximate', 'Date approximate', 'True when the sources give the date only roughly.'),
  kind: { name: 'kind', type: 'string', title: 'Kind', description: 'transfer: one group moved on the date; tally: a cumulative total reported as of the date.', constraints: { required: true, enum: ['transfer', 'tally'] } },
  report: whole('report', 'Report number', 'Several rows per record where sources give different numbers, numbered from 1.', true),
  people: text('people', 'People', 'The number as the source gives it ("7", "at least 19", "about 90", "30–40", "Unknown").', true),
  people_min: whole('people_min', 'People (lower end)', 'The number, or the lower end of a range or of "at least"; empty when unknown.'),
  people_max: whole('people_max', 'People (upper end)', 'The upper end: the number itself when exact, the top of a range; empty for "at least" and unknown.'),
  people_qualifier: { name: 'people_qualifier', type: 'string', title: 'Precision', constraints: { enum: ['exact', 'at-least', 'about', 'range', 'unknown'] } },
  running_total: whole('running_total', 'Running total', 'People known to have been transferred under the agreement by this record: transfers add up; a higher tally replaces the sum.', true),
  running_total_exact: flag('running_total_exact', 'Running total exact', 'False when the running total is a floor ("at least").'),
  nationalities: text('nationalities', 'Nationalities', 'Separated by "; ".'),
  held_at: text('held_at', 'Held or received at'),
  onward: text('onward', 'Onward removals', 'Later removals to another country: date, number, destination; separated by "; ".'),
  note: text('note', 'Note'),
  sources: text('sources', 'Source ids', SOURCE_IDS),
  source_urls: text('source_urls', 'Source addresses', SOURCE_URLS),
};

const paymentsFields: Record<(typeof PAYMENTS_CSV_HEADER)[number], Field> = {
  agreement_id: text('agreement_id', 'Agreement id', undefined, true),
  agreement: text('agreement', 'Agreement'),
  report: whole('report', 'Report number', "The report's position among its agreement's payment reports, from 1.", true),
  date: text('date', 'Date', 'When it was agreed, pledged or paid, as the sources give it.'),
  amount: { name: 'amount', type: 'number', title: 'Amount', description: 'In the currency given; empty when a payment is reported without an amount.', constraints: { minimum: 0 } },
  currency: text('currency', 'Currency', 'ISO 4217 code; amounts are never converted.'),
  payer: text('payer', 'Payer'),
  recipient: text('recipient', 'Recipient'),
  kind: { name: 'kind', type: 'string', title: 'Kind', constraints: { enum: ['', 'lump-sum', 'per-person', 'grant', 'in-kind', 'reimbursement', 'budget'] } },
  stage: { name: 'stage', type: 'string', title: 'Stage', constraints: { enum: ['', 'pledged', 'paid'] } },
  purpose: text('purpose', 'Purpose'),
  cost_per_person: whole('cost_per_person', 'Payment per person transferred', 'The amount divided by the people transferred, rounded; "at most" when people_transferred_exact is false.'),
  people_transferred: whole('people_transferred', 'People transferred', 'The number divided by, derived from the transfer records.'),
  people_transferred_exact: flag('people_transferred_exact', 'People transferred exact', 'False when the number of people is a floor.'),
  people_as_of: text('people_as_of', 'People as of', 'The date of that number.'),
  note: text('note', 'Note'),
  sources: text('sources', 'Source ids', `${SOURCE_IDS} Includes the sources of the number of people.`),
  source_urls: text('source_urls', 'Source addresses', SOURCE_URLS),
};

const agreementKey = [{ fields: ['agreement_id'], reference: { resource: 'agreements', fields: ['id'] } }];

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
          foreignKeys: agreementKey,
        },
      },
      {
        profile: 'tabular-data-resource',
        name: 'transfers',
        path: 'transfers.csv',
        title: 'Every reported transfer and tally, one row per record and report',
        description: CSV_NOTE,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: CSV_DIALECT,
        schema: { fields: TRANSFERS_CSV_HEADER.map((name) => transfersFields[name]), primaryKey: ['agreement_id', 'record', 'report'], foreignKeys: agreementKey },
      },
      {
        profile: 'tabular-data-resource',
        name: 'payments',
        path: 'payments.csv',
        title: 'Every reported payment or pledge, with the payment per person transferred',
        description: CSV_NOTE,
        format: 'csv',
        mediatype: 'text/csv',
        encoding: 'utf-8',
        dialect: CSV_DIALECT,
        schema: { fields: PAYMENTS_CSV_HEADER.map((name) => paymentsFields[name]), primaryKey: ['agreement_id', 'report'], foreignKeys: agreementKey },
      },
    ],
  };
}
