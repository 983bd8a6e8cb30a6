import GithubSlugger from 'github-slugger';
import { describe, expect, it } from 'vitest';
import { inlineText, plainText, sectionHeadings, splitMarkdown } from '../../../src/lib/search/markdown.ts';

describe('inlineText', () => {
  it('keeps the words readers see and drops Markdown marks', () => {
    expect(inlineText('See [the ruling](https://example.org/r) and **bold** _words_ in `code`.')).toBe(
      'See the ruling and bold words in code.',
    );
    expect(inlineText('An ![image alt](x.png) and a ~~strike~~ and a \\*star')).toBe('An image alt and a strike and a *star');
  });
});

describe('plainText', () => {
  it('drops list, quote and heading marks, table rules and link definitions', () => {
    const markdown = [
      '# Title',
      '',
      '- one',
      '2. two',
      '> quoted',
      '',
      '| a | b |',
      '| --- | --- |',
      '| c | d |',
      '[ref]: https://example.org',
    ].join('\n');
    expect(plainText(markdown)).toBe('Title one two quoted a b c d');
  });
});

describe('splitMarkdown', () => {
  const body = [
    'Intro text.',
    '',
    '## Background',
    'Some *history*.',
    '### Details',
    'More.',
    '## How it works',
    'Flights.',
    '```',
    '## not a heading',
    '```',
    '## Background',
    'Again.',
    '## What’s [known](https://example.org)?',
    'Little.',
  ].join('\n');

  it('cuts the body at its ## headings, deeper headings staying inside', () => {
    const { intro, sections } = splitMarkdown(body);
    expect(intro).toBe('Intro text.');
    expect(sections.map((section) => section.heading)).toEqual(['Background', 'How it works', 'Background', 'What’s known?']);
    expect(sections[0].text).toBe('Some history. Details More.');
    expect(sections[1].text).toBe('Flights. not a heading');
  });

  it('gives the heading ids github-slugger gives, counting every heading level for duplicates', () => {
    const slugger = new GithubSlugger();
    const expected = ['Background', 'Details', 'How it works', 'Background', 'What’s known?'].map((text) => slugger.slug(text));
    const slugs = splitMarkdown(body).sections.map((section) => section.slug);
    expect(slugs).toEqual([expected[0], expected[2], expected[3], expected[4]]);
    expect(slugs).toEqual(['background', 'how-it-works', 'background-1', 'whats-known']);
    expect(sectionHeadings(body)).toEqual(splitMarkdown(body).sections.map(({ heading, slug }) => ({ heading, slug })));
  });
});
