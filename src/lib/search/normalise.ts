/**
 * Text normalisation shared by the index and the query, so both sides fold words the same way: case, diacritics,
 * apostrophes, dotted abbreviations, hyphenated compounds, British/American spellings and plain plurals.
 * The folds only have to be consistent, not linguistically exact: a word folded wrongly on both sides still matches
 * itself, and highlighting works on the original text through the offsets kept here.
 */

/** A word of the original text: where it is, and its folded search form. */
export type Token = {
  /** Search form: folded, spelling-canonical, singular. */
  term: string;
  start: number;
  end: number;
};

/**
 * Words too common to tell documents apart. "us" is deliberately absent: here it means the United States.
 * They are left out of the inverted index but kept in whole-phrase keys, so an exact title still matches exactly.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  'a an and are as at be been but by for from had has have he her his i if in into is it its of on or she so than that the their them then there these they this those to was were what when where which who will with would'.split(
    ' ',
  ),
);

/**
 * Word pattern over the original text: letters and digits, joined across apostrophes ("Rwanda’s") and across dots
 * between single letters ("D.V.D.", "U.S."), so abbreviations come out whole. Hyphens split words.
 */
const WORD = /(?:\p{L}\.){2,}(?!\p{L})|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}\p{N}]+)*/gu;

/** Lower case, no diacritics, no apostrophes or dots: "Rwanda’s" → "rwandas", "D.V.D." → "dvd", "Bogotá" → "bogota". */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’]s$/, '')
    .replace(/['’.]/g, '');
}

/**
 * British and American spellings meet on one form (the American one, arbitrarily): -isation/-ization, -ise/-ize,
 * -yse/-yze, -our/-or, -tre/-ter, defence/defense, catalogue/catalog, judgement/judgment, travelled/traveled.
 */
const SPELLING_RULES: [RegExp, string][] = [
  [/isation(s?)$/, 'ization$1'],
  [/(\w{3,})is(e|ed|es|ing)$/, '$1iz$2'],
  [/(\w{2,})ys(e|ed|es|ing)$/, '$1yz$2'],
  [/(\w{3,})our(s?|ed|ing|able|ably)$/, '$1or$2'],
  [/^(\w{2,})(t|b)re(s?)$/, '$1$2er$3'],
  [/^(def|off|lic|pret)ence(s?)$/, '$1ense$2'],
  [/(\w{3,})ogue(s?)$/, '$1og$2'],
  [/^judgement(s?)$/, 'judgment$1'],
  [/^programme(s?)$/, 'program$1'],
  [/(\w{3,}[aeiou])ll(ed|ing|er|ers)$/, '$1l$2'],
];

/** One spelling for British and American variants of a folded word. */
export function canonicalSpelling(word: string): string {
  for (const [pattern, replacement] of SPELLING_RULES) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/** Plain English plurals to the singular ("countries" → "country", "judges" → "judge"); "status", "crisis" kept. */
export function singular(word: string): string {
  if (word.length <= 3 || /\d/.test(word)) return word;
  if (/[^aeiou]ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|x|ch|sh|zz)es$/.test(word)) return word.slice(0, -2);
  if (/(?:ss|us|is|ys|ous)$/.test(word)) return word;
  if (word.endsWith('s')) return word.slice(0, -1);
  return word;
}

const searchTerms = new Map<string, string>();

/**
 * The search form of one word of text. Cached by the word as written: a corpus repeats a small vocabulary many
 * times, and folding runs several regular expressions per word (the index build's hottest path at 10,000 pages).
 */
export function searchTerm(word: string): string {
  let term = searchTerms.get(word);
  if (term === undefined) {
    term = singular(canonicalSpelling(foldWord(word)));
    if (searchTerms.size > 200_000) searchTerms.clear();
    searchTerms.set(word, term);
  }
  return term;
}

/**
 * Every word of `text` with its search form and offsets. Hyphenated words ("non-refoulement") give each part; the
 * joined compound ("nonrefoulement") is added by `indexTerms`, not here, so offsets stay one word each.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    const term = searchTerm(match[0]);
    if (term) tokens.push({ term, start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

const COMPOUND = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu;
const WHITESPACE = /\s/;

/**
 * The hyphenated compounds of `text` ("non-refoulement"), in order. A compound never spans whitespace, so only the
 * whitespace-free stretch around each hyphen is searched: the pattern run over a whole body was the index build's
 * slowest step.
 */
export function hyphenatedCompounds(text: string): string[] {
  const compounds: string[] = [];
  let from = 0;
  for (let hyphen = text.indexOf('-'); hyphen !== -1; hyphen = text.indexOf('-', from)) {
    let start = hyphen;
    while (start > 0 && !WHITESPACE.test(text[start - 1])) start--;
    let end = hyphen + 1;
    while (end < text.length && !WHITESPACE.test(text[end])) end++;
    for (const match of text.slice(start, end).matchAll(COMPOUND)) compounds.push(match[0]);
    from = end;
  }
  return compounds;
}

/**
 * The distinct search terms of `text` for the inverted index: each word, plus each hyphenated compound joined
 * ("non-refoulement" → "non", "refoulement", "nonrefoulement"), without stop words. Words only, no offsets: this
 * runs over every body of the site.
 */
export function indexTerms(text: string): Set<string> {
  const terms = new Set<string>();
  for (const word of text.match(WORD) ?? []) {
    const term = searchTerm(word);
    if (term && !STOP_WORDS.has(term)) terms.add(term);
  }
  for (const compound of hyphenatedCompounds(text)) terms.add(searchTerm(compound.replace(/-/g, '')));
  return terms;
}

/** A whole phrase in one comparable form, stop words included: "The Memorandum of Understanding" → "the memorandum of understanding". */
export function phraseKey(text: string): string {
  return tokenize(text)
    .map((token) => token.term)
    .join(' ');
}
