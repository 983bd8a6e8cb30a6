/**
 * Search in a real Chromium: the header combobox (typo, arrows, Enter), the shortcuts, the /search/ page, section
 * links landing on real headings, and no axe-core violations with the results open. Queries are derived from the built
 * index, so the same tests run on the fixture build and on the real content.
 */
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IndexedDocument, SearchIndex } from '../../src/lib/search/index-build.ts';
import { createSearcher } from '../../src/lib/search/query.ts';
import { axeViolations } from './axe.ts';
import { DIST, openPage, useSite } from './site.ts';

const site = useSite();
const index = JSON.parse(readFileSync(`${DIST}/search-index.json`, 'utf8')) as SearchIndex;

/** A country with a one-word name long enough to carry a typo, and that name with two inner letters swapped. */
function misspeltCountry(): { doc: IndexedDocument; typo: string } {
  const doc = index.docs.find((entry) => entry.k === 'country' && /^\p{L}{6,}$/u.test(entry.t));
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
    expect(html).not.toContain('search-index.json');
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
    await page.waitForResponse((response) => response.url().includes('search-index.json'));
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
  let searcher: ReturnType<typeof createSearcher>;
  beforeAll(() => {
    searcher = createSearcher(index);
  });

  it('renders ranked result links inside [data-search-results]', async () => {
    const { doc, typo } = misspeltCountry();
    const { page, problems } = await openPage(site.browser(), site.url(`/search/?q=${encodeURIComponent(typo)}`));
    const links = page.locator('[data-search-results] a');
    await links.first().waitFor();
    const hrefs = await links.evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(hrefs[0]).toBe(doc.u);
    expect(hrefs).toEqual(searcher.search(typo, { limit: 50 }).hits.map((hit) => hit.doc.u));
    expect(await page.locator('#search-page-input').inputValue()).toBe(typo);
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('shows the first results from the index alone, then each result’s snippet once the snippet list arrives', async () => {
    const { page, problems } = await openPage(site.browser(), site.url('/search/?q=eswatini'));
    const snippets = page.locator('[data-search-results] .search-result__snippet');
    await snippets.first().waitFor();
    expect(await snippets.count()).toBeGreaterThan(3);
    const firstAgreement = page.locator('[data-search-results] li', { has: page.locator('a[href^="/agreements/"]') }).first();
    expect((await firstAgreement.locator('.search-result__snippet').textContent())?.length).toBeGreaterThan(40);
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
    await context.close();
  });
});

describe('section results', () => {
  it('link to headings that exist on the agreement page', async () => {
    const sections = index.docs.filter((doc) => doc.k === 'section');
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
