import { describe, expect, it } from 'vitest';
import { parseContentFile } from '../../src/lib/content-files.ts';

const text = ['---', 'title: A', 'dates:', '  signed:', '    value: 2025-06-01', 'list:', '  - a', '  - b', '---', '', 'Body line'].join('\n');

describe('parseContentFile', () => {
  const file = parseContentFile('agreements', 'content/agreements/x-y-2025.md', text);
  it('reads frontmatter, keeps dates as written, and finds the body', () => {
    expect(file.id).toBe('x-y-2025');
    expect(file.data).toEqual({ title: 'A', dates: { signed: { value: '2025-06-01' } }, list: ['a', 'b'] });
    expect(file.body.trim()).toBe('Body line');
    expect(file.bodyLine).toBe(10);
  });
  it('maps field paths to file lines', () => {
    expect(file.lineOf(['title'])).toBe(2);
    expect(file.lineOf(['dates', 'signed', 'value'])).toBe(5);
    expect(file.lineOf(['list', 1])).toBe(8);
    expect(file.lineOf(['dates', 'missing'])).toBe(3);
  });
  it('reports unreadable files instead of throwing', () => {
    expect(parseContentFile('sources', 'a.yaml', 'title: [').problems[0].message).toMatch(/could not be read/);
    expect(parseContentFile('sources', 'a.yaml', '- just\n- a list\n').problems[0].message).toMatch(/mapping of fields/);
    expect(parseContentFile('terms', 'a.md', 'no frontmatter').problems[0].message).toMatch(/frontmatter/);
  });
});
