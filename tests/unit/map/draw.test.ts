import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arcPath, arcWithin, BLOC_REPRESENTATIVE_POINTS, drawAgreementMap, locateCountries, pairLabel, type LocatableCountry, type WorldTopology } from '../../../src/lib/map/draw.ts';
import { LISTED_PER_PAIR, pairAgreements } from '../../../src/lib/map/pairs.ts';

const atlas = (scale: string): WorldTopology => JSON.parse(readFileSync(`node_modules/world-atlas/countries-${scale}.json`, 'utf8'));
const world50 = atlas('50m');
const world110 = atlas('110m');

const country = (id: string, name: string, iso3?: string, kind: 'state' | 'bloc' = 'state'): LocatableCountry => ({
  id,
  name,
  kind,
  ...(iso3 ? { iso3 } : {}),
  otherNames: [],
});
const countries = [
  country('united-states', 'United States', 'USA'),
  country('canada', 'Canada', 'CAN'),
  country('rwanda', 'Rwanda', 'RWA'),
  country('nauru', 'Nauru', 'NRU'),
  country('kosovo', 'Kosovo', 'XKX'),
  country('european-union', 'European Union', undefined, 'bloc'),
  country('turkey', 'Turkey', 'TUR'),
  country('testland', 'Testland', 'XTL'),
];
const locations = locateCountries(countries, world50);
const name = (id: string) => countries.find((entry) => entry.id === id)?.name ?? id;

describe('locateCountries', () => {
  it('places a state at the centroid of its mainland, found by ISO code', () => {
    const [longitude, latitude] = locations.get('united-states')!.point;
    // Alaska would pull a whole-country centroid north-west, past 45° N.
    expect(longitude).toBeGreaterThan(-105);
    expect(longitude).toBeLessThan(-90);
    expect(latitude).toBeGreaterThan(35);
    expect(latitude).toBeLessThan(45);
    expect(locations.get('united-states')!.shape).toBe('840');
    const [rwandaLongitude, rwandaLatitude] = locations.get('rwanda')!.point;
    expect(rwandaLongitude).toBeCloseTo(29.9, 0);
    expect(rwandaLatitude).toBeCloseTo(-2, 0);
  });

  it('finds a territory without an ISO code by name, a bloc at its representative point, small islands at 1:50m', () => {
    expect(locations.get('kosovo')!.shape).toBe('kosovo');
    expect(locations.get('european-union')!.point).toEqual(BLOC_REPRESENTATIVE_POINTS['european-union'].point);
    expect(locations.has('nauru')).toBe(true);
    expect(locateCountries([country('nauru', 'Nauru', 'NRU')], world110).has('nauru')).toBe(false);
  });

  it('leaves out what it cannot place', () => {
    expect(locations.has('testland')).toBe(false);
    expect(locateCountries([country('atlantis', 'Atlantis', undefined, 'bloc')], world50).size).toBe(0);
  });
});

describe('arcPath', () => {
  it('bows to the left of the direction of travel, more with a larger bend', () => {
    expect(arcPath([0, 0], [100, 0], 0.2)).toBe('M0,0Q50,-20 100,0');
    expect(arcPath([100, 0], [0, 0], 0.2)).toBe('M100,0Q50,20 0,0');
    expect(arcPath([0, 0], [100, 0], 0.4)).toBe('M0,0Q50,-40 100,0');
  });
});

const labels: Record<string, string> = {
  integration: 'Integration',
  'safe-third-country': 'Safe third country',
  readmission: 'Readmission',
  detention: 'Detention',
  operational: 'Operational',
  ended: 'Ended',
};
const label = (id: string) => labels[id] ?? id;

describe('drawAgreementMap', () => {
  const map = drawAgreementMap({
    world: world110,
    locations,
    name,
    label,
    agreements: [
      { id: 'us-rwanda-2025', shortTitle: 'US–Rwanda (2025)', sending: ['united-states'], receiving: ['rwanda'], models: ['integration'], status: 'operational', year: 2025 },
      { id: 'us-rwanda-2026', shortTitle: 'US–Rwanda (2026)', sending: ['united-states'], receiving: ['rwanda'], models: [], year: 2026 },
      { id: 'us-canada-2002', shortTitle: 'US–Canada', sending: ['canada', 'united-states'], receiving: ['united-states', 'canada'], models: ['safe-third-country'] },
      { id: 'eu-turkey-2016', shortTitle: 'EU–Turkey', sending: ['european-union'], receiving: ['turkey'], models: ['readmission'], status: 'ended' },
      { id: 'testland-examplia-2025', shortTitle: 'Testland–Examplia', sending: ['testland'], receiving: ['examplia'], models: [] },
      { id: 'us-nauru-2030', shortTitle: 'US–Nauru', sending: ['united-states'], receiving: ['nauru'], models: ['detention'] },
    ],
  });
  const pair = (key: string) => map.pairs.find((entry) => entry.key === key)!;

  it('fits the world into the width, with the height of the projection', () => {
    expect(map.width).toBe(960);
    expect(map.height).toBeGreaterThan(400);
    expect(map.height).toBeLessThan(520);
    for (const path of [map.outline, map.land, map.borders, map.parties]) expect(path).toMatch(/^M/);
  });

  it('draws one arc per sending→receiving pair that can be placed, never from a party to itself, sorted by name', () => {
    expect(map.pairs.map((entry) => [entry.key, Boolean(entry.path)])).toEqual([
      ['canada>united-states', true],
      ['european-union>turkey', true],
      ['testland>examplia', false],
      ['united-states>canada', true],
      ['united-states>nauru', true],
      ['united-states>rwanda', true],
    ]);
    for (const entry of map.pairs.filter((drawn) => drawn.path)) expect(entry.path).toMatch(/^M[\d.]+,[\d.]+Q[\d.]+,[\d.-]+ [\d.]+,[\d.]+$/);
    expect(map.drawnAgreements).toBe(5);
    expect(map.namedPerPair).toBe(LISTED_PER_PAIR);
  });

  it('gives agreements between the same two parties one arc, linking to the index narrowed to the pair', () => {
    const shared = pair('united-states>rwanda');
    expect(shared.agreements.map((agreement) => agreement.id)).toEqual(['us-rwanda-2025', 'us-rwanda-2026']);
    expect(shared.href).toBe('/agreements/?sending=united-states&receiving=rwanda');
    expect(shared.tally).toEqual([
      { status: 'operational', year: 2025, count: 1 },
      { status: 'unknown', year: 2026, count: 1 },
    ]);
    // One agreement's model is unknown, so the line cannot take the other's.
    expect(shared.model).toBe('several');
    expect(pair('united-states>nauru').href).toBe('/agreements/us-nauru-2030/');
  });

  it('keeps every arc on the map, the one to Nauru across it rather than off its edges', () => {
    for (const entry of map.pairs.filter((drawn) => drawn.path)) {
      expect(entry.path!.match(/M/g), entry.key).toHaveLength(1);
      for (const [, x, y] of entry.path!.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
        expect(Number(x), entry.key).toBeGreaterThanOrEqual(0);
        expect(Number(x), entry.key).toBeLessThanOrEqual(map.width);
        expect(Number(y), entry.key).toBeGreaterThanOrEqual(0);
        expect(Number(y), entry.key).toBeLessThanOrEqual(map.height);
      }
    }
    const nauru = map.points.find((point) => point.id === 'nauru')!;
    expect(pair('united-states>nauru').path!.endsWith(`${nauru.x},${nauru.y}`)).toBe(true);
    // A bend that would take the curve over the top edge bows it downwards instead.
    expect(arcWithin([0, 10], [100, 10], 0.4, 100, 100)).toBe('M0,10Q50,50 100,10');
  });

  it('frames the Americas for an enlarged inset, inside the map', () => {
    const { inset } = map;
    const unitedStates = map.points.find((point) => point.id === 'united-states')!;
    expect(unitedStates.x).toBeGreaterThan(inset.x);
    expect(unitedStates.x).toBeLessThan(inset.x + inset.width);
    expect(unitedStates.y).toBeGreaterThan(inset.y);
    expect(unitedStates.y).toBeLessThan(inset.y + inset.height);
    expect(inset.width).toBeLessThan(map.width / 3);
  });

  it('bends the two directions between the same places by different amounts', () => {
    const control = (key: string) => /Q(-?[\d.]+,-?[\d.]+)/.exec(pair(key).path!)![1];
    const [start] = /^M(-?[\d.]+,-?[\d.]+)/.exec(pair('canada>united-states').path!)!.slice(1);
    expect(pair('united-states>canada').path!.endsWith(start)).toBe(true);
    expect(control('canada>united-states')).not.toBe(control('united-states>canada'));
  });

  it('names each arc and styles it by model and status', () => {
    expect(pair('european-union>turkey')).toMatchObject({
      label: 'EU–Turkey: from European Union to Turkey; model: Readmission; status: Ended',
      model: 'readmission',
      active: false,
    });
    expect(pair('united-states>rwanda')).toMatchObject({
      label: '2 agreements from United States to Rwanda: US–Rwanda (2025) (model: Integration; status: Operational); US–Rwanda (2026) (model: unknown)',
      active: true,
    });
    expect(pair('canada>united-states').label).toBe('US–Canada: from Canada to United States; model: Safe third country');
  });

  it('counts rather than names the agreements of a pair with more than a few', () => {
    const many = Array.from({ length: LISTED_PER_PAIR + 1 }, (_, index) => ({
      id: `us-rwanda-${2020 + index}`,
      shortTitle: `US–Rwanda ${index}`,
      sending: ['united-states'],
      receiving: ['rwanda'],
      models: [index % 2 ? 'detention' : 'integration'],
      status: 'operational',
    }));
    const [counted] = pairAgreements(many, name);
    expect(pairLabel(counted, name, label)).toBe(
      `${LISTED_PER_PAIR + 1} agreements from United States to Rwanda; models: Integration, Detention; statuses: Operational`,
    );
    // Past the table's maximum, even two agreements are counted.
    expect(pairLabel(pairAgreements(many.slice(0, 2), name)[0], name, label, 1)).toBe(
      '2 agreements from United States to Rwanda; models: Integration, Detention; statuses: Operational',
    );
  });

  it('leaves a pair with a party that has no location undrawn, naming the parties', () => {
    expect(pair('testland>examplia')).toMatchObject({ missing: ['testland', 'examplia'], href: '/agreements/testland-examplia-2025/' });
    expect(pair('testland>examplia').path).toBeUndefined();
  });

  it('marks each placed party once, inside the map', () => {
    expect(map.points.map((point) => point.id).sort()).toEqual(['canada', 'european-union', 'nauru', 'rwanda', 'turkey', 'united-states']);
    for (const point of map.points) {
      expect(point.x).toBeGreaterThan(0);
      expect(point.x).toBeLessThan(map.width);
      expect(point.y).toBeGreaterThan(0);
      expect(point.y).toBeLessThan(map.height);
    }
  });
});
