/** /data/cases.json: every legal case with its events and cited sources (see /data/). */
import type { APIRoute } from 'astro';
import { casesFileParts } from '../../lib/exports.ts';
import { buildFacts, siteContentSet } from '../../site/build.ts';
import { downloadResponse } from '../../site/json-response.ts';

export const GET: APIRoute = async ({ site }) => downloadResponse(casesFileParts(await siteContentSet(), buildFacts(site)));
