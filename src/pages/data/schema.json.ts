/** /data/schema.json: the JSON Schema of the JSON downloads, generated from the zod schemas. */
import type { APIRoute } from 'astro';
import { allDownloadsJsonSchema } from '../../lib/downloads-schema.ts';
import { buildFacts } from '../../site/build.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(JSON.stringify(allDownloadsJsonSchema(buildFacts(site).siteUrl), null, 2), {
    headers: { 'content-type': 'application/schema+json; charset=utf-8' },
  });
