/** "Did you mean" suggestions for misspelt keys and ids. */
import { distance } from 'fastest-levenshtein';

/** The closest candidate within a typo's reach (about a third of the word), or undefined. */
export function closestMatch(word: string, candidates: Iterable<string>): string | undefined {
  // Edit distance costs the product of the lengths: a very long "word" is no typo of an id, and is not compared.
  if (word.length > 120) return undefined;
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  const reach = Math.max(2, Math.ceil(word.length / 3));
  return bestDistance <= reach ? best : undefined;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const match = closestMatch(word, candidates);
  return match ? ` Did you mean "${match}"?` : '';
}
