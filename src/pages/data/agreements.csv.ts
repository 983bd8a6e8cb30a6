/** /data/agreements.csv: one row per agreement, one column per registry dimension (see /data/). */
import type { APIRoute } from 'astro';
import { agreementsCsv } from '../../lib/exports.ts';
import { buildFacts, siteContentSet } from '../../site/build.ts';
import { csvResponse } from '../../site/download-response.ts';

export const GET: APIRoute = async ({ site }) => {
  const content = await siteContentSet();
  return csvResponse(() => agreementsCsv(content, buildFacts(site)));
};
