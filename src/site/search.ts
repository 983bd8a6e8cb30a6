/**
 * The site's search index, built once per build from the same collections the pages show, and cut into the pieces
 * the browser fetches (`src/lib/search/shards.ts`): /search-index/manifest.json and /search-index/<version>/<piece>.json.
 */
import { searchDocuments, type SearchDocument } from '../lib/search/documents.ts';
import { buildSearchIndex, buildSnippetList } from '../lib/search/index-build.ts';
import { shardSearchIndex, type ShardManifest } from '../lib/search/shards.ts';
import { siteData } from './data.ts';

let documents: Promise<SearchDocument[]> | undefined;
let sharded: Promise<{ manifest: ShardManifest; files: Map<string, unknown> }> | undefined;

export function siteSearchDocuments(): Promise<SearchDocument[]> {
  documents ??= siteData().then(({ agreements, countries, terms, cases }) => searchDocuments({ agreements, countries, terms, cases }));
  return documents;
}

export function siteSearchShards(): Promise<{ manifest: ShardManifest; files: Map<string, unknown> }> {
  sharded ??= siteSearchDocuments().then((docs) => shardSearchIndex(buildSearchIndex(docs), buildSnippetList(docs)));
  return sharded;
}

/** One piece of the index as compact JSON. */
export function searchPieceResponse(piece: unknown): Response {
  return new Response(JSON.stringify(piece), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
