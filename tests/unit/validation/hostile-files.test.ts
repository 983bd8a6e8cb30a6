/**
 * Broken and hostile files: each is refused with a clear error naming the file (and line where there is one), quickly,
 * and one run over a file with many mistakes reports every one of them.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, MAX_YAML_VALUES, parseContentFile, readContent } from '../../../src/lib/content-files.ts';
import { validateContent } from '../../../src/lib/validation/index.ts';

const work = mkdtempSync(join(tmpdir(), 'hostile-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A copy of the valid fixtures with `files` added (path relative to the content folder → text or bytes). */
function contentWith(name: string, files: Record<string, string | Buffer>): string {
  const dir = join(work, name);
  cpSync('tests/fixtures/valid-content', dir, { recursive: true });
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

const validSource = readFileSync('tests/fixtures/valid-content/sources/gazette-2025-01-10-testland-deal.yaml', 'utf8');
const validTerm = `---\nterm: Test term\ndefinition: A fixture term with a plain definition that is long enough to pass.\nsources: [gazette-2025-01-10-testland-deal]\n---\nA plain explanation.[^gazette-2025-01-10-testland-deal]\n`;

/** Errors for the files under `folder`, after the rest of the fixture set validated clean. */
function errorsFor(dir: string, folder: string) {
  return validateContent(readContent(dir)).errors.filter((error) => error.file.includes(`/${folder}`));
}

/** Runs `task` under a generous watchdog: a quadratic or exponential path would take minutes, not this long. */
function withinSeconds<T>(seconds: number, task: () => T): T {
  const started = performance.now();
  const result = task();
  expect((performance.now() - started) / 1000).toBeLessThan(seconds);
  return result;
}

describe('one validator pass tells the whole truth', () => {
  it('reports all of a file’s ten-plus mistakes in one run: schema, references, file name and body', () => {
    const dir = join(work, 'ten');
    cpSync('tests/fixtures/valid-content', dir, { recursive: true });
    cpSync('tests/fixtures/ten-mistakes/agreements', join(dir, 'agreements'), { recursive: true });
    const errors = validateContent(readContent(dir)).errors;
    expect(errors.every((error) => error.file.endsWith('agreements/testland-examplia-1999.md'))).toBe(true);
    const fields = errors.map((error) => error.field);
    for (const field of ['summary', 'status.value', 'dates.signed.value', 'cap.value.count', 'payments[0].value.currency', 'parties.value.receiving[0]', 'leverage.sources[0]', 'legalChallenges[0]', 'stipned', '(body)', '(file name)']) {
      expect(fields, field).toContain(field);
    }
    expect(errors.length).toBeGreaterThanOrEqual(10);
    // Plain words, not the schema library's: no "Too small", no ">=" inside a sentence about text.
    expect(errors.map((error) => error.message).join('\n')).not.toMatch(/Too (small|big)|>=\d/);
  });
});

describe('resource limits', () => {
  it(`refuses a YAML alias bomb before anything walks it (more than ${MAX_YAML_VALUES} values)`, () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) levels.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const bomb = `${levels.join('\n')}\ntitle: Bomb\n`;
    const file = withinSeconds(1, () => parseContentFile('sources', 'content/sources/bomb.yaml', bomb));
    expect(file.data).toBeUndefined();
    expect(file.problems[0].message).toMatch(/expands to more than 20,000 values/);
  });

  it('refuses a 1 MB file unread, quickly, naming its size', () => {
    const title = 'A'.repeat(1024 * 1024);
    const dir = contentWith('huge', { 'terms/huge.md': validTerm.replace('term: Test term', `term: ${title}`) });
    const errors = withinSeconds(5, () => errorsFor(dir, 'terms/huge.md'));
    expect(errors).toHaveLength(1);
    expect(errors[0].message).toMatch(new RegExp(`a content file may be at most ${MAX_FILE_BYTES / 1024} KB`));
  });

  it('refuses a 100 KB field by its length, quickly', () => {
    const dir = contentWith('long', { 'terms/long-field.md': validTerm.replace('term: Test term', `term: ${'A'.repeat(100 * 1024)}`) });
    const errors = withinSeconds(5, () => errorsFor(dir, 'terms/long-field.md'));
    expect(errors.map((error) => `${error.field} ${error.message}`)).toContainEqual('term expected at most 120 characters (found 102400)');
  });
});

describe('text hygiene', () => {
  it('refuses invalid UTF-8 instead of replacing it', () => {
    const bytes = Buffer.concat([Buffer.from(validTerm.slice(0, 20)), Buffer.from([0xc3, 0x28]), Buffer.from(validTerm.slice(20))]);
    const errors = errorsFor(contentWith('utf8', { 'terms/bad-bytes.md': bytes }), 'terms/bad-bytes.md');
    expect(errors.map((error) => error.message)).toEqual(['the file is not valid UTF-8 text; save it as UTF-8']);
  });

  it('refuses a bidirectional control character in a title, and a zero-width one in a name', () => {
    const dir = contentWith('bidi', {
      'terms/bidi-term.md': validTerm.replace('term: Test term', 'term: "Test \u202Emret"'),
      'terms/zero-width.md': validTerm.replace('term: Test term', 'term: "Test\u200Bterm"'),
    });
    expect(errorsFor(dir, 'terms/bidi-term.md').map((error) => `${error.field}:${error.line} ${error.message}`)).toEqual([
      'term:2 contains an invisible bidirectional control character (U+202E); delete it',
    ]);
    expect(errorsFor(dir, 'terms/zero-width.md').map((error) => error.field)).toEqual(['term']);
  });

  it('refuses a bidirectional control character in prose', () => {
    const dir = contentWith('bidi-body', { 'terms/bidi-body.md': validTerm.replace('A plain explanation.', 'A plain \u2066explanation.') });
    const [error] = errorsFor(dir, 'terms/bidi-body.md');
    expect(error.field).toBe('(body)');
    expect(error.line).toBe(6);
    expect(error.message).toMatch(/U\+2066/);
  });

  it('refuses publication and access dates after today', () => {
    const future = validSource.replace(/published: .*/, 'published: 2999-01-01').replace(/accessed: .*/, 'accessed: 2999-01-02');
    const errors = errorsFor(contentWith('future', { 'sources/future.yaml': future }), 'sources/future.yaml');
    expect(errors.map((error) => error.field).sort()).toEqual(['(file)', 'accessed', 'published']);
    expect(errors.find((error) => error.field === 'published')!.message).toMatch(/on or before today/);
  });

  it('refuses symbolic links and folders named like content files, and never follows them', () => {
    const dir = contentWith('links', {});
    writeFileSync(join(work, 'outside.md'), validTerm);
    symlinkSync(join(work, 'outside.md'), join(dir, 'terms', 'linked.md'));
    mkdirSync(join(dir, 'terms', 'folder.md'));
    writeFileSync(join(dir, 'terms', 'folder.md', 'inner.md'), validTerm);
    const errors = validateContent(readContent(dir)).errors;
    expect(errors.find((error) => error.file.endsWith('terms/linked.md'))?.message).toMatch(/symbolic link/);
    expect(errors.find((error) => error.file.endsWith('terms/folder.md'))?.message).toMatch(/folder named like a content file/);
    expect(errors.some((error) => error.file.includes('inner.md'))).toBe(false);
  });
});
