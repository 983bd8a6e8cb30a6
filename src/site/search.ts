/**
 * The site's search index, built once per build from the same collections the pages show, and cut into the pieces
 * the browser fetches (`src/lib/search/shards.ts`): /search-index/manifest.json and /search-index/<version>/<piece>.json.
 */
import { searchDocuments, type SearchDocument } from '../lib/search/documents.ts';
import { buildSearchIndex, buildSnippetList } from '../lib/search/index-build.ts';
import { shardSearchIndex, type ShardManifest } from '../lib/search/shards.ts';
import { siteData } from './data.ts';

let sharded: Promise<{ manifest: ShardManifest; files: Map<string, string> }> | undefined;

/**
 * The pieces, as the text of each file. Only the pieces are kept for the rest of the build: the documents, with every
 * body's text, are dropped once indexed.
 */
export function siteSearchShards(): Promise<{ manifest: ShardManifest; files: Map<string, string> }> {
  sharded ??= siteData().then(({ agreements, countries, terms, cases }) => {
    const documents: SearchDocument[] = searchDocuments({ agreements, countries, terms, cases });
    return shardSearchIndex(buildSearchIndex(documents), buildSnippetList(documents));
  });
  return sharded;
}

/** One piece of the index: its JSON text. */
export function searchPieceResponse(text: string): Response {
  return new Response(text, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}
