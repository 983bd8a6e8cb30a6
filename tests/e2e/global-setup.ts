/**
 * One static server and one Chromium for every browser test file: started once before the files run, shared over
 * the DevTools WebSocket, closed after. Starting a browser per file cost more than most files' tests.
 */
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chooseChromium, describeChoice, HEADLESS_FLAGS } from '../../src/cli/chromium.ts';
import { serveStatic } from '../../src/cli/static-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Base URL of the built site, such as http://127.0.0.1:40123. */
    siteUrl: string;
    /** Playwright WebSocket endpoint of the shared Chromium. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  const dist = process.env.DIST_DIR ?? 'dist';
  if (!existsSync(`${dist}/index.html`)) throw new Error(`No built site in ${dist}/: run "npm run build" first`);
  const choice = await chooseChromium();
  console.log(describeChoice(choice));
  const server = await serveStatic(dist);
  const browser = await chromium.launchServer({ executablePath: choice.path, args: HEADLESS_FLAGS });
  project.provide('siteUrl', server.url);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await server.close();
  };
}
