import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { quoteInView, quotePoint, shownQuotes } from '../support/quote-highlights';
import { expect, test } from '../support/web-app';

const ZELENSKYY = 'Volodymyr Zelenskyy';

/** Makes a new story and types its headline and paragraphs as a reporter would. The new story's
 * editor is in place once its empty headline has the cursor: a click on the body before then lands
 * in the story still showing (CI once typed a whole Q and A into the sample). */
async function typeNewStory(page: Page, headline: string, paragraphs: string[]): Promise<void> {
  await page.getByRole('button', { name: 'New article' }).click();
  const field = page.getByRole('textbox', { name: 'Headline' });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue('');
  await page.keyboard.type(headline);
  await expect(field).toHaveValue(headline);
  await page.getByRole('textbox', { name: 'Article body' }).click();
  for (const [i, p] of paragraphs.entries()) {
    if (i) await page.keyboard.press('Enter');
    await page.keyboard.type(p);
  }
}

test('the sample story shows its 10 quotes highlighted, each naming Volodymyr Zelenskyy on hover and when the cursor is in it', async ({ page, app }) => {
  await app.open();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect.poll(async () => (await shownQuotes(page)).attributed).toHaveLength(10);
  const shown = await shownQuotes(page);
  expect(shown.all).toEqual(shown.attributed);
  expect(shown.all[0]).toBe('crucial');

  const tooltip = page.getByRole('tooltip');
  const second = await quotePoint(page, shown.all[1]!);
  await page.mouse.move(second.x, second.y);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(ZELENSKYY);
  await expect(tooltip).toContainText('President');
  await expect(tooltip).toContainText('Attributed');

  // Keyboard: with the cursor inside a quote, the tooltip names the speaker and describes the body.
  await page.mouse.move(5, 5);
  await expect(tooltip).toBeHidden();
  const first = await quotePoint(page, 'crucial');
  await page.mouse.click(first.x, first.y);
  await page.mouse.move(5, 5);
  await expect(tooltip).toBeVisible();
  await expect(tooltip).toContainText(ZELENSKYY);
  await expect(body).toHaveAccessibleDescription(new RegExp(ZELENSKYY));
  // In the cursor's paragraph quotes are painted over the text itself (no span to redraw while
  // typing there); the other paragraphs keep theirs. Either way all ten are shown.
  await expect(body.locator('p').filter({ hasText: 'crucial' }).locator('.quote')).toHaveCount(0);
  // (A check's underline inside a quote splits its span in two: count the quotes, not the spans.)
  const spanned = body.locator('p').filter({ hasText: 'Madame prime minister' }).locator('.quote[data-quote-id]');
  await expect.poll(async () => new Set(await spanned.evaluateAll((els) => els.map((el) => el.getAttribute('data-quote-id')))).size).toBe(2);
  expect((await shownQuotes(page)).all).toEqual(shown.all);
  // Every quote names him: the cursor in each shows his name.
  for (const quote of shown.all.slice(2)) {
    const at = await quotePoint(page, quote);
    await page.mouse.click(at.x, at.y);
    await page.mouse.move(5, 5);
    await expect(tooltip).toContainText(ZELENSKYY);
  }
});

test('the Sources panel lists Zelenskyy as the only person quoted, Takaichi as mentioned, and jumps to a quote', async ({ page, app }) => {
  await app.open();
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources).toBeVisible();
  await expect(sources.getByText('10 quotes · 10 attributed · 0 flagged')).toBeVisible();

  const quoted = sources.getByRole('list', { name: 'Quoted', exact: true });
  await expect(quoted.getByRole('heading', { level: 4 })).toHaveText([ZELENSKYY]);
  await expect(quoted).toContainText('10 quotes');
  await expect(quoted).toContainText('President');
  await expect(sources.getByRole('list', { name: `Quotes by ${ZELENSKYY}` }).getByRole('button')).toHaveCount(10);

  const chart = sources.getByRole('list', { name: 'Quoted words by person' });
  await expect(chart.getByRole('listitem')).toHaveCount(1);
  await expect(chart.getByRole('listitem', { name: new RegExp(`^${ZELENSKYY}: \\d+ words in 10 quotes, 100% of quoted words$`) })).toBeVisible();

  const mentioned = sources.getByRole('list', { name: 'Mentioned, not quoted' });
  await expect(mentioned.getByRole('listitem')).toHaveCount(1);
  await expect(mentioned).toContainText('Sanae Takaichi');
  await expect(quoted).not.toContainText('Takaichi');

  await sources.getByRole('button', { name: /not for offensive/ }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toBeFocused();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('not for offensive');
  await sources.getByRole('button', { name: /We can't withdraw/ }).click();
  expect(await page.evaluate(() => window.getSelection()?.toString())).toBe("We can't withdraw from our territory. It's our real defending line.");
  await expect.poll(() => quoteInView(page, "We can't withdraw")).toBe(true);
});

test('review mode walks through the quotes with the keyboard; confirm and flag are counted and survive save and reload', async ({ page, app }) => {
  await app.open();
  await expect.poll(async () => (await shownQuotes(page)).all).toHaveLength(10);
  await page.getByRole('button', { name: 'Review quotes' }).click();
  const review = page.getByRole('dialog', { name: 'Review quotes' });
  await expect(review).toBeVisible();
  await expect(review).toBeFocused();
  const summary = review.getByText(/^\d+ quotes · \d+ attributed · \d+ flagged$/);
  await expect(summary).toHaveText('10 quotes · 10 attributed · 0 flagged');
  await expect(review.getByText(/^Quote 1 of 10/)).toBeVisible();
  await expect(review.getByLabel('Quote in context').locator('mark')).toHaveText('crucial');
  await expect(review.getByRole('combobox', { name: 'Speaker' })).toHaveValue(/zelenskyy/);
  await expect(review.getByText(/^How Copydesk found the speaker:/).locator('..')).toContainText('“said” next to a name');
  for (const name of ['Confirm', 'Flag', 'Next quote', 'Previous quote']) await expect(review.getByRole('button', { name, exact: true })).toBeVisible();

  await page.keyboard.press('c'); // confirm "crucial" and go on
  await expect(review.getByText(/^Quote 2 of 10 · 1 confirmed$/)).toBeVisible();
  await expect(review.getByLabel('Quote in context').locator('mark')).toHaveText('very helpful');
  await page.keyboard.press('f');
  await expect(summary).toHaveText('10 quotes · 10 attributed · 1 flagged');
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  await expect(review.getByText(/^Quote 4 of 10/)).toBeVisible();
  await page.keyboard.press('k');
  await expect(review.getByText(/^Quote 3 of 10/)).toBeVisible();
  await expect(review.getByLabel('Quote in context').locator('mark')).toHaveText('corridor for the dialogue');
  await expect.poll(async () => (await shownQuotes(page)).current).toEqual(['corridor for the dialogue']);
  await review.getByRole('button', { name: 'Flag', exact: true }).click();
  await review.getByRole('textbox', { name: 'Reviewer’s note' }).fill('Check the wording against the recording');
  await review.getByRole('combobox', { name: 'How it was obtained' }).selectOption('interview');
  await review.getByRole('button', { name: 'Previous quote' }).click();
  await expect(summary).toHaveText('10 quotes · 10 attributed · 2 flagged');
  await expect.poll(async () => (await shownQuotes(page)).confirmed).toEqual(['crucial']);
  await expect.poll(async () => (await shownQuotes(page)).flagged).toEqual(['very helpful', 'corridor for the dialogue']);

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status')).toHaveText(/^Saved/);
  const [summaryFile] = await app.library.list();
  const saved = JSON.parse(await readFile(path.join(app.dir, summaryFile!.path), 'utf8'));
  expect(saved.quotes).toHaveLength(10);
  expect(saved.people.map((p: { name: string }) => p.name)).toEqual([ZELENSKYY]);
  const byText = (t: string) => saved.quotes.find((q: { text: string }) => q.text === t);
  expect(byText('crucial').status).toBe('confirmed');
  expect(byText('very helpful').status).toBe('flagged');
  expect(byText('corridor for the dialogue')).toMatchObject({
    status: 'flagged',
    method: 'interview',
    reviewerNote: 'Check the wording against the recording',
  });

  await page.reload();
  await expect.poll(async () => (await shownQuotes(page)).all).toHaveLength(10);
  await expect.poll(async () => (await shownQuotes(page)).confirmed).toEqual(['crucial']);
  expect((await shownQuotes(page)).flagged).toEqual(['very helpful', 'corridor for the dialogue']);
  await expect(page.getByRole('region', { name: 'Sources' }).getByText('10 quotes · 10 attributed · 2 flagged')).toBeVisible();
  await page.getByRole('button', { name: 'Review quotes' }).click();
  // Flagged quotes come before the ones not yet looked at.
  await expect(page.getByRole('dialog', { name: 'Review quotes' }).getByLabel('Quote in context').locator('mark')).toHaveText('very helpful');
  await expect(page.getByRole('dialog', { name: 'Review quotes' }).getByText(/1 confirmed$/)).toBeVisible();
});

test('a quote typed into a new paragraph is highlighted once typing pauses, and the editor can name its speaker', async ({ page, app }) => {
  await app.open();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect.poll(async () => (await shownQuotes(page)).all).toHaveLength(10);
  // Click past the end of the paragraph's last line (End alone goes to the end of the line the
  // click landed on, which would split the paragraph and its quote).
  const para = body.locator('p').filter({ hasText: 'This is extremely dangerous' });
  await para.scrollIntoViewIfNeeded();
  const box = (await para.boundingBox())!;
  await para.click({ position: { x: box.width - 2, y: box.height - 4 } });
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('"The port will reopen in the spring," she said.');
  await expect(body).toContainText('“The port will reopen in the spring,” she said.');
  await expect(para).toContainText('referencing the deployment');
  // The highlights follow the analysis that runs once typing pauses: on a busy machine a pause
  // mid-sentence shows a half-typed quote first, so wait for the analysis of the whole sentence.
  await expect.poll(async () => (await shownQuotes(page)).all).toContain('The port will reopen in the spring,');
  expect((await shownQuotes(page)).all).toHaveLength(11);
  await expect(page.getByRole('region', { name: 'Sources' }).getByText(/^11 quotes · \d+ attributed · 0 flagged$/)).toBeVisible();

  await page.getByRole('button', { name: 'Review quotes' }).click();
  const review = page.getByRole('dialog', { name: 'Review quotes' });
  // Give the quote under review to someone new. (Stepping to the new quote is left out here: with
  // a quote added just before the review opens, stepping sometimes stops short — see the closing note.)
  const mark = review.getByLabel('Quote in context').locator('mark');
  await expect(mark).toBeVisible();
  const reviewed = ((await mark.textContent()) ?? '').slice(0, 30);
  await review.getByRole('combobox', { name: 'Speaker' }).selectOption({ label: 'Someone else…' });
  await review.getByRole('textbox', { name: 'New speaker’s name' }).fill('Olena Kovalenko');
  await review.getByRole('button', { name: 'Set speaker' }).click();
  await review.getByRole('button', { name: 'Close review' }).click();
  // The quote now names its new speaker when the cursor is in it.
  const at = await quotePoint(page, reviewed);
  await page.mouse.click(at.x, at.y);
  await page.mouse.move(5, 5);
  await expect(page.getByRole('tooltip')).toContainText('Olena Kovalenko');
  const quoted = page.getByRole('region', { name: 'Sources' }).getByRole('list', { name: 'Quoted', exact: true });
  await expect(quoted.getByRole('heading', { level: 4 })).toContainText(['Olena Kovalenko']);
});

test('resting on a quote shows who said it, not a second card; its "not confirmed" check opens on a click', async ({ page, app }) => {
  await app.open();
  await expect.poll(async () => (await shownQuotes(page)).attributed).toHaveLength(10);
  const shown = await shownQuotes(page);
  const at = await quotePoint(page, shown.all[1]!);
  await page.mouse.move(at.x, at.y);
  await expect(page.getByRole('tooltip')).toContainText(ZELENSKYY);
  // (the card would have come after a 250 ms rest)
  await page.waitForTimeout(800);
  await expect(page.getByRole('dialog', { name: /^Check:/ })).toHaveCount(0);
  await expect(page.getByRole('tooltip')).toBeVisible();
  await page.mouse.click(at.x, at.y);
  await expect(page.getByRole('dialog', { name: /^Check:/ })).toContainText('is not confirmed yet');
});

test('typing inside a quote grows its highlight, deleting quotes removes theirs, and undo brings them back', async ({ page, app }) => {
  await app.open();
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect.poll(async () => (await shownQuotes(page)).all).toHaveLength(10);
  const sources = page.getByRole('region', { name: 'Sources' });

  // Jump to the quote from the Sources panel (it is selected), then type at its end, inside the marks.
  await sources.getByRole('button', { name: /corridor for the dialogue/ }).click();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.type(' and peace');
  await expect.poll(async () => (await shownQuotes(page)).all).toContain('corridor for the dialogue and peace');
  await expect(body.locator('p').filter({ hasText: 'corridor for the dialogue and peace' }).locator('.quote')).toHaveCount(0);

  // Delete a paragraph holding two quotes: their highlights go, the others stay.
  const para = body.locator('p').filter({ hasText: 'not for offensive' });
  await para.scrollIntoViewIfNeeded();
  await para.click({ clickCount: 3 });
  await page.keyboard.press('Backspace');
  await expect.poll(async () => (await shownQuotes(page)).all).toHaveLength(8);
  expect((await shownQuotes(page)).all).not.toContain('not for offensive');
  expect((await shownQuotes(page)).all).not.toContain('works,');
  await expect(sources.getByText('8 quotes · 8 attributed · 0 flagged')).toBeVisible();

  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await shownQuotes(page)).all).toHaveLength(10);
  expect((await shownQuotes(page)).all).toEqual(expect.arrayContaining(['not for offensive', 'works,', 'corridor for the dialogue and peace']));
});

test('review mode steps through every quote, one typed just before it opened included, with Next quote and J, and back with K and Previous quote', async ({
  page,
  app,
}) => {
  await app.open();
  const body = page.getByRole('textbox', { name: 'Article body' });
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByText(/^10 quotes · \d+ attributed · 0 flagged$/)).toBeVisible();

  // A quote in a new paragraph after the story's last one. The click goes past the end of the
  // paragraph's last line, so the cursor is at its very end (End would only reach the end of the
  // line clicked, and Enter there would split the paragraph, and its quote, in two). Enter waits
  // until the editor has taken the click: the paragraph holding the cursor is marked.
  const last = body.getByRole('paragraph').filter({ hasText: 'This is extremely dangerous' });
  await last.scrollIntoViewIfNeeded();
  const box = (await last.boundingBox())!;
  await last.click({ position: { x: box.width - 2, y: box.height - 4 } });
  await expect(last).toHaveClass(/\bcaret-block\b/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('"The port will reopen in the spring," she said.');
  await expect(body.getByRole('paragraph').last()).toHaveText('“The port will reopen in the spring,” she said.');
  await expect(last).toHaveText(/Kursk region\.$/);
  await expect(sources.getByText(/^11 quotes · \d+ attributed · 0 flagged$/)).toBeVisible();
  await expect(sources.getByRole('button', { name: /The port will reopen in the spring,/ })).toBeVisible();

  await page.getByRole('button', { name: 'Review quotes' }).click();
  const review = page.getByRole('dialog', { name: 'Review quotes' });
  await expect(review).toBeFocused();
  const mark = review.getByLabel('Quote in context').locator('mark');
  const progress = review.getByText(/^Quote \d+ of \d+/);
  const next = review.getByRole('button', { name: 'Next quote' });
  const previous = review.getByRole('button', { name: 'Previous quote' });
  await expect(progress).toHaveText(/^Quote 1 of 11 · /);
  await expect(previous).toBeDisabled();
  const seen = [(await mark.textContent()) ?? ''];
  // Forwards, every other step with the button and with J; each step shows another quote.
  for (let n = 2; n <= 11; n++) {
    if (n % 2) await next.click();
    else await page.keyboard.press('j');
    await expect(progress).toHaveText(new RegExp(`^Quote ${n} of 11 · `));
    await expect(mark).not.toHaveText(seen[n - 2]!);
    seen.push((await mark.textContent()) ?? '');
  }
  expect(new Set(seen).size).toBe(11);
  expect(seen).toContain('The port will reopen in the spring,');
  expect(seen.filter((t) => t.startsWith('This is extremely dangerous'))).toHaveLength(1);
  expect(seen.filter((t) => t.startsWith("We can't withdraw"))).toHaveLength(1);

  // At the last quote Next is disabled, and J says it is the last instead of staying put silently.
  await expect(next).toBeDisabled();
  await page.keyboard.press('j');
  await expect(progress).toHaveText(/^Quote 11 of 11 · 0 confirmed · this is the last quote$/);
  await expect(mark).toHaveText(seen[10]!);

  // Back to the first, every other step with K and with the button: the same quotes in reverse.
  for (let n = 10; n >= 1; n--) {
    if (n % 2) await previous.click();
    else await page.keyboard.press('k');
    await expect(progress).toHaveText(new RegExp(`^Quote ${n} of 11 · \\d+ confirmed$`));
    await expect(mark).toHaveText(seen[n - 1]!);
  }
  await expect(previous).toBeDisabled();
  await page.keyboard.press('k');
  await expect(progress).toHaveText(/^Quote 1 of 11 · 0 confirmed · this is the first quote$/);
});

test('in a Q and A the interviewer is listed under Quoted as asking the questions, and only the one interviewed gets the voice', async ({ page, app }) => {
  await app.open();
  await typeNewStory(page, 'Committee chair: the agency dodged questions', [
    'The committee’s chairman, Delroy Whitter-Campbell, sat down with the Observer Weekly’s Shanice Bellamy. The interview has been edited for length.',
    'Q: "Are you satisfied with the answers the agency gave?"',
    'A: "Satisfied is a strong word. They answered some questions and avoided others."',
  ]);
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByText(/^2 quotes · 2 attributed · 0 flagged$/)).toBeVisible();
  const chart = sources.getByRole('list', { name: 'Quoted words by person' });
  await expect(chart.getByRole('listitem')).toHaveCount(1);
  await expect(chart.getByRole('listitem', { name: /^Delroy Whitter-Campbell: \d+ words in 1 quote, 100% of quoted words$/ })).toBeVisible();
  const quoted = sources.getByRole('list', { name: 'Quoted', exact: true });
  await expect(quoted.getByRole('heading', { level: 4 })).toHaveText(['Delroy Whitter-Campbell', 'Shanice Bellamy']);
  await expect(quoted).toContainText('asked the questions');
  // (the figures stay inside their card: beside a long name they go under it, not past the edge)
  const card = quoted.getByRole('listitem').filter({ hasText: 'Shanice Bellamy' }).first();
  const figures = card.getByText(/asked the questions/);
  const [c, f] = [(await card.boundingBox())!, (await figures.boundingBox())!];
  expect(f.x + f.width, 'figures end inside the card').toBeLessThanOrEqual(c.x + c.width);
});

test('a speaker named on weak evidence is marked for the desk: Sources says so, and Review quotes shows it first with a note until it is confirmed', async ({
  page,
  app,
}) => {
  await app.open();
  await typeNewStory(page, 'Hospital chief defends winter record', [
    'The hospital’s chief executive, Alan Brody, said the inspection had been "a fair picture of last winter."',
    'Union steward Kevin Marsh and porter Dean Hollis disputed some of its findings. The chief executive said he would meet staff on Monday. "I want to hear from every ward," he said.',
  ]);
  const sources = page.getByRole('region', { name: 'Sources' });
  await expect(sources.getByText(/^2 quotes · 2 attributed · 0 flagged$/)).toBeVisible();
  await expect(sources.getByText('1 quote names its speaker on weak evidence — check in Review quotes.')).toBeVisible();
  // Under its speaker, the quote carries a chip saying so.
  const quoted = sources.getByRole('list', { name: 'Quoted', exact: true });
  await expect(quoted.getByRole('button', { name: /I want to hear from every ward/ })).toContainText('Check speaker');
  await expect(quoted.getByRole('button', { name: /a fair picture of last winter/ })).not.toContainText('Check speaker');

  await page.getByRole('button', { name: 'Review quotes' }).click();
  const review = page.getByRole('dialog', { name: 'Review quotes' });
  // The quote to check comes first, though it is the second in the story.
  await expect(review.getByLabel('Quote in context').locator('mark')).toHaveText('I want to hear from every ward,');
  await expect(review.getByText('Check speaker', { exact: true })).toBeVisible();
  const note = review.getByRole('note');
  await expect(note).toContainText('Check the speaker.');
  await expect(note).toContainText('Alan Brody');
  await review.getByRole('button', { name: 'Confirm' }).click();
  // Confirming moves on to the other quote, which was never in doubt; back on the checked one, no note.
  await expect(review.getByLabel('Quote in context').locator('mark')).toHaveText('a fair picture of last winter.');
  await expect(review.getByRole('note')).toHaveCount(0);
  await review.getByRole('button', { name: 'Previous quote' }).click();
  await expect(review.getByLabel('Quote in context').locator('mark')).toHaveText('I want to hear from every ward,');
  await expect(review.getByRole('note')).toHaveCount(0);
  await review.getByRole('button', { name: 'Close review' }).click();
  await expect(sources.getByText('1 quote names its speaker on weak evidence — check in Review quotes.')).toHaveCount(0);
  await expect(quoted.getByRole('button', { name: /I want to hear from every ward/ })).toContainText('Confirmed');
});
