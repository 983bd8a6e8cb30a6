/**
 * Builds the static search index: what each result shows, plus an inverted index from every search term to the
 * documents holding it. Body text itself is not shipped, only its terms, which keeps the file small; the browser
 * reads the terms to match words by prefix and with typos without scanning any text.
 */
import type { SearchDocument, SearchKind } from './documents.ts';
import { indexTerms, phraseKey, STOP_WORDS } from './normalise.ts';
import synonymData from './synonyms.json' with { type: 'json' };

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
  /** Dates, for a result card. */
  d?: string;
  /**
   * Snippet. Shipped in the index only for glossary terms (the header box answers a term with its definition);
   * every other snippet is in the separate snippet list, fetched once the first results are on screen.
   */
  s?: string;
};

/** Kinds whose snippet travels in the index itself, because the header box shows it with the first result. */
export const INLINE_SNIPPET_KINDS: ReadonlySet<SearchKind> = new Set(['term']);

/**
 * The snippets left out of the index, by document number (null where the index carries it or there is none). Fetched
 * after the first results render, so the bytes before a first result hold only what matching needs.
 */
export function buildSnippetList(documents: SearchDocument[]): (string | null)[] {
  return documents.map((doc) => (doc.snippet && !INLINE_SNIPPET_KINDS.has(doc.kind) ? doc.snippet : null));
}

export const SEARCH_INDEX_VERSION = 2;

export type SearchIndex = {
  version: typeof SEARCH_INDEX_VERSION;
  docs: IndexedDocument[];
  /** Every search term, sorted by code unit so prefixes can be found by binary search. */
  terms: string[];
  /**
   * For each term (same position), the documents that hold it, ascending. Each entry is `(gap << 2) | field`, where
   * gap is the distance from the previous document number (the first from -1) and field is the most telling field
   * the term is in (see `Field`). Small gaps keep the JSON short.
   */
  postings: number[][];
  /**
   * Other ways to say a word or phrase, by its search form ("uk" → "united kingdom", "britain"; "stipend" →
   * "allowance", "cash grant"): a country's names stand for each other, and so do the words of each group in
   * `synonyms.json`. Each alternative lists the search terms a document must all hold.
   */
  alternatives: [key: string, alternatives: string[][]][];
};

/** Where a term was found, most telling last: body text, the summary, or a title or other name. */
export const Field = { body: 0, summary: 1, short: 2 } as const;
export type Field = (typeof Field)[keyof typeof Field];

/** Fields a document is matched on by name: an exact hit here means "this is the page". */
export function shortFields(doc: { t: string; n?: string[] }): string[] {
  return [doc.t, ...(doc.n ?? [])];
}

export function toIndexedDocument(doc: SearchDocument): IndexedDocument {
  const indexed: IndexedDocument = { k: doc.kind, u: doc.url, t: doc.title };
  if (doc.names.length) indexed.n = doc.names;
  if (doc.context) indexed.c = doc.context;
  if (doc.dates) indexed.d = doc.dates;
  if (doc.snippet && INLINE_SNIPPET_KINDS.has(doc.kind)) indexed.s = doc.snippet;
  return indexed;
}

export function buildSearchIndex(documents: SearchDocument[]): SearchIndex {
  const docs = documents.map(toIndexedDocument);
  const byTerm = new Map<string, number[]>();
  documents.forEach((doc, number) => {
    const short = indexTerms(shortFields(docs[number]).join(' ; '));
    const summary = indexTerms(doc.summary ?? '');
    const body = indexTerms([doc.body, doc.context ?? '', doc.snippet ?? ''].join(' ; '));
    // Each term once, under the most telling field it appears in: later sets overwrite earlier ones.
    const fieldOf = new Map<string, Field>();
    for (const term of body) fieldOf.set(term, Field.body);
    for (const term of summary) fieldOf.set(term, Field.summary);
    for (const term of short) fieldOf.set(term, Field.short);
    for (const [term, field] of fieldOf) {
      let list = byTerm.get(term);
      if (!list) byTerm.set(term, (list = []));
      list.push(number * 4 + field);
    }
  });
  const terms = [...byTerm.keys()].sort();
  const alternatives = alternativeNames(docs, synonymGroups);
  const postings = terms.map((term) => {
    let previous = -1;
    return byTerm.get(term)!.map((entry) => {
      const number = entry >> 2;
      const gap = number - previous;
      previous = number;
      return (gap << 2) | (entry & 3);
    });
  });
  return { version: SEARCH_INDEX_VERSION, docs, terms, postings, alternatives: [...alternatives] };
}

/** The groups of `synonyms.json`: ways of saying one thing in the field's vocabulary. */
export type SynonymGroup = { meaning: string; words: string[] };
export const synonymGroups: SynonymGroup[] = synonymData.groups;

/** A name or phrase as the search terms a document must hold: search form, stop words left out. */
const termsOf = (text: string) => phraseKey(text).split(' ').filter((part) => part && !STOP_WORDS.has(part));

/**
 * Every key (one search term, or several joined by spaces) with the other names it stands for. A country's one-word
 * names ("Rwanda", "RW", "Swaziland") stand for all its names; a longer name holding a one-word name ("Kingdom of
 * Eswatini") finds nothing more and would light up "kingdom", so it is left out. Each word or phrase of a synonym
 * group stands for the rest of its group.
 */
export function alternativeNames(docs: IndexedDocument[], groups: SynonymGroup[]): Map<string, string[][]> {
  const result = new Map<string, string[][]>();
  const add = (key: string, others: string[][]) => {
    const known = result.get(key) ?? [];
    const seen = new Set(known.map((name) => name.join(' ')));
    for (const other of others) {
      const text = other.join(' ');
      if (text !== key && !seen.has(text)) {
        seen.add(text);
        known.push(other);
      }
    }
    if (known.length) result.set(key, known);
  };
  for (const doc of docs) {
    if (doc.k !== 'country') continue;
    const names = shortFields(doc)
      .map(termsOf)
      .filter((name) => name.length > 0);
    const singleWords = new Set(names.filter((name) => name.length === 1).map((name) => name[0]));
    const useful = names.filter((name) => name.length === 1 || !name.some((part) => singleWords.has(part)));
    for (const word of singleWords) add(word, useful);
  }
  for (const group of groups) {
    const names = group.words.map(termsOf).filter((name) => name.length > 0);
    for (const name of names) add(name.join(' '), names);
  }
  return result;
}

/** Decodes one postings list into document numbers and the field of each hit. */
export function decodePostings(encoded: number[]): { docs: Uint32Array; fields: Uint8Array } {
  const docs = new Uint32Array(encoded.length);
  const fields = new Uint8Array(encoded.length);
  let previous = -1;
  for (let i = 0; i < encoded.length; i++) {
    previous += encoded[i] >> 2;
    docs[i] = previous;
    fields[i] = encoded[i] & 3;
  }
  return { docs, fields };
}
