import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from './tests/support/chromium';

/** End-to-end tests: the real app in Debian's Chromium, served by the web host on a temp library. */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  fullyParallel: true,
  retries: 0,
  // COPYDESK_TEST_RESULTS keeps parallel runs apart; npm test reads e2e.json from the same folder.
  outputDir: `${process.env.COPYDESK_TEST_RESULTS ?? 'test-results'}/e2e-artifacts`,
  reporter: [['list'], ['json', { outputFile: `${process.env.COPYDESK_TEST_RESULTS ?? 'test-results'}/e2e.json` }]],
  use: {
    launchOptions: chromiumLaunchOptions(),
    viewport: { width: 1440, height: 900 },
    trace: 'off',
  },
});
