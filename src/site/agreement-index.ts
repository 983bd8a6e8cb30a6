/** The agreements list: every agreement's row, built once per build and cut into pages (src/lib/agreement-index/). */
import { indexRowOf } from '../lib/agreement-index/rows.ts';
import { paginateIndex, type IndexPage } from '../lib/agreement-index/pages.ts';
import type { IndexRow } from '../lib/agreement-index/view.ts';
import { siteData } from './data.ts';

export type SiteIndex = { rows: IndexRow[]; pages: IndexPage[] };

let index: Promise<SiteIndex> | undefined;

export function siteIndex(): Promise<SiteIndex> {
  index ??= siteData().then((site) => {
    const regionOf = site.regionOf;
    const rows = site.agreements.map(({ id, data }) => indexRowOf(id, data, regionOf));
    return { rows, pages: paginateIndex(rows) };
  });
  return index;
}
