import type { Page } from '@playwright/test';
import { newStory, savedArticle, saveNow } from '../support/stories';
import { expect, test } from '../support/web-app';

// The desk edits the story: two people on one computer (Settings → Your name), the editor's
// suggestions and notes, the reporter's answers, accepts and rejects.

async function beSomeone(page: Page, name: string) {
  await page.getByRole('button', { name: 'Settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Settings' });
  await dialog.getByRole('textbox', { name: 'Your name' }).fill(name);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toHaveCount(0);
}

const body = (page: Page) => page.getByRole('textbox', { name: 'Article body' });
const changes = (page: Page) => page.getByRole('region', { name: 'Changes' });
const item = (page: Page, text: string | RegExp) => changes(page).getByRole('listitem').filter({ hasText: text });

/** Selects `text` in the body (the first place it occurs) as a person would with the mouse. */
async function select(page: Page, text: string, collapse = false) {
  await body(page).evaluate(
    (el, [words, toEnd]) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = n.textContent?.indexOf(words) ?? -1;
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + words.length);
        if (toEnd) range.collapse(false);
        const sel = window.getSelection()!;
        sel.removeAllRanges();
        sel.addRange(range);
        return;
      }
      throw new Error(`"${words}" is not in the story`);
    },
    [text, collapse] as const,
  );
  // ProseMirror reads the DOM selection on selectionchange.
  await page.waitForTimeout(50);
}

/** Puts the caret right after `text`, as a click there would. */
async function caretAfter(page: Page, text: string) {
  await select(page, text, true);
}

test('the editor suggests and notes by name; the reporter replies, accepts some, rejects others, undoes an accept', async ({ page, app }) => {
  await app.open();
  await beSomeone(page, 'Rita Reporter');
  await newStory(page, 'Council closes pool', 'The council met on Monday. It voted to close the pool. Residents were angry.');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Swimmers will travel to Hove.');
  await saveNow(page);

  // The editor takes over: Suggesting mode, shown at a glance.
  await beSomeone(page, 'Ed Editor');
  await page.getByRole('button', { name: 'Suggesting' }).click();
  await expect(page.getByRole('button', { name: 'Suggesting' })).toHaveAttribute('aria-pressed', 'true');

  // Deletes a sentence: struck through, still readable.
  await body(page).click();
  await select(page, 'The council met on Monday. ');
  await page.keyboard.press('Backspace');
  await expect(body(page).locator('del')).toHaveText('The council met on Monday. ');
  // Inserts words.
  await caretAfter(page, 'It voted');
  await page.keyboard.type(' unanimously');
  await expect(body(page).locator('ins')).toHaveText(' unanimously');
  // Splits a paragraph.
  await caretAfter(page, 'close the pool.');
  await page.keyboard.press('Enter');
  // Makes a word bold.
  await select(page, 'angry');
  await page.keyboard.press('Control+b');
  // Changes the headline.
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await headline.click();
  await page.keyboard.press('End');
  await page.keyboard.type(' for good');
  await expect(page.locator('.field-suggestion')).toContainText('Ed Editor suggests:');
  // A note and a TK note.
  await body(page).click();
  await select(page, 'Residents');
  await page.getByRole('button', { name: 'Add note' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add note' });
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Which residents? Name one.');
  await dialog.getByRole('button', { name: 'Post note' }).click();
  await select(page, 'Hove');
  await page.keyboard.press('Control+Alt+m');
  dialog = page.getByRole('dialog', { name: 'Add note' });
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'TK (to come)' });
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Distance to Hove pool');
  await dialog.getByRole('button', { name: 'Post note' }).click();
  // The story itself still says what the reporter wrote.
  await expect(headline).toHaveValue('Council closes pool for good');
  await saveNow(page);

  // The reporter comes back: sees each change by name.
  await beSomeone(page, 'Rita Reporter');
  await page.getByRole('button', { name: 'Editing' }).click();
  await page.getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(changes(page).getByRole('listitem')).toHaveCount(7);
  for (const li of await changes(page).getByRole('list', { name: 'Pending changes' }).getByRole('listitem').all()) {
    await expect(li).toContainText('Ed Editor');
  }
  await expect(item(page, 'Deleted “The council met on Monday.')).toBeVisible();
  await expect(item(page, 'TK (to come)')).toContainText('Distance to Hove pool');

  // Replies to the note.
  const note = item(page, 'Which residents?');
  await note.getByRole('button', { name: 'Reply' }).click();
  await note.getByRole('textbox', { name: 'Reply' }).fill('Added Jane Roe, swimmer, 71.');
  await note.getByRole('button', { name: 'Post reply' }).click();
  await expect(note).toContainText('Rita Reporter');

  // Accepts the deletion and the insertion, rejects the headline; undoes the insertion's accept.
  await item(page, 'Deleted “The council met').getByRole('button', { name: 'Accept' }).click();
  await item(page, 'Inserted “unanimously”').getByRole('button', { name: 'Accept' }).click();
  await item(page, 'Headline:').getByRole('button', { name: 'Reject' }).click();
  await expect(body(page)).toContainText('It voted unanimously to close');
  await body(page).focus();
  await page.keyboard.press('Control+z');
  await expect(item(page, 'Inserted “unanimously”')).toBeVisible();
  await expect(body(page).locator('ins', { hasText: 'unanimously' })).toHaveCount(1);
  await expect(body(page).locator('del', { hasText: 'The council' })).toHaveCount(0);
  // Accepts the bold; rejects the rest of the suggestions; resolves the note.
  await item(page, 'Formatting changed on “angry”').getByRole('button', { name: 'Accept' }).click();
  await changes(page).getByRole('button', { name: 'Reject all' }).click();
  await note.getByRole('button', { name: 'Resolve' }).click();
  await expect(headline).toHaveValue('Council closes pool');
  await saveNow(page);

  const saved = await savedArticle(app, 'Council closes pool');
  // Exactly what those decisions mean: the first sentence gone, the rest as written, "angry" bold;
  // the notes' words keep their highlight marks.
  const plain = (content: { text: string; marks?: { type: string }[] }[]) =>
    content.map((t) => (t.marks?.some((m) => m.type === 'strong') ? `**${t.text}**` : t.text)).join('');
  expect(saved.body.content.map((p: { content: never[] }) => plain(p.content))).toEqual([
    'It voted to close the pool. Residents were **angry**.',
    'Swimmers will travel to Hove.',
  ]);
  expect(JSON.stringify(saved.body)).not.toMatch(/insertion|deletion|modification|\u200b|​/);
  expect(saved.schemaVersion).toBe(2);
  const notes = saved.changes.notes;
  expect(notes).toHaveLength(2);
  expect(notes[0]).toMatchObject({ author: 'Ed Editor', kind: 'comment', resolved: { by: 'Rita Reporter' } });
  expect(notes[0].replies).toEqual([expect.objectContaining({ author: 'Rita Reporter', text: 'Added Jane Roe, swimmer, 71.' })]);
  expect(notes[1]).toMatchObject({ kind: 'tk', resolved: null });
  // The library says what is still open.
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ hasText: 'Council closes pool' })).toContainText('1 note');
});
