/**
 * The agreements map, drawn at build time: a world outline from Natural Earth (world-atlas), one curved arc from each
 * sending to each receiving party per agreement, arrow at the receiving end. Pure: it takes the topology and the
 * content and returns SVG path data and labels; the component only writes them out.
 */
import { geoArea, geoCentroid, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { iso31661 } from 'iso-3166';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

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

export type MapAgreement = {
  id: string;
  shortTitle: string;
  sending: string[];
  receiving: string[];
  /** The first listed model colours the arc; undefined when the model is unknown. */
  model?: string;
  /** Reader-facing label of the model. */
  modelLabel?: string;
  /** Status id ("operational", "ended"…); the arc's weight and the status filter read it. */
  status?: string;
  /** Reader-facing label of the status. */
  statusLabel?: string;
  /** The year in the agreement's id, for the year filter. */
  year?: number;
};

export type MapArc = {
  agreementId: string;
  /** The link's accessible name: which agreement, from where to where, which model. */
  label: string;
  /** Model id, or "unknown": the arc's colour and dash pattern. */
  model: string;
  /** Status id, or "unknown". */
  status: string;
  /** Whether the arrangement still runs (not ended, suspended, dormant or blocked): drawn solid, else faded. */
  active: boolean;
  year?: number;
  /** One path per sending–receiving pair. */
  paths: string[];
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
  arcs: MapArc[];
  /** Agreements with a party that could not be placed, and which parties. */
  unplaced: { agreementId: string; missing: string[] }[];
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

export function drawAgreementMap(input: {
  world: WorldTopology;
  locations: Map<string, Location>;
  agreements: MapAgreement[];
  name: (countryId: string) => string;
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
  const pairCounts = new Map<string, number>();
  const arcs: MapArc[] = [];
  const unplaced: AgreementMap['unplaced'] = [];
  const partyIds = new Set<string>();

  for (const agreement of input.agreements) {
    const missing = [...new Set([...agreement.sending, ...agreement.receiving])].filter((id) => !input.locations.has(id));
    if (missing.length) {
      unplaced.push({ agreementId: agreement.id, missing });
      continue;
    }
    const pairs = agreement.sending.flatMap((from) => agreement.receiving.filter((to) => to !== from).map((to) => [from, to] as const));
    const paths = pairs.map(([from, to]) => {
      const key = [from, to].sort().join('|');
      const seen = pairCounts.get(key) ?? 0;
      pairCounts.set(key, seen + 1);
      partyIds.add(from).add(to);
      return arcWithin(project(from), project(to), 0.22 + 0.14 * seen, width, height);
    });
    const route = `from ${agreement.sending.map(input.name).join(' and ')} to ${agreement.receiving.map(input.name).join(' and ')}`;
    const status = agreement.status ?? 'unknown';
    arcs.push({
      agreementId: agreement.id,
      label: `${agreement.shortTitle}: ${route}; model: ${agreement.modelLabel ?? 'unknown'}${agreement.status ? `; status: ${agreement.statusLabel ?? status}` : ''}`,
      model: agreement.model ?? 'unknown',
      status,
      active: !INACTIVE_STATUSES.has(status),
      ...(agreement.year ? { year: agreement.year } : {}),
      paths,
    });
  }

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
    arcs,
    unplaced,
    inset,
  };
}
