/**
 * Hostile input never reaches a page, whatever command built it: a plain `astro build` (no validator run first) of the
 * fixture site plus every injection fixture renders each hostile body without any of its markup.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'injection-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Markup no rendered body may contain (the page's own head and scripts are outside the body's section). */
const FORBIDDEN = /<(script|iframe|object|embed|style|form|link|meta|base|svg|math|img|input|button|textarea|video|audio|source|frame)\b|\son[a-z]+\s*=|href="\s*(?!https:|mailto:|\/|#)[a-z][a-z0-9+.-]*:|<!--/i;

describe('a plain astro build of hostile content', () => {
  it('strips every injection fixture from its page', () => {
    const content = join(work, 'content');
    cpSync('tests/fixtures/valid-content', content, { recursive: true });
    const fixtures = readdirSync('tests/fixtures/injection/terms').filter((name) => name.endsWith('.md'));
    expect(fixtures.length).toBeGreaterThanOrEqual(30);
    for (const name of fixtures) cpSync(join('tests/fixtures/injection/terms', name), join(content, 'terms', name));
    const out = join(work, 'dist');
    const build = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out, '--silent'], {
      env: { ...process.env, CONTENT_DIR: content, ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(build.status, build.stderr).toBe(0);
    for (const name of fixtures) {
      const html = readFileSync(join(out, 'terms', name.replace(/\.md$/, ''), 'index.html'), 'utf8');
      const body = /<section class="prose" aria-labelledby="explanation-heading">([\s\S]*?)<\/section>/.exec(html)?.[1];
      expect(body, name).toBeDefined();
      expect(body, name).toContain('A harmless first paragraph.');
      expect(body, name).not.toMatch(FORBIDDEN);
    }
  });
});
