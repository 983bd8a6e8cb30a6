/** /data/agreement-values.csv: every value of every agreement, one row per agreement, dimension and report. */
import type { APIRoute } from 'astro';
import { agreementValuesCsv } from '../../lib/exports.ts';
import { siteContentSet } from '../../site/build.ts';

export const GET: APIRoute = async () =>
  new Response(agreementValuesCsv(await siteContentSet()), { headers: { 'content-type': 'text/csv; charset=utf-8; header=present' } });
