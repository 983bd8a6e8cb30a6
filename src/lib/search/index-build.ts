/**
 * Builds the static search index: what each result shows, plus an inverted index from every search term to the
 * documents holding it. Body text itself is not shipped, only its terms, which keeps the file small; the browser
 * reads the terms to match words by prefix and with typos without scanning any text.
 */
import type { SearchDocument, SearchKind } from './documents.ts';
import { indexTerms } from './normalise.ts';

/** One document as the index ships it: the fields a result shows, under short keys. */
export type IndexedDocument = {
  /** Kind. */
  k: SearchKind;
  /** URL. */
  u: string;
  /** Title. */
  t: string;
  /** Other names. */
  n?: string[];
  /** Context. */
  c?: string;
  /** Snippet. */
  s?: string;
};

export const SEARCH_INDEX_VERSION = 1;

export type SearchIndex = {
  version: typeof SEARCH_INDEX_VERSION;
  docs: IndexedDocument[];
  /** Every search term, sorted by code unit so prefixes can be found by binary search. */
  terms: string[];
  /**
   * For each term (same position), the documents that hold it, ascending. Each entry is `(gap << 1) | short`, where
   * gap is the distance from the previous document number (the first from -1) and short is 1 when the term is in the
   * document's title or other names. Small gaps keep the JSON short.
   */
  postings: number[][];
};

/** Fields a document is matched on by name: an exact hit here means "this is the page". */
export function shortFields(doc: { t: string; n?: string[] }): string[] {
  return [doc.t, ...(doc.n ?? [])];
}

export function toIndexedDocument(doc: SearchDocument): IndexedDocument {
  const indexed: IndexedDocument = { k: doc.kind, u: doc.url, t: doc.title };
  if (doc.names.length) indexed.n = doc.names;
  if (doc.context) indexed.c = doc.context;
  if (doc.snippet) indexed.s = doc.snippet;
  return indexed;
}

export function buildSearchIndex(documents: SearchDocument[]): SearchIndex {
  const docs = documents.map(toIndexedDocument);
  const byTerm = new Map<string, number[]>();
  documents.forEach((doc, number) => {
    const short = indexTerms(shortFields(docs[number]).join(' ; '));
    const long = indexTerms([doc.body, doc.context ?? '', doc.snippet ?? ''].join(' ; '));
    for (const term of new Set([...short, ...long])) {
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      list.push(number * 2 + (short.has(term) ? 1 : 0));
    }
  });
  const terms = [...byTerm.keys()].sort();
  const postings = terms.map((term) => {
    let previous = -1;
    return byTerm.get(term)!.map((entry) => {
      const number = entry >> 1;
      const gap = number - previous;
      previous = number;
      return (gap << 1) | (entry & 1);
    });
  });
  return { version: SEARCH_INDEX_VERSION, docs, terms, postings };
}

/** Decodes one postings list into document numbers and whether each hit is in a short field. */
export function decodePostings(encoded: number[]): { docs: Uint32Array; short: Uint8Array } {
  const docs = new Uint32Array(encoded.length);
  const short = new Uint8Array(encoded.length);
  let previous = -1;
  for (let i = 0; i < encoded.length; i++) {
    previous += encoded[i] >> 1;
    docs[i] = previous;
    short[i] = encoded[i] & 1;
  }
  return { docs, short };
}
