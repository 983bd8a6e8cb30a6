/**
 * axe-core (WCAG 2.0–2.2 A/AA and best practice) on every URL of the sitemap in the light theme, and on one page of
 * each template in the dark theme, where colour contrast differs. The one place axe audits whole pages: other files
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

async function auditAll(scheme: 'light' | 'dark', list: string[]): Promise<string[]> {
  const context = await site.browser().newContext({ colorScheme: scheme });
  await preloadAxe(context);
  const page = await context.newPage();
  const failures: string[] = [];
  for (const path of list) {
    await page.goto(site.url(path), { waitUntil: 'load' });
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
    expect(paths).toContain('/compare/');
  });

  // The sitemap is audited in two halves at once, each in its own tab, so the audit can use both cores of a small
  // machine while other test files wait on the browser.
  const halves = [paths.filter((_, i) => i % 2 === 0), paths.filter((_, i) => i % 2 === 1)];
  it.concurrent.each(halves.map((half, i) => [i + 1, half] as const))(
    'finds no violation on any page in the light theme (half %i of the sitemap)',
    async (_, half) => {
      expect(await auditAll('light', half)).toEqual([]);
    },
    600_000,
  );

  it.concurrent('finds no violation on any template in the dark theme', async () => {
    expect(templatePaths.length).toBeGreaterThan(8);
    expect(await auditAll('dark', templatePaths)).toEqual([]);
  }, 300_000);
});
