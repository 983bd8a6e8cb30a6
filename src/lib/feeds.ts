/**
 * Machine-readable change notices: the Atom feed of new agreements and status changes (RFC 4287) and the sitemap
 * (sitemaps.org protocol). Pure string builders over plain records.
 */
import type { Agreement } from '../schema/index.ts';
import { formatDate, labelOf } from './dimensions.ts';
import { versionAnchor } from './releases/version.ts';

export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[character]};`);
}

/** Atom wants a full timestamp; a date known only to the month or year is dated at its first day. */
export function atomTimestamp(date: string): string {
  if (/T/.test(date)) return new Date(date).toISOString().replace(/\.000Z$/, 'Z');
  const [year, month = '01', day = '01'] = date.split('-');
  return `${year}-${month}-${day}T00:00:00Z`;
}

export type FeedEntry = {
  /** Permanent, unique IRI of the entry. */
  id: string;
  title: string;
  link: string;
  /** Date or ISO timestamp. */
  updated: string;
  summary: string;
};

export type FeedInfo = {
  title: string;
  subtitle: string;
  /** The feed's own address. */
  self: string;
  /** The site's home page. */
  home: string;
  author: string;
};

/** Feed readers poll often and want what is new: the feed carries the most recent entries, the site has the rest. */
export const FEED_ENTRY_LIMIT = 100;

export function atomFeed(info: FeedInfo, entries: FeedEntry[], limit = FEED_ENTRY_LIMIT): string {
  const sorted = [...entries]
    .sort((a, b) => atomTimestamp(b.updated).localeCompare(atomTimestamp(a.updated)) || a.id.localeCompare(b.id))
    .slice(0, limit);
  const updated = sorted.length ? atomTimestamp(sorted[0].updated) : atomTimestamp('1970');
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${escapeXml(info.self)}</id>`,
    `  <title>${escapeXml(info.title)}</title>`,
    `  <subtitle>${escapeXml(info.subtitle)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(info.self)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(info.home)}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(info.author)}</name></author>`,
    ...sorted.flatMap((entry) => [
      '  <entry>',
      `    <id>${escapeXml(entry.id)}</id>`,
      `    <title>${escapeXml(entry.title)}</title>`,
      `    <link rel="alternate" type="text/html" href="${escapeXml(entry.link)}"/>`,
      `    <updated>${atomTimestamp(entry.updated)}</updated>`,
      `    <summary>${escapeXml(entry.summary)}</summary>`,
      '  </entry>',
    ]),
    '</feed>',
  ];
  return `${lines.join('\n')}\n`;
}

/** The section of an agreement page that lists its dated events; status-change entries link to it. */
export const TIMELINE_FRAGMENT = 'timeline';

/**
 * One entry per agreement, dated when it was added to the knowledge base (`added`, from the change history; the
 * latest status change when that is unknown), and one per status change, dated when the change took effect. Entry ids are
 * permanent: the page address, plus the date and status for a change.
 */
export function agreementFeedEntries(agreements: { id: string; data: Agreement; url: string; added?: string }[]): FeedEntry[] {
  return agreements.flatMap(({ data, url, added }) => [
    {
      id: url,
      title: `New agreement: ${data.title}`,
      link: url,
      updated: added ?? data.statusHistory.at(-1)!.date,
      summary: data.summary,
    },
    ...data.statusHistory.map((change) => ({
      id: `${url}#status-${change.date}-${change.status}`,
      title: `${data.shortTitle}: ${labelOf(change.status)}`,
      link: `${url}#${TIMELINE_FRAGMENT}`,
      updated: change.date,
      summary: `Status ${labelOf(change.status).toLowerCase()} from ${formatDate(change.date)}.${change.note ? ` ${change.note}` : ''}`,
    })),
  ]);
}

/** A sitemap of absolute page addresses. */
export function sitemapXml(urls: string[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
    ...[...new Set(urls)].sort().map((url) => `  <url><loc>${escapeXml(url)}</loc></url>`),
    '</urlset>',
  ];
  return `${lines.join('\n')}\n`;
}

/** Which built paths are pages a search engine should list: HTML pages, not downloads, feeds or the 404 page. */
export function isListedPage(pathname: string): boolean {
  const path = pathname.replace(/^\/+/, '');
  return (path === '' || path.endsWith('/')) && !/^404\/?$/.test(path);
}

/**
 * One entry per agreement whose values changed in a release, linking its page; the summary lists each change as
 * "label: before → after". Entry ids are permanent: the changes page, the version and the agreement.
 */
export function changedValueFeedEntries(
  releases: { version: string; date: string; changes: { changed: { id: string; title: string; changes: { label: string; before: string; after: string }[] }[] } }[],
  siteUrl: string,
): FeedEntry[] {
  return releases.flatMap((release) =>
    release.changes.changed.map((entry) => ({
      id: new URL(`/changes/#${versionAnchor(release.version)}-${entry.id}`, siteUrl).href,
      title: `${entry.title}: ${entry.changes.length} ${entry.changes.length === 1 ? 'value' : 'values'} changed in version ${release.version}`,
      link: new URL(`/agreements/${entry.id}/`, siteUrl).href,
      updated: release.date,
      summary: entry.changes.map((change) => `${change.label}: ${change.before} → ${change.after}`).join('; '),
    })),
  );
}
