import { describe, expect, it } from 'vitest';
import { isTransferReportStale, newestTransferDate } from '../../../src/lib/transfers/activity.ts';

const fact = <T>(value: T | null) => ({ value, sources: value === null ? [] : ['s'] });

describe('newestTransferDate', () => {
  it('takes the latest of the transfer records and the first transfer', () => {
    const agreement = {
      transfers: [
        { date: '2025-07', kind: 'transfer', people: [fact({ count: 5 })], onward: [] },
        { date: '2025-10-06', kind: 'tally', people: [fact({ count: 9 })], onward: [] },
      ],
      dates: { firstTransfer: fact('2025-07-16') },
    } as never;
    expect(newestTransferDate(agreement)).toBe('2025-10-06');
  });

  it('is null when no transfer is dated', () => {
    expect(newestTransferDate({ transfers: [], dates: { firstTransfer: fact(null) } } as never)).toBeNull();
  });
});

describe('isTransferReportStale', () => {
  it('is stale when the newest transfer is more than six months older than the newest source', () => {
    expect(isTransferReportStale('2025-02-25', '2026-03-02')).toBe(true);
    expect(isTransferReportStale('2025-07-05', '2026-01-24')).toBe(true);
  });

  it('is not stale within six months', () => {
    expect(isTransferReportStale('2025-10-13', '2026-02-11')).toBe(false);
    expect(isTransferReportStale('2025-08-01', '2026-02-01')).toBe(false);
  });

  it('reads coarse dates in the arrangement’s favour', () => {
    // "2025-07" may mean 31 July; "2026-01" may mean 1 January: not certainly more than six months.
    expect(isTransferReportStale('2025-07', '2026-01')).toBe(false);
    expect(isTransferReportStale('2025', '2026-06-30')).toBe(false);
    expect(isTransferReportStale('2025', '2026-07-02')).toBe(true);
  });

  it('cannot be stale without both dates', () => {
    expect(isTransferReportStale(null, '2026-01-01')).toBe(false);
    expect(isTransferReportStale('2020-01-01', null)).toBe(false);
  });
});
