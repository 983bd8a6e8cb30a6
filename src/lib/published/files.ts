/**
 * The files a build makes from the content alone, with no page rendered: the data downloads under /data/, the
 * comparison's data and the search index. One list with one maker per file, so however they are made — written
 * straight to disk by a build (src/integrations/published-files.ts), served by `astro dev`, or rebuilt for a tagged
 * release — they are the same bytes from the same content.
 */
import { agreementsCsv, agreementsFileParts, agreementValuesCsv, casesFileParts, termsFileParts, type BuildFacts, type ContentSet } from '../exports.ts';
import { prettyJsonPieces, type JsonListFile } from '../json-pieces.ts';
import { dataPackage } from '../releases/datapackage.ts';
import { VERSIONED_FILES, type VersionedFile } from '../releases/versioned-files.ts';
import { searchDocuments } from '../search/documents.ts';
import { buildSearchIndex, buildSnippetList } from '../search/index-build.ts';
import { shardSearchIndex, type ShardManifest } from '../search/shards.ts';
import { paymentsCsv, paymentsFile, transfersCsv, transfersFile } from '../transfers/exports.ts';
import type { ComparableRecord } from '../compare.ts';
import { compareData } from './compare-data.ts';

export type PublishedFormat = 'json' | 'csv';

/** A file and how to make its text: in pieces (a long list, a record at a time) or whole. */
export type PublishedFile = {
  /** Path under the site root, without the leading slash: `data/agreements.json`. */
  path: string;
  format: PublishedFormat;
  text: () => Iterable<string> | string;
};

/** Pretty JSON, as every data file is written, ending with a line break. */
const prettyJson = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

const listFile = (file: () => JsonListFile) => () => prettyJsonPieces(file());

/** How each versioned data file is made from a content set; `build.release` names the version it belongs to. */
const versionedMakers: Record<VersionedFile, { format: PublishedFormat; text: (content: ContentSet, build: BuildFacts) => PublishedFile['text'] }> = {
  'agreements.csv': { format: 'csv', text: (content, build) => () => agreementsCsv(content, build) },
  'agreement-values.csv': { format: 'csv', text: (content) => () => agreementValuesCsv(content) },
  'agreements.json': { format: 'json', text: (content, build) => listFile(() => agreementsFileParts(content, build)) },
  'cases.json': { format: 'json', text: (content, build) => listFile(() => casesFileParts(content, build)) },
  'terms.json': { format: 'json', text: (content, build) => listFile(() => termsFileParts(content, build)) },
  'transfers.csv': { format: 'csv', text: (content, build) => () => transfersCsv(content, build) },
  'transfers.json': { format: 'json', text: (content, build) => () => prettyJson(transfersFile(content, build)) },
  'payments.csv': { format: 'csv', text: (content, build) => () => paymentsCsv(content, build) },
  'payments.json': { format: 'json', text: (content, build) => () => prettyJson(paymentsFile(content, build)) },
  'datapackage.json': { format: 'json', text: (_content, build) => () => prettyJson(dataPackage(build, build.release)) },
};

/** One versioned data file (`agreements.json`, …) of a content set, at `folder` (`data` or `data/v1.2.0`). */
export function versionedFile(name: VersionedFile, content: ContentSet, build: BuildFacts, folder = 'data'): PublishedFile {
  const { format, text } = versionedMakers[name];
  return { path: `${folder}/${name}`, format, text: text(content, build) };
}

/** The path of the comparison's data. */
export const COMPARE_DATA_PATH = 'data/compare.json';

/** The search index's manifest, the one piece every first query fetches; the other pieces sit in `search-index/<base>/`. */
export const SEARCH_MANIFEST_PATH = 'search-index/manifest.json';

export type SearchIndexFiles = { manifest: ShardManifest; files: Map<string, string> };

/**
 * The search index of a content set, cut into the pieces the browser fetches (src/lib/search/shards.ts). Made at once:
 * the pieces' folder is named by a hash of their content.
 */
export function searchIndexFiles(content: Pick<ContentSet, 'agreements' | 'countries' | 'terms' | 'cases'>): SearchIndexFiles {
  const documents = searchDocuments(content);
  return shardSearchIndex(buildSearchIndex(documents), buildSnippetList(documents));
}

/** The path of a piece of the search index. */
export const searchPiecePath = (manifest: ShardManifest, piece: string): string => `search-index/${manifest.base}/${piece}`;

/** The search index's files: the manifest, then every piece. Its own generator, so the index is let go once written. */
function* searchIndexPublished(content: Pick<ContentSet, 'agreements' | 'countries' | 'terms' | 'cases'>): Generator<PublishedFile> {
  const { manifest, files } = searchIndexFiles(content);
  yield { path: SEARCH_MANIFEST_PATH, format: 'json', text: () => JSON.stringify(manifest) };
  for (const [piece, text] of files) yield { path: searchPiecePath(manifest, piece), format: 'json', text: () => text };
}

/**
 * Every file the current content publishes without a page: the search index, the latest data downloads and the
 * comparison's data. Made one at a time as they are asked for, so a writer holds one file's making at once (the
 * search index is the largest, so it comes first). The content comes in the site's order (src/site/data.ts), which
 * the lists in the files follow.
 */
export function* publishedFiles(
  content: ContentSet,
  build: BuildFacts,
  { compareRecords }: { /** The comparison records, when the caller has made them already. */ compareRecords?: ComparableRecord[] } = {},
): Generator<PublishedFile> {
  yield* searchIndexPublished(content);
  for (const name of VERSIONED_FILES) yield versionedFile(name, content, build);
  yield { path: COMPARE_DATA_PATH, format: 'json', text: () => JSON.stringify(compareData(content, compareRecords)) };
}

/**
 * Route params for the published files under `folder/` ending in `extension`: the rest of each path without the
 * extension, which the route's file name carries (`[file].json.ts`), so Astro serves the file at its own address with
 * no trailing slash added.
 */
export function publishedRouteParams(paths: Iterable<string>, folder: string, extension: string): string[] {
  return [...paths].filter((path) => path.startsWith(`${folder}/`) && path.endsWith(extension)).map((path) => path.slice(folder.length + 1, -extension.length));
}
