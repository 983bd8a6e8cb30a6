import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../src/lib/search/documents.ts';
import { buildSearchIndex, decodePostings, Field } from '../../../src/lib/search/index-build.ts';

const doc = (title: string, body: string, names: string[] = [], summary?: string): SearchDocument => ({
  kind: 'term',
  url: `/terms/${title}/`,
  title,
  names,
  body,
  ...(summary ? { summary } : {}),
});

describe('buildSearchIndex', () => {
  const documents = [
    doc('Asylum', 'Protection for refugees.'),
    doc('Refugee', 'A person who fled; see asylum.', ['displaced person']),
    doc('Court', 'Refugees and courts.', [], 'Where refugees appeal.'),
  ];
  const index = buildSearchIndex(documents);

  it('lists every search term once, sorted, without stop words', () => {
    expect(index.terms).toEqual([...index.terms].sort());
    expect(new Set(index.terms).size).toBe(index.terms.length);
    expect(index.terms).toContain('refugee');
    expect(index.terms).not.toContain('for');
    expect(index.terms).not.toContain('a');
  });

  it('records which documents hold a term and the most telling field it is in', () => {
    const postingsOf = (term: string) => decodePostings(index.postings[index.terms.indexOf(term)]);
    const refugee = postingsOf('refugee');
    expect([...refugee.docs]).toEqual([0, 1, 2]);
    expect([...refugee.fields]).toEqual([Field.body, Field.short, Field.summary]);
    const person = postingsOf('person');
    expect([...person.docs]).toEqual([1]);
    expect([...person.fields]).toEqual([Field.short]);
    expect([...postingsOf('appeal').fields]).toEqual([Field.summary]);
  });

  it('ships what results show, and no body text', () => {
    expect(index.docs[1]).toEqual({ k: 'term', u: '/terms/Refugee/', t: 'Refugee', n: ['displaced person'] });
    expect(JSON.stringify(index)).not.toContain('person who fled');
  });

  it('survives a JSON round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(index))).toEqual(index);
  });
});
