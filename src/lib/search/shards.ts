/**
 * The search index cut into pieces, so a query fetches only what its words need:
 *
 * - a manifest (always fetched): the number and kind of every document and its title length (for ties), the first
 *   term of each postings shard, and the folder the pieces live in;
 * - one dictionary per first letter of a term: the terms beginning with it and how many documents hold each (enough
 *   to expand a word by prefix and typo and weigh it), the exact titles and names, and the other names and synonyms
 *   whose key begins with it;
 * - postings shards: consecutive runs of the sorted terms with their postings, cut near a target size, so a word and
 *   the words it begins sit in one or two shards;
 * - fragments: what a result shows (title, names, context, snippet) for a run of consecutive documents, so an
 *   agreement and its sections usually come in one piece.
 *
 * `createShardedSearch` runs the same searcher (`query.ts`) over the pieces loaded so far, loads whatever the answer
 * lacked, and asks again until nothing is missing: the ranking is the whole index's, by construction.
 */
import { searchKinds } from './documents.ts';
import type { IndexedDocument, SearchIndex } from './index-build.ts';
import { createSearcher, type SearchOptions, type SearchResult } from './query.ts';
import { Dictionary, exactNameMap, postingsOf, shardKeyOf, type Alternatives, type Postings, type SearchSource } from './source.ts';

export const SHARDED_INDEX_VERSION = 1;

export type ShardManifest = {
  version: typeof SHARDED_INDEX_VERSION;
  /** Folder of the pieces, relative to the manifest; named by a hash of their content, so pieces can be cached for good. */
  base: string;
  documentCount: number;
  /** One digit per document: its kind's position in `searchKinds`. */
  kinds: string;
  /** Two base-36 digits per document: its title length, capped at 1,295. */
  titleLengths: string;
  /** First letters that have a dictionary. */
  dictionaries: string[];
  /** The first term of each postings shard, ascending. */
  postings: string[];
  /** Documents per fragment. */
  fragmentSize: number;
};

export type DictionaryShard = {
  terms: string[];
  frequencies: number[];
  /** Phrase key of a title or other name → the documents it names (gap-encoded, as postings are without fields). */
  names: [key: string, gaps: number[]][];
  alternatives: [key: string, alternatives: string[][]][];
};

export type PostingsShard = { terms: string[]; postings: number[][] };

/** Fragment: documents `number * fragmentSize` onwards, each with its snippet. */
export type FragmentShard = IndexedDocument[];

export const dictionaryFile = (key: string) => `d-${key.codePointAt(0)!.toString(36)}.json`;
export const postingsFile = (shard: number) => `p-${shard}.json`;
export const fragmentFile = (fragment: number) => `f-${fragment}.json`;

export type ShardOptions = {
  /** Postings shards are cut once their JSON passes this many characters (a term's list is never split). */
  postingsShardChars?: number;
  fragmentSize?: number;
};

/** Every piece of the sharded index by file name, as the JSON text it is served as, and the manifest that finds them. */
export function shardSearchIndex(
  index: SearchIndex,
  snippets: (string | null)[],
  options: ShardOptions = {},
): { manifest: ShardManifest; files: Map<string, string> } {
  const postingsShardChars = options.postingsShardChars ?? 8_000;
  const fragmentSize = options.fragmentSize ?? 32;
  const pieces = new Map<string, unknown>();

  // Dictionaries by first letter, with the names and alternatives whose key begins with it.
  const dictionaries = new Map<string, DictionaryShard>();
  const dictionary = (key: string) => {
    let shard = dictionaries.get(key);
    if (!shard) dictionaries.set(key, (shard = { terms: [], frequencies: [], names: [], alternatives: [] }));
    return shard;
  };
  index.terms.forEach((term, t) => {
    const shard = dictionary(shardKeyOf(term));
    shard.terms.push(term);
    shard.frequencies.push(index.postings[t].length);
  });
  const names = [...exactNameMap(index.docs)].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, numbers] of names) {
    dictionary(shardKeyOf(key)).names.push([key, numbers.map((number, i) => number - (i === 0 ? -1 : numbers[i - 1]))]);
  }
  for (const [key, alternatives] of index.alternatives) dictionary(shardKeyOf(key)).alternatives.push([key, alternatives]);
  for (const [key, shard] of dictionaries) pieces.set(dictionaryFile(key), shard);

  // Postings in runs of consecutive terms.
  const firstTerms: string[] = [];
  let current: PostingsShard | undefined;
  let chars = 0;
  index.terms.forEach((term, t) => {
    const size = term.length + 4 + JSON.stringify(index.postings[t]).length;
    if (!current || chars + size > postingsShardChars) {
      current = { terms: [], postings: [] };
      pieces.set(postingsFile(firstTerms.length), current);
      firstTerms.push(term);
      chars = 0;
    }
    current.terms.push(term);
    current.postings.push(index.postings[t]);
    chars += size;
  });

  for (let start = 0; start < index.docs.length; start += fragmentSize) {
    const fragment: FragmentShard = index.docs.slice(start, start + fragmentSize).map((doc, i) => {
      const snippet = snippets[start + i];
      return snippet ? { ...doc, s: snippet } : doc;
    });
    pieces.set(fragmentFile(start / fragmentSize), fragment);
  }

  const manifest: ShardManifest = {
    version: SHARDED_INDEX_VERSION,
    base: '',
    documentCount: index.docs.length,
    kinds: index.docs.map((doc) => searchKinds.indexOf(doc.k)).join(''),
    titleLengths: index.docs.map((doc) => Math.min(doc.t.length, 1295).toString(36).padStart(2, '0')).join(''),
    dictionaries: [...dictionaries.keys()].sort(),
    postings: firstTerms,
    fragmentSize,
  };
  // Each piece is turned into its text once: the hash and the file both read it.
  const files = new Map([...pieces].map(([name, piece]) => [name, JSON.stringify(piece)]));
  manifest.base = `v${hashOf(files)}`;
  return { manifest, files };
}

/** A short FNV-1a hash of every piece, naming the folder so a changed index never meets a cached old piece. */
function hashOf(files: Map<string, string>): string {
  let hash = 0x811c9dc5;
  for (const [name, text] of files) {
    for (let i = 0; i < name.length; i++) hash = Math.imul(hash ^ name.charCodeAt(i), 0x01000193);
    for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** A search source over the pieces loaded so far; it notes, in `missing`, every piece it was asked for and lacked. */
export class ShardedSource implements SearchSource {
  readonly missing = new Set<string>();
  readonly documentCount: number;
  readonly #manifest: ShardManifest;
  readonly #hasDictionary: Set<string>;
  readonly #dictionaries = new Map<string, { dictionary: Dictionary; names: Map<string, number[]>; alternatives: Map<string, Alternatives> }>();
  readonly #postingsShards = new Map<number, { terms: string[]; postings: number[][]; decoded: Map<number, Postings> }>();
  readonly #fragments = new Map<number, FragmentShard>();

  constructor(manifest: ShardManifest) {
    if (manifest.version !== SHARDED_INDEX_VERSION) throw new Error(`search index version ${manifest.version} is not ${SHARDED_INDEX_VERSION}`);
    this.#manifest = manifest;
    this.#hasDictionary = new Set(manifest.dictionaries);
    this.documentCount = manifest.documentCount;
  }

  /** Takes in a fetched piece. */
  add(file: string, content: unknown): void {
    const [kind, number] = [file[0], file.slice(2, -'.json'.length)];
    if (kind === 'd') {
      const shard = content as DictionaryShard;
      const names = new Map(
        shard.names.map(([key, gaps]) => {
          let previous = -1;
          return [key, gaps.map((gap) => (previous += gap))];
        }),
      );
      const key = String.fromCodePoint(parseInt(number, 36));
      this.#dictionaries.set(key, { dictionary: new Dictionary(shard.terms, shard.frequencies), names, alternatives: new Map(shard.alternatives) });
    } else if (kind === 'p') {
      const shard = content as PostingsShard;
      this.#postingsShards.set(Number(number), { ...shard, decoded: new Map() });
    } else if (kind === 'f') {
      this.#fragments.set(Number(number), content as FragmentShard);
    }
  }

  #dictionaryEntry(key: string) {
    if (!this.#hasDictionary.has(key)) return undefined;
    const entry = this.#dictionaries.get(key);
    if (!entry) this.missing.add(dictionaryFile(key));
    return entry;
  }

  dictionary(first: string): Dictionary | undefined {
    if (!this.#hasDictionary.has(first)) return EMPTY;
    return this.#dictionaryEntry(first)?.dictionary;
  }

  postings(term: string): Postings | undefined {
    const firsts = this.#manifest.postings;
    let low = 0;
    let high = firsts.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (firsts[middle] <= term) low = middle + 1;
      else high = middle;
    }
    const number = low - 1;
    if (number < 0) return NONE;
    const shard = this.#postingsShards.get(number);
    if (!shard) {
      this.missing.add(postingsFile(number));
      return undefined;
    }
    const at = new Dictionary(shard.terms, []).indexOf(term);
    if (at < 0) return NONE;
    let postings = shard.decoded.get(at);
    if (!postings) shard.decoded.set(at, (postings = postingsOf(shard.postings[at])));
    return postings;
  }

  exactNames(key: string): readonly number[] | undefined {
    if (!key) return [];
    if (!this.#hasDictionary.has(shardKeyOf(key))) return [];
    const entry = this.#dictionaryEntry(shardKeyOf(key));
    return entry && (entry.names.get(key) ?? []);
  }

  alternatives(key: string): Alternatives | undefined {
    if (!this.#hasDictionary.has(shardKeyOf(key))) return [];
    const entry = this.#dictionaryEntry(shardKeyOf(key));
    return entry && (entry.alternatives.get(key) ?? []);
  }

  kind(number: number) {
    return searchKinds[Number(this.#manifest.kinds[number])];
  }

  titleLength(number: number): number {
    return parseInt(this.#manifest.titleLengths.slice(number * 2, number * 2 + 2), 36);
  }

  doc(number: number): IndexedDocument | undefined {
    const fragment = Math.floor(number / this.#manifest.fragmentSize);
    const docs = this.#fragments.get(fragment);
    if (!docs) {
      this.missing.add(fragmentFile(fragment));
      return undefined;
    }
    return docs[number % this.#manifest.fragmentSize];
  }
}

const EMPTY = new Dictionary([], []);
const NONE: Postings = { docs: new Uint32Array(0), weights: new Float64Array(0) };

export type ShardedSearch = {
  search: (query: string, options?: SearchOptions) => Promise<SearchResult>;
  documentCount: number;
};

/**
 * Searches a sharded index: each round answers from the pieces at hand, then fetches, all at once, the pieces that
 * answer lacked (first the dictionaries of the query's words, then their postings and other names, then the results'
 * fragments). `load` fetches one piece by file name (relative to the manifest's folder); pieces are kept once loaded.
 */
export function createShardedSearch(manifest: ShardManifest, load: (file: string) => Promise<unknown>): ShardedSearch {
  const source = new ShardedSource(manifest);
  const searcher = createSearcher(source);
  const pending = new Map<string, Promise<void>>();
  const fetchPiece = (file: string) => {
    let promise = pending.get(file);
    if (!promise) {
      promise = load(file).then((content) => source.add(file, content));
      // A failed piece (offline, say) is fetched again next time rather than remembered.
      promise.catch(() => pending.delete(file));
      pending.set(file, promise);
    }
    return promise;
  };
  async function search(query: string, options?: SearchOptions): Promise<SearchResult> {
    // Each round adds at least one piece, and a query needs a bounded number of pieces; the cap is a safety net.
    for (let round = 0; round < 12; round++) {
      source.missing.clear();
      const result = searcher.search(query, options);
      if (source.missing.size === 0) return result;
      await Promise.all([...source.missing].map(fetchPiece));
    }
    throw new Error(`search for "${query}" kept needing more of the index`);
  }
  return { search, documentCount: manifest.documentCount };
}
