/**
 * Every dated event across agreements and cases: an agreement's key dates, its status changes, its transfer records
 * and the steps of the court cases about it. /timeline/ lists them all, each agreement page its own; the filter (agreement, country,
 * kind) is one pure function, run by the page script in the browser.
 */
import { compareDates } from '../schema/dates.ts';
import type { Agreement, AgreementStatus, LegalCase } from '../schema/index.ts';
import { labelOf } from './dimensions.ts';
import { eventSources, formatHeadcount } from './transfers/series.ts';
import { pageByYear } from './year-pages.ts';

export const timelineKinds = [
  { id: 'announced', label: 'Announced' },
  { id: 'signed', label: 'Signed' },
  { id: 'in-force', label: 'Entered into force' },
  { id: 'first-transfer', label: 'First transfer' },
  { id: 'transfer', label: 'Transfer' },
  { id: 'status-change', label: 'Status change' },
  { id: 'court', label: 'Court' },
  { id: 'ended', label: 'Ended' },
] as const;

export type TimelineKind = (typeof timelineKinds)[number]['id'];

export type TimelineEvent = {
  /** Unique across the site; the fragment of the event on the timeline pages. */
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the sources. */
  date: string;
  kind: TimelineKind;
  /** What happened, in a few words ("Signed", a new status such as "Blocked by a court", "Preliminary injunction granted"). */
  title: string;
  note?: string;
  sources: string[];
  /** Agreements the event belongs to (a court ruling can concern several). */
  agreements: string[];
  /** Countries and blocs involved: the parties, and for a court event the court's jurisdiction. */
  countries: string[];
  /** The case, for court events. */
  legalCase?: string;
  /** The new status, for status changes. */
  status?: AgreementStatus;
};

const kindLabel = (kind: TimelineKind) => timelineKinds.find((entry) => entry.id === kind)!.label;

const dateKinds = [
  ['announced', 'announced'],
  ['signed', 'signed'],
  ['inForce', 'in-force'],
  ['firstTransfer', 'first-transfer'],
  ['ended', 'ended'],
] as const satisfies readonly (readonly [keyof Agreement['dates'], TimelineKind])[];

/** A status change that restates a key date (signed on the signing date, ended on the end date) is that one event. */
const statusRestatesDate: Partial<Record<AgreementStatus, TimelineKind>> = { signed: 'signed', ended: 'ended' };

const unique = (values: string[]) => [...new Set(values)];

function partiesOf(agreement: Agreement): string[] {
  const parties = agreement.parties.value;
  return parties ? unique([...parties.sending, ...parties.receiving]) : [];
}

export function agreementEvents(id: string, agreement: Agreement): TimelineEvent[] {
  const countries = partiesOf(agreement);
  const events: TimelineEvent[] = [];
  for (const [field, kind] of dateKinds) {
    const fact = agreement.dates[field];
    if (!fact.value) continue;
    events.push({
      id: `${id}-${kind}`,
      date: fact.value,
      kind,
      title: kindLabel(kind),
      ...(fact.note ? { note: fact.note } : {}),
      sources: [...fact.sources],
      agreements: [id],
      countries,
    });
  }
  for (const change of agreement.statusHistory) {
    const restated = statusRestatesDate[change.status];
    const same = restated && events.find((event) => event.kind === restated && event.date === change.date);
    if (same) {
      same.sources = unique([...same.sources, ...change.sources]);
      same.status = change.status;
      if (change.note && !same.note) same.note = change.note;
      continue;
    }
    events.push({
      id: `${id}-status-${change.date}-${change.status}`,
      date: change.date,
      kind: 'status-change',
      title: labelOf(change.status),
      ...(change.note ? { note: change.note } : {}),
      sources: [...change.sources],
      agreements: [id],
      countries,
      status: change.status,
    });
  }
  // Each later transfer record; the first transfer is already an event, and a tally says how many so far.
  agreement.transfers.forEach((record, index) => {
    if (record.kind === 'transfer' && record.date === agreement.dates.firstTransfer.value) return;
    const counts = record.people.flatMap((report) => (report.value ? [formatHeadcount(report.value)] : []));
    const number = counts.length ? [...new Set(counts)].join(' or ') : null;
    const people = `${number ?? 'An unstated number of'} ${number === '1' ? 'person' : 'people'}`;
    events.push({
      id: `${id}-transfer-${index + 1}`,
      date: record.date,
      kind: 'transfer',
      title: `${people.charAt(0).toUpperCase()}${people.slice(1)} transferred${record.kind === 'tally' ? ' so far' : ''}`,
      ...(record.note ? { note: record.note } : {}),
      sources: eventSources(record),
      agreements: [id],
      countries,
    });
  });
  return events;
}

export function caseEvents(id: string, legalCase: LegalCase, agreementsById: Map<string, Agreement>): TimelineEvent[] {
  const concerned = legalCase.agreements.filter((agreementId) => agreementsById.has(agreementId));
  const countries = unique([
    legalCase.jurisdiction,
    ...concerned.flatMap((agreementId) => partiesOf(agreementsById.get(agreementId)!)),
  ]);
  return legalCase.events.map((event, index) => ({
    id: `${id}-event-${index + 1}`,
    date: event.date,
    kind: 'court',
    title: event.event,
    sources: [...event.sources],
    agreements: concerned,
    countries,
    legalCase: id,
  }));
}

const kindOrder = new Map<TimelineKind, number>(timelineKinds.map((kind, index) => [kind.id, index]));

/**
 * Oldest first: by date, then in the order things happen to an agreement (announced before signed), then by id.
 * A date known only to the month sorts before the days of that month.
 */
export function chronological(a: TimelineEvent, b: TimelineEvent): number {
  return (
    compareDates(a.date, b.date) ||
    a.date.length - b.date.length ||
    kindOrder.get(a.kind)! - kindOrder.get(b.kind)! ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

export type TimelineOrder = 'oldest-first' | 'newest-first';

/** Every event of every agreement and case, in the given order. */
export function buildTimeline(
  agreements: { id: string; data: Agreement }[],
  cases: { id: string; data: LegalCase }[],
  order: TimelineOrder,
): TimelineEvent[] {
  const agreementsById = new Map(agreements.map((entry) => [entry.id, entry.data]));
  const events = [
    ...agreements.flatMap((entry) => agreementEvents(entry.id, entry.data)),
    ...cases.flatMap((entry) => caseEvents(entry.id, entry.data, agreementsById)),
  ].sort(chronological);
  return order === 'newest-first' ? events.reverse() : events;
}

/** One agreement's own events, with the steps of the cases about it: oldest first, as a story is read. */
export function agreementTimeline(
  id: string,
  agreement: Agreement,
  cases: { id: string; data: LegalCase }[],
): TimelineEvent[] {
  const about = cases.filter((entry) => entry.data.agreements.includes(id));
  return buildTimeline([{ id, data: agreement }], about, 'oldest-first');
}

export type TimelineFilter = { agreement?: string; country?: string; kinds?: TimelineKind[] };

const isKind = (value: string): value is TimelineKind => kindOrder.has(value as TimelineKind);

/** The filter from the page's query string (?agreement=…&country=…&kind=…&kind=…); empty values mean "any". */
export function filterFromQuery(query: URLSearchParams): TimelineFilter {
  const kinds = query.getAll('kind').filter(isKind);
  return {
    ...(query.get('agreement') ? { agreement: query.get('agreement')! } : {}),
    ...(query.get('country') ? { country: query.get('country')! } : {}),
    ...(kinds.length ? { kinds } : {}),
  };
}

export function matchesFilter(event: Pick<TimelineEvent, 'agreements' | 'countries' | 'kind'>, filter: TimelineFilter): boolean {
  return (
    (!filter.agreement || event.agreements.includes(filter.agreement)) &&
    (!filter.country || event.countries.includes(filter.country)) &&
    (!filter.kinds || filter.kinds.length === 0 || filter.kinds.includes(event.kind))
  );
}

/** The year an event belongs to, for grouping the list under year headings. */
export const yearOf = (event: TimelineEvent) => event.date.slice(0, 4);

/** Most events one timeline page lists: the site-wide timeline is paged so no page grows with the corpus. */
export const TIMELINE_PAGE_EVENTS = 1000;

export type TimelinePage = {
  /** Path under /timeline/: '' for the first (newest) page, else "2019-2005" or "2020-2" (a year's second part). */
  slug: string;
  /** What the page covers, in words: "2025 to 2019", "2020", "2020, part 2 of 5". */
  label: string;
  events: TimelineEvent[];
};

/**
 * Cuts a newest-first timeline into pages of at most `maxEvents` (src/lib/year-pages.ts): the newest page is
 * /timeline/ itself, so a small corpus keeps one page.
 */
export function paginateTimeline(events: TimelineEvent[], maxEvents = TIMELINE_PAGE_EVENTS): TimelinePage[] {
  const pages = pageByYear(events, yearOf, maxEvents);
  if (pages.length === 0) return [{ slug: '', label: 'No events', events: [] }];
  return pages.map(({ slug, label, items }) => ({ slug, label, events: items }));
}

/** The address of a timeline page. */
export const timelinePagePath = (page: Pick<TimelinePage, 'slug'>) => (page.slug ? `/timeline/${page.slug}/` : '/timeline/');
