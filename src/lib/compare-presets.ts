/**
 * Named comparisons linked from the home page and /compare/. Presets are views (query strings), not lists of columns
 * frozen in code: "all 2025 US arrangements" is a filter, so a new 2025 agreement joins it without a code change.
 */
import { emptyState, serializeCompareState, type ComparableRecord, type CompareState } from './compare.ts';

export type ComparePreset = { id: string; label: string; description: string; state: CompareState };

export const comparePresets: ComparePreset[] = [
  {
    id: 'rwanda-el-salvador-libya',
    label: 'Rwanda vs El Salvador vs Libya',
    description: 'The three 2025 US arrangements first reported together: integration, prison detention, and a proposal.',
    state: { ...emptyState, agreements: ['us-rwanda-2025', 'us-el-salvador-2025', 'us-libya-2025'] },
  },
  {
    id: 'us-2025',
    label: 'All 2025 US arrangements',
    description: 'Every arrangement the United States made or sought in 2025 to send people to third countries.',
    state: { ...emptyState, country: 'united-states', year: '2025' },
  },
  {
    id: 'uk-rwanda-vs-us-rwanda',
    label: 'UK–Rwanda (2022) vs US–Rwanda (2025)',
    description: 'Two deals with the same receiving country, three years apart.',
    state: { ...emptyState, agreements: ['uk-rwanda-2022', 'us-rwanda-2025'] },
  },
  {
    id: 'safe-third-country',
    label: 'Safe-third-country agreements',
    description: 'Agreements that make another country responsible for hearing an asylum claim.',
    state: { ...emptyState, model: 'safe-third-country' },
  },
];

export function presetHref(preset: ComparePreset): string {
  const query = serializeCompareState(preset.state);
  return query ? `/compare/?${query}` : '/compare/';
}

/**
 * The view /compare/ opens with: the seed comparison, so the page stays small and fast whatever the number of
 * agreements; every other view is a choice away, and each agreement's own page has all its facts.
 */
export function defaultSelection(records: ComparableRecord[]): string[] {
  const known = new Set(records.map((record) => record.id));
  const seed = comparePresets[0].state.agreements.filter((id) => known.has(id));
  return seed.length ? seed : records.slice(0, 3).map((record) => record.id);
}

export type Suggestion = { record: ComparableRecord; reasons: string[]; href: string };

type SimilarityIndex = {
  position: Map<ComparableRecord, number>;
  byReceiving: Map<string, ComparableRecord[]>;
  byModel: Map<string, ComparableRecord[]>;
  byYear: Map<number, ComparableRecord[]>;
};

const indexes = new WeakMap<ComparableRecord[], SimilarityIndex>();

function similarityIndex(records: ComparableRecord[]): SimilarityIndex {
  let index = indexes.get(records);
  if (!index) {
    const add = <K>(map: Map<K, ComparableRecord[]>, key: K, record: ComparableRecord) => {
      const group = map.get(key);
      if (group) group.push(record);
      else map.set(key, [record]);
    };
    index = { position: new Map(), byReceiving: new Map(), byModel: new Map(), byYear: new Map() };
    records.forEach((record, position) => {
      index!.position.set(record, position);
      for (const id of record.receiving) add(index!.byReceiving, id, record);
      for (const model of record.models) add(index!.byModel, model, record);
      add(index!.byYear, record.year, record);
    });
    indexes.set(records, index);
  }
  return index;
}

/**
 * The agreements closest to one, for "compare with…" links: the same receiving country weighs most (4), then a shared
 * model (2), then the same year (1); ties keep the records' order. Every agreement page asks this, so it looks only
 * at agreements that share something, and only beyond the receiving country when that group is too small to fill
 * the list (nothing outside it can outscore anything in it).
 */
export function closestAgreements(record: ComparableRecord, records: ComparableRecord[], limit = 4): Suggestion[] {
  const index = similarityIndex(records);
  const mine = new Set(record.receiving);
  const sameReceiving = (other: ComparableRecord) => other.receiving.some((id) => mine.has(id));
  const sameModel = (other: ComparableRecord) => other.models.some((model) => record.models.includes(model));
  const score = (other: ComparableRecord) => (sameReceiving(other) ? 4 : 0) + (sameModel(other) ? 2 : 0) + (other.year === record.year ? 1 : 0);
  const candidates = new Set(record.receiving.flatMap((id) => index.byReceiving.get(id) ?? []));
  candidates.delete(record);
  if (candidates.size < limit) {
    for (const model of record.models) for (const other of index.byModel.get(model) ?? []) candidates.add(other);
    for (const other of index.byYear.get(record.year) ?? []) candidates.add(other);
    candidates.delete(record);
  }
  const ranked = [...candidates]
    .map((other) => ({ other, score: score(other), position: index.position.get(other) ?? 0 }))
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .slice(0, limit);
  return ranked.map(({ other }) => ({
    record: other,
    reasons: [
      ...(sameReceiving(other) ? ['same receiving country'] : []),
      ...(sameModel(other) ? ['same model'] : []),
      ...(other.year === record.year ? ['same year'] : []),
    ],
    href: `/compare/?${serializeCompareState({ ...emptyState, agreements: [record.id, other.id] })}`,
  }));
}
