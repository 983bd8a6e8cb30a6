/**
 * The number of people transferred under an agreement, derived from its transfer records. Every view (the agreement
 * page, the comparison, the charts, the downloads) reads these functions, so a total is computed once, here.
 *
 * The rule, in words a reader can check: transfers add up; a tally (a reported cumulative total) replaces the running
 * sum when it is higher, since it counts everyone sent before it (a tally of one phase, with `since`, replaces only the
 * records from that date). A count given as "at least", "about" or a range adds
 * its lower end, and the total is then "at least". Reports that disagree on one transfer add the lowest.
 */
import { compareDates } from '../../schema/dates.ts';
import type { Agreement, Headcount, SourcedFact, TransferEvent } from '../../schema/index.ts';

export type HeadcountPrecision = 'exact' | 'at-least' | 'about' | 'range' | 'unknown';

/** What one transfer record contributes: its lowest reported number, and how sure that number is. */
export type EventCount = {
  /** The lowest number any report gives (0 when no report gives one). */
  low: number;
  /** Exact only when every report gives the same exact number. */
  precision: HeadcountPrecision;
  /** True when reports give different numbers. */
  conflicting: boolean;
};

const unique = (values: string[]) => [...new Set(values)];

/** How a reader sees one headcount: "7", "at least 30", "about 90", "30–40". */
export function formatHeadcount(headcount: Headcount): string {
  const count = headcount.count.toLocaleString('en-GB');
  if (headcount.max !== undefined) return `${count}–${headcount.max.toLocaleString('en-GB')}`;
  if (headcount.qualifier === 'at-least') return `at least ${count}`;
  if (headcount.qualifier === 'about') return `about ${count}`;
  return count;
}

function precisionOf(headcount: Headcount): HeadcountPrecision {
  if (headcount.max !== undefined) return 'range';
  return headcount.qualifier ?? 'exact';
}

export function eventCount(event: Pick<TransferEvent, 'people'>): EventCount {
  const known = event.people.flatMap((report) => (report.value ? [report.value] : []));
  if (known.length === 0) return { low: 0, precision: 'unknown', conflicting: false };
  const distinct = new Set(known.map((value) => `${value.count}|${value.qualifier ?? ''}|${value.max ?? ''}`));
  const conflicting = distinct.size > 1;
  const low = Math.min(...known.map((value) => value.count));
  return { low, precision: conflicting ? 'at-least' : precisionOf(known[0]), conflicting };
}

/** The sources of one transfer record: every report's, then every onward removal's. */
export function eventSources(event: Pick<TransferEvent, 'people' | 'onward'>): string[] {
  return unique([...event.people.flatMap((report) => report.sources), ...event.onward.flatMap((onward) => onward.sources)]);
}

/** One step of the cumulative count: the running total after a record. */
export type TransferStep = {
  /** Position of the record in the agreement's `transfers` list. */
  index: number;
  date: string;
  kind: TransferEvent['kind'];
  count: EventCount;
  /** People the record adds to the running total (for a tally, how far it raises it). */
  added: number;
  /** The running total after the record: the number of people known to have been transferred by its date. */
  total: number;
  /** True when the total is exact; false when it is a floor ("at least"). */
  exact: boolean;
  /** Sources behind the running total: the records since the last tally that set it. */
  sources: string[];
};

export function cumulativeTransfers(events: readonly TransferEvent[]): TransferStep[] {
  const steps: TransferStep[] = [];
  let total = 0;
  let exact = true;
  let sources: string[] = [];
  events.forEach((event, index) => {
    const count = eventCount(event);
    const own = eventSources(event);
    let added = 0;
    if (event.kind === 'tally') {
      // A tally with `since` counts one phase only: it stands in for the records from that date, on top of the ones before.
      const before = event.since ? steps.filter((step) => compareDates(step.date, event.since!) < 0).at(-1) : undefined;
      const base = before?.total ?? 0;
      if (count.precision !== 'unknown' && base + count.low >= total) {
        added = base + count.low - total;
        total = base + count.low;
        exact = count.precision === 'exact' && (before ? before.exact : true);
        sources = unique([...(before?.sources ?? []), ...own]);
      } else {
        // A tally below the sum of the records it covers (or with no number) contradicts them: the sum stands as a floor.
        exact = false;
        sources = unique([...sources, ...own]);
      }
    } else {
      added = count.low;
      total += count.low;
      exact = exact && count.precision === 'exact';
      sources = unique([...sources, ...own]);
    }
    steps.push({ index, date: event.date, kind: event.kind, count, added, total, exact, sources });
  });
  return steps;
}

/** The derived number of people transferred, as of the newest record. */
export type TransferTotal = { count: number; asOf: string; exact: boolean };

const unsignedStatuses = new Set(['reported', 'proposed', 'negotiating']);

/**
 * The "People transferred" fact every view shows: the derived total with the sources of the records behind it;
 * unknown with the agreement's `transferGaps` note when no record gives a number; not applicable when no transfer
 * can have happened (talks only, or a first transfer marked not applicable).
 */
export function transferredFact(agreement: Pick<Agreement, 'transfers' | 'transferGaps' | 'status' | 'dates'>): SourcedFact<TransferTotal> {
  const steps = cumulativeTransfers(agreement.transfers);
  const last = steps.at(-1);
  const gaps = agreement.transferGaps;
  if (last && steps.some((step) => step.count.precision !== 'unknown')) {
    const records = steps.length === 1 ? 'one transfer record' : `${steps.length} transfer records`;
    const derived = `Derived from ${records}${last.exact ? '' : '; a floor, since at least one number is approximate, missing or disputed'}.`;
    return {
      value: { count: last.total, asOf: last.date, exact: last.exact },
      sources: last.sources,
      note: gaps ? `${derived} ${gaps.note}` : derived,
    };
  }
  if (gaps) return { value: null, sources: [...gaps.sources], note: gaps.note };
  if (last) return { value: null, sources: last.sources, note: 'Transfers are reported, but no source gives a number.' };
  const status = agreement.status.value;
  if ((status && unsignedStatuses.has(status)) || agreement.dates.firstTransfer.applicable === false) {
    return { value: null, sources: [], applicable: false, note: 'No transfer has taken place under this agreement.' };
  }
  return { value: null, sources: [], note: 'No transfer reported in the sources consulted.' };
}

/** The total as a reader sees it: "7", "at least 140". */
export function formatTransferTotal(total: TransferTotal): string {
  return `${total.exact ? '' : 'at least '}${total.count.toLocaleString('en-GB')}`;
}
