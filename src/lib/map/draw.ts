/**
 * The agreements map, drawn at build time: a world outline from Natural Earth (world-atlas), one curved arc from each
 * sending to each receiving party, shared by every agreement between the two (src/lib/map/pairs.ts), arrow at the
 * receiving end. Pure: it takes the topology and the content and returns SVG path data and labels; the component only
 * writes them out.
 */
import { geoArea, geoCentroid, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { iso31661 } from 'iso-3166';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { LISTED_PER_PAIR, namedPerPair, pairAgreements, pairHref, statusOf, type CountryPair, type MapAgreement } from './pairs.ts';

export type { MapAgreement } from './pairs.ts';

export type GeoPoint = [longitude: number, latitude: number];

/** Where a party is drawn, and which world-atlas shape is its territory (none for a bloc). */
export type Location = { point: GeoPoint; shape?: string };

/**
 * Where to place parties that are not one country on the map. A bloc has no territory of its own in world-atlas, so
 * it is drawn at the seat of its institutions: the European Union at Brussels, where the Commission and the Council
 * sit (50.85° N, 4.35° E). Keyed by content id (content/countries/<id>.md).
 */
export const BLOC_REPRESENTATIVE_POINTS: Record<string, { point: GeoPoint; place: string }> = {
  'european-union': { point: [4.3517, 50.8503], place: 'Brussels' },
};

export type LocatableCountry = {
  id: string;
  name: string;
  kind: 'state' | 'bloc';
  iso3?: string;
  otherNames: string[];
};

type CountryProperties = { name: string };
export type WorldTopology = Topology<{ countries: GeometryCollection<CountryProperties>; land: GeometryCollection }>;

const numericByAlpha3 = new Map(iso31661.map((entry) => [entry.alpha3, entry.numeric]));

function countryFeatures(world: WorldTopology): Feature<Polygon | MultiPolygon, CountryProperties>[] {
  return (feature(world, world.objects.countries) as FeatureCollection<Polygon | MultiPolygon, CountryProperties>).features;
}

/** A world-atlas shape's key: its ISO numeric code, or its name when it has none. */
const shapeKey = (shape: Feature<Polygon | MultiPolygon, CountryProperties>) =>
  shape.id !== undefined ? String(shape.id) : shape.properties.name.toLowerCase();

/** The centroid of a country's largest polygon, so Alaska and Hawaii do not pull the United States into Canada. */
function mainlandCentroid(shape: Feature<Polygon | MultiPolygon>): GeoPoint {
  const geometry = shape.geometry;
  if (geometry.type === 'Polygon') return geoCentroid(shape) as GeoPoint;
  const polygons = geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates }) as Polygon);
  const largest = polygons.reduce((best, polygon) => (geoArea(polygon) > geoArea(best) ? polygon : best));
  return geoCentroid(largest) as GeoPoint;
}

/**
 * A point for each country: the centroid of its mainland, found in world-atlas by ISO 3166-1 numeric code (from the
 * country's alpha-3 code), else by name for territories without an ISO code (Kosovo); blocs at their representative
 * point. Countries that cannot be placed are left out of the map and listed by the caller.
 */
export function locateCountries(countries: LocatableCountry[], world: WorldTopology): Map<string, Location> {
  const features = countryFeatures(world);
  const byNumeric = new Map(features.filter((shape) => shape.id !== undefined).map((shape) => [String(shape.id), shape]));
  const byName = new Map(features.map((shape) => [shape.properties.name.toLowerCase(), shape]));
  const located = new Map<string, Location>();
  for (const country of countries) {
    if (country.kind === 'bloc') {
      const representative = BLOC_REPRESENTATIVE_POINTS[country.id];
      if (representative) located.set(country.id, { point: representative.point });
      continue;
    }
    const numeric = country.iso3 ? numericByAlpha3.get(country.iso3) : undefined;
    const shape =
      (numeric ? byNumeric.get(numeric) : undefined) ??
      [country.name, ...country.otherNames].map((name) => byName.get(name.toLowerCase())).find(Boolean);
    if (shape) located.set(country.id, { point: mainlandCentroid(shape), shape: shapeKey(shape) });
  }
  return located;
}

/** A pair of countries as the map shows it: one arc (when both parties can be placed) and one table row. */
export type MapPair = CountryPair & {
  /** Where the arc and the row's count link: the one agreement, or the index narrowed to the pair. */
  href: string;
  /** The arc's accessible name: from where to where, and the agreements (named, or counted when many). */
  label: string;
  /** The first listed model its agreements share, "several" when they differ, "unknown" when none is known. */
  model: string;
  /** Whether any of its arrangements still runs (not ended, suspended, dormant or blocked): drawn solid, else faded. */
  active: boolean;
  /** The arc's path data; undefined when a party could not be placed. */
  path?: string;
  /** Its parties that could not be placed. */
  missing: string[];
};

export type MapPoint = { id: string; name: string; x: number; y: number };

export type AgreementMap = {
  width: number;
  height: number;
  outline: string;
  land: string;
  borders: string;
  /** Countries that are a party to an agreement on the map, for a darker fill. */
  parties: string;
  points: MapPoint[];
  /** Every sending→receiving pair, drawn or not, sorted by the parties' names. */
  pairs: MapPair[];
  /** How many of a pair's agreements its arc and table row name one by one (more are counted): see namedPerPair. */
  namedPerPair: number;
  /** How many agreements have at least one pair drawn. */
  drawnAgreements: number;
  /** The part of the map to show enlarged, where many short arcs meet (the Americas): an SVG viewBox. */
  inset: { label: string; x: number; y: number; width: number; height: number };
};

/** Statuses of arrangements that no longer send anyone, drawn faded. */
export const INACTIVE_STATUSES = new Set(['ended', 'suspended', 'dormant', 'blocked-by-court']);

/** The Americas, from Canada's south to Colombia, where the United States' arrangements with its neighbours meet. */
export const AMERICAS_INSET = { label: 'The Americas, enlarged', west: -125, east: -55, north: 52, south: 0 };

const round = (value: number) => Math.round(value * 10) / 10;

/**
 * A quadratic curve bowing to the left of the direction of travel; `bend` grows for each further agreement between
 * the same two places, so their arcs do not lie on top of each other.
 */
export function arcPath(from: [number, number], to: [number, number], bend: number): string {
  const [x0, y0] = from;
  const [x1, y1] = to;
  const dx = x1 - x0;
  const dy = y1 - y0;
  const controlX = (x0 + x1) / 2 + dy * bend;
  const controlY = (y0 + y1) / 2 - dx * bend;
  return `M${round(x0)},${round(y0)}Q${round(controlX)},${round(controlY)} ${round(x1)},${round(y1)}`;
}

/**
 * An arc that stays on the map: a quadratic curve lies inside the triangle of its end and control points, so when
 * the control point would leave the map the curve bows the other way, and failing that runs straight. A route the
 * short way round (the United States to Palau across the Pacific) would leave one edge and come back at the other;
 * this one crosses the map instead, which a reader can follow.
 */
export function arcWithin(from: [number, number], to: [number, number], bend: number, width: number, height: number): string {
  for (const tried of [bend, -bend]) {
    const [x0, y0] = from;
    const [x1, y1] = to;
    const controlX = (x0 + x1) / 2 + (y1 - y0) * tried;
    const controlY = (y0 + y1) / 2 - (x1 - x0) * tried;
    if (controlX >= 0 && controlX <= width && controlY >= 0 && controlY <= height) return arcPath(from, to, tried);
  }
  return arcPath(from, to, 0);
}

/**
 * A pair's accessible name. One agreement keeps the name it would have alone; a few are each named with model and
 * status; more are counted, so the name stays short however many agreements the pair gathers.
 */
export function pairLabel(pair: CountryPair, name: (countryId: string) => string, label: (id: string) => string, named = LISTED_PER_PAIR): string {
  const route = `from ${name(pair.from)} to ${name(pair.to)}`;
  const facts = (agreement: MapAgreement) =>
    `model: ${agreement.models.length ? agreement.models.map(label).join(', ') : 'unknown'}${agreement.status ? `; status: ${label(agreement.status)}` : ''}`;
  const [first] = pair.agreements;
  if (pair.agreements.length === 1) return `${first.shortTitle}: ${route}; ${facts(first)}`;
  const count = `${pair.agreements.length} agreements ${route}`;
  if (pair.agreements.length <= named) return `${count}: ${pair.agreements.map((agreement) => `${agreement.shortTitle} (${facts(agreement)})`).join('; ')}`;
  const distinct = (values: string[]) => [...new Set(values)].map((id) => (id === 'unknown' ? id : label(id))).join(', ');
  const models = distinct(pair.agreements.flatMap((agreement) => agreement.models));
  return `${count}; models: ${models || 'unknown'}; statuses: ${distinct(pair.agreements.map(statusOf))}`;
}

export function drawAgreementMap(input: {
  world: WorldTopology;
  locations: Map<string, Location>;
  agreements: MapAgreement[];
  name: (countryId: string) => string;
  /** Reader-facing label of a model or status id. */
  label: (id: string) => string;
  width?: number;
}): AgreementMap {
  const width = input.width ?? 960;
  const sphere = { type: 'Sphere' } as GeoPermissibleObjects;
  const projection = geoEqualEarth().fitWidth(width, sphere);
  // Whole pixels are as precise as 1:110m shapes are at this width, and keep the inline SVG small.
  const path = geoPath(projection).digits(0);
  const [[, top], [, bottom]] = path.bounds(sphere);
  const height = Math.ceil(bottom - top);
  projection.translate([projection.translate()[0], projection.translate()[1] - top]);

  const project = (countryId: string): [number, number] => projection(input.locations.get(countryId)!.point) as [number, number];
  const seenBetween = new Map<string, number>();
  const partyIds = new Set<string>();
  const drawn = new Set<string>();

  const grouped = pairAgreements(input.agreements, input.name);
  const named = namedPerPair(grouped);
  const pairs = grouped.map((pair): MapPair => {
    const missing = [pair.from, pair.to].filter((id) => !input.locations.has(id));
    const firstModels = new Set(pair.agreements.map((agreement) => agreement.models[0] ?? 'unknown'));
    const described: MapPair = {
      ...pair,
      href: pairHref(pair),
      label: pairLabel(pair, input.name, input.label, named),
      model: firstModels.size === 1 ? [...firstModels][0] : 'several',
      active: pair.agreements.some((agreement) => !INACTIVE_STATUSES.has(statusOf(agreement))),
      missing,
    };
    if (missing.length) return described;
    // The two directions between the same places bend by different amounts, so they never lie on top of each other.
    const between = [pair.from, pair.to].sort().join('|');
    const seen = seenBetween.get(between) ?? 0;
    seenBetween.set(between, seen + 1);
    partyIds.add(pair.from).add(pair.to);
    for (const agreement of pair.agreements) drawn.add(agreement.id);
    return { ...described, path: arcWithin(project(pair.from), project(pair.to), 0.22 + 0.14 * seen, width, height) };
  });

  const corners = [
    [AMERICAS_INSET.west, AMERICAS_INSET.north],
    [AMERICAS_INSET.east, AMERICAS_INSET.north],
    [AMERICAS_INSET.west, AMERICAS_INSET.south],
    [AMERICAS_INSET.east, AMERICAS_INSET.south],
  ].map((corner) => projection(corner as GeoPoint) as [number, number]);
  const [left, right] = [Math.min(...corners.map(([x]) => x)), Math.max(...corners.map(([x]) => x))];
  const [upper, lower] = [Math.min(...corners.map(([, y]) => y)), Math.max(...corners.map(([, y]) => y))];
  const inset = { label: AMERICAS_INSET.label, x: Math.floor(left), y: Math.floor(upper), width: Math.ceil(right - left), height: Math.ceil(lower - upper) };

  const partyShapeKeys = new Set([...partyIds].map((id) => input.locations.get(id)!.shape).filter(Boolean));
  const partyShapes = countryFeatures(input.world).filter((shape) => partyShapeKeys.has(shapeKey(shape)));
  const countries = input.world.objects.countries;
  return {
    width,
    height,
    outline: path(sphere) ?? '',
    land: path(feature(input.world, input.world.objects.land) as GeoPermissibleObjects) ?? '',
    borders: path(mesh(input.world, countries, (a, b) => a !== b) as GeoPermissibleObjects) ?? '',
    parties: path({ type: 'FeatureCollection', features: partyShapes } as GeoPermissibleObjects) ?? '',
    points: [...partyIds]
      .map((id) => {
        const [x, y] = project(id);
        return { id, name: input.name(id), x: round(x), y: round(y) };
      })
      .sort((a, b) => a.name.localeCompare(b.name, 'en')),
    pairs,
    namedPerPair: named,
    drawnAgreements: drawn.size,
    inset,
  };
}
