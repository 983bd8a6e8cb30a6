// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { markdownSettings } from './src/lib/markdown.ts';
import { pageScriptHash } from './src/site/page-script.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { contentStoreFromDisk } from './src/integrations/content-store-from-disk.ts';
import { buildMemory } from './src/integrations/build-memory.ts';
import { atomicDist } from './src/integrations/atomic-dist.ts';
import { publishedFiles } from './src/integrations/published-files.ts';
import { downloadSizes } from './src/integrations/download-sizes.ts';
import { agreementTransferFiles } from './src/integrations/agreement-transfer-files.ts';
import { versionedDownloads } from './src/integrations/versioned-downloads.ts';
import { currentVersionIsTagged, datasetVersion } from './src/lib/releases/current.ts';
import { requirePublishableAddress } from './src/integrations/site-address.ts';
import { siteAddress, siteAddressProblems } from './src/site/address.ts';

export default defineConfig({
  // The public address (site.config.json or SITE_URL): canonical URLs, citations, the sitemap and feeds use it.
  site: siteAddress.siteUrl,
  trailingSlash: 'always',
  // atomicDist last: it swaps the finished output into place after every other integration has written its files.
  integrations: [
    requirePublishableAddress(siteAddressProblems),
    mdx(),
    sitemap(),
    contentStoreFromDisk(),
    buildMemory(),
    // Before the integrations that read the data files at build:done: it moves them into the site.
    publishedFiles(),
    versionedDownloads({ version: datasetVersion(), tagged: currentVersionIsTagged }),
    downloadSizes(),
    agreementTransferFiles(),
    atomicDist(),
  ],
  // Four pages at a time: while one waits for its file to be written the next renders (measured with
  // `npm run bench:build`); the large downloads still take turns (src/site/download-response.ts).
  build: { format: 'directory', concurrency: 4 },
  markdown: markdownSettings,
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
