/** A country's world sub-region by its id, through its ISO code (src/lib/regions.ts); for the region filters. */
import { regionOfIso2 } from '../lib/regions.ts';
import type { SiteData } from './data.ts';

export function regionLookup(site: SiteData): (countryId: string) => string | undefined {
  return (countryId) => regionOfIso2(site.countryById.get(countryId)?.data.iso2);
}
