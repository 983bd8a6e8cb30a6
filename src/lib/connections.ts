/**
 * References followed both ways: for any entry, which entries point at it. Built from the same reference list the
 * validator checks, so "what links here" can never disagree with the data.
 */
import type { CollectionName } from '../schema/index.ts';
import { collectReferences } from './references.ts';

export type EntryKey = `${CollectionName}/${string}`;
export type Backlink = { collection: CollectionName; id: string };

export function buildBacklinks(entries: { collection: CollectionName; id: string; data: unknown }[]): Map<EntryKey, Backlink[]> {
  const backlinks = new Map<EntryKey, Backlink[]>();
  for (const entry of entries) {
    const seen = new Set<string>();
    for (const reference of collectReferences(entry.collection, entry.data)) {
      const key: EntryKey = `${reference.target}/${reference.id}`;
      if (seen.has(key) || key === `${entry.collection}/${entry.id}`) continue;
      seen.add(key);
      const list = backlinks.get(key) ?? [];
      list.push({ collection: entry.collection, id: entry.id });
      backlinks.set(key, list);
    }
  }
  return backlinks;
}
