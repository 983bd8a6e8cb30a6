/** /data/agreements.json: every agreement with every fact and its cited sources (see /data/). */
import type { APIRoute } from 'astro';
import { agreementsFile } from '../../lib/exports.ts';
import { buildFacts, siteContentSet } from '../../site/build.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(agreementsFile(await siteContentSet(), buildFacts(site)), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
