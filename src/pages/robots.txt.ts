/**
 * /robots.txt, generated rather than kept in public/ because the Sitemap line must be an absolute address, and the
 * site address is configured once (site.config.json or SITE_URL; src/site/address.ts).
 */
import type { APIRoute } from 'astro';
import { buildFacts } from '../site/build.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL('/sitemap.xml', buildFacts(site).siteUrl).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
