/**
 * Glossary terms in prose: the first mention of each term on a page becomes a link to its glossary page, with the
 * term's one-line definition beside it as a tooltip the reader sees on hover and keyboard focus. Done when a body is
 * rendered (a Sätteri hast plugin, last in the content pipeline of src/lib/markdown.ts), never by editing content.
 *
 * The matching rules are the pure {@link TermMatcher}; the plugin below only decides where in the tree matching may
 * happen (never inside links, which includes footnote markers, headings or code) and builds the nodes.
 *
 * The tooltip is a `role="tooltip"` span right after the link, which names it with `aria-describedby`. It carries the
 * `hidden` attribute, so feed readers, reader modes and unstyled pages show only the link; the stylesheet shows it
 * while the link is hovered or focused, or the tooltip itself is hovered (global.css, "Glossary tooltips").
 */
import type { Element, ElementContent } from 'hast';
import { defineHastPlugin } from 'satteri';

/** One glossary term as the matcher needs it. */
export type GlossaryTerm = {
  /** The term's id: its page is /terms/<id>/. */
  id: string;
  /** Every name that mentions it in prose: the term, its aliases and abbreviations. */
  names: readonly string[];
  /** The one-line definition shown on hover and focus. */
  definition: string;
};

/** A mention found in a run of text: `text.slice(start, end)` names the term `termId`. */
export type TermMention = { start: number; end: number; termId: string };

/** Letters, digits and hyphens: a name must not touch one on either side, so "refoulement" is not found in "non-refoulement". */
const WORD_CHARACTER = '[\\p{L}\\p{N}\\p{M}_-]';

/** A last word that starts with a capital, and a next word that does too: the signs of a longer proper name. */
const PROPER_NAME_END = /(?:^|[\s-])\p{Lu}[^\s-]*$/u;
const PROPER_NAME_GOES_ON = /^[ \u00a0]\p{Lu}/u;

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The words of a text as the quick check before the pattern compares them: runs of letters, digits, marks, underscores
 * and apostrophes (hyphens and all else split), in lower case, curly apostrophes straight.
 */
function* foldedWords(text: string): Generator<string> {
  for (const [word] of text.matchAll(/[\p{L}\p{N}\p{M}_'’]+/gu)) yield word.toLowerCase().replaceAll('’', "'");
}

/**
 * The pattern of one name. A name without lower-case letters ("CECOT", "IOM") is an acronym and matches only as
 * written, so the ordinary word "iom" or "cecot" typed in lower case is not it; other names match in any case. A space
 * or hyphen between words matches either, as writers use both ("third-country national"); straight and curly
 * apostrophes are one (the renderer curls them). A name ending in a lower-case letter also matches its plural in -s.
 */
function namePattern(name: string): string {
  const words = name
    .trim()
    .split(/[\s-]+/)
    .map((word) => escapeRegExp(word).replace(/['’]/g, "['’]"));
  const body = words.join('[\\s\\u00a0-]') + (/\p{Ll}$/u.test(name) ? 's?' : '');
  return /\p{Ll}/u.test(name) ? body : `(?-i:${body})`;
}

/**
 * Finds glossary mentions in text. Built once for the whole glossary; a page keeps its own set of the terms it has
 * already linked. A name claimed by two terms names neither (it cannot be told which is meant).
 */
export class TermMatcher {
  readonly #pattern: RegExp | undefined;
  /** What each alternative's capture group (1, 2, …) names: its term, and whether its last word is lower case. */
  readonly #groups: { termId: string; endsLowerCase: boolean }[] = [];
  readonly #terms = new Map<string, GlossaryTerm>();
  /** The first word of every name, folded (see {@link foldedWords}): a text without one of them mentions no term. */
  readonly #firstWords = new Set<string>();

  constructor(terms: readonly GlossaryTerm[]) {
    const owners = new Map<string, Set<string>>();
    for (const term of terms) {
      this.#terms.set(term.id, term);
      for (const name of term.names) {
        const key = name.trim().toLowerCase();
        if (key.length === 0) continue;
        owners.set(key, (owners.get(key) ?? new Set()).add(term.id));
      }
    }
    const names: { name: string; termId: string }[] = [];
    for (const term of terms) {
      for (const name of new Set(term.names.map((name) => name.trim()))) {
        if (name.length > 0 && owners.get(name.toLowerCase())!.size === 1) names.push({ name, termId: term.id });
      }
    }
    // Longest first: at a given place in the text the longest name wins ("safe third country" before "third country").
    names.sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
    this.#groups = names.map(({ name, termId }) => ({ termId, endsLowerCase: /(?:^|[\s-])\p{Ll}[^\s-]*$/u.test(name) }));
    for (const { name } of names) {
      const [first] = foldedWords(name);
      if (first !== undefined) this.#firstWords.add(first);
    }
    if (names.length === 0) return;
    const alternatives = names.map((entry) => `(${namePattern(entry.name)})`).join('|');
    this.#pattern = new RegExp(`(?<!${WORD_CHARACTER})(?:${alternatives})(?!${WORD_CHARACTER})`, 'giu');
  }

  /** The term with this id, if the glossary has it. */
  term(id: string): GlossaryTerm | undefined {
    return this.#terms.get(id);
  }

  /**
   * Whether `text` has a word that begins some name: the pattern tries every name at every place, which cost more than
   * the rest of rendering a body, and most runs of text mention nothing. Looser than the pattern, never stricter: a
   * word also counts without a final "s", as a one-word name's plural ends in one.
   */
  #mayMention(text: string): boolean {
    for (const word of foldedWords(text)) {
      if (this.#firstWords.has(word) || (word.endsWith('s') && this.#firstWords.has(word.slice(0, -1)))) return true;
    }
    return false;
  }

  /**
   * The mentions in `text` of terms not in `linked`, each term once: its first mention, leftmost and longest. A
   * mention of a term already linked still covers its words, so a second "third-country removal" never yields a link
   * on "removal". The terms found are added to `linked`, which is how a page links each term only once.
   * A lower-case name written in capitals and followed by another capitalised word is part of a longer proper name
   * ("Third Country Deportation Watch", a publisher), not a mention: it is passed over.
   */
  mentions(text: string, linked: Set<string>): TermMention[] {
    if (!this.#pattern || !this.#mayMention(text)) return [];
    const found: TermMention[] = [];
    for (const match of text.matchAll(this.#pattern)) {
      const group = match.findIndex((capture, index) => index > 0 && capture !== undefined);
      const { termId, endsLowerCase } = this.#groups[group - 1];
      const end = match.index + match[0].length;
      if (endsLowerCase && PROPER_NAME_END.test(match[0]) && PROPER_NAME_GOES_ON.test(text.slice(end, end + 3))) continue;
      if (linked.has(termId)) continue;
      linked.add(termId);
      found.push({ start: match.index, end, termId });
    }
    return found;
  }
}

/** What a page asks for: the site's matcher, and the term whose own page this is, which links to others only. */
export type PageTermLinks = { matcher: TermMatcher; currentTerm?: string | undefined };

/** One render's state: the matcher and the terms linked so far, the current term counting as linked. */
export type TermLinkState = { matcher: TermMatcher; linked: Set<string> };

export const termLinkState = ({ matcher, currentTerm }: PageTermLinks): TermLinkState => ({
  matcher,
  linked: new Set(currentTerm ? [currentTerm] : []),
});

/** The id of a term's tooltip on a page: each term is linked once per page, so once per page is unique. */
export const termTooltipId = (termId: string) => `term-tip-${termId}`;

/** The link and its tooltip for one mention, as hast. */
export function termLinkNodes(term: GlossaryTerm, text: string): Element[] {
  const tooltipId = termTooltipId(term.id);
  return [
    {
      type: 'element',
      tagName: 'a',
      properties: { href: `/terms/${term.id}/`, className: ['term-link'], ariaDescribedBy: [tooltipId] },
      children: [{ type: 'text', value: text }],
    },
    {
      type: 'element',
      tagName: 'span',
      properties: { id: tooltipId, role: 'tooltip', className: ['term-tip'], hidden: true },
      children: [{ type: 'text', value: term.definition }],
    },
  ];
}

/** The text split into plain runs and term links, or undefined when it mentions no new term. */
export function linkTermsInText(text: string, matcher: TermMatcher, linked: Set<string>): ElementContent[] | undefined {
  const mentions = matcher.mentions(text, linked);
  if (mentions.length === 0) return undefined;
  const nodes: ElementContent[] = [];
  let at = 0;
  for (const mention of mentions) {
    if (mention.start > at) nodes.push({ type: 'text', value: text.slice(at, mention.start) });
    nodes.push(...termLinkNodes(matcher.term(mention.termId)!, text.slice(mention.start, mention.end)));
    at = mention.end;
  }
  if (at < text.length) nodes.push({ type: 'text', value: text.slice(at) });
  return nodes;
}

/** Text under these elements is never linked: it is a link already (footnote markers are links), a heading, or code. */
const NO_LINKS_INSIDE = new Set(['a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'kbd', 'samp', 'sup', 'sub']);

/** Where a render carries its {@link TermLinkState}: Astro's per-render data bag, under this frontmatter key. */
export const TERM_LINKS_KEY = 'termLinks';

/**
 * The plugin: each text node, in reading order, outside the elements above. A render without a {@link TermLinkState}
 * (feeds, tests of other rules) links nothing.
 */
export const termLinksPlugin = defineHastPlugin({
  name: 'glossary-term-links',
  text(node, context) {
    const data = context.data as { astro?: { frontmatter?: Record<string, unknown> } };
    const state = data.astro?.frontmatter?.[TERM_LINKS_KEY] as TermLinkState | undefined;
    if (!state) return;
    for (let parent = context.parent(node); parent && parent.type === 'element'; parent = context.parent(parent)) {
      if (NO_LINKS_INSIDE.has(parent.tagName)) return;
    }
    const nodes = linkTermsInText(node.value, state.matcher, state.linked);
    if (nodes) context.replaceNode(node, nodes);
  },
});
