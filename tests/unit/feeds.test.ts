import { describe, expect, it } from 'vitest';
import { readContentSet } from '../../src/lib/content-set.ts';
import { agreementFeedEntries, atomFeed, changedValueFeedEntries, atomTimestamp, escapeXml, isListedPage, sitemapXml } from '../../src/lib/feeds.ts';

const fixture = readContentSet('tests/fixtures/valid-content').agreements.find((entry) => entry.id === 'testland-examplia-2025')!;
const url = 'https://example.org/agreements/testland-examplia-2025/';

describe('escapeXml and atomTimestamp', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
  });

  it('dates a partial date at the first day of its period, and normalises timestamps to UTC', () => {
    expect(atomTimestamp('2025-06-20')).toBe('2025-06-20T00:00:00Z');
    expect(atomTimestamp('2025-06')).toBe('2025-06-01T00:00:00Z');
    expect(atomTimestamp('2025')).toBe('2025-01-01T00:00:00Z');
    expect(atomTimestamp('2026-12-01T10:00:00+01:00')).toBe('2026-12-01T09:00:00Z');
  });
});

describe('agreementFeedEntries', () => {
  const entries = agreementFeedEntries([{ id: fixture.id, data: fixture.data, url, added: '2026-11-02T08:00:00+00:00' }]);

  it('has the agreement as new, dated when it was added, and each status change, dated when it took effect', () => {
    expect(entries.map((entry) => [entry.title, entry.updated])).toEqual([
      ['New agreement: Testland–Examplia transfer memorandum', '2026-11-02T08:00:00+00:00'],
      ['Testland–Examplia (2025): Signed', '2025-01-10'],
      ['Testland–Examplia (2025): Operational', '2025-06'],
      ['Testland–Examplia (2025): Blocked by a court', '2025-06-20'],
    ]);
    expect(entries[3].summary).toBe('Status blocked by a court from 20 June 2025. The court blocks further transfers.');
    expect(entries[3].id).toBe(`${url}#status-2025-06-20-blocked-by-court`);
    expect(entries[3].link).toBe(`${url}#timeline`);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length);
  });

  it('dates a new agreement by its latest status change when its history is unknown', () => {
    expect(agreementFeedEntries([{ id: fixture.id, data: fixture.data, url }])[0].updated).toBe('2025-06-20');
    expect(agreementFeedEntries([{ id: fixture.id, data: fixture.data, url, added: '2026-01-02' }])[0].updated).toBe('2026-01-02');
  });
});

describe('atomFeed', () => {
  const feed = atomFeed(
    { title: 'Changes & news', subtitle: 'New agreements', self: 'https://example.org/atom.xml', home: 'https://example.org/', author: 'MAC' },
    agreementFeedEntries([{ id: fixture.id, data: fixture.data, url }]),
  );

  it('lists entries newest first and is as new as its newest entry', () => {
    const updated = [...feed.matchAll(/<updated>([^<]+)<\/updated>/g)].map((match) => match[1]);
    expect(updated).toEqual(['2025-06-20T00:00:00Z', '2025-06-20T00:00:00Z', '2025-06-20T00:00:00Z', '2025-06-01T00:00:00Z', '2025-01-10T00:00:00Z']);
  });

  it('has the required Atom elements, escaped', () => {
    expect(feed).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(feed).toContain('<title>Changes &amp; news</title>');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://example.org/atom.xml"/>');
    expect(feed.match(/<entry>/g)).toHaveLength(4);
    expect(feed.match(/<id>/g)).toHaveLength(5);
    expect(feed.trimEnd().endsWith('</feed>')).toBe(true);
  });

  it('keeps only the most recent entries', () => {
    const entries = agreementFeedEntries([{ id: fixture.id, data: fixture.data, url }]);
    const short = atomFeed({ title: 't', subtitle: 's', self: 'https://example.org/atom.xml', home: 'https://example.org/', author: 'a' }, entries, 2);
    expect([...short.matchAll(/<entry>\s*<id>([^<]+)<\/id>/g)].map((match) => match[1])).toHaveLength(2);
    expect(short).not.toContain('2025-01-10T00:00:00Z');
  });
});

describe('sitemap', () => {
  it('lists each page once, sorted, escaped', () => {
    expect(sitemapXml(['https://example.org/b/', 'https://example.org/a/?x=1&y=2', 'https://example.org/b/'])).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
        '  <url><loc>https://example.org/a/?x=1&amp;y=2</loc></url>',
        '  <url><loc>https://example.org/b/</loc></url>',
        '</urlset>',
        '',
      ].join('\n'),
    );
  });

  it('keeps HTML pages and leaves out downloads, feeds and the 404 page', () => {
    expect(['', 'agreements/', '/terms/x/', 'data/agreements.csv', 'atom.xml', '404/', '404'].filter(isListedPage)).toEqual(['', 'agreements/', '/terms/x/']);
  });
});

describe('changedValueFeedEntries', () => {
  it('gives one entry per agreement changed in a release, with each change in the summary', () => {
    const entries = changedValueFeedEntries(
      [{ version: '1.1.0', date: '2027-01-15', changes: { changed: [{ id: 'us-rwanda-2025', title: 'US–Rwanda', changes: [{ label: 'Cap', before: '250', after: '300' }, { label: 'Status', before: 'Operational', after: 'Dormant' }] }] } }],
      'https://example.org/',
    );
    expect(entries).toEqual([
      {
        id: 'https://example.org/changes/#v1-1-0-us-rwanda-2025',
        title: 'US–Rwanda: 2 values changed in version 1.1.0',
        link: 'https://example.org/agreements/us-rwanda-2025/',
        updated: '2027-01-15',
        summary: 'Cap: 250 → 300; Status: Operational → Dormant',
      },
    ]);
  });
});
