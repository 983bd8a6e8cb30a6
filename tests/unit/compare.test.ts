import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content-files.ts';
import { dimensionMeta, groupMeta, toComparableRecord } from '../../src/lib/comparable.ts';
import {
  buildComparison,
  comparisonNotices,
  comparisonCsv,
  emptyState,
  parseCompareState,
  rowDiffers,
  selectColumns,
  serializeCompareState,
  type CellFact,
  type ComparableRecord,
  type CompareState,
} from '../../src/lib/compare.ts';
import { comparePresets, defaultSelection, presetHref } from '../../src/lib/compare-presets.ts';
import { agreementSchema } from '../../src/schema/index.ts';

const names = { country: (id: string) => id[0].toUpperCase() + id.slice(1), legalCase: (id: string) => `Case ${id}` };
const fixture = agreementSchema.parse(readContent('tests/fixtures/valid-content').find((file) => file.id === 'testland-examplia-2025')!.data);
const base = toComparableRecord('testland-examplia-2025', fixture, names);

/** A variant of the fixture record with some cells replaced, for views with several columns. */
function variant(id: string, year: number, changes: Partial<Record<string, CellFact[]>>, extra: Partial<ComparableRecord> = {}): ComparableRecord {
  return { ...base, id, shortTitle: id, year, ...extra, cells: { ...base.cells, ...changes } as Record<string, CellFact[]> };
}
const known = (text: string, sortKey?: string | number): CellFact[] => [{ text, state: 'known', sources: ['s'], ...(sortKey === undefined ? {} : { sortKey }) }];

const records = [
  base,
  variant('a-b-2019', 2019, { cap: known('100', 100), signed: known('1 March 2019', '2019-03-01') }, { models: ['safe-third-country'], status: 'ended', countries: ['a', 'b'] }),
  variant('c-d-2025', 2025, { cap: [{ text: 'Unknown', state: 'unknown', sources: [], note: 'Not disclosed.' }] }, { countries: ['c', 'd'] }),
];

describe('records from the registry', () => {
  it('formats every registry dimension once, keeping unknown, not applicable and sort keys', () => {
    expect(Object.keys(base.cells)).toEqual(dimensionMeta.map((dimension) => dimension.id));
    expect(base.cells['in-force'][0]).toEqual({ text: 'Unknown', state: 'unknown', sources: [], note: 'Not reported.' });
    expect(base.cells.ended[0].state).toBe('not-applicable');
    expect(base.cells.cap[0]).toMatchObject({ text: '250 per year', sortKey: 250 });
    expect(base.cells.signed[0].sortKey).toBe('2025-01-10');
    expect(base.cells['legal-challenges'][0].links).toEqual([{ href: '/cases/doe-v-ministry/', text: 'Case doe-v-ministry' }]);
    expect(base).toMatchObject({ year: 2025, status: 'blocked-by-court', models: ['integration', 'transit'], countries: ['testland', 'examplia'], receiving: ['examplia'] });
  });
});

describe('query-string state', () => {
  it('round-trips a full view', () => {
    const state: CompareState = { agreements: ['us-rwanda-2025', 'uk-rwanda-2022'], dimensions: ['cap', 'payments'], swap: true, differOnly: true, model: 'detention', status: 'operational', country: 'rwanda', region: 'Eastern Africa', year: '2025', valuesOnly: true, sort: 'cap', descending: true };
    const query = serializeCompareState(state);
    expect(query).toBe('a=us-rwanda-2025,uk-rwanda-2022&d=cap,payments&swap=1&differ=1&model=detention&status=operational&country=rwanda&region=Eastern+Africa&year=2025&sort=cap&dir=desc&values=only');
    expect(parseCompareState(query)).toEqual(state);
  });
  it('omits defaults and reads form-style repeated keys', () => {
    expect(serializeCompareState(emptyState)).toBe('');
    expect(parseCompareState('a=x-y-2020&a=z-w-2021&d=cap').agreements).toEqual(['x-y-2020', 'z-w-2021']);
  });
  it('drops malformed values instead of trusting them', () => {
    const state = parseCompareState('a=<script>,ok-id-2020&year=20x5&model=a"b&sort=../../x');
    expect(state).toEqual({ ...emptyState, agreements: ['ok-id-2020'] });
  });
});

describe('selection, filters and sort', () => {
  const defaults = ['testland-examplia-2025', 'c-d-2025'];
  const ids = (state: Partial<CompareState>) => selectColumns(records, { ...emptyState, ...state }, defaults).columns.map((record) => record.id);
  it('shows the default selection, or exactly the agreements asked for, in that order', () => {
    expect(ids({})).toEqual(defaults);
    expect(ids({ agreements: ['c-d-2025', 'a-b-2019'] })).toEqual(['c-d-2025', 'a-b-2019']);
  });
  it('reports ids that do not exist', () => {
    expect(selectColumns(records, { ...emptyState, agreements: ['nope-x-2000', 'a-b-2019'] }, defaults).missing).toEqual(['nope-x-2000']);
  });
  it('filters by model, status, country and year, over everything when nothing is chosen', () => {
    expect(ids({ model: 'safe-third-country' })).toEqual(['a-b-2019']);
    expect(ids({ status: 'blocked-by-court' })).toEqual(['testland-examplia-2025', 'c-d-2025']);
    expect(ids({ country: 'd' })).toEqual(['c-d-2025']);
    expect(ids({ year: '2019' })).toEqual(['a-b-2019']);
  });
  it('sorts by a dimension with unknown values last in both directions', () => {
    const all = records.map((record) => record.id);
    expect(ids({ agreements: all, sort: 'cap' })).toEqual(['a-b-2019', 'testland-examplia-2025', 'c-d-2025']);
    expect(ids({ agreements: all, sort: 'cap', descending: true })).toEqual(['testland-examplia-2025', 'a-b-2019', 'c-d-2025']);
    expect(ids({ agreements: all, sort: 'signed' })).toEqual(['a-b-2019', 'testland-examplia-2025', 'c-d-2025']);
  });
});

describe('buildComparison', () => {
  const all = records.map((record) => record.id);
  it('groups rows by the registry groups and numbers sources in reading order', () => {
    const view = buildComparison(records, dimensionMeta, groupMeta, { ...emptyState, agreements: all }, []);
    expect(view.groups.map((group) => group.group.id)).toEqual(groupMeta.map((group) => group.id));
    expect(view.groups.flatMap((group) => group.rows).length).toBe(dimensionMeta.length);
    expect([...view.sourceNumbers.values()]).toEqual([...Array(view.sourceNumbers.size).keys()].map((index) => index + 1));
  });
  it('tells unknown from no, and hides equal rows when asked', () => {
    expect(rowDiffers([known('No'), [{ text: 'Unknown', state: 'unknown', sources: [] }]])).toBe(true);
    expect(rowDiffers([known('No'), known('No')])).toBe(false);
    const differ = buildComparison(records, dimensionMeta, groupMeta, { ...emptyState, agreements: all, differOnly: true }, []);
    expect(differ.groups.flatMap((group) => group.rows).map((row) => row.dimension.id)).toEqual(['cap', 'signed']);
  });
  it('keeps only the chosen dimensions', () => {
    const view = buildComparison(records, dimensionMeta, groupMeta, { ...emptyState, agreements: all, dimensions: ['payments', 'status'] }, []);
    expect(view.groups.flatMap((group) => group.rows).map((row) => row.dimension.id)).toEqual(['payments', 'status']);
  });
});

describe('comparisonCsv', () => {
  it('writes one row per dimension, one column per agreement, and the numbered sources', () => {
    const view = buildComparison(records, dimensionMeta, groupMeta, { ...emptyState, agreements: ['testland-examplia-2025', 'c-d-2025'], dimensions: ['cap', 'transferred', 'payments'] }, []);
    const csv = comparisonCsv(view, (id) => `Title of ${id}`);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('Dimension,Testland–Examplia (2025),c-d-2025');
    expect(lines[1]).toBe('Cap on numbers,250 per year [1],Unknown (Not disclosed.)');
    const transferred = '"at least 7 (as of 30 June 2025) (Derived from 2 transfer records; a floor, since at least one number is approximate, missing or disputed.) [2][1]"';
    expect(lines[2]).toBe(`People transferred,${transferred},${transferred}`);
    // Reports that disagree stay side by side in one cell, each with its own note and sources.
    const payments = '"USD 7,500,000 from Testland (grant)\nUSD 5,000,000 from Testland to Examplia, paid (June 2025) (The wire reports a smaller sum for the same grant.) [1][2]"';
    expect(lines[3]).toBe(`Payments,${payments},${payments}`);
    expect(lines).toContain('[1],Title of gazette-2025-01-10-testland-deal');
  });
});

describe('presets', () => {
  it('link to views that reproduce them', () => {
    for (const preset of comparePresets) expect(parseCompareState(presetHref(preset).split('?')[1] ?? '')).toEqual(preset.state);
    expect(presetHref(comparePresets[0])).toBe('/compare/?a=us-rwanda-2025,us-el-salvador-2025,us-libya-2025');
  });
  it('default to the seed comparison, or the first three agreements when it is absent', () => {
    expect(defaultSelection(records)).toEqual(records.slice(0, 3).map((record) => record.id));
    const many = Array.from({ length: 50 }, (_, index) => variant(`x-y-${1900 + index}`, 1900 + index, {}));
    expect(defaultSelection([...many, variant('us-rwanda-2025', 2025, {}), variant('us-libya-2025', 2025, {})])).toEqual(['us-rwanda-2025', 'us-libya-2025']);
  });
});

describe('closestAgreements', () => {
  it('prefers the same receiving country, then model, then year, and links to a two-way comparison', async () => {
    const { closestAgreements } = await import('../../src/lib/compare-presets.ts');
    const me = variant('x-rwanda-2025', 2025, {}, { countries: ['x', 'rwanda'], receiving: ['rwanda'], models: ['integration'] });
    const others = [
      variant('y-uganda-2025', 2025, {}, { countries: ['y', 'uganda'], receiving: ['uganda'], models: ['detention'] }),
      variant('z-rwanda-2022', 2022, {}, { countries: ['z', 'rwanda'], receiving: ['rwanda'], models: ['offshore-processing'] }),
      variant('w-nauru-2012', 2012, {}, { countries: ['w', 'nauru'], receiving: ['nauru'], models: ['integration'] }),
      variant('v-peru-2001', 2001, {}, { countries: ['v', 'peru'], receiving: ['peru'], models: ['transit'] }),
    ];
    const suggestions = closestAgreements(me, [me, ...others]);
    expect(suggestions.map((suggestion) => [suggestion.record.id, suggestion.reasons])).toEqual([
      ['z-rwanda-2022', ['same receiving country']],
      ['w-nauru-2012', ['same model']],
      ['y-uganda-2025', ['same year']],
    ]);
    expect(suggestions[0].href).toBe('/compare/?a=x-rwanda-2025,z-rwanda-2022');
  });

  it('picks the same four as ranking every candidate would, ties in the records’ order', async () => {
    const { closestAgreements } = await import('../../src/lib/compare-presets.ts');
    const countries = ['rwanda', 'uganda', 'nauru'];
    const models = ['integration', 'detention', 'transit'];
    const many = Array.from({ length: 120 }, (_, index) =>
      variant(`a${index}-${countries[index % 3]}-${2020 + (index % 4)}`, 2020 + (index % 4), {}, {
        // Some have two receiving countries or two models, and one receiving country is rare (the list then widens).
        receiving: index % 5 === 0 ? [countries[(index * 7) % 3], countries[(index * 7 + 1) % 3]] : index % 40 === 3 ? ['palau'] : [countries[(index * 7) % 3]],
        models: index % 4 === 0 ? [models[(index * 5) % 3], models[(index + 1) % 3]] : [models[(index * 5) % 3]],
      }),
    );
    for (const me of [...many.slice(0, 12), many[3], many[43], many[83]]) {
      const score = (other: (typeof many)[number]) =>
        (other.receiving.some((id) => me.receiving.includes(id)) ? 4 : 0) + (other.models.some((model) => me.models.includes(model)) ? 2 : 0) + (other.year === me.year ? 1 : 0);
      const expected = many
        .filter((other) => other !== me)
        .map((other, position) => ({ other, position }))
        .sort((a, b) => score(b.other) - score(a.other) || a.position - b.position)
        .slice(0, 4)
        .map(({ other }) => other.id);
      expect(closestAgreements(me, many).map((suggestion) => suggestion.record.id)).toEqual(expected);
    }
  });
});

describe('regions, order and what the view leaves out', () => {
  const regional = [
    variant('p-q-2025', 2025, {}, { shortTitle: 'P–Q', receivingRegions: ['Central America'], status: 'operational' }),
    variant('r-s-2024', 2024, {}, { shortTitle: 'R–S', receivingRegions: ['Eastern Africa'], status: 'operational' }),
    variant('t-u-2023', 2023, {}, { shortTitle: 'T–U', receivingRegions: ['Central America'], status: 'suspended' }),
  ];
  const view = (state: Partial<CompareState>) => buildComparison(regional, dimensionMeta, groupMeta, { ...emptyState, ...state }, ['p-q-2025']);

  it('reads a receiving party’s region from the fixture’s countries', () => {
    const record = toComparableRecord('testland-examplia-2025', fixture, names, (id) => (id === 'examplia' ? 'Western Africa' : 'Northern Europe'));
    expect(record.receivingRegions).toEqual(['Western Africa']);
    expect(base.receivingRegions).toEqual([]);
  });

  it('filters by receiving region and keeps it, and values-only, in the URL', () => {
    expect(view({ region: 'Central America' }).columns.map((record) => record.id)).toEqual(['p-q-2025', 't-u-2023']);
    const state = { ...emptyState, region: 'Central America', valuesOnly: true };
    expect(serializeCompareState(state)).toBe('region=Central+America&values=only');
    expect(parseCompareState(serializeCompareState(state))).toEqual(state);
    expect(parseCompareState('region=<script>').region).toBe('');
  });

  it('keeps the columns in the order the reader ticked them', () => {
    expect(view({ agreements: ['t-u-2023', 'p-q-2025', 'r-s-2024'] }).columns.map((record) => record.id)).toEqual(['t-u-2023', 'p-q-2025', 'r-s-2024']);
  });

  it('names ticked agreements a filter hid, and unknown ids, instead of dropping them', () => {
    const filtered = view({ agreements: ['t-u-2023', 'nope-nope-2020', 'p-q-2025', 'r-s-2024'], region: 'Central America', status: 'operational' });
    expect(filtered.columns.map((record) => record.id)).toEqual(['p-q-2025']);
    expect(filtered.hidden.map((record) => record.id)).toEqual(['t-u-2023', 'r-s-2024']);
    const { notices, empty } = comparisonNotices(filtered, { ...emptyState, region: 'Central America', status: 'operational' }, { filters: ['region "Central America"', 'status "Operational"'] });
    expect(empty).toBe(false);
    expect(notices).toEqual([
      'No agreement has the id "nope-nope-2020" (from the address of this page), so it is left out; check the link for a typing mistake.',
      'The filters (region "Central America" and status "Operational") hid 2 ticked agreements: T–U and R–S. Clear the filter to show them.',
    ]);
  });

  it('says in words why a view is empty', () => {
    const state = { ...emptyState, region: 'Oceania' };
    expect(comparisonNotices(view(state), state, { filters: ['region "Oceania"'] })).toEqual({ notices: ['No agreement matches the filter (region "Oceania").'], empty: true });
    const none = view({});
    none.columns = [];
    expect(comparisonNotices(none, emptyState, { filters: [], noAgreementsTicked: true }).notices).toEqual(['No agreement is ticked: tick at least one under "Agreements" to compare.']);
    const same = view({ agreements: ['p-q-2025', 'r-s-2024'], differOnly: true, dimensions: ['sending'] });
    expect(same.groups).toEqual([]);
    expect(comparisonNotices(same, { ...emptyState, differOnly: true }, { filters: [] })).toEqual({
      notices: ['The 2 agreements agree on every chosen dimension, so "Show only rows that differ" leaves no row.'],
      empty: true,
    });
  });
});
