/**
 * The release address: the tested build carries the configured address and no placeholder, and a build that would
 * publish a placeholder stops before writing anything.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { siteAddress, siteAddressProblems } from '../../src/site/address.ts';
import { DIST } from './site.ts';

const TEXT_FILE = /\.(html|xml|json|txt|csv|webmanifest)$/;
function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? textFiles(join(dir, entry.name)) : TEXT_FILE.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

const work = mkdtempSync(join(tmpdir(), 'site-address-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('the built site address', () => {
  it('is the configured one in canonical links, the sitemap, robots.txt and correction links', () => {
    expect(siteAddressProblems).toEqual([]);
    const home = readFileSync(join(DIST, 'index.html'), 'utf8');
    expect(home).toContain(`<link rel="canonical" href="${siteAddress.siteUrl}"`);
    expect(readFileSync(join(DIST, 'sitemap.xml'), 'utf8')).toContain(`<loc>${siteAddress.siteUrl}agreements/</loc>`);
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${siteAddress.siteUrl}sitemap.xml`);
    expect(readFileSync(join(DIST, 'terms', 'non-refoulement', 'index.html'), 'utf8')).toContain(`${siteAddress.repositoryUrl}/issues/new?`);
  });

  it('names no placeholder address on any page, feed or download', () => {
    const files = textFiles(DIST);
    expect(files.length).toBeGreaterThan(50);
    const offending = files.filter((file) => /example\.(org|com|net)|NOT-CONFIGURED/.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });

  it('stops a build that would publish the placeholder, naming it, before anything is written', () => {
    const out = join(work, 'dist');
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', out, '--silent'], {
      env: { ...process.env, SITE_URL: 'https://migration-agreements.example.org', ASTRO_TELEMETRY_DISABLED: '1' },
      encoding: 'utf8',
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toContain('"https://migration-agreements.example.org" is a placeholder');
    expect(existsSync(out)).toBe(false);
  });
});
