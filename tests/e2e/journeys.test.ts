/** How readers move through the site: the main navigation, keyboard alone, a 360 px phone, and print. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { navigation } from '../../src/site/config.ts';
import { DIST, useSite } from './site.ts';

const site = useSite();
const firstIn = (folder: string) => readdirSync(`${DIST}/${folder}`, { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;

describe('navigation', () => {
  it('reaches every main section from the home page, marking where the reader is', async () => {
    const page = await site.browser().newPage();
    for (const item of navigation) {
      await page.goto(site.url('/'));
      await page.locator('nav[aria-label="Main"]').getByRole('link', { name: item.label, exact: true }).click();
      await page.waitForURL(`**${item.href}`);
      expect(await page.locator('h1').count(), item.href).toBe(1);
      expect(await page.locator(`nav[aria-label="Main"] a[href="${item.href}"]`).getAttribute('aria-current'), item.href).toBe('page');
    }
    await page.close();
  });
});

describe('keyboard alone', () => {
  it('skips to the content, searches from the header, and follows a source note', async () => {
    const page = await site.browser().newPage();
    await page.goto(site.url('/'));
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).top)).not.toBe('-48px');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    // The header search: Tab reaches it from the top of the page; type, arrow down, Enter.
    await page.goto(site.url('/'));
    for (let step = 0; step < 5 && !(await page.evaluate(() => document.activeElement?.id === 'site-search-input')); step++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.keyboard.type('glossary', { delay: 10 });
    await page.locator('#site-search-listbox [role="option"]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#site-search-listbox [aria-selected="true"]').count()).toBe(1);
    await Promise.all([page.waitForURL((url) => url.pathname !== '/'), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toMatch(/^\/(terms|agreements|countries|cases)\/[^/]+\/$/);

    // On an agreement page, a source note link is reachable and moves focus to its source.
    await page.goto(site.url(`/agreements/${firstIn('agreements')}/`));
    for (let step = 0; step < 80 && !(await page.evaluate(() => document.activeElement?.closest('.source-refs') !== null)); step++) await page.keyboard.press('Tab');
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^#source-\d+$/);
    await page.keyboard.press('Enter');
    expect(new URL(page.url()).hash).toBe(href);
    expect(await page.locator(`${href}`).isVisible()).toBe(true);
    await page.close();
  });
});

describe('small screens and print', () => {
  const paths = () => ['/', '/agreements/', `/agreements/${firstIn('agreements')}/`, '/compare/', '/terms/', `/terms/${firstIn('terms')}/`, `/cases/${firstIn('cases')}/`, '/timeline/', '/map/', '/data/', '/search/?q=rwanda'];

  it('never scrolls the page sideways at 360 px', async () => {
    const context = await site.browser().newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of paths()) {
      await page.goto(site.url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });

  it('prints the comparison with its sources and without the site chrome', async () => {
    const page = await site.browser().newPage();
    await page.goto(site.url('/compare/'));
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('[data-compare-form]').isVisible()).toBe(false);
    expect(await page.locator('[data-compare-table]').isVisible()).toBe(true);
    expect(await page.locator('#cmp-source-1').isVisible()).toBe(true);
    expect(await page.locator('[data-compare-region]').evaluate((element) => getComputedStyle(element).overflowX)).toBe('visible');
    await page.close();
  });
});
