import { describe, expect, it } from 'vitest';
import type { SearchDocument } from '../../../src/lib/search/documents.ts';
import { buildSearchIndex } from '../../../src/lib/search/index-build.ts';
import { createSearcher, MAX_QUERY_LENGTH, topKeys, typoBudget } from '../../../src/lib/search/query.ts';

const documents: SearchDocument[] = [
  {
    kind: 'agreement',
    url: '/agreements/us-canada-2002/',
    title: 'United States–Canada Safe Third Country Agreement',
    names: ['US–Canada STCA (2002)'],
    body: 'Asylum seekers must claim protection in the first safe country they reach. Canada, United States.',
  },
  {
    kind: 'agreement',
    url: '/agreements/us-rwanda-2025/',
    title: 'United States–Rwanda deportee arrangement',
    names: ['US–Rwanda (2025)'],
    body: 'Rwanda agreed to receive up to 250 people. United States, Rwanda.',
  },
  {
    kind: 'section',
    url: '/agreements/us-rwanda-2025/#background',
    title: 'Background',
    names: [],
    context: 'US–Rwanda (2025)',
    body: 'Critics said refoulement risks refoulement concerns refoulement; the deal continues border externalization. Rwanda Rwanda Rwanda.',
  },
  {
    kind: 'term',
    url: '/terms/safe-third-country-agreement/',
    title: 'Safe third country agreement',
    names: ['STCA'],
    snippet: 'An agreement that asylum seekers must claim protection in the first safe country.',
    body: 'An agreement that asylum seekers must claim protection in the first safe country.',
  },
  {
    kind: 'term',
    url: '/terms/externalisation/',
    title: 'Externalisation',
    names: ['border externalisation'],
    body: 'Moving migration control abroad.',
  },
  {
    kind: 'term',
    url: '/terms/non-refoulement/',
    title: 'Non-refoulement',
    names: ['principle of non-refoulement'],
    snippet: 'No one may be sent to a place where they face persecution.',
    body: 'No one may be sent to a place where they face persecution.',
  },
  {
    kind: 'country',
    url: '/countries/eswatini/',
    title: 'Eswatini',
    names: ['Swaziland', 'SZ', 'SWZ'],
    body: 'A kingdom in southern Africa.',
  },
  { kind: 'country', url: '/countries/rwanda/', title: 'Rwanda', names: ['RW', 'RWA'], body: 'A country in East Africa.' },
  {
    kind: 'country',
    url: '/countries/el-salvador/',
    title: 'El Salvador',
    names: ['SV', 'SLV'],
    body: 'A country in Central America.',
  },
  {
    kind: 'case',
    url: '/cases/dvd-v-dhs/',
    title: 'D.V.D. v. Department of Homeland Security',
    names: ['1:25-cv-10676'],
    context: 'U.S. District Court for the District of Massachusetts',
    body: 'Judge Brian E. Murphy ordered that people get written notice and a chance to object before removal to a third country.',
  },
  { kind: 'term', url: '/terms/cap/', title: 'Cap', names: [], body: 'The most people an agreement allows in 2024.' },
  {
    kind: 'case',
    url: '/cases/eswatini-challenge/',
    title: 'Litigation Centre v. Prime Minister',
    names: [],
    body: 'A challenge heard by the High Court of Eswatini.',
  },
  {
    kind: 'country',
    url: '/countries/united-kingdom/',
    title: 'United Kingdom',
    names: ['UK', 'Britain', 'GB'],
    body: 'A country in Europe.',
  },
  {
    kind: 'term',
    url: '/terms/rule-39/',
    title: 'Rule 39',
    names: [],
    body: 'Used against a flight from the United Kingdom in 2022.',
  },
];

const searcher = createSearcher(buildSearchIndex(documents));
const first = (query: string) => searcher.search(query).hits[0]?.doc.u;
const urls = (query: string) => searcher.search(query).hits.map((hit) => hit.doc.u);

describe('search', () => {
  it('puts an exact title, other name or abbreviation first, above fuzzy body matches', () => {
    expect(first('STCA')).toBe('/terms/safe-third-country-agreement/');
    expect(urls('STCA')).toContain('/agreements/us-canada-2002/');
    expect(first('Swaziland')).toBe('/countries/eswatini/');
    expect(first('Rwanda')).toBe('/countries/rwanda/');
    expect(first('refoulement')).not.toBe('/agreements/us-rwanda-2025/#background');
    expect(searcher.search('Rwanda').hits[0].exact).toBe(true);
  });

  it('forgives typos', () => {
    expect(first('rwnada')).toBe('/countries/rwanda/');
    expect(first('refoulment')).toBe('/terms/non-refoulement/');
    expect(first('salvadore')).toBe('/countries/el-salvador/');
    expect(first('swaziland')).toBe('/countries/eswatini/');
    expect(first('eswatinni')).toBe('/countries/eswatini/');
  });

  it('matches words being typed by their beginning', () => {
    expect(first('extern')).toBe('/terms/externalisation/');
    expect(first('swazi')).toBe('/countries/eswatini/');
    expect(first('non-refoul')).toBe('/terms/non-refoulement/');
  });

  it('finds British and American spellings alike', () => {
    expect(first('externalization')).toBe('/terms/externalisation/');
    expect(first('externalisation')).toBe('/terms/externalisation/');
    expect(urls('externalisation')).toContain('/agreements/us-rwanda-2025/#background');
  });

  it('matches the words of a query across fields, ranking documents with every word first', () => {
    expect(first('judge notice third country')).toBe('/cases/dvd-v-dhs/');
    expect(first('dvd murphy')).toBe('/cases/dvd-v-dhs/');
    const hits = searcher.search('judge notice third country').hits;
    expect(hits[0].matchedWords).toBe(4);
    expect(hits.slice(1).every((hit) => hit.matchedWords < 4)).toBe(true);
  });

  it('lets a country’s other names stand for its name in any document', () => {
    expect(urls('Swaziland')).toEqual(['/countries/eswatini/', '/cases/eswatini-challenge/']);
    expect(first('uk')).toBe('/countries/united-kingdom/');
    expect(urls('uk flight')[0]).toBe('/terms/rule-39/');
    expect(searcher.search('uk flight').highlight.terms).toEqual(expect.arrayContaining(['united', 'kingdom', 'flight']));
    expect(urls('britain')).toContain('/terms/rule-39/');
  });

  it('finds a case by its docket and a country by its code', () => {
    expect(first('1:25-cv-10676')).toBe('/cases/dvd-v-dhs/');
    expect(first('SWZ')).toBe('/countries/eswatini/');
  });

  it('does not treat a different number as a typo', () => {
    expect(urls('2025')).not.toContain('/terms/cap/');
    expect(urls('2024')).toEqual(['/terms/cap/']);
  });

  it('reports what matched, for highlighting', () => {
    const result = searcher.search('rwnada');
    expect(result.highlight.terms).toContain('rwanda');
    expect(result.words).toEqual(['rwnada']);
  });

  it('suggests a spelling when nothing matched', () => {
    const result = searcher.search('rwamdq');
    expect(result.total).toBe(0);
    expect(result.suggestion).toBe('rwanda');
    expect(searcher.search('qqqxqqq').suggestion).toBeUndefined();
  });

  it('keeps to the limit and still counts every match', () => {
    const result = searcher.search('united states', { limit: 1 });
    expect(result.hits).toHaveLength(1);
    expect(result.total).toBeGreaterThan(1);
  });

  it('returns nothing for an empty or stop-word-only query', () => {
    expect(searcher.search('').hits).toEqual([]);
    expect(searcher.search('   ').total).toBe(0);
    expect(searcher.search('the of and').total).toBe(0);
  });
});

describe('search safety', () => {
  it('answers a 10,000-character query, cut to the maximum length', () => {
    const long = 'rwanda '.repeat(1500).slice(0, 10_000);
    const result = searcher.search(long);
    expect(result.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(result.hits[0].doc.u).toBe('/countries/rwanda/');
    expect(() => searcher.search('x'.repeat(10_000))).not.toThrow();
    expect(searcher.search('x'.repeat(10_000)).total).toBe(0);
  });

  it('treats regex and quote characters as plain text', () => {
    for (const query of [
      '.*',
      '(((',
      '[a-z]+',
      '\\',
      '"rwanda"',
      "'rwanda'",
      '^$|?+{}',
      '`rm -rf`',
      '<script>alert(1)</script>',
      '%00',
      '\u0000\uffff',
    ]) {
      expect(() => searcher.search(query)).not.toThrow();
    }
    expect(first('"rwanda"')).toBe('/countries/rwanda/');
    expect(first('(rwanda)*')).toBe('/countries/rwanda/');
    expect(searcher.search('.*').total).toBe(0);
    expect(searcher.search('[a-z]+').hits.every((hit) => hit.matchedWords >= 1)).toBe(true);
  });

  it('tolerates a query that is not a string', () => {
    expect(searcher.search(undefined as unknown as string).total).toBe(0);
  });
});

describe('typoBudget', () => {
  it('allows no typo in short words, one in middling, two in long ones', () => {
    expect([3, 4, 7, 8].map(typoBudget)).toEqual([0, 1, 1, 2]);
  });
});

describe('topKeys', () => {
  it('gives the positions of the largest keys, largest first, like a full sort', () => {
    const keys = Float64Array.from({ length: 500 }, (_, i) => Math.sin(i) * 1000);
    const expected = Array.from(keys.keys())
      .sort((a, b) => keys[b] - keys[a])
      .slice(0, 20);
    expect(topKeys(keys, keys.length, 20)).toEqual(expected);
    expect(topKeys(keys, 3, 10)).toEqual([0, 1, 2].sort((a, b) => keys[b] - keys[a]));
    expect(topKeys(keys, keys.length, 0)).toEqual([]);
  });
});
