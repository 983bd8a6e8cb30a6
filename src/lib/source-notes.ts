import type { Source } from '../schema/index.ts';

/**
 * Numbered source notes for one page or table: each source gets a number the first time it is cited, so a cell shows
 * "[2]" linking to the second entry of the source list below it.
 */
export function numberSources(citations: Iterable<readonly string[]>): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const ids of citations) {
    for (const id of ids) {
      if (!numbers.has(id)) numbers.set(id, numbers.size + 1);
    }
  }
  return numbers;
}

/** The ids in note order, for rendering the list under the table. */
export function orderedSources(numbers: Map<string, number>): string[] {
  return [...numbers.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
}

const kindLabels: Record<Source['kind'], string> = {
  news: 'Press',
  government: 'Government',
  court: 'Court',
  parliament: 'Parliament',
  ngo: 'NGO',
  academic: 'Academic',
  'agreement-text': 'Agreement text',
  'international-organisation': 'International organisation',
};

/**
 * What kind of source a reader is looking at, in a word or two: the publisher's kind, and "reprint" when the page
 * republishes another outlet's story (then the original is the one to cite).
 */
export function sourceKindLabel(source: Pick<Source, 'kind' | 'via'>): string {
  return source.via ? `${kindLabels[source.kind]}, reprint` : kindLabels[source.kind];
}
