/** A build that fails part-way leaves the previous output untouched: nothing half-written is ever served. */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'atomic-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a failed plain `astro build`', () => {
  it('keeps the last good output and leaves no half-written folder in its place', () => {
    const content = join(work, 'content');
    cpSync('tests/fixtures/valid-content', content, { recursive: true });
    // A file the loader refuses: the build stops while loading content.
    writeFileSync(join(content, 'terms', 'broken.md'), '---\nterm: [unclosed\n---\nText.\n');
    const out = join(work, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'index.html'), 'the last good build');
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out, '--silent'], {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(/terms\/broken\.md/);
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('the last good build');
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(existsSync(join(work, 'dist', 'agreements'))).toBe(false);
  });
});
