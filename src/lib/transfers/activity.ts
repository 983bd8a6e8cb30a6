/**
 * Whether transfers under an agreement look ongoing. An arrangement whose newest transfer report is more than six
 * months older than its newest source is not shown as if people were still being moved: the page says "no transfer
 * reported since …", and the validator refuses the status "operational" for it.
 */
import type { Agreement } from '../../schema/index.ts';

/** How much older than the newest source the newest transfer report may be before transfers count as stalled. */
export const STALE_TRANSFER_MONTHS = 6;

/** The newest dated report of a transfer: the latest transfer record or the first transfer, whichever is later. */
export function newestTransferDate(agreement: Pick<Agreement, 'transfers' | 'dates'>): string | null {
  const dates = [...agreement.transfers.map((event) => event.date), agreement.dates.firstTransfer.value];
  let newest: string | null = null;
  for (const date of dates) if (date && (newest === null || date > newest)) newest = date;
  return newest;
}

/** A partial date's first day ("2025-07" → 1 July 2025) or last day (→ 31 July 2025), in UTC. */
function bound(date: string, edge: 'first' | 'last'): Date {
  const [year, month, day] = date.split('-').map(Number);
  if (day) return new Date(Date.UTC(year, month - 1, day));
  if (edge === 'first') return new Date(Date.UTC(year, (month ?? 1) - 1, 1));
  return month ? new Date(Date.UTC(year, month, 0)) : new Date(Date.UTC(year, 11, 31));
}

/**
 * True only when the gap is certain at the precision given: the transfer report is read at the latest day it may
 * mean and the sources at the earliest, so a coarse date never makes an arrangement look stalled by accident.
 */
export function isTransferReportStale(newestTransfer: string | null, sourcesThrough: string | null): boolean {
  if (!newestTransfer || !sourcesThrough) return false;
  const limit = bound(newestTransfer, 'last');
  limit.setUTCMonth(limit.getUTCMonth() + STALE_TRANSFER_MONTHS);
  return bound(sourcesThrough, 'first') > limit;
}
