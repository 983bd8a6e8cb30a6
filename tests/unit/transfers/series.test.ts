import { describe, expect, it } from 'vitest';
import { costsPerPerson, formatCostPerPerson } from '../../../src/lib/transfers/money.ts';
import { cumulativeTransfers, formatHeadcount, transferredFact } from '../../../src/lib/transfers/series.ts';
import type { Headcount, TransferEvent } from '../../../src/schema/index.ts';

const report = (value: Headcount | null, source = 's') => ({ value, sources: value ? [source] : [], ...(value ? {} : { note: 'No number.' }) });
const transfer = (date: string, ...people: ReturnType<typeof report>[]): TransferEvent => ({ date, kind: 'transfer', people, onward: [] });
const tally = (date: string, count: number, extra: Partial<TransferEvent> = {}): TransferEvent => ({ date, kind: 'tally', people: [report({ count }, `tally-${date}`)], onward: [], ...extra });
const totals = (events: TransferEvent[]) => cumulativeTransfers(events).map((step) => `${step.exact ? '' : '≥'}${step.total}`);

const agreement = (transfers: TransferEvent[], more: object = {}) =>
  ({
    transfers,
    status: { value: 'operational', sources: ['s'] },
    dates: { firstTransfer: { value: '2025-07', sources: ['s'] } },
    payments: [],
    ...more,
  }) as never;

describe('cumulativeTransfers', () => {
  it('adds transfers and lets a higher tally replace the sum', () => {
    expect(totals([transfer('2025-07-16', report({ count: 5 })), transfer('2025-10-06', report({ count: 10 })), tally('2025-11', 17), transfer('2026-03-12', report({ count: 4 }))])).toEqual([
      '5',
      '15',
      '17',
      '21',
    ]);
  });

  it('keeps the sum as a floor when a tally is lower than the transfers it covers', () => {
    expect(totals([transfer('2025-10-10', report({ count: 16 })), tally('2025-12-17', 0)])).toEqual(['16', '≥16']);
  });

  it('adds the lowest of disagreeing reports and marks the total a floor', () => {
    const steps = cumulativeTransfers([transfer('2025-07-05', report({ count: 8 }, 'a'), report({ count: 5 }, 'b'))]);
    expect(steps[0]).toMatchObject({ total: 5, exact: false, count: { conflicting: true, low: 5 }, sources: ['a', 'b'] });
  });

  it('treats "at least", "about", a range and a missing number as floors', () => {
    expect(totals([transfer('2025-01', report({ count: 3 })), transfer('2025-02', report({ count: 30, max: 40 }))])).toEqual(['3', '≥33']);
    expect(totals([transfer('2025-01', report({ count: 250, qualifier: 'about' }))])).toEqual(['≥250']);
    expect(totals([transfer('2025-01', report(null)), transfer('2025-02', report({ count: 2 }))])).toEqual(['≥0', '≥2']);
  });

  it('lets a tally with "since" stand in only for the records from that date', () => {
    const events = [
      transfer('2024-10-16', report({ count: 16 })),
      transfer('2025-01-28', report({ count: 49 })),
      transfer('2025-04-11', report({ count: 40 })),
      tally('2025-08-04', 140, { since: '2025-04-11' }),
    ];
    expect(totals(events)).toEqual(['16', '65', '105', '205']);
    expect(cumulativeTransfers(events).at(-1)!.sources).toEqual(['s', 'tally-2025-08-04']);
  });
});

describe('transferredFact', () => {
  it('is the last running total, with its sources', () => {
    expect(transferredFact(agreement([transfer('2025-07-16', report({ count: 5 }, 'x')), tally('2025-10-06', 15)]))).toMatchObject({
      value: { count: 15, asOf: '2025-10-06', exact: true },
      sources: ['tally-2025-10-06'],
    });
  });

  it('is unknown with the gaps note, or not applicable when no transfer can have happened', () => {
    expect(transferredFact(agreement([], { transferGaps: { note: 'No count published.', sources: ['g'] } }))).toEqual({ value: null, sources: ['g'], note: 'No count published.' });
    expect(transferredFact(agreement([], { status: { value: 'negotiating', sources: ['s'] } })).applicable).toBe(false);
    expect(transferredFact(agreement([])).note).toMatch(/No transfer reported/);
  });
});

describe('costsPerPerson', () => {
  const payment = (amount: number, source: string, extra: object = {}) => ({ value: { amount, currency: 'USD', payer: 'us', ...extra }, sources: [source] });

  it('divides each distinct payment by the derived number transferred, counting a repeated report once', () => {
    const costs = costsPerPerson(
      agreement([transfer('2025-08-16', report({ count: 7 }, 't'))], {
        payments: [payment(7_500_000, 'a'), payment(7_500_000, 'b'), payment(100, 'c', { kind: 'per-person' }), { value: null, sources: [], note: 'Not disclosed.' }],
      }),
    );
    expect(costs).toHaveLength(1);
    expect(costs[0]).toMatchObject({ perPerson: 1_071_429, people: 7, paymentSources: ['a', 'b'], transferSources: ['t'] });
    expect(formatCostPerPerson(costs[0])).toBe('USD 1,071,429 per person (USD 7,500,000 ÷ 7 people transferred as of 16 August 2025)');
  });

  it('gives nothing when nobody was transferred', () => {
    expect(costsPerPerson(agreement([tally('2025-12', 0)], { payments: [payment(1_000, 'a')] }))).toEqual([]);
  });
});

describe('formatHeadcount', () => {
  it('says what the source says', () => {
    expect([formatHeadcount({ count: 7 }), formatHeadcount({ count: 30, max: 40 }), formatHeadcount({ count: 19, qualifier: 'at-least' }), formatHeadcount({ count: 1200, qualifier: 'about' })]).toEqual([
      '7',
      '30–40',
      'at least 19',
      'about 1,200',
    ]);
  });
});
