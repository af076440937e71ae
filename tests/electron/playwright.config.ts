import path from 'node:path';
import { defineConfig } from '@playwright/test';

// Beside the web e2e results (npm test reads electron.json there); the repo root is the working directory.
const results = path.resolve(process.env.COPYDESK_TEST_RESULTS ?? 'test-results');

/** Electron end-to-end tests: run by `npm test` only where an Electron binary exists (ELECTRON_PATH). */
export default defineConfig({
  testDir: '.',
  testMatch: '*.spec.ts',
  timeout: 90_000,
  workers: 1,
  outputDir: path.join(results, 'electron-artifacts'),
  reporter: [['list'], ['json', { outputFile: path.join(results, 'electron.json') }]],
});
