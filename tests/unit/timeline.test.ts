import { describe, expect, it } from 'vitest';
import { readContentSet } from '../../src/lib/content-set.ts';
import {
  agreementEvents,
  agreementTimeline,
  buildTimeline,
  chronological,
  filterFromQuery,
  matchesFilter,
  paginateTimeline,
  timelinePagePath,
  type TimelineEvent,
} from '../../src/lib/timeline.ts';
import type { Agreement } from '../../src/schema/index.ts';

const content = readContentSet('tests/fixtures/valid-content');
const fixture = content.agreements.find((entry) => entry.id === 'testland-examplia-2025')!;

describe('agreementEvents', () => {
  const events = agreementEvents(fixture.id, fixture.data);
  const summary = events.map((event) => `${event.date} ${event.kind} ${event.title}`);

  it('has each known key date and each status change, skipping unknown and not-applicable dates', () => {
    expect(summary).toEqual([
      '2025-01-02 announced Announced',
      '2025-01-10 signed Signed',
      '2025-06 first-transfer First transfer',
      '2025-06 status-change Operational',
      '2025-06-20 status-change Blocked by a court',
      '2025-06-12 transfer 3 people transferred',
      '2025-06-30 transfer 4 or 6 people transferred',
    ]);
  });

  it('folds a status change that restates a key date into that event, keeping both sets of sources', () => {
    const signed = events.find((event) => event.kind === 'signed')!;
    expect(signed.status).toBe('signed');
    expect(signed.sources).toEqual(['gazette-2025-01-10-testland-deal']);
    const blocked = events.find((event) => event.status === 'blocked-by-court')!;
    expect(blocked.note).toBe('The court blocks further transfers.');
    expect(blocked.countries).toEqual(['testland', 'examplia']);
  });

  it('keeps a status change on another date than the key date', () => {
    const data: Agreement = {
      ...fixture.data,
      statusHistory: [{ date: '2025-01-11', status: 'signed', sources: ['x'] }, ...fixture.data.statusHistory.slice(1)],
    };
    const kinds = agreementEvents('a-b-2025', data).map((event) => `${event.date} ${event.kind}`);
    expect(kinds).toContain('2025-01-10 signed');
    expect(kinds).toContain('2025-01-11 status-change');
  });
});

describe('buildTimeline', () => {
  const newest = buildTimeline(content.agreements, content.cases, 'newest-first');

  it('includes court events, tied to the agreements and countries of the case', () => {
    const court = newest.find((event) => event.kind === 'court')!;
    expect(court).toMatchObject({
      date: '2025-06-20',
      title: 'Transfers blocked pending a hearing',
      legalCase: 'doe-v-ministry',
      agreements: ['testland-examplia-2025'],
      countries: ['testland', 'examplia'],
    });
  });

  it('orders newest first, and oldest first reverses it exactly', () => {
    expect(newest.slice(0, 6).map((event) => `${event.date} ${event.kind}`)).toEqual([
      '2025-06-30 transfer',
      '2025-06-20 court',
      '2025-06-20 status-change',
      '2025-06-12 transfer',
      '2025-06 status-change',
      '2025-06 first-transfer',
    ]);
    expect(newest.at(-1)).toMatchObject({ id: 'examplia-otherland-2019-announced', date: '2019-02' });
    for (let i = 1; i < newest.length; i++) expect(chronological(newest[i - 1], newest[i])).toBeGreaterThan(0);
    expect(buildTimeline(content.agreements, content.cases, 'oldest-first')).toEqual([...newest].reverse());
    expect(new Set(newest.map((event) => event.id)).size).toBe(newest.length);
  });

  it('folds an end recorded both as a date and as a status change into one event', () => {
    const ends = newest.filter((event) => event.agreements.includes('examplia-otherland-2019') && event.date === '2021-02-06');
    expect(ends).toHaveLength(1);
    expect(ends[0]).toMatchObject({ kind: 'ended', status: 'ended' });
  });

  it('puts a month-only date before the days of that month, and key dates before status changes on a tie', () => {
    const event = (id: string, date: string, kind: TimelineEvent['kind']): TimelineEvent => ({
      id, date, kind, title: id, sources: [], agreements: [], countries: [],
    });
    const sorted = [event('c', '2025-06-01', 'status-change'), event('b', '2025-06', 'court'), event('a', '2025-06-01', 'signed'), event('d', '2024', 'ended')]
      .sort(chronological)
      .map((e) => e.id);
    expect(sorted).toEqual(['d', 'b', 'a', 'c']);
  });

  it('gives an agreement its own events and its cases’ steps, oldest first', () => {
    const own = agreementTimeline(fixture.id, fixture.data, content.cases);
    expect(own[0].kind).toBe('announced');
    expect(own.map((event) => event.kind)).toContain('court');
    expect(agreementTimeline(fixture.id, fixture.data, [])).toHaveLength(own.length - 1);
  });
});

describe('the filter', () => {
  const events = buildTimeline(content.agreements, content.cases, 'newest-first');

  it('reads agreement, country and kinds from the query string, ignoring unknown kinds and empty values', () => {
    expect(filterFromQuery(new URLSearchParams('agreement=a-b-2025&country=&kind=court&kind=nonsense&kind=signed'))).toEqual({
      agreement: 'a-b-2025',
      kinds: ['court', 'signed'],
    });
    expect(filterFromQuery(new URLSearchParams(''))).toEqual({});
  });

  it('narrows by agreement, country and kind, and an empty filter keeps everything', () => {
    const count = (query: string) => events.filter((event) => matchesFilter(event, filterFromQuery(new URLSearchParams(query)))).length;
    expect(count('')).toBe(events.length);
    expect(count('agreement=testland-examplia-2025')).toBe(8);
    expect(count('kind=transfer')).toBe(4);
    expect(count('agreement=examplia-otherland-2019')).toBe(7);
    expect(count('agreement=other-place-2020')).toBe(0);
    expect(count('country=examplia')).toBe(events.length);
    expect(count('country=otherland')).toBe(7);
    expect(count('country=nowhere')).toBe(0);
    expect(count('kind=court')).toBe(1);
    expect(count('kind=court&kind=signed')).toBe(4);
    expect(count('agreement=testland-examplia-2025&kind=signed')).toBe(1);
  });
});

describe('paginateTimeline', () => {
  const event = (date: string, n: number): TimelineEvent => ({ id: `e-${date}-${n}`, date, kind: 'signed', title: 'Signed', agreements: [], countries: [], sources: [] });
  const ofYear = (year: number, count: number) => Array.from({ length: count }, (_, n) => event(`${year}-01-01`, n));
  // Newest first, as the site-wide timeline is listed.
  const events = [...ofYear(2025, 3), ...ofYear(2024, 2), ...ofYear(2023, 9), ...ofYear(2022, 1), ...ofYear(2021, 1)];

  it('keeps a short timeline on one page at /timeline/', () => {
    const pages = paginateTimeline(events, 100);
    expect(pages).toHaveLength(1);
    expect(timelinePagePath(pages[0])).toBe('/timeline/');
    expect(pages[0].events).toEqual(events);
  });

  it('puts whole years together while they fit, and cuts a year too long for a page into parts', () => {
    const pages = paginateTimeline(events, 5);
    expect(pages.map((page) => [page.slug, page.label, page.events.length])).toEqual([
      ['', '2025 to 2024', 5],
      ['2023-1', '2023, part 1 of 2', 5],
      ['2023-2', '2023, part 2 of 2', 4],
      ['2022-2021', '2022 to 2021', 2],
    ]);
    expect(pages.flatMap((page) => page.events)).toEqual(events);
    expect(new Set(pages.map(timelinePagePath)).size).toBe(pages.length);
  });

  it('gives an empty timeline its one page', () => {
    expect(paginateTimeline([], 5)).toEqual([{ slug: '', label: 'No events', events: [] }]);
  });
});
