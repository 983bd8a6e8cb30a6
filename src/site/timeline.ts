/** The site-wide timeline, built once per build and cut into pages (src/lib/timeline.ts). */
import { buildTimeline, paginateTimeline, type TimelinePage } from '../lib/timeline.ts';
import { siteData } from './data.ts';

let pages: Promise<TimelinePage[]> | undefined;

export function siteTimelinePages(): Promise<TimelinePage[]> {
  pages ??= siteData().then((site) => paginateTimeline(buildTimeline(site.agreements, site.cases, 'newest-first')));
  return pages;
}
