/**
 * The dataset's releases as the site shows them: each version (git tags `vX.Y.Z`, and the version in CITATION.cff
 * when it is not tagged yet) with its date, its content and what changed since the version before. Computed once per
 * build; an archive without git history has just the current version.
 */
import type { ContentSet } from '../lib/exports.ts';
import { contentChanges, type ContentChanges } from '../lib/releases/changelog.ts';
import { contentAtRevision, releaseTags } from '../lib/releases/git-content.ts';
import { runGit } from '../lib/git-history.ts';
import { datasetRelease, siteContentSet } from './build.ts';

export type Release = {
  version: string;
  /** Release date: the tag's commit date, or CITATION.cff's date for a version not tagged yet. */
  date: string;
  content: ContentSet;
  changes: ContentChanges;
};

let cached: Promise<Release[]> | undefined;

async function load(): Promise<Release[]> {
  const tags = releaseTags();
  const versions: { version: string; date: string; content: () => Promise<ContentSet> }[] = tags.map((tag) => ({
    version: tag.slice(1),
    date: runGit(['log', '-1', '--format=%cs', tag]) ?? datasetRelease.dateReleased,
    content: async () => contentAtRevision(tag),
  }));
  if (!tags.includes(`v${datasetRelease.version}`)) {
    versions.push({ version: datasetRelease.version, date: datasetRelease.dateReleased, content: siteContentSet });
  }
  const releases: Release[] = [];
  let previous: ContentSet | null = null;
  for (const { version, date, content } of versions) {
    const current = await content();
    releases.push({ version, date, content: current, changes: contentChanges(previous, current) });
    previous = current;
  }
  return releases.reverse();
}

/** Every release, newest first. */
export function siteReleases(): Promise<Release[]> {
  cached ??= load();
  return cached;
}
