/**
 * /search-index/<version>/<piece>.json: the dictionaries, postings and result fragments of the search index, fetched
 * by the browser only as a query needs them (src/lib/search/shards.ts). The version names the content, so a piece can
 * be cached for good.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { searchPieceResponse, siteSearchShards } from '../../../site/search.ts';

export const getStaticPaths = (async () => {
  const { manifest, files } = await siteSearchShards();
  return [...files.keys()].map((file) => ({ params: { version: manifest.base, piece: file.slice(0, -'.json'.length) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const { files } = await siteSearchShards();
  const piece = files.get(`${params.piece}.json`);
  if (piece === undefined) return new Response('Not found', { status: 404 });
  return searchPieceResponse(piece);
};
