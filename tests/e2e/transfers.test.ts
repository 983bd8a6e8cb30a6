/** /transfers/: the filter narrows charts and records in place with the state in the URL; without JavaScript all show. */
import { describe, expect, it } from 'vitest';
import { readContentSet } from '../../src/lib/content-set.ts';
import { regionOfIso2 } from '../../src/lib/regions.ts';
import { axeViolations } from './axe.ts';
import { openPage, useSite } from './site.ts';

const site = useSite();
const content = readContentSet(process.env.CONTENT_DIR ?? 'content');
const iso2 = new Map(content.countries.map(({ id, data }) => [id, data.iso2]));
const records = content.agreements.flatMap(({ id, data }) => data.transfers.map((record) => ({ id, data, record })));
const rowsLocator = '[data-transfer-item="row"]';

describe('/transfers/', () => {
  it('narrows the charts and the records by sending country, receiving region and year without reloading', async () => {
    const { page, problems } = await openPage(site.browser(), site.url('/transfers/'));
    expect(await page.locator(`${rowsLocator}:not([hidden])`).count()).toBe(records.length);
    await page.evaluate(() => ((window as unknown as { marker: boolean }).marker = true));
    await page.selectOption('select[name="region"]', 'Southern Africa');
    await page.selectOption('select[name="year"]', '2025');
    await page.waitForFunction(() => location.search === '?region=Southern+Africa&year=2025');
    const expected = records.filter(
      ({ data, record }) => record.date.startsWith('2025') && (data.parties.value?.receiving ?? []).some((country) => regionOfIso2(iso2.get(country)) === 'Southern Africa'),
    );
    expect(expected.length).toBeGreaterThan(0);
    expect(await page.locator(`${rowsLocator}:not([hidden])`).count()).toBe(expected.length);
    const charts = await page.locator('[data-transfer-item="chart"]:not([hidden]) h3').allTextContents();
    expect(charts.length).toBeGreaterThan(0);
    expect(await page.locator('[data-transfers-filter] [role="status"]').textContent()).toMatch(new RegExp(`and ${expected.length} of ${records.length} records`));
    // Still the same document: the filter never reloaded the page.
    expect(await page.evaluate(() => (window as unknown as { marker?: boolean }).marker)).toBe(true);
    await page.selectOption('select[name="sending"]', 'united-kingdom');
    expect(await page.locator(`${rowsLocator}:not([hidden])`).count()).toBe(0);
    expect(await page.locator('[data-transfers-filter] [role="status"]').textContent()).toBe('No transfer record matches these choices.');
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens with the state in its address', async () => {
    const { page } = await openPage(site.browser(), site.url('/transfers/?sending=italy'));
    expect(await page.locator('select[name="sending"]').inputValue()).toBe('italy');
    const shown = await page.locator(`${rowsLocator}:not([hidden]) th a`).allTextContents();
    expect(shown.length).toBe(records.filter(({ data }) => data.parties.value?.sending.includes('italy')).length);
    await page.close();
  });

  it('shows every chart and record without JavaScript, the filter hidden', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/transfers/?sending=italy'));
    expect(await page.locator(`${rowsLocator}:not([hidden])`).count()).toBe(records.length);
    expect(await page.locator('[data-transfers-filter]').isVisible()).toBe(false);
    expect(await page.locator('svg.chart').count()).toBeGreaterThan(10);
    await context.close();
  });
});
