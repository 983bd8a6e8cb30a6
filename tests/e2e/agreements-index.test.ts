/** /agreements/: every facet narrows the table in place, the view lives in the URL, and without JavaScript the table is whole. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readContent } from '../../src/lib/content-files.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import { regionOfIso2 } from '../../src/lib/regions.ts';
import type { Agreement, Country } from '../../src/schema/index.ts';
import { axeViolations } from './axe.ts';
import { openPage, useSite } from './site.ts';

const site = useSite();
const content = validateContent(readContent(process.env.CONTENT_DIR ?? 'content')).valid;
const agreements = content.filter(({ file }) => file.collection === 'agreements').map(({ file, data }) => ({ id: file.id, data: data as unknown as Agreement }));
const regionOf = new Map(content.filter(({ file }) => file.collection === 'countries').map(({ file, data }) => [file.id, regionOfIso2((data as unknown as Country).iso2)]));
const shownIds = (page: Page) =>
  page.locator('[data-index-table] tbody tr:not([hidden]) th a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/')[2]));
const sorted = (ids: string[]) => [...ids].sort();

describe('/agreements/', () => {
  it('filters by each facet, combined, with the state in the URL', async () => {
    const { page, problems } = await openPage(site.browser(), site.url('/agreements/'));
    expect(await shownIds(page)).toHaveLength(agreements.length);
    const expectFacet = async (query: string, keep: (agreement: Agreement, id: string) => boolean) => {
      await page.goto(site.url(`/agreements/?${query}`));
      const expected = agreements.filter(({ id, data }) => keep(data, id)).map(({ id }) => id);
      expect(expected.length, query).toBeGreaterThan(0);
      expect(sorted(await shownIds(page)), query).toEqual(sorted(expected));
      expect(await page.locator('[data-index-count]').textContent(), query).toBe(`${expected.length} of ${agreements.length} agreements match.`);
    };
    await expectFacet('status=suspended', (data) => data.status.value === 'suspended');
    await expectFacet('model=offshore-processing', (data) => Boolean(data.model.value?.includes('offshore-processing')));
    await expectFacet('sending=united-states&year=2025', (data, id) => Boolean(data.parties.value?.sending.includes('united-states')) && id.endsWith('2025'));
    await expectFacet('receiving=rwanda', (data) => Boolean(data.parties.value?.receiving.includes('rwanda')));
    await expectFacet('region=Central+America', (data) => Boolean(data.parties.value?.receiving.some((id) => regionOf.get(id) === 'Central America')));
    await expectFacet('text=yes', (data) => data.text.value?.published === true);
    // The form shows the state it was opened with, and changing it rewrites the URL.
    expect(await page.locator('select[name="text"]').inputValue()).toBe('yes');
    await page.selectOption('select[name="sort"]', 'year');
    await page.selectOption('select[name="dir"]', 'desc');
    await page.waitForFunction(() => location.search.includes('sort=year&dir=desc'));
    const years = await page.locator('[data-index-table] tbody tr:not([hidden]) td:nth-of-type(1)').allTextContents();
    expect(years.map(Number)).toEqual([...years.map(Number)].sort((a, b) => b - a));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('says so in words when nothing matches, and has no axe violations with the filters shown', async () => {
    const { page } = await openPage(site.browser(), site.url('/agreements/?region=Central+America&sending=united-kingdom'));
    expect(await shownIds(page)).toEqual([]);
    expect(await page.locator('[data-index-count]').textContent()).toMatch(/^No agreement matches these filters/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('lists every agreement without JavaScript, the filter form hidden', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/agreements/?status=suspended'));
    expect(await shownIds(page)).toHaveLength(agreements.length);
    expect(await page.locator('[data-index-filter]').isVisible()).toBe(false);
    await context.close();
  });
});
