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
import { searchKinds } from './documents.ts';
import { shortFields, type IndexedDocument, type SearchIndex } from './index-build.ts';
import { phraseKey, STOP_WORDS, tokenize } from './normalise.ts';

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
/** How much a word found in each field counts, by `Field`: body text, summary, title or other name. */
const FIELD_WEIGHTS = [1, 2, 3];

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
  const swapped = prefix
    .replace(/is(a|at|ati|atio|e|ed|i|in)?$/, 'iz$1')
    .replace(/(\w{3})ou$/, '$1o')
    .replace(/(\w{2}[^aeiou])tr$/, '$1te');
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
  const postingWeights = new Float64Array(offsets[terms.length]);
  for (let t = 0; t < terms.length; t++) {
    let previous = -1;
    let at = offsets[t];
    for (const entry of index.postings[t]) {
      previous += entry >> 2;
      postingDocs[at] = previous;
      postingWeights[at] = FIELD_WEIGHTS[entry & 3];
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

  // Short fields in their search form (for fuse.js), and exact short fields: phrase key → document numbers.
  const shortKeys = docs.map((doc) => shortFields(doc).map(phraseKey));
  const exactNames = new Map<string, number[]>();
  shortKeys.forEach((keys, number) => {
    for (const key of keys) {
      if (!key) continue;
      const list = exactNames.get(key);
      if (!list) exactNames.set(key, [number]);
      else if (list.at(-1) !== number) list.push(number);
    }
  });
  // Ties go to the kind listed first, then to the shorter title.
  const tieBreak = Float64Array.from(docs, (doc) => searchKinds.indexOf(doc.k) * 1e-3 + Math.min(doc.t.length, 999) * 1e-6);

  // Countries' names and other names, each standing for the others (without stop words: "Republic of Rwanda").
  const synonyms = new Map<string, string[][]>();
  docs.forEach((doc, number) => {
    if (doc.k !== 'country') return;
    const names = shortKeys[number]
      .map((key) => key.split(' ').filter((part) => !STOP_WORDS.has(part)))
      .filter((name) => name.length > 0);
    const singleWords = new Set(names.filter((name) => name.length === 1).map((name) => name[0]));
    // A longer name holding a one-word name ("Kingdom of Eswatini") finds nothing more, and would light up "kingdom".
    const useful = names.filter((name) => name.length === 1 || !name.some((part) => singleWords.has(part)));
    for (const word of singleWords) {
      const others = useful.filter((other) => other.join(' ') !== word);
      synonyms.set(word, [...(synonyms.get(word) ?? []), ...others]);
    }
  });
  const exactTerm = (word: string) => {
    const at = lowerBound(terms, word);
    return terms[at] === word ? at : -1;
  };

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
      const head = word.slice(0, 2);
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
  const keys = new Float64Array(documentCount);
  const touched = new Uint32Array(documentCount);
  const wordTouched = new Uint32Array(documentCount);
  const namePartCount = new Uint8Array(documentCount);
  const namePartField = new Float64Array(documentCount);

  /** The nearest frequent term to a word that found nothing; spelling mistakes rarely hit the first letter. */
  function suggestWord(word: string): string | undefined {
    if (isNumeric(word) || word.length < 3) return undefined;
    const reach = Math.min(3, Math.max(1, Math.ceil(word.length / 3)));
    const mask = characterMask(word);
    let best: number | undefined;
    let bestDistance = reach + 1;
    for (let t = lowerBound(terms, word[0]); t < terms.length && terms[t].charCodeAt(0) === word.charCodeAt(0); t++) {
      const term = terms[t];
      if (term.length < 3 || Math.abs(term.length - word.length) > reach || bitCount(mask ^ masks[t]) > 2 * reach) continue;
      const distance = editDistance(word, term, reach);
      if (distance < bestDistance || (distance === bestDistance && best !== undefined && frequency(t) > frequency(best))) {
        best = t;
        bestDistance = distance;
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
    const words = [...new Set(tokens.map((token) => token.term).filter((term) => !STOP_WORDS.has(term)))].slice(
      0,
      MAX_QUERY_WORDS,
    );
    const highlight: HighlightTerms = { terms: [], prefixes: [] };
    const empty: SearchResult = { query, hits: [], total: 0, words, highlight };
    if (tokens.length === 0) return empty;

    const lastToken = tokens.at(-1)!.term;
    // A query ending in a space or punctuation has finished its last word.
    const typingLast = /[\p{L}\p{N}]$/u.test(query);
    let touchedCount = 0;
    const matchedTerms = new Set<number>();
    const unmatchedWords: string[] = [];

    for (const word of words) {
      const expansions = expand(word, typingLast && word === lastToken, highlight.prefixes);
      let wordTouchedCount = 0;
      for (const { term, quality } of expansions) {
        const end = offsets[term + 1];
        if (end > offsets[term]) matchedTerms.add(term);
        const weight = quality * rarity[term];
        for (let at = offsets[term]; at < end; at++) {
          const doc = postingDocs[at];
          const score = weight * postingWeights[at];
          if (wordBest[doc] === 0) wordTouched[wordTouchedCount++] = doc;
          if (score > wordBest[doc]) wordBest[doc] = score;
        }
      }
      // Another name of the same country counts as the word itself: "UK" finds "United Kingdom".
      for (const name of synonyms.get(word) ?? []) {
        const termsOfName = [...new Set(name.map((part) => exactTerm(part)))];
        if (termsOfName.some((term) => term < 0)) continue;
        // Weighed as the word itself (which is in the index: synonyms come from indexed names), never above it.
        const weight = QUALITY.synonym * rarity[exactTerm(word)];
        // Count, per document, how many words of the name it holds, and the weakest field they are in.
        for (const term of termsOfName) {
          for (let at = offsets[term]; at < offsets[term + 1]; at++) {
            const doc = postingDocs[at];
            namePartField[doc] = namePartCount[doc] === 0 ? postingWeights[at] : Math.min(namePartField[doc], postingWeights[at]);
            namePartCount[doc]++;
          }
        }
        const rarest = termsOfName.reduce((best, term) => (frequency(term) < frequency(best) ? term : best));
        let found = false;
        for (let at = offsets[rarest]; at < offsets[rarest + 1]; at++) {
          const doc = postingDocs[at];
          if (namePartCount[doc] !== termsOfName.length) continue;
          found = true;
          if (wordBest[doc] === 0) wordTouched[wordTouchedCount++] = doc;
          if (weight * namePartField[doc] > wordBest[doc]) wordBest[doc] = weight * namePartField[doc];
        }
        if (found) for (const term of termsOfName) matchedTerms.add(term);
        for (const term of termsOfName) {
          for (let at = offsets[term]; at < offsets[term + 1]; at++) namePartCount[postingDocs[at]] = 0;
        }
      }
      if (wordTouchedCount === 0) unmatchedWords.push(word);
      for (let i = 0; i < wordTouchedCount; i++) {
        const doc = wordTouched[i];
        if (matched[doc] === 0) touched[touchedCount++] = doc;
        totals[doc] += wordBest[doc];
        matched[doc]++;
        wordBest[doc] = 0;
      }
    }

    const exactDocs = new Set(exactNames.get(phraseKey(query)) ?? []);
    for (const doc of exactDocs) {
      if (matched[doc] === 0) touched[touchedCount++] = doc;
    }

    // Rank on one number: exact name, then words matched, then score (far below 10^4); kind and title length break ties.
    const wordCount = (number: number) => (exactDocs.has(number) ? Math.max(words.length, matched[number]) : matched[number]);
    for (let i = 0; i < touchedCount; i++) {
      const number = touched[i];
      keys[i] = matched[number] * 1e4 + totals[number] - tieBreak[number];
    }
    for (let i = 0; exactDocs.size > 0 && i < touchedCount; i++) {
      if (exactDocs.has(touched[i])) keys[i] = 1e6 + wordCount(touched[i]) * 1e4 + totals[touched[i]] - tieBreak[touched[i]];
    }
    const leaders = topKeys(keys, touchedCount, Math.max(limit, RERANK_COUNT)).map((position): SearchHit => {
      const number = touched[position];
      return { doc: docs[number], number, score: totals[number], exact: exactDocs.has(number), matchedWords: wordCount(number) };
    });
    const total = touchedCount;
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
      const records = reranked.flatMap((hit) => shortKeys[hit.number].map((text) => ({ hit, text })));
      const fuse = new Fuse(records, { keys: ['text'], includeScore: true, ignoreLocation: true, threshold: FUSE_THRESHOLD });
      const closest = new Map<SearchHit, number>();
      for (const { item, score = 1 } of fuse.search(phrase)) {
        if (score < (closest.get(item.hit) ?? 1)) closest.set(item.hit, score);
      }
      // Up to half as much again for a title read exactly; nothing at the threshold, so loose matches barely move.
      for (const [hit, score] of closest) hit.score *= 1 + FUSE_BONUS * Math.max(0, 1 - score / FUSE_THRESHOLD);
      const kindOrder = (hit: SearchHit) => searchKinds.indexOf(hit.doc.k);
      reranked.sort(
        (a, b) =>
          Number(b.exact) - Number(a.exact) ||
          b.matchedWords - a.matchedWords ||
          b.score - a.score ||
          kindOrder(a) - kindOrder(b) ||
          a.doc.t.length - b.doc.t.length,
      );
      leaders.splice(0, reranked.length, ...reranked);
    }

    const result: SearchResult = {
      query,
      hits: leaders.slice(0, limit),
      total,
      words,
      highlight: { terms: [...matchedTerms].map((term) => terms[term]), prefixes: highlight.prefixes },
    };
    // Offer a correction when a word found nothing at all, or nothing matched.
    if (total === 0 || unmatchedWords.length > 0) {
      const corrected = words.map((word) => (total === 0 || unmatchedWords.includes(word) ? (suggestWord(word) ?? word) : word));
      const suggestion = corrected.join(' ');
      if (suggestion !== words.join(' ')) result.suggestion = suggestion;
    }
    return result;
  }

  return { search, documentCount };
}
