/**
 * One Markdown pipeline for every body on the site: astro.config.mjs hands these settings to Astro (for .mdx pages)
 * and content pages render their bodies through {@link renderMarkdown}, built from the very same processor.
 * Bodies are rendered when their page is built, not when content is loaded, so the content store carries source text
 * only: at 10,000 agreements pre-rendered HTML was over half of the store Astro bundles into the build.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { externalLinksPlugin } from './external-links.ts';

/** Astro's `markdown` settings: no code highlighting (the content has no code), external links marked. */
export const markdownSettings = {
  syntaxHighlight: false as const,
  processor: satteri({ hastPlugins: [externalLinksPlugin] }),
};

/** A heading of a rendered body: its level, the id its anchor links to, and its text. */
export type MarkdownHeading = { depth: number; slug: string; text: string };

export type RenderedMarkdown = { html: string; headings: MarkdownHeading[] };

let renderer: ReturnType<typeof markdownSettings.processor.createRenderer> | undefined;

/** Renders a Markdown body to HTML with heading ids, as Astro's own Markdown pipeline would. */
export async function renderMarkdown(body: string): Promise<RenderedMarkdown> {
  renderer ??= markdownSettings.processor.createRenderer({ syntaxHighlight: markdownSettings.syntaxHighlight });
  const { code, metadata } = await (await renderer).render(body);
  return { html: code, headings: metadata.headings.map(({ depth, slug, text }) => ({ depth, slug, text })) };
}
