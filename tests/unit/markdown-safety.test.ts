import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../src/lib/markdown-safety.ts';

describe('findUnsafeMarkup', () => {
  it('passes plain Markdown, autolinks and code that shows HTML', () => {
    const markdown = [
      '## Background',
      'A [link](https://www.state.gov/) and <https://example.org/a>, a [relative](/terms/cecot/) one, an [anchor](#x).',
      'Code: `<script>` is shown, not run.',
      '```',
      '<iframe src="x"></iframe>',
      '```',
      'Less-than signs in prose: 3 < 5 and a > b.',
    ].join('\n');
    expect(findUnsafeMarkup(markdown)).toEqual([]);
  });

  it.each([
    ['<script>alert(1)</script>', /<script>/],
    ['<SCRIPT src=x></SCRIPT>', /<script>/],
    ['<iframe src="https://x"></iframe>', /<iframe>/],
    ['<object data="x"></object>', /<object>/],
    ['<embed src="x">', /<embed>/],
    ['<style>body{}</style>', /<style>/],
    ['<form action="x"><button>Go</button></form>', /<form>/],
    ['<a href="https://x" onclick="steal()">x</a>', /event-handler/],
    ['<div onmouseover=alert(1)>x</div>', /event-handler/],
    ['<span>harmless?</span>', /raw HTML <span>/],
    ['[x](javascript:alert(1))', /"javascript:"/],
    ['[x](JaVaScRiPt:alert(1))', /"javascript:"/],
    ['[x](jav&#x61;script:alert(1))', /"javascript:"/],
    ['[x](data:text/html;base64,PHNjcmlwdD4=)', /"data:"/],
    ['[x]: javascript:alert(1)', /"javascript:"/],
    ['<javascript:alert(1)>', /"javascript:"/],
    ["import X from './x.astro';", /import\/export/],
    ['export const y = 1;', /import\/export/],
    ['Total {props.count} people', /MDX expressions/],
  ])('rejects %s', (line, message) => {
    const problems = findUnsafeMarkup(`First line.\n\n${line}`, 10);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems[0].line).toBe(12);
    expect(problems[0].message).toMatch(message);
  });
});
