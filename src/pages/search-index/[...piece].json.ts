/**
 * /search-index/manifest.json and /search-index/<version>/<piece>.json in `astro dev`: the search index's pieces
 * (src/lib/search/shards.ts), made by the makers a build writes them with (src/site/published.ts). A build lists no
 * paths here: it writes these files itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { devPublishedParams, publishedResponse } from '../../site/published.ts';

export const getStaticPaths = (async () => (await devPublishedParams('search-index', '.json')).map((piece) => ({ params: { piece } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => publishedResponse(`search-index/${params.piece}.json`);
