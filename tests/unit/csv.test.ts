import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../src/lib/csv.ts';

describe('toCsv', () => {
  it('quotes commas, quotes and line breaks, and keeps non-Latin text', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a, b')).toBe('"a, b"');
    expect(csvField('say "no"')).toBe('"say ""no"""');
    expect(csvField('line\nbreak')).toBe('"line\nbreak"');
    expect(csvField('Türkiye – Eswatini – 日本')).toBe('Türkiye – Eswatini – 日本');
    expect(csvField(null)).toBe('');
    expect(toCsv([['a', 1], ['b,c', null]])).toBe('\uFEFFa,1\r\n"b,c",\r\n');
    expect(toCsv([['x']], { bom: false })).toBe('x\r\n');
  });
});
