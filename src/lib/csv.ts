/**
 * CSV as RFC 4180 describes it: CRLF between records, every field that holds a comma, a double quote, CR or LF
 * quoted, quotes doubled. Spreadsheets also need two things the RFC leaves open: a byte-order mark, without which
 * Excel reads UTF-8 as a legacy code page and mangles non-Latin text, and a header row.
 */

/** Byte-order mark: Excel opens the file as UTF-8 only when it is present; other readers skip it. */
export const UTF8_BOM = '\uFEFF';

const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

/** One field, quoted when RFC 4180 requires it (and when it has edge whitespace, which spreadsheets would trim). */
export function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Records (the first one the header) as CSV text: CRLF after every record, optionally preceded by a BOM. */
export function toCsv(records: readonly (readonly string[])[], options: { bom?: boolean } = {}): string {
  const width = records[0]?.length ?? 0;
  const lines = records.map((record, index) => {
    if (record.length !== width) throw new Error(`CSV record ${index} has ${record.length} fields; the header has ${width}`);
    return record.map(csvField).join(',');
  });
  return (options.bom ? UTF8_BOM : '') + lines.map((line) => `${line}\r\n`).join('');
}
