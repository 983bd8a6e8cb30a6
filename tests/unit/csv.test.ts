import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, toCsv, UTF8_BOM } from '../../src/lib/csv.ts';

/** An independent RFC 4180 reader, so a shared misreading of the RFC cannot hide a bug. */
const read = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n', relax_quotes: false });

describe('csvField', () => {
  it('leaves plain text unquoted', () => {
    expect(csvField('Rwanda')).toBe('Rwanda');
    expect(csvField('')).toBe('');
  });

  it('quotes commas, quotes, newlines and edge spaces, doubling quotes', () => {
    expect(csvField('Nauru, Manus')).toBe('"Nauru, Manus"');
    expect(csvField('the "Rwanda plan"')).toBe('"the ""Rwanda plan"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' padded')).toBe('" padded"');
  });
});

describe('toCsv', () => {
  const records = [
    ['id', 'note', 'name'],
    ['a', 'commas, inside', 'Türkiye'],
    ['b', 'a "quoted" word', 'Ελλάδα'],
    ['c', 'two\r\nlines\nand a bare LF', 'إسرائيل'],
    ['d', '', '日本'],
  ];

  it('ends every record with CRLF and starts with a BOM when asked', () => {
    const text = toCsv(records, { bom: true });
    expect(text.startsWith(UTF8_BOM)).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.slice(1).split('\r\n')[0]).toBe('id,note,name');
    expect(toCsv(records).startsWith(UTF8_BOM)).toBe(false);
  });

  it('round-trips commas, quotes, newlines and non-Latin text through an independent parser', () => {
    expect(read(toCsv(records, { bom: true }))).toEqual(records);
  });

  it('refuses records whose width differs from the header', () => {
    expect(() => toCsv([['a', 'b'], ['only one']])).toThrow(/record 1 has 1 fields; the header has 2/);
  });
});
