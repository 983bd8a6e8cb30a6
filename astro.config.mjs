// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinksPlugin } from './src/lib/external-links.ts';
import { themeScriptHash } from './src/site/theme-script.ts';

/** The public address the site is published at; canonical URLs, citations, the sitemap and feeds use it. */
export const SITE_URL = process.env.SITE_URL ?? 'https://migration-agreements.example.org';

export default defineConfig({
  site: SITE_URL,
  trailingSlash: 'always',
  integrations: [mdx()],
  build: { format: 'directory' },
  markdown: { syntaxHighlight: false, processor: satteri({ hastPlugins: [externalLinksPlugin] }) },
  devToolbar: { enabled: false },
  // A strict Content-Security-Policy on every page: Astro hashes its own scripts and styles; nothing third-party.
  security: {
    csp: {
      directives: ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"],
      scriptDirective: { hashes: [themeScriptHash] },
    },
  },
});
