/** Horizontal bars with a label each, for comparing a few amounts (cost per person by arrangement). Pure geometry. */
import { countTicks, linear, round } from './time.ts';

export type BarInput = { label: string; value: number; key: string };

export type BarChart = {
  width: number;
  height: number;
  labelWidth: number;
  barHeight: number;
  bars: (BarInput & { y: number; width: number })[];
  ticks: { x: number; label: string }[];
  plot: { left: number; right: number; top: number; bottom: number };
};

export function barChart(items: readonly BarInput[], options: { width?: number; labelWidth?: number; barHeight?: number; format?: (value: number) => string } = {}): BarChart {
  const width = options.width ?? 640;
  const labelWidth = options.labelWidth ?? 180;
  const barHeight = options.barHeight ?? 22;
  const format = options.format ?? ((value: number) => value.toLocaleString('en-GB'));
  const plot = { left: labelWidth, right: width - 90, top: 8, bottom: 8 + items.length * barHeight };
  const ticks = countTicks(Math.max(1, ...items.map((item) => item.value)));
  const x = linear(0, ticks.at(-1)!, plot.left, plot.right);
  return {
    width,
    height: plot.bottom + 22,
    labelWidth,
    barHeight,
    plot,
    bars: items.map((item, index) => ({ ...item, y: plot.top + index * barHeight, width: round(x(item.value) - plot.left) })),
    ticks: ticks.map((tick) => ({ x: round(x(tick)), label: format(tick) })),
  };
}
