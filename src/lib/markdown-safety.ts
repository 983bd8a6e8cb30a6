/**
 * Contributor Markdown is data, never code. What a body may produce is an allow-list: the elements plain Markdown
 * makes (paragraphs, headings, lists, quotes, tables, emphasis, code, links), and links only to https:, mailto:,
 * relative or fragment addresses. No raw HTML, no images.
 *
 * Both walls read the tree of the one parser the site renders with (Sätteri), never the source text line by line, so
 * they cannot disagree with the renderer about what is a link or a tag:
 * - {@link findUnsafeMarkup} walks the Markdown tree (with positions) and names each thing the renderer would drop,
 *   with its line, for the validator;
 * - the sanitising step in src/lib/markdown.ts drops the same things from the HTML tree whenever a body is rendered,
 *   in `astro build` and `astro dev` alike, whether or not the validator ran.
 */
import { markdownToMdast } from 'satteri';

export type MarkupProblem = { line: number; message: string };

/** Parser features of content bodies: the same for the renderer and the checks (GFM, smart punctuation). */
export const CONTENT_MARKDOWN_FEATURES = { gfm: true, smartPunctuation: true } as const;

const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);

/** A base for resolving relative links: any relative or fragment address resolves to an https: URL. */
const RELATIVE_BASE = 'https://relative.invalid/';

/**
 * True when a link target is allowed: https:, mailto:, or a relative or fragment address. The address is parsed the
 * way a browser parses it (the WHATWG URL parser: control characters, tabs and newlines ignored, case folded), so
 * "JaVa\tScRiPt:" or an entity-decoded scheme cannot slip past as something else.
 */
export function isAllowedHref(href: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(href, RELATIVE_BASE).protocol);
  } catch {
    return false;
  }
}

/** The scheme a reader would see in an error message ("javascript:"), or the address itself when it has none. */
function schemeOf(href: string): string {
  try {
    return new URL(href, RELATIVE_BASE).protocol;
  } catch {
    return href.slice(0, 40);
  }
}

type MdastNode = {
  type: string;
  url?: string;
  value?: string;
  children?: MdastNode[];
  position?: { start: { line: number } };
};

/** The tag a raw HTML fragment opens or closes, for the message ("<script>"). */
function describeHtml(value: string): string {
  const tag = /^<\/?\s*([a-z][a-z0-9-]*)/i.exec(value.trim())?.[1]?.toLowerCase();
  if (!tag) return 'raw HTML is not allowed in content; write plain Markdown';
  if (/\son[a-z]+\s*=/i.test(value)) return `an event-handler attribute in <${tag}> is not allowed (raw HTML); write plain Markdown`;
  return `raw HTML <${tag}> is not allowed in content; write plain Markdown`;
}

function problemOf(node: MdastNode): string | undefined {
  switch (node.type) {
    case 'html':
      return describeHtml(node.value ?? '');
    case 'image':
    case 'imageReference':
      return 'images are not allowed in content; link to the source instead';
    case 'link':
    case 'definition':
      if (node.url !== undefined && !isAllowedHref(node.url)) {
        return `link with a "${schemeOf(node.url)}" address is not allowed; use an https:// link, a relative link or a #fragment`;
      }
      return undefined;
    case 'footnoteDefinition':
      return 'a footnote definition ("[^id]: …") is not used here: cite a source with [^source-id] after the sentence, and describe the source in content/sources/';
    default:
      return undefined;
  }
}

/**
 * Everything in a Markdown body that the renderer would drop, with its line; `firstLine` is the file line the body
 * starts on. Linear in the size of the body: one parse, one walk.
 */
export function findUnsafeMarkup(markdown: string, firstLine = 1): MarkupProblem[] {
  if (!markdown.trim()) return [];
  const root = markdownToMdast(markdown, { features: CONTENT_MARKDOWN_FEATURES, position: true }) as MdastNode;
  const problems: MarkupProblem[] = [];
  const stack: MdastNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    const message = problemOf(node);
    if (message) problems.push({ line: firstLine + (node.position?.start.line ?? 1) - 1, message });
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return problems.sort((a, b) => a.line - b.line);
}
