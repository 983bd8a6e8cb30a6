/** /transfers/lifespans.csv: the data of the lifespan chart, one row per drawn stretch of an agreement's life. */
import type { APIRoute } from 'astro';
import { LIFESPAN_CSV_HEADER, lifespanRows } from '../../lib/charts/lifespan.ts';
import { toCsv } from '../../lib/csv.ts';
import { siteTransfers } from '../../site/transfers.ts';
import { csvResponse } from '../../site/download-response.ts';

export const GET: APIRoute = async () => {
  const { lifespans, now } = await siteTransfers();
  return csvResponse(() => toCsv([[...LIFESPAN_CSV_HEADER], ...lifespanRows(lifespans, now)], { bom: true }));
};
