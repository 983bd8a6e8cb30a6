/**
 * The lifespan chart: one row per agreement on a shared time axis, from its announcement to its end (or the newest
 * source), coloured by status as its dated status changes give it, with marks for the signing and the first transfer.
 * Pure geometry and the data table it draws, so a test can hold every drawn segment to a row of the data file.
 */
import { compareDates } from '../../schema/dates.ts';
import type { Agreement, AgreementStatus } from '../../schema/index.ts';
import { dayOf, linear, round, timeTicks } from './time.ts';

/** Statuses grouped into the few colours a reader can tell apart; the legend names each group. */
export const lifespanPhases = [
  { id: 'talks', label: 'Announced or in talks', statuses: ['reported', 'proposed', 'negotiating'] },
  { id: 'signed', label: 'Signed, not yet used', statuses: ['signed'] },
  { id: 'operational', label: 'Operational', statuses: ['operational'] },
  { id: 'paused', label: 'Dormant or suspended', statuses: ['dormant', 'suspended'] },
  { id: 'blocked', label: 'Blocked by a court', statuses: ['blocked-by-court'] },
] as const satisfies readonly { id: string; label: string; statuses: readonly AgreementStatus[] }[];

export type LifespanPhase = (typeof lifespanPhases)[number]['id'];

const phaseOf = (status: AgreementStatus): LifespanPhase | null => lifespanPhases.find((phase) => (phase.statuses as readonly string[]).includes(status))?.id ?? null;

/** One drawn stretch of an agreement's life: a row of the chart's data file. */
export type LifespanSegment = { agreement: string; status: AgreementStatus; phase: LifespanPhase; from: string; to: string };

export type LifespanInput = { id: string; title: string; data: Pick<Agreement, 'statusHistory' | 'dates' | 'status'> };

/**
 * The stretches of one agreement's life. Before its first status change it is "in talks" from the announcement; each
 * change lasts until the next; the last lasts until `now`, unless the agreement ended.
 */
export function lifespanSegments({ id, data }: LifespanInput, now: string): LifespanSegment[] {
  const changes = data.statusHistory;
  const segments: LifespanSegment[] = [];
  const announced = data.dates.announced.value;
  if (announced && changes.length && compareDates(announced, changes[0].date) < 0 && phaseOf(changes[0].status) !== 'talks') {
    segments.push({ agreement: id, status: 'reported', phase: 'talks', from: announced, to: changes[0].date });
  }
  changes.forEach((change, index) => {
    const phase = phaseOf(change.status);
    if (!phase) return;
    const to = changes[index + 1]?.date ?? now;
    if (compareDates(change.date, to) > 0) return;
    segments.push({ agreement: id, status: change.status, phase, from: change.date, to });
  });
  return segments;
}

export type LifespanRow = {
  id: string;
  title: string;
  y: number;
  bars: (LifespanSegment & { x: number; width: number })[];
  marks: { kind: 'signed' | 'first-transfer' | 'ended'; date: string; x: number }[];
};

export type LifespanChart = {
  width: number;
  height: number;
  rowHeight: number;
  labelWidth: number;
  rows: LifespanRow[];
  xTicks: { x: number; label: string }[];
  plot: { left: number; right: number; top: number; bottom: number };
};

export function lifespanChart(
  agreements: readonly LifespanInput[],
  now: string,
  options: { width?: number; rowHeight?: number; labelWidth?: number; from?: string } = {},
): LifespanChart {
  const width = options.width ?? 760;
  const rowHeight = options.rowHeight ?? 18;
  const labelWidth = options.labelWidth ?? 230;
  const from = options.from;
  // A chart that starts at `from` (a close-up of recent years) draws only what reaches it, cut at its left edge.
  const clip = (segments: LifespanSegment[]) => (from ? segments.filter((segment) => compareDates(segment.to, from) > 0) : segments);
  const withSegments = agreements.map((agreement) => ({ agreement, segments: clip(lifespanSegments(agreement, now)) })).filter((row) => row.segments.length > 0);
  withSegments.sort((a, b) => compareDates(a.segments[0].from, b.segments[0].from) || a.agreement.id.localeCompare(b.agreement.id));
  const top = 24;
  const plot = { left: labelWidth, right: width - 10, top, bottom: top + withSegments.length * rowHeight };
  const first = from ? dayOf(from) : Math.min(...withSegments.map((row) => dayOf(row.segments[0].from)));
  const last = dayOf(now) + 1;
  const x = linear(first, last, plot.left, plot.right);
  const rows = withSegments.map(({ agreement, segments }, index) => {
    const dates = agreement.data.dates;
    const marks: LifespanRow['marks'] = [];
    const inView = (date: string | null): date is string => !!date && (!from || compareDates(date, from) >= 0);
    if (inView(dates.signed.value)) marks.push({ kind: 'signed', date: dates.signed.value, x: round(x(dayOf(dates.signed.value))) });
    if (inView(dates.firstTransfer.value)) marks.push({ kind: 'first-transfer', date: dates.firstTransfer.value, x: round(x(dayOf(dates.firstTransfer.value))) });
    if (inView(dates.ended.value)) marks.push({ kind: 'ended', date: dates.ended.value, x: round(x(dayOf(dates.ended.value))) });
    return {
      id: agreement.id,
      title: agreement.title,
      y: plot.top + index * rowHeight,
      bars: segments.map((segment) => {
        // The data keep the stretch's real start; the bar starts at the chart's edge when it began before it.
        const start = x(Math.max(first, dayOf(segment.from)));
        // A stretch shorter than a pixel is still drawn, so a status that lasted a day stays visible.
        return { ...segment, x: round(start), width: round(Math.max(1.5, x(dayOf(segment.to)) - start)) };
      }),
      marks,
    };
  });
  return {
    width,
    height: plot.bottom + 22,
    rowHeight,
    labelWidth,
    rows,
    plot,
    xTicks: timeTicks(first, last, 10).map((tick) => ({ x: round(x(tick.day)), label: tick.label })),
  };
}

export const LIFESPAN_CSV_HEADER = ['agreement_id', 'agreement', 'status', 'phase', 'from', 'to', 'signed', 'first_transfer', 'ended'] as const;

/** The data file of the lifespan chart: one row per drawn stretch, with the agreement's marked dates. */
export function lifespanRows(agreements: readonly LifespanInput[], now: string): (string | number)[][] {
  return agreements.flatMap((agreement) =>
    lifespanSegments(agreement, now).map((segment) => [
      agreement.id,
      agreement.title,
      segment.status,
      segment.phase,
      segment.from,
      segment.to,
      agreement.data.dates.signed.value ?? '',
      agreement.data.dates.firstTransfer.value ?? '',
      agreement.data.dates.ended.value ?? '',
    ]),
  );
}
