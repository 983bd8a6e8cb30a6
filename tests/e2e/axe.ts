/** Runs axe-core in a page. The CSP blocks injected scripts, so axe runs through the DevTools protocol instead. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export type AxeViolation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

export async function axeViolations(page: Page, tags: string[] = AXE_TAGS): Promise<string[]> {
  await page.evaluate(axeSource);
  const violations = (await page.evaluate(
    (runTags) => (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe
      .run(document, { runOnly: { type: 'tag', values: runTags } })
      .then((result) => result.violations),
    tags,
  )) as AxeViolation[];
  return violations.map((violation) => `${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join(', ')}`);
}
