/**
 * /search-index.json: the search index, built once per site build from the same collections the pages show and
 * fetched by the browser only when a reader starts to search.
 */
import type { APIRoute } from 'astro';
import { render } from 'astro:content';
import { searchDocuments } from '../lib/search/documents.ts';
import { buildSearchIndex } from '../lib/search/index-build.ts';
import { splitMarkdown } from '../lib/search/markdown.ts';
import { siteData } from '../site/data.ts';

export const GET: APIRoute = async () => {
  const { agreements, countries, terms, cases } = await siteData();
  // Section results link to heading ids; stop the build if ours ever differ from the ids Astro rendered.
  for (const entry of agreements) {
    const rendered = (await render(entry)).headings.filter((heading) => heading.depth === 2).map((heading) => heading.slug);
    const computed = splitMarkdown(entry.body ?? '').sections.map((section) => section.slug);
    if (rendered.join('\n') !== computed.join('\n')) {
      throw new Error(`Search: section ids of agreement ${entry.id} differ from the page's heading ids: ${computed.join(', ')} vs ${rendered.join(', ')}`);
    }
  }
  const index = buildSearchIndex(searchDocuments({ agreements, countries, terms, cases }));
  return new Response(JSON.stringify(index), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
