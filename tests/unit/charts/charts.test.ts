import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/lib/charts/bars.ts';
import { lifespanChart, lifespanSegments, type LifespanInput } from '../../../src/lib/charts/lifespan.ts';
import { stepChart } from '../../../src/lib/charts/step-chart.ts';
import { countTicks, dayOf, timeTicks } from '../../../src/lib/charts/time.ts';
import { matchesTransferFilter, transferFilterFromQuery, transferFilterToQuery } from '../../../src/lib/transfers/filter.ts';
import { cumulativeTransfers } from '../../../src/lib/transfers/series.ts';
import type { TransferEvent } from '../../../src/schema/index.ts';

const fact = (value: string | null) => ({ value, sources: value ? ['s'] : [] });
const agreement = (id: string, history: [string, string][], dates: Partial<Record<'announced' | 'signed' | 'firstTransfer' | 'ended', string>> = {}): LifespanInput => ({
  id,
  title: id,
  data: {
    status: fact(history.at(-1)![1]),
    statusHistory: history.map(([date, status]) => ({ date, status, sources: ['s'] })),
    dates: {
      announced: fact(dates.announced ?? null),
      signed: fact(dates.signed ?? null),
      inForce: fact(null),
      firstTransfer: fact(dates.firstTransfer ?? null),
      ended: fact(dates.ended ?? null),
    },
  } as never,
});

describe('lifespanSegments', () => {
  it('runs from the announcement through each status change to now, and stops at the end', () => {
    const running = agreement('a', [['2025-03', 'signed'], ['2025-07-16', 'operational'], ['2026-01', 'dormant']], { announced: '2025-01-20' });
    expect(lifespanSegments(running, '2026-06-30').map((segment) => [segment.phase, segment.from, segment.to])).toEqual([
      ['talks', '2025-01-20', '2025-03'],
      ['signed', '2025-03', '2025-07-16'],
      ['operational', '2025-07-16', '2026-01'],
      ['paused', '2026-01', '2026-06-30'],
    ]);
    const ended = agreement('b', [['2019-07-26', 'signed'], ['2021-02-06', 'ended']]);
    expect(lifespanSegments(ended, '2026-06-30').map((segment) => segment.to)).toEqual(['2021-02-06']);
  });
});

describe('lifespanChart', () => {
  const rows = [agreement('late', [['2025-03', 'signed']]), agreement('early', [['2016-03-18', 'operational'], ['2020-03-15', 'suspended']], { signed: '2016-03-18' })];

  it('orders rows by start, draws every stretch inside the plot and places the marks', () => {
    const chart = lifespanChart(rows, '2026-06-30');
    expect(chart.rows.map((row) => row.id)).toEqual(['early', 'late']);
    for (const bar of chart.rows.flatMap((row) => row.bars)) {
      expect(bar.x).toBeGreaterThanOrEqual(chart.plot.left);
      expect(bar.x + bar.width).toBeLessThanOrEqual(chart.plot.right + 0.5);
    }
    expect(chart.rows[0].marks).toEqual([{ kind: 'signed', date: '2016-03-18', x: chart.plot.left }]);
  });

  it('in a close-up, keeps only what reaches its start and cuts bars at the edge', () => {
    const closeUp = lifespanChart(rows, '2026-06-30', { from: '2025-01' });
    expect(closeUp.rows.map((row) => row.id)).toEqual(['early', 'late']);
    const suspended = closeUp.rows[0].bars[0];
    expect([suspended.status, suspended.from, suspended.x]).toEqual(['suspended', '2020-03-15', closeUp.plot.left]);
    expect(closeUp.rows[0].marks).toEqual([]);
    expect(closeUp.xTicks[0].label).toBe('Jan 2025');
  });
});

describe('stepChart', () => {
  const events: TransferEvent[] = [
    { date: '2025-07-16', kind: 'transfer', people: [{ value: { count: 5 }, sources: ['a'] }], onward: [] },
    { date: '2025-10-06', kind: 'transfer', people: [{ value: { count: 10 }, sources: ['b'] }], onward: [] },
  ];

  it('draws one point per record at its running total, rising left to right', () => {
    const chart = stepChart(cumulativeTransfers(events));
    expect(chart.points.map((point) => [point.total, point.record])).toEqual([
      [5, 1],
      [15, 2],
    ]);
    expect(chart.points[0].x).toBeLessThan(chart.points[1].x);
    expect(chart.points[0].y).toBeGreaterThan(chart.points[1].y);
    expect(chart.path).toMatch(/^M[\d.]+,[\d.]+H[\d.]+V[\d.]+H[\d.]+V[\d.]+H[\d.]+$/);
    expect(chart.yTicks.map((tick) => tick.label)).toEqual(['0', '5', '10', '15']);
  });
});

describe('axes', () => {
  it('picks round counts and years, or quarters for a short span', () => {
    expect(countTicks(19)).toEqual([0, 10, 20]);
    expect(countTicks(158_000)).toEqual([0, 100_000, 200_000]);
    expect(timeTicks(dayOf('2012-01'), dayOf('2026-06')).map((tick) => tick.label)).toEqual(['2012', '2014', '2016', '2018', '2020', '2022', '2024', '2026']);
    expect(timeTicks(dayOf('2025-02'), dayOf('2025-12')).map((tick) => tick.label)).toEqual(['Apr', 'Jul', 'Oct']);
  });

  it('bars are as long as their values, in proportion', () => {
    const chart = barChart([
      { key: 'a', label: 'A', value: 1_000_000 },
      { key: 'b', label: 'B', value: 250_000 },
    ]);
    expect(chart.bars[0].width / chart.bars[1].width).toBeCloseTo(4, 1);
  });
});

describe('the /transfers/ filter', () => {
  const item = { sending: ['united-states'], regions: ['Eastern Africa', 'Southern Africa'], years: ['2025', '2026'] };

  it('matches on every field given and round-trips through the address', () => {
    expect(matchesTransferFilter(item, {})).toBe(true);
    expect(matchesTransferFilter(item, { sending: 'united-states', region: 'Southern Africa', year: '2026' })).toBe(true);
    expect(matchesTransferFilter(item, { region: 'Central America' })).toBe(false);
    expect(matchesTransferFilter(item, { year: '2024' })).toBe(false);
    const query = transferFilterToQuery({ region: 'Eastern Africa', year: '2025' });
    expect(query).toBe('?region=Eastern+Africa&year=2025');
    expect(transferFilterFromQuery(query)).toEqual({ region: 'Eastern Africa', year: '2025' });
    expect(transferFilterFromQuery('?other=1&year=')).toEqual({});
  });
});
