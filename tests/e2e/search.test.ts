/**
 * Search in a real Chromium: the header combobox (typo, arrows, Enter), the shortcuts, the /search/ page, section
 * links landing on real headings, and no axe-core violations with the results open. Queries are derived from the built
 * index, so the same tests run on the fixture build and on the real content.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { groupSectionsUnderPages } from '../../src/lib/search/group.ts';
import type { IndexedDocument } from '../../src/lib/search/index-build.ts';
import type { SearchResult } from '../../src/lib/search/query.ts';
import { axeViolations } from './axe.ts';
import { builtDocuments, builtSearch } from './built-search.ts';
import { DIST, openPage, useSite } from './site.ts';

const site = useSite();
const docs = builtDocuments(DIST);
const search = builtSearch(DIST);

/** Links in the order a results list shows them: each page, then its matching sections. */
const listedUrls = (result: SearchResult) =>
  groupSectionsUnderPages(result.hits).flatMap((group) => [group.doc.u, ...group.sections.map((section) => section.doc.u)]);

/** A country with a one-word name long enough to carry a typo, and that name with two inner letters swapped. */
function misspeltCountry(): { doc: IndexedDocument; typo: string } {
  const doc = docs.find((entry) => entry.k === 'country' && /^\p{L}{6,}$/u.test(entry.t));
  if (!doc) throw new Error('the index has no country with a one-word name of six letters or more');
  const name = doc.t;
  return { doc, typo: name.slice(0, 2) + name[3] + name[2] + name.slice(4) };
}

async function typeInHeader(page: Page, text: string) {
  await page.locator('#site-search-input').click();
  await page.keyboard.type(text, { delay: 20 });
  await page.locator('#site-search-listbox [role="option"]').first().waitFor();
}

describe('header search box', () => {
  const { doc, typo } = misspeltCountry();

  it('is a plain search form before any script runs', () => {
    const html = readFileSync(`${DIST}/index.html`, 'utf8');
    expect(html).toMatch(/<form[^>]*action="\/search\/"[^>]*method="get"/);
    expect(html).toMatch(/<input[^>]*name="q"/);
    expect(html).not.toContain('search-index/');
  });

  it('loads only a tiny loader (≤ 2 KB gzip) until the reader reaches for the box', async () => {
    const page = await site.browser().newPage();
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script' || request.url().includes('search-index'))
        scripts.push(new URL(request.url()).pathname);
    });
    await page.goto(site.url('/'), { waitUntil: 'load' });
    await page.waitForTimeout(300);
    expect(scripts).toHaveLength(1);
    expect(gzipSync(readFileSync(`${DIST}${scripts[0]}`), { level: 9 }).length).toBeLessThanOrEqual(2048);
    await page.locator('#site-search-input').focus();
    await page.waitForResponse((response) => response.url().includes('search-index/manifest.json'));
    expect(scripts.length).toBeGreaterThan(2);
    await page.close();
  });

  it(`finds "${doc.t}" first for the misspelling "${typo}", moves with arrows and opens with Enter`, async () => {
    const { page, problems } = await openPage(site.browser(), site.url('/'));
    await typeInHeader(page, typo);
    const input = page.locator('#site-search-input');
    expect(await input.getAttribute('role')).toBe('combobox');
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    expect(await input.getAttribute('aria-controls')).toBe('site-search-listbox');

    const options = page.locator('#site-search-listbox [role="option"]');
    expect(await options.first().locator('.search-result__title').textContent()).toBe(doc.t);
    expect(await options.first().locator('mark').first().textContent()).toBe(doc.t);

    await page.keyboard.press('ArrowDown');
    const first = await options.nth(0).getAttribute('id');
    expect(await input.getAttribute('aria-activedescendant')).toBe(first);
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('true');
    await page.keyboard.press('ArrowDown');
    expect(await input.getAttribute('aria-activedescendant')).toBe(await options.nth(1).getAttribute('id'));
    expect(await options.nth(0).getAttribute('aria-selected')).toBe('false');
    await page.keyboard.press('ArrowUp');
    expect(await input.getAttribute('aria-activedescendant')).toBe(first);

    await Promise.all([page.waitForURL((url) => url.pathname === doc.u), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain(doc.t);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lists results in the order of the results page, sections under their page', async () => {
    const { page } = await openPage(site.browser(), site.url('/'));
    await typeInHeader(page, typo);
    const options = page.locator('#site-search-listbox [role="option"]');
    const expected = listedUrls(await search.search(typo, { limit: 8 }));
    await expect.poll(() => options.count()).toBe(expected.length + 1); // and "All results"
    // The options carry no URL in the DOM; compare their titles, which the index gives per URL.
    const titleOf = new Map(docs.map((doc) => [doc.u, doc.t]));
    const titles = await options.locator('.search-result__title').allTextContents();
    expect(titles.slice(0, expected.length)).toEqual(expected.map((url) => titleOf.get(url)));
    await page.close();
  });

  it('closes with Escape and reopens with the arrow key', async () => {
    const { page } = await openPage(site.browser(), site.url('/'));
    await typeInHeader(page, typo);
    const input = page.locator('#site-search-input');
    await page.keyboard.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('[data-search-popup]').isHidden()).toBe(true);
    expect(await input.inputValue()).toBe(typo);
    await page.keyboard.press('ArrowDown');
    await page.locator('[data-search-popup]').waitFor();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await page.close();
  });

  it('focuses the box with "/" and with Ctrl+K', async () => {
    const { page } = await openPage(site.browser(), site.url('/about/'));
    await page.locator('h1').click();
    await page.keyboard.press('/');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    expect(await page.locator('#site-search-input').inputValue()).toBe('');
    await page.locator('h1').click();
    await page.keyboard.press('Control+k');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-search-input');
    await page.close();
  });

  it('says clearly when nothing matches and offers ways on', async () => {
    const { page } = await openPage(site.browser(), site.url('/'));
    await typeInHeader(page, 'qqqxqqq');
    expect(await page.locator('[data-search-message]').textContent()).toBe('No results for “qqqxqqq”.');
    const options = await page.locator('#site-search-listbox [role="option"]').allTextContents();
    expect(options).toContain('Browse the glossary');
    expect(await page.locator('[data-search-status]').textContent()).toContain('No results');
    await page.close();
  });

  it('renders a hostile query as text', async () => {
    const { page, problems } = await openPage(site.browser(), site.url('/'));
    const hostile = `<img src=x onerror="window.pwned=1">"'\\.*+?^$\${}()|[]`;
    await page.locator('#site-search-input').fill(hostile);
    await page.locator('[data-search-popup]').waitFor();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('[data-search-popup] img').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no axe-core violations with the results open', async () => {
    const { page } = await openPage(site.browser(), site.url('/'));
    await typeInHeader(page, typo);
    await page.keyboard.press('ArrowDown');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('has no axe-core violations with the "no results" state open', async () => {
    const { page } = await openPage(site.browser(), site.url('/'));
    await typeInHeader(page, 'qqqxqqq');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('/search/ page', () => {
  it('renders ranked result links inside [data-search-results], sections under their page', async () => {
    const { doc, typo } = misspeltCountry();
    const { page, problems } = await openPage(site.browser(), site.url(`/search/?q=${encodeURIComponent(typo)}`));
    const links = page.locator('[data-search-results] a');
    await links.first().waitFor();
    const expected = listedUrls(await search.search(typo, { limit: 50 }));
    await expect.poll(() => links.count()).toBe(expected.length);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(hrefs[0]).toBe(doc.u);
    expect(hrefs).toEqual(expected);
    expect(await page.locator('#search-page-input').inputValue()).toBe(typo);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('narrows to the kinds ticked, keeps them in the address and counts every kind', async () => {
    const { doc, typo } = misspeltCountry();
    const { page, problems } = await openPage(site.browser(), site.url(`/search/?q=${encodeURIComponent(typo)}&type=agreement`));
    const agreementsOnly = await search.search(typo, { limit: 50, facets: ['agreement'] });
    const links = page.locator('[data-search-results] a');
    await expect.poll(() => links.count()).toBe(listedUrls(agreementsOnly).length);
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href') ?? ''));
    expect(hrefs.every((href) => href.startsWith('/agreements/'))).toBe(true);
    expect(await page.locator('[data-facet-count="country"]').textContent()).toBe(` (${agreementsOnly.facetCounts.country})`);
    await page.locator('input[name="type"][value="country"]').check();
    await expect.poll(() => links.first().getAttribute('href')).toBe(doc.u);
    expect(new URL(page.url()).searchParams.getAll('type')).toEqual(['agreement', 'country']);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows each result’s status, dates and snippet', async () => {
    const { page, problems } = await openPage(site.browser(), site.url('/search/?q=eswatini'));
    const snippets = page.locator('[data-search-results] .search-result__snippet');
    await snippets.first().waitFor();
    expect(await snippets.count()).toBeGreaterThan(3);
    const firstAgreement = page.locator('[data-search-results] li', { has: page.locator('a[href^="/agreements/"]') }).first();
    expect((await firstAgreement.locator('.search-result__snippet').first().textContent())?.length).toBeGreaterThan(40);
    expect(await firstAgreement.locator('.search-result__context').first().textContent()).toMatch(/^Status: /);
    expect(await firstAgreement.locator('.search-result__dates').first().textContent()).toMatch(/\d{4}/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('without JavaScript is a GET form with links onward', async () => {
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(site.url('/search/?q=anything'));
    expect(await page.locator('main form[action="/search/"][method="get"] input[name="q"]').count()).toBe(1);
    expect(await page.locator('main a[href="/terms/"]').count()).toBeGreaterThan(0);
    expect(await page.locator('main a[href="/agreements/"]').count()).toBeGreaterThan(0);
    // No space lost between a link and the words around it ("agreementsside by side" once).
    expect((await page.locator('main p', { hasText: 'You can also browse' }).innerText()).replace(/\s+/g, ' ').trim()).toBe(
      'You can also browse all agreements, the glossary, countries and cases, or compare agreements side by side.',
    );
    await context.close();
  });
});

describe('section results', () => {
  it('link to headings that exist on the agreement page', async () => {
    const sections = docs.filter((doc) => doc.k === 'section');
    expect(sections.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const section of sections) {
      const [path, slug] = section.u.split('#');
      const html = readFileSync(`${DIST}${path}index.html`, 'utf8');
      if (!html.includes(`<h2 id="${slug}">`)) missing.push(section.u);
    }
    expect(missing).toEqual([]);
  });
});
