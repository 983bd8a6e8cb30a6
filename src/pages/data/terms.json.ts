/** /data/terms.json: every glossary term with its cited sources (see /data/). */
import type { APIRoute } from 'astro';
import { termsFile } from '../../lib/exports.ts';
import { buildFacts, siteContentSet } from '../../site/build.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(JSON.stringify(termsFile(await siteContentSet(), buildFacts(site)), null, 2), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
