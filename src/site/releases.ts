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
  /** Whether a `vX.Y.Z` tag marks it; the version in CITATION.cff is untagged until `npm run release` tags it. */
  tagged: boolean;
};

let cached: Promise<Release[]> | undefined;

async function load(): Promise<Release[]> {
  const tags = releaseTags();
  const versions: { version: string; date: string; tagged: boolean; content: () => Promise<ContentSet> }[] = tags.map((tag) => ({
    tagged: true,
    version: tag.slice(1),
    date: runGit(['log', '-1', '--format=%cs', tag]) ?? datasetRelease.dateReleased,
    content: async () => contentAtRevision(tag),
  }));
  if (!tags.includes(`v${datasetRelease.version}`)) {
    versions.push({ version: datasetRelease.version, date: datasetRelease.dateReleased, tagged: false, content: siteContentSet });
  }
  const releases: Release[] = [];
  let previous: ContentSet | null = null;
  for (const { version, date, tagged, content } of versions) {
    const current = await content();
    releases.push({ version, date, tagged, content: current, changes: contentChanges(previous, current) });
    previous = current;
  }
  return releases.reverse();
}

/** Every release, newest first. */
export function siteReleases(): Promise<Release[]> {
  cached ??= load();
  return cached;
}

/** One entry's part in one release: added in it, or some of its values changed. */
export type EntryRelease = { release: Release; added: boolean; changed: ContentChanges['changed'][number]['changes'] };

let byEntry: Promise<Map<string, EntryRelease[]>> | undefined;

/**
 * Each entry's history across releases, newest first, by "collection/id": computed once for the whole site, so a
 * page looks its own up instead of scanning every release's lists (which grew with the square of the corpus).
 */
export function entryReleaseHistory(): Promise<Map<string, EntryRelease[]>> {
  byEntry ??= siteReleases().then((releases) => {
    const map = new Map<string, EntryRelease[]>();
    const entry = (key: string, release: Release) => {
      const list = map.get(key) ?? [];
      let item = list.find((candidate) => candidate.release === release);
      if (!item) {
        item = { release, added: false, changed: [] };
        list.push(item);
        map.set(key, list);
      }
      return item;
    };
    for (const release of releases) {
      for (const added of release.changes.added) entry(`${added.collection}/${added.id}`, release).added = true;
      for (const changed of release.changes.changed) entry(`agreements/${changed.id}`, release).changed = changed.changes;
    }
    return map;
  });
  return byEntry;
}
