/**
 * /search-index.json: the search index, built once per site build from the same collections the pages show and
 * fetched by the browser only when a reader starts to search. Section results link to heading ids; the content tests
 * check that the ids search computes are the ids the pages render (tests/content/markdown-headings.test.ts).
 */
import type { APIRoute } from 'astro';
import { buildSearchIndex } from '../lib/search/index-build.ts';
import { siteSearchDocuments } from '../site/search.ts';

export const GET: APIRoute = async () => {
  const index = buildSearchIndex(await siteSearchDocuments());
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
