import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { arcPath, arcWithin, BLOC_REPRESENTATIVE_POINTS, drawAgreementMap, locateCountries, type LocatableCountry, type WorldTopology } from '../../src/lib/map.ts';

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

describe('drawAgreementMap', () => {
  const map = drawAgreementMap({
    world: world110,
    locations,
    name,
    agreements: [
      { id: 'us-rwanda-2025', shortTitle: 'US–Rwanda (2025)', sending: ['united-states'], receiving: ['rwanda'], model: 'integration', modelLabel: 'Integration' },
      { id: 'us-rwanda-2026', shortTitle: 'US–Rwanda (2026)', sending: ['united-states'], receiving: ['rwanda'] },
      { id: 'us-canada-2002', shortTitle: 'US–Canada', sending: ['canada', 'united-states'], receiving: ['united-states', 'canada'], model: 'safe-third-country', modelLabel: 'Safe third country' },
      { id: 'eu-turkey-2016', shortTitle: 'EU–Turkey', sending: ['european-union'], receiving: ['turkey'], model: 'readmission', modelLabel: 'Readmission' },
      { id: 'testland-examplia-2025', shortTitle: 'Testland–Examplia', sending: ['testland'], receiving: ['examplia'] },
      { id: 'us-nauru-2030', shortTitle: 'US–Nauru', sending: ['united-states'], receiving: ['nauru'] },
    ],
  });

  it('fits the world into the width, with the height of the projection', () => {
    expect(map.width).toBe(960);
    expect(map.height).toBeGreaterThan(400);
    expect(map.height).toBeLessThan(520);
    for (const path of [map.outline, map.land, map.borders, map.parties]) expect(path).toMatch(/^M/);
  });

  it('draws one arc per agreement that can be placed, one path per sending–receiving pair, never to itself', () => {
    expect(map.arcs.map((arc) => [arc.agreementId, arc.paths.length])).toEqual([
      ['us-rwanda-2025', 1],
      ['us-rwanda-2026', 1],
      ['us-canada-2002', 2],
      ['eu-turkey-2016', 1],
      ['us-nauru-2030', 1],
    ]);
    for (const arc of map.arcs.slice(0, 4)) for (const path of arc.paths) expect(path).toMatch(/^M[\d.]+,[\d.]+Q[\d.]+,[\d.-]+ [\d.]+,[\d.]+$/);
  });

  it('keeps every arc on the map, the one to Nauru across it rather than off its edges', () => {
    for (const arc of map.arcs) {
      for (const route of arc.paths) {
        expect(route.match(/M/g), arc.agreementId).toHaveLength(1);
        for (const [, x, y] of route.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)) {
          expect(Number(x), arc.agreementId).toBeGreaterThanOrEqual(0);
          expect(Number(x), arc.agreementId).toBeLessThanOrEqual(map.width);
          expect(Number(y), arc.agreementId).toBeGreaterThanOrEqual(0);
          expect(Number(y), arc.agreementId).toBeLessThanOrEqual(map.height);
        }
      }
    }
    const [route] = map.arcs.find((arc) => arc.agreementId === 'us-nauru-2030')!.paths;
    const nauru = map.points.find((point) => point.id === 'nauru')!;
    expect(route.endsWith(`${nauru.x},${nauru.y}`)).toBe(true);
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

  it('bends a second agreement between the same places away from the first', () => {
    expect(map.arcs[0].paths[0]).not.toBe(map.arcs[1].paths[0]);
  });

  it('names each arc and keeps the model, "unknown" when there is none', () => {
    expect(map.arcs[0]).toMatchObject({ label: 'US–Rwanda (2025): from United States to Rwanda; model: Integration', model: 'integration' });
    expect(map.arcs[1]).toMatchObject({ model: 'unknown', label: 'US–Rwanda (2026): from United States to Rwanda; model: unknown' });
    expect(map.arcs[2].label).toBe('US–Canada: from Canada and United States to United States and Canada; model: Safe third country');
  });

  it('lists agreements it could not place, with the parties that have no location', () => {
    expect(map.unplaced).toEqual([{ agreementId: 'testland-examplia-2025', missing: ['testland', 'examplia'] }]);
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
