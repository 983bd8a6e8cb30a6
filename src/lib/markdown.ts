/**
 * One Markdown pipeline for every body on the site: astro.config.mjs hands these settings to Astro (for the .mdx pages
 * maintainers write) and content pages render their bodies through {@link renderMarkdown}, built from the same
 * plugins plus the content allow-list (src/lib/markdown-safety.ts), which sanitises every contributor body whenever
 * it is rendered, in `astro build` and `astro dev`, whether or not the validator ran.
 * Bodies are rendered when their page is built, not when content is loaded, so the content store carries source text
 * only: at 10,000 agreements pre-rendered HTML was over half of the store Astro bundles into the build.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin } from 'satteri';
import { externalLinksPlugin } from './external-links.ts';
import { linkFootnotes } from './footnotes.ts';
import { CONTENT_MARKDOWN_FEATURES, isAllowedHref } from './markdown-safety.ts';
import { TERM_LINKS_KEY, termLinkState, termLinksPlugin, type PageTermLinks } from './term-links.ts';

/** A link into the page's numbered source list, as footnote markers become: `#source-3`. */
const SOURCE_NOTE = /^#source-(\d+)$/;

/** Footnote links read as "Source 3" to assistive technology, as the fact box's links do, not as "[3]". */
const footnoteLinksPlugin = defineHastPlugin({
  name: 'footnote-links',
  element: {
    filter: ['a'],
    visit(node, context) {
      const number = SOURCE_NOTE.exec(String(node.properties?.href ?? ''))?.[1];
      if (number === undefined) return;
      context.setProperty(node, 'ariaLabel', `Source ${number}`);
      context.setProperty(node, 'className', ['footnote-ref']);
    },
  },
});

/**
 * The content allow-list on the HTML tree: raw HTML (kept by the parser as opaque `raw` nodes) and images are
 * dropped, and a link to any address but https:, mailto:, relative or #fragment keeps its text and loses its link.
 * It runs before the other plugins see links, so nothing downstream marks up a link that is about to go.
 */
const contentAllowListPlugin = defineHastPlugin({
  name: 'content-allow-list',
  raw(node, context) {
    context.removeNode(node);
  },
  element: [
    {
      filter: ['img'],
      visit(node, context) {
        context.removeNode(node);
      },
    },
    {
      filter: ['a'],
      visit(node, context) {
        const href = node.properties?.href;
        if (typeof href === 'string' && isAllowedHref(href)) return;
        context.replaceNode(node, { type: 'text', value: context.textContent(node) });
      },
    },
  ],
});

/** Astro's `markdown` settings: no code highlighting (the content has no code), external links marked. */
export const markdownSettings = {
  syntaxHighlight: false as const,
  processor: satteri({ hastPlugins: [externalLinksPlugin, footnoteLinksPlugin] }),
};

/**
 * Contributor bodies: the same pipeline, the same parser features as the checks, the allow-list first, and glossary
 * links last, so they see the links (footnote markers among them) that are already there and stay out of them.
 */
const contentProcessor = satteri({
  hastPlugins: [contentAllowListPlugin, externalLinksPlugin, footnoteLinksPlugin, termLinksPlugin],
  features: CONTENT_MARKDOWN_FEATURES,
});

/** A heading of a rendered body: its level, the id its anchor links to, and its text. */
export type MarkdownHeading = { depth: number; slug: string; text: string };

export type RenderedMarkdown = { html: string; headings: MarkdownHeading[] };

let renderer: ReturnType<typeof contentProcessor.createRenderer> | undefined;

/**
 * Renders a contributor's Markdown body to safe HTML with heading ids, as Astro's own Markdown pipeline would. With
 * `sourceNumbers`, footnote markers (`[^source-id]`) become numbered links to the page's source list; with
 * `termLinks`, the first mention of each glossary term links to it (src/lib/term-links.ts).
 */
export async function renderMarkdown(
  body: string,
  sourceNumbers?: ReadonlyMap<string, number>,
  termLinks?: PageTermLinks,
): Promise<RenderedMarkdown> {
  renderer ??= contentProcessor.createRenderer({ syntaxHighlight: markdownSettings.syntaxHighlight });
  // The render's data bag is the only per-document channel into a plugin; Astro fills it from `frontmatter`.
  const frontmatter = termLinks ? { [TERM_LINKS_KEY]: termLinkState(termLinks) } : undefined;
  const { code, metadata } = await (await renderer).render(sourceNumbers ? linkFootnotes(body, sourceNumbers) : body, { frontmatter });
  return { html: code, headings: metadata.headings.map(({ depth, slug, text }) => ({ depth, slug, text })) };
}
