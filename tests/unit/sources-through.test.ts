import { describe, expect, it } from 'vitest';
import { entrySourceIds, sourcesThrough } from '../../src/lib/sources-through.ts';
import { sourceKindLabel } from '../../src/lib/source-notes.ts';

describe('sourcesThrough', () => {
  const published = new Map<string, string | null>([
    ['a', '2025-03-01'],
    ['b', '2026-03'],
    ['c', '2026-03-12'],
    ['d', null],
  ]);

  it('is the newest publication date among the cited sources', () => {
    expect(sourcesThrough(['a', 'd'], (id) => published.get(id))).toBe('2025-03-01');
    expect(sourcesThrough(['a', 'b'], (id) => published.get(id))).toBe('2026-03');
  });

  it('prefers the day over the month when both fall in the newest month', () => {
    expect(sourcesThrough(['b', 'c', 'a'], (id) => published.get(id))).toBe('2026-03-12');
  });

  it('is null when no cited source is dated', () => {
    expect(sourcesThrough(['d', 'unknown'], (id) => published.get(id))).toBeNull();
    expect(sourcesThrough([], () => '2020')).toBeNull();
  });

  it('counts the sources of the fields and of the prose footnotes, each once', () => {
    const data = { sources: ['a', 'b'], events: [{ sources: ['b', 'c'] }] };
    expect(entrySourceIds('cases', data, 'Text.[^d][^a]')).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('sourceKindLabel', () => {
  it('names the kind and marks reprints', () => {
    expect(sourceKindLabel({ kind: 'court' })).toBe('Court');
    expect(sourceKindLabel({ kind: 'news', via: 'Reuters' })).toBe('Press, reprint');
    expect(sourceKindLabel({ kind: 'parliament' })).toBe('Parliament');
  });
});
