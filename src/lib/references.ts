/**
 * Where each collection's entries point at other entries. The validator checks every one resolves; the pages use the
 * same list to show connections both ways ("what links here").
 */
import type { CollectionName } from '../schema/index.ts';

export type Reference = {
  /** Field path inside the entry, such as ['parties', 'value', 'sending', 0]. */
  path: (string | number)[];
  /** Collection the id must exist in. */
  target: CollectionName;
  id: string;
};

type FieldRule = { path: (string | '*')[]; target: CollectionName };

/** Reference fields by collection; '*' walks every item of a list. Every `sources` list anywhere is found separately. */
export const referenceFields: Record<CollectionName, FieldRule[]> = {
  agreements: [
    { path: ['parties', 'value', 'sending', '*'], target: 'countries' },
    { path: ['parties', 'value', 'receiving', '*'], target: 'countries' },
    { path: ['payments', '*', 'value', 'payer'], target: 'countries' },
    { path: ['payments', '*', 'value', 'recipient'], target: 'countries' },
    { path: ['legalChallenges', '*'], target: 'cases' },
    { path: ['relatedAgreements', '*'], target: 'agreements' },
    { path: ['terms', '*'], target: 'terms' },
  ],
  countries: [],
  terms: [
    { path: ['related', '*'], target: 'terms' },
    { path: ['agreements', '*'], target: 'agreements' },
    { path: ['cases', '*'], target: 'cases' },
  ],
  cases: [
    { path: ['jurisdiction'], target: 'countries' },
    { path: ['agreements', '*'], target: 'agreements' },
  ],
  sources: [],
};

function follow(value: unknown, rule: (string | '*')[], at: (string | number)[], out: (string | number)[][]): void {
  if (rule.length === 0) {
    out.push(at);
    return;
  }
  const [head, ...rest] = rule;
  if (head === '*') {
    if (Array.isArray(value)) value.forEach((item, index) => follow(item, rest, [...at, index], out));
  } else if (value && typeof value === 'object' && head in value) {
    follow((value as Record<string, unknown>)[head], rest, [...at, head], out);
  }
}

function findSourceLists(value: unknown, at: (string | number)[], out: Reference[]): void {
  if (Array.isArray(value)) {
    value.forEach((item, index) => findSourceLists(item, [...at, index], out));
  } else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'sources' && Array.isArray(child)) {
        child.forEach((id, index) => {
          if (typeof id === 'string') out.push({ path: [...at, key, index], target: 'sources', id });
        });
      } else {
        findSourceLists(child, [...at, key], out);
      }
    }
  }
}

/** Every reference an entry's data makes, with its field path. Works on raw or validated data. */
export function collectReferences(collection: CollectionName, data: unknown): Reference[] {
  const references: Reference[] = [];
  for (const rule of referenceFields[collection]) {
    const paths: (string | number)[][] = [];
    follow(data, rule.path, [], paths);
    for (const path of paths) {
      let value: unknown = data;
      for (const segment of path) value = (value as Record<string | number, unknown>)[segment];
      if (typeof value === 'string') references.push({ path, target: rule.target, id: value });
    }
  }
  findSourceLists(data, [], references);
  return references;
}
