/**
 * Keeps `astro build` close to the memory its data needs. Generating thousands of pages leaves a steady stream of
 * short-lived garbage, and V8 by default lets the heap grow to several times the live data before a full collection:
 * at 10,000 agreements the build's peak memory swung between 1.6 and 2 GB from run to run with the same live data.
 * Capping each growth step at `growthPercent` keeps the peak near the live data whatever the run, at no cost in time
 * (measured with `npm run bench:build`). A growth cap, not a heap limit: a bigger site still builds, it just uses more.
 */
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

export function buildMemory({ growthPercent = 100, setFlags = setFlagsFromString }: { growthPercent?: number; setFlags?: (flags: string) => void } = {}): AstroIntegration {
  return {
    name: 'migration-agreements-build-memory',
    hooks: {
      'astro:config:setup': ({ command }) => {
        // Dev servers and `astro check` keep V8's defaults; only the build generates every page in one process.
        if (command === 'build') setFlags(`--heap-growing-percent=${growthPercent}`);
      },
    },
  };
}
