/**
 * Time on a chart axis: partial dates ("2025", "2025-07", "2025-07-16") as day numbers, at the first day they may
 * mean, and year ticks for an axis.
 */

const DAY = 86_400_000;

/** Days since 1 January 1970 of the first day a partial date may mean. */
export function dayOf(date: string): number {
  const [year, month, day] = date.split('-').map(Number);
  return Date.UTC(year, (month ?? 1) - 1, day ?? 1) / DAY;
}

const MONTH_ABBREVIATIONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/**
 * Ticks for a time axis: years, or for a span of under three years the first day of every quarter ("Jan 2025",
 * "Apr", "Jul", "Oct"), thinned to at most `most`.
 */
export function timeTicks(fromDay: number, toDay: number, most = 8): { day: number; label: string }[] {
  const years = yearTicks(fromDay, toDay, most);
  if (years.length >= 3) return years;
  const ticks: { day: number; label: string }[] = [];
  const start = new Date(fromDay * DAY);
  for (let year = start.getUTCFullYear(), month = Math.ceil(start.getUTCMonth() / 3) * 3; ; month += 3) {
    const day = Date.UTC(year + Math.floor(month / 12), month % 12, 1) / DAY;
    if (day > toDay) break;
    if (day >= fromDay) ticks.push({ day, label: month % 12 === 0 ? `${MONTH_ABBREVIATIONS[0]} ${year + Math.floor(month / 12)}` : MONTH_ABBREVIATIONS[month % 12] });
  }
  const step = Math.max(1, Math.ceil(ticks.length / most));
  return ticks.filter((_, index) => index % step === 0);
}

/** 1 January of each year in [from, to], thinned to at most `most` ticks. */
export function yearTicks(fromDay: number, toDay: number, most = 8): { day: number; label: string }[] {
  const first = new Date(fromDay * DAY).getUTCFullYear();
  const last = new Date(toDay * DAY).getUTCFullYear();
  const years: number[] = [];
  for (let year = first; year <= last + 1; year++) {
    const day = Date.UTC(year, 0, 1) / DAY;
    if (day >= fromDay && day <= toDay) years.push(year);
  }
  const step = Math.max(1, Math.ceil(years.length / most));
  return years.filter((year) => (year - years[0]) % step === 0).map((year) => ({ day: Date.UTC(year, 0, 1) / DAY, label: String(year) }));
}

/** A linear scale from [d0, d1] to [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (value: number) => number {
  const span = d1 - d0 || 1;
  return (value) => r0 + ((value - d0) / span) * (r1 - r0);
}

/** Round numbers for a count axis: 0 and two or three steps of 1, 2 or 5 × 10^n up to at least `max`. */
export function countTicks(max: number): number[] {
  if (max <= 0) return [0, 1];
  const rough = max / 3;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= rough)!;
  const ticks = [0];
  while (ticks.at(-1)! < max) ticks.push(ticks.at(-1)! + step);
  return ticks;
}

/** Coordinates are written with at most one decimal: enough for a screen, and the SVG stays small. */
export const round = (value: number) => Math.round(value * 10) / 10;
