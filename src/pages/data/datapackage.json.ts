/** /data/datapackage.json: the Frictionless Data Package describing the CSV downloads beside it. */
import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/releases/datapackage.ts';
import { buildFacts } from '../../site/build.ts';
import { jsonResponse } from '../../site/download-response.ts';

export const GET: APIRoute = ({ site }) => {
  const build = buildFacts(site);
  return jsonResponse(() => dataPackage(build, build.release));
};
