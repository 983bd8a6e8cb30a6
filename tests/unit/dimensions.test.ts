import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { agreementDimensions, dimensionById, dimensionGroups, factState, factText, formatDate, labelOf } from '../../src/lib/dimensions.ts';
import { agreementSchema, clauseIds, type Agreement } from '../../src/schema/index.ts';

const fixture = agreementSchema.parse(readContent('tests/fixtures/valid-content').find((file) => file.id === 'testland-examplia-2025')!.data) as Agreement;
const names = { country: (id: string) => id.toUpperCase(), legalCase: (id: string) => `case ${id}` };

describe('agreementDimensions', () => {
  it('has unique ids and every group used', () => {
    const ids = agreementDimensions.map((dimension) => dimension.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(agreementDimensions.map((dimension) => dimension.group))).toEqual(new Set(dimensionGroups.map((group) => group.id)));
  });

  it('covers every comparable field of the agreement schema', () => {
    const schemaFields = Object.keys(agreementSchema.shape);
    const notDimensions = ['title', 'shortTitle', 'summary', 'statusHistory', 'relatedAgreements', 'terms', 'lastReviewed', 'dates', 'parties', 'text', 'asylumAccess', 'humanRightsConcerns', 'legalChallenges', 'clauses', 'transfers', 'transferGaps'];
    // The transfer records are not a row of their own: the derived 'transferred' row is computed from them.
    const kebab = (field: string) => field.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
    for (const field of schemaFields.filter((field) => !notDimensions.includes(field))) {
      expect(dimensionById(kebab(field)), field).toBeDefined();
    }
    for (const id of clauseIds) expect(dimensionById(`clause-${id}`)?.group, id).toBe('clauses');
    expect(clauseIds.length).toBeGreaterThanOrEqual(12);
    for (const id of ['sending', 'receiving', 'text-public', 'asylum-access', 'human-rights-concerns', 'legal-challenges', 'announced', 'signed', 'in-force', 'first-transfer', 'ended']) {
      expect(dimensionById(id), id).toBeDefined();
    }
  });

  it('reads and formats each kind of value', () => {
    const text = (id: string) => dimensionById(id)!.read(fixture).map((fact) => factText(dimensionById(id)!, fact, names));
    expect(text('sending')).toEqual(['TESTLAND']);
    expect(text('instrument')).toEqual(['Memorandum of understanding (MOU)']);
    expect(text('cap')).toEqual(['250 per year']);
    expect(text('transferred')).toEqual(['at least 7 (as of 30 June 2025)']);
    expect(text('cost-per-person')).toEqual([
      'at most USD 1,071,429 per person (USD 7,500,000 ÷ at least 7 people transferred as of 30 June 2025)',
      'at most USD 714,286 per person (USD 5,000,000 ÷ at least 7 people transferred as of 30 June 2025)',
    ]);
    expect(text('payments')).toEqual(['USD 7,500,000 from TESTLAND (grant)', 'USD 5,000,000 from TESTLAND to EXAMPLIA, paid (June 2025)']);
    expect(text('signed')).toEqual(['10 January 2025']);
    expect(text('first-transfer')).toEqual(['June 2025']);
    expect(text('legal-challenges')).toEqual(['case doe-v-ministry']);
    expect(text('clause-binding')).toEqual(['No — Art. 12']);
    expect(text('clause-consent')).toEqual(['Conditional']);
    expect(text('clause-notice')).toEqual(['Text not public']);
    expect(text('clause-detention')).toEqual(['No (from reporting)']);
    expect(text('clause-asylum-access')).toEqual(['Unknown']);
    expect(text('clause-dispute-settlement')).toEqual(['Not applicable']);
    expect(text('clause-minors')).toEqual(['Not in the text']);
    const binding = dimensionById('clause-binding')!;
    expect(binding.pinpoint!(binding.read(fixture)[0].value as never)).toEqual({ label: 'Art. 12', href: 'https://gazette.example.org/testland/2025/01/10#art12' });
  });

  it('shows unknown and not applicable in words, never as "no"', () => {
    const inForce = dimensionById('in-force')!.read(fixture)[0];
    const ended = dimensionById('ended')!.read(fixture)[0];
    const textPublic = dimensionById('text-public')!.read(fixture)[0];
    expect([factState(inForce), factText(dimensionById('in-force')!, inForce)]).toEqual(['unknown', 'Unknown']);
    expect([factState(ended), factText(dimensionById('ended')!, ended)]).toEqual(['not-applicable', 'Not applicable']);
    expect(factText(dimensionById('text-public')!, textPublic)).toBe('No');
  });
});

describe('labels and dates', () => {
  it('labels enum values for readers', () => {
    expect(labelOf('blocked-by-court')).toBe('Blocked by a court');
    expect(labelOf('readmission')).toBe('Readmission');
  });
  it('formats partial dates', () => {
    expect(formatDate('2025-06-05')).toBe('5 June 2025');
    expect(formatDate('2025-06')).toBe('June 2025');
    expect(formatDate('2025')).toBe('2025');
  });
});
