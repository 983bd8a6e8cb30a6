/**
 * Which Chromium the browser tests and the Lighthouse report drive. In order: `CHROME_PATH` when set, a system
 * Chromium when one is installed, else the Chromium that `@sparticuz/chromium` ships inside its npm tarball (pinned
 * in the lockfile, unpacked to the temporary folder on first use), so `npm ci && npm test` needs nothing beyond Node
 * and npm. Nothing is ever downloaded from outside the package registry.
 */
import { existsSync } from 'node:fs';

export type ChromiumChoice = {
  /** The executable to launch. */
  path: string;
  /** Why this one: shown in the test output so a failure can be traced to the browser that ran. */
  origin: 'CHROME_PATH' | 'system' | 'npm (@sparticuz/chromium)';
};

/** System installs looked for, most common first (Debian's package, then Ubuntu's and Google's names). */
export const SYSTEM_CHROMIUM_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
];

/** Flags that let Chromium start headless as root on a closed network without reaching out or pausing. */
export const HEADLESS_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/** The choice without side effects, for a given environment and file system: what `chooseChromium` acts on. */
export function pickChromium(
  env: Record<string, string | undefined>,
  exists: (path: string) => boolean,
): ChromiumChoice | 'npm' {
  const fromEnv = env.CHROME_PATH?.trim();
  if (fromEnv) {
    if (!exists(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there`);
    return { path: fromEnv, origin: 'CHROME_PATH' };
  }
  const system = SYSTEM_CHROMIUM_PATHS.find(exists);
  if (system) return { path: system, origin: 'system' };
  return 'npm';
}

let chosen: Promise<ChromiumChoice> | undefined;

/** Decides once per process; unpacking the npm Chromium takes about two seconds the first time. */
export function chooseChromium(): Promise<ChromiumChoice> {
  chosen ??= (async () => {
    const pick = pickChromium(process.env, existsSync);
    if (pick !== 'npm') return pick;
    const { default: sparticuz } = await import('@sparticuz/chromium');
    return { path: await sparticuz.executablePath(), origin: 'npm (@sparticuz/chromium)' };
  })();
  return chosen;
}

export const describeChoice = (choice: ChromiumChoice) => `Chromium from ${choice.origin}: ${choice.path}`;
