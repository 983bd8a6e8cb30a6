import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { linkTermsInText, TermMatcher, type GlossaryTerm } from '../../src/lib/term-links.ts';

const glossary: GlossaryTerm[] = [
  { id: 'non-refoulement', names: ['Non-refoulement', 'refoulement'], definition: 'Not sending anyone to a place of serious harm.' },
  { id: 'safe-third-country', names: ['Safe third country', 'STCA'], definition: 'A country treated as safe enough to decide a claim.' },
  { id: 'third-country', names: ['third country'], definition: 'A country other than the two parties.' },
  { id: 'third-country-removal', names: ['Third-country removal', 'third-country deportation'], definition: 'Sending someone to a third country.' },
  { id: 'removal', names: ['Removal', 'deportation'], definition: 'The formal expulsion of a person.' },
  { id: 'cecot', names: ['CECOT', 'Terrorism Confinement Center'], definition: 'A maximum-security prison in El Salvador.' },
  { id: 'refugee-convention', names: ['Refugee Convention'], definition: 'The 1951 Convention relating to the Status of Refugees.' },
];
const matcher = new TermMatcher(glossary);

/** The linked words of a text, as [text, term id] in reading order, for a fresh page. */
function links(text: string, linked = new Set<string>()): [string, string][] {
  return matcher.mentions(text, linked).map((mention) => [text.slice(mention.start, mention.end), mention.termId]);
}

describe('TermMatcher.mentions', () => {
  it('finds each form the pattern allows, past the quick word check: plural, hyphen or space, curly apostrophe, dots', () => {
    const forms = new TermMatcher([
      { id: 'us', names: ['U.S. Code'], definition: 'x' },
      { id: 'refugee-status', names: ['refugee’s status'], definition: 'x' },
      ...glossary,
    ]);
    const found = (text: string) => forms.mentions(text, new Set()).map((mention) => [text.slice(mention.start, mention.end), mention.termId]);
    expect(found('Deportations went on.')).toEqual([['Deportations', 'removal']]);
    expect(found('A third-country national.')).toEqual([['third-country', 'third-country']]);
    expect(found('The refugee\'s status and the U.S. Code.')).toEqual([
      ["refugee's status", 'refugee-status'],
      ['U.S. Code', 'us'],
    ]);
    expect(found('Nothing here at all.')).toEqual([]);
  });

  it('finds only the first mention of each term, and remembers it across texts of one page', () => {
    const linked = new Set<string>();
    expect(links('Removal, then removal again, then CECOT and removal.', linked)).toEqual([
      ['Removal', 'removal'],
      ['CECOT', 'cecot'],
    ]);
    expect(links('A later paragraph: removal, CECOT, the Refugee Convention.', linked)).toEqual([['Refugee Convention', 'refugee-convention']]);
  });

  it('prefers the longest name at a place: "safe third country" before "third country"', () => {
    expect(links('A safe third country is not just any third country.')).toEqual([
      ['safe third country', 'safe-third-country'],
      ['third country', 'third-country'],
    ]);
  });

  it('lets a mention of a term already linked cover its words, so none of them links to a shorter term', () => {
    const linked = new Set(['third-country-removal']);
    expect(links('Third-country removal is a kind of removal.', linked)).toEqual([['removal', 'removal']]);
    expect(links('Another third-country removal.', new Set(['third-country-removal']))).toEqual([]);
  });

  it('matches whole words only, with a plural in -s', () => {
    expect(links('Removalists and deportational and xCECOT are no mentions.')).toEqual([]);
    expect(links('non-refoulement')).toEqual([['non-refoulement', 'non-refoulement']]);
    // "refoulement" is a name, but inside "non-refoulement" it is no whole word.
    expect(links('anti-refoulement')).toEqual([]);
    expect(links('Two removals.')).toEqual([['removals', 'removal']]);
  });

  it('matches names in any case, but an acronym only as written', () => {
    expect(links('REFUGEE CONVENTION and refugee convention')).toEqual([['REFUGEE CONVENTION', 'refugee-convention']]);
    expect(links('cecot and Cecot are not the acronym')).toEqual([]);
    expect(links('stca, then STCA')).toEqual([['STCA', 'safe-third-country']]);
  });

  it('treats a space and a hyphen between words alike, and keeps the words as written', () => {
    expect(links('third country removal')).toEqual([['third country removal', 'third-country-removal']]);
    expect(links('Safe-third-country')).toEqual([['Safe-third-country', 'safe-third-country']]);
  });

  it('passes over a lower-case name capitalised inside a longer proper name', () => {
    expect(links('Third Country Deportation Watch reported a third-country deportation.')).toEqual([
      ['third-country deportation', 'third-country-removal'],
    ]);
    // A name written in capitals keeps its capitals wherever it stands.
    expect(links('The Refugee Convention Protocol')).toEqual([['Refugee Convention', 'refugee-convention']]);
  });

  it('never links a term counted as linked already, such as the page’s own term', () => {
    expect(links('CECOT is the Terrorism Confinement Center; removal to CECOT.', new Set(['cecot']))).toEqual([['removal', 'removal']]);
  });

  it('links no name two terms share, as it cannot tell which is meant', () => {
    const shared = new TermMatcher([
      { id: 'a', names: ['Return hub', 'hub'], definition: 'A return hub, described at length.' },
      { id: 'b', names: ['Transit hub', 'HUB'], definition: 'A transit hub, described at length.' },
    ]);
    expect(shared.mentions('A hub, a return hub.', new Set()).map((mention) => mention.termId)).toEqual(['a']);
    expect(shared.mentions('A hub.', new Set())).toEqual([]);
  });
});

describe('linkTermsInText', () => {
  it('splits a text into plain runs, a link to the term page and its tooltip', () => {
    const nodes = linkTermsInText('Sent to CECOT in March.', matcher, new Set())!;
    expect(nodes).toEqual([
      { type: 'text', value: 'Sent to ' },
      {
        type: 'element',
        tagName: 'a',
        properties: { href: '/terms/cecot/', className: ['term-link'], ariaDescribedBy: ['term-tip-cecot'] },
        children: [{ type: 'text', value: 'CECOT' }],
      },
      {
        type: 'element',
        tagName: 'span',
        properties: { id: 'term-tip-cecot', role: 'tooltip', className: ['term-tip'], hidden: true },
        children: [{ type: 'text', value: 'A maximum-security prison in El Salvador.' }],
      },
      { type: 'text', value: ' in March.' },
    ]);
    expect(linkTermsInText('Nothing to link here.', matcher, new Set())).toBeUndefined();
  });
});

describe('renderMarkdown with glossary links', () => {
  const render = async (body: string, currentTerm?: string) =>
    (await renderMarkdown(body, new Map([['src-a', 1]]), { matcher, currentTerm })).html;
  const linkedTerms = (html: string) => [...html.matchAll(/<a href="\/terms\/([^/]+)\/" class="term-link"[^>]*>([^<]*)<\/a>/g)].map((match) => [match[2], match[1]]);

  it('links the first mention in prose, with the definition as its description', async () => {
    const html = await render('Non-refoulement matters. Non-refoulement again.');
    expect(html).toContain(
      '<a href="/terms/non-refoulement/" class="term-link" aria-describedby="term-tip-non-refoulement">Non-refoulement</a>' +
        '<span id="term-tip-non-refoulement" role="tooltip" class="term-tip" hidden>Not sending anyone to a place of serious harm.</span> matters.',
    );
    expect(linkedTerms(html)).toEqual([['Non-refoulement', 'non-refoulement']]);
  });

  it('skips headings, links, code and footnote markers, and links the first mention in prose after them', async () => {
    const body = [
      '## Removal and CECOT',
      'See [removal](https://example.org/removal) and `CECOT`.[^src-a] A [STCA](#x) note.',
      'Then removal, *CECOT* and the safe third country.',
    ].join('\n\n');
    const html = await render(body);
    expect(html).toContain('<h2 id="removal-and-cecot">Removal and CECOT</h2>');
    expect(html).toContain('<a href="https://example.org/removal" rel="noopener noreferrer">removal</a>');
    expect(html).toContain('<code>CECOT</code>');
    expect(html).toContain('<a href="#source-1" aria-label="Source 1" class="footnote-ref">[1]</a>');
    expect(linkedTerms(html)).toEqual([
      ['removal', 'removal'],
      ['CECOT', 'cecot'],
      ['safe third country', 'safe-third-country'],
    ]);
    expect(html).toContain('<em><a href="/terms/cecot/"');
  });

  it('never links a term page to itself', async () => {
    const html = await render('CECOT is a prison; deportation to CECOT.', 'cecot');
    expect(linkedTerms(html)).toEqual([['deportation', 'removal']]);
  });

  it('starts each render afresh and links nothing without a glossary', async () => {
    expect(linkedTerms(await render('CECOT.'))).toEqual([['CECOT', 'cecot']]);
    expect(linkedTerms(await render('CECOT.'))).toEqual([['CECOT', 'cecot']]);
    expect((await renderMarkdown('CECOT.')).html.trim()).toBe('<p>CECOT.</p>');
  });
});
