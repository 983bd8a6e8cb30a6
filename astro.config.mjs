// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinksPlugin } from './src/lib/external-links.ts';
import { pageScriptHash } from './src/site/page-script.ts';
import { sitemap } from './src/integrations/sitemap.ts';

/** The public address the site is published at; canonical URLs, citations, the sitemap and feeds use it. */
export const SITE_URL = process.env.SITE_URL ?? 'https://migration-agreements.example.org';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  integrations: [mdx(), sitemap()],
  build: { format: 'directory' },
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [externalLinksPlugin] }) },
  devToolbar: { enabled: false },
  // No preload helper in page scripts: it would triple the header's search loader, which must stay under 2 KB; the
  // search code is fetched on first focus anyway, before the reader has typed a word.
  vite: { environments: { client: { build: { modulePreload: false } } } },
  // A strict Content-Security-Policy on every page: Astro hashes its own scripts and styles; nothing third-party.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { hashes: [pageScriptHash] },
    },
  },
});
