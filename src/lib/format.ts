/** Reader-facing formatting shared by the build and the browser; small on purpose (it ships in page scripts). */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** An amount in its own currency, never converted: "USD 7,500,000". */
export function formatAmount(amount: number, currency: string): string {
  return `${currency} ${amount.toLocaleString('en-GB')}`;
}

/** Formats "2025-06-15" / "2025-06" / "2025" as "15 June 2025" / "June 2025" / "2025". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split('-');
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  return [day ? String(Number(day)) : undefined, monthName, year].filter(Boolean).join(' ');
}
