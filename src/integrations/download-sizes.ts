/**
 * Writes the size of each download into the /data/ page once the build has written the downloads themselves
 * (src/lib/download-sizes.ts). Runs before atomicDist swaps the output into place, like every file-writing hook.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { fillDownloadSizes } from '../lib/download-sizes.ts';

/** The built page that lists the downloads, relative to the output folder. */
export const DATA_PAGE_FILE = 'data/index.html';

/** Fills the page's placeholders from the files under `outDir`; throws if the page names a file the build did not write. */
export function writeDownloadSizes(outDir: string): string[] {
  const page = join(outDir, DATA_PAGE_FILE);
  const { html, filled, missing } = fillDownloadSizes(readFileSync(page, 'utf8'), (path) => {
    const file = join(outDir, path);
    return existsSync(file) ? statSync(file).size : undefined;
  });
  if (missing.length > 0) throw new Error(`download sizes: ${DATA_PAGE_FILE} lists files the build did not write: ${missing.join(', ')}`);
  writeFileSync(page, html);
  return filled;
}

export function downloadSizes(): AstroIntegration {
  return {
    name: 'migration-agreements-download-sizes',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const filled = writeDownloadSizes(fileURLToPath(dir));
        logger.info(`${DATA_PAGE_FILE}: ${filled.length} sizes`);
      },
    },
  };
}
