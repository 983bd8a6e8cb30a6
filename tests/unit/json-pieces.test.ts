import { describe, expect, it } from 'vitest';
import { prettyJsonPieces } from '../../src/lib/json-pieces.ts';

const joined = (head: Record<string, unknown>, listKey: string, records: unknown[]) => [...prettyJsonPieces({ head, listKey, records })].join('');

describe('prettyJsonPieces', () => {
  const head = { dataset: { title: 'T', licence: { name: 'CC BY 4.0' } }, countries: { rw: { name: 'Rwanda', iso2: 'RW' } } };
  const records = [
    { id: 'a', text: 'line one\nline two “quoted”', nested: [[1, 2], { deep: { deeper: [] } }], empty: {} },
    { id: 'b', list: [], n: null },
  ];

  it('joins to exactly JSON.stringify(file, null, 2)', () => {
    expect(joined(head, 'agreements', records)).toBe(JSON.stringify({ ...head, agreements: records }, null, 2));
  });

  it('writes an empty list as JSON.stringify does', () => {
    expect(joined(head, 'terms', [])).toBe(JSON.stringify({ ...head, terms: [] }, null, 2));
    expect(joined({}, 'terms', [])).toBe(JSON.stringify({ terms: [] }, null, 2));
  });

  it('leaves out undefined head fields, as JSON.stringify does', () => {
    expect(joined({ a: 1, b: undefined }, 'x', [1])).toBe(JSON.stringify({ a: 1, b: undefined, x: [1] }, null, 2));
  });

  it('yields one piece per record, reading the records lazily', () => {
    let made = 0;
    function* lazy() {
      for (let i = 0; i < 3; i++) {
        made += 1;
        yield { i };
      }
    }
    const pieces = prettyJsonPieces({ head: {}, listKey: 'items', records: lazy() });
    pieces.next();
    expect(made).toBe(1);
    expect([...pieces]).toHaveLength(3);
    expect(made).toBe(3);
  });
});
