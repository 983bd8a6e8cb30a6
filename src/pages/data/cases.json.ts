/** /data/cases.json: every legal case with its events and cited sources (see /data/). */
import type { APIRoute } from 'astro';
import { casesFileParts } from '../../lib/exports.ts';
import { buildFacts, siteContentSet } from '../../site/build.ts';
import { jsonListResponse } from '../../site/download-response.ts';

export const GET: APIRoute = async ({ site }) => {
  const content = await siteContentSet();
  return jsonListResponse(() => casesFileParts(content, buildFacts(site)));
};
