import type { Page } from '@playwright/test';
import { expect, test } from '../support/web-app';

// Saves, journal entries and trash in the orders a busy machine produces now and then, made to
// happen every time by holding the host's answers (see electron/services/host-delays.ts). None
// may end in a "Recover unsaved changes" prompt or a lost word.

async function typeAtEnd(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Article body' }).locator('p').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

/**
 * Types " Crews came. Two were hurt." at the end, on past the journal's first moment (2 s) in
 * short pauses, and returns once the journal entry has been sent.
 */
async function typePastTheJournal(page: Page) {
  await typeAtEnd(page, ' Crews came.');
  const sent = page.waitForRequest('**/api/journalChanges');
  for (const word of [' Two', ' were', ' hurt.']) {
    await page.waitForTimeout(800);
    await page.keyboard.type(word);
  }
  await sent;
}

/** Reloads the page and waits until the host has answered the story's open (which carries its recovered changes, if any). */
async function reloadAndSettle(page: Page) {
  const asked = page.waitForResponse('**/api/openArticle');
  await page.reload();
  await asked;
  await expect(page.getByRole('status')).toHaveText(/^Saved/);
}

const prompt = (page: Page) => page.getByRole('dialog', { name: 'Recover unsaved changes' });

test.describe('the save answers late', () => {
  test.use({ hostDelays: { saveArticle: { after: 2_500 } } });

  test('Save, then the journal and the quote pass while the save is on its way: no prompt after reload', async ({ page, app }) => {
    await app.open();
    await page.getByRole('combobox', { name: 'Status' }).selectOption('in-edit');
    await typeAtEnd(page, ' “We will rebuild the port,” the mayor said.');
    // Saved at once: the quote pass (when typing pauses) and the journal (2 s after the first
    // edit) both come while the save's answer is held.
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status')).toHaveText('Saving…');
    await expect(page.getByRole('status')).toHaveText(/^Saved/, { timeout: 10_000 });
    await reloadAndSettle(page);
    await expect(prompt(page)).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('We will rebuild the port,” the mayor said.');
    await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('in-edit');
  });

  test('duplicate and trash after a late save: the story opened next shows no prompt', async ({ page, app }) => {
    await app.open();
    await typeAtEnd(page, ' three more words');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Saved/, { timeout: 10_000 });
    const list = page.getByRole('list', { name: 'Articles' });
    await page.getByRole('button', { name: 'Duplicate' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await page.getByRole('button', { name: 'Move to trash' }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('three more words');
    await page.getByRole('button', { name: 'Trashed articles' }).click(); // blocked if a prompt's backdrop were up
    await page.getByRole('button', { name: /^Restore / }).click();
    await expect(list.getByRole('listitem')).toHaveCount(2);
    await expect(prompt(page)).toHaveCount(0);
  });
});

test.describe('the journal answers late', () => {
  test.use({ hostDelays: { journalChanges: { after: 2_000 }, journalArticle: { after: 2_000 } } });

  test('typing, a journal on its way, then Save: the save follows it, and nothing is offered after reload', async ({ page, app }) => {
    await app.open();
    await typePastTheJournal(page);
    await page.keyboard.press('Control+s');
    await expect(page.getByRole('status')).toHaveText(/^Saved/, { timeout: 10_000 });
    await reloadAndSettle(page);
    await expect(prompt(page)).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Crews came. Two were hurt.');
  });
});

test.describe('the journal reaches the host late', () => {
  test.use({ hostDelays: { journalChanges: { before: 2_000 }, journalArticle: { before: 2_000 } } });

  test('trash while the journal is on its way: restored, the story opens with every word and no prompt', async ({ page, app }) => {
    await app.open();
    await typePastTheJournal(page);
    await page.getByRole('button', { name: 'Move to trash' }).click();
    const list = page.getByRole('list', { name: 'Articles' });
    await expect(list).toContainText('No articles yet');
    await page.getByRole('button', { name: 'Trashed articles' }).click();
    await page.getByRole('button', { name: /^Restore / }).click();
    await expect(list.getByRole('listitem')).toHaveCount(1);
    await expect(list).not.toContainText('No articles yet');
    await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Crews came. Two were hurt.');
    await expect(prompt(page)).toHaveCount(0);
    await reloadAndSettle(page);
    await expect(prompt(page)).toHaveCount(0);
    await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Crews came. Two were hurt.');
  });
});
