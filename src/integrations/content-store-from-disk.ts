/**
 * Static builds read the content store from disk when pages are generated, instead of carrying it inside the bundle.
 * Astro inlines the whole store (data-store.json) into the prerender bundle as one string literal: at 10,000 agreements
 * a 50 MB module the bundler must parse, which the generating process then holds for the whole build, together with
 * the store's flattened copy that the module exports. Here the module reads the file and exports the store itself, so
 * only the entries stay in memory.
 * If a future Astro stops asking for the module by this id, the plugin never matches and Astro's own behaviour stands:
 * slower, never wrong.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id Astro's content runtime imports the store from (`astro:data-layer-content`, resolved as a virtual module). */
export const CONTENT_STORE_MODULE_ID = '\0astro:data-layer-content';

/** The devalue Astro itself writes the store with, so reading uses the same format version. */
export const astroDevalue = (): string => createRequire(createRequire(import.meta.url).resolve('astro/package.json')).resolve('devalue');

/**
 * The module that replaces the inlined store: it parses the store file when the first page asks for content and
 * exports the collections as a Map, which Astro's runtime uses as it is.
 */
export function contentStoreModule(storeFile: string, devalueModule: string): string {
  return [
    `import { readFileSync } from 'node:fs';`,
    `import { parse } from ${JSON.stringify(devalueModule)};`,
    `export default parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));`,
    '',
  ].join('\n');
}

/**
 * A Vite plugin for the server-side build environments only (the browser never imports the content store). Its load
 * hook runs first (`order: 'pre'`), ahead of Astro's own, which would read and parse the whole store only to inline it.
 */
export function contentStoreFromDiskPlugin(storeFile: string, devalueModule = astroDevalue()) {
  return {
    name: 'migration-agreements:content-store-from-disk',
    applyToEnvironment: (environment: { config: { consumer: string } }) => environment.config.consumer === 'server',
    load: {
      order: 'pre' as const,
      filter: { id: new RegExp(`^${CONTENT_STORE_MODULE_ID}$`) },
      handler(id: string) {
        // No store file means no content yet: leave the module to Astro, which answers with an empty store.
        if (id !== CONTENT_STORE_MODULE_ID || !existsSync(storeFile)) return null;
        return { code: contentStoreModule(storeFile, devalueModule), map: { mappings: '' } };
      },
    },
  };
}

export function contentStoreFromDisk(): AstroIntegration {
  return {
    name: 'migration-agreements-content-store-from-disk',
    hooks: {
      'astro:config:setup': ({ command, config, updateConfig }) => {
        // `astro build` keeps the store in cacheDir; dev serves it from .astro/ through Vite, which stays as it is.
        if (command !== 'build') return;
        updateConfig({ vite: { plugins: [contentStoreFromDiskPlugin(fileURLToPath(new URL('data-store.json', config.cacheDir)))] } });
      },
    },
  };
}
