import { defineConfig } from '@playwright/test';

/** Electron end-to-end tests: run by `npm test` only where an Electron binary exists (ELECTRON_PATH). */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 90_000,
  workers: 1,
  outputDir: '../../test-results/electron-artifacts',
  reporter: [['list'], ['json', { outputFile: '../../test-results/electron.json' }]],
});
