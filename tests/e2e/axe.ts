/**
 * Runs axe-core in a page. The CSP blocks injected scripts, so axe runs through the DevTools protocol instead. Only
 * violations are collected in full (`resultTypes`): every rule still runs, but passes are not listed node by node.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { BrowserContext, Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * Makes every page of a context arrive with axe already loaded. Cheaper than injecting it after each load when one
 * context audits many pages (Chromium reuses the compiled script), and it leaves the pages' own scripts alone.
 */
export async function preloadAxe(context: BrowserContext): Promise<void> {
  await context.addInitScript({ content: axeSource });
}

export async function axeViolations(page: Page, tags: string[] = AXE_TAGS): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    (runTags) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: runTags }, resultTypes: ['violations'] })
      .then((result) => result.violations),
    tags,
  )) as AxeViolation[];
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
}
