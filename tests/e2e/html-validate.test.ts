/**
 * Every built page is valid HTML by html-validate's recommended rules. Two deliberate exceptions: checkbox groups
 * share a name (that is how a form sends several values), and the search popup is an ARIA listbox, which the
 * combobox pattern needs and a native <select> cannot provide.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { DIST } from './site.ts';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : entry.name.endsWith('.html') ? [join(dir, entry.name)] : []));

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    'form-dup-name': ['error', { shared: ['radio', 'checkbox', 'submit', 'button', 'reset'] }],
    'prefer-native-element': ['error', { exclude: ['listbox'] }],
  },
});

describe('html-validate', () => {
  it('finds no error on any built page', async () => {
    const pages = files(DIST);
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const message of result.messages) problems.push(`${file}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(problems).toEqual([]);
  });
});
