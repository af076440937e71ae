import type { Locator, Page } from '@playwright/test';
import { axeViolations } from '../support/axe';
import { expect, test, type WebApp } from '../support/web-app';

/**
 * Every window size a reporter works at — a big screen, a 13-inch laptop, half of one — with each
 * side panel open in turn: the story keeps a readable column and nothing is cut off or out of
 * reach. What gives way is the chrome (renderer/desk/window-layout.ts).
 */

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 1024, height: 700 },
  { width: 800, height: 600 },
];

const HEADLINE = 'Zelenskyy proposes historic defence cooperation with Japan';
/** Thirty characters, as long as contributor names get. */
const LONG_NAME = 'Aleksandra Wiśniewska-Kowalska';

/** Every control in the desk bar today, by role and name: each must be on screen, or in More. */
const BAR_BUTTONS = [
  'Library',
  'Bold',
  'Italic',
  'Link',
  'Subheading',
  'Bulleted list',
  'Numbered list',
  'Block quote',
  'Undo',
  'Redo',
  'Insert photo',
  'Save',
  'History',
  'Sources',
  'Review quotes',
  'Export',
  'Import',
  'Duplicate',
  'Move to trash',
];

const PANELS = [
  { button: 'History', shown: (page: Page) => page.getByRole('region', { name: 'History' }) },
  { button: 'Sources', shown: (page: Page) => page.getByRole('region', { name: 'Sources' }) },
  { button: 'Review quotes', shown: (page: Page) => page.getByRole('dialog', { name: 'Review quotes' }) },
];

/**
 * Opens the app at a window size and waits for the story. (Not `app.open()`: it waits for the
 * library's list, which a narrow window puts away once the story is open.)
 */
async function openAt(page: Page, app: WebApp, size?: { width: number; height: number }) {
  if (size) await page.setViewportSize(size);
  await page.goto(app.url);
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Zelenskyy');
}

const axe = axeViolations;

const bar = (page: Page) => page.locator('.desk-bar');
const more = (page: Page) => bar(page).getByRole('button', { name: 'More', exact: true });
const menuItem = (page: Page, name: string) =>
  page
    .getByRole('menu')
    .getByRole('menuitem', { name, exact: true })
    .or(page.getByRole('menu').getByRole('menuitemcheckbox', { name, exact: true }));

/** Wholly inside the window, left to right and top to bottom. */
async function onScreen(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const view = page.viewportSize()!;
  return !!box && box.x >= 0 && box.y >= 0 && box.x + box.width <= view.width + 0.5 && box.y + box.height <= view.height + 0.5;
}

/** Every bar control is on screen in the bar, or an item of the More menu (opened once to look). */
async function everyControlReachable(page: Page, label: string) {
  const inMore: string[] = [];
  for (const name of BAR_BUTTONS) {
    const button = bar(page).getByRole('button', { name, exact: true });
    if ((await button.count()) === 1 && (await button.isVisible())) expect(await onScreen(page, button), `${label}: ${name} on screen`).toBe(true);
    else inMore.push(name);
  }
  const status = bar(page).getByRole('combobox', { name: 'Status' });
  await expect(status).toBeVisible();
  expect(await onScreen(page, status), `${label}: Status on screen`).toBe(true);
  if (inMore.length === 0) return;
  await expect(more(page), `${label}: ${inMore.join(', ')} are in More`).toBeVisible();
  expect(await onScreen(page, more(page)), `${label}: More on screen`).toBe(true);
  await more(page).click();
  for (const name of inMore) {
    await expect(menuItem(page, name), `${label}: ${name} in More`).toBeVisible();
    expect(await onScreen(page, menuItem(page, name)), `${label}: ${name} in More on screen`).toBe(true);
  }
  await page.keyboard.press('Escape');
  await expect(page.getByRole('menu')).toBeHidden();
}

/** Presses a bar button where it is: in the bar, or in More. */
async function press(page: Page, name: string) {
  const button = bar(page).getByRole('button', { name, exact: true });
  if (await button.isVisible()) return button.click();
  await more(page).click();
  await menuItem(page, name).click();
}

/** Text cut off neither below nor at the side: the field shows all it holds. */
async function clipped(field: Locator) {
  return field.evaluate((el) => ({ down: el.scrollHeight - el.clientHeight, across: el.scrollWidth - el.clientWidth }));
}

async function checkStoryLayout(page: Page, panel: Locator | null, label: string) {
  const view = page.viewportSize()!;
  // No sideways scrolling of the window.
  expect(await page.evaluate(() => document.documentElement.scrollWidth), `${label}: page width`).toBeLessThanOrEqual(view.width);

  // The headline: all of it, neither cut off nor under a panel.
  const headline = page.getByRole('textbox', { name: 'Headline' });
  await expect(headline).toHaveValue(HEADLINE);
  await expect(headline).toBeVisible();
  expect(await clipped(headline), `${label}: headline clipped`).toEqual({ down: 0, across: 0 });
  const head = (await headline.boundingBox())!;
  expect(head.x, `${label}: headline on screen`).toBeGreaterThanOrEqual(0);
  if (panel) {
    const side = (await panel.boundingBox())!;
    expect(head.x + head.width, `${label}: headline clear of the panel`).toBeLessThanOrEqual(side.x + 0.5);
  }
  expect(await clipped(page.getByRole('textbox', { name: 'Standfirst' })), `${label}: standfirst clipped`).toEqual({ down: 0, across: 0 });

  // A readable column of story text.
  const body = (await page.getByRole('textbox', { name: 'Article body' }).boundingBox())!;
  expect(body.width, `${label}: story column`).toBeGreaterThanOrEqual(400);
  expect(body.x + body.width, `${label}: story column on screen`).toBeLessThanOrEqual(view.width);

  // The contributor's whole name.
  const name = page.getByRole('textbox', { name: 'Contributor name' });
  await expect(name).toHaveValue(LONG_NAME);
  expect(await clipped(name), `${label}: contributor name clipped`).toEqual({ down: 0, across: 0 });
  const box = (await name.boundingBox())!;
  expect(box.x >= 0 && box.x + box.width <= view.width, `${label}: contributor name on screen`).toBe(true);

  await everyControlReachable(page, label);

  expect(await axe(page), `${label}: axe`).toEqual([]);
}

for (const size of SIZES) {
  test(`at ${size.width}×${size.height}, with each side panel open in turn, the story keeps its headline, a readable column, the whole byline and every bar control`, async ({
    page,
    app,
  }) => {
    test.slow(); // four layouts, each measured and run through axe
    await openAt(page, app, size);
    await page.getByRole('textbox', { name: 'Contributor name' }).fill(LONG_NAME);

    for (const { button, shown } of PANELS) {
      const label = `${size.width}×${size.height} ${button}`;
      if (!(await shown(page).isVisible())) await press(page, button);
      await expect(shown(page)).toBeVisible();
      expect(await onScreen(page, shown(page)), `${label}: panel on screen`).toBe(true);
      await checkStoryLayout(page, shown(page), label);
    }
    await press(page, 'Review quotes');
    await press(page, 'Sources');
    await expect(page.getByRole('region', { name: 'Sources' })).toBeHidden();
    await checkStoryLayout(page, null, `${size.width}×${size.height} no panel`);
  });
}

test('over a long story the desk bar stays pinned: a side panel sits just under it, and a paragraph scrolled into view is not hidden under it', async ({
  page,
  app,
}) => {
  await openAt(page, app, { width: 1440, height: 900 });
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  await page.keyboard.press('Control+End');
  for (let i = 1; i <= 30; i++) {
    await page.keyboard.press('Enter');
    await page.keyboard.insertText(`Paragraph ${i} of the follow-up, long enough to fill a line or two of the column as a report would.`);
  }
  await press(page, 'History');
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toBeVisible();
  const headBottom = () => page.locator('.workspace-head').evaluate((el) => el.getBoundingClientRect().bottom);

  await page.evaluate(() => window.scrollTo(0, 1500));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(1000);
  const bottom = await headBottom();
  expect(bottom, 'the bar is pinned at the top while the story scrolls').toBeGreaterThan(20);
  await expect.poll(async () => Math.abs((await history.boundingBox())!.y - bottom), { message: 'History sits just under the bar' }).toBeLessThanOrEqual(1);

  // What the browser scrolls to (a quote picked in Review quotes, a link followed) lands below the bar.
  const top = await body.locator('p', { hasText: 'Paragraph 20 of the follow-up' }).evaluate((p) => {
    p.scrollIntoView({ block: 'start' });
    return p.getBoundingClientRect().top;
  });
  expect(top, 'the paragraph is below the bar, not under it').toBeGreaterThanOrEqual((await headBottom()) - 0.5);
});

test('the headline and standfirst grow with their text at every width, and after every resize', async ({ page, app }) => {
  await app.open();
  const standfirst = page.getByRole('textbox', { name: 'Standfirst' });
  await standfirst.fill(
    'Kyiv asks Tokyo to loosen its rules on exporting weapons, as the prime minister weighs how far Japan can go without breaking with the pacifist constitution it has kept since 1947.',
  );
  const fields = [page.getByRole('textbox', { name: 'Headline' }), standfirst];
  const heights: number[] = [];
  for (const width of [1440, 1280, 1024, 800, 640, 1440]) {
    await page.setViewportSize({ width, height: 700 });
    for (const field of fields) {
      await expect.poll(() => clipped(field), `${width} px`).toEqual({ down: 0, across: 0 });
      expect(await field.evaluate((el) => getComputedStyle(el).overflowY)).not.toBe('scroll');
    }
    heights.push((await standfirst.boundingBox())!.height);
  }
  // More lines as the window narrows, and back to as few when it widens again.
  expect(heights[4]).toBeGreaterThan(heights[0]);
  expect(heights[5]).toBe(heights[0]);
});

test('the Library button and Ctrl+\\ put the library away on a wide window, and the choice is remembered', async ({ page, app }) => {
  await app.open();
  const library = page.getByRole('navigation', { name: 'Library' });
  const toggle = page.getByRole('button', { name: 'Library', exact: true });
  await expect(library).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await expect(toggle).toHaveAttribute('aria-keyshortcuts', 'Control+\\');

  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.press('Control+Backslash');
  await expect(library).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  // The story takes the room: the page is wider, still at most 640 px of text.
  const body = (await page.getByRole('textbox', { name: 'Article body' }).boundingBox())!;
  expect(body.width).toBeGreaterThanOrEqual(600);

  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await expect(library).toBeHidden();
  await toggle.click();
  await expect(library).toBeVisible();
  await expect(toggle).toHaveAttribute('aria-expanded', 'true');
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await expect(library).toBeVisible();
});

test('below 1200 px the library is a drawer over the story: Esc, a click outside or picking a story closes it', async ({ page, app }) => {
  await openAt(page, app, { width: 1024, height: 700 });
  const library = page.getByRole('navigation', { name: 'Library' });
  const toggle = page.getByRole('button', { name: 'Library', exact: true });
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await expect(library).toBeHidden();
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');

  // Open: focus goes to the open story's entry; Esc closes and focus comes back.
  await toggle.click();
  await expect(library).toBeVisible();
  await expect(library.getByRole('button', { name: new RegExp(HEADLINE) })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(library).toBeHidden();
  await expect(toggle).toBeFocused();

  // The shortcut opens it too; a click on the story closes it.
  await page.keyboard.press('Control+Backslash');
  await expect(library).toBeVisible();
  await page.getByRole('textbox', { name: 'Article body' }).click({ position: { x: 380, y: 20 } });
  await expect(library).toBeHidden();

  // Picking a story closes it.
  await toggle.click();
  await library.getByRole('button', { name: 'New article' }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  await toggle.click();
  await library.getByRole('button', { name: new RegExp(HEADLINE) }).click();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue(HEADLINE);
  await expect(library).toBeHidden();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1024);
});

test('More is a menu button: arrows, Home, End and Esc; its items keep the bar buttons’ names and open what they open', async ({ page, app }) => {
  await openAt(page, app, { width: 800, height: 600 });
  const button = more(page);
  await expect(button).toBeVisible();
  await expect(button).toHaveAttribute('aria-haspopup', 'menu');
  await expect(button).toHaveAttribute('aria-expanded', 'false');
  // At 800 px the least used buttons are in it, and only in it.
  await expect(bar(page).getByRole('button', { name: 'Move to trash', exact: true })).toBeHidden();

  await button.focus();
  await page.keyboard.press('ArrowDown');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const items = menu.locator('[role^="menuitem"]');
  const names = await items.allTextContents();
  expect(names).toEqual(expect.arrayContaining(['Duplicate', 'Move to trash']));
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.nth(1)).toBeFocused();
  await page.keyboard.press('End');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Home');
  await expect(items.first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  // ↑ opens on the last item; Enter chooses. History is a panel: a checkbox item, checked while open.
  await page.keyboard.press('ArrowUp');
  await expect(items.last()).toBeFocused();
  await page.keyboard.press('Escape');
  await page.keyboard.press('Enter');
  const history = menu.getByRole('menuitemcheckbox', { name: 'History', exact: true });
  await expect(history).toHaveAttribute('aria-checked', 'false');
  await history.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'History' })).toBeVisible();
  await button.click();
  await expect(history).toHaveAttribute('aria-checked', 'true');
  await page.keyboard.press('Escape');

  // Widened, the buttons come back to the bar and More goes.
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(bar(page).getByRole('button', { name: 'Move to trash', exact: true })).toBeVisible();
  await expect(button).toBeHidden();
});

test.describe('200% zoom on a 1280×720 laptop (640×360 CSS pixels)', () => {
  test.use({ viewport: { width: 640, height: 360 }, deviceScaleFactor: 2 });

  test('still usable: no sideways scrolling, the whole headline, and side panels as drawers that Esc closes', async ({ page, app }) => {
    test.slow(); // three drawers and the library, each run through axe
    await openAt(page, app);
    const headline = page.getByRole('textbox', { name: 'Headline' });
    await expect(headline).toHaveValue(HEADLINE);
    // The story opens alone: a drawer would cover it.
    await expect(page.getByRole('region', { name: 'Sources' })).toBeHidden();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    expect(await clipped(headline)).toEqual({ down: 0, across: 0 });
    expect((await page.getByRole('textbox', { name: 'Article body' }).boundingBox())!.width).toBeGreaterThanOrEqual(400);
    await everyControlReachable(page, '640×360');
    // The bar is not pinned: scrolled down, the story has the whole window.
    await page
      .getByRole('textbox', { name: 'Article body' })
      .getByText(/Kursk region/)
      .scrollIntoViewIfNeeded();
    expect((await bar(page).boundingBox())!.y + (await bar(page).boundingBox())!.height).toBeLessThanOrEqual(0);
    await page.evaluate(() => window.scrollTo(0, 0));

    for (const { button, shown } of PANELS) {
      await press(page, button);
      const panel = shown(page);
      await expect(panel).toBeVisible();
      // A drawer: over the story, on screen, and holding the focus.
      expect(await onScreen(page, panel)).toBe(true);
      await expect(panel).toBeFocused();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
      expect(await axe(page), `${button} drawer: axe`).toEqual([]);
      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      // Focus is back where the panel was opened from (More, as the button is in it at this width).
      await expect(more(page)).toBeFocused();
    }

    // A quote picked in the Sources drawer: the drawer steps aside so the quote is seen.
    await press(page, 'Sources');
    await page
      .getByRole('region', { name: 'Sources' })
      .getByRole('button', { name: /not for offensive/ })
      .click();
    await expect(page.getByRole('region', { name: 'Sources' })).toBeHidden();
    await expect(page.getByRole('textbox', { name: 'Article body' })).toBeFocused();
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('not for offensive');

    // The library drawer too.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.getByRole('button', { name: 'Library', exact: true }).click();
    const library = page.getByRole('navigation', { name: 'Library' });
    await expect(library).toBeVisible();
    expect(await onScreen(page, library)).toBe(true);
    expect(await axe(page), 'library drawer: axe').toEqual([]);
    await page.keyboard.press('Escape');
    await expect(library).toBeHidden();
  });
});
