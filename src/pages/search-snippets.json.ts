/**
 * /search-snippets.json: the text under each result (by document number, as in /search-index.json), kept out of
 * the index so the first result needs only what matching needs; the search page fetches it once results are shown.
 */
import type { APIRoute } from 'astro';
import { buildSnippetList } from '../lib/search/index-build.ts';
import { siteSearchDocuments } from '../site/search.ts';

export const GET: APIRoute = async () => {
  const snippets = buildSnippetList(await siteSearchDocuments());
  return new Response(JSON.stringify(snippets), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
