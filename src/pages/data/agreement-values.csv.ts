/** /data/agreement-values.csv: every value of every agreement, one row per agreement, dimension and report. */
import type { APIRoute } from 'astro';
import { agreementValuesCsv } from '../../lib/exports.ts';
import { siteContentSet } from '../../site/build.ts';
import { csvResponse } from '../../site/download-response.ts';

export const GET: APIRoute = async () => {
  const content = await siteContentSet();
  return csvResponse(() => agreementValuesCsv(content));
};
