/**
 * Keeps `astro build` close to the memory its data needs.
 *
 * V8: generating thousands of pages leaves a steady stream of short-lived garbage, and V8 by default lets the heap grow
 * to several times the live data before a full collection: at 10,000 agreements the build's peak memory swung between
 * 1.6 and 2 GB from run to run with the same live data. Capping each growth step at `growthPercent` keeps the peak near
 * the live data whatever the run. V8 keeps the pages of a heap that has shrunk, so the highest the heap ever reached
 * stays in the build's peak: at 10,000 agreements (about 450 MB live) 100 % gave 1.65 GB, 50 % 1.46 GB in the same
 * time, 25 % 1.38 GB but slower (`npm run bench:build`). A growth cap, not a heap limit: a bigger site still builds,
 * it just uses more.
 *
 * The bundler: Vite's bundler (Rolldown) and Astro's compiler are native code with their own allocator (mimalloc),
 * which by default keeps the memory the bundling freed for later use. No later use comes: the pages are generated in
 * JavaScript after bundling, so about 300 MB stayed resident for the rest of the build. The allocator reads its
 * settings from the environment when it loads, before any Astro code runs, so `npm run build` (src/cli/build.ts)
 * starts `astro build` with them; a plain `astro build` still works and says what it is missing.
 */
import { setFlagsFromString } from 'node:v8';
import type { AstroIntegration } from 'astro';

/** Return freed native memory to the system at once, and reserve it only as it is used. */
export const NATIVE_ALLOCATOR_ENV = { MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' } as const;

/** What a build started without the allocator settings should be told, or undefined when they are set. */
export function allocatorHint(env: NodeJS.ProcessEnv): string | undefined {
  const missing = Object.keys(NATIVE_ALLOCATOR_ENV).filter((name) => env[name] === undefined);
  if (missing.length === 0) return undefined;
  return `${missing.join(' and ')} not set: the bundler keeps the memory it freed (about 300 MB at 10,000 agreements); \`npm run build\` sets them`;
}

export function buildMemory({
  growthPercent = 50,
  setFlags = setFlagsFromString,
  env = process.env,
}: { growthPercent?: number; setFlags?: (flags: string) => void; env?: NodeJS.ProcessEnv } = {}): AstroIntegration {
  return {
    name: 'migration-agreements-build-memory',
    hooks: {
      'astro:config:setup': ({ command, logger }) => {
        // Dev servers and `astro check` keep V8's defaults; only the build generates every page in one process.
        if (command !== 'build') return;
        setFlags(`--heap-growing-percent=${growthPercent}`);
        const hint = allocatorHint(env);
        if (hint) logger.info(hint);
      },
    },
  };
}
