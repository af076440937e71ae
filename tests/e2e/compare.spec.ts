import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test } from '../support/web-app';

/** History → Compare versions: words deleted and inserted between two versions, and "Restore this paragraph". */

async function typeAtEnd(page: Page, text: string) {
  await page.getByRole('textbox', { name: 'Article body' }).locator('p').last().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

const OLD = 'The mayor cancelled the parade on Tuesday.';
const NEW = 'The mayor cancelled the spring festival on Friday.';

test('comparing two revisions shows the words deleted and inserted; a paragraph restored from one is undoable', async ({ page, app }) => {
  await app.open();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await typeAtEnd(page, ` ${OLD}`);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved/);
  // Delete "parade on Tuesday." and write other words in its place.
  await typeAtEnd(page, '');
  for (let i = 0; i < 'parade on Tuesday.'.length; i++) await page.keyboard.press('Backspace');
  await page.keyboard.type('spring festival on Friday.');
  await page.keyboard.press('Control+s');
  await expect(page.getByRole('status')).toHaveText(/^Saved/);
  await expect(body).toContainText(NEW);

  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'History' });
  const revisions = history.getByRole('list', { name: 'Revisions' }).getByRole('listitem');
  await expect(revisions).toHaveCount(2);
  // The older revision, compared with the newer one.
  await revisions.last().getByRole('button').click();
  await expect(history.getByRole('region', { name: /^Revision of/ })).toContainText(OLD);
  const compareWith = history.getByRole('combobox', { name: 'Compare with' });
  await expect(compareWith.getByRole('option')).toHaveText(['Current text', /^Saved · [\d,]+ words/]);
  await compareWith.selectOption({ index: 1 });
  await history.getByRole('button', { name: 'Compare', exact: true }).click();
  const comparison = history.getByRole('region', { name: 'Comparison' });
  await expect(comparison).toBeVisible();
  await expect(comparison.locator('del')).toHaveText(['parade', 'Tuesday']);
  await expect(comparison.locator('ins')).toHaveText(['spring festival', 'Friday']);
  await expect(comparison).toContainText('1 paragraph changed; 3 words inserted, 2 deleted.');
  // Two revisions: neither is the text in the editor, so there is nothing to restore into it.
  await expect(comparison.getByRole('button', { name: 'Restore this paragraph' })).toHaveCount(0);

  // The same revision against the text in the editor now.
  await compareWith.selectOption({ label: 'Current text' });
  await expect(comparison).toContainText('Newer: Current text');
  await expect(comparison.locator('del')).toHaveText(['parade', 'Tuesday']);
  const restore = comparison.getByRole('button', { name: 'Restore this paragraph' });
  await expect(restore).toHaveCount(1);
  await restore.click();
  await expect(body).toContainText(OLD);
  await expect(body).not.toContainText(NEW);
  // The comparison follows: the story reads as the revision did.
  await expect(comparison).toContainText('No differences.');
  await expect(comparison.locator('del')).toHaveCount(0);
  await expect(restore).toHaveCount(0);
  // One undo step brings the current text back.
  await page.keyboard.press('Control+z');
  await expect(body).toContainText(NEW);
  await expect(body).not.toContainText(OLD);
  // The comparison follows the story: the difference, and the paragraph to restore, are back.
  await expect(comparison.locator('del')).toHaveText(['parade', 'Tuesday']);
  await expect(restore).toHaveCount(1);
});

test('the Compare controls and the comparison have accessible names, and a comparison can be put away', async ({ page, app }) => {
  await app.open();
  await typeAtEnd(page, ' A sentence kept at the first save.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved/);
  await typeAtEnd(page, ' One more, not saved.');
  await page.getByRole('button', { name: 'History' }).click();
  const history = page.getByRole('region', { name: 'History' });
  await history.getByRole('list', { name: 'Revisions' }).getByRole('button').click();
  // Compare with the current text is the first choice: one click.
  await expect(history.getByRole('combobox', { name: 'Compare with' })).toHaveValue('current');
  await history.getByRole('button', { name: 'Compare', exact: true }).click();
  const comparison = history.getByRole('region', { name: 'Comparison' });
  await expect(comparison.locator('ins')).toHaveText(['One more, not saved.']);
  await expect(comparison.locator('del')).toHaveCount(0);
  // A paragraph that only gained words can still be put back as it was.
  await expect(comparison.getByRole('button', { name: 'Restore this paragraph' })).toHaveCount(1);
  expect(await axeViolations(page)).toEqual([]);
  await history.getByRole('button', { name: 'Hide comparison' }).click();
  await expect(comparison).toBeHidden();
  await expect(history.getByRole('region', { name: /^Revision of/ })).toContainText('A sentence kept at the first save.');
});
