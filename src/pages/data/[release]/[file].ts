/**
 * /data/vX.Y.Z/<file>: the downloads of each dataset version at a path that never changes, so a citation of a version
 * keeps resolving after later releases: every tagged release is rebuilt from its own content (src/site/releases.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { agreementsCsv, agreementsFileParts, agreementValuesCsv, casesFileParts, termsFileParts } from '../../../lib/exports.ts';
import { dataPackage } from '../../../lib/releases/datapackage.ts';
import { paymentsCsv, paymentsFile, transfersCsv, transfersFile } from '../../../lib/transfers/exports.ts';
import type { ContentSet } from '../../../lib/exports.ts';
import { buildFacts } from '../../../site/build.ts';
import { siteReleases } from '../../../site/releases.ts';
import { csvResponse, jsonListResponse, jsonResponse } from '../../../site/download-response.ts';

import { VERSIONED_FILES } from '../../../lib/releases/versioned-files.ts';

export { VERSIONED_FILES };

// Only tagged releases are built here; the current, untagged version's files are copies of the latest downloads
// (src/integrations/versioned-downloads.ts).
export const getStaticPaths = (async () =>
  (await siteReleases()).filter((release) => release.tagged).flatMap((release) =>
    VERSIONED_FILES.map((file) => ({ params: { release: `v${release.version}`, file }, props: { release: release.version, content: release.content } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const { release, content } = props as { release: string; content: ContentSet };
  const build = { ...buildFacts(site), release };
  switch (params.file as (typeof VERSIONED_FILES)[number]) {
    case 'agreements.csv':
      return csvResponse(() => agreementsCsv(content, build));
    case 'agreement-values.csv':
      return csvResponse(() => agreementValuesCsv(content));
    case 'agreements.json':
      return jsonListResponse(() => agreementsFileParts(content, build));
    case 'cases.json':
      return jsonListResponse(() => casesFileParts(content, build));
    case 'terms.json':
      return jsonListResponse(() => termsFileParts(content, build));
    case 'transfers.csv':
      return csvResponse(() => transfersCsv(content, build));
    case 'payments.csv':
      return csvResponse(() => paymentsCsv(content, build));
    case 'transfers.json':
      return jsonResponse(() => transfersFile(content, build));
    case 'payments.json':
      return jsonResponse(() => paymentsFile(content, build));
    default:
      return jsonResponse(() => dataPackage(build, build.release));
  }
};
