import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildingFolderName, removeAbandonedBuilds, swapIntoPlace } from '../../../src/integrations/atomic-dist.ts';

const work = mkdtempSync(join(tmpdir(), 'atomic-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('atomic output', () => {
  it('swaps a finished build into place and removes the old output', () => {
    const outDir = join(work, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'old.html'), 'old');
    const building = join(work, buildingFolderName(outDir, 123));
    mkdirSync(building);
    writeFileSync(join(building, 'index.html'), 'new');
    swapIntoPlace(building, outDir);
    expect(readFileSync(join(outDir, 'index.html'), 'utf8')).toBe('new');
    expect(existsSync(join(outDir, 'old.html'))).toBe(false);
    expect(existsSync(building)).toBe(false);
  });

  it('works when there is no output yet', () => {
    const outDir = join(work, 'first');
    const building = join(work, buildingFolderName(outDir, 7));
    mkdirSync(building);
    swapIntoPlace(building, outDir);
    expect(existsSync(outDir)).toBe(true);
  });

  it('removes folders of builds whose process is gone, and keeps a running one', () => {
    const outDir = join(work, 'site');
    const abandoned = join(work, buildingFolderName(outDir, 2 ** 22 + 12345));
    const running = join(work, buildingFolderName(outDir, process.pid));
    mkdirSync(abandoned);
    mkdirSync(running);
    // A build's companion folders (the data files made beside it) go and stay with it.
    mkdirSync(`${abandoned}-published`);
    mkdirSync(`${running}-published`);
    removeAbandonedBuilds(outDir);
    expect(existsSync(abandoned)).toBe(false);
    expect(existsSync(`${abandoned}-published`)).toBe(false);
    expect(existsSync(running)).toBe(true);
    expect(existsSync(`${running}-published`)).toBe(true);
  });
});
