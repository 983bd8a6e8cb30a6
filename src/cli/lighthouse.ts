/**
 * `npm run lighthouse`: Lighthouse (performance, accessibility, best practices, SEO) for the home page, an agreement,
 * /compare/ and /search/, against the built site served on 127.0.0.1 in the Chromium the tests use (src/cli/chromium.ts). A report,
 * not a test: timings on a shared machine vary, so CI does not depend on it. Run `npm run build` first.
 */
import { existsSync, readdirSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { chooseChromium, describeChoice, HEADLESS_FLAGS } from './chromium.ts';
import { serveStatic } from './static-server.ts';

const dist = process.env.DIST_DIR ?? 'dist';
if (!existsSync(`${dist}/index.html`)) {
  console.error(`No built site in ${dist}/: run "npm run build" first.`);
  process.exit(2);
}
const agreement = readdirSync(`${dist}/agreements`, { withFileTypes: true }).find((entry) => entry.isDirectory())!.name;
const pages = ['/', `/agreements/${agreement}/`, '/compare/', '/search/?q=rwanda'];
const categories = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

const server = await serveStatic(dist);
const browser = await chooseChromium();
console.log(describeChoice(browser));
const chrome = await chromeLauncher.launch({ chromePath: browser.path, chromeFlags: HEADLESS_FLAGS });
const rows: Record<string, number | string>[] = [];
try {
  for (const path of pages) {
    const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...categories] });
    const lhr = result!.lhr;
    const row: Record<string, number | string> = { page: path };
    for (const category of categories) row[category] = Math.round((lhr.categories[category]?.score ?? 0) * 100);
    rows.push(row);
    const failing = Object.values(lhr.audits).filter((audit) => audit.score !== null && audit.score < 0.9 && audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable');
    console.log(`${path}: ${categories.map((category) => `${category} ${row[category]}`).join(', ')}${failing.length ? `; below 90: ${failing.map((audit) => audit.id).join(', ')}` : ''}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
console.log(JSON.stringify({ lighthouse: rows }));
