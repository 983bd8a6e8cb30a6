/**
 * Two projects: `unit` (pure modules and the real content, no browser) and `e2e` (the built site in Chromium, one
 * server and one browser shared by every file through the global set-up).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { testAddressEnvironment } from '../src/cli/test-address.ts';

export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    // Builds started by a test, and tests run on their own, use the same configured test address as `npm test`.
    env: { ...testAddressEnvironment },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/content/**/*.test.ts'],
          // The modules under test are pure: reusing a worker across files saves a start-up per file.
          isolate: false,
          // A few tests start a command-line tool or git; on a loaded 2-core machine one start can take seconds.
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Two files at a time: while one waits on the browser, the other's page can use the second core.
          maxWorkers: 2,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
