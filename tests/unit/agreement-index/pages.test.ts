import { describe, expect, it } from 'vitest';
import { INDEX_PAGE_ROWS, indexPagePath, paginateIndex } from '../../../src/lib/agreement-index/pages.ts';
import { decodeIndexRow, encodeIndexRow, type IndexRow } from '../../../src/lib/agreement-index/view.ts';
import { syntheticContent } from '../../../src/lib/synthetic-content.ts';

const row = (id: string, year: number, shortTitle = id): IndexRow => ({
  id,
  shortTitle,
  year,
  status: 'signed',
  models: [],
  sending: ['testland'],
  receiving: ['examplia'],
  regions: [],
  textPublic: 'unknown',
});

describe('the agreements list in pages', () => {
  it('keeps a short list on one page at /agreements/, in title order', () => {
    const rows = [row('b-2020', 2020), row('z-2025', 2025), row('a-2025', 2025), row('c-2019', 2019)];
    const pages = paginateIndex(rows);
    expect(pages).toHaveLength(1);
    expect(indexPagePath(pages[0])).toBe('/agreements/');
    expect(pages[0].items.map((item) => item.id)).toEqual(['a-2025', 'b-2020', 'c-2019', 'z-2025']);
  });

  it('cuts 10,000 synthetic agreements into bounded pages with every agreement on exactly one', () => {
    // The same ids (sending-receiving-year) as the build benchmark's synthetic corpus.
    const ids = [...syntheticContent(10_000).keys()].filter((path) => path.startsWith('agreements/')).map((path) => path.slice(11, -3));
    expect(ids).toHaveLength(10_000);
    const rows = ids.map((id, index) => row(id, Number(id.slice(-4)), `Synthetic ${index}`));
    const pages = paginateIndex(rows);
    const years = new Set(rows.map((each) => each.year));
    // At least one page a year's worth of rows needs, and never more than one page per full page plus one per year.
    expect(pages.length).toBeGreaterThanOrEqual(Math.ceil(rows.length / INDEX_PAGE_ROWS));
    expect(pages.length).toBeLessThanOrEqual(Math.ceil(rows.length / INDEX_PAGE_ROWS) + years.size);
    for (const page of pages) expect(page.items.length).toBeLessThanOrEqual(INDEX_PAGE_ROWS);
    const listed = pages.flatMap((page) => page.items.map((item) => item.id));
    expect(listed).toHaveLength(rows.length);
    expect(new Set(listed)).toEqual(new Set(ids));
    expect(new Set(pages.map(indexPagePath)).size).toBe(pages.length);
    expect(indexPagePath(pages[0])).toBe('/agreements/');
    expect(pages.slice(1).every((page) => /^\/agreements\/years\/\d{4}(-\d+)?\/$/.test(indexPagePath(page)))).toBe(true);
    // Newest first across pages: no page lists a year newer than one on the page before it.
    for (let index = 1; index < pages.length; index++) {
      expect(Math.max(...pages[index].items.map((item) => item.year))).toBeLessThanOrEqual(Math.min(...pages[index - 1].items.map((item) => item.year)));
    }
  });

  it('names a year cut into parts and years put together', () => {
    const rows = [...Array.from({ length: 3 }, (_, n) => row(`a${n}-2025`, 2025)), ...Array.from({ length: 2 }, (_, n) => row(`b${n}-2024`, 2024)), row('c-2023', 2023), row('d-2022', 2022)];
    expect(paginateIndex(rows, 2).map((page) => [page.slug, page.label, page.items.length])).toEqual([
      ['', '2025, part 1 of 2', 2],
      ['2025-2', '2025, part 2 of 2', 1],
      ['2024', '2024', 2],
      ['2023-2022', '2023 to 2022', 2],
    ]);
  });

  it('gives an empty list its one page', () => {
    expect(paginateIndex([])).toEqual([{ slug: '', label: 'No agreements', items: [] }]);
  });
});

describe('a row in one attribute', () => {
  const full: IndexRow = {
    id: 'united-states-rwanda-2025',
    shortTitle: 'US–Rwanda (2025)',
    year: 2025,
    status: 'operational',
    models: ['third-country-removal', 'integration'],
    sending: ['united-states'],
    receiving: ['rwanda', 'uganda'],
    regions: ['Eastern Africa', 'Middle Africa'],
    textPublic: 'no',
  };
  const shown = { id: full.id, shortTitle: full.shortTitle, year: full.year };

  it('round-trips every facet value with what the table row shows, empty lists included', () => {
    expect(decodeIndexRow(encodeIndexRow(full), shown)).toEqual(full);
    const empty = { ...full, models: [], sending: [], receiving: [], regions: [] };
    expect(decodeIndexRow(encodeIndexRow(empty), shown)).toEqual(empty);
  });

  it('writes nothing the row already shows, in a fraction of the JSON it replaces', () => {
    const text = encodeIndexRow(full);
    for (const shownValue of [full.id, full.shortTitle, String(full.year)]) expect(text).not.toContain(shownValue);
    expect(text.length).toBeLessThan(JSON.stringify(full).length / 2);
  });
});
