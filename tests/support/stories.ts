// Steps the end-to-end tests take with stories: start one, save it, read it back from disk.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, type WebApp } from './web-app';

/** The article file on disk with this headline, as JSON. */
export async function savedArticle(app: WebApp, headline: string) {
  const summary = (await app.library.list()).find((a) => a.headline === headline);
  if (!summary) throw new Error(`no article "${headline}" in the library`);
  return JSON.parse(await readFile(path.join(app.dir, summary.path), 'utf8'));
}

/** Saves and waits for it, so nothing is still being written when the test's library is removed. */
export async function saveNow(page: Page) {
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
}

/** New article: the headline typed once the story is open, then the body's first paragraph. */
export async function newStory(page: Page, headline: string, text: string) {
  await page.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await page.keyboard.type(headline);
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type(text);
}
