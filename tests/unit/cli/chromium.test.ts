import { describe, expect, it } from 'vitest';
import { HEADLESS_FLAGS, pickChromium, SYSTEM_CHROMIUM_PATHS } from '../../../src/cli/chromium.ts';

const only = (...present: string[]) => (path: string) => present.includes(path);

describe('pickChromium', () => {
  it('takes CHROME_PATH first, even when a system Chromium exists', () => {
    expect(pickChromium({ CHROME_PATH: '/opt/chrome' }, only('/opt/chrome', '/usr/bin/chromium'))).toEqual({ path: '/opt/chrome', origin: 'CHROME_PATH' });
  });

  it('refuses a CHROME_PATH that points at nothing rather than silently using another browser', () => {
    expect(() => pickChromium({ CHROME_PATH: '/nowhere/chrome' }, only('/usr/bin/chromium'))).toThrow(/CHROME_PATH is set to \/nowhere\/chrome/);
  });

  it('takes a system Chromium when CHROME_PATH is unset or blank', () => {
    expect(pickChromium({}, only('/usr/bin/chromium'))).toEqual({ path: '/usr/bin/chromium', origin: 'system' });
    expect(pickChromium({ CHROME_PATH: ' ' }, only('/usr/bin/chromium-browser'))).toEqual({ path: '/usr/bin/chromium-browser', origin: 'system' });
    expect(SYSTEM_CHROMIUM_PATHS[0]).toBe('/usr/bin/chromium');
  });

  it('falls back to the npm-shipped Chromium on a bare machine', () => {
    expect(pickChromium({}, only())).toBe('npm');
  });

  it('launches headless without a sandbox or background networking', () => {
    for (const flag of ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run']) {
      expect(HEADLESS_FLAGS).toContain(flag);
    }
  });
});
