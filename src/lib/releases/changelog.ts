/**
 * The changelog of facts: what changed in the content between two versions, computed from the content itself (two
 * checkouts of the repository), never written by hand. Agreements and cases added or removed, and each changed value
 * of each agreement: dimension, before, after and the sources of the new value.
 */
import { agreementChanges, type DimensionChange } from '../agreement-diff.ts';
import type { CellFact } from '../compare.ts';
import { contentNames, type ContentSet } from '../exports.ts';

export type EntryChange = { collection: 'agreements' | 'cases'; id: string; title: string };

/** One changed value: the dimension, the value as the site shows it before and after, and the new value's sources. */
export type ValueChange = { dimension: string; label: string; before: string; after: string; sources: string[] };

const cellText = (facts: CellFact[]) => (facts.length ? facts.map((fact) => fact.text).join(' | ') : '—');

function valueChange(change: DimensionChange): ValueChange {
  return {
    dimension: change.dimension,
    label: change.label,
    before: cellText(change.before),
    after: cellText(change.after),
    sources: [...new Set(change.after.flatMap((fact) => fact.sources))],
  };
}

export type ContentChanges = {
  added: EntryChange[];
  removed: EntryChange[];
  /** Changed values of agreements present in both versions, agreement by agreement. */
  changed: { id: string; title: string; changes: ValueChange[] }[];
};

const titled = (collection: 'agreements' | 'cases', content: ContentSet) =>
  new Map<string, EntryChange>(
    collection === 'agreements'
      ? content.agreements.map(({ id, data }) => [id, { collection, id, title: data.title }])
      : content.cases.map(({ id, data }) => [id, { collection, id, title: data.name }]),
  );

/** What changed from `before` (null: nothing was published yet) to `after`. */
export function contentChanges(before: ContentSet | null, after: ContentSet): ContentChanges {
  const added: EntryChange[] = [];
  const removed: EntryChange[] = [];
  for (const collection of ['agreements', 'cases'] as const) {
    const old = before ? titled(collection, before) : new Map<string, EntryChange>();
    const now = titled(collection, after);
    for (const [id, entry] of now) if (!old.has(id)) added.push(entry);
    for (const [id, entry] of old) if (!now.has(id)) removed.push(entry);
  }
  const names = contentNames(after);
  const oldAgreements = new Map((before?.agreements ?? []).map((entry) => [entry.id, entry.data]));
  const changed = after.agreements
    .filter(({ id }) => oldAgreements.has(id))
    .map(({ id, data }) => ({ id, title: data.title, changes: agreementChanges(id, oldAgreements.get(id), data, names).map(valueChange) }))
    .filter(({ changes }) => changes.length > 0)
    .sort((a, b) => a.id.localeCompare(b.id));
  const byId = (a: EntryChange, b: EntryChange) => a.collection.localeCompare(b.collection) || a.id.localeCompare(b.id);
  return { added: added.sort(byId), removed: removed.sort(byId), changed };
}

/** The changelog entry for one release, as Markdown (CHANGELOG.md and the release notes). */
export function changelogMarkdown(version: string, date: string, changes: ContentChanges): string {
  const lines = [`## ${version} (${date})`, ''];
  const list = (heading: string, entries: EntryChange[]) => {
    if (entries.length === 0) return;
    lines.push(`### ${heading}`, '', ...entries.map((entry) => `- ${entry.collection === 'agreements' ? 'Agreement' : 'Case'} \`${entry.id}\`: ${entry.title}`), '');
  };
  list('Added', changes.added);
  list('Removed', changes.removed);
  if (changes.changed.length > 0) {
    lines.push('### Changed values', '');
    for (const { id, changes: rows } of changes.changed) {
      for (const row of rows) lines.push(`- \`${id}\` ${row.label}: ${row.before} → ${row.after}${row.sources.length ? ` (sources: ${row.sources.join(', ')})` : ''}`);
    }
    lines.push('');
  }
  if (lines.length === 2) lines.push('No change to agreements or cases.', '');
  return lines.join('\n');
}
