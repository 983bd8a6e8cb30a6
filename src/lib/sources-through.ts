/**
 * How current an entry is, told by its sources rather than by a review stamp: `sourcesThrough` is the newest
 * publication date among the sources an entry cites, in its fields and in its prose. Derived here, once, for the
 * pages, the downloads and the checks; never typed into content.
 */
import type { CollectionName } from '../schema/index.ts';
import { footnoteSourceIds } from './footnotes.ts';
import { collectReferences } from './references.ts';

/** Every source an entry cites: in its fields, then in its prose footnotes; each once, in the order first cited. */
export function entrySourceIds(collection: CollectionName, data: unknown, body = ''): string[] {
  const ids = new Set<string>();
  for (const reference of collectReferences(collection, data)) if (reference.target === 'sources') ids.add(reference.id);
  for (const id of footnoteSourceIds(body)) ids.add(id);
  return [...ids];
}

/**
 * The newest publication date among the sources, at the precision it was recorded ("2026-03-12", or "2026-03"
 * when a page gave only the month); null when none is dated. Of two dates in the same month, the one that names the
 * day wins, so "2026-03-12" beats "2026-03".
 */
export function sourcesThrough(ids: Iterable<string>, publishedOf: (id: string) => string | null | undefined): string | null {
  let newest: string | null = null;
  for (const id of ids) {
    const published = publishedOf(id);
    // ISO dates of any precision order correctly as strings, and a longer date sorts after its own prefix.
    if (published && (newest === null || published > newest)) newest = published;
  }
  return newest;
}
