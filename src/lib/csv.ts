/**
 * RFC 4180 CSV: fields quoted when they hold a comma, quote, CR or LF; quotes doubled; CRLF between records.
 * A byte-order mark leads the text so spreadsheet programs read it as UTF-8 rather than guessing a legacy encoding.
 */
export const CSV_BOM = '\uFEFF';

export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], { bom = true } = {}): string {
  return (bom ? CSV_BOM : '') + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
