/**
 * `npm run build [-- astro build options]`: validates the content (every problem of every file, in one run) and
 * builds the site at the same time, on the machine's second core: at 10,000 agreements that saves the validation's
 * five seconds. The build's output is held back until the content has passed, so a contributor sees the validator's
 * report first; if it fails, the build is stopped and nothing is published (`dist/` changes only when a build
 * finishes, src/integrations/atomic-dist.ts). `astro build` runs with the native allocator settings of
 * src/integrations/build-memory.ts, which must be in the environment before the process starts; settings already in
 * the environment win.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { NATIVE_ALLOCATOR_ENV } from '../integrations/build-memory.ts';

/** The environment `astro build` runs in. */
export const astroBuildEnv = (env: NodeJS.ProcessEnv): NodeJS.ProcessEnv => ({
  ...NATIVE_ALLOCATOR_ENV,
  // Its output goes through a pipe here; keep the colours a terminal would show.
  ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
  ...env,
});

const exitCode = (child: ChildProcess): Promise<number> => new Promise((resolve) => child.on('close', (code) => resolve(code ?? 1)));

/** Runs the validator and the build side by side; resolves with the exit code `npm run build` should give. */
export async function validateAndBuild(validateArgs: string[], buildArgs: string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const validate = spawn(process.execPath, validateArgs, { stdio: 'inherit', env });
  const build = spawn(process.execPath, buildArgs, { stdio: ['ignore', 'pipe', 'pipe'], env: astroBuildEnv(env) });
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let passed = false;
  for (const [from, to] of [
    [build.stdout!, process.stdout],
    [build.stderr!, process.stderr],
  ] as const) {
    from.on('data', (chunk: Buffer) => (passed ? to.write(chunk) : held.push([to, chunk])));
  }
  const built = exitCode(build);
  const validated = await exitCode(validate);
  if (validated !== 0) {
    build.kill('SIGTERM');
    await built;
    return validated;
  }
  passed = true;
  for (const [to, chunk] of held.splice(0)) to.write(chunk);
  return built;
}

if (import.meta.main) {
  process.exitCode = await validateAndBuild(['src/cli/validate.ts'], ['node_modules/astro/bin/astro.mjs', 'build', ...process.argv.slice(2)]);
}
