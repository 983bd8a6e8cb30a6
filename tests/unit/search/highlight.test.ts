import { describe, expect, it } from 'vitest';
import { highlightSegments, matchRanges } from '../../../src/lib/search/highlight.ts';

describe('highlightSegments', () => {
  it('marks words whose search form matched, across spelling and case', () => {
    const segments = highlightSegments('Border externalisation in Rwanda’s centres', {
      terms: ['externalization', 'center'],
      prefixes: [],
    });
    expect(segments).toEqual([
      { text: 'Border ', match: false },
      { text: 'externalisation', match: true },
      { text: ' in Rwanda’s ', match: false },
      { text: 'centres', match: true },
    ]);
  });

  it('marks words that begin with a prefix being typed, joining neighbours', () => {
    expect(highlightSegments('Safe third country', { terms: ['third'], prefixes: ['coun'] })).toEqual([
      { text: 'Safe ', match: false },
      { text: 'third country', match: true },
    ]);
  });

  it('gives back the text unchanged when joined, markup included as plain text', () => {
    const text = '<img src=x onerror=alert(1)> asylum & "quotes"';
    const segments = highlightSegments(text, { terms: ['asylum', 'img'], prefixes: [] });
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
    expect(segments.filter((segment) => segment.match).map((segment) => segment.text)).toEqual(['img', 'asylum']);
  });

  it('returns one unmarked segment when nothing matched, even for empty text', () => {
    expect(highlightSegments('Nothing here', { terms: ['asylum'], prefixes: [] })).toEqual([
      { text: 'Nothing here', match: false },
    ]);
    expect(highlightSegments('', { terms: [], prefixes: [] })).toEqual([{ text: '', match: false }]);
    expect(matchRanges('Rwanda and rwanda', { terms: ['rwanda'], prefixes: [] })).toEqual([
      [0, 6],
      [11, 17],
    ]);
  });
});
