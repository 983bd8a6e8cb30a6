/**
 * Search results and each page's "On this page" list link to `#section` ids computed from the Markdown; every real body
 * must render those very ids.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { sectionHeadings, splitMarkdown } from '../../src/lib/search/markdown.ts';

const bodies = readContent('content').filter((file) => file.extension === '.md' && file.body.trim() !== '');

describe('section ids of content bodies', () => {
  it('reads the Markdown files', () => {
    expect(bodies.filter((file) => file.collection === 'agreements').length).toBeGreaterThanOrEqual(20);
  });

  it('are the same in the search index and on the rendered pages', async () => {
    const mismatches: string[] = [];
    for (const file of bodies) {
      const rendered = (await renderMarkdown(file.body)).headings.filter((heading) => heading.depth === 2).map((heading) => heading.slug);
      const computed = splitMarkdown(file.body).sections.map((section) => section.slug);
      const listed = sectionHeadings(file.body).map((section) => section.slug);
      if (rendered.join('\n') !== computed.join('\n')) mismatches.push(`${file.path}: search ${computed.join(', ')} vs page ${rendered.join(', ')}`);
      if (rendered.join('\n') !== listed.join('\n')) mismatches.push(`${file.path}: "On this page" ${listed.join(', ')} vs page ${rendered.join(', ')}`);
    }
    expect(mismatches).toEqual([]);
  });
});
