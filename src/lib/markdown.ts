/**
 * One Markdown pipeline for every body on the site: astro.config.mjs hands these settings to Astro (for .mdx pages)
 * and content pages render their bodies through {@link renderMarkdown}, built from the very same processor.
 * Bodies are rendered when their page is built, not when content is loaded, so the content store carries source text
 * only: at 10,000 agreements pre-rendered HTML was over half of the store Astro bundles into the build.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { defineHastPlugin } from 'satteri';
import { externalLinksPlugin } from './external-links.ts';
import { linkFootnotes } from './footnotes.ts';

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

/** Astro's `markdown` settings: no code highlighting (the content has no code), external links marked. */
export const markdownSettings = {
  syntaxHighlight: false as const,
  processor: satteri({ hastPlugins: [externalLinksPlugin, footnoteLinksPlugin] }),
};

/** A heading of a rendered body: its level, the id its anchor links to, and its text. */
export type MarkdownHeading = { depth: number; slug: string; text: string };

export type RenderedMarkdown = { html: string; headings: MarkdownHeading[] };

let renderer: ReturnType<typeof markdownSettings.processor.createRenderer> | undefined;

/**
 * Renders a Markdown body to HTML with heading ids, as Astro's own Markdown pipeline would. With `sourceNumbers`,
 * footnote markers (`[^source-id]`) become numbered links to the page's source list.
 */
export async function renderMarkdown(body: string, sourceNumbers?: ReadonlyMap<string, number>): Promise<RenderedMarkdown> {
  renderer ??= markdownSettings.processor.createRenderer({ syntaxHighlight: markdownSettings.syntaxHighlight });
  const { code, metadata } = await (await renderer).render(sourceNumbers ? linkFootnotes(body, sourceNumbers) : body);
  return { html: code, headings: metadata.headings.map(({ depth, slug, text }) => ({ depth, slug, text })) };
}
