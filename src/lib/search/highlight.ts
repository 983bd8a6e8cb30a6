/**
 * Marks the words of a shown text that matched a query. Returns plain segments, never markup: the page builds DOM
 * nodes from them with textContent, so neither content nor query can inject HTML.
 */
import type { HighlightTerms } from './query.ts';
import { tokenize } from './normalise.ts';

export type Segment = { text: string; match: boolean };

/** Offsets [start, end) of the words in `text` whose search form matched, merged where only spaces separate them. */
export function matchRanges(text: string, highlight: HighlightTerms): [number, number][] {
  const terms = new Set(highlight.terms);
  const ranges: [number, number][] = [];
  for (const token of tokenize(text)) {
    const hit = terms.has(token.term) || highlight.prefixes.some((prefix) => token.term.startsWith(prefix));
    if (!hit) continue;
    const last = ranges.at(-1);
    if (last && /^\s*$/.test(text.slice(last[1], token.start))) last[1] = token.end;
    else ranges.push([token.start, token.end]);
  }
  return ranges;
}

/** The text cut into matched and unmatched segments, in order; joined they give back the text. */
export function highlightSegments(text: string, highlight: HighlightTerms): Segment[] {
  const segments: Segment[] = [];
  let at = 0;
  for (const [start, end] of matchRanges(text, highlight)) {
    if (start > at) segments.push({ text: text.slice(at, start), match: false });
    segments.push({ text: text.slice(start, end), match: true });
    at = end;
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at), match: false });
  return segments;
}
