/**
 * Static builds read the content store from disk when pages are generated, instead of carrying it inside the bundle.
 * Astro inlines the whole store (data-store.json) into the prerender bundle as one string literal: at 10,000 agreements
 * a 50 MB module the bundler must parse, which the generating process then holds twice (module source and literal) for
 * the whole build. Reading the same file at generation time yields the same data without either cost.
 * If a future Astro stops asking for the module by this id, the plugin never matches and Astro's own behaviour stands:
 * slower, never wrong.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id Astro's content runtime imports the store from (`astro:data-layer-content`, resolved as a virtual module). */
export const CONTENT_STORE_MODULE_ID = '\0astro:data-layer-content';

/** The module that replaces the inlined store: it parses the store file when the first page asks for content. */
export function contentStoreModule(storeFile: string): string {
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storeFile)}, 'utf8'));\n`;
}

/**
 * A Vite plugin for the server-side build environments only (the browser never imports the content store). Astro's
 * own plugin answers the load first, so this one swaps the module's code right after, before the bundler parses it.
 */
export function contentStoreFromDiskPlugin(storeFile: string) {
  return {
    name: 'migration-agreements:content-store-from-disk',
    applyToEnvironment: (environment: { config: { consumer: string } }) => environment.config.consumer === 'server',
    transform(_code: string, id: string) {
      // No store file means no content yet: keep Astro's empty store.
      if (id !== CONTENT_STORE_MODULE_ID || !existsSync(storeFile)) return null;
      return { code: contentStoreModule(storeFile), map: { mappings: '' } };
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
