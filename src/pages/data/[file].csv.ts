/**
 * /data/<file>.csv in `astro dev`: the data downloads, made by the makers a build writes them
 * with (src/site/published.ts, src/lib/published/files.ts). A build lists no paths here: it writes these files itself.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { devPublishedParams, publishedResponse } from '../../site/published.ts';

export const getStaticPaths = (async () => (await devPublishedParams('data', '.csv')).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => publishedResponse(`data/${params.file}.csv`);
