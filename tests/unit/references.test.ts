import { describe, expect, it } from 'vitest';
import { buildBacklinks } from '../../src/lib/connections.ts';
import { collectReferences } from '../../src/lib/references.ts';

describe('collectReferences', () => {
  it('finds party, payer, case, term and every nested source reference with its path', () => {
    const references = collectReferences('agreements', {
      parties: { value: { sending: ['a'], receiving: ['b'] }, sources: ['s1'] },
      payments: [{ value: { payer: 'a' }, sources: ['s2'] }],
      dates: { signed: { value: '2025', sources: ['s3'] } },
      legalChallenges: ['case-1'],
      terms: ['term-1'],
    });
    expect(references).toEqual(
      expect.arrayContaining([
        { path: ['parties', 'value', 'sending', 0], target: 'countries', id: 'a' },
        { path: ['parties', 'value', 'receiving', 0], target: 'countries', id: 'b' },
        { path: ['payments', 0, 'value', 'payer'], target: 'countries', id: 'a' },
        { path: ['legalChallenges', 0], target: 'cases', id: 'case-1' },
        { path: ['terms', 0], target: 'terms', id: 'term-1' },
        { path: ['dates', 'signed', 'sources', 0], target: 'sources', id: 's3' },
        { path: ['payments', 0, 'sources', 0], target: 'sources', id: 's2' },
      ]),
    );
    expect(references).toHaveLength(8);
  });
});

describe('buildBacklinks', () => {
  it('follows references the other way, once per entry', () => {
    const backlinks = buildBacklinks([
      { collection: 'agreements', id: 'x-y-2025', data: { parties: { value: { sending: ['x'], receiving: ['y'] } }, terms: ['t', 't'] } },
      { collection: 'terms', id: 't', data: { related: ['t'], agreements: ['x-y-2025'] } },
    ]);
    expect(backlinks.get('countries/x')).toEqual([{ collection: 'agreements', id: 'x-y-2025' }]);
    expect(backlinks.get('terms/t')).toEqual([{ collection: 'agreements', id: 'x-y-2025' }]);
    expect(backlinks.get('agreements/x-y-2025')).toEqual([{ collection: 'terms', id: 't' }]);
  });
});
