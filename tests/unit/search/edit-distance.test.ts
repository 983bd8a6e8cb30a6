import { describe, expect, it } from 'vitest';
import { bitCount, characterMask, editDistance } from '../../../src/lib/search/edit-distance.ts';

describe('editDistance', () => {
  it('counts insertions, deletions, substitutions and adjacent swaps as one edit each', () => {
    expect(editDistance('rwanda', 'rwanda', 2)).toBe(0);
    expect(editDistance('rwnada', 'rwanda', 2)).toBe(1);
    expect(editDistance('refoulment', 'refoulement', 2)).toBe(1);
    expect(editDistance('salvadore', 'salvador', 2)).toBe(1);
    expect(editDistance('detension', 'detention', 2)).toBe(1);
    expect(editDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('stops at the budget and reports budget + 1', () => {
    expect(editDistance('asylum', 'rwanda', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
    expect(editDistance('x'.repeat(200), 'y'.repeat(200), 2)).toBe(3);
  });
});

describe('characterMask', () => {
  it('never rules out a word within k edits (mask difference at most 2k bits)', () => {
    const pairs: [string, string, number][] = [
      ['rwnada', 'rwanda', 1],
      ['salvadore', 'salvador', 1],
      ['cecot', 'cecots', 1],
      ['judge', 'fudge', 1],
      ['abc', 'xyz', 3],
    ];
    for (const [a, b, k] of pairs) {
      expect(editDistance(a, b, k)).toBeLessThanOrEqual(k);
      expect(bitCount(characterMask(a) ^ characterMask(b))).toBeLessThanOrEqual(2 * k);
    }
    expect(bitCount(characterMask('abc') ^ characterMask('xyz'))).toBe(6);
  });

  it('counts bits', () => {
    expect(bitCount(0)).toBe(0);
    expect(bitCount(0b1011)).toBe(3);
    expect(bitCount(-1)).toBe(32);
  });
});
