/**
 * The files the content publishes without a page (src/lib/published/files.ts: the data downloads, the comparison's
 * data and the search index) are written straight to disk as they are made, not returned as route responses: Astro
 * reads a response whole into memory and copies it once more before writing it, and routes each file on its own. At
 * 10,000 agreements that held agreements.json (92 MB) twice and routed 2,159 pieces of the search index one by one.
 *
 * In a build, one route (src/pages/published-files.ts) writes them all into a folder beside the build's output,
 * named here and handed over in `PUBLISH_FOLDER_VARIABLE`; when the pages are done they are moved into the site,
 * before the integrations that read them (download sizes, versioned copies, agreement chart files). `astro dev` serves
 * each file from the same makers (src/site/published.ts).
 */
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { PUBLISH_FOLDER_VARIABLE } from '../lib/published/write.ts';

/** The folder the published files are written into, beside the build's output folder. */
export const publishedFolderOf = (outDir: string): string => `${outDir.replace(/[\\/]$/, '')}-published`;

/**
 * Moves every file under `from` to the same place under `to`; returns how many. A file the build has written itself
 * is an error: one path, one maker.
 */
export function moveInto(from: string, to: string): number {
  const files = readdirSync(from, { recursive: true, encoding: 'utf8' }).filter((path) => statSync(join(from, path)).isFile());
  for (const path of files) {
    const target = join(to, path);
    if (existsSync(target)) throw new Error(`published files: ${path} was also written by the build`);
    mkdirSync(dirname(target), { recursive: true });
    renameSync(join(from, path), target);
  }
  rmSync(from, { recursive: true, force: true });
  return files.length;
}

export function publishedFiles({ env = process.env }: { env?: NodeJS.ProcessEnv } = {}): AstroIntegration {
  let folder: string | undefined;
  return {
    name: 'migration-agreements-published-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        folder = publishedFolderOf(fileURLToPath(config.outDir));
      },
      'astro:build:start': () => {
        if (!folder) return;
        rmSync(folder, { recursive: true, force: true });
        // The build's pages run in this process: the route that writes the files reads where from here.
        env[PUBLISH_FOLDER_VARIABLE] = folder;
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!folder) return;
        if (!existsSync(folder)) throw new Error('published files: nothing was written (src/pages/published-files.ts did not run)');
        logger.info(`${moveInto(folder, fileURLToPath(dir))} data and search files`);
      },
    },
  };
}
