import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { type Article, parseArticle, serializeArticle } from '../../shared/article';
import { HostError } from '../../shared/contract';
import { RecoveryJournal } from '../../electron/services/recovery';
import { expect, test, type WebApp } from '../support/web-app';

/** Never lose a word: crash recovery, failed saves, changes on disk, history, damaged files. */

const withParagraphs = (article: Article, ...texts: string[]): Article => ({
  ...article,
  body: { type: 'doc', content: texts.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) },
});

async function sample(app: WebApp) {
  const [summary] = await app.library.list();
  return { ...(await app.library.open(summary.path)), file: path.join(app.dir, summary.path) };
}

/** Saves answer "disk full" — as the real host would — until the returned function is called. */
async function failSaves(page: Page, code = 'disk-full', message = 'Could not save the story: the disk is full. Your text is safe in the editor; free some space and save again.') {
  const handler = (route: import('@playwright/test').Route) =>
    route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ ok: false, error: { code, message } }) });
  await page.route('**/api/saveArticle', handler);
  return () => page.unroute('**/api/saveArticle', handler);
}

async function typeAtEnd(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Article body' }).locator('p').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

test('after a crash, the unsaved changes are offered beside the saved story; restoring is undoable', async ({ page, context, app }) => {
  await app.open();
  const before = await sample(app);
  // At the host, not in the browser: a save sent as the page closes (keepalive: a retry of the
  // failed save, a window losing focus) outlives the page and its routes, and the page closing
  // below must be a crash, with no last save getting through as it goes.
  const allowSaves = app.refuse('saveArticle', new HostError('disk-full', 'Could not save the story: the disk is full. Your text is safe in the editor; free some space and save again.'));
  // While typing, the journal sends the blocks that changed, never the whole story again.
  const changes: string[] = [];
  const wholeStory: string[] = [];
  page.on('request', (r) => {
    if (r.url().endsWith('/api/journalChanges')) changes.push(r.postData() ?? '');
    if (r.url().endsWith('/api/journalArticle')) wholeStory.push(r.postData() ?? '');
  });
  await typeAtEnd(page, ' Late update: the minister resigned.');
  // The journal reaches the library's recovery area within seconds, although no save succeeds.
  // (Waiting for the sentence to its last character: on a busy machine a pause mid-sentence can
  // journal part of it, and the rest would then ride along with the next paragraph's entry.)
  const journalFile = path.join(app.dir, '.copydesk', 'recovery', `${before.article.id}.json`);
  await expect.poll(async () => (await readFile(journalFile, 'utf8').catch(() => '')).includes('the minister resigned.'), { timeout: 10_000 }).toBe(true);
  // More typing in another paragraph: the next entry carries that paragraph only.
  await page.getByRole('textbox', { name: 'Article body' }).locator('p').first().click();
  await page.keyboard.press('Home');
  await page.keyboard.type('UPDATED: ');
  await expect.poll(async () => (await readFile(journalFile, 'utf8').catch(() => '')).includes('UPDATED: '), { timeout: 10_000 }).toBe(true);
  const sent = changes.find((c) => c.includes('UPDATED: '));
  expect(sent).toBeDefined();
  expect(sent).not.toContain('the minister resigned');
  expect(sent).not.toContain('Japan exporting lethal weapons');
  expect(await readFile(journalFile, 'utf8')).toContain('the minister resigned');
  expect(changes.find((c) => c.includes('the minister resigned'))).not.toContain('Japan exporting lethal weapons');
  expect(wholeStory).toEqual([]);
  // The crash: the page goes away without a chance to save. Closing a page blurs its window first,
  // and a blur saves (keepalive, which can outlive the page and its routes): a crash gives no such
  // chance, so the window's blur is kept from the app here.
  await page.evaluate(() => window.addEventListener('blur', (e) => e.stopImmediatePropagation(), true));
  await page.close({ runBeforeUnload: false });
  expect(await readFile(before.file, 'utf8')).not.toContain('the minister resigned');

  const again = await context.newPage();
  await app.open(again);
  const dialog = again.getByRole('dialog', { name: 'Recover unsaved changes' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('region', { name: 'Recovered changes (not saved)' })).toContainText('Late update: the minister resigned.');
  await expect(dialog.getByRole('region', { name: 'Recovered changes (not saved)' })).toContainText('UPDATED: ');
  await expect(dialog.getByRole('region', { name: 'Saved version' })).not.toContainText('the minister resigned');
  await expect(dialog.getByRole('region', { name: 'Saved version' })).toContainText('Ukrainian President Volodymyr Zelenskyy');
  await allowSaves();
  await dialog.getByRole('button', { name: 'Restore recovered changes' }).click();
  await expect(dialog).toBeHidden();
  const body = again.getByRole('textbox', { name: 'Article body' });
  await expect(body).toContainText('Late update: the minister resigned.');
  // Undo takes the editor back to the saved text; Redo brings the recovered text again.
  await again.getByRole('button', { name: 'Undo' }).click();
  await expect(body).not.toContainText('the minister resigned');
  await again.getByRole('button', { name: 'Redo' }).click();
  await expect(body).toContainText('Late update: the minister resigned.');
  await again.getByRole('button', { name: 'Save' }).click();
  await expect(again.getByRole('status')).toHaveText(/^Saved/);
  expect(await readFile(before.file, 'utf8')).toContain('Late update: the minister resigned.');
  await expect(stat(journalFile)).rejects.toMatchObject({ code: 'ENOENT' });
  await again.close();
});

test('keeping the saved version discards the recovered changes, only when chosen', async ({ page, app }) => {
  const before = await sample(app);
  const journal = new RecoveryJournal(app.dir);
  await journal.write({ path: path.basename(before.file), article: withParagraphs(before.article, 'A draft lead that was never saved.'), baseStamp: before.stamp });
  await app.open();
  const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes' });
  await expect(dialog).toContainText('A draft lead that was never saved.');
  // Reloading without choosing keeps the journal: it is offered again.
  await page.reload();
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Keep saved version' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Ukrainian President Volodymyr Zelenskyy');
  await expect.poll(() => journal.list().then((l) => l.length)).toBe(0);
  expect(await readFile(before.file, 'utf8')).toBe(serializeArticle(before.article));
});

test('a failed save says why, keeps the text, and succeeds by itself once the cause is gone', async ({ page, app }) => {
  await app.open();
  const { file } = await sample(app);
  const restore = await failSaves(page);
  await typeAtEnd(page, ' Paragraph written while the disk was full.');
  const banner = page.getByRole('alert').filter({ hasText: 'the disk is full' });
  await expect(banner).toBeVisible({ timeout: 8_000 });
  await expect(banner).toContainText('Your text is safe');
  await expect(page.getByRole('status')).toHaveText('Not saved');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Paragraph written while the disk was full.');
  expect(await readFile(file, 'utf8')).not.toContain('while the disk was full');
  await restore();
  // No click: the retry with backoff saves it.
  await expect(page.getByRole('status')).toHaveText(/^Saved/, { timeout: 20_000 });
  expect(await readFile(file, 'utf8')).toContain('Paragraph written while the disk was full.');
  await expect(banner).toBeHidden();
});

test('an open that answers late never replaces the story opened after it, or words typed meanwhile', async ({ page, app }) => {
  // The app's own open of the library's first story at start is held back; the reporter clicks
  // the story in the list meanwhile and starts work in it.
  let release = () => {};
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  let first = true;
  await page.route('**/api/openArticle', async (route) => {
    if (!first) return route.continue();
    first = false;
    await held;
    await route.continue();
  });
  await app.open();
  const { article } = await sample(app);
  await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: article.headline.slice(0, 30) }).click();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toContainText('Takaichi');
  await typeAtEnd(page, ' Words typed while the first open was slow.');
  await page.getByRole('textbox', { name: 'Dateline' }).fill('KYIV, Nov. 27');

  const late = page.waitForResponse('**/api/openArticle');
  release();
  await late;
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await expect(body).toContainText('Words typed while the first open was slow.');
  await expect(page.getByRole('textbox', { name: 'Dateline' })).toHaveValue('KYIV, Nov. 27');
  await expect(body.locator('.dateline-lead')).toContainText('KYIV, Nov. 27');

  // Clicking the story that is already open keeps it as it is, undo history and all.
  await page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: article.headline.slice(0, 30) }).click();
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
  await expect(page.getByRole('textbox', { name: 'Dateline' })).toHaveValue('KYIV, Nov. 27');
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(body).not.toContainText('Words typed while the first open was slow.');
});

test('a story changed on disk reloads when nothing is unsaved', async ({ page, app }) => {
  await app.open();
  const { article, file } = await sample(app);
  await expect(page.getByRole('status')).toHaveText(/^Saved/);
  await writeFile(file, serializeArticle(withParagraphs({ ...article, headline: 'Updated by the wire desk' }, 'The wire desk rewrote this story.')));
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Updated by the wire desk', { timeout: 10_000 });
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText('The wire desk rewrote this story.');
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText('Updated by the wire desk');
});

test('changed on disk under unsaved changes: both versions shown; keeping mine keeps theirs in History', async ({ page, app }) => {
  await app.open();
  const { article, file } = await sample(app);
  const restore = await failSaves(page, 'busy', 'Could not save the story: another program has it locked. Your text is safe in the editor.');
  await typeAtEnd(page, ' My unsaved correction.');
  await expect(page.getByRole('status')).toHaveText('Not saved', { timeout: 8_000 });
  await restore();
  await writeFile(file, serializeArticle(withParagraphs(article, 'The sync client’s copy of the story.')));
  const conflict = page.getByRole('region', { name: 'Changed on disk' });
  await expect(conflict).toBeVisible({ timeout: 10_000 });
  await expect(conflict.getByRole('region', { name: 'Your version (in the editor)' })).toContainText('My unsaved correction.');
  await expect(conflict.getByRole('region', { name: 'Version on disk' })).toContainText('The sync client’s copy of the story.');
  // Nothing was written over the other program's file while the reporter decides.
  await page.waitForTimeout(2500);
  expect(await readFile(file, 'utf8')).toContain('The sync client’s copy');
  await conflict.getByRole('button', { name: 'Keep my version' }).click();
  await expect(conflict).toBeHidden();
  await expect(page.getByRole('status')).toHaveText(/^Saved/);
  expect(await readFile(file, 'utf8')).toContain('My unsaved correction.');
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'History' });
  await history.getByRole('button', { name: /^Replaced version/ }).click();
  await expect(history).toContainText('The sync client’s copy of the story.');
});

test('changed on disk under unsaved changes: using the version on disk', async ({ page, app }) => {
  await app.open();
  const { article, file } = await sample(app);
  const restore = await failSaves(page, 'busy', 'Could not save the story: another program has it locked. Your text is safe in the editor.');
  await typeAtEnd(page, ' A sentence I will give up.');
  await expect(page.getByRole('status')).toHaveText('Not saved', { timeout: 8_000 });
  await restore();
  await writeFile(file, serializeArticle(withParagraphs(article, 'The editor’s version from the shared drive.')));
  const conflict = page.getByRole('region', { name: 'Changed on disk' });
  await conflict.getByRole('button', { name: 'Use the version on disk' }).click();
  await expect(conflict).toBeHidden();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toHaveText('The editor’s version from the shared drive.');
  expect(parseArticle(await readFile(file, 'utf8')).body).toEqual(withParagraphs(article, 'The editor’s version from the shared drive.').body);
});

test('History lists revisions with time and words; restoring one is undoable', async ({ page, app }) => {
  await app.open();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await typeAtEnd(page, ' First addition.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved/);
  await typeAtEnd(page, ' Second addition.');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Saved/);
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'History' });
  // One panel beside the story at a time: History takes the place of Sources.
  await expect(page.getByRole('region', { name: 'Sources' })).toBeHidden();
  const revisions = history.getByRole('list', { name: 'Revisions' }).getByRole('listitem');
  await expect(revisions).toHaveCount(2);
  await expect(revisions.first()).toContainText(/Saved · \d{3} words/);
  await typeAtEnd(page, ' Third, not saved yet.');
  await revisions.last().getByRole('button').click();
  await expect(history).toContainText('First addition.');
  await expect(history.getByRole('region', { name: /^Revision of/ })).not.toContainText('Second addition.');
  await history.getByRole('button', { name: 'Restore this version' }).click();
  await expect(body).toContainText('First addition.');
  await expect(body).not.toContainText('Second addition.');
  await expect(body).not.toContainText('Third, not saved yet.');
  await expect(history).toContainText('Undo brings back the text you had');
  // The text that was replaced is in the history too, and Undo brings it back.
  await expect(revisions).toHaveCount(3);
  await expect(history.getByRole('button', { name: /^Before a restore/ })).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(body).toContainText('Second addition. Third, not saved yet.');
  await page.getByRole('button', { name: 'Review quotes' }).click();
  await expect(history).toBeHidden();
  await page.getByRole('button', { name: 'History' }).click();
  await expect(history).toBeVisible();
  await page.getByRole('button', { name: 'Sources' }).click();
  await expect(page.getByRole('region', { name: 'Sources' })).toBeVisible();
  await expect(history).toBeHidden();
});

test('a damaged article opens nothing, says which file, and is never written to', async ({ page, app }) => {
  const broken = path.join(app.dir, 'council-budget.copydesk.json');
  const bytes = '{"format": "copydesk-article", "schemaVersion": 1, "headline": "Council bud';
  await writeFile(broken, bytes);
  await app.open();
  const item = page.getByRole('button', { name: /council-budget\.copydesk\.json/ });
  await expect(item).toContainText('Can’t be opened');
  await item.click();
  await expect(page.getByRole('alert')).toContainText('Could not open "council-budget.copydesk.json"');
  await expect(page.getByRole('alert')).toContainText('The file was not changed');
  // The story that was open stays open and editable; autosaves go to it, never to the damaged file.
  await typeAtEnd(page, ' Still typing.');
  await expect(page.getByRole('status')).toHaveText(/^Saved/, { timeout: 8_000 });
  expect(await readFile(broken, 'utf8')).toBe(bytes);
  expect((await readdir(app.dir)).filter((n) => n.startsWith('.council'))).toEqual([]);
});
