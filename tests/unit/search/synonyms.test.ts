import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../src/lib/search/documents.ts';
import { alternativeNames, buildSearchIndex, synonymGroups } from '../../../src/lib/search/index-build.ts';
import { phraseKey } from '../../../src/lib/search/normalise.ts';
import { createSearcher } from '../../../src/lib/search/query.ts';

describe('synonyms.json', () => {
  it('has groups of two or more ways of saying one thing, each word in one group only', () => {
    expect(synonymGroups.length).toBeGreaterThan(5);
    const seen = new Map<string, string>();
    for (const group of synonymGroups) {
      expect(group.meaning.length, JSON.stringify(group)).toBeGreaterThan(10);
      expect(group.words.length, group.meaning).toBeGreaterThanOrEqual(2);
      for (const word of group.words) {
        const key = phraseKey(word);
        expect(key, word).not.toBe('');
        expect(seen.get(key), `"${word}" is in "${seen.get(key)}" and "${group.meaning}"`).toBeUndefined();
        seen.set(key, group.meaning);
      }
    }
  });

  it('makes each word and phrase of a group stand for the others', () => {
    const alternatives = alternativeNames([], [{ meaning: 'test', words: ['stipend', 'cash grant', 'Allowances'] }]);
    expect(alternatives.get('stipend')).toEqual([['cash', 'grant'], ['allowance']]);
    expect(alternatives.get('cash grant')).toEqual([['stipend'], ['allowance']]);
  });
});

const doc = (url: string, title: string, body: string, kind: SearchDocument['kind'] = 'agreement'): SearchDocument => ({ kind, url, title, names: [], body });
const documents: SearchDocument[] = [
  doc('/agreements/cash/', 'Israel–Rwanda departures', 'Each person received a cash grant and a plane ticket.'),
  doc('/agreements/stipend/', 'Australia–Cambodia arrangement', 'Refugees were offered a stipend and housing.'),
  doc('/agreements/grant-only/', 'A state grant', 'The sending state pays the receiving state a grant for development.'),
  doc('/agreements/cash-only/', 'Cash for coast guards', 'Cash went to the coast guard.'),
  doc('/terms/cecot/', 'CECOT', 'A maximum-security prison in El Salvador.', 'term'),
  doc('/agreements/prison/', 'Prison deal', 'People are held in an ordinary prison.'),
];
const searcher = createSearcher(buildSearchIndex(documents));
const urls = (query: string) => searcher.search(query).hits.map((hit) => hit.doc.u);

describe('search with synonyms', () => {
  it('finds a page that says "cash grant" for "stipend", below the page with the word itself only by field', () => {
    expect(urls('stipend')).toEqual(expect.arrayContaining(['/agreements/stipend/', '/agreements/cash/']));
    expect(urls('stipend')[0]).toBe('/agreements/stipend/');
  });

  it('needs every word of a phrase: "grant" or "cash" alone is not a stipend', () => {
    expect(urls('stipend')).not.toContain('/agreements/grant-only/');
    expect(urls('stipend')).not.toContain('/agreements/cash-only/');
  });

  it('reads "mega prison" as one phrase that names CECOT, first', () => {
    const result = searcher.search('mega prison');
    expect(result.hits[0].doc.u).toBe('/terms/cecot/');
    expect(result.hits[0].matchedWords).toBe(2);
    expect(result.highlight.terms).toContain('cecot');
  });

  it('answers "allowance", which no page uses, with the pages that use the other words', () => {
    expect(urls('allowance').sort()).toEqual(['/agreements/cash/', '/agreements/stipend/']);
  });
});
