import { readFileSync } from 'node:fs';
import { launchBrowser } from './tests/e2e/browser.ts';
import { serveStatic } from './tests/e2e/static-server.ts';
const axeSource = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
const server = await serveStatic(process.argv[2]);
const browser = await launchBrowser();
for (const path of process.argv.slice(3)) {
  for (const scheme of ['light', 'dark'] as const) {
    const context = await browser.newContext({ colorScheme: scheme, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(server.url + path);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    await page.addScriptTag({ content: axeSource });
    const result = await page.evaluate(async () => (window as any).axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'best-practice'] }));
    console.log(scheme, path, 'passes', result.passes.length, 'violations', result.violations.length);
    for (const v of result.violations) console.log(scheme, path, v.id, v.impact, v.nodes.length, v.nodes.slice(0, 2).map((n: any) => n.target.join(' ') + ' :: ' + n.failureSummary.split('\n')[1]).join(' | '));
    await context.close();
  }
}
await browser.close(); await server.close();
