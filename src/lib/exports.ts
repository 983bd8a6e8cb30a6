/**
 * The data downloads: agreements.json, terms.json, cases.json (every fact, each entry's cited sources written out in
 * full), agreements.csv (one row per agreement, one column per registry dimension) and the JSON Schema of the JSON
 * files. The file shapes are zod schemas built from the collection schemas, so the schema download and the files
 * cannot drift apart. Pure: the pages pass in the content and the build facts.
 */
import { z } from 'astro/zod';
import {
  agreementId,
  agreementSchema,
  caseId,
  caseSchema,
  countryId,
  countrySchema,
  sourceId,
  sourceSchema,
  termId,
  termSchema,
  type CollectionName,
  type Source,
} from '../schema/index.ts';
import { toCsv } from './csv.ts';
import { transferredFact } from './transfers/series.ts';
import { byId, CONTENT_LICENCE, contentNames, datasetInfo, datasetSchema, pageUrl, type BuildFacts, type ContentSet } from './dataset.ts';
import { agreementDimensions, factState, factText } from './dimensions.ts';
import { documentedJsonSchema, type JsonSchema } from './json-schema.ts';
import { PARTIAL_DATE } from '../schema/dates.ts';
import { entrySourceIds, sourcesThrough } from './sources-through.ts';

export { CONTENT_LICENCE, contentNames, DATASET_TITLE, datasetInfo, datasetSchema, pageUrl, type BuildFacts, type ContentSet, type DatasetInfo } from './dataset.ts';

type Entry<T> = { id: string; data: T; body?: string };

/** The published files, by path under the site root; the /data/ page and the endpoints read this one list. */
export const downloadPaths = {
  agreementsJson: '/data/agreements.json',
  agreementsCsv: '/data/agreements.csv',
  schema: '/data/schema.json',
  termsJson: '/data/terms.json',
  casesJson: '/data/cases.json',
  agreementValuesCsv: '/data/agreement-values.csv',
  dataPackage: '/data/datapackage.json',
  transfersCsv: '/data/transfers.csv',
  transfersJson: '/data/transfers.json',
  paymentsCsv: '/data/payments.csv',
  paymentsJson: '/data/payments.json',
} as const;

const sourceRecordSchema = sourceSchema.meta({ id: 'source', title: 'Source', description: 'One source that was read.' });

const citedSourcesSchema = z
  .record(sourceId, sourceRecordSchema)
  .describe('Every source the entry cites anywhere, by id: look up each `sources` id here.');

const entryFields = (idSchema: z.ZodString, what: string) => ({
  id: idSchema.describe(`Id of the ${what}: its file name and the last part of its address.`),
  url: z.url().describe(`Address of the ${what}'s page.`),
  sourcesThrough: z
    .string()
    .regex(PARTIAL_DATE)
    .nullable()
    .describe(`How current the ${what} is: the newest publication date among the sources it cites (fields and footnotes); null when none is dated.`),
});

const entryTail = {
  body: z.string().describe('The account on the page, in Markdown.'),
  citedSources: citedSourcesSchema,
};

export const agreementRecordSchema = z
  .strictObject({
    ...entryFields(agreementId, 'agreement'),
    ...agreementSchema.shape,
    transferred: z
      .strictObject({
        count: z.number().int().nonnegative().describe('People transferred.'),
        asOf: z.string().regex(PARTIAL_DATE).describe('The date of the newest transfer record.'),
        exact: z.boolean().describe('False when the number is a floor ("at least").'),
      })
      .nullable()
      .describe('People transferred, derived from `transfers` (transfers add up; a higher tally replaces the sum); null when no record gives a number.'),
    ...entryTail,
  })
  .meta({
    id: 'agreement',
    title: 'Agreement',
    description: 'One agreement: every field of content/agreements/<id>.md after validation, with its cited sources written out.',
  });

export const termRecordSchema = z
  .strictObject({ ...entryFields(termId, 'glossary term'), ...termSchema.shape, ...entryTail })
  .meta({ id: 'term', title: 'Glossary term', description: 'One glossary term, with its cited sources written out.' });

export const caseRecordSchema = z
  .strictObject({ ...entryFields(caseId, 'case'), ...caseSchema.shape, ...entryTail })
  .meta({ id: 'legal-case', title: 'Legal case', description: 'One legal challenge, with its cited sources written out.' });

export const countryRecordSchema = z
  .strictObject({
    name: countrySchema.shape.name,
    kind: countrySchema.shape.kind,
    iso2: countrySchema.shape.iso2,
    iso3: countrySchema.shape.iso3,
    url: z.url().describe("Address of the country's page."),
  })
  .meta({ id: 'country', title: 'Country or bloc', description: 'A party or payer named in the agreements.' });

export const agreementsFileSchema = z.strictObject({
  dataset: datasetSchema,
  countries: z.record(countryId, countryRecordSchema).describe('Every country and bloc in the knowledge base, by id.'),
  agreements: z.array(agreementRecordSchema).describe('Every agreement, in id order.'),
});

export const termsFileSchema = z.strictObject({
  dataset: datasetSchema,
  terms: z.array(termRecordSchema).describe('Every glossary term, in id order.'),
});

export const casesFileSchema = z.strictObject({
  dataset: datasetSchema,
  cases: z.array(caseRecordSchema).describe('Every legal case, in id order.'),
});

export type AgreementsFile = z.infer<typeof agreementsFileSchema>;
export type TermsFile = z.infer<typeof termsFileSchema>;
export type CasesFile = z.infer<typeof casesFileSchema>;


/** Every source an entry cites (fields, then prose footnotes), in the order it first cites them, written out in full. */
export function citedSources(collection: CollectionName, data: unknown, sources: Map<string, Source>, body = ''): Record<string, Source> {
  const cited: Record<string, Source> = {};
  for (const id of entrySourceIds(collection, data, body)) {
    const source = sources.get(id);
    if (!source) throw new Error(`a ${collection} entry cites an unknown source "${id}"`);
    cited[id] = source;
  }
  return cited;
}

/** Entries as download records: id and page address first, every validated field, the body, the cited sources. */
function* entryRecords<T, Derived extends object = object>(
  collection: CollectionName,
  entries: Entry<T>[],
  content: ContentSet,
  build: BuildFacts,
  derive: (data: T) => Derived = () => ({}) as Derived,
) {
  for (const { id, data, body } of byId(entries)) {
    const cited = citedSources(collection, data, content.sources, body ?? '');
    yield {
      id,
      url: pageUrl(build.siteUrl, collection, id),
      sourcesThrough: sourcesThrough(Object.keys(cited), (sourceId) => cited[sourceId]?.published),
      ...data,
      ...derive(data),
      body: body ?? '',
      citedSources: cited,
    };
  }
}

/**
 * A download file in parts: the fields before its one list, the list's key, and the list's records, built one by
 * one as they are read. The site writes big files from the parts (src/lib/json-pieces.ts); `…File` assembles them.
 */
export type DownloadParts<File, Key extends keyof File> = {
  head: Omit<File, Key>;
  listKey: Key;
  records: Iterable<File[Key] extends (infer Item)[] ? Item : never>;
};

export function agreementsFileParts(content: ContentSet, build: BuildFacts): DownloadParts<AgreementsFile, 'agreements'> {
  return {
    head: {
      dataset: datasetInfo(build),
      countries: Object.fromEntries(
        byId(content.countries).map(({ id, data }) => [
          id,
          {
            name: data.name,
            kind: data.kind,
            ...(data.iso2 ? { iso2: data.iso2 } : {}),
            ...(data.iso3 ? { iso3: data.iso3 } : {}),
            url: pageUrl(build.siteUrl, 'countries', id),
          },
        ]),
      ),
    },
    listKey: 'agreements',
    records: entryRecords('agreements', content.agreements, content, build, (data) => ({ transferred: transferredFact(data).value })),
  };
}

export function termsFileParts(content: ContentSet, build: BuildFacts): DownloadParts<TermsFile, 'terms'> {
  return { head: { dataset: datasetInfo(build) }, listKey: 'terms', records: entryRecords('terms', content.terms, content, build) };
}

export function casesFileParts(content: ContentSet, build: BuildFacts): DownloadParts<CasesFile, 'cases'> {
  return { head: { dataset: datasetInfo(build) }, listKey: 'cases', records: entryRecords('cases', content.cases, content, build) };
}

/** A whole download file from its parts, for tests and scripts; the site streams the parts instead. */
export function assembleDownload<File, Key extends keyof File>({ head, listKey, records }: DownloadParts<File, Key>): File {
  return { ...head, [listKey]: [...records] } as File;
}

export const agreementsFile = (content: ContentSet, build: BuildFacts): AgreementsFile => assembleDownload(agreementsFileParts(content, build));
export const termsFile = (content: ContentSet, build: BuildFacts): TermsFile => assembleDownload(termsFileParts(content, build));
export const casesFile = (content: ContentSet, build: BuildFacts): CasesFile => assembleDownload(casesFileParts(content, build));

/** Between several reports in one cell (sources that disagree); the registry's own lists use "; ". */
export const CSV_REPORT_SEPARATOR = ' | ';

/** The CSV header: id, title and page address, one column per registry dimension (by id), then the sources. */
export function agreementsCsvHeader(): string[] {
  return ['id', 'title', 'url', ...agreementDimensions.map((dimension) => dimension.id), 'sources'];
}

function sourceLine(source: Source): string {
  return `${source.title} (${source.publisher}, ${source.published ?? 'undated'}) ${source.url}`;
}

/**
 * agreements.csv: each cell is the value as the site shows it, "Unknown" or "Not applicable" (never blank, so the
 * two stay distinguishable), with reports that disagree side by side.
 */
export function agreementsCsv(content: ContentSet, build: Pick<BuildFacts, 'siteUrl'>): string {
  const names = contentNames(content);
  const rows = byId(content.agreements).map(({ id, data, body }) => [
    id,
    data.title,
    pageUrl(build.siteUrl, 'agreements', id),
    ...agreementDimensions.map((dimension) =>
      dimension
        .read(data)
        .map((fact) => factText(dimension, fact, names))
        .join(CSV_REPORT_SEPARATOR),
    ),
    Object.values(citedSources('agreements', data, content.sources, body)).map(sourceLine).join(CSV_REPORT_SEPARATOR),
  ]);
  return toCsv([agreementsCsvHeader(), ...rows], { bom: true });
}

/**
 * schema.json: the JSON Schema of agreements.json at its root, with every record type under `$defs` and the
 * shapes of terms.json and cases.json as `$defs/terms-file` and `$defs/cases-file`.
 */
export function downloadsJsonSchema(siteUrl: string, moreFiles: readonly (readonly [string, z.ZodType])[] = []): JsonSchema {
  const root = documentedJsonSchema(agreementsFileSchema, {
    id: new URL(downloadPaths.schema, siteUrl).href,
    title: 'Migration Agreements Compared: data downloads',
    description: `The shape of ${downloadPaths.agreementsJson} (this root), ${downloadPaths.termsJson} ($defs/terms-file), ${downloadPaths.casesJson} ($defs/cases-file)${
      moreFiles.length ? `, ${moreFiles.map(([name]) => `$defs/${name}`).join(', ')}` : ''
    }. Content licence: ${CONTENT_LICENCE.name}.`,
  });
  const defs = { ...(root.$defs as Record<string, JsonSchema>) };
  for (const [name, schema] of [
    ['terms-file', termsFileSchema],
    ['cases-file', casesFileSchema],
    ...moreFiles,
  ] as const) {
    const { $schema: _dialect, $defs, ...body } = documentedJsonSchema(schema);
    Object.assign(defs, $defs as Record<string, JsonSchema>, { [name]: body });
  }
  return { ...root, $defs: defs };
}

/** The long CSV's header: one row per agreement × dimension × report. */
export const AGREEMENT_VALUES_HEADER = ['agreement_id', 'dimension', 'report', 'state', 'value', 'note', 'sources'] as const;

/**
 * agreement-values.csv, the tidy long form: one row per agreement, dimension and report (sources that disagree give
 * several reports), with the value as the site shows it, whether it is known, unknown or not applicable, the note, and
 * the ids of its sources (separated by spaces; each is a file in content/sources/ and a key of `citedSources`).
 */
export function agreementValuesCsv(content: ContentSet): string {
  const names = contentNames(content);
  const rows: (string | number)[][] = [];
  for (const { id, data } of byId(content.agreements)) {
    for (const dimension of agreementDimensions) {
      dimension.read(data).forEach((fact, index) => {
        rows.push([id, dimension.id, index + 1, factState(fact), factText(dimension, fact, names), fact.note ?? '', fact.sources.join(' ')]);
      });
    }
  }
  return toCsv([[...AGREEMENT_VALUES_HEADER], ...rows], { bom: true });
}
