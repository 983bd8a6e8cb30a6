/** /data/cases.json: every legal case with its events and cited sources (see /data/). */
import type { APIRoute } from 'astro';
import { casesFile } from '../../lib/exports.ts';
import { buildFacts, siteContentSet } from '../../site/build.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(casesFile(await siteContentSet(), buildFacts(site)), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
