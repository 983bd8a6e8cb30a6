/** Shared set-up for browser tests: the built site served on 127.0.0.1 and one Chromium for the file. */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { serveStatic, type RunningServer } from '../../src/cli/static-server.ts';

export const DIST = process.env.DIST_DIR ?? 'dist';

export function useSite(): { url: (path: string) => string; browser: () => Browser } {
  let server: RunningServer;
  let browser: Browser;
  beforeAll(async () => {
    if (!existsSync(`${DIST}/index.html`)) throw new Error(`No built site in ${DIST}/: run "npm run build" first`);
    server = await serveStatic(DIST);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return { url: (path) => `${server.url}${path}`, browser: () => browser };
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
