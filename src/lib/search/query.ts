/**
 * Answers queries against a built index. Two stages keep each keystroke well under a frame even on 10,000 documents:
 *
 * 1. Every query word is expanded against the sorted term list (exact word, words it begins, words one or two typos
 *    away) and the postings of those terms score each document by how rare the word is, whether it hit a title or a
 *    name, and how close the match was. Words may hit different fields of one document ("judge notice third country").
 * 2. The best candidates are re-ranked with fuse.js over their short fields only (title, other names), which rewards
 *    a query that reads like the title as a whole.
 *
 * An exact title, other name or abbreviation ranks first, then documents that match every query word, then the rest.
 */
import Fuse from 'fuse.js';
import { bitCount, characterMask, editDistance } from './edit-distance.ts';
import { searchKinds } from './documents.ts';
import { shortFields, type IndexedDocument, type SearchIndex } from './index-build.ts';
import { phraseKey, STOP_WORDS, tokenize } from './normalise.ts';

/** Longer queries are cut here: nobody types more, and it bounds the work a pasted text can cause. */
export const MAX_QUERY_LENGTH = 200;
/** Words beyond this many are ignored for the same reason. */
export const MAX_QUERY_WORDS = 8;
/** At most this many terms stand in for one short prefix ("co" → "country", "court", ...): the most frequent ones. */
const MAX_PREFIX_TERMS = 60;
/** Candidates re-ranked by fuse.js. */
const RERANK_COUNT = 40;
/** A word found in a title or other name counts this many times a word found in body text. */
const SHORT_FIELD_WEIGHT = 3;

const QUALITY = { exact: 1, typo1: 0.6, typo2: 0.4, fuzzyPrefix: 0.35 };

export type SearchHit = {
  doc: IndexedDocument;
  /** The document's number in the index. */
  number: number;
  score: number;
  /** The query is exactly the title, another name or an abbreviation of this document. */
  exact: boolean;
  /** How many of the query's words the document matched. */
  matchedWords: number;
};

/** What to highlight in shown text: search terms that matched, and prefixes being typed. */
export type HighlightTerms = { terms: string[]; prefixes: string[] };

export type SearchResult = {
  /** The query as searched (trimmed, cut to MAX_QUERY_LENGTH). */
  query: string;
  hits: SearchHit[];
  /** Matching documents before the limit. */
  total: number;
  /** Words of the query that count (stop words left out). */
  words: string[];
  highlight: HighlightTerms;
  /** A corrected query when some words matched nothing, such as "rwanda" for "rwamda" with no typo reach. */
  suggestion?: string;
};

export type Searcher = {
  search: (query: string, options?: { limit?: number }) => SearchResult;
  documentCount: number;
};

type Expansion = { term: number; quality: number };

/** Lower bound of `word` in the sorted list. */
function lowerBound(terms: string[], word: string): number {
  let low = 0;
  let high = terms.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (terms[middle] < word) low = middle + 1;
    else high = middle;
  }
  return low;
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
  const swapped = prefix.replace(/is(a|at|ati|atio|e|ed|i|in)?$/, 'iz$1').replace(/(\w{3})ou$/, '$1o').replace(/(\w{2}[^aeiou])tr$/, '$1te');
  if (swapped !== prefix) variants.push(swapped);
  return variants;
}

export function createSearcher(index: SearchIndex): Searcher {
  const { docs, terms } = index;
  const documentCount = docs.length;

  // Postings decoded once into flat arrays (compressed sparse rows): term t owns entries offsets[t]..offsets[t+1].
  const offsets = new Uint32Array(terms.length + 1);
  for (let t = 0; t < terms.length; t++) offsets[t + 1] = offsets[t] + index.postings[t].length;
  const postingDocs = new Uint32Array(offsets[terms.length]);
  const postingShort = new Uint8Array(offsets[terms.length]);
  for (let t = 0; t < terms.length; t++) {
    let previous = -1;
    let at = offsets[t];
    for (const entry of index.postings[t]) {
      previous += entry >> 1;
      postingDocs[at] = previous;
      postingShort[at] = entry & 1;
      at++;
    }
  }
  const frequency = (term: number) => offsets[term + 1] - offsets[term];
  const rarity = Float64Array.from(terms, (_, t) => Math.log(1 + documentCount / frequency(t)));

  // Terms by length with their character masks, for the typo scan.
  const masks = Int32Array.from(terms, characterMask);
  const byLength: number[][] = [];
  terms.forEach((term, t) => (byLength[term.length] ??= []).push(t));
  const isNumeric = (word: string) => /^\d+$/.test(word);

  // Exact short fields: phrase key → document numbers.
  const exactNames = new Map<string, number[]>();
  docs.forEach((doc, number) => {
    for (const field of shortFields(doc)) {
      const key = phraseKey(field);
      if (!key) continue;
      const list = exactNames.get(key);
      if (!list) exactNames.set(key, [number]);
      else if (list.at(-1) !== number) list.push(number);
    }
  });

  function expand(word: string, isLast: boolean, prefixes: string[]): Expansion[] {
    const found = new Map<number, number>();
    const offer = (term: number, quality: number) => {
      if ((found.get(term) ?? 0) < quality) found.set(term, quality);
    };
    const at = lowerBound(terms, word);
    if (terms[at] === word) offer(at, QUALITY.exact);

    // Words being typed, and any word of three letters or more, also stand for the longer words they begin.
    if (word.length >= (isLast ? 2 : 3)) {
      const started: number[] = [];
      for (const variant of prefixVariants(word)) {
        for (let t = lowerBound(terms, variant); t < terms.length && terms[t].startsWith(variant); t++) {
          if (terms[t] !== word) started.push(t);
        }
        prefixes.push(variant);
      }
      if (started.length > MAX_PREFIX_TERMS) started.sort((a, b) => frequency(b) - frequency(a)).length = MAX_PREFIX_TERMS;
      for (const t of started) offer(t, 0.55 + (0.35 * word.length) / terms[t].length);
    }

    const budget = isNumeric(word) ? 0 : typoBudget(word.length);
    if (budget > 0) {
      const mask = characterMask(word);
      for (let length = word.length - budget; length <= word.length + budget; length++) {
        for (const t of byLength[length] ?? []) {
          if (bitCount(mask ^ masks[t]) > 2 * budget) continue;
          const distance = editDistance(word, terms[t], budget);
          if (distance > 0 && distance <= budget) offer(t, distance === 1 ? QUALITY.typo1 : QUALITY.typo2);
        }
      }
    }

    // A word still being typed may carry a typo too ("refoulm" → "refoulement"): compare it with term beginnings.
    if (isLast && word.length >= 4 && !isNumeric(word)) {
      const head = word.slice(0, 1);
      for (let t = lowerBound(terms, head); t < terms.length && terms[t].startsWith(head); t++) {
        const term = terms[t];
        if (term.length > word.length && editDistance(word, term.slice(0, word.length), 1) === 1) offer(t, QUALITY.fuzzyPrefix);
      }
    }
    return [...found].map(([term, quality]) => ({ term, quality }));
  }

  // Per-query scratch space, reset through the list of documents touched.
  const totals = new Float64Array(documentCount);
  const wordBest = new Float64Array(documentCount);
  const matched = new Uint8Array(documentCount);

  function suggestWord(word: string): string | undefined {
    if (isNumeric(word) || word.length < 3) return undefined;
    const reach = Math.max(1, Math.ceil(word.length / 3));
    let best: number | undefined;
    let bestDistance = reach + 1;
    for (let length = word.length - reach; length <= word.length + reach; length++) {
      for (const t of length >= 3 ? (byLength[length] ?? []) : []) {
        const distance = editDistance(word, terms[t], Math.min(reach, bestDistance));
        if (distance < bestDistance || (distance === bestDistance && best !== undefined && frequency(t) > frequency(best))) {
          best = t;
          bestDistance = distance;
        }
      }
    }
    return best === undefined || bestDistance > reach ? undefined : terms[best];
  }

  function search(rawQuery: string, options: { limit?: number } = {}): SearchResult {
    const limit = options.limit ?? 50;
    const query = String(rawQuery ?? '')
      .slice(0, MAX_QUERY_LENGTH)
      .trim();
    const tokens = tokenize(query).slice(0, MAX_QUERY_WORDS * 2);
    const words = [...new Set(tokens.map((token) => token.term).filter((term) => !STOP_WORDS.has(term)))].slice(0, MAX_QUERY_WORDS);
    const highlight: HighlightTerms = { terms: [], prefixes: [] };
    const empty: SearchResult = { query, hits: [], total: 0, words, highlight };
    if (tokens.length === 0) return empty;

    const lastToken = tokens.at(-1)!.term;
    // A query ending in a space or punctuation has finished its last word.
    const typingLast = /[\p{L}\p{N}]$/u.test(query);
    const touched: number[] = [];
    const matchedTerms = new Set<number>();
    const unmatchedWords: string[] = [];

    for (const word of words) {
      const expansions = expand(word, typingLast && word === lastToken, highlight.prefixes);
      const wordTouched: number[] = [];
      for (const { term, quality } of expansions) {
        const end = offsets[term + 1];
        if (end > offsets[term]) matchedTerms.add(term);
        const weight = quality * rarity[term];
        for (let at = offsets[term]; at < end; at++) {
          const doc = postingDocs[at];
          const score = postingShort[at] ? weight * SHORT_FIELD_WEIGHT : weight;
          if (wordBest[doc] === 0) wordTouched.push(doc);
          if (score > wordBest[doc]) wordBest[doc] = score;
        }
      }
      if (wordTouched.length === 0) unmatchedWords.push(word);
      for (const doc of wordTouched) {
        if (matched[doc] === 0) touched.push(doc);
        totals[doc] += wordBest[doc];
        matched[doc]++;
        wordBest[doc] = 0;
      }
    }

    const exactDocs = new Set(exactNames.get(phraseKey(query)) ?? []);
    for (const doc of exactDocs) {
      if (matched[doc] === 0) touched.push(doc);
    }

    const hits: SearchHit[] = touched.map((number) => ({
      doc: docs[number],
      number,
      score: totals[number],
      exact: exactDocs.has(number),
      matchedWords: exactDocs.has(number) ? Math.max(words.length, matched[number]) : matched[number],
    }));
    for (const doc of touched) {
      totals[doc] = 0;
      matched[doc] = 0;
    }

    const kindOrder = (hit: SearchHit) => searchKinds.indexOf(hit.doc.k);
    const compare = (a: SearchHit, b: SearchHit) =>
      Number(b.exact) - Number(a.exact) ||
      b.matchedWords - a.matchedWords ||
      b.score - a.score ||
      kindOrder(a) - kindOrder(b) ||
      a.doc.t.length - b.doc.t.length;
    hits.sort(compare);

    // Re-rank the leaders by how closely the whole query reads like their title or another name.
    const leaders = hits.slice(0, RERANK_COUNT);
    if (leaders.length > 1) {
      const phrase = tokens
        .map((token) => token.term)
        .join(' ')
        .slice(0, 64);
      const fuse = new Fuse(leaders, {
        keys: [
          { name: 'title', getFn: (hit) => hit.doc.t },
          { name: 'names', getFn: (hit) => hit.doc.n ?? [] },
        ],
        includeScore: true,
        ignoreLocation: true,
        ignoreDiacritics: true,
        threshold: 0.45,
      });
      for (const { item, score = 1 } of fuse.search(phrase)) item.score *= 1 + (1 - score);
      leaders.sort(compare);
      hits.splice(0, leaders.length, ...leaders);
    }

    const result: SearchResult = {
      query,
      hits: hits.slice(0, limit),
      total: hits.length,
      words,
      highlight: { terms: [...matchedTerms].map((term) => terms[term]), prefixes: highlight.prefixes },
    };
    const fullMatches = hits.length > 0 && hits[0].matchedWords >= words.length;
    if (!fullMatches || unmatchedWords.length > 0) {
      const corrected = words.map((word) => (unmatchedWords.includes(word) || !fullMatches ? (suggestWord(word) ?? word) : word));
      const suggestion = corrected.join(' ');
      if (suggestion !== words.join(' ')) result.suggestion = suggestion;
    }
    return result;
  }

  return { search, documentCount };
}
