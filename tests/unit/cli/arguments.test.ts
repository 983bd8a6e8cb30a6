/** The command-line tools take only what they document: a bad argument is a usage error, never a crash or an option. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const run = (script: string, args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [`src/cli/${script}.ts`, ...args], { encoding: 'utf8', env: { ...process.env, ...env } });

describe('npm run new', () => {
  it.each([['__proto__', 'x'], ['constructor', 'x'], ['toString', 'y'], ['agreement']])('gives a usage error for %j', (...args) => {
    const result = run('new', args);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^Usage: npm run new/);
  });

  it('refuses to write through a symbolic link, even a dangling one', () => {
    const content = join(work, 'content');
    cpSync('tests/fixtures/valid-content', content, { recursive: true });
    const target = join(work, 'outside.md');
    symlinkSync(target, join(content, 'terms', 'linked-term.md'));
    const result = run('new', ['term', 'linked-term'], { CONTENT_DIR: content });
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/already exists/);
    expect(existsSync(target)).toBe(false);
  });

  it('warns when an agreement id names a country that is not in content/countries/', () => {
    const content = join(work, 'content-warn');
    cpSync('tests/fixtures/valid-content', content, { recursive: true });
    const unknown = run('new', ['agreement', 'testland-atlantis-2026'], { CONTENT_DIR: content });
    expect(unknown.status).toBe(0);
    expect(unknown.stderr).toMatch(/"testland-atlantis" is not <sending>-<receiving> with both in content\/countries\//);
    const known = run('new', ['agreement', 'testland-examplia-2026'], { CONTENT_DIR: content });
    expect(known.stderr).toBe('');
    expect(readFileSync(join(content, 'agreements', 'testland-examplia-2026.md'), 'utf8')).toMatch(/^---\n/);
  });
});

describe('npm run diff', () => {
  it.each([['--output=/tmp/owned'], ['-p'], ['--end-of-options']])('refuses %j as an option, not a revision', (arg) => {
    const result = run('diff', [arg]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is not a revision/);
    expect(existsSync('/tmp/owned')).toBe(false);
  });

  it('refuses a name that is no commit', () => {
    const result = run('diff', ['no-such-branch-anywhere']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/is not a commit in this repository/);
  });

  it('accepts a real revision', () => {
    writeFileSync(join(work, 'marker'), '');
    const result = run('diff', ['HEAD']);
    expect(result.status, result.stderr).toBe(0);
  });
});
