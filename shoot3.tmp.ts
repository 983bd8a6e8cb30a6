import { launchBrowser } from './tests/e2e/browser.ts';
import { serveStatic } from './tests/e2e/static-server.ts';
const server = await serveStatic(process.argv[2]);
const browser = await launchBrowser();
for (const spec of process.argv.slice(3)) {
  const [path, selector, name, dark, width] = spec.split('|');
  const context = await browser.newContext({ viewport: { width: Number(width || 1200), height: 900 }, colorScheme: dark ? 'dark' : 'light' });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log('console error', path, m.text()); });
  await page.goto(server.url + path);
  if (selector) await page.locator(selector).first().screenshot({ path: `/tmp/shots/${name}.png` });
  else await page.screenshot({ path: `/tmp/shots/${name}.png`, fullPage: true });
  await context.close();
}
await browser.close(); await server.close();
