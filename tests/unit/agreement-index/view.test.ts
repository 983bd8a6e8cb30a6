import { describe, expect, it } from 'vitest';
import { emptyIndexState, facetChoices, indexSummary, indexView, parseIndexState, serializeIndexState, type IndexRow } from '../../../src/lib/agreement-index/view.ts';
import { indexRowOf } from '../../../src/lib/agreement-index/rows.ts';
import { readContent } from '../../../src/lib/content-files.ts';
import { agreementSchema } from '../../../src/schema/index.ts';

const row = (id: string, year: number, extra: Partial<IndexRow>): IndexRow => ({
  id,
  shortTitle: id.toUpperCase(),
  year,
  status: 'operational',
  models: ['third-country-removal'],
  sending: ['united-states'],
  receiving: ['rwanda'],
  regions: ['Eastern Africa'],
  textPublic: 'no',
  ...extra,
});
const rows = [
  row('c-us-el-salvador', 2025, { receiving: ['el-salvador'], regions: ['Central America'], textPublic: 'yes' }),
  row('a-uk-rwanda', 2022, { sending: ['united-kingdom'], status: 'ended', models: ['offshore-processing'] }),
  row('b-us-rwanda', 2025, {}),
];
const ids = (shown: IndexRow[]) => shown.map((item) => item.id);

describe('the agreements list', () => {
  it('makes a row from an agreement file, with the receiving party’s region', () => {
    const fixture = agreementSchema.parse(readContent('tests/fixtures/valid-content').find((file) => file.id === 'testland-examplia-2025')!.data);
    expect(indexRowOf('testland-examplia-2025', fixture, (id) => (id === 'examplia' ? 'Western Africa' : undefined))).toMatchObject({
      year: 2025,
      status: 'blocked-by-court',
      sending: ['testland'],
      receiving: ['examplia'],
      regions: ['Western Africa'],
    });
  });

  it('filters by every facet and combines them', () => {
    const view = (query: string) => ids(indexView(rows, parseIndexState(query)));
    expect(view('')).toEqual(['a-uk-rwanda', 'b-us-rwanda', 'c-us-el-salvador']);
    expect(view('status=ended')).toEqual(['a-uk-rwanda']);
    expect(view('model=offshore-processing')).toEqual(['a-uk-rwanda']);
    expect(view('sending=united-states')).toEqual(['b-us-rwanda', 'c-us-el-salvador']);
    expect(view('receiving=rwanda&year=2025')).toEqual(['b-us-rwanda']);
    expect(view('region=Central+America')).toEqual(['c-us-el-salvador']);
    expect(view('text=yes')).toEqual(['c-us-el-salvador']);
    expect(view('region=Central+America&text=no')).toEqual([]);
  });

  it('sorts by year or status in either direction, ties by title', () => {
    expect(ids(indexView(rows, { ...emptyIndexState, sort: 'year', descending: true }))).toEqual(['b-us-rwanda', 'c-us-el-salvador', 'a-uk-rwanda']);
    expect(ids(indexView(rows, { ...emptyIndexState, sort: 'status' }))).toEqual(['a-uk-rwanda', 'b-us-rwanda', 'c-us-el-salvador']);
  });

  it('keeps its state in a short query string and drops what it cannot trust', () => {
    const state = { ...emptyIndexState, region: 'Eastern Africa', text: 'yes', sort: 'year' as const, descending: true };
    expect(serializeIndexState(state)).toBe('region=Eastern+Africa&text=yes&sort=year&dir=desc');
    expect(parseIndexState(serializeIndexState(state))).toEqual(state);
    expect(parseIndexState('status=<b>&sort=evil')).toEqual(emptyIndexState);
  });

  it('counts each facet’s choices and says how many rows it shows, in words when none', () => {
    expect(facetChoices(rows, 'year')).toEqual([{ value: '2025', count: 2 }, { value: '2022', count: 1 }]);
    expect(facetChoices(rows, 'region')).toEqual([{ value: 'Central America', count: 1 }, { value: 'Eastern Africa', count: 2 }]);
    expect(indexSummary(3, 3)).toBe('All 3 agreements.');
    expect(indexSummary(1, 3)).toBe('1 of 3 agreements match.');
    expect(indexSummary(0, 3)).toMatch(/^No agreement matches these filters/);
    expect(indexSummary(2, 500, true)).toBe('2 of 500 agreements on this page match.');
    expect(indexSummary(500, 500, true)).toBe('All 500 agreements on this page.');
    expect(indexSummary(0, 500, true)).toMatch(/^No agreement on this page matches these filters \(of 500\)\. Try the other pages/);
  });
});
