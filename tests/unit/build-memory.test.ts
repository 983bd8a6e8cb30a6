import { describe, expect, it } from 'vitest';
import { allocatorHint, buildMemory, NATIVE_ALLOCATOR_ENV } from '../../src/integrations/build-memory.ts';
import { astroBuildEnv } from '../../src/cli/build.ts';
import packageJson from '../../package.json' with { type: 'json' };

type SetupHook = (options: { command: string; logger: { info: (message: string) => void } }) => void;

function flagsSetFor(command: string, growthPercent?: number): string[] {
  const flags: string[] = [];
  const integration = buildMemory({ growthPercent, setFlags: (flag) => flags.push(flag), env: NATIVE_ALLOCATOR_ENV });
  (integration.hooks['astro:config:setup'] as unknown as SetupHook)({ command, logger: { info: () => {} } });
  return flags;
}

describe('buildMemory', () => {
  it('caps V8 heap growth for `astro build`', () => {
    expect(flagsSetFor('build')).toEqual(['--heap-growing-percent=50']);
    expect(flagsSetFor('build', 25)).toEqual(['--heap-growing-percent=25']);
  });

  it('leaves dev servers, previews and checks with V8’s defaults', () => {
    for (const command of ['dev', 'preview', 'sync']) expect(flagsSetFor(command)).toEqual([]);
  });

  it('starts `astro build` from `npm run build` with the allocator settings, and lets the environment override them', () => {
    expect(packageJson.scripts.build).toBe('node src/cli/build.ts');
    expect(astroBuildEnv({ PATH: '/bin' })).toMatchObject({ PATH: '/bin', MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' });
    expect(astroBuildEnv({ MIMALLOC_PURGE_DELAY: '10' }).MIMALLOC_PURGE_DELAY).toBe('10');
  });

  it('says what a plain `astro build` is missing, once, and nothing when the settings are there', () => {
    expect(allocatorHint({ MIMALLOC_PURGE_DELAY: '0' })).toMatch(/^MIMALLOC_ARENA_EAGER_COMMIT not set: .*`npm run build` sets them$/);
    expect(allocatorHint({ ...NATIVE_ALLOCATOR_ENV })).toBeUndefined();
    const said: string[] = [];
    const integration = buildMemory({ setFlags: () => {}, env: {} });
    (integration.hooks['astro:config:setup'] as unknown as SetupHook)({ command: 'build', logger: { info: (message) => said.push(message) } });
    expect(said).toHaveLength(1);
  });
});
