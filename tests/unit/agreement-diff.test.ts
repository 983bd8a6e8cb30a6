import { describe, expect, it } from 'vitest';
import { agreementChanges, formatChanges } from '../../src/lib/agreement-diff.ts';
import { readContent } from '../../src/lib/content-files.ts';
import { agreementSchema } from '../../src/schema/index.ts';

const names = { country: (id: string) => id, legalCase: (id: string) => id };
const before = agreementSchema.parse(readContent('tests/fixtures/valid-content').find((file) => file.id === 'testland-examplia-2025')!.data);

describe('agreementChanges', () => {
  it('lists only the registry rows whose value, note or sources changed', () => {
    const after = structuredClone(before);
    after.cap = { value: { count: 300 }, sources: ['wire-2025-06-transfers'] };
    after.summary = 'Only prose changed here, which is not a comparison value, so it must not be listed as a change at all.';
    after.payments = [...after.payments, { value: { amount: 100000, currency: 'USD', payer: 'testland' }, sources: ['wire-2025-06-transfers'] }];
    const changes = agreementChanges('testland-examplia-2025', before, after, names);
    expect(changes.map((change) => change.dimension)).toEqual(['cap', 'payments', 'cost-per-person']);
    expect(changes[0].before.map((fact) => fact.text)).toEqual(['250 per year']);
    expect(changes[0].after.map((fact) => fact.text)).toEqual(['300']);
  });

  it('lists every row of a new agreement and formats a table a reviewer can paste', () => {
    const changes = agreementChanges('testland-examplia-2025', undefined, before, names);
    expect(changes.length).toBeGreaterThan(20);
    const markdown = formatChanges(
      [
        { id: 'testland-examplia-2025', status: 'modified', changes: changes.filter((change) => change.dimension === 'cap') },
        { id: 'gone-away-2020', status: 'deleted', changes: [] },
      ],
      (id) => `Title ${id}`,
    );
    expect(markdown).toContain('### `testland-examplia-2025` (modified)');
    expect(markdown).toContain('| Cap on numbers | — | 250 per year — sources: Title gazette-2025-01-10-testland-deal (`gazette-2025-01-10-testland-deal`) |');
    expect(markdown).toContain('### `gone-away-2020` (deleted)');
  });
});
