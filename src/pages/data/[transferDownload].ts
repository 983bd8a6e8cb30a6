/** /data/transfers.csv|json and /data/payments.csv|json: every transfer record and payment report (src/lib/transfers/exports.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { paymentsCsv, paymentsFile, transfersCsv, transfersFile } from '../../lib/transfers/exports.ts';
import { buildFacts, siteContentSet } from '../../site/build.ts';
import { csvResponse, jsonResponse } from '../../site/download-response.ts';

const files = {
  'transfers.csv': (content, build) => csvResponse(() => transfersCsv(content, build)),
  'transfers.json': (content, build) => jsonResponse(() => transfersFile(content, build)),
  'payments.csv': (content, build) => csvResponse(() => paymentsCsv(content, build)),
  'payments.json': (content, build) => jsonResponse(() => paymentsFile(content, build)),
} satisfies Record<string, (content: Awaited<ReturnType<typeof siteContentSet>>, build: ReturnType<typeof buildFacts>) => Response>;

export type TransferDownload = keyof typeof files;

export const getStaticPaths = (() => Object.keys(files).map((transferDownload) => ({ params: { transferDownload } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) => {
  const name = params.transferDownload as TransferDownload;
  return files[name](await siteContentSet(), buildFacts(site));
};
