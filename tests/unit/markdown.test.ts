import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { splitMarkdown } from '../../src/lib/search/markdown.ts';

describe('renderMarkdown', () => {
  it('renders a body with heading ids and returns its headings', async () => {
    const { html, headings } = await renderMarkdown('Intro.\n\n## How it works\n\nText with *emphasis*.\n\n### Detail\n');
    expect(html).toContain('<h2 id="how-it-works">How it works</h2>');
    expect(html).toContain('<em>emphasis</em>');
    expect(headings).toEqual([
      { depth: 2, slug: 'how-it-works', text: 'How it works' },
      { depth: 3, slug: 'detail', text: 'Detail' },
    ]);
  });

  it('marks links to other sites noopener noreferrer and leaves internal links alone', async () => {
    const { html } = await renderMarkdown('See [the ruling](https://www.supremecourt.gov/x) and [CECOT](/terms/cecot/).');
    expect(html).toContain('<a href="https://www.supremecourt.gov/x" rel="noopener noreferrer">the ruling</a>');
    expect(html).toContain('<a href="/terms/cecot/">CECOT</a>');
  });

  it('gives repeated, accented and punctuated headings the ids search links to', async () => {
    const body = [
      '## Background',
      'a',
      '## Background',
      'b',
      "## What's disputed: non-refoulement?",
      'c',
      '### Côte d’Ivoire',
      'd',
      '## Côte d’Ivoire',
      'e',
      '## The *Trump v. D.V.D.* order',
      'f',
    ].join('\n\n');
    const rendered = (await renderMarkdown(body)).headings.filter((heading) => heading.depth === 2).map((heading) => heading.slug);
    expect(rendered).toEqual(splitMarkdown(body).sections.map((section) => section.slug));
    expect(rendered).toContain('background-1');
  });

  it('renders an empty body to nothing', async () => {
    expect(await renderMarkdown('')).toEqual({ html: '', headings: [] });
  });
});
