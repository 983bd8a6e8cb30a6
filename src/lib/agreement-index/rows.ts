/** An agreement as a row of the agreements list (build time only: it reads the schema and the region table). */
import type { Agreement } from '../../schema/index.ts';
import { agreementYear } from '../comparable.ts';
import { regionsOf } from '../regions.ts';
import type { IndexRow } from './view.ts';

/** An agreement's row; `regionOf` names a country's world sub-region (src/lib/regions.ts). */
export function indexRowOf(id: string, agreement: Agreement, regionOf: (countryId: string) => string | undefined): IndexRow {
  const parties = agreement.parties.value;
  const published = agreement.text.value?.published;
  return {
    id,
    shortTitle: agreement.shortTitle,
    year: agreementYear(id),
    status: agreement.status.value ?? 'unknown',
    models: agreement.model.value ?? [],
    sending: parties?.sending ?? [],
    receiving: parties?.receiving ?? [],
    regions: regionsOf(parties?.receiving ?? [], regionOf),
    textPublic: published === undefined ? 'unknown' : published ? 'yes' : 'no',
  };
}
