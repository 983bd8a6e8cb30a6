/**
 * What the transfers pages (/transfers/, the home page's figure) share, computed once per build: the arrangements
 * with transfer records, every record, the agreements' lifespans and the date "now" is on the charts.
 */
import type { LifespanInput } from '../lib/charts/lifespan.ts';
import { transferOverview } from '../lib/transfers/overview.ts';
import { siteData } from './data.ts';

let cached: ReturnType<typeof load> | undefined;

async function load() {
  const site = await siteData();
  // "Now" on a chart is the newest source any agreement cites: the record runs that far, and the build date would
  // stretch every bar on each rebuild without anything having been learnt.
  let now = '';
  for (const entry of site.agreements) {
    const through = site.sourcesThroughOf('agreements', entry);
    if (through && through > now) now = through;
  }
  const lifespans: LifespanInput[] = site.agreements.map((entry) => ({ id: entry.id, title: entry.data.shortTitle, data: entry.data }));
  return { now, lifespans, ...transferOverview(site.agreements, site.regionOf) };
}

export function siteTransfers() {
  cached ??= load();
  return cached;
}

