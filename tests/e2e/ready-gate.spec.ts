import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test, type WebApp } from '../support/web-app';

/**
 * The copy desk's checks at the point of sending a story on: Ready over open error checks asks,
 * and an override is kept with the story and its NINJS; a library's house-style file with a bad
 * rule says which rule and line, and every other rule still runs.
 */

const HEADLINE = 'Zelenskyy proposes historic defence cooperation with Japan';

/** Opens the app on the sample story (the library's only one) and waits for its body. */
async function openStory(page: Page, app: WebApp) {
  await app.open();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Zelenskyy');
}

/** Types at the very end of the story. */
async function typeAtEnd(page: Page, text: string) {
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.locator('p').first().click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
  await expect(body).toContainText(text.trim());
}

/** Saves and waits for it. */
async function saveNow(page: Page) {
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.locator('.save-state')).toHaveText(/^Saved/);
}

/** The sample story's file on disk, as JSON. */
async function savedStory(app: WebApp) {
  const summary = (await app.library.list()).find((a) => a.headline === HEADLINE);
  if (!summary) throw new Error('the sample story is not in the library');
  return JSON.parse(await readFile(path.join(app.dir, summary.path), 'utf8'));
}

const status = (page: Page) => page.getByRole('combobox', { name: 'Status' });
/** The Status field behind the open gate (a modal dialog: the desk behind it is hidden from the accessibility tree). */
const statusBehindGate = (page: Page) => page.getByRole('combobox', { name: 'Status', includeHidden: true });
const gate = (page: Page) => page.getByRole('dialog', { name: 'Mark as Ready?' });

test('Ready with an error open asks first; Ready anyway records who overrode which check and why, in the file and in NINJS', async ({ page, app }) => {
  await openStory(page, app);
  const before = await status(page).inputValue();
  expect(before).not.toBe('ready');
  await typeAtEnd(page, ' Turnout was TK.');

  // Ready is asked about, not set: the dialog names the error and the words.
  await status(page).selectOption('ready');
  await expect(gate(page)).toBeVisible();
  const errors = gate(page).getByRole('list', { name: 'Open error checks' });
  await expect(errors.getByRole('listitem')).toHaveCount(1);
  await expect(errors).toContainText('left in the copy');
  await expect(errors).toContainText('TK');
  await expect(statusBehindGate(page)).toHaveValue(before);
  // No name remembered yet: the keyboard is in Your name.
  await expect(gate(page).getByRole('textbox', { name: 'Your name' })).toBeFocused();
  expect(await axeViolations(page)).toEqual([]);

  // Cancel: still not Ready, and the keyboard is back on Status.
  await gate(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(gate(page)).toBeHidden();
  await expect(status(page)).toHaveValue(before);
  await expect(status(page)).toBeFocused();
  // Escape cancels too.
  await status(page).selectOption('ready');
  await expect(gate(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(gate(page)).toBeHidden();
  await expect(status(page)).toHaveValue(before);

  // Ready anyway needs a name.
  await status(page).selectOption('ready');
  await gate(page).getByRole('textbox', { name: 'Reason' }).fill('Turnout comes from the election commission at 18:00');
  await gate(page).getByRole('button', { name: 'Mark Ready anyway' }).click();
  await expect(gate(page).getByRole('alert')).toContainText('Give your name');
  await expect(gate(page).getByRole('textbox', { name: 'Your name' })).toBeFocused();
  await expect(statusBehindGate(page)).toHaveValue(before);
  await gate(page).getByRole('textbox', { name: 'Your name' }).fill('Olena Kovalenko');
  await gate(page).getByRole('button', { name: 'Mark Ready anyway' }).click();
  await expect(gate(page)).toBeHidden();
  await expect(status(page)).toHaveValue('ready');
  await expect(status(page)).toBeFocused();

  await saveNow(page);
  const saved = await savedStory(app);
  expect(saved.status).toBe('ready');
  expect(saved.checks.overrides).toHaveLength(1);
  const [override] = saved.checks.overrides;
  expect(override.by).toBe('Olena Kovalenko');
  expect(override.reason).toBe('Turnout comes from the election commission at 18:00');
  expect(override.checks).toEqual([expect.objectContaining({ ruleId: 'notes.tk', text: 'TK' })]);
  expect(Date.now() - Date.parse(override.at)).toBeLessThan(5 * 60_000);
  expect(saved.checks.ignored).toEqual([]);

  // The receiving desk reads it in the NINJS export's ednote.
  await page.getByRole('button', { name: 'Export' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'NINJS 1.4 (IPTC news JSON)' }).click()]);
  const ninjs = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(ninjs.ednote).toContain('Olena Kovalenko');
  expect(ninjs.ednote).toContain('notes.tk');
  expect(ninjs.ednote).toContain('election commission');

  // The name is remembered: next time only the reason is left to write.
  await status(page).selectOption('in-edit');
  await expect(status(page)).toHaveValue('in-edit');
  await status(page).selectOption('ready');
  await expect(gate(page).getByRole('textbox', { name: 'Your name' })).toHaveValue('Olena Kovalenko');
  await expect(gate(page).getByRole('textbox', { name: 'Reason' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(status(page)).toHaveValue('in-edit');
});

test('a story with no error open is marked Ready at once', async ({ page, app }) => {
  await openStory(page, app);
  // Warnings (house style) do not hold a story back.
  await typeAtEnd(page, ' The ministry will utilise e-mail.');
  await status(page).selectOption('ready');
  await expect(status(page)).toHaveValue('ready');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await saveNow(page);
  const saved = await savedStory(app);
  expect(saved.status).toBe('ready');
  expect(saved.checks?.overrides ?? []).toEqual([]);
});

const HOUSE_STYLE = `# The Kyiv desk's house style
version: 1
rules:
  - id: desk.tbc
    kind: words
    severity: error
    description: TBC is for the desk; the reader gets the fact or nothing.
    words:
      tbc: null
  - id: desk.broken
    kind: regex
    severity: error
    description: Never runs, its pattern does not compile.
    pattern: "(unclosed"
    message: "{text}"
  - id: desk.kyiv
    kind: words
    description: Kyiv, not Kiev.
    words:
      Kiev: Kyiv
`;

test('a bad rule in the library’s house style is named with its line; the other rules still run and can be switched off', async ({ page, app }) => {
  const file = path.join(app.dir, '.copydesk', 'house-style.yaml');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, HOUSE_STYLE);
  const badLine = HOUSE_STYLE.split('\n').findIndex((l) => l.includes('(unclosed')) + 1;
  await openStory(page, app);

  // House style is at the head of the Checks panel; the dialog shows the problem first, naming the rule and line.
  await openHouseStyle(page);
  const dialog = page.getByRole('dialog', { name: 'House style' });
  await expect(dialog).toBeVisible();
  const problem = dialog.getByRole('alert');
  await expect(problem).toContainText('desk.broken');
  await expect(problem).toContainText(`line ${badLine}`);
  await expect(problem).toContainText('not a valid regular expression');
  // The other rules are listed, on: the library's and Copydesk's own.
  for (const id of ['desk.tbc', 'desk.kyiv', 'notes.tk']) await expect(dialog.getByRole('checkbox', { name: id, exact: true })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'desk.broken' })).toHaveCount(0);
  await expect(dialog.getByRole('group', { name: 'Notes left in the copy' })).toBeVisible();
  await expect(dialog.getByRole('status')).toHaveText(/^All \d+ rules on$/);
  expect(await axeViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // The library's error rule runs: the Ready gate lists it.
  await typeAtEnd(page, ' The date is TBC.');
  await status(page).selectOption('ready');
  await expect(gate(page).getByRole('list', { name: 'Open error checks' })).toContainText('TBC');
  await expect(gate(page).getByRole('list', { name: 'Open error checks' })).toContainText('desk.tbc');
  await gate(page).getByRole('button', { name: 'Cancel' }).click();
  await expect(status(page)).not.toHaveValue('ready');

  // Switched off for the library: written into the file's disabled list, and off at once.
  await openHouseStyle(page);
  const tbc = dialog.getByRole('checkbox', { name: 'desk.tbc', exact: true });
  await tbc.uncheck();
  await expect(tbc).not.toBeChecked();
  // The summary follows the host's answer, so the file is written once it changes.
  await expect(dialog.getByRole('status')).toHaveText(/^\d+ of \d+ rules on$/);
  const written = await readFile(file, 'utf8');
  expect(written).toMatch(/^disabled:\n\s+- desk\.tbc$/m);
  // The desk's comment and rules are kept as they were written.
  expect(written).toContain("# The Kyiv desk's house style");
  expect(written).toContain('(unclosed');
  await expect(dialog.getByRole('alert')).toContainText('desk.broken');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await status(page).selectOption('ready');
  await expect(status(page)).toHaveValue('ready');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});

/** Opens the House style dialog from the Checks panel (opening the panel when it is closed). */
async function openHouseStyle(page: Page) {
  const checks = page.getByRole('region', { name: 'Checks' });
  if (!(await checks.isVisible())) await page.getByRole('button', { name: 'Checks', exact: true }).click();
  await checks.getByRole('button', { name: 'House style', exact: true }).click();
}
