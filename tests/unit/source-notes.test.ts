import { describe, expect, it } from 'vitest';
import { numberSources, orderedSources } from '../../src/lib/source-notes.ts';

describe('numberSources', () => {
  it('numbers sources by first citation and reuses numbers', () => {
    const numbers = numberSources([['b', 'a'], ['a', 'c'], [], ['b']]);
    expect([...numbers]).toEqual([['b', 1], ['a', 2], ['c', 3]]);
    expect(orderedSources(numbers)).toEqual(['b', 'a', 'c']);
  });
});
