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

/** Below this many agreements the default view shows them all; above it, the first preset (the page must stay small). */
export const SHOW_ALL_LIMIT = 40;

export function defaultSelection(records: ComparableRecord[]): string[] {
  if (records.length <= SHOW_ALL_LIMIT) return records.map((record) => record.id);
  const known = new Set(records.map((record) => record.id));
  const seed = comparePresets[0].state.agreements.filter((id) => known.has(id));
  return seed.length ? seed : records.slice(0, 4).map((record) => record.id);
}

export type Suggestion = { record: ComparableRecord; reasons: string[]; href: string };

/**
 * The agreements closest to one, for "compare with…" links: the same receiving country weighs most, then a shared
 * model, then the same year. Ties keep the records' order.
 */
export function closestAgreements(record: ComparableRecord, records: ComparableRecord[], limit = 4): Suggestion[] {
  const mine = new Set(record.receiving);
  return records
    .filter((other) => other.id !== record.id)
    .map((other) => {
      const reasons: string[] = [];
      let score = 0;
      if (other.receiving.some((id) => mine.has(id))) {
        score += 4;
        reasons.push('same receiving country');
      }
      if (other.models.some((model) => record.models.includes(model))) {
        score += 2;
        reasons.push('same model');
      }
      if (other.year === record.year) {
        score += 1;
        reasons.push('same year');
      }
      return { record: other, reasons, score, href: `/compare/?${serializeCompareState({ ...emptyState, agreements: [record.id, other.id] })}` };
    })
    .filter((suggestion) => suggestion.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ record: other, reasons, href }) => ({ record: other, reasons, href }));
}
