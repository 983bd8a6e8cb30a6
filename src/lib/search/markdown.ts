/**
 * Markdown bodies as plain searchable text, cut into their `##` sections with the same heading ids Astro gives them
 * (Astro slugs every heading's text content with github-slugger, one slugger per document), so a search result can
 * link straight to `/agreements/<id>/#<slug>`.
 */
import GithubSlugger from 'github-slugger';
import { stripFootnotes } from '../footnotes.ts';

export type MarkdownSection = {
  heading: string;
  /** The id Astro puts on the heading element. */
  slug: string;
  /** The section's plain text, sub-headings included. */
  text: string;
};

export type SplitMarkdown = {
  /** Plain text before the first `##` heading. */
  intro: string;
  sections: MarkdownSection[];
};

/** Inline Markdown to the text a reader sees: links and images keep their text, emphasis and code marks go. */
export function inlineText(markdown: string): string {
  return markdown
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\[[^\]]*\]/g, '$1')
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/`+([^`]*)`+/g, '$1')
    .replace(/(\*{1,3}|_{1,3})(\S(?:.*?\S)?)\1/g, '$2')
    .replace(/~~(.*?)~~/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
}

/** Block Markdown to plain text: list markers, quote marks, heading marks, tables and reference definitions go. */
export function plainText(markdown: string): string {
  return markdown
    .split(/\r?\n/)
    .filter((line) => !/^\s*\[[^\]]+\]:\s*\S/.test(line) && !/^\s*\|?\s*:?-{3,}/.test(line))
    .map((line) =>
      inlineText(
        line
          .replace(/^\s{0,3}#{1,6}\s+/, '')
          .replace(/^\s*>\s?/, '')
          .replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '')
          .replace(/\|/g, ' '),
      ).trim(),
    )
    .filter(Boolean)
    .join(' ')
    .replace(/\s+/g, ' ');
}

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** The `##` sections of a body as written, with their heading ids; deeper headings stay inside but advance the slugger. */
function scanSections(markdown: string): { intro: string[]; sections: { heading: string; slug: string; lines: string[] }[] } {
  // Footnote markers name sources, not words a reader searches for.
  markdown = stripFootnotes(markdown);
  const slugger = new GithubSlugger();
  const intro: string[] = [];
  const sections: { heading: string; slug: string; lines: string[] }[] = [];
  let fence: string | undefined;
  for (const line of markdown.split(/\r?\n/)) {
    const fenceMatch = FENCE.exec(line);
    if (fenceMatch && (!fence || fenceMatch[1].startsWith(fence))) fence = fence ? undefined : fenceMatch[1].slice(0, 3);
    const heading = fence ? null : ATX_HEADING.exec(line);
    if (heading) {
      const text = inlineText(heading[2]).trim();
      const slug = slugger.slug(text);
      if (heading[1].length === 2) {
        sections.push({ heading: text, slug, lines: [] });
        continue;
      }
    }
    (sections.at(-1)?.lines ?? intro).push(line);
  }
  return { intro, sections };
}

/** Splits a body at its `##` headings, each section's text plain (for the search index). */
export function splitMarkdown(markdown: string): SplitMarkdown {
  const { intro, sections } = scanSections(markdown);
  return {
    intro: plainText(intro.join('\n')),
    sections: sections.map(({ heading, slug, lines }) => ({ heading, slug, text: plainText(lines.join('\n')) })),
  };
}

/** Only the `##` headings and their ids, as {@link splitMarkdown} gives them, for a page's "On this page" list. */
export function sectionHeadings(markdown: string): Omit<MarkdownSection, 'text'>[] {
  return scanSections(markdown).sections.map(({ heading, slug }) => ({ heading, slug }));
}
