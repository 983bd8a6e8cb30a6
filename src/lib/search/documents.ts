/**
 * Content entries as search documents: one per agreement, glossary term, country and case, and one per `##` section
 * of an agreement's body. A document separates its short fields (title and other names, where an exact hit means
 * "this is the page") from its body text (everything else worth finding), and carries what a result shows.
 */
import { agreementDimensions, factText, labelOf, type NameLookup } from '../dimensions.ts';
import type { Agreement, Country, LegalCase, Term } from '../../schema/index.ts';
import { formatDate } from '../format.ts';
import { splitMarkdown } from './markdown.ts';

export const searchKinds = ['agreement', 'term', 'country', 'case', 'section'] as const;
export type SearchKind = (typeof searchKinds)[number];

/** Group headings for results, in the order groups are listed when their best results tie. */
export const searchKindLabels: Record<SearchKind, string> = {
  agreement: 'Agreements',
  term: 'Glossary',
  country: 'Countries',
  case: 'Cases',
  section: 'Agreement sections',
};

/** A label beside each result on the results page. */
export const searchKindNames: Record<SearchKind, string> = {
  agreement: 'Agreement',
  term: 'Glossary term',
  country: 'Country',
  case: 'Case',
  section: 'Agreement section',
};

export type SearchDocument = {
  kind: SearchKind;
  /** Site path the result links to. */
  url: string;
  title: string;
  /** Other names a reader may type for it: short title, aliases, abbreviations, former names, codes. */
  names: string[];
  /** Where it belongs, shown beside the title (the agreement a section is part of, the court of a case). */
  context?: string;
  /** The text that sums the page up (an agreement's summary, a term's definition): weighted above the body. */
  summary?: string;
  /** A short text shown under the title: a term's definition, an agreement's summary, the start of a section. */
  snippet?: string;
  /** When, on a result card: an agreement's signing (or announcement) and end, a case's first and latest step. */
  dates?: string;
  /** Further searchable text, never shown whole. */
  body: string;
};

/** An entry as both Astro's collections and the content reader give it. */
export type ContentEntry<T> = { id: string; data: T; body?: string | undefined };

export type SearchContent = {
  agreements: ContentEntry<Agreement>[];
  countries: ContentEntry<Country>[];
  terms: ContentEntry<Term>[];
  cases: ContentEntry<LegalCase>[];
};

/** Longest snippet kept in the index; longer texts are cut at a word. Keeps the index small on large corpora. */
export const SNIPPET_LENGTH = 220;

export function shorten(text: string, length = SNIPPET_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= length) return flat;
  const cut = flat.slice(0, length);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > length / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

const join = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join(' \n ');

function agreementDocuments(entry: ContentEntry<Agreement>, names: NameLookup): SearchDocument[] {
  const agreement = entry.data;
  const url = `/agreements/${entry.id}/`;
  const { intro, sections } = splitMarkdown(entry.body ?? '');
  const parties = agreement.parties.value;
  const partyNames = parties ? [...parties.sending, ...parties.receiving].map(names.country) : [];
  // Every known value the comparison shows (legal form, model, detention, payer...), read through the registry. The
  // clause rows are left out: their answers ("Yes", "Not in the text") are the same few words for every agreement and
  // would swell the index that a first query downloads without helping anyone find a page.
  const values = agreementDimensions.filter((dimension) => dimension.group !== 'clauses').flatMap((dimension) =>
    dimension
      .read(agreement)
      .filter((fact) => fact.value !== null)
      .map((fact) => factText(dimension, fact, names)),
  );
  const status = agreement.status.value;
  const labels = [
    status && `Status: ${labelOf(status)}`,
    ...(agreement.model.value ?? []).map((model) => `Model: ${labelOf(model)}`),
  ];
  const main: SearchDocument = {
    kind: 'agreement',
    url,
    title: agreement.title,
    names: [agreement.shortTitle],
    context: labels.filter(Boolean).join(' · '),
    summary: agreement.summary,
    snippet: shorten(agreement.summary),
    dates: agreementDates(agreement),
    body: join(partyNames.join(', '), values.join('; '), intro),
  };
  const parts = sections.map((section): SearchDocument => ({
    kind: 'section',
    url: `${url}#${section.slug}`,
    title: section.heading,
    names: [],
    context: agreement.shortTitle,
    snippet: shorten(section.text),
    // The page's short name says which agreement the section belongs to, above a passing mention in other pages' text.
    summary: agreement.shortTitle,
    body: join(section.text, agreement.title),
  }));
  return [main, ...parts];
}

function termDocument(entry: ContentEntry<Term>): SearchDocument {
  const term = entry.data;
  return {
    kind: 'term',
    url: `/terms/${entry.id}/`,
    title: term.term,
    names: [...term.aliases, ...term.abbreviations],
    summary: term.definition,
    snippet: term.definition,
    body: splitMarkdownText(entry.body),
  };
}

function countryDocument(entry: ContentEntry<Country>): SearchDocument {
  const country = entry.data;
  return {
    kind: 'country',
    url: `/countries/${entry.id}/`,
    title: country.name,
    names: [...country.otherNames, country.iso2, country.iso3, country.shortId].filter((name): name is string => Boolean(name)),
    summary: country.context,
    snippet: shorten(country.context),
    body: splitMarkdownText(entry.body),
  };
}

function caseDocument(entry: ContentEntry<LegalCase>): SearchDocument {
  const legalCase = entry.data;
  return {
    kind: 'case',
    url: `/cases/${entry.id}/`,
    title: legalCase.name,
    // Readers find cases by their court and judges too ("UK Supreme Court", "Judge Murphy").
    names: [legalCase.citation, legalCase.docket, legalCase.court, ...legalCase.judges.map((judge) => `Judge ${judge}`)].filter(
      (name): name is string => Boolean(name),
    ),
    context: `${labelOf(legalCase.status)} · ${legalCase.court}`,
    dates: caseDates(legalCase),
    summary: legalCase.outcome,
    snippet: shorten(legalCase.outcome),
    body: join(legalCase.events.map((event) => event.event).join('; '), legalCase.note, splitMarkdownText(entry.body)),
  };
}

/** "Signed 3 June 2025", "Announced May 2025 · ended 2024": the dates a result card shows for an agreement. */
export function agreementDates(agreement: Agreement): string | undefined {
  const { signed, announced, ended } = agreement.dates;
  const start = signed.value ? `Signed ${formatDate(signed.value)}` : announced.value ? `Announced ${formatDate(announced.value)}` : undefined;
  const end = ended.value ? `ended ${formatDate(ended.value)}` : undefined;
  const text = [start, end].filter(Boolean).join(' · ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : undefined;
}

/** "March 2025 to June 2025": a case's first and latest dated step. */
export function caseDates(legalCase: LegalCase): string | undefined {
  const first = legalCase.events[0]?.date;
  const last = legalCase.events.at(-1)?.date;
  if (!first || !last) return undefined;
  return first === last ? formatDate(first) : `${formatDate(first)} to ${formatDate(last)}`;
}

function splitMarkdownText(body: string | undefined): string {
  const { intro, sections } = splitMarkdown(body ?? '');
  return join(intro, ...sections.map((section) => `${section.heading}. ${section.text}`));
}

/** Every search document of the content, agreements (with their sections) first. */
export function searchDocuments(content: SearchContent): SearchDocument[] {
  const countryName = new Map(content.countries.map((entry) => [entry.id, entry.data.name]));
  const caseName = new Map(content.cases.map((entry) => [entry.id, entry.data.name]));
  const names: NameLookup = {
    country: (id) => countryName.get(id) ?? id,
    legalCase: (id) => caseName.get(id) ?? id,
  };
  return [
    ...content.agreements.flatMap((entry) => agreementDocuments(entry, names)),
    ...content.terms.map(termDocument),
    ...content.countries.map(countryDocument),
    ...content.cases.map(caseDocument),
  ];
}
