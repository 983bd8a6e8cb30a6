/**
 * Writes /sitemap.xml after the build from the pages Astro actually built, so a new page is listed without anyone
 * editing a list. (@astrojs/sitemap writes a sitemap index under other names; the public address here is /sitemap.xml.)
 */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { isListedPage, sitemapXml } from '../lib/feeds.ts';

export function sitemap(): AstroIntegration {
  let site: string | undefined;
  return {
    name: 'migration-agreements-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:done': async ({ dir, pages, logger }) => {
        if (!site) throw new Error('sitemap: set `site` in astro.config.mjs; a sitemap needs absolute addresses');
        const urls = pages
          .map((page) => page.pathname)
          .filter(isListedPage)
          .map((pathname) => new URL(pathname.replace(/^\/*/, '/'), site).href);
        await writeFile(new URL('sitemap.xml', dir), sitemapXml(urls), 'utf8');
        logger.info(`sitemap.xml: ${urls.length} pages`);
      },
    },
  };
}
