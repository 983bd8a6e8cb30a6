/**
 * `npm run build [-- astro build options]`: validates the content (every problem of every file, in one run), then
 * runs `astro build` with the native allocator settings of src/integrations/build-memory.ts, which must be in the
 * environment before the process starts. Settings already in the environment win.
 */
import { spawnSync } from 'node:child_process';
import { NATIVE_ALLOCATOR_ENV } from '../integrations/build-memory.ts';

/** The environment `astro build` runs in. */
export const astroBuildEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({ ...NATIVE_ALLOCATOR_ENV, ...env });

function run(args: string[], env: NodeJS.ProcessEnv): void {
  const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (import.meta.main) {
  run(['src/cli/validate.ts'], process.env);
  run(['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)], astroBuildEnv(process.env));
}
