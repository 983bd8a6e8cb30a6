/** /compare/ in a real browser: selection from the URL, differ-only, swap, keyboard use, accessibility, fidelity. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readContent } from '../../src/lib/content-files.ts';
import { toComparableRecord } from '../../src/lib/comparable.ts';
import { selectColumns } from '../../src/lib/compare.ts';
import { comparePresets, defaultSelection } from '../../src/lib/compare-presets.ts';
import { validateContent } from '../../src/lib/validation/index.ts';
import type { Agreement, Country, LegalCase } from '../../src/schema/index.ts';
import { axeViolations } from './axe.ts';
import { openPage, useSite } from './site.ts';

const site = useSite();
const content = validateContent(readContent(process.env.CONTENT_DIR ?? 'content')).valid;
const of = (collection: string) => content.filter(({ file }) => file.collection === collection);
const agreementIds = of('agreements').map(({ file }) => file.id).sort();

const columnIds = (page: Page) => page.locator('[data-compare-table] thead th[data-col]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-col')));
const tableReady = (page: Page) => page.waitForFunction(() => document.querySelector('[data-compare-status]')?.textContent !== '');

describe('/compare/', () => {
  it('shows exactly the agreements named in the query string, in that order', async () => {
    const [first, second] = agreementIds.slice(-2).reverse();
    const { page, problems } = await openPage(site.browser(), site.url(`/compare/?a=${first},${second}`));
    await tableReady(page);
    expect(await columnIds(page)).toEqual([first, second]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('hides rows that are the same in every column when "differ" is on', async () => {
    // Two agreements with the same sending party, so at least that row is equal and must be hidden.
    const bySender = new Map<string, string[]>();
    for (const { file, data } of of('agreements')) {
      const sender = (data as unknown as Agreement).parties.value?.sending.join() ?? '';
      bySender.set(sender, [...(bySender.get(sender) ?? []), file.id]);
    }
    const pair = [...bySender.values()].find((ids) => ids.length >= 2)!.slice(0, 2);
    const { page } = await openPage(site.browser(), site.url(`/compare/?a=${pair.join(',')}`));
    await tableReady(page);
    const rowTexts = () =>
      page.locator('[data-compare-table] tr[data-dimension]').evaluateAll((rows) =>
        rows.map((row) => ({
          id: row.getAttribute('data-dimension'),
          // Values only: two cells that say the same thing on different sources are equal.
          cells: [...row.querySelectorAll('td')].map((cell) => [...cell.querySelectorAll('.fact__value')].map((value) => value.textContent).join('|')),
        })),
      );
    const all = await rowTexts();
    await page.locator('summary', { hasText: 'View' }).click();
    await page.getByLabel('Show only rows that differ').check();
    await page.waitForFunction(() => location.search.includes('differ=1'));
    const shown = await rowTexts();
    const differing = all.filter((row) => new Set(row.cells).size > 1).map((row) => row.id);
    expect(all.find((row) => row.id === 'sending')!.cells[0]).toBe(all.find((row) => row.id === 'sending')!.cells[1]);
    expect(shown.map((row) => row.id)).toEqual(differing);
    expect(shown.length).toBeLessThan(all.length);
    await page.close();
  });

  it('swaps axes and keeps the view in the URL', async () => {
    const ids = agreementIds.slice(0, 2);
    const { page } = await openPage(site.browser(), site.url(`/compare/?a=${ids.join(',')}&swap=1&d=status,cap`));
    await tableReady(page);
    expect(await page.locator('[data-compare-table] tbody tr[data-col]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-col')))).toEqual(ids);
    expect(await page.locator('[data-compare-table] thead th[data-dimension]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-dimension')))).toEqual(['cap', 'status']);
    await page.close();
  });

  it('renders the same table in the browser as at build time', async () => {
    const { page } = await openPage(site.browser(), site.url('/compare/'));
    const built = await page.locator('[data-compare-table]').innerText();
    await page.goto(site.url('/compare/?dir=asc'));
    await tableReady(page);
    expect(await page.locator('[data-compare-table]').innerText()).toBe(built);
    await page.close();
  });

  it('shows in every cell the value in the agreement file', async () => {
    const countryName = new Map(of('countries').map(({ file, data }) => [file.id, (data as unknown as Country).name]));
    const caseName = new Map(of('cases').map(({ file, data }) => [file.id, (data as unknown as LegalCase).name]));
    const names = { country: (id: string) => countryName.get(id) ?? id, legalCase: (id: string) => caseName.get(id) ?? id };
    const { page } = await openPage(site.browser(), site.url(`/compare/?a=${agreementIds.join(',')}`));
    await tableReady(page);
    const shown = await page.locator('[data-compare-table] td[data-col]').evaluateAll((cells) =>
      cells.map((cell) => ({
        id: cell.getAttribute('data-col'),
        dimension: cell.closest('tr')?.getAttribute('data-dimension'),
        values: [...cell.querySelectorAll('.fact__value')].map((value) => value.textContent),
      })),
    );
    const expected = new Map(of('agreements').map(({ file, data }) => [file.id, toComparableRecord(file.id, data as unknown as Agreement, names)]));
    expect(shown.length).toBe(agreementIds.length * Object.keys(expected.values().next().value!.cells).length);
    for (const cell of shown) {
      expect(cell.values, `${cell.id} ${cell.dimension}`).toEqual(expected.get(cell.id!)!.cells[cell.dimension!].map((fact) => fact.text));
    }
    await page.close();
  });

  it('opens every preset from the home page with the agreements it promises', async () => {
    const names = { country: (id: string) => id, legalCase: (id: string) => id };
    const records = of('agreements').map(({ file, data }) => toComparableRecord(file.id, data as unknown as Agreement, names));
    records.sort((a, b) => a.shortTitle.localeCompare(b.shortTitle, 'en'));
    const { page } = await openPage(site.browser(), site.url('/'));
    for (const preset of comparePresets) {
      await page.goto(site.url('/'));
      await page.locator(`main a[data-preset="${preset.id}"]`).click();
      await page.waitForURL(/\/compare\//);
      await tableReady(page);
      const expected = selectColumns(records, preset.state, defaultSelection(records)).columns.map((record) => record.id);
      expect(expected.length, preset.id).toBeGreaterThan(0);
      expect(await columnIds(page), preset.id).toEqual(expected);
    }
    await page.close();
  });

  it('works by keyboard alone', async () => {
    const context = await site.browser().newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.url('') });
    const page = await context.newPage();
    await page.goto(site.url('/compare/'));
    const focusNext = async (selector: string) => {
      for (let step = 0; step < 200; step++) {
        await page.keyboard.press('Tab');
        if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
      }
      throw new Error(`could not reach ${selector} with Tab`);
    };
    // Open the agreements list and toggle the first agreement: its column appears or goes accordingly.
    await focusNext('details:first-of-type > summary');
    await page.keyboard.press('Enter');
    await focusNext('input[name="a"]');
    const [firstId, wasChecked] = await page.evaluate(() => [(document.activeElement as HTMLInputElement).value, (document.activeElement as HTMLInputElement).checked] as const);
    await page.keyboard.press('Space');
    await page.waitForFunction(
      ([id, shown]) => Boolean(document.querySelector(`[data-compare-table] th[data-col="${id}"]`)) === shown,
      [firstId, !wasChecked] as const,
    );
    // Open the folded filters and choose a status with the arrow keys.
    await focusNext('details:nth-of-type(3) > summary');
    await page.keyboard.press('Enter');
    await focusNext('select[name="status"]');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction(() => location.search.includes('status='));
    // Open the view choices; turn on differ-only and swap with the space bar.
    await focusNext('details:nth-of-type(4) > summary');
    await page.keyboard.press('Enter');
    await focusNext('input[name="differ"]');
    await page.keyboard.press('Space');
    await focusNext('input[name="swap"]');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => location.search.includes('differ=1') && location.search.includes('swap=1'));
    // Copy the link with Enter.
    await focusNext('[data-copy-link]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('[data-compare-status]')?.textContent === 'Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
    // A dimension name explains itself on focus.
    await page.goto(site.url('/compare/'));
    await focusNext('.dim-label');
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!.nextElementSibling!).display)).toBe('block');
    await context.close();
  });

  it('downloads the current view as CSV', async () => {
    const context = await site.browser().newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const ids = agreementIds.slice(0, 2);
    await page.goto(site.url(`/compare/?a=${ids.join(',')}&d=status`));
    await tableReady(page);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    // The browser is shared over a WebSocket, so the file is read as a stream rather than from the browser's disk.
    const { text } = await import('node:stream/consumers');
    const csv = (await text(await download.createReadStream())).replace(/^\uFEFF/, '');
    const [header, status] = csv.split('\r\n');
    expect(header.split(',').length).toBe(3);
    expect(status.startsWith('Status,')).toBe(true);
    await context.close();
  });

  it('compares clauses: each agreement’s answer, note and pinpoint side by side, from the URL', async () => {
    const clauseRows = ['clause-binding', 'clause-non-refoulement', 'clause-notice'];
    const pair = ['uk-rwanda-2022', 'us-rwanda-2025'].filter((id) => agreementIds.includes(id));
    const { page, problems } = await openPage(site.browser(), site.url(`/compare/?a=${pair.join(',')}&d=${clauseRows.join(',')}`));
    await tableReady(page);
    const rowIds = await page.locator('[data-compare-table] tbody tr[data-dimension]').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-dimension')));
    expect(rowIds).toEqual(clauseRows);
    const answers = await page.locator('[data-compare-table] tbody .fact__value').allTextContents();
    expect(answers.length).toBe(clauseRows.length * pair.length);
    for (const answer of answers) expect(answer).toMatch(/^(Yes|No|Conditional|Not in the text|Text not public|Unknown|Not applicable)/);
    // Every note and every pinpoint link the files give for these clauses is in the table.
    // Rows are the clauses, columns the agreements: the table reads clause by clause.
    const clausesOf = (id: string) => (of('agreements').find(({ file }) => file.id === id)!.data as unknown as Agreement).clauses!;
    const coded = (['binding', 'non-refoulement', 'notice'] as const).flatMap((clause) => pair.map((id) => clausesOf(id)[clause]));
    // Each note is a disclosure: its text without the "Note" summary.
    const notes = await page.locator('[data-compare-table] tbody .fact__note').evaluateAll((details) =>
      details.map((note) => [...note.childNodes].filter((child) => child.nodeName !== 'SUMMARY').map((child) => child.textContent).join('')),
    );
    expect(notes).toEqual(coded.filter((clause) => clause.note).map((clause) => clause.note));
    const links = await page.locator('[data-compare-table] tbody a.fact__pinpoint').evaluateAll((anchors) => anchors.map((anchor) => anchor.getAttribute('href')));
    expect(links).toEqual(coded.flatMap((clause) => (clause.answer !== 'unknown' && clause.answer !== 'not-applicable' && clause.pinpoint?.url ? [clause.pinpoint.url] : [])));
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no axe violations, with notes closed and messages shown', async () => {
    const context = await site.browser().newContext();
    const page = await context.newPage();
    await page.goto(site.url(`/compare/?a=${agreementIds.slice(0, 3).join(',')},no-such-agreement-2020&values=only`));
    await tableReady(page);
    expect(await page.locator('[data-compare-notices]').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

/** Where the table sits and what scrolls, measured on the first screen of a phone and of a laptop. */
async function firstScreen(page: Page) {
  return page.evaluate(() => {
    const region = document.querySelector<HTMLElement>('[data-compare-region]')!;
    const firstRow = [...document.querySelectorAll('[data-compare-table] tbody tr[data-dimension]')][0];
    return {
      tableTop: document.querySelector('[data-compare-table]')!.getBoundingClientRect().top,
      cells: [...firstRow.querySelectorAll('td')].map((cell) => cell.getBoundingClientRect().toJSON() as DOMRect),
      // A box that scrolls on its own, vertically or sideways, competes with the page.
      boxScrollsDown: region.scrollHeight > region.clientHeight + 1,
      boxScrollsSideways: region.scrollWidth > region.clientWidth + 1,
      pageScrollsSideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
      openPickers: document.querySelectorAll('[data-compare-form] details[open]').length,
    };
  });
}

describe('/compare/ on a phone and a laptop', () => {
  it('at 390 × 844: the table starts on the first screen, two agreements abreast, and only the page scrolls', async () => {
    const context = await site.browser().newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(site.url('/compare/'));
    const screen = await firstScreen(page);
    expect(screen.openPickers).toBe(0);
    expect(screen.tableTop).toBeLessThan(844);
    // The first row's first two values sit side by side, both on the first screen, inside the 390 px width.
    const [first, second] = screen.cells;
    expect(second.top).toBe(first.top);
    expect(second.left).toBeGreaterThanOrEqual(first.right);
    expect(second.right).toBeLessThanOrEqual(390);
    expect(first.top).toBeLessThan(844);
    expect(screen).toMatchObject({ boxScrollsDown: false, boxScrollsSideways: false, pageScrollsSideways: false });
    // Each value names its agreement on the card.
    expect(await page.locator('[data-compare-table] tbody td .cell-label').first().isVisible()).toBe(true);
    await context.close();
  });

  it('at 1366 × 900: a table with every chosen agreement as a column and no scroll box of its own', async () => {
    const context = await site.browser().newContext({ viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    await page.goto(site.url('/compare/'));
    const screen = await firstScreen(page);
    expect(screen.tableTop).toBeLessThan(900);
    expect(new Set(screen.cells.map((cell) => cell.top)).size).toBe(1);
    expect(screen.cells.at(-1)!.right).toBeLessThanOrEqual(1366);
    expect(screen).toMatchObject({ boxScrollsDown: false, boxScrollsSideways: false, pageScrollsSideways: false });
    expect(await page.locator('[data-compare-table] tbody td .cell-label').first().isVisible()).toBe(false);
    await context.close();
  });
});

describe('/compare/ says what it leaves out', () => {
  const notices = (page: Page) => page.locator('[data-compare-notices] p').allTextContents();

  it('names an unknown id from the URL and a ticked agreement the region filter hid', async () => {
    const [inCentralAmerica, inEasternAfrica] = ['us-el-salvador-2025', 'us-rwanda-2025'];
    const { page, problems } = await openPage(site.browser(), site.url(`/compare/?a=${inCentralAmerica},no-such-agreement-2020,${inEasternAfrica}&region=Eastern+Africa`));
    await tableReady(page);
    expect(await columnIds(page)).toEqual([inEasternAfrica]);
    const shown = await notices(page);
    expect(shown[0]).toContain('No agreement has the id "no-such-agreement-2020"');
    expect(shown[1]).toMatch(/^The filter \(receiving region "Eastern Africa"\) hid 1 ticked agreement: US–El Salvador/);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('keeps columns in the order ticked, selects all or no dimensions, and says so when nothing is left', async () => {
    const { page } = await openPage(site.browser(), site.url('/compare/?a=us-libya-2025,us-rwanda-2025'));
    await tableReady(page);
    await page.locator('summary', { hasText: 'Agreements' }).click();
    await page.locator('input[name="a"][value="uk-rwanda-2022"]').check();
    await page.waitForFunction(() => location.search.includes('uk-rwanda-2022'));
    expect(await columnIds(page)).toEqual(['us-libya-2025', 'us-rwanda-2025', 'uk-rwanda-2022']);
    expect(new URL(page.url()).searchParams.get('a')).toBe('us-libya-2025,us-rwanda-2025,uk-rwanda-2022');
    await page.locator('summary', { hasText: 'Dimensions' }).click();
    await page.getByRole('button', { name: 'Select none' }).click();
    await page.waitForFunction(() => !document.querySelector('[data-compare-table]'));
    expect(await notices(page)).toEqual(['No dimension is ticked: tick at least one under "Dimensions" to compare.']);
    expect(await page.locator('[data-compare-region]').isVisible()).toBe(false);
    await page.getByRole('button', { name: 'Select all' }).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-compare-table] tbody tr[data-dimension]').length > 20);
    expect(await page.locator('[data-compare-notices]').isVisible()).toBe(false);
    await page.close();
  });

  it('shows values only with each note one click away, and prints the view with its sources and address', async () => {
    const { page } = await openPage(site.browser(), site.url('/compare/?a=us-rwanda-2025,uk-rwanda-2022&values=only'));
    await tableReady(page);
    const note = page.locator('[data-compare-table] details.fact__note').first();
    expect(await note.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(false);
    await note.locator('summary').click();
    expect(await note.evaluate((details) => (details as HTMLDetailsElement).open)).toBe(true);
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('[data-print-address]').textContent()).toBe(page.url());
    expect(await page.locator('[data-print-address]').isVisible()).toBe(true);
    expect(await page.locator('[data-compare-actions]').isVisible()).toBe(false);
    expect(await page.locator('#cmp-source-1').isVisible()).toBe(true);
    await page.close();
  });
});
