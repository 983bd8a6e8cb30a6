/** Every page template loads in a real Chromium with no console error and no failed request. */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DIST, openPage, useSite } from './site.ts';

const site = useSite();
const firstIn = (folder: string) => readdirSync(`${DIST}/${folder}`, { withFileTypes: true }).find((entry) => entry.isDirectory())?.name;

const templates: Record<string, () => string> = {
  home: () => '/',
  'agreement list': () => '/agreements/',
  agreement: () => `/agreements/${firstIn('agreements')}/`,
  glossary: () => '/terms/',
  term: () => `/terms/${firstIn('terms')}/`,
  'country list': () => '/countries/',
  country: () => `/countries/${firstIn('countries')}/`,
  'case list': () => '/cases/',
  case: () => `/cases/${firstIn('cases')}/`,
  about: () => '/about/',
  search: () => '/search/',
  compare: () => '/compare/',
  timeline: () => '/timeline/',
  map: () => '/map/',
  data: () => '/data/',
};

describe('page templates', () => {
  for (const [name, path] of Object.entries(templates)) {
    it(`${name} loads cleanly`, async () => {
      const { page, status, problems } = await openPage(site.browser(), site.url(path()));
      expect(status).toBe(200);
      expect(problems).toEqual([]);
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('main#main').count()).toBe(1);
      expect(await page.locator('a.skip-link[href="#main"]').count()).toBe(1);
      expect(await page.locator('nav[aria-label="Main"]').count()).toBe(1);
      await page.close();
    });
  }

  it('serves the 404 page for an unknown address', async () => {
    const { page, status } = await openPage(site.browser(), site.url('/agreements/no-such-agreement-1900/'));
    expect(status).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Page not found');
    await page.close();
  });
});
