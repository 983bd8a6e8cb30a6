/**
 * Nothing partial: `astro build` writes into a fresh folder beside the output folder and, only once every page and
 * file is written (the last `astro:build:done` hook), swaps it into place. A failed or killed build leaves the last
 * good `dist/` as it was; what it left half-written is removed by the next build. It applies to every way a build is
 * started (`npm run build`, `astro build` run directly, `--outDir`), because it lives in the Astro config.
 */
import { existsSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The folder a build in progress writes to, beside the output folder: `.dist.building-<pid>`. */
export const buildingFolderName = (outDir: string, pid: number) => `.${basename(outDir)}.building-${pid}`;

const isRunning = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** Removes folders left by builds whose process is gone (killed or crashed). */
export function removeAbandonedBuilds(outDir: string): void {
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}.building-`;
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    // The pid leads the rest of the name (`.dist.building-123`, and its companions such as `.dist.building-123-published`).
    const pid = Number.parseInt(name.slice(prefix.length), 10);
    if (!Number.isInteger(pid) || !isRunning(pid)) rmSync(join(parent, name), { recursive: true, force: true });
  }
}

/** Puts a finished build in place of the output folder; the old output is removed only after the swap. */
export function swapIntoPlace(building: string, outDir: string): void {
  const retired = `${building}.retired`;
  if (existsSync(outDir)) renameSync(outDir, retired);
  renameSync(building, outDir);
  rmSync(retired, { recursive: true, force: true });
}

export function atomicDist(): AstroIntegration {
  let outDir: string | undefined;
  let building: string | undefined;
  return {
    name: 'migration-agreements-atomic-dist',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        if (command !== 'build') return;
        outDir = fileURLToPath(config.outDir).replace(/[\\/]$/, '');
        removeAbandonedBuilds(outDir);
        building = join(dirname(outDir), buildingFolderName(outDir, process.pid));
        updateConfig({ outDir: pathToFileURL(`${building}/`) });
      },
      // Listed last in astro.config.mjs, so every other integration has written its files before the swap.
      'astro:build:done': ({ logger }) => {
        if (!outDir || !building) return;
        swapIntoPlace(building, outDir);
        logger.info(`Output swapped into ${outDir}`);
      },
    },
  };
}
