import { describe, expect, it } from 'vitest';
import { buildMemory } from '../../src/integrations/build-memory.ts';

type SetupHook = (options: { command: string }) => void;

function flagsSetFor(command: string, growthPercent?: number): string[] {
  const flags: string[] = [];
  const integration = buildMemory({ growthPercent, setFlags: (flag) => flags.push(flag) });
  (integration.hooks['astro:config:setup'] as unknown as SetupHook)({ command });
  return flags;
}

describe('buildMemory', () => {
  it('caps V8 heap growth for `astro build`', () => {
    expect(flagsSetFor('build')).toEqual(['--heap-growing-percent=100']);
    expect(flagsSetFor('build', 50)).toEqual(['--heap-growing-percent=50']);
  });

  it('leaves dev servers, previews and checks with V8’s defaults', () => {
    for (const command of ['dev', 'preview', 'sync']) expect(flagsSetFor(command)).toEqual([]);
  });
});
