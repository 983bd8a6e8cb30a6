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

/** What "compare with…" weighs an agreement by: a comparison record's header is enough. */
export type Comparand = Pick<ComparableRecord, 'id' | 'shortTitle' | 'year' | 'models' | 'receiving'>;

export type Suggestion<T extends Comparand = ComparableRecord> = { record: T; reasons: string[]; href: string };

/**
 * What "compare with…" ranks by, per record position, in flat arrays: every agreement page scores hundreds of
 * agreements that share its receiving country, and reading those from the records themselves, scattered across a
 * large heap, cost the 10,000-agreement build seconds in memory stalls alone.
 */
type SimilarityIndex = {
  position: Map<Comparand, number>;
  year: Int32Array;
  /** One bit per model, or -1 when there are more models than bits (then models are compared as lists). */
  modelBits: Int32Array;
  byReceiving: Map<string, Int32Array>;
  byModel: Map<string, number[]>;
  byYear: Map<number, number[]>;
};

const MODEL_BITS = 31;
const indexes = new WeakMap<readonly Comparand[], SimilarityIndex>();

function similarityIndex(records: readonly Comparand[]): SimilarityIndex {
  let index = indexes.get(records);
  if (index) return index;
  const add = <K>(map: Map<K, number[]>, key: K, position: number) => {
    const group = map.get(key);
    if (group) group.push(position);
    else map.set(key, [position]);
  };
  const modelIds = new Map<string, number>();
  for (const record of records) for (const model of record.models) if (!modelIds.has(model)) modelIds.set(model, modelIds.size);
  const receiving = new Map<string, number[]>();
  index = {
    position: new Map(),
    year: new Int32Array(records.length),
    modelBits: new Int32Array(records.length),
    byReceiving: new Map(),
    byModel: new Map(),
    byYear: new Map(),
  };
  records.forEach((record, position) => {
    index!.position.set(record, position);
    index!.year[position] = record.year;
    index!.modelBits[position] = modelIds.size > MODEL_BITS ? -1 : record.models.reduce((bits, model) => bits | (1 << modelIds.get(model)!), 0);
    for (const id of record.receiving) add(receiving, id, position);
    for (const model of record.models) add(index!.byModel, model, position);
    add(index!.byYear, record.year, position);
  });
  for (const [id, positions] of receiving) index.byReceiving.set(id, Int32Array.from(positions));
  indexes.set(records, index);
  return index;
}

/**
 * The agreements closest to one, for "compare with…" links: the same receiving country weighs most (4), then a shared
 * model (2), then the same year (1); ties keep the records' order. Every agreement page asks this, so it looks only
 * at agreements that share something, and only beyond the receiving country when that group is too small to fill
 * the list (nothing outside it can outscore anything in it).
 */
export function closestAgreements<T extends Comparand>(record: T, records: readonly T[], limit = 4): Suggestion<T>[] {
  const index = similarityIndex(records);
  const me = index.position.get(record) ?? -1;
  const mine = new Set(record.receiving);
  const sameReceiving = (other: Comparand) => other.receiving.some((id) => mine.has(id));
  const sameModel = (other: Comparand) => other.models.some((model) => record.models.includes(model));
  const myYear = record.year;
  const myBits = me >= 0 ? index.modelBits[me] : -1;
  const modelScore = (position: number) =>
    myBits >= 0 && index.modelBits[position] >= 0 ? ((index.modelBits[position] & myBits) !== 0 ? 2 : 0) : sameModel(records[position]) ? 2 : 0;

  // One receiving country (nearly every agreement): its positions as they are, without copying them into a set.
  const groups = record.receiving.map((id) => index.byReceiving.get(id) ?? new Int32Array(0));
  let candidates: Iterable<number> = groups.length === 1 ? groups[0] : new Set(groups.flatMap((group) => [...group]));
  let fromReceiving: Set<number> | undefined;
  let others = 0;
  for (const position of candidates) if (position !== me) others++;
  if (others < limit) {
    fromReceiving = new Set(candidates);
    const wider = new Set(candidates);
    for (const model of record.models) for (const position of index.byModel.get(model) ?? []) wider.add(position);
    for (const position of index.byYear.get(myYear) ?? []) wider.add(position);
    candidates = wider;
  }

  // The best `limit` in one pass, as [score, position] pairs, best first; ties go to the earlier position.
  const ranked: [number, number][] = [];
  for (const position of candidates) {
    if (position === me) continue;
    const score = (!fromReceiving || fromReceiving.has(position) ? 4 : 0) + modelScore(position) + (index.year[position] === myYear ? 1 : 0);
    const last = ranked[limit - 1];
    if (last && (score < last[0] || (score === last[0] && position > last[1]))) continue;
    let at = ranked.length;
    while (at > 0 && (score > ranked[at - 1][0] || (score === ranked[at - 1][0] && position < ranked[at - 1][1]))) at--;
    ranked.splice(at, 0, [score, position]);
    if (ranked.length > limit) ranked.pop();
  }
  return ranked.map(([, position]) => records[position]).map((other) => ({
    record: other,
    reasons: [
      ...(sameReceiving(other) ? ['same receiving country'] : []),
      ...(sameModel(other) ? ['same model'] : []),
      ...(other.year === record.year ? ['same year'] : []),
    ],
    href: `/compare/?${serializeCompareState({ ...emptyState, agreements: [record.id, other.id] })}`,
  }));
}
