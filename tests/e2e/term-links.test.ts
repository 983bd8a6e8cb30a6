/**
 * Glossary links in prose, in a real browser: an agreement's first mention of a term links to the term's page, and the
 * term's definition is its accessible description, shown on keyboard focus and on hover (and while the pointer rests on
 * it), dismissed by Escape, inside a 360px screen; axe finds nothing wrong with a tooltip open in either theme.
 */
import { readFileSync } from 'node:fs';
import jsYaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import type { Locator } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { useSite } from './site.ts';

const site = useSite();

/** The one-line definition, as the term's file gives it. */
function definitionOf(termId: string): string {
  const file = readFileSync(`content/terms/${termId}.md`, 'utf8');
  return (jsYaml.load(/^---\n([\s\S]*?)\n---/.exec(file)![1]) as { definition: string }).definition;
}

/** The tooltip a link names with aria-describedby, checked to be a tooltip. */
async function tooltipOf(link: Locator): Promise<Locator> {
  const ids = (await link.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
  expect(ids).toHaveLength(1);
  const tooltip = link.page().locator(`[id="${ids[0]}"]`);
  expect(await tooltip.getAttribute('role')).toBe('tooltip');
  return tooltip;
}

describe('glossary term links', () => {
  it('link the first mention of "non-refoulement" on an agreement page, with its definition shown on focus and hover', async () => {
    const context = await site.browser().newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(site.url('/agreements/uk-rwanda-2022/'), { waitUntil: 'load' });
    const links = page.locator('.prose a[href="/terms/non-refoulement/"]');
    expect(await links.count()).toBe(1);
    const link = links.first();
    expect((await link.textContent())?.toLowerCase()).toMatch(/refoulement/);
    const tooltip = await tooltipOf(link);
    expect((await tooltip.textContent())?.trim()).toBe(definitionOf('non-refoulement'));
    expect(await tooltip.isVisible()).toBe(false);

    // Keyboard: Tab onto the link from the element before it in the tab order.
    await link.evaluate((element) => {
      const focusable = [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, summary')];
      focusable[focusable.indexOf(element as HTMLElement) - 1].focus();
    });
    await page.keyboard.press('Tab');
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    expect(await tooltip.isVisible()).toBe(true);
    const box = (await tooltip.boundingBox())!;
    const linkBox = (await link.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    // Below the link's line, so it never hides the term it explains.
    expect(box.y).toBeGreaterThan(linkBox.y + linkBox.height / 2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);

    // Escape dismisses it without moving focus; coming back to the link with the keyboard brings it back.
    await page.keyboard.press('Escape');
    expect(await tooltip.isVisible()).toBe(false);
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await tooltip.isVisible()).toBe(true);

    await link.evaluate((element) => (element as HTMLElement).blur());
    expect(await tooltip.isVisible()).toBe(false);

    // Pointer: hovering the link shows it, and moving straight down onto it keeps it open.
    await page.mouse.move(linkBox.x + 2, linkBox.y + linkBox.height / 2);
    expect(await tooltip.isVisible()).toBe(true);
    await page.mouse.move(linkBox.x + 2, box.y + box.height / 2, { steps: 6 });
    expect(await tooltip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await tooltip.isVisible()).toBe(false);
    await page.mouse.move(linkBox.x + 2, box.y + box.height + 40);
    expect(await tooltip.isVisible()).toBe(false);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('pass axe with a tooltip open in the %s theme', async (colorScheme) => {
    const context = await site.browser().newContext({ colorScheme, viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(site.url('/agreements/uk-rwanda-2022/'), { waitUntil: 'load' });
    const link = page.locator('.prose a.term-link').first();
    await link.focus();
    expect(await (await tooltipOf(link)).isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('link other terms from a term page, never the term itself', async () => {
    const context = await site.browser().newContext();
    const page = await context.newPage();
    await page.goto(site.url('/terms/non-refoulement/'), { waitUntil: 'load' });
    const targets = await page.locator('.prose a.term-link').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(targets.length).toBeGreaterThan(0);
    expect(targets).not.toContain('/terms/non-refoulement/');
    expect(new Set(targets).size).toBe(targets.length);
    await context.close();
  });
});
