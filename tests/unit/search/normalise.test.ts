import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content-files.ts';
import {
  canonicalSpelling,
  foldWord,
  hyphenatedCompounds,
  indexTerms,
  phraseKey,
  STOP_WORDS,
  searchTerm,
  singular,
  tokenize,
} from '../../../src/lib/search/normalise.ts';

describe('foldWord', () => {
  it('folds case, diacritics, apostrophes and dotted abbreviations', () => {
    expect(foldWord('Bogotá')).toBe('bogota');
    expect(foldWord('CÔTE')).toBe('cote');
    expect(foldWord('Rwanda’s')).toBe('rwanda');
    expect(foldWord("people's")).toBe('people');
    expect(foldWord('D.V.D.')).toBe('dvd');
    expect(foldWord('Straße')).toBe('strasse');
  });
});

describe('canonicalSpelling', () => {
  it.each([
    ['externalisation', 'externalization'],
    ['externalisations', 'externalizations'],
    ['organise', 'organize'],
    ['organised', 'organized'],
    ['criticising', 'criticizing'],
    ['analyse', 'analyze'],
    ['colour', 'color'],
    ['labour', 'labor'],
    ['centre', 'center'],
    ['centres', 'centers'],
    ['fibre', 'fiber'],
    ['defence', 'defense'],
    ['offence', 'offense'],
    ['catalogue', 'catalog'],
    ['judgement', 'judgment'],
    ['programme', 'program'],
    ['travelled', 'traveled'],
    ['cancelling', 'canceling'],
  ])('%s and its American spelling meet', (british, american) => {
    expect(canonicalSpelling(british)).toBe(canonicalSpelling(american));
    expect(searchTerm(british)).toBe(searchTerm(american));
  });

  it('leaves words without a variant alone', () => {
    for (const word of ['rwanda', 'asylum', 'court', 'four', 'our', 'crisis', 'rise', 'are']) {
      expect(canonicalSpelling(word)).toBe(word);
    }
  });
});

describe('singular', () => {
  it('turns plain plurals singular and keeps words that only look plural', () => {
    expect(singular('countries')).toBe('country');
    expect(singular('judges')).toBe('judge');
    expect(singular('agreements')).toBe('agreement');
    expect(singular('boxes')).toBe('box');
    expect(singular('status')).toBe('status');
    expect(singular('crisis')).toBe('crisis');
    expect(singular('process')).toBe('process');
    expect(singular('us')).toBe('us');
    expect(singular('1990s')).toBe('1990s');
  });
});

describe('tokenize', () => {
  it('gives each word with its search form and its place in the original text', () => {
    const text = 'The U.S.–Rwanda “deal”, non-refoulement’s centres.';
    const tokens = tokenize(text);
    expect(tokens.map((token) => token.term)).toEqual(['the', 'us', 'rwanda', 'deal', 'non', 'refoulement', 'center']);
    for (const token of tokens) expect(searchTerm(text.slice(token.start, token.end))).toBe(token.term);
    expect(text.slice(tokens[1].start, tokens[1].end)).toBe('U.S.');
  });

  it('finds nothing in punctuation and regex characters', () => {
    expect(tokenize('.*+?^${}()|[]\\"\'`')).toEqual([]);
    expect(tokenize('')).toEqual([]);
  });
});

describe('indexTerms', () => {
  it('drops stop words and adds joined hyphenated compounds', () => {
    const terms = indexTerms('The principle of non-refoulement and third-country transfers');
    expect([...terms].sort()).toEqual([
      'country',
      'non',
      'nonrefoulement',
      'principle',
      'refoulement',
      'third',
      'thirdcountry',
      'transfer',
    ]);
  });

  it('keeps "us", which here means the United States', () => {
    expect(indexTerms('US deportations').has('us')).toBe(true);
  });

  it('holds the search form of every word tokenize finds, less stop words', () => {
    const text = 'The U.S.–Rwanda deal: Rwanda’s stipends, D.V.D. notices and the “safe third country” idea.';
    const fromTokens = new Set(tokenize(text).map((token) => token.term).filter((term) => !STOP_WORDS.has(term)));
    expect(indexTerms(text)).toEqual(fromTokens);
  });
});

describe('hyphenatedCompounds', () => {
  const wholeText = (text: string) => [...text.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)].map((match) => match[0]);

  it('finds compounds of any length and ignores stray or doubled hyphens', () => {
    expect(hyphenatedCompounds('-lead non-refoulement, a--b, x-y-z. Côte-d-Ivoire\nend- -start 2025-03-16')).toEqual([
      'non-refoulement',
      'x-y-z',
      'Côte-d-Ivoire',
      '2025-03-16',
    ]);
    expect(hyphenatedCompounds('no hyphen here')).toEqual([]);
  });

  it('finds exactly what the pattern finds over the whole text, in every real body', () => {
    const bodies = readContent('content').map((file) => file.body).filter((body) => body.includes('-'));
    expect(bodies.length).toBeGreaterThan(20);
    for (const body of bodies) expect(hyphenatedCompounds(body)).toEqual(wholeText(body));
  });
});

describe('phraseKey', () => {
  it('compares whole phrases across case, punctuation and spelling', () => {
    expect(phraseKey('Memorandum of Understanding')).toBe(phraseKey('memorandum of understanding'));
    expect(phraseKey('Externalisation')).toBe(phraseKey('externalization'));
    expect(phraseKey('1:25-cv-10676')).toBe(phraseKey('1 25 CV 10676'));
    expect(phraseKey('The deal')).not.toBe(phraseKey('deal'));
  });
});
