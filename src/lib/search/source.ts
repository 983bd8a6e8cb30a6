/**
 * Where the searcher reads its data. One interface for two shapes of the same index: the whole index in memory (tests,
 * benchmarks, the build) and the sharded index a browser fetches piece by piece (`shards.ts`). A sharded source
 * answers from what it has loaded and notes what it lacks; the client loads that and asks again, so both shapes rank
 * every query the same way.
 */
import { characterMask } from './edit-distance.ts';
import { searchKinds, type SearchKind } from './documents.ts';
import { decodePostings, shortFields, type IndexedDocument, type SearchIndex } from './index-build.ts';
import { phraseKey } from './normalise.ts';

/** How much a word found in each field counts, by `Field` (index-build.ts): body text, summary, title or other name. */
export const FIELD_WEIGHTS = [1, 2, 3];

/** The search terms that begin with one character, sorted, with how many documents hold each. */
export class Dictionary {
  readonly terms: string[];
  readonly frequencies: ArrayLike<number>;
  #masks?: Int32Array;
  #byLength?: number[][];

  constructor(terms: string[], frequencies: ArrayLike<number>) {
    this.terms = terms;
    this.frequencies = frequencies;
  }

  /** Position of the first term not below `word`. */
  lowerBound(word: string): number {
    const { terms } = this;
    let low = 0;
    let high = terms.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (terms[middle] < word) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  indexOf(word: string): number {
    const at = this.lowerBound(word);
    return this.terms[at] === word ? at : -1;
  }

  /** Character masks of the terms, for the typo scan (computed on first use). */
  get masks(): Int32Array {
    return (this.#masks ??= Int32Array.from(this.terms, characterMask));
  }

  /** Term positions by term length, for the typo scan. */
  get byLength(): number[][] {
    if (!this.#byLength) {
      const byLength: number[][] = [];
      this.terms.forEach((term, t) => (byLength[term.length] ??= []).push(t));
      this.#byLength = byLength;
    }
    return this.#byLength;
  }
}

/** A decoded postings list: document numbers ascending, and the field weight of each hit. */
export type Postings = { docs: Uint32Array; weights: Float64Array };

/** Other ways to say a word or phrase: each alternative is a list of search terms a document must all hold. */
export type Alternatives = string[][];

export interface SearchSource {
  readonly documentCount: number;
  /** The dictionary of terms beginning with `first` (one UTF-16 unit), or undefined while it is not loaded. */
  dictionary(first: string): Dictionary | undefined;
  /** The postings of a term known to the dictionary, or undefined while they are not loaded. */
  postings(term: string): Postings | undefined;
  /** Documents whose title or other name has this phrase key; undefined while not loaded. */
  exactNames(key: string): readonly number[] | undefined;
  /** Other names of a country and synonyms of the field's vocabulary, by search-form key; undefined while not loaded. */
  alternatives(key: string): Alternatives | undefined;
  /** Kind of every document (always available: the sharded manifest carries it). */
  kind(number: number): SearchKind;
  /** Title length of every document, for ties (always available). */
  titleLength(number: number): number;
  /** What a result shows, or undefined while its fragment is not loaded. */
  doc(number: number): IndexedDocument | undefined;
}

/** The key under which a term, alias or name is stored: its first UTF-16 unit. */
export const shardKeyOf = (text: string): string => text.charAt(0);

/** A source over a whole index held in memory: nothing is ever missing. */
export function memorySource(index: SearchIndex): SearchSource {
  const { docs, terms } = index;
  const dictionaries = new Map<string, Dictionary>();
  const positions = new Map<string, number>();
  let start = 0;
  for (let t = 0; t <= terms.length; t++) {
    if (t === terms.length || (t > start && shardKeyOf(terms[t]) !== shardKeyOf(terms[start]))) {
      if (t > start) {
        const slice = terms.slice(start, t);
        dictionaries.set(shardKeyOf(terms[start]), new Dictionary(slice, Uint32Array.from(slice, (_, i) => index.postings[start + i].length)));
      }
      start = t;
    }
    if (t < terms.length) positions.set(terms[t], t);
  }
  const decoded = new Map<number, Postings>();
  const exact = exactNameMap(docs);
  const alternatives = new Map(index.alternatives);
  return {
    documentCount: docs.length,
    dictionary: (first) => dictionaries.get(first) ?? EMPTY_DICTIONARY,
    postings(term) {
      const t = positions.get(term);
      if (t === undefined) return EMPTY_POSTINGS;
      let postings = decoded.get(t);
      if (!postings) decoded.set(t, (postings = postingsOf(index.postings[t])));
      return postings;
    },
    exactNames: (key) => exact.get(key) ?? [],
    alternatives: (key) => alternatives.get(key) ?? [],
    kind: (number) => docs[number].k,
    titleLength: (number) => docs[number].t.length,
    doc: (number) => docs[number],
  };
}

export const EMPTY_DICTIONARY = new Dictionary([], []);
export const EMPTY_POSTINGS: Postings = { docs: new Uint32Array(0), weights: new Float64Array(0) };

/** Decodes the gap-encoded postings of one term into document numbers and field weights. */
export function postingsOf(encoded: number[]): Postings {
  const { docs, fields } = decodePostings(encoded);
  return { docs, weights: Float64Array.from(fields, (field) => FIELD_WEIGHTS[field]) };
}

/** Phrase key of each title and other name → the documents it names. */
export function exactNameMap(docs: { t: string; n?: string[] }[]): Map<string, number[]> {
  const exact = new Map<string, number[]>();
  docs.forEach((doc, number) => {
    for (const key of shortFieldKeys(doc)) {
      if (!key) continue;
      const list = exact.get(key);
      if (!list) exact.set(key, [number]);
      else if (list.at(-1) !== number) list.push(number);
    }
  });
  return exact;
}

/** Titles and other names of a document in their search form. */
export function shortFieldKeys(doc: { t: string; n?: string[] }): string[] {
  return shortFields(doc).map(phraseKey);
}

/** Order of kinds for ties (agreements first). */
export const kindOrder = (kind: SearchKind): number => searchKinds.indexOf(kind);
