import { describe, expect, it } from 'vitest';
import {
  countMatching,
  decodeTally,
  encodeTally,
  LISTED_PER_PAIR,
  mapFilterFromQuery,
  NAMED_AGREEMENTS_MAX,
  namedPerPair,
  pairAgreements,
  pairHref,
  pairIndexHref,
  tallyAgreements,
  type MapAgreement,
} from '../../../src/lib/map/pairs.ts';

const names: Record<string, string> = { 'united-states': 'United States', mexico: 'Mexico', canada: 'Canada', rwanda: 'Rwanda' };
const name = (id: string) => names[id] ?? id;
const agreement = (id: string, sending: string[], receiving: string[], status?: string): MapAgreement => ({
  id,
  shortTitle: id,
  sending,
  receiving,
  models: [],
  year: Number(id.slice(-4)),
  ...(status ? { status } : {}),
});

describe('pairAgreements', () => {
  const pairs = pairAgreements(
    [
      agreement('us-mexico-2018', ['united-states'], ['mexico'], 'ended'),
      agreement('us-canada-2002', ['canada', 'united-states'], ['united-states', 'canada'], 'operational'),
      agreement('us-mexico-2025', ['united-states'], ['mexico'], 'operational'),
      agreement('us-rwanda-2025', ['united-states'], ['rwanda']),
    ],
    name,
  );

  it('gathers the agreements of each sending→receiving pair, never a party to itself, sorted by the parties’ names', () => {
    expect(pairs.map((pair) => [pair.key, pair.agreements.map((entry) => entry.id)])).toEqual([
      ['canada>united-states', ['us-canada-2002']],
      ['united-states>canada', ['us-canada-2002']],
      ['united-states>mexico', ['us-mexico-2018', 'us-mexico-2025']],
      ['united-states>rwanda', ['us-rwanda-2025']],
    ]);
  });

  it('tallies each pair by status and year, "unknown" for a missing status', () => {
    expect(pairs[2].tally).toEqual([
      { status: 'ended', year: 2018, count: 1 },
      { status: 'operational', year: 2025, count: 1 },
    ]);
    expect(pairs[3].tally).toEqual([{ status: 'unknown', year: 2025, count: 1 }]);
  });

  it('links a pair to its one agreement, or to the agreements index narrowed to the pair', () => {
    expect(pairHref(pairs[3])).toBe('/agreements/us-rwanda-2025/');
    expect(pairHref(pairs[2])).toBe('/agreements/?sending=united-states&receiving=mexico');
    expect(pairIndexHref('united-states', 'mexico', { status: 'ended', year: 2018 })).toBe(
      '/agreements/?sending=united-states&receiving=mexico&status=ended&year=2018',
    );
  });
});

describe('namedPerPair', () => {
  const pairsOf = (size: number, count: number) => Array.from({ length: count }, () => ({ agreements: Array.from({ length: size }, (_, index) => agreement(`a-b-${2000 + index}`, ['a'], ['b'])) }));

  it('names a few agreements per pair while the table stays short, only single agreements once it would grow long', () => {
    expect(namedPerPair(pairsOf(LISTED_PER_PAIR, Math.floor(NAMED_AGREEMENTS_MAX / LISTED_PER_PAIR)))).toBe(LISTED_PER_PAIR);
    expect(namedPerPair(pairsOf(LISTED_PER_PAIR, Math.floor(NAMED_AGREEMENTS_MAX / LISTED_PER_PAIR) + 1))).toBe(1);
    // Pairs with too many agreements to name are counted either way, so they never tip the table over.
    expect(namedPerPair(pairsOf(LISTED_PER_PAIR + 1, NAMED_AGREEMENTS_MAX))).toBe(LISTED_PER_PAIR);
  });
});

describe('the status and year filter', () => {
  const tally = tallyAgreements([
    { status: 'operational', year: 2025 },
    { status: 'operational', year: 2025 },
    { status: 'ended', year: 2019 },
    { year: 2019 },
    { status: 'operational' },
  ]);

  it('counts the agreements that match a status, a year, both or neither', () => {
    expect(countMatching(tally, {})).toBe(5);
    expect(countMatching(tally, { status: 'operational' })).toBe(3);
    expect(countMatching(tally, { year: 2019 })).toBe(2);
    expect(countMatching(tally, { status: 'ended', year: 2019 })).toBe(1);
    expect(countMatching(tally, { status: 'ended', year: 2025 })).toBe(0);
    expect(countMatching(tally, { status: 'unknown' })).toBe(1);
  });

  it('survives the trip through a data attribute', () => {
    expect(encodeTally(tally)).toBe('operational:2025:2 ended:2019:1 unknown:2019:1 operational::1');
    expect(decodeTally(encodeTally(tally))).toEqual(tally);
    expect(decodeTally('')).toEqual([]);
  });

  it('reads the filter from the address, ignoring a year that is not one', () => {
    expect(mapFilterFromQuery(new URLSearchParams('status=ended&year=2019'))).toEqual({ status: 'ended', year: 2019 });
    expect(mapFilterFromQuery(new URLSearchParams('year=soon'))).toEqual({});
    expect(mapFilterFromQuery(new URLSearchParams(''))).toEqual({});
  });
});
