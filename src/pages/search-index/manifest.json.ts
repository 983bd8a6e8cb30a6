/**
 * /search-index/manifest.json: the one piece of the search index every first query fetches (what kind each document
 * is, where the other pieces are). Section results link to heading ids; the content tests check that the ids search
 * computes are the ids the pages render (tests/content/markdown-headings.test.ts).
 */
import type { APIRoute } from 'astro';
import { searchPieceResponse, siteSearchShards } from '../../site/search.ts';

export const GET: APIRoute = async () => searchPieceResponse(JSON.stringify((await siteSearchShards()).manifest));
