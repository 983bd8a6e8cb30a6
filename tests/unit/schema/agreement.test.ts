import { describe, expect, it } from 'vitest';
import { readContent } from '../../../src/lib/content-files.ts';
import { agreementSchema, caseSchema, countrySchema, sourceSchema, termSchema } from '../../../src/schema/index.ts';

const valid = readContent('tests/fixtures/valid-content').find((file) => file.id === 'testland-examplia-2025')!.data as Record<string, any>;
const clone = () => structuredClone(valid);
const issuesOf = (data: unknown) => agreementSchema.safeParse(data).error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? [];

describe('agreementSchema', () => {
  it('accepts the valid fixture', () => {
    expect(issuesOf(valid)).toEqual([]);
  });

  it('keeps dates in order: announced ≤ signed ≤ in force ≤ ended', () => {
    const data = clone();
    data.dates.inForce = { value: '2024-12-01', sources: ['s'] };
    expect(issuesOf(data)).toContain('dates.inForce.value: expected inForce (2024-12-01) on or after signed (2025-01-10)');
  });

  it('does not let a first transfer come after the end', () => {
    const data = clone();
    data.status = { value: 'ended', sources: ['s'] };
    data.statusHistory.push({ date: '2025-06-25', status: 'ended', sources: ['s'] });
    data.dates.ended = { value: '2025-06-25', sources: ['s'] };
    data.dates.firstTransfer = { value: '2025-07-01', sources: ['s'] };
    expect(issuesOf(data)).toContain('dates.firstTransfer.value: expected firstTransfer (2025-07-01) on or before ended (2025-06-25)');
  });

  it('keeps status consistent with dates', () => {
    const proposed = clone();
    proposed.status = { value: 'negotiating', sources: ['s'] };
    proposed.statusHistory = [{ date: '2025-01-02', status: 'negotiating', sources: ['s'] }];
    expect(issuesOf(proposed).some((issue) => issue.startsWith('dates.signed.value: expected no signed date while status is "negotiating"'))).toBe(true);

    const ended = clone();
    ended.status = { value: 'ended', sources: ['s'] };
    ended.statusHistory.push({ date: '2025-07', status: 'ended', sources: ['s'] });
    expect(issuesOf(ended)).toContain('dates.ended.applicable: expected an end date (or null with a note) for an agreement whose status is "ended"');
  });

  it('keeps the status history oldest first and ending at the current status', () => {
    const data = clone();
    data.statusHistory.reverse();
    const issues = issuesOf(data);
    expect(issues.some((issue) => issue.startsWith('statusHistory.2.date: expected status changes oldest first'))).toBe(true);
    expect(issues.some((issue) => issue.startsWith('statusHistory.2.status: expected the latest status change to be "blocked-by-court"'))).toBe(true);
  });

  it('allows several parties on a side (multilateral arrangements)', () => {
    const data = clone();
    data.parties.value.sending = ['testland', 'examplia'];
    expect(issuesOf(data)).toEqual([]);
  });

  it('refuses a typo in a key at any depth', () => {
    const data = clone();
    data.cap.value.cuont = 3;
    expect(issuesOf(data)).toContain('cap.value: Unrecognized key: "cuont"');
  });
});

describe('other schemas', () => {
  it('requires ISO codes for states but not for blocs', () => {
    const base = { name: 'European Union', context: 'A political and economic union of member states in Europe.', sources: ['s'] };
    expect(countrySchema.safeParse({ ...base, kind: 'bloc' }).success).toBe(true);
    expect(countrySchema.safeParse(base).success).toBe(false);
  });
  it('requires a source for every term and every case', () => {
    expect(termSchema.safeParse({ term: 'Refugee', definition: 'A person outside their country who fears persecution there.', sources: [] }).success).toBe(false);
    expect(
      caseSchema.safeParse({ name: 'X v Y', court: 'A court', jurisdiction: 'x', docket: '1', events: [{ date: '2025', event: 'Filed', sources: [] }], outcome: 'Nothing decided yet.', status: 'pending', sources: ['s'] }).success,
    ).toBe(false);
  });
  it('describes a reprint with via and defaults the language', () => {
    const source = sourceSchema.parse({ title: 'Story', publisher: 'CNA', via: 'Reuters', url: 'https://example.org/x', kind: 'news', published: null, accessed: '2026-11-27' });
    expect(source.language).toBe('en');
    expect(source.via).toBe('Reuters');
  });
});
