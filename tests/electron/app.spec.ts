import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, type ElectronApplication, type Page, test } from '@playwright/test';

/**
 * The desktop app itself: main process, preload, app:// protocol and IPC. Needs an Electron
 * binary (ELECTRON_PATH); `npm test` only runs this suite where one exists.
 */

const root = path.resolve(import.meta.dirname, '../..');
let app: ElectronApplication;
let page: Page;
let library: string;
const errors: string[] = [];

test.beforeAll(async () => {
  library = await mkdtemp(path.join(os.tmpdir(), 'copydesk-electron-'));
  app = await electron.launch({
    executablePath: process.env.ELECTRON_PATH,
    args: [root, '--library', library, ...(process.getuid?.() === 0 ? ['--no-sandbox'] : [])],
  });
  page = await app.firstWindow();
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
});

test.afterAll(async () => {
  await app?.close();
  await rm(library, { recursive: true, force: true });
});

test('the window is served from app://, isolated, and shows the sample article', async () => {
  expect(page.url()).toMatch(/^app:\/\/copydesk\//);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Zelenskyy proposes historic defence cooperation with Japan');
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined');
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined');
  expect(await page.evaluate(() => Object.keys((window as unknown as { copydesk: object }).copydesk).sort())).toContain('saveArticle');
});

test('a new article typed in the desktop app is saved to the library folder over IPC', async () => {
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type('Desktop headline');
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type('Typed in Electron.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved/);
  const names = await readdir(library);
  const file = names.find((n) => n.startsWith('untitled'));
  expect(file).toBeTruthy();
  const saved = JSON.parse(await readFile(path.join(library, file!), 'utf8'));
  expect(saved.headline).toBe('Desktop headline');
  expect(JSON.stringify(saved.body)).toContain('Typed in Electron.');
  expect(errors).toEqual([]);
});

test('navigation away from the app and new windows are blocked', async () => {
  await page.evaluate(() => {
    window.open('https://example.org', '_blank');
  });
  expect(app.windows()).toHaveLength(1);
  await page.evaluate(() => {
    window.location.href = 'https://example.org';
  }).catch(() => undefined);
  await page.waitForTimeout(500);
  expect(page.url()).toMatch(/^app:\/\/copydesk\//);
});
