/**
 * RFC 4180 CSV: fields quoted when they hold a comma, quote, CR or LF; quotes doubled; CRLF after every record.
 * A byte-order mark leads the text so spreadsheet programs read it as UTF-8 rather than guessing a legacy encoding
 * (which mangles non-Latin text); other readers skip it.
 *
 * Every CSV the site writes (the downloads and the comparison's "download this view") passes through here, so every
 * one is safe to open in a spreadsheet: a text cell that starts with =, +, -, @, a tab or a carriage return would be
 * run as a formula, so it gets a leading apostrophe, as OWASP advises. Numbers stay numbers.
 */
export const CSV_BOM = '\uFEFF';

/** Edge spaces are quoted too: spreadsheets would trim them. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** A cell a spreadsheet would read as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text that is a plain number ("-12", "+3.5") is a value, not a formula, and is left as it is. */
const PLAIN_NUMBER = /^[+-]?\d+(?:\.\d+)?$/;

/** The cell as a spreadsheet should see it: text that could start a formula is prefixed with an apostrophe. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

export function csvField(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : typeof value === 'number' ? String(value) : neutraliseFormula(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: readonly (readonly (string | number | null | undefined)[])[], { bom = true } = {}): string {
  return (bom ? CSV_BOM : '') + rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}
