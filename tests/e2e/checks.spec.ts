import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newStory, savedArticle, saveNow } from '../support/stories';
import { expect, test } from '../support/web-app';

// The copy desk's checks in the editor: underlines while typing, the card's replacement, Ignore
// here and Turn off rule, and the Checks panel.


const underline = (page: Page, text: string) => page.locator('.check-mark', { hasText: text });

test('underlines appear while typing; a replacement from the card gives clean copy, and undo brings the words back', async ({ page, app }) => {
  await app.open();
  await newStory(page, 'Council writes to residents', 'The council sent an e-mail to residents on Monday.');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(underline(page, 'e-mail')).toHaveCount(1);
  await expect(underline(page, 'e-mail')).toHaveClass(/check-warning/);

  await underline(page, 'e-mail').hover();
  const card = page.getByRole('dialog', { name: /^Check:/ });
  await expect(card).toBeVisible();
  await expect(card).toContainText('email, without a hyphen.');
  await card.getByRole('button', { name: 'email', exact: true }).click();
  await expect(body).toContainText('The council sent an email to residents on Monday.');
  await expect(card).toHaveCount(0);
  await expect(page.locator('.check-mark')).toHaveCount(0);

  // One undoable step: Ctrl+Z gives the reporter's words back, and the underline with them.
  await body.focus();
  await page.keyboard.press('Control+z');
  await expect(body).toContainText('sent an e-mail to');
  await expect(underline(page, 'e-mail')).toHaveCount(1);

  // More typing: a doubled word is an error, underlined as one.
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Turnout was low in the the north.');
  await expect(underline(page, 'the the')).toHaveClass(/check-error/);
  await saveNow(page);
});

test('Ignore here is saved with the story and survives a reload; the same words elsewhere are still flagged', async ({ page, app }) => {
  await app.open();
  await newStory(page, 'Storm closes schools', 'Schools shut in the the east.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Buses stopped in the the west.');
  await expect(underline(page, 'the the')).toHaveCount(2);

  await underline(page, 'the the').first().click();
  const card = page.getByRole('dialog', { name: /^Check:/ });
  await card.getByRole('button', { name: 'Ignore here' }).click();
  await expect(underline(page, 'the the')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Article body' }).locator('p').nth(1).locator('.check-mark')).toHaveCount(1);
  await saveNow(page);

  const saved = await savedArticle(app, 'Storm closes schools');
  expect(saved.checks.ignored).toEqual([expect.objectContaining({ ruleId: 'copy.doubled-word', text: 'the the' })]);

  await page.reload();
  await page.getByRole('button', { name: /Storm closes schools/ }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Buses stopped');
  await expect(underline(page, 'the the')).toHaveCount(1);
  await expect(page.getByRole('textbox', { name: 'Article body' }).locator('p').first().locator('.check-mark')).toHaveCount(0);
});

test('Turn off rule switches it off for the whole library, in its house-style file', async ({ page, app }) => {
  await app.open();
  await newStory(page, 'Turnout rises', 'Turnout was 40% on Sunday, okay for a wet day.');
  await expect(underline(page, '40%')).toHaveCount(1);
  await expect(underline(page, 'okay')).toHaveCount(1);
  await underline(page, '40%').hover();
  const card = page.getByRole('dialog', { name: /^Check:/ });
  await expect(card.getByRole('button', { name: '40 percent' })).toBeVisible();
  await card.getByRole('button', { name: 'Turn off rule' }).click();
  await expect(underline(page, '40%')).toHaveCount(0);
  // Other rules still run.
  await expect(underline(page, 'okay')).toHaveCount(1);
  const file = await readFile(path.join(app.dir, '.copydesk', 'house-style.yaml'), 'utf8');
  expect(file).toMatch(/disabled:[\s\S]*style\.percent\b/);
  await saveNow(page);
});

test('the Checks panel groups the open checks with counts, goes to a match, and walks them with Next check', async ({ page, app }) => {
  await app.open();
  // The sample, a clean wire story: its photo placeholder and unconfirmed quotes, no style error,
  // and its people never flagged.
  await page.getByRole('button', { name: 'Checks', exact: true }).click();
  const checks = page.getByRole('region', { name: 'Checks' });
  await expect(checks.getByRole('group', { name: 'Photos' }).getByRole('button')).toHaveText(['Photo 1 is still a placeholder: attach the image']);
  await expect(checks.getByRole('group', { name: 'Quotes' })).toBeVisible();
  for (const group of ['House style', 'Names', 'Notes left in the copy', 'Headline, standfirst, byline, dateline']) {
    await expect(checks.getByRole('group', { name: group })).toHaveCount(0);
  }
  // Wire copy comes with straight quotation marks: a warning each, nothing else in the typing.
  const typing = checks.getByRole('group', { name: 'Typing and punctuation' }).getByRole('listitem').getByRole('button');
  expect(await typing.count()).toBeGreaterThan(0);
  for (const text of await typing.allTextContents()) expect(text).toMatch(/^Straight (quotation mark|apostrophe)/);
  await expect(checks.getByText(/\d+ warnings?/)).toBeVisible();
  await expect(checks.getByText(/\d+ errors?/)).toHaveCount(0);
  // The quotes are listed by their speaker; nothing else names the story's people.
  const notQuotes = checks.getByRole('group').filter({ hasNotText: 'is not confirmed yet' });
  await expect(notQuotes).toHaveCount(2);
  await expect(notQuotes.filter({ hasText: /Zelenskyy|Takaichi/ })).toHaveCount(0);

  await newStory(page, 'Budget vote TK', 'The mayor said TK. Turnout was 40% in the the north.');
  const notes = checks.getByRole('group', { name: 'Notes left in the copy' });
  await expect(notes.getByRole('button')).toHaveCount(2);
  await expect(checks.getByRole('group', { name: 'Typing and punctuation' }).getByRole('button')).toHaveCount(1);
  await expect(checks.getByRole('group', { name: 'House style' }).getByRole('button')).toHaveText(['Write “percent” in copy: “40 percent”']);
  await expect(checks.getByText(/\d+ errors?/)).toBeVisible();

  // A match in the body: the words are selected and their card opens with the keyboard in it.
  await checks.getByRole('group', { name: 'Typing and punctuation' }).getByRole('button').click();
  await expect(page.getByRole('dialog', { name: /^Check:/ }).getByRole('button', { name: 'Ignore here' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: /^Check:/ })).toHaveCount(0);
  // Esc gives the keyboard back to the story, with the words selected.
  await expect(page.getByRole('textbox', { name: 'Article body' })).toBeFocused();
  expect(await page.evaluate(() => getSelection()?.toString())).toBe('the the');

  // A match in the headline: the cursor goes to its words there.
  await notes.getByRole('button').first().click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();

  await expect(notes.getByRole('button').first()).toHaveAttribute('aria-current', 'true');
  // Next check walks on in the panel's order, from the headline's TK to the body's (with its card) and back.
  await checks.getByRole('button', { name: 'Next check' }).click();
  await expect(page.getByRole('dialog', { name: /^Check:/ })).toContainText('“TK” left in the copy');
  await expect(notes.getByRole('button').nth(1)).toHaveAttribute('aria-current', 'true');
  await page.keyboard.press('Escape');
  await checks.getByRole('button', { name: 'Previous check' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await saveNow(page);
});

test('Fix all curls every straight quotation mark of the wire copy in one step, and one undo brings them back', async ({ page, app }) => {
  await app.open();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body).toContainText('Zelenskyy');
  const straight = (await body.textContent())!.match(/["']/g)!.length;
  await page.getByRole('button', { name: 'Checks', exact: true }).click();
  const typing = page.getByRole('region', { name: 'Checks' }).getByRole('group', { name: 'Typing and punctuation' });
  await expect(typing.getByRole('listitem')).toHaveCount(straight);
  const fixAll = typing.getByRole('button', { name: `Fix all ${straight}: Straight quotation mark left in the copy` });
  await expect(fixAll).toHaveText(`Fix all ${straight}`);

  await fixAll.click();
  await expect(typing).toHaveCount(0);
  expect(await body.textContent()).not.toMatch(/["']/);
  await expect(body).toContainText('“corridor for the dialogue”');
  // The keyboard stays in the panel.
  await expect(page.getByRole('region', { name: 'Checks' })).toBeFocused();

  await body.focus();
  await page.keyboard.press('Control+z');
  await expect(typing.getByRole('listitem')).toHaveCount(straight);
  expect((await body.textContent())!.match(/["']/g)!.length).toBe(straight);
  await saveNow(page);
});
