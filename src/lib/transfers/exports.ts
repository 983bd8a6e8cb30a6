/**
 * The transfer and payment downloads: data/transfers.csv|json (one row per transfer record and report, with the
 * running total derived from the records) and data/payments.csv|json (one row per payment report, with the cost per
 * person where a number transferred is known). The JSON shapes are zod schemas, so schema.json documents them.
 */
import { z } from 'astro/zod';
import { agreementId, paymentSchema, sourceId, sourceSchema, transferEventSchema, type Agreement, type Payment, type Source, type TransferEvent } from '../../schema/index.ts';
import { toCsv } from '../csv.ts';
import { byId, contentNames, datasetInfo, datasetSchema, pageUrl, type BuildFacts, type ContentSet } from '../dataset.ts';
import { costsPerPerson } from './money.ts';
import { cumulativeTransfers, eventSources, formatHeadcount } from './series.ts';


const agreementColumns = {
  agreement: agreementId.describe('The agreement the record belongs to (an id of agreements.json).'),
  agreementTitle: z.string().describe('Its short title.'),
  agreementUrl: z.url().describe("Address of the agreement's page."),
  sending: z.array(z.string()).describe('Sending parties (country ids).'),
  receiving: z.array(z.string()).describe('Receiving parties (country ids).'),
};

export const transferRecordSchema = z
  .strictObject({
    ...agreementColumns,
    record: z.number().int().positive().describe("The record's position among its agreement's transfer records, from 1, oldest first."),
    ...transferEventSchema.shape,
    runningTotal: z.number().int().nonnegative().describe('People known to have been transferred under the agreement by this date, derived from the records up to this one.'),
    runningTotalExact: z.boolean().describe('False when the running total is a floor ("at least").'),
  })
  .meta({ id: 'transfer-record', title: 'Transfer record', description: 'One reported transfer or cumulative tally, with every report of its number.' });

export const paymentRecordSchema = z
  .strictObject({
    ...agreementColumns,
    report: z.number().int().positive().describe("The report's position among its agreement's payment reports, from 1."),
    value: paymentSchema.nullable().describe('The payment; null when a source reports one without an amount (see note).'),
    sources: z.array(sourceId).describe('Sources of the report.'),
    note: z.string().optional().describe('Context, or why the amount is unknown.'),
    costPerPerson: z
      .strictObject({
        perPerson: z.number().int().describe('The amount divided by the people transferred, rounded.'),
        people: z.number().int().positive().describe('People transferred, as derived from the transfer records.'),
        asOf: z.string().describe('The date of that number.'),
        peopleExact: z.boolean().describe('False when the number of people is a floor: the cost per person is then at most the figure.'),
        transferSources: z.array(sourceId).describe('Sources of the number of people.'),
      })
      .nullable()
      .describe('Cost per person transferred, where the amount and the number of people are both known; null otherwise.'),
  })
  .meta({ id: 'payment-record', title: 'Payment report', description: 'One reported payment or pledge, with the cost per person transferred where known.' });

const sourcesMapSchema = z.record(sourceId, sourceSchema).describe('Every source the records cite, by id.');

export const transfersFileSchema = z.strictObject({
  dataset: datasetSchema,
  sources: sourcesMapSchema,
  transfers: z.array(transferRecordSchema).describe('Every transfer record, by agreement id then date.'),
});

export const paymentsFileSchema = z.strictObject({
  dataset: datasetSchema,
  sources: sourcesMapSchema,
  payments: z.array(paymentRecordSchema).describe('Every payment report, by agreement id.'),
});

/** The two files' shapes, for schema.json. */
export const transferDownloadSchemas = [
  ['transfers-file', transfersFileSchema],
  ['payments-file', paymentsFileSchema],
] as const;

export type TransferRecord = z.infer<typeof transferRecordSchema>;
export type PaymentRecord = z.infer<typeof paymentRecordSchema>;
export type TransfersFile = z.infer<typeof transfersFileSchema>;
export type PaymentsFile = z.infer<typeof paymentsFileSchema>;

function columnsOf(id: string, agreement: Agreement, siteUrl: string) {
  return {
    agreement: id,
    agreementTitle: agreement.shortTitle,
    agreementUrl: pageUrl(siteUrl, 'agreements', id),
    sending: agreement.parties.value?.sending ?? [],
    receiving: agreement.parties.value?.receiving ?? [],
  };
}

export function transferRecords(content: Pick<ContentSet, 'agreements'>, siteUrl: string): TransferRecord[] {
  return byId(content.agreements).flatMap(({ id, data }) => {
    const steps = cumulativeTransfers(data.transfers);
    return data.transfers.map((event, index) => ({
      ...columnsOf(id, data, siteUrl),
      record: index + 1,
      ...event,
      runningTotal: steps[index].total,
      runningTotalExact: steps[index].exact,
    }));
  });
}

export function paymentRecords(content: Pick<ContentSet, 'agreements'>, siteUrl: string): PaymentRecord[] {
  return byId(content.agreements).flatMap(({ id, data }) => {
    const costs = costsPerPerson(data);
    return data.payments.map((report, index) => {
      const payment = report.value as Payment | null;
      const cost = payment && payment.kind !== 'per-person' ? costs.find((entry) => entry.amount === payment.amount && entry.currency === payment.currency && entry.payer === payment.payer) : undefined;
      return {
        ...columnsOf(id, data, siteUrl),
        report: index + 1,
        value: payment,
        sources: [...report.sources],
        ...(report.note ? { note: report.note } : {}),
        costPerPerson: cost
          ? { perPerson: cost.perPerson, people: cost.people, asOf: cost.asOf, peopleExact: cost.peopleExact, transferSources: cost.transferSources }
          : null,
      };
    });
  });
}

function citedIn<T>(records: T[], sourcesOf: (record: T) => string[], sources: Map<string, Source>): Record<string, Source> {
  const ids = new Set<string>();
  for (const record of records) for (const id of sourcesOf(record)) ids.add(id);
  const out: Record<string, Source> = {};
  for (const id of [...ids].sort()) {
    const source = sources.get(id);
    if (!source) throw new Error(`a transfer or payment record cites an unknown source "${id}"`);
    out[id] = source;
  }
  return out;
}

const transferRecordSources = (record: TransferRecord) => [...record.people.flatMap((report) => report.sources), ...record.onward.flatMap((onward) => onward.sources)];
const paymentRecordSources = (record: PaymentRecord) => [...record.sources, ...(record.costPerPerson?.transferSources ?? [])];

export function transfersFile(content: ContentSet, build: BuildFacts): TransfersFile {
  const transfers = transferRecords(content, build.siteUrl);
  return { dataset: datasetInfo(build), sources: citedIn(transfers, transferRecordSources, content.sources), transfers };
}

export function paymentsFile(content: ContentSet, build: BuildFacts): PaymentsFile {
  const payments = paymentRecords(content, build.siteUrl);
  return { dataset: datasetInfo(build), sources: citedIn(payments, paymentRecordSources, content.sources), payments };
}

export const TRANSFERS_CSV_HEADER = [
  'agreement_id',
  'agreement',
  'sending',
  'receiving',
  'record',
  'date',
  'date_approximate',
  'kind',
  'report',
  'people',
  'people_min',
  'people_max',
  'people_qualifier',
  'running_total',
  'running_total_exact',
  'nationalities',
  'held_at',
  'onward',
  'note',
  'sources',
  'source_urls',
] as const;

const urlsOf = (ids: string[], sources: Map<string, Source>) => ids.map((id) => sources.get(id)?.url ?? '').join(' ');

/** transfers.csv: one row per transfer record and report (reports that disagree on one record are rows of their own). */
export function transfersCsv(content: ContentSet, build: Pick<BuildFacts, 'siteUrl'>): string {
  const names = contentNames(content);
  const rows: (string | number)[][] = [];
  for (const record of transferRecords(content, build.siteUrl)) {
    const onward = record.onward
      .map((step) => `${step.date}: ${step.people ? `${formatHeadcount(step.people)} ` : ''}to ${step.to}${step.note ? ` (${step.note})` : ''}`)
      .join('; ');
    record.people.forEach((report, index) => {
      const value = report.value;
      const sources = [...report.sources, ...record.onward.flatMap((step) => step.sources)];
      rows.push([
        record.agreement,
        record.agreementTitle,
        record.sending.map(names.country).join('; '),
        record.receiving.map(names.country).join('; '),
        record.record,
        record.date,
        record.approximate ? 'true' : 'false',
        record.kind,
        index + 1,
        value ? formatHeadcount(value) : 'Unknown',
        value ? value.count : '',
        value ? (value.max ?? (value.qualifier ? '' : value.count)) : '',
        value ? (value.max !== undefined ? 'range' : (value.qualifier ?? 'exact')) : 'unknown',
        record.runningTotal,
        record.runningTotalExact ? 'true' : 'false',
        (record.nationalities ?? []).join('; '),
        record.heldAt ?? '',
        onward,
        [report.note, record.note].filter(Boolean).join(' '),
        [...new Set(sources)].join(' '),
        urlsOf([...new Set(sources)], content.sources),
      ]);
    });
  }
  return toCsv([[...TRANSFERS_CSV_HEADER], ...rows], { bom: true });
}

export const PAYMENTS_CSV_HEADER = [
  'agreement_id',
  'agreement',
  'report',
  'date',
  'amount',
  'currency',
  'payer',
  'recipient',
  'kind',
  'stage',
  'purpose',
  'cost_per_person',
  'people_transferred',
  'people_transferred_exact',
  'people_as_of',
  'note',
  'sources',
  'source_urls',
] as const;

/** payments.csv: one row per payment report, with the cost per person transferred where both numbers are known. */
export function paymentsCsv(content: ContentSet, build: Pick<BuildFacts, 'siteUrl'>): string {
  const names = contentNames(content);
  const rows = paymentRecords(content, build.siteUrl).map((record) => {
    const payment = record.value;
    const cost = record.costPerPerson;
    const sources = [...new Set(paymentRecordSources(record))];
    return [
      record.agreement,
      record.agreementTitle,
      record.report,
      payment?.date ?? '',
      payment ? payment.amount : '',
      payment?.currency ?? '',
      payment ? names.country(payment.payer) : '',
      payment ? names.country(payment.recipient ?? record.receiving[0] ?? '') : '',
      payment?.kind ?? '',
      payment?.stage ?? '',
      payment?.purpose ?? '',
      cost ? cost.perPerson : '',
      cost ? cost.people : '',
      cost ? (cost.peopleExact ? 'true' : 'false') : '',
      cost ? cost.asOf : '',
      record.note ?? '',
      sources.join(' '),
      urlsOf(sources, content.sources),
    ];
  });
  return toCsv([[...PAYMENTS_CSV_HEADER], ...rows], { bom: true });
}


export const AGREEMENT_TRANSFERS_CSV_HEADER = ['record', 'date', 'kind', 'people', 'added', 'running_total', 'running_total_exact', 'sources', 'source_urls'] as const;

/**
 * The data of one agreement's transfers chart (/agreements/<id>/transfers.csv): one row per record, with the running
 * total the chart draws at that record.
 */
export function agreementTransfersCsv(agreement: Pick<Agreement, 'transfers'>, sources: Map<string, Source>): string {
  const rows = cumulativeTransfers(agreement.transfers).map((step) => {
    const event = agreement.transfers[step.index];
    const ids = eventSources(event);
    const people = event.people.map((report) => (report.value ? formatHeadcount(report.value) : 'Unknown')).join(' | ');
    return [step.index + 1, step.date, step.kind, people, step.added, step.total, step.exact ? 'true' : 'false', ids.join(' '), urlsOf(ids, sources)];
  });
  return toCsv([[...AGREEMENT_TRANSFERS_CSV_HEADER], ...rows], { bom: true });
}

/** Where an agreement's chart data is published, from the site root. */
export const agreementTransfersCsvPath = (id: string) => `/agreements/${id}/transfers.csv`;

/**
 * Every agreement's chart data (path → CSV text), cut from the published transfers.json: each record there carries
 * its transfer event whole, so the events are read back by the schema's own keys and written by
 * {@link agreementTransfersCsv}, exactly as from the agreement files. The build writes these files once transfers.json
 * exists (src/integrations/agreement-transfer-files.ts) instead of rendering 8,000 one-file routes at 10,000 agreements.
 */
export function agreementTransfersCsvFiles(file: Pick<TransfersFile, 'transfers' | 'sources'>): Map<string, string> {
  const eventKeys = transferEventSchema.keyof().options;
  const events = new Map<string, TransferEvent[]>();
  for (const record of file.transfers) {
    const event = Object.fromEntries(eventKeys.filter((key) => record[key] !== undefined).map((key) => [key, record[key]])) as TransferEvent;
    const list = events.get(record.agreement);
    if (list) list.push(event);
    else events.set(record.agreement, [event]);
  }
  const sources = new Map(Object.entries(file.sources));
  return new Map([...events].map(([id, transfers]) => [agreementTransfersCsvPath(id), agreementTransfersCsv({ transfers }, sources)]));
}
