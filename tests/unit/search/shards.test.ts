import { describe, expect, it } from 'vitest';
import { searchDocuments } from '../../../src/lib/search/documents.ts';
import { groupSectionsUnderPages } from '../../../src/lib/search/group.ts';
import { buildSearchIndex, buildSnippetList } from '../../../src/lib/search/index-build.ts';
import { createSearcher, type SearchOptions, type SearchResult } from '../../../src/lib/search/query.ts';
import { createShardedSearch, shardSearchIndex } from '../../../src/lib/search/shards.ts';
import { SYNTHETIC_RELEVANCE, syntheticContent } from '../../../src/lib/search/synthetic.ts';

const documents = searchDocuments(syntheticContent(2000).content);
const index = buildSearchIndex(documents);
const { manifest, files } = shardSearchIndex(index, buildSnippetList(documents));
const whole = createSearcher(index);

/** A sharded search over the pieces in memory, recording each piece it loads. */
function sharded() {
  const loaded: string[] = [];
  const search = createShardedSearch(manifest, async (file) => {
    loaded.push(file);
    if (!files.has(file)) throw new Error(`no piece ${file}`);
    return JSON.parse(files.get(file)!) as unknown;
  });
  return { search, loaded };
}

const summary = (result: SearchResult) => ({
  hits: result.hits.map((hit) => [hit.doc.u, hit.doc.s, Math.round(hit.score * 1e6), hit.page?.doc.u]),
  total: result.total,
  facetCounts: result.facetCounts,
  highlight: result.highlight,
  suggestion: result.suggestion,
});

describe('sharded search index', () => {
  const queries = [...SYNTHETIC_RELEVANCE.map(([query]) => query), 'judge notice third country', 'us rwanda 2025', 'ex', 'qqqxqqq', 'background'];

  it('ranks every query exactly as the whole index does, with snippets', async () => {
    const { search } = sharded();
    const snippets = buildSnippetList(documents);
    for (const query of queries) {
      for (const options of [{ limit: 8 }, { limit: 50, facets: ['term', 'country'] }] as SearchOptions[]) {
        const expected = whole.search(query, options);
        for (const hit of expected.hits) hit.doc = { ...hit.doc, ...(snippets[hit.number] ? { s: snippets[hit.number]! } : {}) };
        for (const hit of expected.hits) if (hit.page) hit.page.doc = { ...hit.page.doc, ...(snippets[hit.page.number] ? { s: snippets[hit.page.number]! } : {}) };
        expect(summary(await search.search(query, options)), `${query} ${JSON.stringify(options)}`).toEqual(summary(expected));
      }
    }
  });

  it('fetches only the pieces a query needs, each once', async () => {
    const { search, loaded } = sharded();
    const result = await search.search('rwnada', { limit: 8 });
    expect(result.hits[0].doc.u).toBe('/countries/rwanda-0/');
    expect(loaded.length).toBeGreaterThan(2);
    expect(loaded.length).toBeLessThan(files.size / 20);
    expect(new Set(loaded).size).toBe(loaded.length);
    const before = loaded.length;
    await search.search('rwnada', { limit: 8 });
    expect(loaded.length).toBe(before);
  });

  it('names the folder of the pieces by their content', () => {
    const again = shardSearchIndex(index, buildSnippetList(documents));
    expect(again.manifest.base).toBe(manifest.base);
    const changed = shardSearchIndex(buildSearchIndex(documents.slice(1)), buildSnippetList(documents.slice(1)));
    expect(changed.manifest.base).not.toBe(manifest.base);
  });

  it('tries a piece that failed to load again on the next query', async () => {
    let fail = true;
    const search = createShardedSearch(manifest, async (file) => {
      if (fail && file.startsWith('d-')) throw new Error('offline');
      return JSON.parse(files.get(file)!) as unknown;
    });
    await expect(search.search('nauru')).rejects.toThrow('offline');
    fail = false;
    expect((await search.search('nauru')).hits[0].doc.u).toBe('/countries/nauru-6/');
  });
});

describe('facets and grouping', () => {
  it('counts every kind and narrows to the kinds asked for', () => {
    const all = whole.search('asylum');
    const terms = whole.search('asylum', { facets: ['term'] });
    expect(terms.total).toBe(all.facetCounts.term);
    expect(terms.facetCounts).toEqual(all.facetCounts);
    expect(terms.hits.length).toBeGreaterThan(0);
    expect(terms.hits.every((hit) => hit.doc.k === 'term')).toBe(true);
    // A section counts as its agreement.
    const agreements = whole.search('asylum', { facets: ['agreement'], limit: 5000 });
    expect(agreements.total).toBe(all.facetCounts.agreement);
    expect(new Set(agreements.hits.map((hit) => hit.doc.k))).toEqual(new Set(['agreement', 'section']));
  });

  it('lists sections under their agreement, in the rank of the group’s best hit', () => {
    const result = whole.search('background', { limit: 20 });
    const sections = result.hits.filter((hit) => hit.doc.k === 'section');
    expect(sections.length).toBeGreaterThan(1);
    for (const section of sections) expect(section.page?.doc.k).toBe('agreement');
    const groups = groupSectionsUnderPages(result.hits);
    expect(groups.flatMap((group) => [...(group.hit ? [group.hit] : []), ...group.sections]).length).toBe(result.hits.length);
    for (const group of groups) {
      expect(group.doc.k).not.toBe('section');
      for (const section of group.sections) expect(section.doc.u.startsWith(`${group.doc.u}#`)).toBe(true);
    }
    const firstPositions = groups.map((group) => Math.min(...[group.hit, ...group.sections].filter(Boolean).map((hit) => result.hits.indexOf(hit!))));
    expect(firstPositions).toEqual([...firstPositions].sort((a, b) => a - b));
  });
});
