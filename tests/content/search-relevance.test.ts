/**
 * Relevance of the search over the real content: the queries students and researchers type (misspelt, abbreviated,
 * former names, British or American spelling, several words) and the pages they should get first. The index is built
 * from content/ with the same pure modules the site build uses, so this runs without a build.
 */
import { describe, expect, it } from 'vitest';
import { readContentSet } from '../../src/lib/content-set.ts';
import { searchDocuments } from '../../src/lib/search/documents.ts';
import { buildSearchIndex } from '../../src/lib/search/index-build.ts';
import { buildSnippetList, synonymGroups } from '../../src/lib/search/index-build.ts';
import { indexTerms } from '../../src/lib/search/normalise.ts';
import { createSearcher } from '../../src/lib/search/query.ts';
import { createShardedSearch, shardSearchIndex } from '../../src/lib/search/shards.ts';

const documents = searchDocuments(readContentSet('content'));
const index = buildSearchIndex(documents);
const searcher = createSearcher(index);
// The same index cut into the pieces the site serves, searched as the browser does.
const { manifest, files } = shardSearchIndex(index, buildSnippetList(documents));
const sharded = createShardedSearch(manifest, async (file) => JSON.parse(files.get(file)!) as unknown);

/**
 * query → the page that must come first (or one of several equally right pages), and pages that must also be among
 * the first few results.
 */
type Expectation = { first: string | string[]; alsoInTop?: [number, ...string[]] };

const expectations: Record<string, Expectation> = {
  // Misspellings
  rwnada: { first: ['/countries/rwanda/', '/agreements/us-rwanda-2025/'], alsoInTop: [5, '/agreements/us-rwanda-2025/'] },
  refoulment: { first: '/terms/non-refoulement/' },
  salvadore: { first: ['/countries/el-salvador/', '/agreements/us-el-salvador-2025/', '/agreements/us-el-salvador-2019/'] },
  'habeus corpus': { first: '/terms/habeas-corpus/' },
  hondurass: { first: '/countries/honduras/' },
  'eswatinni deportees': { first: ['/agreements/us-eswatini-2025/', '/cases/eswatini-deportees-challenge-2025/'] },
  gautemala: { first: '/countries/guatemala/' },
  'preliminery injunction': { first: '/terms/preliminary-injunction/' },
  // Abbreviations, codes and dockets
  STCA: { first: ['/agreements/us-canada-2002/', '/terms/safe-third-country/'], alsoInTop: [2, '/agreements/us-canada-2002/'] },
  ACA: {
    first: '/terms/asylum-cooperative-agreement/',
    alsoInTop: [6, '/agreements/us-guatemala-2019/', '/agreements/us-honduras-2019/'],
  },
  AEA: { first: '/terms/alien-enemies-act/' },
  MOU: { first: '/terms/memorandum-of-understanding/' },
  TPS: { first: '/terms/temporary-protected-status/' },
  UNHCR: { first: '/terms/unhcr/' },
  CECOT: { first: ['/terms/cecot/', '/agreements/us-el-salvador-2025/'], alsoInTop: [3, '/agreements/us-el-salvador-2025/'] },
  'D.V.D.': { first: '/cases/dvd-v-dhs/' },
  '1:25-cv-10676': { first: '/cases/dvd-v-dhs/' },
  PNG: { first: '/countries/papua-new-guinea/', alsoInTop: [3, '/agreements/australia-papua-new-guinea-2013/'] },
  // Former and other names
  Swaziland: { first: '/countries/eswatini/' },
  Türkiye: { first: '/countries/turkey/' },
  turkiye: { first: '/countries/turkey/' },
  // British and American spellings
  externalization: { first: '/terms/externalisation/' },
  externalisation: { first: '/terms/externalisation/' },
  // Exact titles and names
  'alien enemies act': { first: '/terms/alien-enemies-act/' },
  'non-refoulement': { first: '/terms/non-refoulement/' },
  nonrefoulement: { first: '/terms/non-refoulement/' },
  'memorandum of understanding': { first: '/terms/memorandum-of-understanding/' },
  'safe third country': { first: '/terms/safe-third-country/' },
  Nauru: { first: '/countries/nauru/', alsoInTop: [3, '/agreements/australia-nauru-2012/'] },
  'South Sudan': { first: '/countries/south-sudan/', alsoInTop: [3, '/agreements/us-south-sudan-2025/'] },
  Kosovo: { first: '/countries/kosovo/', alsoInTop: [3, '/agreements/us-kosovo-2025/'] },
  'credible fear': { first: '/terms/credible-fear/' },
  'Abrego Garcia': { first: '/cases/abrego-garcia-v-noem/' },
  // Several words, matched across fields
  'judge notice third country': { first: '/cases/dvd-v-dhs/' },
  'judge murphy': { first: '/cases/dvd-v-dhs/' },
  'UK Rwanda': { first: '/agreements/uk-rwanda-2022/' },
  'Italy Albania': { first: '/agreements/italy-albania-2023/' },
  'EU Turkey': { first: '/agreements/eu-turkey-2016/' },
  'guatemala 2019': { first: '/agreements/us-guatemala-2019/' },
  'Manus Island': { first: '/agreements/australia-papua-new-guinea-2013/' },
  'uk supreme court rwanda': { first: '/cases/aaa-v-sshd-2023/' },
  'where it stands uk rwanda': {
    first: ['/agreements/uk-rwanda-2022/', '/agreements/uk-rwanda-2022/#where-it-stands'],
    alsoInTop: [2, '/agreements/uk-rwanda-2022/#where-it-stands'],
  },
  'eswatini deportees how it works': {
    first: ['/agreements/us-eswatini-2025/', '/agreements/us-eswatini-2025/#how-it-works'],
    alsoInTop: [3, '/agreements/us-eswatini-2025/#how-it-works'],
  },
  // Another name finds pages that use the main one
  'Swaziland deportees': { first: ['/agreements/us-eswatini-2025/', '/cases/eswatini-deportees-challenge-2025/'] },
  'Britain Rwanda': { first: '/agreements/uk-rwanda-2022/' },
  // Synonyms and related words of the field (src/lib/search/synonyms.json)
  'mega prison': { first: ['/terms/cecot/', '/agreements/us-el-salvador-2025/'], alsoInTop: [2, '/terms/cecot/'] },
  megaprison: { first: ['/terms/cecot/', '/agreements/us-el-salvador-2025/'], alsoInTop: [2, '/terms/cecot/'] },
  stipend: { first: ['/agreements/australia-cambodia-2014/', '/agreements/israel-rwanda-2013/'], alsoInTop: [3, '/agreements/australia-cambodia-2014/', '/agreements/israel-rwanda-2013/'] },
  offshoring: { first: '/terms/offshore-processing/' },
  'push back': { first: '/terms/pushback/' },
  // Words being typed
  swazi: { first: '/countries/eswatini/' },
  extern: { first: '/terms/externalisation/' },
};

describe('search relevance on the real content', () => {
  it('has at least 30 queries', () => {
    expect(Object.keys(expectations).length).toBeGreaterThanOrEqual(30);
  });

  for (const [query, { first, alsoInTop }] of Object.entries(expectations)) {
    it(`"${query}"`, async () => {
      const urls = searcher.search(query, { limit: 10 }).hits.map((hit) => hit.doc.u);
      expect((await sharded.search(query, { limit: 10 })).hits.map((hit) => hit.doc.u), 'the sharded index ranks as the whole').toEqual(urls);
      const allowed = Array.isArray(first) ? first : [first];
      expect(allowed, `first results: ${urls.slice(0, 5).join(', ')}`).toContain(urls[0]);
      if (alsoInTop) {
        const [count, ...pages] = alsoInTop;
        for (const page of pages)
          expect(urls.slice(0, count), `first results: ${urls.slice(0, count).join(', ')}`).toContain(page);
      }
    });
  }
});

describe('synonyms on the real content', () => {
  // Whatever a page says, "stipend" must reach it when, and only when, it uses a word of the stipend group: the
  // expectation is computed from the indexed text, never from a list of pages.
  const group = synonymGroups.find((entry) => entry.words.includes('stipend'))!;
  const phrases = group.words.map((word) => [...indexTerms(word)]);
  const saysIt = (terms: Set<string>) => phrases.some((phrase) => phrase.every((term) => terms.has(term)));

  it('"stipend" finds every agreement that says stipend, allowance, cash grant or the like, and no other', () => {
    const agreements = documents.filter((doc) => doc.kind === 'agreement');
    const expected = agreements
      .filter((doc) => saysIt(indexTerms([doc.title, ...doc.names, doc.summary ?? '', doc.body, doc.context ?? '', doc.snippet ?? ''].join(' ; '))))
      .map((doc) => doc.url)
      .sort();
    expect(expected.length).toBeGreaterThan(1);
    const found = searcher.search('stipend', { limit: 200, facets: ['agreement'] }).hits.filter((hit) => hit.doc.k === 'agreement');
    expect(found.map((hit) => hit.doc.u).sort()).toEqual(expected);
  });
});
