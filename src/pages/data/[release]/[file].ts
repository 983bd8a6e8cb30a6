/**
 * /data/vX.Y.Z/<file>: the downloads of each dataset version at a path that never changes, so a citation of a version
 * keeps resolving after later releases: every tagged release is rebuilt from its own content (src/site/releases.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import type { ContentSet } from '../../../lib/exports.ts';
import { versionedFile } from '../../../lib/published/files.ts';
import { VERSIONED_FILES, type VersionedFile } from '../../../lib/releases/versioned-files.ts';
import { buildFacts } from '../../../site/build.ts';
import { siteReleases } from '../../../site/releases.ts';
import { CONTENT_TYPES, downloadResponse } from '../../../site/download-response.ts';

// Only tagged releases are built here; the current, untagged version's files are copies of the latest downloads
// (src/integrations/versioned-downloads.ts).
export const getStaticPaths = (async () =>
  (await siteReleases()).filter((release) => release.tagged).flatMap((release) =>
    VERSIONED_FILES.map((file) => ({ params: { release: `v${release.version}`, file }, props: { release: release.version, content: release.content } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, props, site }) => {
  const { release, content } = props as { release: string; content: ContentSet };
  const file = versionedFile(params.file as VersionedFile, content, { ...buildFacts(site), release }, `data/${params.release}`);
  return downloadResponse(CONTENT_TYPES[file.format], file.text);
};
