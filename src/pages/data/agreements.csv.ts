/** /data/agreements.csv: one row per agreement, one column per registry dimension (see /data/). */
import type { APIRoute } from 'astro';
import { agreementsCsv } from '../../lib/exports.ts';
import { buildFacts, siteContentSet } from '../../site/build.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(agreementsCsv(await siteContentSet(), buildFacts(site)), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });
