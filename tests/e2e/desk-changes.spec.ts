import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newArticle, serializeArticle } from '../../shared/article';
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
      // A mouse press focuses the story first, then the selection is made in it.
      (el as HTMLElement).focus({ preventScroll: true });
      // The words may run across text nodes (a note's highlight or a suggestion splits them). Found
      // afresh each time: the editor may have drawn new nodes since.
      const rangeOf = () => {
        const nodes: Text[] = [];
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);
        const at = nodes
          .map((n) => n.data)
          .join('')
          .indexOf(words);
        if (at < 0) throw new Error(`"${words}" is not in the story`);
        const place = (offset: number, end: boolean): [Text, number] => {
          let seen = 0;
          for (const n of nodes) {
            if (offset < seen + n.data.length || (end && offset === seen + n.data.length)) return [n, offset - seen];
            seen += n.data.length;
          }
          throw new Error('past the end of the story');
        };
        const range = document.createRange();
        range.setStart(...place(at, false));
        range.setEnd(...place(at + words.length, true));
        if (toEnd) range.collapse(false);
        return range;
      };
      /** How many characters of the story come before a point in it. */
      const textBefore = (node: Node, offset: number) => {
        const r = document.createRange();
        r.setStart(el, 0);
        r.setEnd(node, offset);
        return r.toString().length;
      };
      // ProseMirror reads the DOM selection on selectionchange: wait until that event has fired and a
      // frame has passed, however long a busy machine takes (a fixed 50 ms wait raced it). An update
      // the editor draws before it reads the event (a panel's or a plugin's, on a long story) puts its
      // own selection back on the page: then the page no longer shows the words chosen, and they are
      // chosen again.
      const sel = window.getSelection()!;
      return (async () => {
        for (let attempt = 0; attempt < 10; attempt++) {
          const range = rangeOf();
          const from = textBefore(range.startContainer, range.startOffset);
          const to = textBefore(range.endContainer, range.endOffset);
          const taken = new Promise<void>((resolve) =>
            document.addEventListener('selectionchange', () => requestAnimationFrame(() => setTimeout(resolve, 0)), { once: true }),
          );
          sel.removeAllRanges();
          sel.addRange(range);
          await taken;
          if (sel.rangeCount === 1 && textBefore(sel.anchorNode!, sel.anchorOffset) === from && textBefore(sel.focusNode!, sel.focusOffset) === to) return;
        }
        throw new Error(`the editor kept its own selection instead of "${words}"`);
      })();
    },
    [text, collapse] as const,
  );
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
  // A field's decision is taken back from the panel (the fields are not in the editor's undo).
  await expect(changes(page).getByRole('status')).toHaveText(/Headline suggestion rejected/);
  await changes(page).getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(item(page, 'Headline:')).toContainText('Council closes pool for good');
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

test('the first suggestion asks who is editing; suggestions and notes survive a reload; a note whose words are deleted stays, marked', async ({
  page,
  app,
}) => {
  await app.open();
  await newStory(page, 'Bridge reopens', 'The bridge reopened on Tuesday after repairs.');
  await page.getByRole('button', { name: 'Suggesting' }).click();
  const ask = page.getByRole('dialog', { name: 'Who is editing?' });
  await ask.getByRole('textbox', { name: 'Your name' }).fill('Ana Ruiz');
  await ask.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('button', { name: 'Suggesting' })).toHaveAttribute('aria-pressed', 'true');
  await caretAfter(page, 'after repairs');
  await page.keyboard.type(' costing £2m');
  await expect(body(page).locator('ins')).toHaveText(' costing £2m');

  // A note on words the reporter then deletes (in Editing mode, for real).
  await page.getByRole('button', { name: 'Editing' }).click();
  await select(page, 'Tuesday');
  await page.keyboard.press('Control+Alt+m');
  const dialog = page.getByRole('dialog', { name: 'Add note' });
  await dialog.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Fact check' });
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Was it Tuesday or Wednesday?');
  await dialog.getByRole('button', { name: 'Post note' }).click();
  await expect(body(page).locator('.note-anchor')).toHaveText('Tuesday');
  // With no side panel open, the note stands in the margin beside its words.
  await expect(page.getByRole('button', { name: 'Sources', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Sources', exact: true }).click();
  const margin = page.getByRole('complementary', { name: 'Notes beside the story' });
  const noteCard = margin.getByRole('button', { name: /^Fact check by Ana Ruiz: Was it Tuesday/ });
  await expect(noteCard).toBeVisible();
  const [cardBox, wordsBox] = [await noteCard.boundingBox(), await body(page).locator('.note-anchor').boundingBox()];
  expect(Math.abs(cardBox!.y - wordsBox!.y)).toBeLessThan(30);
  await select(page, ' on Tuesday');
  await page.keyboard.press('Backspace');
  await expect(body(page)).toContainText('The bridge reopened after repairs');

  // The story insists on suggestions from now on.
  await page.getByRole('button', { name: 'Changes', exact: true }).click();
  await changes(page).getByRole('checkbox', { name: 'Changes to this story are always suggestions' }).check();
  await expect(page.getByRole('button', { name: 'Editing' })).toBeDisabled();
  await saveNow(page);

  await page.reload();
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: /Bridge reopens/ })
    .click();
  await expect(page.getByRole('button', { name: 'Suggesting' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(item(page, 'Inserted “costing £2m”')).toContainText('Ana Ruiz');
  await expect(item(page, 'Was it Tuesday or Wednesday?')).toContainText('its text was deleted');
  await expect(item(page, 'Was it Tuesday or Wednesday?')).toContainText('Fact check');

  // The card over a suggestion: who, and Accept.
  await body(page).locator('ins').hover();
  const card = page.getByRole('dialog', { name: 'Suggestion by Ana Ruiz' });
  await expect(card).toContainText('Inserted “costing £2m”');
  await card.getByRole('button', { name: 'Accept' }).click();
  await expect(body(page).locator('ins')).toHaveCount(0);
  await expect(body(page)).toContainText('after repairs costing £2m.');
  await saveNow(page);
  const saved = await savedArticle(app, 'Bridge reopens');
  expect(saved.changes.alwaysSuggest).toBe(true);
  expect(saved.changes.notes).toEqual([expect.objectContaining({ kind: 'fact-check', author: 'Ana Ruiz', excerpt: 'Tuesday' })]);
});

test('a story with 500 suggestions accepts all in one step, and one undo brings them all back', async ({ page, app }) => {
  const content = [];
  const suggestions = [];
  for (let p = 0; p < 100; p++) {
    const words = [];
    for (let w = 0; w < 5; w++) {
      const id = `s${p}x${w}`;
      suggestions.push({ id, author: w % 2 ? 'Ed Stone' : 'Ana Ruiz', at: '2026-12-01T09:00:00.000Z' });
      words.push(
        { type: 'text', text: `word${w} ` },
        { type: 'text', text: `change${p}-${w}`, marks: [{ type: w % 2 ? 'deletion' : 'insertion', attrs: { id } }] },
        { type: 'text', text: ' ' },
      );
    }
    content.push({ type: 'paragraph', content: [{ type: 'text', text: `Paragraph ${p}: ` }, ...words] });
  }
  const article = newArticle({
    id: 'five-hundred',
    now: '2026-12-01T09:00:00.000Z',
    headline: 'Five hundred changes',
    body: { type: 'doc', content } as never,
    changes: { suggestions, notes: [] },
  });
  await writeFile(path.join(app.dir, 'five-hundred-changes.copydesk.json'), serializeArticle(article));
  await app.open();
  await page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: /Five hundred changes/ })
    .click();
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('listitem').filter({ hasText: 'Five hundred changes' })).toContainText('500 suggestions');
  await page.getByRole('button', { name: 'Changes', exact: true }).click();
  await expect(changes(page).getByText('500 suggestions')).toBeVisible();
  // Next change and Previous change (Ctrl+Alt+. and Ctrl+Alt+,) walk the story's suggestions.
  await caretAfter(page, 'Paragraph 1: word0 ');
  await page.keyboard.press('Control+Alt+.');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('change1-0');
  await page.keyboard.press('Control+Alt+.');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('change1-1');
  await page.keyboard.press('Control+Alt+,');
  await page.keyboard.press('Control+Alt+,');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('change0-4');
  await changes(page).getByRole('button', { name: 'Accept all' }).click();
  await expect(changes(page).getByText('No pending suggestions or open notes.')).toBeVisible();
  await expect(body(page).locator('ins, del')).toHaveCount(0);
  await expect(body(page)).not.toContainText('change0-1');
  await expect(body(page)).toContainText('change0-0');
  await body(page).focus();
  await page.keyboard.press('Control+z');
  await expect(changes(page).getByText('500 suggestions')).toBeVisible();
  await expect(body(page).locator('del')).toHaveCount(200);
});

test('Review quotes says when the desk has a note on a quote; Export asks how pending changes go out and shows them', async ({ page, app }) => {
  await app.open();
  await beSomeone(page, 'Ed Editor');
  await body(page).click();
  await select(page, 'crucial');
  await page.getByRole('button', { name: 'Add note' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add note' });
  await dialog.getByRole('textbox', { name: 'Note' }).fill('Is this his word or the translator’s?');
  await dialog.getByRole('button', { name: 'Post note' }).click();
  await page.getByRole('button', { name: 'Review quotes' }).click();
  const review = page.getByRole('dialog', { name: 'Review quotes' });
  await expect(review.getByRole('blockquote', { name: 'Quote in context' })).toContainText('crucial');
  await expect(review).toContainText('The desk has 1 open note on this quote');

  await page.getByRole('button', { name: 'Suggesting' }).click();
  await caretAfter(page, 'expressed hope');
  await page.keyboard.type(' on Friday');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Web page (HTML)' }).click();
  const ask = page.getByRole('dialog', { name: 'Export with suggestions and notes?' });
  await expect(ask).toContainText('1 pending suggestion and 1 open note');
  const [html] = await Promise.all([page.waitForEvent('download'), ask.getByRole('button', { name: 'With changes shown' }).click()]);
  const text = await readFile((await html.path())!, 'utf8');
  expect(text).toMatch(/<ins[^>]*data-author="Ed Editor"[^>]*>\s*on Friday<\/ins>/);
  expect(text).toContain('Is this his word or the translator’s?');
  await page.getByRole('button', { name: 'Export' }).click();
  await page.getByRole('menuitem', { name: 'Web page (HTML)' }).click();
  const [original] = await Promise.all([page.waitForEvent('download'), ask.getByRole('button', { name: 'As rejected (original)' }).click()]);
  const plain = await readFile((await original.path())!, 'utf8');
  expect(plain).not.toContain('on Friday');
  expect(plain).not.toContain('<ins');
});

test('a photo’s caption typed in Suggesting mode is one suggestion, made when the field is left; Reject gives the old caption back', async ({ page, app }) => {
  await app.open();
  await beSomeone(page, 'Ed Editor');
  await page.getByRole('button', { name: 'Suggesting' }).click();
  const caption = page.getByRole('textbox', { name: 'Caption' }).first();
  await caption.click();
  await page.keyboard.type('Zelenskyy in Kyiv, Nov. 26');
  await page.getByRole('textbox', { name: 'Credit' }).first().click();
  await expect(caption).toHaveValue('Zelenskyy in Kyiv, Nov. 26');
  await page.getByRole('button', { name: 'Changes', exact: true }).click();
  const change = item(page, 'Caption changed to “Zelenskyy in Kyiv, Nov. 26”');
  await expect(change).toContainText('Ed Editor');
  await expect(changes(page).getByRole('list', { name: 'Pending changes' }).getByRole('listitem')).toHaveCount(1);
  await change.getByRole('button', { name: 'Reject' }).click();
  await expect(caption).toHaveValue('');
  await expect(changes(page).getByText('No pending suggestions or open notes.')).toBeVisible();
});
