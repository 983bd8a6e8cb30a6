import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { astroDevalue, CONTENT_STORE_MODULE_ID, contentStoreFromDiskPlugin, contentStoreModule } from '../../src/integrations/content-store-from-disk.ts';

const devalue = await import(pathToFileURL(astroDevalue()).href);
const folder = mkdtempSync(join(tmpdir(), 'content-store-'));
const storeFile = join(folder, 'data-store.json');
// The store as Astro writes it: collections by name, entries by id, flattened by devalue.
const collections = new Map([['agreements', new Map([['us-rwanda-2025', { id: 'us-rwanda-2025', data: { title: 'US–Rwanda' }, body: '## Background' }]])]]);
writeFileSync(storeFile, devalue.stringify(collections));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('contentStoreFromDiskPlugin', () => {
  const plugin = contentStoreFromDiskPlugin(storeFile);

  it('answers the store module with one that reads the store file, before Astro inlines it', () => {
    const result = plugin.load.handler(CONTENT_STORE_MODULE_ID);
    expect(result?.code).toBe(contentStoreModule(storeFile, astroDevalue()));
    expect(result?.code).not.toContain('agreements');
    expect(plugin.load.order).toBe('pre');
  });

  it('leaves every other module alone', () => {
    for (const id of ['/work/src/pages/index.astro', '\0astro:content', `${CONTENT_STORE_MODULE_ID}-chunk:1.json`]) {
      expect(plugin.load.filter.id.test(id)).toBe(false);
      expect(plugin.load.handler(id)).toBeNull();
    }
    expect(plugin.load.filter.id.test(CONTENT_STORE_MODULE_ID)).toBe(true);
  });

  it('leaves the module to Astro when there is no store file yet', () => {
    expect(contentStoreFromDiskPlugin(join(folder, 'missing.json')).load.handler(CONTENT_STORE_MODULE_ID)).toBeNull();
  });

  it('applies to the server-side build only, never to the browser bundle', () => {
    expect(plugin.applyToEnvironment({ config: { consumer: 'server' } })).toBe(true);
    expect(plugin.applyToEnvironment({ config: { consumer: 'client' } })).toBe(false);
  });

  it('generates a module that exports the collections themselves, as Astro’s runtime takes them', async () => {
    const modulePath = join(folder, 'store-module.mjs');
    writeFileSync(modulePath, contentStoreModule(storeFile, pathToFileURL(astroDevalue()).href));
    const loaded = await import(pathToFileURL(modulePath).href);
    expect(loaded.default).toBeInstanceOf(Map);
    expect(loaded.default).toEqual(collections);
  });
});
