/**
 * Answers queries against a built index. Two stages keep each keystroke well under a frame even on 10,000 documents:
 *
 * 1. Every query word is expanded against the sorted term list (exact word, words it begins, words one or two typos
 *    away, and a country's other names: "UK" for "United Kingdom") and the postings of those terms score each document
 *    by how rare the word is, which field it hit (title or name, summary, body), and how close the match was. Words may
 *    hit different fields of one document ("judge notice third country").
 * 2. The best candidates are re-ranked with fuse.js over their short fields only (title, other names), which rewards
 *    a query that reads like the title as a whole.
 *
 * An exact title, other name or abbreviation ranks first, then documents that match every query word, then the rest.
 */
import Fuse from 'fuse.js';
import { bitCount, characterMask, editDistance } from './edit-distance.ts';
import type { SearchKind } from './documents.ts';
import type { IndexedDocument, SearchIndex } from './index-build.ts';
import { phraseKey, STOP_WORDS, tokenize } from './normalise.ts';
import {
  EMPTY_DICTIONARY,
  kindOrder,
  memorySource,
  shardKeyOf,
  shortFieldKeys,
  type Alternatives,
  type Dictionary,
  type SearchSource,
} from './source.ts';

/** Longer queries are cut here: nobody types more, and it bounds the work a pasted text can cause. */
export const MAX_QUERY_LENGTH = 200;
/** Words beyond this many are ignored for the same reason. */
export const MAX_QUERY_WORDS = 8;
/** At most this many terms stand in for one short prefix ("co" → "country", "court", ...): the most frequent ones. */
const MAX_PREFIX_TERMS = 60;
/** Candidates re-ranked by fuse.js: enough for the box and the top of the results page. */
const RERANK_COUNT = 10;
/** fuse.js similarity (0 exact … 1 unrelated) beyond which a title earns no re-ranking bonus, and the largest bonus. */
const FUSE_THRESHOLD = 0.4;
const FUSE_BONUS = 0.5;
/** Words of a query read together as one phrase of a synonym group ("mega prison"), at most this many. */
const MAX_PHRASE_WORDS = 4;

const QUALITY = { exact: 1, synonym: 0.9, typo1: 0.6, typo2: 0.4, fuzzyPrefix: 0.35 };

export type SearchHit = {
  doc: IndexedDocument;
  /** The document's number in the index. */
  number: number;
  score: number;
  /** The query is exactly the title, another name or an abbreviation of this document. */
  exact: boolean;
  /** How many of the query's words the document matched. */
  matchedWords: number;
  /** For a section, the page it belongs to (its agreement), which results are grouped under. */
  page?: { number: number; doc: IndexedDocument };
};

/** The kinds of result a reader can narrow to; a section counts with its agreement. */
export const searchFacets = ['agreement', 'case', 'term', 'country'] as const;
export type SearchFacet = (typeof searchFacets)[number];
export const facetOf = (kind: SearchKind): SearchFacet => (kind === 'section' ? 'agreement' : kind);

export type SearchOptions = {
  /** Hits to return (default 50). */
  limit?: number;
  /** Only results of these facets (default: every kind). */
  facets?: readonly SearchFacet[];
};

/** What to highlight in shown text: search terms that matched, and prefixes being typed. */
export type HighlightTerms = { terms: string[]; prefixes: string[] };

export type SearchResult = {
  /** The query as searched (trimmed, cut to MAX_QUERY_LENGTH). */
  query: string;
  hits: SearchHit[];
  /** Matching documents (of the chosen facets) before the limit. */
  total: number;
  /** Matching documents of each facet, whichever facets were chosen. */
  facetCounts: Record<SearchFacet, number>;
  /** Words of the query that count (stop words left out). */
  words: string[];
  highlight: HighlightTerms;
  /** A corrected query when some words matched nothing, such as "rwanda" for "rwamda" with no typo reach. */
  suggestion?: string;
};

export type Searcher = {
  search: (query: string, options?: SearchOptions) => SearchResult;
  documentCount: number;
};

/**
 * Positions of the `count` largest of the first `length` keys, largest first. A min-heap of `count` entries keeps the
 * work near one pass even when a common word touches every document.
 */
export function topKeys(keys: Float64Array, length: number, count: number): number[] {
  const heap: number[] = [];
  const below = (i: number, j: number) => keys[heap[i]] < keys[heap[j]];
  for (let position = 0; position < length && count > 0; position++) {
    if (heap.length < count) {
      heap.push(position);
      for (let i = heap.length - 1; i > 0 && below(i, (i - 1) >> 1); i = (i - 1) >> 1) {
        [heap[i], heap[(i - 1) >> 1]] = [heap[(i - 1) >> 1], heap[i]];
      }
    } else if (keys[position] > keys[heap[0]]) {
      heap[0] = position;
      for (let i = 0; ;) {
        const left = 2 * i + 1;
        let smallest = i;
        if (left < heap.length && below(left, smallest)) smallest = left;
        if (left + 1 < heap.length && below(left + 1, smallest)) smallest = left + 1;
        if (smallest === i) break;
        [heap[i], heap[smallest]] = [heap[smallest], heap[i]];
        i = smallest;
      }
    }
  }
  return heap.sort((a, b) => keys[b] - keys[a]);
}

/** Typos allowed in a word of this length: none in short words, where one letter changes the word. */
export function typoBudget(length: number): number {
  return length >= 8 ? 2 : length >= 4 ? 1 : 0;
}

/**
 * Partial spellings whose canonical form continues differently: "externalis" is on its way to "externalization",
 * "colou" to "color".
 */
function prefixVariants(prefix: string): string[] {
  const variants = [prefix];
  const swapped = prefix
    .replace(/is(a|at|ati|atio|e|ed|i|in)?$/, 'iz$1')
    .replace(/(\w{3})ou$/, '$1o')
    .replace(/(\w{2}[^aeiou])tr$/, '$1te');
  if (swapped !== prefix) variants.push(swapped);
  return variants;
}

/**
 * Dictionaries a word's typos are looked for in: those of its first two letters, so a slip in the second letter or
 * two first letters swapped ("wranda") still find the word; a wrong first letter is left to the "did you mean" line.
 */
const typoKeys = (word: string): string[] => [...new Set([shardKeyOf(word), shardKeyOf(word.slice(1))])].filter(Boolean);

/** Answers queries from a whole index in memory, or from any other source of the same data (a sharded index). */
export function createSearcher(data: SearchIndex | SearchSource): Searcher {
  const source: SearchSource = 'terms' in data ? memorySource(data) : data;
  const documentCount = source.documentCount;
  const dictionaryOf = (word: string): Dictionary => source.dictionary(shardKeyOf(word)) ?? EMPTY_DICTIONARY;
  const frequency = (term: string): number => {
    const dictionary = dictionaryOf(term);
    const at = dictionary.indexOf(term);
    return at < 0 ? 0 : dictionary.frequencies[at];
  };
  const rarity = (term: string): number => {
    const count = frequency(term);
    return count > 0 ? Math.log(1 + documentCount / count) : 0;
  };
  const isNumeric = (word: string) => /^\d+$/.test(word);
  // Ties go to the kind listed first, then to the shorter title.
  const tieBreak = (number: number) => kindOrder(source.kind(number)) * 1e-3 + Math.min(source.titleLength(number), 999) * 1e-6;

  function expand(word: string, isLast: boolean, prefixes: string[]): Map<string, number> {
    const found = new Map<string, number>();
    const offer = (term: string, quality: number) => {
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    const dictionary = dictionaryOf(word);
    const { terms } = dictionary;
    if (dictionary.indexOf(word) >= 0) offer(word, QUALITY.exact);

    // Words being typed, and any word of three letters or more, also stand for the longer words they begin.
    if (word.length >= (isLast ? 2 : 3)) {
      const started: number[] = [];
      for (const variant of prefixVariants(word)) {
        for (let t = dictionary.lowerBound(variant); t < terms.length && terms[t].startsWith(variant); t++) {
          if (terms[t] !== word) started.push(t);
        }
        prefixes.push(variant);
      }
      if (started.length > MAX_PREFIX_TERMS) {
        started.sort((a, b) => dictionary.frequencies[b] - dictionary.frequencies[a]).length = MAX_PREFIX_TERMS;
      }
      for (const t of started) offer(terms[t], 0.55 + (0.35 * word.length) / terms[t].length);
    }

    const budget = isNumeric(word) ? 0 : typoBudget(word.length);
    if (budget > 0) {
      const mask = characterMask(word);
      for (const key of typoKeys(word)) {
        const candidates = source.dictionary(key);
        if (!candidates) continue;
        const { masks, byLength } = candidates;
        for (let length = word.length - budget; length <= word.length + budget; length++) {
          for (const t of byLength[length] ?? []) {
            if (bitCount(mask ^ masks[t]) > 2 * budget) continue;
            const distance = editDistance(word, candidates.terms[t], budget);
            if (distance > 0 && distance <= budget) offer(candidates.terms[t], distance === 1 ? QUALITY.typo1 : QUALITY.typo2);
          }
        }
      }
    }

    // A word still being typed may carry a typo too ("refoulm" → "refoulement"): compare it with term beginnings.
    if (isLast && word.length >= 4 && !isNumeric(word)) {
      const head = word.slice(0, 2);
      for (let t = dictionary.lowerBound(head); t < terms.length && terms[t].startsWith(head); t++) {
        const term = terms[t];
        if (term.length > word.length && editDistance(word, term.slice(0, word.length), 1) === 1) offer(term, QUALITY.fuzzyPrefix);
      }
    }
    return found;
  }

  // Per-query scratch space, reset through the list of documents touched.
  const totals = new Float64Array(documentCount);
  const wordBest = new Float64Array(documentCount);
  const matched = new Uint8Array(documentCount);
  const touched = new Uint32Array(documentCount);
  const wordTouched = new Uint32Array(documentCount);
  const namePartCount = new Uint8Array(documentCount);
  const namePartField = new Float64Array(documentCount);

  /** The nearest frequent term to a word that found nothing; spelling mistakes rarely hit the first letter. */
  function suggestWord(word: string): string | undefined {
    if (isNumeric(word) || word.length < 3) return undefined;
    const reach = Math.min(3, Math.max(1, Math.ceil(word.length / 3)));
    const mask = characterMask(word);
    const dictionary = dictionaryOf(word);
    const { terms, frequencies, masks } = dictionary;
    let best: number | undefined;
    let bestDistance = reach + 1;
    for (let t = 0; t < terms.length; t++) {
      const term = terms[t];
      if (term.length < 3 || Math.abs(term.length - word.length) > reach || bitCount(mask ^ masks[t]) > 2 * reach) continue;
      const distance = editDistance(word, term, reach);
      if (distance < bestDistance || (distance === bestDistance && best !== undefined && frequencies[t] > frequencies[best])) {
        best = t;
        bestDistance = distance;
      }
    }
    return best === undefined || bestDistance > reach ? undefined : terms[best];
  }

  /** For each query word, the other names and synonyms it or a phrase it begins or ends stands for. */
  function alternativesOfWords(words: string[]): Alternatives[] {
    const result = words.map((word) => [...(source.alternatives(word) ?? [])]);
    for (let start = 0; start < words.length; start++) {
      for (let end = start + 2; end <= Math.min(words.length, start + MAX_PHRASE_WORDS); end++) {
        const phrase = source.alternatives(words.slice(start, end).join(' '));
        if (phrase?.length) for (let i = start; i < end; i++) result[i].push(...phrase);
      }
    }
    return result;
  }

  /** The section's page: the nearest agreement before it, since every section follows its agreement in the index. */
  function pageOf(number: number): number | undefined {
    for (let at = number - 1; at >= 0; at--) {
      const kind = source.kind(at);
      if (kind === 'agreement') return at;
      if (kind !== 'section') return undefined;
    }
    return undefined;
  }

  const emptyCounts = (): Record<SearchFacet, number> => ({ agreement: 0, case: 0, term: 0, country: 0 });

  function search(rawQuery: string, options: SearchOptions = {}): SearchResult {
    const limit = options.limit ?? 50;
    const wanted = options.facets?.length ? new Set(options.facets) : undefined;
    const query = String(rawQuery ?? '')
      .slice(0, MAX_QUERY_LENGTH)
      .trim();
    const tokens = tokenize(query).slice(0, MAX_QUERY_WORDS * 2);
    const words = [...new Set(tokens.map((token) => token.term).filter((term) => !STOP_WORDS.has(term)))].slice(
      0,
      MAX_QUERY_WORDS,
    );
    const highlight: HighlightTerms = { terms: [], prefixes: [] };
    const empty: SearchResult = { query, hits: [], total: 0, facetCounts: emptyCounts(), words, highlight };
    if (tokens.length === 0) return empty;

    const lastToken = tokens.at(-1)!.term;
    // A query ending in a space or punctuation has finished its last word.
    const typingLast = /[\p{L}\p{N}]$/u.test(query);
    let touchedCount = 0;
    const matchedTerms = new Set<string>();
    const unmatchedWords: string[] = [];
    const alternativesByWord = alternativesOfWords(words);

    words.forEach((word, wordNumber) => {
      const expansions = expand(word, typingLast && word === lastToken, highlight.prefixes);
      let wordTouchedCount = 0;
      for (const [term, quality] of expansions) {
        const postings = source.postings(term);
        if (!postings) continue;
        if (postings.docs.length > 0) matchedTerms.add(term);
        const weight = quality * rarity(term);
        for (let at = 0; at < postings.docs.length; at++) {
          const doc = postings.docs[at];
          const score = weight * postings.weights[at];
          if (wordBest[doc] === 0) wordTouched[wordTouchedCount++] = doc;
          if (score > wordBest[doc]) wordBest[doc] = score;
        }
      }
      // Another name of the same country, or a synonym, counts as the word itself: "UK" finds "United Kingdom",
      // "stipend" finds "cash grant". A document must hold every word of the other name.
      for (const name of alternativesByWord[wordNumber]) {
        const parts = [...new Set(name)];
        if (parts.some((part) => frequency(part) === 0)) continue;
        const partPostings = parts.map((part) => source.postings(part));
        if (partPostings.some((postings) => !postings)) continue;
        // Weighed as the word itself where the index has it (never above it), else as the rarest word of the name.
        const rarest = parts.reduce((best, part) => (frequency(part) < frequency(best) ? part : best));
        const weight = QUALITY.synonym * (frequency(word) > 0 ? rarity(word) : rarity(rarest));
        // Count, per document, how many words of the name it holds, and the weakest field they are in.
        for (const postings of partPostings) {
          for (let at = 0; at < postings!.docs.length; at++) {
            const doc = postings!.docs[at];
            namePartField[doc] = namePartCount[doc] === 0 ? postings!.weights[at] : Math.min(namePartField[doc], postings!.weights[at]);
            namePartCount[doc]++;
          }
        }
        const rarestPostings = partPostings[parts.indexOf(rarest)]!;
        let found = false;
        for (const doc of rarestPostings.docs) {
          if (namePartCount[doc] !== parts.length) continue;
          found = true;
          if (wordBest[doc] === 0) wordTouched[wordTouchedCount++] = doc;
          if (weight * namePartField[doc] > wordBest[doc]) wordBest[doc] = weight * namePartField[doc];
        }
        if (found) for (const part of parts) matchedTerms.add(part);
        for (const postings of partPostings) for (const doc of postings!.docs) namePartCount[doc] = 0;
      }
      if (wordTouchedCount === 0) unmatchedWords.push(word);
      for (let i = 0; i < wordTouchedCount; i++) {
        const doc = wordTouched[i];
        if (matched[doc] === 0) touched[touchedCount++] = doc;
        totals[doc] += wordBest[doc];
        matched[doc]++;
        wordBest[doc] = 0;
      }
    });

    const exactDocs = new Set(source.exactNames(phraseKey(query)) ?? []);
    for (const doc of exactDocs) {
      if (matched[doc] === 0) touched[touchedCount++] = doc;
    }

    // Rank on one number: exact name, then words matched, then score (far below 10^4); kind and title length break ties.
    const wordCount = (number: number) => (exactDocs.has(number) ? Math.max(words.length, matched[number]) : matched[number]);
    const facetCounts = emptyCounts();
    const candidates: number[] = [];
    for (let i = 0; i < touchedCount; i++) {
      const number = touched[i];
      const facet = facetOf(source.kind(number));
      facetCounts[facet]++;
      if (!wanted || wanted.has(facet)) candidates.push(number);
    }
    const keys = new Float64Array(candidates.length);
    candidates.forEach((number, i) => {
      const base = matched[number] * 1e4 + totals[number] - tieBreak(number);
      keys[i] = exactDocs.has(number) ? 1e6 + wordCount(number) * 1e4 + totals[number] - tieBreak(number) : base;
    });
    const leaders = topKeys(keys, candidates.length, Math.max(limit, RERANK_COUNT)).map((position): SearchHit => {
      const number = candidates[position];
      return { doc: source.doc(number) ?? { k: source.kind(number), u: '', t: '' }, number, score: totals[number], exact: exactDocs.has(number), matchedWords: wordCount(number) };
    });
    const total = candidates.length;
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i];
      totals[doc] = 0;
      matched[doc] = 0;
    }

    // Re-rank the leaders by how closely the whole query reads like their title or another name.
    const reranked = leaders.slice(0, RERANK_COUNT);
    if (reranked.length > 1) {
      const phrase = [...new Set(tokens.map((token) => token.term))].join(' ').slice(0, 32);
      // One record per title or name, so a document is judged by its closest one (fuse.js multiplies the scores of
      // several matching fields, which would favour documents that merely repeat a word in title and short title).
      const records = reranked.flatMap((hit) => shortFieldKeys(hit.doc).map((text) => ({ hit, text })));
      const fuse = new Fuse(records, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD });
      const closest = new Map<SearchHit, number>();
      for (const { item, score = 1 } of fuse.search(phrase)) {
        if (score < (closest.get(item.hit) ?? 1)) closest.set(item.hit, score);
      }
      // Up to half as much again for a title read exactly; nothing at the threshold, so loose matches barely move.
      for (const [hit, score] of closest) hit.score *= 1 + FUSE_BONUS * Math.max(0, 1 - score / FUSE_THRESHOLD);
      reranked.sort(
        (a, b) =>
          Number(b.exact) - Number(a.exact) ||
          b.matchedWords - a.matchedWords ||
          b.score - a.score ||
          kindOrder(a.doc.k) - kindOrder(b.doc.k) ||
          a.doc.t.length - b.doc.t.length,
      );
      leaders.splice(0, reranked.length, ...reranked);
    }

    const hits = leaders.slice(0, limit);
    for (const hit of hits) {
      if (hit.doc.k !== 'section') continue;
      const page = pageOf(hit.number);
      const doc = page === undefined ? undefined : source.doc(page);
      if (page !== undefined && doc) hit.page = { number: page, doc };
    }
    const result: SearchResult = {
      query,
      hits,
      total,
      facetCounts,
      words,
      highlight: { terms: [...matchedTerms], prefixes: highlight.prefixes },
    };
    // Offer a correction when a word found nothing at all, or nothing matched.
    if (touchedCount === 0 || unmatchedWords.length > 0) {
      const corrected = words.map((word) => (touchedCount === 0 || unmatchedWords.includes(word) ? (suggestWord(word) ?? word) : word));
      const suggestion = corrected.join(' ');
      if (suggestion !== words.join(' ')) result.suggestion = suggestion;
    }
    return result;
  }

  return { search, documentCount };
}
