/**
 * "Cite this page" in the four forms researchers paste into their work: APA (7th edition), Chicago (17th edition,
 * bibliography), BibTeX and CSL-JSON (what Zotero, Mendeley and pandoc import). The knowledge base is the author, so
 * APA and Chicago follow their rules for a group author that is also the site name. The page date is the date a
 * maintainer last reviewed it, the access date is the build date: the text a reader sees is the text of that build.
 */

export type CitationKind = 'webpage' | 'dataset';

export type CitableEntry = {
  /** Stable key for BibTeX and CSL-JSON, such as "us-rwanda-2025". */
  key: string;
  kind: CitationKind;
  title: string;
  /** Absolute URL of the page or download. */
  url: string;
  /** The entry's own date, YYYY-MM-DD: last reviewed (or last updated when it has no review date). */
  date: string;
  /** Access date, YYYY-MM-DD. */
  accessed: string;
  /** Group author and site name. */
  publisher: string;
  /** Dataset version, for the dataset as a whole. */
  version?: string;
};

export type CitationFormat = 'apa' | 'chicago' | 'bibtex' | 'csl-json';

export const citationFormatLabels: Record<CitationFormat, string> = {
  apa: 'APA',
  chicago: 'Chicago',
  bibtex: 'BibTeX',
  'csl-json': 'CSL-JSON',
};

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const BIBTEX_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function dateParts(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`expected a full date YYYY-MM-DD, got "${date}"`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** "2026-11-27" → "November 27, 2026", the order both APA and Chicago use. */
function monthDayYear(date: string): string {
  const [year, month, day] = dateParts(date);
  return `${MONTHS[month - 1]} ${day}, ${year}`;
}

/** Ends a sentence with a full stop unless the text already ends in punctuation (a title ending in "?"). */
const sentence = (text: string) => (/[.?!]$/.test(text) ? text : `${text}.`);

export function apa(entry: CitableEntry): string {
  const [year, month, day] = dateParts(entry.date);
  const title =
    entry.kind === 'dataset' ? `${entry.title}${entry.version ? ` (Version ${entry.version})` : ''} [Data set]` : entry.title;
  return `${entry.publisher}. (${year}, ${MONTHS[month - 1]} ${day}). ${sentence(title)} Retrieved ${monthDayYear(entry.accessed)}, from ${entry.url}`;
}

export function chicago(entry: CitableEntry): string {
  const parts =
    entry.kind === 'dataset'
      ? [`${entry.publisher}. ${sentence(entry.title)}`, ...(entry.version ? [`Version ${entry.version}.`] : []), 'Dataset.']
      : [`“${sentence(entry.title)}” ${entry.publisher}.`];
  return [...parts, `Last modified ${monthDayYear(entry.date)}.`, `Accessed ${monthDayYear(entry.accessed)}.`, `${entry.url}.`].join(' ');
}

/** Escapes the characters BibTeX treats as commands or groups; Unicode letters pass through for biber and modern BibTeX. */
export function bibtexEscape(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (character) => {
    switch (character) {
      case '\\':
        return '\\textbackslash{}';
      case '~':
        return '\\textasciitilde{}';
      case '^':
        return '\\textasciicircum{}';
      default:
        return `\\${character}`;
    }
  });
}

export function bibtex(entry: CitableEntry): string {
  const [year, month] = dateParts(entry.date);
  const fields: [string, string][] = [
    ['author', `{${bibtexEscape(entry.publisher)}}`],
    // Double braces keep the capitals of names in titles from being lower-cased by bibliography styles.
    ['title', `{${bibtexEscape(entry.title)}}`],
    ['year', String(year)],
    ['month', BIBTEX_MONTHS[month - 1]],
    ...(entry.version ? ([['version', bibtexEscape(entry.version)]] as [string, string][]) : []),
    ['url', entry.url],
    ['urldate', entry.accessed],
    ['note', entry.kind === 'dataset' ? 'Dataset' : `Last reviewed ${entry.date}`],
  ];
  const body = fields.map(([name, value]) => (name === 'month' ? `  ${name} = ${value}` : `  ${name} = {${value}}`)).join(',\n');
  return `@misc{${entry.key},\n${body}\n}`;
}

/** CSL-JSON is an array of items; one item here, so the text can be saved as a .json file and imported as is. */
export function cslJson(entry: CitableEntry): string {
  const item = {
    id: entry.key,
    type: entry.kind,
    title: entry.title,
    author: [{ literal: entry.publisher }],
    'container-title': entry.publisher,
    publisher: entry.publisher,
    ...(entry.version ? { version: entry.version } : {}),
    URL: entry.url,
    issued: { 'date-parts': [dateParts(entry.date)] },
    accessed: { 'date-parts': [dateParts(entry.accessed)] },
  };
  return JSON.stringify([item], null, 2);
}

export const formatCitation: Record<CitationFormat, (entry: CitableEntry) => string> = {
  apa,
  chicago,
  bibtex,
  'csl-json': cslJson,
};

/** Every format of one entry, in the order the page shows them. */
export function citations(entry: CitableEntry): { format: CitationFormat; label: string; text: string }[] {
  return (Object.keys(formatCitation) as CitationFormat[]).map((format) => ({
    format,
    label: citationFormatLabels[format],
    text: formatCitation[format](entry),
  }));
}
