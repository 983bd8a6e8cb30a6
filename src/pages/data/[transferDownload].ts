/** /data/transfers.csv|json and /data/payments.csv|json: every transfer record and payment report (src/lib/transfers/exports.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { paymentsCsv, paymentsFile, transfersCsv, transfersFile } from '../../lib/transfers/exports.ts';
import { buildFacts, siteContentSet } from '../../site/build.ts';
import { CONTENT_TYPES, downloadResponse } from '../../site/download-response.ts';

const files = {
  'transfers.csv': (content, build) => transfersCsv(content, build),
  'transfers.json': (content, build) => `${JSON.stringify(transfersFile(content, build), null, 2)}\n`,
  'payments.csv': (content, build) => paymentsCsv(content, build),
  'payments.json': (content, build) => `${JSON.stringify(paymentsFile(content, build), null, 2)}\n`,
} satisfies Record<string, (content: Awaited<ReturnType<typeof siteContentSet>>, build: ReturnType<typeof buildFacts>) => string>;

export type TransferDownload = keyof typeof files;

export const getStaticPaths = (() => Object.keys(files).map((transferDownload) => ({ params: { transferDownload } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.transferDownload as TransferDownload;
  const content = await siteContentSet();
  return downloadResponse(name.endsWith('.csv') ? CONTENT_TYPES.csv : CONTENT_TYPES.json, () => files[name](content, buildFacts(site)));
};
