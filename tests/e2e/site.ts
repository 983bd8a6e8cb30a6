/** Shared set-up for browser tests: the built site and the Chromium that the global set-up started for every file. */
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type Page } from 'playwright-core';

export const DIST = process.env.DIST_DIR ?? 'dist';

/** Connects this file to the shared browser; each file still opens its own pages and contexts and closes them. */
export function useSite(): { url: (path: string) => string; browser: () => Browser } {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.connect(inject('browserEndpoint'));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return { url: (path) => `${inject('siteUrl')}${path}`, browser: () => browser };
}

/** Opens a page and records console errors and failed requests while it loads. */
export async function openPage(browser: Browser, url: string): Promise<{ page: Page; status: number | undefined; problems: string[] }> {
  const page = await browser.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
  page.on('response', (response) => {
    if (response.status() >= 400 && response.url() !== url) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  return { page, status: response?.status(), problems };
}
