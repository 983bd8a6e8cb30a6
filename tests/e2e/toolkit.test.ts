/** The researchers' toolkit in a real browser: map links, the timeline filter, copy buttons, downloads and feeds. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { agreementsCsvHeader } from '../../src/lib/exports.ts';
import { DIST, openPage, useSite } from './site.ts';

const site = useSite();
const agreements: { id: string; title: string; shortTitle: string; status: { value?: string }; statusHistory: { date: string; status: string }[] }[] = JSON.parse(readFileSync(`${DIST}/data/agreements.json`, 'utf8')).agreements;

const visibleEvents = (page: Page) => page.locator('[data-timeline-event]:visible');

describe('map', () => {
  it('draws one named arc per pair of countries, linking to its agreement or to the index narrowed to the pair, and lists every agreement in the table by pair', async () => {
    const { page, problems } = await openPage(site.browser(), site.url('/map/'));
    expect(problems).toEqual([]);
    // The table groups the agreements by sending→receiving pair; an agreement with several parties on a side is under each of its pairs.
    const groups = await page.locator('tbody[data-map-pair]').evaluateAll((bodies) =>
      bodies.map((body) => ({
        key: body.getAttribute('data-map-pair') ?? '',
        drawn: body.getAttribute('data-drawn') === 'true',
        ids: [...body.querySelectorAll('tr[data-map-row]')].map((row) => row.getAttribute('data-map-row') ?? ''),
      })),
    );
    expect(new Set(groups.flatMap((group) => group.ids))).toEqual(new Set(agreements.map((agreement) => agreement.id)));
    const arcs = await page.locator('svg a[data-map-arc]').evaluateAll((links) =>
      links.map((link) => ({ href: link.getAttribute('href') ?? '', name: link.getAttribute('aria-label') ?? '', key: link.getAttribute('data-map-arc') ?? '', lines: link.querySelectorAll('path.map-arc__line').length })),
    );
    expect(arcs.map((arc) => arc.key)).toEqual(groups.filter((group) => group.drawn).map((group) => group.key));
    expect(new Set(arcs.map((arc) => arc.key)).size).toBe(arcs.length);
    let shared: { href: string; ids: string[] } | undefined;
    for (const arc of arcs) {
      const { ids } = groups.find((group) => group.key === arc.key)!;
      expect(arc.lines, arc.key).toBe(1);
      if (ids.length > 1) {
        const [from, to] = arc.key.split('>');
        expect(arc.href).toBe(`/agreements/?sending=${from}&receiving=${to}`);
        expect(arc.name.startsWith(`${ids.length} agreements from `), arc.name).toBe(true);
        shared ??= { href: arc.href, ids };
        continue;
      }
      const agreement = agreements.find((entry) => entry.id === ids[0])!;
      expect(arc.href).toBe(`/agreements/${agreement.id}/`);
      expect(arc.name.startsWith(`${agreement.shortTitle}: from `)).toBe(true);
      // The target page exists and is that agreement's (the templates test loads one such page in the browser).
      const target = readFileSync(`${DIST}${arc.href}index.html`, 'utf8');
      expect(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(target)?.[1].replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&#39;|&#x27;/g, "'").replace(/&quot;/g, '"').trim(), arc.href).toBe(agreement.title);
    }
    // A line shared by several agreements opens the index showing exactly them.
    expect(shared, 'a pair with several agreements').toBeDefined();
    await page.goto(site.url(shared!.href));
    const shown = await page.locator('[data-index-table] tbody tr:not([hidden]) th a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!.split('/')[2]));
    expect(shown.sort()).toEqual([...shared!.ids].sort());
    await page.close();
  });

  it('narrows the lines of both drawings and the table to a status and a year, with the filter above the map', async () => {
    const { page, problems } = await openPage(site.browser(), site.url('/map/?status=ended'));
    const form = page.locator('form[data-map-filter]');
    expect(await form.evaluate((element) => Boolean(element.compareDocumentPosition(document.querySelector('.agreement-map svg')!) & Node.DOCUMENT_POSITION_FOLLOWING))).toBe(true);
    expect(await page.locator('select[name="status"]').inputValue()).toBe('ended');
    const ended = agreements.filter((agreement) => agreement.status.value === 'ended');
    const visibleRows = () => page.locator('tr[data-map-row]:visible').evaluateAll((rows) => [...new Set(rows.map((row) => row.getAttribute('data-map-row')))]);
    expect((await visibleRows()).sort()).toEqual(ended.map((agreement) => agreement.id).sort());
    expect(await page.locator('[data-map-count]').textContent()).toBe(`${ended.length} of ${agreements.length} agreements match.`);
    // A line stays while any of its agreements matches, in the map and in the inset alike.
    const shownArcs = await page.locator('svg a[data-map-arc]').evaluateAll((links) => links.filter((link) => (link as SVGElement).style.display !== 'none').map((link) => link.getAttribute('data-map-arc')));
    const shownInset = await page.locator('[data-map-inset-arc]').evaluateAll((paths) => paths.filter((path) => (path as SVGElement).style.display !== 'none').map((path) => path.getAttribute('data-map-inset-arc')));
    const endedPairs = await page.locator('tbody[data-map-pair][data-drawn="true"]:visible').evaluateAll((bodies) => bodies.map((body) => body.getAttribute('data-map-pair')));
    expect(shownArcs).toEqual(endedPairs);
    expect(shownInset).toEqual(endedPairs);
    expect(shownArcs.length).toBeLessThan(await page.locator('svg a[data-map-arc]').count());
    const year = String(ended[0].id.slice(-4));
    await page.selectOption('select[name="year"]', year);
    await page.waitForFunction((wanted) => location.search.includes(`year=${wanted}`), year);
    expect((await visibleRows()).sort()).toEqual(ended.filter((agreement) => agreement.id.endsWith(year)).map((agreement) => agreement.id).sort());
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows every pair and agreement without JavaScript, the filter form hidden', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/map/?status=ended'));
    expect(await page.locator('form[data-map-filter]').isVisible()).toBe(false);
    expect(await page.locator('tr[data-map-row]:visible').count()).toBe(await page.locator('tr[data-map-row]').count());
    await context.close();
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
