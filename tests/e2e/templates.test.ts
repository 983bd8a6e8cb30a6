/**
 * The 404 page. That every page of the sitemap loads cleanly (status 200, no console error or failed request, one h1,
 * the main landmark, the skip link and the navigation) is checked by tests/e2e/accessibility.test.ts, which loads
 * every page anyway.
 */
import { describe, expect, it } from 'vitest';
import { openPage, useSite } from './site.ts';

const site = useSite();

describe('page templates', () => {
  it('serves the 404 page for an unknown address', async () => {
    const { page, status } = await openPage(site.browser(), site.url('/agreements/no-such-agreement-1900/'));
    expect(status).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    expect(await page.locator('main#main').count()).toBe(1);
    await page.close();
  });
});
