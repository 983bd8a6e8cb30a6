/** DOM pieces shared by the search box and the search page. Text always goes in through textContent, never as HTML. */
import { highlightSegments } from '../lib/search/highlight.ts';
import type { IndexedDocument } from '../lib/search/index-build.ts';
import type { HighlightTerms } from '../lib/search/query.ts';

export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `text` with its matched words wrapped in <mark>. */
export function highlighted(tag: 'span' | 'p', className: string, text: string, highlight: HighlightTerms): HTMLElement {
  const node = element(tag, className);
  for (const segment of highlightSegments(text, highlight)) {
    node.append(segment.match ? element('mark', undefined, segment.text) : document.createTextNode(segment.text));
  }
  return node;
}

/** The lines under a result's title: where it belongs (an agreement's status), when, and what it says. */
export function resultDetails(doc: IndexedDocument, highlight: HighlightTerms, withSnippet: boolean): HTMLElement[] {
  const details: HTMLElement[] = [];
  if (doc.c) details.push(highlighted('span', 'search-result__context', doc.c, highlight));
  if (doc.d) details.push(element('span', 'search-result__dates', doc.d));
  if (withSnippet && doc.s) details.push(highlighted('span', 'search-result__snippet', doc.s, highlight));
  return details;
}
