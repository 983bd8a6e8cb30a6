/**
 * axe-core (WCAG 2.0–2.2 A/AA and best practice) on every URL of the sitemap in the light theme, and on one page of
 * each template in the dark theme, where colour contrast differs; each page is also checked to load cleanly. The one place axe audits whole pages: other files
 * audit only states a page reaches through interaction (search results open, a comparison drawn).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { axeViolations, preloadAxe } from './axe.ts';
import { DIST, useSite } from './site.ts';

const site = useSite();
const paths = [...readFileSync(`${DIST}/sitemap.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);

/** One page per template: "/agreements/x/" stands for every agreement page; top-level pages are templates each. */
const templateOf = (path: string) => (path.split('/').filter(Boolean).length === 2 ? path.replace(/[^/]+\/$/, '*/') : path);
const templatePaths = [...new Map(paths.map((path) => [templateOf(path), path])).values()];

/**
 * Audits each page with axe and, since every page is loaded here anyway, checks it loads cleanly: status 200, no
 * console error, no failed request, and the parts every template shares (one h1, the main landmark, the skip link and
 * the main navigation).
 */
async function auditAll(scheme: 'light' | 'dark', queue: string[]): Promise<string[]> {
  const context = await site.browser().newContext({ colorScheme: scheme });
  await preloadAxe(context);
  const page = await context.newPage();
  const failures: string[] = [];
  let current = '';
  page.on('console', (message) => {
    if (message.type() === 'error') failures.push(`${scheme} ${current}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => failures.push(`${scheme} ${current}: page error: ${error.message}`));
  page.on('requestfailed', (request) => failures.push(`${scheme} ${current}: request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${scheme} ${current}: HTTP ${response.status()}: ${response.url()}`);
  });
  // Tabs take the next page from a queue they share, so they all finish at about the same time.
  for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
    current = path;
    await page.goto(site.url(path), { waitUntil: 'load' });
    const shape = await page.evaluate(() =>
      [
        document.querySelectorAll('h1').length === 1 ? '' : 'not exactly one h1',
        document.querySelectorAll('main#main').length === 1 ? '' : 'no main#main',
        document.querySelectorAll('a.skip-link[href="#main"]').length === 1 ? '' : 'no skip link',
        document.querySelectorAll('nav[aria-label="Main"]').length === 1 ? '' : 'no main navigation',
      ].filter(Boolean),
    );
    for (const problem of shape) failures.push(`${scheme} ${path}: ${problem}`);
    // Open every disclosure (citation formats, notes, collapsed timelines) so axe checks what they hide too.
    await page.evaluate(() => document.querySelectorAll('details').forEach((details) => (details.open = true)));
    for (const violation of await axeViolations(page)) failures.push(`${scheme} ${path}: ${violation}`);
  }
  await context.close();
  return failures;
}

describe('accessibility (axe-core)', () => {
  it('covers the whole sitemap', () => {
    expect(paths.length).toBeGreaterThan(20);
    for (const path of ['/', '/agreements/', '/terms/', '/countries/', '/cases/', '/about/', '/search/', '/compare/', '/timeline/', '/map/', '/data/', '/transfers/']) {
      expect(paths, path).toContain(path);
    }
    for (const folder of ['agreements', 'terms', 'countries', 'cases']) expect(paths.some((path) => path.startsWith(`/${folder}/`) && path.split('/').length === 4), folder).toBe(true);
  });

  // Three tabs at once, two on the light sitemap and one on the dark templates, each taking the next page from its
  // queue: the audit uses both cores of a small machine while other test files wait on the browser, and when the dark
  // templates are done their tab helps with the light pages.
  it('finds no violation on any page in the light theme, nor on any template in the dark theme', async () => {
    expect(templatePaths.length).toBeGreaterThan(8);
    const light = [...paths];
    const dark = [...templatePaths];
    const darkThenLight = async () => [...(await auditAll('dark', dark)), ...(await auditAll('light', light))];
    const results = await Promise.all([auditAll('light', light), auditAll('light', light), darkThenLight()]);
    expect(light).toEqual([]);
    expect(results.flat()).toEqual([]);
  }, 600_000);
});
