/**
 * The current dataset version's files at `/data/vX.Y.Z/`: when the version in CITATION.cff is not yet tagged, its
 * files are exactly the latest downloads, so they are copied once the build has written those rather than built twice
 * (at 10,000 agreements, building the JSON twice cost the build tens of seconds). Tagged releases are built from their
 * own content by src/pages/data/[release]/[file].ts.
 */
import { copyFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { VERSIONED_FILES } from '../lib/releases/versioned-files.ts';

export function versionedDownloads({ version, tagged }: { version: string; tagged: () => boolean }): AstroIntegration {
  return {
    name: 'migration-agreements-versioned-downloads',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        if (tagged()) return;
        const data = join(fileURLToPath(dir), 'data');
        const target = join(data, `v${version}`);
        mkdirSync(target, { recursive: true });
        for (const file of VERSIONED_FILES) {
          if (!existsSync(join(data, file))) throw new Error(`versioned downloads: data/${file} was not built`);
          copyFileSync(join(data, file), join(target, file));
        }
        logger.info(`data/v${version}/: ${VERSIONED_FILES.length} files`);
      },
    },
  };
}
