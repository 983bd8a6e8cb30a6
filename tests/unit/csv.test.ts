import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_BOM, csvField, toCsv } from '../../src/lib/csv.ts';

/** An independent RFC 4180 reader, so a shared misreading of the RFC cannot hide a bug. */
const read = (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n', relax_quotes: false, relax_column_count: true });

describe('csvField', () => {
  it('quotes commas, quotes, line breaks and edge spaces, doubling quotes, and keeps non-Latin text', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('Türkiye – Eswatini – 日本')).toBe('Türkiye – Eswatini – 日本');
    expect(csvField(null)).toBe('');
    expect(csvField(7)).toBe('7');
  });
});

describe('toCsv', () => {
  it('writes a BOM (unless asked not to) and ends every record with CRLF', () => {
    expect(toCsv([['a', 1], ['b,c', null]])).toBe('\uFEFFa,1\r\n"b,c",\r\n');
    expect(toCsv([['x']], { bom: false })).toBe('x\r\n');
  });

  it('round-trips commas, quotes, newlines and non-Latin text through an independent parser', () => {
    const records = [
      ['id', 'note', 'name'],
      ['a', 'commas, inside', 'Türkiye'],
      ['b', 'a "quoted" word', 'Ελλάδα'],
      ['c', 'two\r\nlines\nand a bare LF', 'إسرائيل'],
      ['d', '', '日本'],
    ];
    const text = toCsv(records);
    expect(text.startsWith(CSV_BOM)).toBe(true);
    expect(read(text)).toEqual(records);
  });
});

describe('formula injection', () => {
  it.each([
    ['=HYPERLINK("https://evil.example","click")', `"'=HYPERLINK(""https://evil.example"",""click"")"`],
    ['+cmd|/c calc', "'+cmd|/c calc"],
    ['-2+3+cmd|x', "'-2+3+cmd|x"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('neutralises a text cell starting %j', (text, written) => {
    expect(csvField(text)).toBe(written);
  });

  it('keeps numbers, and text that is a plain number, as numbers', () => {
    expect(csvField(-12)).toBe('-12');
    expect(csvField('-12')).toBe('-12');
    expect(csvField('+3.5')).toBe('+3.5');
    expect(csvField(5100000)).toBe('5100000');
  });

  it('reads back through an independent parser as the neutralised text, still RFC 4180', () => {
    const [row] = read(toCsv([['=1+1', '@x', 'plain, text', 42]]));
    expect(row).toEqual(["'=1+1", "'@x", 'plain, text', '42']);
  });
});
