/** The theme: follows the system by default, the toggle flips it, and the choice survives a reload without a flash. */
import { describe, expect, it } from 'vitest';
import { useSite } from './site.ts';

const site = useSite();

describe('theme', () => {
  it('follows prefers-color-scheme, toggles, and keeps the choice', async () => {
    const context = await site.browser().newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto(site.url('/'));
    const background = () => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    const toggle = page.locator('[data-theme-toggle]');
    expect(await background()).toBe('rgb(18, 20, 23)');
    expect(await toggle.getAttribute('aria-pressed')).toBe('true');
    await toggle.click();
    expect(await background()).toBe('rgb(255, 255, 255)');
    expect(await toggle.getAttribute('aria-pressed')).toBe('false');
    // No flash: the head script that applies the stored choice comes before any stylesheet, so it runs first.
    const html = await (await page.request.get(site.url('/agreements/'))).text();
    const scriptAt = html.indexOf('localStorage.getItem(');
    const stylesheetAt = html.search(/<link[^>]+rel="stylesheet"|<style/);
    expect(scriptAt).toBeGreaterThan(0);
    expect(stylesheetAt === -1 || scriptAt < stylesheetAt).toBe(true);
    await page.goto(site.url('/agreements/'));
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  it('hides the toggle when JavaScript is off', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/'));
    expect(await page.locator('[data-theme-toggle]').isVisible()).toBe(false);
    await context.close();
  });
});
