/**
 * Not a page: in a build, the one route that writes the files the content publishes without a page (the data
 * downloads, the comparison's data, the search index) into the folder src/integrations/published-files.ts names,
 * each written as it is made instead of returned as a response Astro would hold whole in memory. Its own response
 * has no body, so nothing is written at /published-files/. `astro dev` serves the files one by one
 * (src/pages/data/[file].json.ts, [file].csv.ts, src/pages/search-index/[...piece].json.ts) and answers 404 here.
 */
import type { APIRoute } from 'astro';
import { buildPublishFolder, writeSitePublishedFiles } from '../site/published.ts';

export const GET: APIRoute = async () => {
  const folder = buildPublishFolder();
  if (!folder) return new Response('Not found', { status: 404 });
  await writeSitePublishedFiles(folder);
  return new Response(null, { status: 204 });
};
