/**
 * Markdown bodies: every link that leaves the site gets rel="noopener noreferrer", so a contributor's link can neither
 * reach back into this page nor pass on where the reader came from. A Sätteri hast plugin (Astro 7's Markdown
 * processor); the rule itself is the pure function below.
 */
import { defineHastPlugin } from 'satteri';

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i;

/** True for an address on another site: absolute (https://, http://) or protocol-relative (//host). */
export function isExternalHref(href: unknown): href is string {
  return typeof href === 'string' && EXTERNAL.test(href);
}

export const externalLinksPlugin = defineHastPlugin({
  name: 'external-links-noopener',
  element: {
    filter: ['a'],
    visit(node, context) {
      if (isExternalHref(node.properties?.href)) context.setProperty(node, 'rel', ['noopener', 'noreferrer']);
    },
  },
});
