/** /atom.xml: new agreements and status changes, newest first. */
import type { APIRoute } from 'astro';
import { pageUrl } from '../lib/exports.ts';
import { agreementFeedEntries, atomFeed, changedValueFeedEntries } from '../lib/feeds.ts';
import { siteReleases } from '../site/releases.ts';
import { buildFacts, entryHistory } from '../site/build.ts';
import { siteName } from '../site/config.ts';
import { siteData } from '../site/data.ts';

export const GET: APIRoute = async ({ site }) => {
  const { siteUrl } = buildFacts(site);
  const content = await siteData();
  const { agreements } = content;
  const entries = [
    ...changedValueFeedEntries(await siteReleases(), siteUrl),
    ...agreementFeedEntries(
    agreements.map((entry) => {
      // Without a change history (a copy outside git), the entry is dated by its newest source.
      const added = entryHistory(entry).added ?? content.sourcesThroughOf('agreements', entry) ?? undefined;
      return { id: entry.id, data: entry.data, url: pageUrl(siteUrl, 'agreements', entry.id), ...(added ? { added } : {}) };
    }),
    ),
  ];
  const feed = atomFeed(
    {
      title: `${siteName}: new agreements, status changes and changed values`,
      subtitle: 'Each agreement added to the knowledge base, each change in an agreement’s status, and each agreement whose values changed in a release.',
      self: new URL('/atom.xml', siteUrl).href,
      home: siteUrl,
      author: siteName,
    },
    entries,
  );
  return new Response(feed, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
