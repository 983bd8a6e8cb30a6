/**
 * The cumulative transfers chart: a step line of the running total derived from an agreement's transfer records, one
 * point per record, each point a link to the record (and so to its sources). Pure geometry; the component draws it.
 */
import type { TransferStep } from '../transfers/series.ts';
import { countTicks, dayOf, linear, round, timeTicks } from './time.ts';

export type StepPoint = {
  x: number;
  y: number;
  /** The running total the point draws: a number of the chart's data file. */
  total: number;
  exact: boolean;
  date: string;
  /** The record's position in the agreement's list, from 1 (its row in the table and the data file). */
  record: number;
};

export type StepChart = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  path: string;
  points: StepPoint[];
  xTicks: { x: number; label: string }[];
  yTicks: { y: number; label: string }[];
};

export type StepChartOptions = {
  width?: number;
  height?: number;
  /** A shared time axis (small multiples): [first day, last day]. */
  domain?: [number, number];
  /** Leave out the axes' labels (small multiples label a shared axis once). */
  compact?: boolean;
};

export function stepChart(steps: readonly TransferStep[], options: StepChartOptions = {}): StepChart {
  const width = options.width ?? 480;
  const height = options.height ?? 220;
  const compact = options.compact ?? false;
  const plot = compact ? { left: 4, right: width - 4, top: 6, bottom: height - 4 } : { left: 48, right: width - 12, top: 12, bottom: height - 26 };
  const days = steps.map((step) => dayOf(step.date));
  const first = options.domain?.[0] ?? Math.min(...days);
  // A single record still needs some width: a month either side.
  const last = options.domain?.[1] ?? Math.max(...days, first + 60);
  const start = options.domain ? first : first - 30;
  const max = Math.max(1, ...steps.map((step) => step.total));
  const ticks = countTicks(max);
  const x = linear(start, last, plot.left, plot.right);
  const y = linear(0, ticks.at(-1)!, plot.bottom, plot.top);
  const points = steps.map((step, index) => ({
    x: round(x(days[index])),
    y: round(y(step.total)),
    total: step.total,
    exact: step.exact,
    date: step.date,
    record: step.index + 1,
  }));
  let path = `M${round(x(start))},${round(y(0))}`;
  for (const point of points) path += `H${point.x}V${point.y}`;
  if (points.length) path += `H${round(plot.right)}`;
  return {
    width,
    height,
    plot,
    path,
    points,
    xTicks: compact ? [] : timeTicks(start, last, 6).map((tick) => ({ x: round(x(tick.day)), label: tick.label })),
    yTicks: compact ? [] : ticks.map((tick) => ({ y: round(y(tick)), label: tick.toLocaleString('en-GB') })),
  };
}
