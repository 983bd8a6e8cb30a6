/**
 * /data/compare.json, the comparison's data for the browser: every agreement as compact, already-formatted cells,
 * plus the registry's labels and the sources they cite. /compare/ fetches it only when a reader asks for a view the
 * HTML does not show; src/scripts/compare.ts reads it with these types.
 */
import { dimensionMeta, groupMeta, toComparableRecord } from '../comparable.ts';
import { defaultSelection } from '../compare-presets.ts';
import type { ComparableRecord } from '../compare.ts';
import { contentNames, type ContentSet } from '../dataset.ts';
import { regionLookup } from '../regions.ts';

/** A source as a comparison cell's citation shows it. */
export type CompareSource = { title: string; publisher: string; published: string | null; url: string; via?: string };

export type CompareData = {
  dimensions: typeof dimensionMeta;
  groups: typeof groupMeta;
  countries: { id: string; name: string }[];
  defaultSelection: string[];
  records: ComparableRecord[];
  sources: Record<string, CompareSource>;
};

/** Every agreement's comparison record, in the content's order. */
export function comparableRecordsOf(content: Pick<ContentSet, 'agreements' | 'countries' | 'cases'>): ComparableRecord[] {
  const names = contentNames(content);
  const regionOf = regionLookup(content.countries);
  return content.agreements.map(({ id, data }) => toComparableRecord(id, data, names, regionOf));
}

/** The file's data; `records` may be passed when they are already made. */
export function compareData(content: ContentSet, records = comparableRecordsOf(content)): CompareData {
  const sources: Record<string, CompareSource> = {};
  for (const [id, { title, publisher, published, url, via }] of content.sources) {
    sources[id] = via ? { title, publisher, published, url, via } : { title, publisher, published, url };
  }
  return {
    dimensions: dimensionMeta,
    groups: groupMeta,
    countries: content.countries.map(({ id, data }) => ({ id, name: data.name })),
    defaultSelection: defaultSelection(records),
    records,
    sources,
  };
}
