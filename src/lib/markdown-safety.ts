/**
 * Contributor Markdown is data, never code: no raw HTML and no link that runs script. The rule is an allow-list
 * (plain Markdown, https/http/mailto/relative links) because block-lists of tags and schemes are always one short.
 */

export type MarkupProblem = { line: number; message: string };

const ALLOWED_SCHEMES = new Set(['https', 'http', 'mailto']);
const DANGEROUS_TAGS = new Set(['script', 'iframe', 'object', 'embed', 'style', 'form', 'link', 'meta', 'base', 'svg', 'math', 'frame', 'frameset', 'applet', 'input', 'button', 'textarea', 'img', 'video', 'audio', 'source']);

function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&colon;/gi, ':')
    .replace(/&tab;|&newline;/gi, '');
}

/** Blanks out code spans and fenced blocks (their text is shown, never run), keeping line numbers. */
function withoutCode(markdown: string): string {
  const lines = markdown.split('\n');
  let fence: string | null = null;
  return lines
    .map((line) => {
      const marker = /^\s{0,3}(`{3,}|~{3,})/.exec(line)?.[1];
      if (fence) {
        if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = null;
        return '';
      }
      if (marker) {
        fence = marker;
        return '';
      }
      return line.replace(/(`+)[^`]*?\1/g, (span) => ' '.repeat(span.length));
    })
    .join('\n');
}

function schemeOf(target: string): string | null {
  // Control characters and whitespace inside a scheme are ignored by browsers, so ignore them here too.
  const cleaned = decodeEntities(target).replace(/[\u0000-\u0020\u007f]/g, '');
  const match = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned);
  return match ? match[1].toLowerCase() : null;
}

/** Problems in a Markdown body; `firstLine` is the file line the body starts on. */
export function findUnsafeMarkup(markdown: string, firstLine = 1): MarkupProblem[] {
  const problems: MarkupProblem[] = [];
  withoutCode(markdown)
    .split('\n')
    .forEach((line, index) => {
      const lineNumber = firstLine + index;
      for (const match of line.matchAll(/<(\/?)([a-z][a-z0-9-]*)([^>]*)>?/gi)) {
        const whole = match[0];
        // <https://example.org> is a Markdown autolink, not HTML.
        if (/^<[a-z][a-z0-9+.-]*:[^\s<>]*>$/i.test(whole)) {
          const scheme = schemeOf(whole.slice(1, -1));
          if (scheme && !ALLOWED_SCHEMES.has(scheme)) {
            problems.push({ line: lineNumber, message: `link with a "${scheme}:" address is not allowed; use an https:// link` });
          }
          continue;
        }
        const tag = match[2].toLowerCase();
        const attributes = match[3];
        if (DANGEROUS_TAGS.has(tag)) {
          problems.push({ line: lineNumber, message: `raw HTML <${tag}> is not allowed in content; write plain Markdown` });
        } else if (/\son[a-z]+\s*=/i.test(attributes)) {
          problems.push({ line: lineNumber, message: `an event-handler attribute in <${tag}> is not allowed; write plain Markdown` });
        } else {
          problems.push({ line: lineNumber, message: `raw HTML <${match[1]}${tag}> is not allowed in content; write plain Markdown` });
        }
      }
      const links = [
        ...line.matchAll(/\]\(\s*<?([^)\s>]+)/g),
        ...line.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g),
      ];
      for (const link of links) {
        const scheme = schemeOf(link[1]);
        if (scheme && !ALLOWED_SCHEMES.has(scheme)) {
          problems.push({ line: lineNumber, message: `link with a "${scheme}:" address is not allowed; use an https:// link` });
        }
      }
      if (/^\s*(import|export)\s/.test(line)) {
        problems.push({ line: lineNumber, message: 'MDX import/export statements are not allowed in content' });
      }
      if (/\{[^}]*\}/.test(line) && /\{\s*[a-z_$][\w$.]*\s*(\(|\})/i.test(line)) {
        problems.push({ line: lineNumber, message: 'MDX expressions in braces are not allowed in content; write plain text' });
      }
    });
  return problems;
}
