/** The site-wide timeline, built once per build and cut into pages (src/lib/timeline.ts). */
import { buildTimeline, paginateTimeline, type TimelinePage } from '../lib/timeline.ts';
import { siteData } from './data.ts';

let pages: Promise<TimelinePage[]> | undefined;

export function siteTimelinePages(): Promise<TimelinePage[]> {
  pages ??= siteData().then((site) => paginateTimeline(buildTimeline(site.agreements, site.cases, 'newest-first')));
  return pages;
}

let pageOfAgreement: Promise<Map<string, TimelinePage>> | undefined;

/** The timeline page with an agreement's newest event, for its "site-wide timeline" link. */
export async function siteTimelinePageOf(agreementId: string): Promise<TimelinePage> {
  pageOfAgreement ??= siteTimelinePages().then((pages) => {
    const map = new Map<string, TimelinePage>();
    for (const page of pages) for (const event of page.events) for (const id of event.agreements) if (!map.has(id)) map.set(id, page);
    return map;
  });
  return (await pageOfAgreement).get(agreementId) ?? (await siteTimelinePages())[0];
}
