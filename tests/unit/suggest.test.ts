import { describe, expect, it } from 'vitest';
import { closestMatch, didYouMean } from '../../src/lib/suggest.ts';

describe('closestMatch', () => {
  it('finds a near miss and ignores distant words', () => {
    expect(closestMatch('rwnada', ['rwanda', 'uganda', 'libya'])).toBe('rwanda');
    expect(closestMatch('statsu', ['status', 'summary'])).toBe('status');
    expect(closestMatch('zzzzzz', ['rwanda'])).toBeUndefined();
    expect(didYouMean('Summary', ['summary'])).toBe(' Did you mean "summary"?');
    expect(didYouMean('x', [])).toBe('');
  });
});
