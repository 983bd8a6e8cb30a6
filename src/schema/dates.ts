/**
 * Dates at the precision sources give ("2025", "2025-06", "2025-06-15"): recognising and ordering them. No zod here,
 * so browser scripts (the timeline filter) can use these without shipping the schema library.
 */

export const PARTIAL_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

/** True for a date that exists on the calendar: "2024-02-29" yes, "2025-02-30" no. */
export function isRealDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  if (!match[3]) return true;
  const date = new Date(`${text}T00:00:00Z`);
  return date.toISOString().slice(0, 10) === text;
}

/**
 * Orders two dates of possibly different precision. "2025-06" and "2025-06-15" compare equal: the coarser
 * date may be that very day, so neither is out of order.
 */
export function compareDates(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  const left = a.slice(0, length);
  const right = b.slice(0, length);
  return left < right ? -1 : left > right ? 1 : 0;
}
