/**
 * The rows of the /transfers/ page: each arrangement with transfer records (its running totals, for a small chart)
 * and each record (for the table), with what the filters need to know about them.
 */
import type { Agreement } from '../../schema/index.ts';
import { cumulativeTransfers, formatHeadcount, transferredFact, type TransferStep, type TransferTotal } from './series.ts';
import type { TransferFilterable } from './filter.ts';

export type ArrangementTransfers = TransferFilterable & {
  id: string;
  shortTitle: string;
  steps: TransferStep[];
  total: TransferTotal | null;
};

export type TransferTableRow = TransferFilterable & {
  agreement: string;
  shortTitle: string;
  record: number;
  date: string;
  approximate: boolean;
  kind: 'transfer' | 'tally';
  /** Every report's number, as the sources give it ("7", "at least 19"); "Not reported" for a record with none. */
  people: string[];
  runningTotal: number;
  exact: boolean;
};

type Input = { id: string; data: Agreement };

const yearsOf = (dates: string[]) => [...new Set(dates.map((date) => date.slice(0, 4)))].sort();

export function transferOverview(agreements: readonly Input[], regionOf: (countryId: string) => string | undefined) {
  const arrangements: ArrangementTransfers[] = [];
  const rows: TransferTableRow[] = [];
  for (const { id, data } of agreements) {
    if (data.transfers.length === 0) continue;
    const sending = data.parties.value?.sending ?? [];
    const regions = [...new Set((data.parties.value?.receiving ?? []).flatMap((country) => regionOf(country) ?? []))];
    const steps = cumulativeTransfers(data.transfers);
    arrangements.push({ id, shortTitle: data.shortTitle, sending, regions, years: yearsOf(data.transfers.map((event) => event.date)), steps, total: transferredFact(data).value });
    for (const step of steps) {
      const event = data.transfers[step.index];
      rows.push({
        agreement: id,
        shortTitle: data.shortTitle,
        record: step.index + 1,
        date: event.date,
        approximate: event.approximate ?? false,
        kind: event.kind,
        people: event.people.map((report) => (report.value ? formatHeadcount(report.value) : 'Not reported')),
        runningTotal: step.total,
        exact: step.exact,
        sending,
        regions,
        years: [event.date.slice(0, 4)],
      });
    }
  }
  // Largest first: the arrangements most people were sent under lead the small multiples.
  arrangements.sort((a, b) => (b.total?.count ?? 0) - (a.total?.count ?? 0) || a.id.localeCompare(b.id));
  rows.sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.agreement.localeCompare(b.agreement) || a.record - b.record));
  return { arrangements, rows };
}
