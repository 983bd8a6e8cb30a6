/** /data/terms.json: every glossary term with its cited sources (see /data/). */
import type { APIRoute } from 'astro';
import { termsFileParts } from '../../lib/exports.ts';
import { buildFacts, siteContentSet } from '../../site/build.ts';
import { jsonListResponse } from '../../site/download-response.ts';

export const GET: APIRoute = async ({ site }) => {
  const content = await siteContentSet();
  return jsonListResponse(() => termsFileParts(content, buildFacts(site)));
};
