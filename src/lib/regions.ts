/**
 * The world region of a country, as the UN geoscheme names its sub-regions ("Central America", "Eastern Africa"),
 * from the world-countries package rather than a list kept by hand. Read at build time only: the comparison and the
 * agreements list receive the names, never this table.
 */
import worldCountries from 'world-countries';

const subregionByIso2 = new Map(worldCountries.map((country) => [country.cca2, country.subregion || country.region]));
const regionBySubregion = new Map(worldCountries.map((country) => [country.subregion || country.region, country.region]));

/** The sub-region of a country by its ISO 3166-1 alpha-2 code; undefined for a bloc or an unknown code. */
export function regionOfIso2(iso2: string | undefined): string | undefined {
  return iso2 ? subregionByIso2.get(iso2) : undefined;
}

/** Sub-regions grouped by continent, each sorted, for a grouped list of choices. */
export function groupRegions(subregions: Iterable<string>): { continent: string; regions: string[] }[] {
  const byContinent = new Map<string, Set<string>>();
  for (const subregion of subregions) {
    const continent = regionBySubregion.get(subregion) ?? subregion;
    byContinent.set(continent, (byContinent.get(continent) ?? new Set()).add(subregion));
  }
  return [...byContinent]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([continent, regions]) => ({ continent, regions: [...regions].sort((a, b) => a.localeCompare(b, 'en')) }));
}

/** The distinct sub-regions of a list of countries, in their order; countries without one (blocs) add none. */
export function regionsOf(countryIds: string[], regionOf: (countryId: string) => string | undefined): string[] {
  return [...new Set(countryIds.flatMap((country) => regionOf(country) ?? []))];
}

/** A country's world sub-region by its id, through its ISO code; for the region filters. */
export function regionLookup(countries: readonly { id: string; data: { iso2?: string | undefined } }[]): (countryId: string) => string | undefined {
  const iso2 = new Map(countries.map(({ id, data }) => [id, data.iso2]));
  return (countryId) => regionOfIso2(iso2.get(countryId));
}
