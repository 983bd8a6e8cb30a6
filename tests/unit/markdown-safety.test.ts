/**
 * The content allow-list, both walls: the validator's check names each thing the renderer would drop (with its line),
 * and the renderer drops it whatever ran before. Every hostile form here is parsed by the site's own parser, so the
 * forms that fooled the old line-by-line check (an unmatched backtick run, a backtick in a fence's info string, bare
 * CR line endings, a backslash-escaped scheme, a destination on the next line, definitions inside quotes and lists)
 * are judged exactly as the renderer reads them.
 */
import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup, isAllowedHref } from '../../src/lib/markdown-safety.ts';
import { renderMarkdown } from '../../src/lib/markdown.ts';

/** What no rendered body may contain, whatever the input. */
const FORBIDDEN_OUTPUT = /<(script|iframe|object|embed|style|form|link|meta|base|svg|math|img|input|button|textarea|video|audio|source|frame)\b|\son[a-z]+\s*=|href="\s*(?!https:|mailto:|\/|#)[a-z][a-z0-9+.-]*:/i;

describe('isAllowedHref', () => {
  it.each(['https://www.state.gov/', 'mailto:press@example.org', '/terms/cecot/', '#where-it-stands', 'relative/page/', '//example.org/x'])('allows %s', (href) => {
    expect(isAllowedHref(href)).toBe(true);
  });

  it.each(['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:x', '\u0001javascript:x', 'data:text/html,x', 'vbscript:x', 'http://example.org/', 'file:///etc/passwd', 'https://[bad'])(
    'refuses %j',
    (href) => {
      expect(isAllowedHref(href)).toBe(false);
    },
  );
});

describe('plain Markdown passes both walls untouched', () => {
  const markdown = [
    '## Background',
    'A [link](https://www.state.gov/) and <https://example.org/a>, a [relative](/terms/cecot/) one, an [anchor](#x).',
    'Code: `<script>` is shown, not run.',
    '```',
    '<iframe src="x"></iframe>',
    '```',
    'Less-than signs in prose: 3 < 5 and a > b. Braces {like this} and import statements are just text in Markdown.',
    '',
    '| Country | Count |',
    '| --- | --- |',
    '| Eswatini | 15 |',
  ].join('\n');

  it('has nothing to report', () => {
    expect(findUnsafeMarkup(markdown)).toEqual([]);
  });

  it('renders its links and code', async () => {
    const { html } = await renderMarkdown(markdown);
    expect(html).toContain('<a href="https://www.state.gov/" rel="noopener noreferrer">link</a>');
    expect(html).toContain('<a href="/terms/cecot/">relative</a>');
    expect(html).toContain('<code>&lt;script&gt;</code>');
    expect(html).toMatch(/<pre><code>&lt;iframe src=(&quot;|")x(&quot;|")&gt;/);
    expect(html).toContain('<td>Eswatini</td>');
  });
});

/** Hostile bodies: [description, body (payload on line 3), message the check must give]. */
const hostile: [string, string, RegExp][] = [
  ['a script tag', '<script>alert(1)</script>', /raw HTML <script>/],
  ['an upper-case script tag', '<SCRIPT src=x></SCRIPT>', /raw HTML <script>/],
  ['an iframe', '<iframe src="https://x"></iframe>', /raw HTML <iframe>/],
  ['an object', '<object data="x"></object>', /raw HTML <object>/],
  ['an embed', '<embed src="x">', /raw HTML <embed>/],
  ['a style block', '<style>body{display:none}</style>', /raw HTML <style>/],
  ['a form', '<form action="https://x"><button>Go</button></form>', /raw HTML <form>/],
  ['a meta refresh', '<meta http-equiv="refresh" content="0;url=https://evil.example/">', /raw HTML <meta>/],
  ['a base element', '<base href="https://evil.example/">', /raw HTML <base>/],
  ['inline SVG', '<svg onload="alert(1)"><circle r="1"/></svg>', /event-handler attribute in <svg>/],
  ['an event handler', '<a href="https://x" onclick="steal()">x</a>', /event-handler attribute in <a>/],
  ['a harmless-looking span', 'Text <span>harmless?</span> more', /raw HTML <span>/],
  ['an HTML comment', '<!-- hidden -->', /raw HTML is not allowed/],
  ['HTML in a list', '- item <img src=x onerror=alert(1)>', /event-handler attribute in <img>/],
  ['HTML in a quote', '> quoted <script>alert(1)</script>', /raw HTML <script>/],
  ['HTML in a table cell', '| a |\n| --- |\n| <script>x</script> |', /raw HTML <script>/],
  ['an image', '![chart](https://example.org/x.png)', /images are not allowed/],
  ['an image by reference', '![chart][c]\n\n[c]: https://example.org/x.png', /images are not allowed/],
  ['a javascript: link', '[x](javascript:alert(1))', /"javascript:" address/],
  ['a mixed-case scheme', '[x](JaVaScRiPt:alert(1))', /"javascript:" address/],
  ['an entity-encoded scheme', '[x](jav&#x61;script:alert(1))', /"javascript:" address/],
  ['an entity-encoded colon', '[x](javascript&#58;alert(1))', /"javascript:" address/],
  ['a backslash-escaped colon', '[x](javascript\\:alert(1))', /"javascript:" address/],
  ['a data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', /"data:" address/],
  ['an http: link', '[x](http://example.org/)', /"http:" address/],
  ['a destination on the next line', '[x](\njavascript:alert(1))', /"javascript:" address/],
  ['a reference definition', '[x][r]\n\n[r]: javascript:alert(1)', /"javascript:" address/],
  ['a definition whose destination is on the next line', '[x][r]\n\n[r]:\n  javascript:alert(1)', /"javascript:" address/],
  ['a definition inside a quote', '[x][r]\n\n> [r]: javascript:alert(1)', /"javascript:" address/],
  ['a definition inside a list', '[x][r]\n\n- [r]: javascript:alert(1)', /"javascript:" address/],
  ['an autolink with a script scheme', '<javascript:alert(1)>', /"javascript:" address/],
  ['a link title holding HTML', '[x](javascript:alert(1) "<script>")', /"javascript:" address/],
  ['an unmatched backtick run before HTML', '``` not a fence ` <script>alert(1)</script>', /raw HTML <script>/],
  ['a fence whose info string holds a backtick', '```js`\n<script>alert(1)</script>', /raw HTML <script>/],
  ['bare CR line endings', 'fine\r<script>alert(1)</script>', /raw HTML <script>/],
  ['a footnote definition', 'Claim.[^a]\n\n[^a]: a note', /footnote definition/],
];

describe('hostile Markdown', () => {
  for (const [name, payload, message] of hostile) {
    const body = `First line.\n\n${payload}\n`;

    it(`${name}: the check names it, with its line`, () => {
      const problems = findUnsafeMarkup(body, 10);
      expect(problems.length, `nothing reported for ${JSON.stringify(payload)}`).toBeGreaterThan(0);
      const match = problems.find((problem) => message.test(problem.message));
      expect(match, problems.map((problem) => `${problem.line} ${problem.message}`).join('\n')).toBeDefined();
      expect(match!.line).toBeGreaterThanOrEqual(12);
    });

    it(`${name}: the renderer drops it`, async () => {
      const { html } = await renderMarkdown(body);
      expect(html).not.toMatch(FORBIDDEN_OUTPUT);
      // A dropped link keeps its words as plain text; nothing else of the payload may remain as markup.
      expect(html).not.toMatch(/<span>|<!--|href="javascript/i);
    });
  }
});

describe('cost', () => {
  it('reads a 1 MB body in one pass', () => {
    const big = `${'Plain sentence with a [link](https://example.org/) in it. '.repeat(17_000)}\n<script>x</script>\n`;
    const problems = findUnsafeMarkup(big);
    expect(problems).toHaveLength(1);
    expect(problems[0].line).toBe(2);
  });
});
