/** The researchers' toolkit in a real browser: map links, the timeline filter, copy buttons, downloads and feeds. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { agreementsCsvHeader } from '../../src/lib/exports.ts';
import { DIST, openPage, useSite } from './site.ts';

const site = useSite();
const agreements: { id: string; title: string; shortTitle: string; statusHistory: { date: string; status: string }[] }[] = JSON.parse(readFileSync(`${DIST}/data/agreements.json`, 'utf8')).agreements;

const visibleEvents = (page: Page) => page.locator('[data-timeline-event]:visible');

describe('map', () => {
  it('draws each placeable agreement as a named link to its existing agreement page, and lists every agreement in the table', async () => {
    const { page, problems } = await openPage(site.browser(), site.url('/map/'));
    expect(problems).toEqual([]);
    const rows = page.locator('tr[data-map-row]');
    expect(await rows.count()).toBe(agreements.length);
    const arcs = await page.locator('svg a[data-map-arc]').evaluateAll((links) =>
      links.map((link) => ({ href: link.getAttribute('href') ?? '', name: link.getAttribute('aria-label') ?? '', id: link.getAttribute('data-map-arc') ?? '', lines: link.querySelectorAll('path.map-arc__line').length })),
    );
    expect(arcs.length).toBe(await page.locator('tr[data-map-row][data-drawn="true"]').count());
    for (const arc of arcs) {
      const agreement = agreements.find((entry) => entry.id === arc.id);
      expect(agreement, arc.id).toBeDefined();
      expect(arc.href).toBe(`/agreements/${arc.id}/`);
      expect(arc.name.startsWith(`${agreement!.shortTitle}: from `)).toBe(true);
      expect(arc.lines).toBeGreaterThan(0);
      // The target page exists and is that agreement's (the templates test loads one such page in the browser).
      const target = readFileSync(`${DIST}${arc.href}index.html`, 'utf8');
      expect(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(target)?.[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').trim(), arc.href).toBe(agreement!.title);
    }
    await page.close();
  });

  it('is linked from the home page', async () => {
    const { page } = await openPage(site.browser(), site.url('/'));
    expect(await page.locator('main a[href="/map/"]').count()).toBe(1);
    await page.close();
  });
});

describe('timeline', () => {
  it('lists every event without JavaScript, and hides the filter that would need it', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/timeline/?kind=court'));
    const total = await page.locator('[data-timeline-event]').count();
    expect(total).toBeGreaterThan(0);
    expect(await visibleEvents(page).count()).toBe(total);
    expect(await page.locator('form[data-timeline-filter]').isVisible()).toBe(false);
    await context.close();
  });

  it('narrows the list by kind, keeps the filter in the address, and reads it back', async () => {
    const { page, problems } = await openPage(site.browser(), site.url('/timeline/'));
    const total = await page.locator('[data-timeline-event]').count();
    expect(await visibleEvents(page).count()).toBe(total);
    await page.getByLabel('Court', { exact: true }).check();
    const courtEvents = await page.locator('[data-timeline-event][data-kind="court"]').count();
    expect(courtEvents).toBeGreaterThan(0);
    expect(courtEvents).toBeLessThan(total);
    expect(await visibleEvents(page).count()).toBe(courtEvents);
    expect(new Set(await visibleEvents(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-kind'))))).toEqual(new Set(['court']));
    expect(new URL(page.url()).searchParams.getAll('kind')).toEqual(['court']);
    expect(await page.locator('[data-timeline-count]').textContent()).toBe(`Showing ${courtEvents} of ${total} events.`);

    await page.getByRole('button', { name: 'Show everything' }).click();
    await expect.poll(() => visibleEvents(page).count()).toBe(total);
    expect(problems).toEqual([]);

    const agreement = agreements[0].id;
    await page.goto(site.url(`/timeline/?agreement=${agreement}`));
    expect(await page.locator('#filter-agreement').inputValue()).toBe(agreement);
    const own = await visibleEvents(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-agreements')!.split(' ')));
    expect(own.length).toBeGreaterThan(0);
    for (const ids of own) expect(ids).toContain(agreement);
    await page.close();
  });

  it('narrows by country', async () => {
    const { page } = await openPage(site.browser(), site.url('/timeline/'));
    const total = await page.locator('[data-timeline-event]').count();
    const options = await page.locator('#filter-country option').evaluateAll((items) => items.map((item) => (item as HTMLOptionElement).value).filter(Boolean));
    const country = options.at(-1)!;
    await page.selectOption('#filter-country', country);
    const shown = await visibleEvents(page).evaluateAll((items) => items.map((item) => item.getAttribute('data-countries')!.split(' ')));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBe(await page.locator(`[data-timeline-event][data-countries~="${country}"]`).count());
    expect(shown.length).toBeLessThanOrEqual(total);
    for (const countries of shown) expect(countries).toContain(country);
    await page.close();
  });
});

describe("an agreement's own timeline", () => {
  it('tells its history once: every status change is a dated event of the timeline, with no separate table', async () => {
    const richest = [...agreements].sort((a, b) => b.statusHistory.length - a.statusHistory.length)[0];
    expect(richest.statusHistory.length).toBeGreaterThan(1);
    const { page } = await openPage(site.browser(), site.url(`/agreements/${richest.id}/`));
    expect(await page.getByRole('heading', { name: 'Status history' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Timeline', exact: true }).count()).toBe(1);
    const dates = await page.locator('#timeline [data-timeline-event] time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime')));
    for (const change of richest.statusHistory) expect(dates, `${change.status} on ${change.date}`).toContain(change.date);
    await page.close();
  });
});

describe('cite this page', () => {
  it('copies each format to the clipboard', async () => {
    const context = await site.browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url('') });
    const page = await context.newPage();
    await page.goto(site.url(`/agreements/${agreements[0].id}/`));
    const cite = page.locator('section.cite');
    for (const label of ['APA', 'Chicago', 'BibTeX', 'CSL-JSON']) {
      const details = cite.locator('details', { has: page.locator(`summary:text-is("${label}")`) });
      if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) await details.locator('summary').click();
      const text = await details.locator('pre').textContent();
      expect(text, label).toBeTruthy();
      await details.getByRole('button', { name: `Copy ${label}` }).click();
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(text);
      expect(await cite.locator('[role="status"]').textContent()).toBe(`${label} citation copied.`);
    }
    expect(await cite.locator('pre').first().textContent()).toContain(`${agreements[0].title}. Retrieved`);
    await context.close();
  });

  it('shows the citation text without JavaScript, with no dead buttons', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/data/'));
    expect(await page.locator('section.cite pre').first().isVisible()).toBe(true);
    expect(await page.locator('section.cite button:visible').count()).toBe(0);
    await context.close();
  });
});

describe('downloads and feeds', () => {
  it('are linked from the home page and the footer', async () => {
    const { page } = await openPage(site.browser(), site.url('/'));
    for (const path of ['/data/agreements.csv', '/data/agreements.json', '/data/schema.json']) {
      expect(await page.locator(`main a[href="${path}"]`).count(), path).toBe(1);
    }
    expect(await page.locator('footer a[href="/data/"]').count()).toBe(1);
    await page.close();
  });

  it('serves the CSV with a BOM, CRLF and the registry columns', async () => {
    const { page } = await openPage(site.browser(), site.url('/data/'));
    const csv = await page.evaluate(async () => {
      const bytes = new Uint8Array(await (await fetch('/data/agreements.csv')).arrayBuffer());
      return { bom: [...bytes.slice(0, 3)], text: new TextDecoder().decode(bytes) };
    });
    expect(csv.bom).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.text.split('\r\n')[0]).toBe(agreementsCsvHeader().join(','));
    await page.close();
  });

  it('serves a well-formed Atom feed, sitemap and robots.txt', async () => {
    const { page } = await openPage(site.browser(), site.url('/'));
    const result = await page.evaluate(async () => {
      const xml = async (path: string) => new DOMParser().parseFromString(await (await fetch(path)).text(), 'application/xml');
      const feed = await xml('/atom.xml');
      const sitemap = await xml('/sitemap.xml');
      return {
        errors: [feed, sitemap].map((doc) => doc.getElementsByTagName('parsererror').length),
        feedRoot: feed.documentElement.namespaceURI,
        entryTitles: [...feed.getElementsByTagName('entry')].map((entry) => entry.getElementsByTagName('title')[0].textContent),
        locations: [...sitemap.getElementsByTagName('loc')].map((loc) => new URL(loc.textContent!).pathname),
        robots: await (await fetch('/robots.txt')).text(),
      };
    });
    expect(result.errors).toEqual([0, 0]);
    expect(result.feedRoot).toBe('http://www.w3.org/2005/Atom');
    for (const agreement of agreements) expect(result.entryTitles).toContain(`New agreement: ${agreement.title}`);
    expect(result.locations).toContain('/timeline/');
    for (const agreement of agreements) expect(result.locations).toContain(`/agreements/${agreement.id}/`);
    expect(result.locations).not.toContain('/404/');
    expect(result.robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
    await page.close();
  });
});
