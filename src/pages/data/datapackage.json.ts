/** /data/datapackage.json: the Frictionless Data Package describing the CSV downloads beside it. */
import type { APIRoute } from 'astro';
import { dataPackage } from '../../lib/releases/datapackage.ts';
import { buildFacts } from '../../site/build.ts';

export const GET: APIRoute = ({ site }) => {
  const build = buildFacts(site);
  return new Response(`${JSON.stringify(dataPackage(build, build.release), null, 2)}\n`, { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
