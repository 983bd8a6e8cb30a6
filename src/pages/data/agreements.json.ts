/** /data/agreements.json: every agreement with every fact and its cited sources (see /data/). */
import type { APIRoute } from 'astro';
import { agreementsFileParts } from '../../lib/exports.ts';
import { buildFacts, siteContentSet } from '../../site/build.ts';
import { jsonListResponse } from '../../site/download-response.ts';

export const GET: APIRoute = async ({ site }) => {
  const content = await siteContentSet();
  return jsonListResponse(() => agreementsFileParts(content, buildFacts(site)));
};
