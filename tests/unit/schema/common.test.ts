import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { compareDates, httpsUrl, isRealDate, partialDate, sourcedFact, sourcedReports } from '../../../src/schema/common.ts';

describe('partialDate', () => {
  it('accepts a day, a month or a year', () => {
    for (const date of ['2025-06-15', '2025-06', '2025', '2024-02-29']) expect(partialDate.parse(date)).toBe(date);
  });
  it('folds a YAML Date object back into the written form', () => {
    expect(partialDate.parse(new Date('2025-06-15T00:00:00Z'))).toBe('2025-06-15');
  });
  it('rejects impossible and malformed dates', () => {
    for (const date of ['2025-02-30', '2023-02-29', '2025-13', '25-06-15', '2025/06/15', '2025-6-1', '']) {
      expect(partialDate.safeParse(date).success, date).toBe(false);
    }
    expect(isRealDate('2025-04-31')).toBe(false);
  });
});

describe('compareDates', () => {
  it('orders dates of the same precision', () => {
    expect(compareDates('2025-06-01', '2025-06-02')).toBeLessThan(0);
    expect(compareDates('2026', '2025')).toBeGreaterThan(0);
  });
  it('treats a coarser date as possibly the same day', () => {
    expect(compareDates('2025-06', '2025-06-15')).toBe(0);
    expect(compareDates('2025', '2025-12-31')).toBe(0);
    expect(compareDates('2025-07', '2025-06-15')).toBeGreaterThan(0);
  });
});

describe('httpsUrl', () => {
  it('accepts https and refuses http and non-URLs', () => {
    expect(httpsUrl.safeParse('https://www.state.gov/').success).toBe(true);
    expect(httpsUrl.safeParse('http://www.state.gov/').success).toBe(false);
    expect(httpsUrl.safeParse('www.state.gov').success).toBe(false);
  });
});

describe('sourcedFact', () => {
  const fact = sourcedFact(z.number());
  it('requires a source for a known value', () => {
    expect(fact.safeParse({ value: 5, sources: ['a'] }).success).toBe(true);
    const result = fact.safeParse({ value: 5 });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0].path).toEqual(['sources']);
  });
  it('requires a note for an unknown value', () => {
    expect(fact.safeParse({ value: null, note: 'Not disclosed.' }).success).toBe(true);
    expect(fact.safeParse({ value: null }).error?.issues[0].path).toEqual(['note']);
  });
  it('allows not-applicable without a note but never with a value', () => {
    expect(fact.safeParse({ value: null, applicable: false }).success).toBe(true);
    expect(fact.safeParse({ value: 3, applicable: false, sources: ['a'] }).error?.issues[0].path).toEqual(['value']);
  });
  it('refuses unknown keys instead of dropping them', () => {
    expect(fact.safeParse({ value: 1, sources: ['a'], soruces: ['b'] }).error?.issues[0].code).toBe('unrecognized_keys');
  });
  it('validates the inner value', () => {
    expect(fact.safeParse({ value: 'five', sources: ['a'] }).success).toBe(false);
  });
  it('takes several reports, each with its own sources, and at least one', () => {
    const reports = sourcedReports(z.number());
    expect(reports.safeParse([{ value: 1, sources: ['a'] }, { value: 2, sources: ['b'] }]).success).toBe(true);
    expect(reports.safeParse([]).success).toBe(false);
  });
});
