/**
 * /agreements/<id>/transfers.csv in `astro dev`: the numbers the agreement's transfers chart draws, one row per
 * transfer record. A build writes the same files from /data/transfers.json when it is done
 * (src/integrations/agreement-transfer-files.ts), so here it lists no paths and renders nothing.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { agreementTransfersCsv } from '../../../lib/transfers/exports.ts';
import { siteContentSet } from '../../../site/build.ts';
import { siteData, type AgreementEntry } from '../../../site/data.ts';
import { csvResponse } from '../../../site/download-response.ts';
import { buildPublishFolder } from '../../../site/published.ts';

export const getStaticPaths = (async () => {
  // Not `import.meta.env.DEV`, which follows NODE_ENV: a build run by the tests (NODE_ENV=test) would route them too.
  if (buildPublishFolder()) return [];
  const { agreements } = await siteData();
  return agreements.filter((entry) => entry.data.transfers.length > 0).map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { entry } = props as { entry: AgreementEntry };
  const { sources } = await siteContentSet();
  return csvResponse(() => agreementTransfersCsv(entry.data, sources));
};
