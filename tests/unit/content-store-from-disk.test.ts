import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_STORE_MODULE_ID, contentStoreFromDiskPlugin, contentStoreModule } from '../../src/integrations/content-store-from-disk.ts';

const folder = mkdtempSync(join(tmpdir(), 'content-store-'));
const storeFile = join(folder, 'data-store.json');
const store = [['Map', 1], ['agreements', 2], ['Map']];
writeFileSync(storeFile, JSON.stringify(store));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('contentStoreFromDiskPlugin', () => {
  const plugin = contentStoreFromDiskPlugin(storeFile);

  it('replaces the inlined store module with one that reads the store file', () => {
    const inlined = `export default JSON.parse(${JSON.stringify(JSON.stringify(store))})`;
    const result = plugin.transform(inlined, CONTENT_STORE_MODULE_ID);
    expect(result?.code).toBe(contentStoreModule(storeFile));
    expect(result?.code).not.toContain('agreements');
  });

  it('leaves every other module alone', () => {
    expect(plugin.transform('export default 1', '/work/src/pages/index.astro')).toBeNull();
    expect(plugin.transform('export default 1', '\0astro:content')).toBeNull();
  });

  it('keeps Astro’s own module when there is no store file yet', () => {
    expect(contentStoreFromDiskPlugin(join(folder, 'missing.json')).transform('export default new Map()', CONTENT_STORE_MODULE_ID)).toBeNull();
  });

  it('applies to the server-side build only, never to the browser bundle', () => {
    expect(plugin.applyToEnvironment({ config: { consumer: 'server' } })).toBe(true);
    expect(plugin.applyToEnvironment({ config: { consumer: 'client' } })).toBe(false);
  });

  it('generates a module that yields exactly the data in the file', async () => {
    const modulePath = join(folder, 'store-module.mjs');
    writeFileSync(modulePath, contentStoreModule(storeFile));
    const loaded = await import(pathToFileURL(modulePath).href);
    expect(loaded.default).toEqual(store);
  });
});
