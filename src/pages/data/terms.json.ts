/** /data/terms.json: every glossary term with its cited sources (see /data/). */
import type { APIRoute } from 'astro';
import { termsFileParts } from '../../lib/exports.ts';
import { buildFacts, siteContentSet } from '../../site/build.ts';
import { downloadResponse } from '../../site/json-response.ts';

export const GET: APIRoute = async ({ site }) => downloadResponse(termsFileParts(await siteContentSet(), buildFacts(site)));
