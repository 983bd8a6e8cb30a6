import { describe, expect, it } from 'vitest';
import { readContentSet } from '../../../src/lib/content-set.ts';
import { searchDocuments, shorten, SNIPPET_LENGTH } from '../../../src/lib/search/documents.ts';
import { labelOf } from '../../../src/lib/dimensions.ts';
import { formatDate } from '../../../src/lib/format.ts';

const content = readContentSet('tests/fixtures/valid-content');
const documents = searchDocuments(content);
const byUrl = new Map(documents.map((doc) => [doc.url, doc]));

describe('searchDocuments', () => {
  it('makes one document per entry and one per ## section of an agreement body', () => {
    const kinds = documents.map((doc) => doc.kind);
    expect(kinds.filter((kind) => kind === 'agreement')).toHaveLength(content.agreements.length);
    expect(kinds.filter((kind) => kind === 'term')).toHaveLength(content.terms.length);
    expect(kinds.filter((kind) => kind === 'country')).toHaveLength(content.countries.length);
    expect(kinds.filter((kind) => kind === 'case')).toHaveLength(content.cases.length);
    expect(documents.filter((doc) => doc.kind === 'section')).toHaveLength(5 * content.agreements.length);
    expect(
      documents.filter((doc) => doc.kind === 'section' && doc.url.includes('testland-examplia-2025')).map((doc) => doc.url),
    ).toEqual([
      '/agreements/testland-examplia-2025/#background',
      '/agreements/testland-examplia-2025/#how-it-works',
      '/agreements/testland-examplia-2025/#what-is-disputed',
      '/agreements/testland-examplia-2025/#where-it-stands',
      '/agreements/testland-examplia-2025/#what-is-not-known',
    ]);
  });

  it('puts an agreement’s parties, labels and registry values in its searchable text', () => {
    const agreement = byUrl.get('/agreements/testland-examplia-2025/')!;
    expect(agreement.title).toBe('Testland–Examplia transfer memorandum');
    expect(agreement.names).toEqual(['Testland–Examplia (2025)']);
    expect(agreement.context).toBe('Status: Blocked by a court · Model: Integration · Model: Transit');
    const entry = content.agreements.find((item) => item.data.title === agreement.title)!;
    expect(agreement.dates).toBe(`Signed ${formatDate(entry.data.dates.signed.value!)}`);
    expect(agreement.body).toContain('Testland, Examplia');
    expect(agreement.body).toContain('Memorandum of understanding (MOU)');
    expect(agreement.body).toContain('USD 7,500,000 from Testland (grant)');
  });

  it('gives a term its aliases and abbreviations as names and its definition as snippet', () => {
    const term = byUrl.get('/terms/non-refoulement/')!;
    expect(term.names).toEqual(['refoulement', 'principle of non-refoulement']);
    expect(term.snippet).toBe(content.terms[0].data.definition);
  });

  it('gives a country its other names and codes, and a case its docket and court', () => {
    const country = documents.find((doc) => doc.kind === 'country')!;
    const entry = content.countries.find((entry) => `/countries/${entry.id}/` === country.url)!;
    expect(country.names).toEqual(expect.arrayContaining([...entry.data.otherNames, entry.data.iso2, entry.data.iso3]));
    const legalCase = documents.find((doc) => doc.kind === 'case')!;
    const caseEntry = content.cases[0];
    expect(legalCase.names).toContain(caseEntry.data.docket);
    expect(legalCase.context).toBe(`${labelOf(caseEntry.data.status)} · ${caseEntry.data.court}`);
    const events = caseEntry.data.events;
    expect(legalCase.dates).toContain(formatDate(events[0].date));
    expect(legalCase.dates).toContain(formatDate(events.at(-1)!.date));
    for (const judge of caseEntry.data.judges) expect(legalCase.names).toContain(`Judge ${judge}`);
  });

  it('ties a section to its agreement', () => {
    const section = byUrl.get('/agreements/testland-examplia-2025/#how-it-works')!;
    expect(section.title).toBe('How it works');
    expect(section.context).toBe('Testland–Examplia (2025)');
    expect(section.snippet).toBe('Testland sends people to Examplia, which houses them.');
  });
});

describe('shorten', () => {
  it('keeps short text and cuts long text at a word with an ellipsis', () => {
    expect(shorten('  A  short\ntext. ')).toBe('A short text.');
    const long = 'word '.repeat(100);
    const cut = shorten(long);
    expect(cut.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 1);
    expect(cut.endsWith('word…')).toBe(true);
  });
});
