/**
 * Turns an agreement into the compact record the comparison reads, through the dimension registry: the server table,
 * /data/compare.json and the interactive table all start from these records, so a cell is formatted in one place.
 */
import type { Agreement } from '../schema/index.ts';
import type { CellFact, ComparableHeader, ComparableRecord, DimensionMeta, GroupMeta } from './compare.ts';
import { agreementDimensions, dimensionGroups, factState, factText, type Dimension, type NameLookup } from './dimensions.ts';
import type { SourcedFact } from '../schema/common.ts';
import { regionsOf } from './regions.ts';

const DATE = /^\d{4}(-\d{2}){0,2}$/;

function sortKeyOf(value: unknown): string | number | undefined {
  if (typeof value === 'number') return value;
  if (typeof value === 'string' && DATE.test(value)) return value;
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    if (typeof record.count === 'number') return record.count;
    if (typeof record.amount === 'number') return record.amount;
  }
  return undefined;
}

function toCell(dimension: Dimension, fact: SourcedFact<unknown>, text: string, names: NameLookup): CellFact {
  const dimensionId = dimension.id;
  const cell: CellFact = { text, state: factState(fact), sources: fact.sources };
  const pinpoint = cell.state === 'known' ? dimension.pinpoint?.(fact.value as never) : undefined;
  if (pinpoint) cell.pinpoint = pinpoint;
  if (fact.note) cell.note = fact.note;
  const sortKey = cell.state === 'known' ? sortKeyOf(fact.value) : undefined;
  if (sortKey !== undefined) cell.sortKey = sortKey;
  if (dimensionId === 'legal-challenges' && cell.state === 'known') {
    cell.links = (fact.value as string[]).map((id) => ({ href: `/cases/${id}/`, text: names.legalCase(id) }));
  }
  return cell;
}

/** The year an agreement belongs to: the year in its id, which the validator ties to its announcement or signing. */
export function agreementYear(id: string): number {
  return Number(id.slice(-4));
}

/**
 * An agreement's comparison record without its cells: what lists, filters and "compare with…" need. `regionOf` names
 * a country's world sub-region (src/lib/regions.ts through the country's ISO code); a party without one, such as a
 * bloc, adds none.
 */
export function toComparableHeader(id: string, agreement: Agreement, regionOf: (countryId: string) => string | undefined = () => undefined): ComparableHeader {
  const parties = agreement.parties.value;
  return {
    id,
    title: agreement.title,
    shortTitle: agreement.shortTitle,
    year: agreementYear(id),
    models: agreement.model.value ?? [],
    status: agreement.status.value,
    countries: parties ? [...new Set([...parties.sending, ...parties.receiving])] : [],
    receiving: parties?.receiving ?? [],
    receivingRegions: regionsOf(parties?.receiving ?? [], regionOf),
  };
}

/** The whole comparison record: the header and one cell list per registry dimension. */
export function toComparableRecord(id: string, agreement: Agreement, names: NameLookup, regionOf: (countryId: string) => string | undefined = () => undefined): ComparableRecord {
  const cells: Record<string, CellFact[]> = {};
  for (const dimension of agreementDimensions) {
    cells[dimension.id] = dimension.read(agreement).map((fact) => toCell(dimension, fact, factText(dimension, fact, names), names));
  }
  return { ...toComparableHeader(id, agreement, regionOf), cells };
}

/** Registry metadata without the read/format functions, for the browser. */
export const dimensionMeta: DimensionMeta[] = agreementDimensions.map(({ id, label, description, group }) => ({ id, label, description, group }));
export const groupMeta: GroupMeta[] = dimensionGroups;
