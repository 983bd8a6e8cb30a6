/**
 * The comparison's data for the browser: every agreement as compact, already-formatted cells, plus the registry's
 * labels and the sources they cite. /compare/ fetches it only when a reader asks for a view the HTML does not show.
 */
import type { APIRoute } from 'astro';
import { dimensionMeta, groupMeta } from '../../lib/comparable.ts';
import { defaultSelection } from '../../lib/compare-presets.ts';
import { comparableRecords } from '../../site/comparison.ts';
import { siteData } from '../../site/data.ts';
import { CONTENT_TYPES, downloadResponse } from '../../site/download-response.ts';

export type CompareData = Awaited<ReturnType<typeof compareData>>;

async function compareData() {
  const [records, site] = await Promise.all([comparableRecords(), siteData()]);
  const sources: Record<string, { title: string; publisher: string; published: string | null; url: string; via?: string }> = {};
  for (const [id, entry] of site.sources) {
    const { title, publisher, published, url, via } = entry.data;
    sources[id] = via ? { title, publisher, published, url, via } : { title, publisher, published, url };
  }
  return {
    dimensions: dimensionMeta,
    groups: groupMeta,
    countries: site.countries.map((entry) => ({ id: entry.id, name: entry.data.name })),
    defaultSelection: defaultSelection(records),
    records,
    sources,
  };
}

export const GET: APIRoute = async () => {
  const data = await compareData();
  return downloadResponse(CONTENT_TYPES.json, () => JSON.stringify(data));
};
