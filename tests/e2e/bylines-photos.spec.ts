import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { pngHeaderOnly } from '../support/png-header';
import { newStory, savedArticle, saveNow } from '../support/stories';
import { expect, test } from '../support/web-app';

const PHOTOS = path.resolve('tests/fixtures/photos');
const KYIV = path.join(PHOTOS, 'kyiv-press.jpg');
const KYIV_CAPTION = "Президент України Володимир Зеленський під час інтерв'ю в Києві";
const KYIV_CREDIT = 'Photo: José Núñez Müller / Kyodo News';

/** Files in the library's media folder (originals only, not previews). */
async function mediaFiles(dir: string): Promise<string[]> {
  return (await readdir(path.join(dir, 'media'), { withFileTypes: true })).filter((e) => e.isFile()).map((e) => e.name);
}

async function choosePhoto(page: Page, button: Locator, file: string) {
  const chooser = page.waitForEvent('filechooser');
  await button.click();
  await (await chooser).setFiles(file);
}

/** A DataTransfer in the page holding the file's real bytes, as a drop or paste from the desktop would. */
async function dataTransferWith(page: Page, file: string, type: string) {
  const b64 = (await readFile(file)).toString('base64');
  return page.evaluateHandle(
    ({ b64, name, type }) => {
      const bin = atob(b64);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], name, { type }));
      return dt;
    },
    { b64, name: path.basename(file), type },
  );
}

async function dropFile(page: Page, target: Locator, file: string, type = 'image/jpeg') {
  const dataTransfer = await dataTransferWith(page, file, type);
  const box = await target.boundingBox();
  if (!box) throw new Error('drop target not visible');
  await target.dispatchEvent('drop', { dataTransfer, clientX: box.x + box.width / 2, clientY: box.y + Math.min(box.height / 2, 10) });
}


test('byline with two contributors and roles, at the top or the foot, and a dateline, kept after a reload', async ({ page, app }) => {
  await app.open();
  await newStory(page, 'Storm hits coast', 'A typhoon struck the coast on Tuesday.');
  const credits = page.getByRole('region', { name: 'Credits' });
  await credits.getByRole('button', { name: 'Add contributor' }).click();
  const first = credits.getByRole('group', { name: 'Contributor 1' });
  await expect(first.getByRole('textbox', { name: 'Contributor name' })).toBeFocused();
  await page.keyboard.type('Ana Ruiz');
  await first.getByRole('textbox', { name: 'Affiliation' }).fill('Kyodo News');
  await credits.getByRole('button', { name: 'Add contributor' }).click();
  const second = credits.getByRole('group', { name: 'Contributor 2' });
  await second.getByRole('textbox', { name: 'Contributor name' }).fill('Li Wei');
  await second.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Additional reporting' });
  await credits.getByRole('button', { name: 'Add contributor' }).click();
  const third = credits.getByRole('group', { name: 'Contributor 3' });
  await third.getByRole('textbox', { name: 'Contributor name' }).fill('Tom Park');

  const byline = page.getByLabel('Byline', { exact: true });
  await expect(byline.locator('span')).toHaveText(['By Ana Ruiz (Kyodo News) and Tom Park', 'Additional reporting by Li Wei']);

  // Reorder and remove: Tom Park moves up and then leaves the byline.
  await credits.getByRole('button', { name: 'Move Tom Park up' }).click();
  await expect(credits.getByRole('group', { name: 'Contributor 2' }).getByRole('textbox', { name: 'Contributor name' })).toHaveValue('Tom Park');
  await credits.getByRole('button', { name: 'Remove Tom Park' }).click();
  await expect(credits.getByRole('textbox', { name: 'Contributor name' })).toHaveCount(2);
  await expect(byline.locator('span')).toHaveText(['By Ana Ruiz, Kyodo News', 'Additional reporting by Li Wei']);

  // A role the list does not have.
  await credits.getByRole('button', { name: 'Add contributor' }).click();
  const graphics = credits.getByRole('group', { name: 'Contributor 3' });
  await graphics.getByRole('textbox', { name: 'Contributor name' }).fill('Mia Berg');
  await graphics.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Other role…' });
  await graphics.getByRole('textbox', { name: 'Custom role' }).fill('Graphics');
  await expect(byline.locator('span')).toHaveText(['By Ana Ruiz, Kyodo News', 'Additional reporting by Li Wei', 'Graphics: Mia Berg']);

  // At the top of the story, then at its foot.
  const body = page.getByRole('textbox', { name: 'Article body' });
  const above = (a: Locator, b: Locator) => Promise.all([a.boundingBox(), b.boundingBox()]).then(([x, y]) => (x?.y ?? 0) < (y?.y ?? 0));
  await page.getByRole('radio', { name: 'Top of story' }).check();
  expect(await above(byline, body)).toBe(true);
  await page.getByRole('radio', { name: 'Foot of story' }).check();
  expect(await above(body, byline)).toBe(true);

  // The dateline leads the first paragraph, as it prints.
  const dateline = page.getByRole('textbox', { name: 'Dateline' });
  await dateline.fill('KYIV, Nov. 26');
  await expect(body.locator('p').first()).toHaveText('KYIV, Nov. 26 — A typhoon struck the coast on Tuesday.');
  await expect(body.locator('.dateline-lead')).toHaveCSS('font-variant-caps', 'small-caps');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  const saved = await savedArticle(app, 'Storm hits coast');
  expect(saved.dateline).toEqual({ place: 'KYIV', date: 'Nov. 26' });
  expect(saved.byline).toEqual({
    position: 'foot',
    contributors: [
      { name: 'Ana Ruiz', role: 'writer', affiliation: 'Kyodo News', contact: null },
      { name: 'Li Wei', role: 'additional-reporting', affiliation: null, contact: null },
      { name: 'Mia Berg', role: 'graphics', affiliation: null, contact: null },
    ],
  });
  // The dateline is a field, not words in the body.
  expect(JSON.stringify(saved.body)).not.toContain('KYIV');

  await page.reload();
  await page.getByRole('button', { name: /Storm hits coast/ }).click();
  await expect(page.getByRole('textbox', { name: 'Dateline' })).toHaveValue('KYIV, Nov. 26');
  await expect(page.getByLabel('Byline', { exact: true }).locator('span')).toHaveText([
    'By Ana Ruiz, Kyodo News',
    'Additional reporting by Li Wei',
    'Graphics: Mia Berg',
  ]);
  await expect(page.getByRole('radio', { name: 'Foot of story' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Contributor 3' }).getByRole('textbox', { name: 'Custom role' })).toHaveValue('Graphics');
  await page.getByRole('textbox', { name: 'Dateline' }).fill('');
  await expect(page.getByRole('textbox', { name: 'Article body' }).locator('.dateline-lead')).toHaveCount(0);
  await saveNow(page);
});

test('Insert photo prefills caption, credit and rights from the photo; edits survive a reload; one copy in media', async ({ page, app }) => {
  await app.open();
  await newStory(page, 'Interview in Kyiv', 'The president spoke in Kyiv.');
  await choosePhoto(page, page.getByRole('button', { name: 'Insert photo' }), KYIV);
  const figure = page.getByRole('figure', { name: 'Photo', exact: true });
  await expect(figure).toHaveCount(1);
  await expect(figure.getByRole('textbox', { name: 'Caption' })).toHaveValue(KYIV_CAPTION);
  await expect(figure.getByRole('textbox', { name: 'Credit' })).toHaveValue(KYIV_CREDIT);
  await expect(figure.getByRole('textbox', { name: 'Rights' })).toHaveValue('© 2025 Kyodo News');
  await expect(figure.getByRole('textbox', { name: 'Alt text' })).toHaveValue('');
  const img = figure.locator('img');
  await expect(img).toHaveAttribute('src', /^media\/[0-9a-f]{64}\.jpg$/);
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBe(640);

  await page.getByRole('button', { name: 'Checks', exact: true }).click();
  const checks = page.getByRole('region', { name: 'Checks' }).getByRole('group', { name: 'Photos' });
  await expect(checks.getByRole('button')).toHaveText(['Photo 1 has no alt text']);
  await figure.getByRole('textbox', { name: 'Caption' }).fill(`${KYIV_CAPTION} (14 лютого)`);
  await figure.getByRole('textbox', { name: 'Credit' }).fill('Photo: José Núñez Müller / Kyodo News via Ukrinform');
  await figure.getByRole('textbox', { name: 'Alt text' }).fill('A man in an olive sweatshirt speaks at a desk');
  // Every photo has alt text and a credit: no photo is listed any more.
  await expect(checks).toHaveCount(0);
  await expect(img).toHaveAttribute('alt', 'A man in an olive sweatshirt speaks at a desk');

  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  await page.reload();
  await page.getByRole('button', { name: /Interview in Kyiv/ }).click();
  const again = page.getByRole('figure', { name: 'Photo', exact: true });
  await expect(again.getByRole('textbox', { name: 'Caption' })).toHaveValue(`${KYIV_CAPTION} (14 лютого)`);
  await expect(again.getByRole('textbox', { name: 'Credit' })).toHaveValue('Photo: José Núñez Müller / Kyodo News via Ukrinform');
  await expect(again.getByRole('textbox', { name: 'Alt text' })).toHaveValue('A man in an olive sweatshirt speaks at a desk');
  await expect(again.getByRole('img', { name: 'A man in an olive sweatshirt speaks at a desk' })).toHaveAttribute(
    'alt',
    'A man in an olive sweatshirt speaks at a desk',
  );
  const saved = await savedArticle(app, 'Interview in Kyiv');
  const photo = saved.body.content.find((n: { type: string }) => n.type === 'photo');
  expect(photo.attrs).toMatchObject({ caption: `${KYIV_CAPTION} (14 лютого)`, rights: '© 2025 Kyodo News', width: 640, height: 427 });

  // The same photo again: a second figure, still one file in the media folder.
  await page.getByRole('textbox', { name: 'Article body' }).locator('p').first().click();
  await choosePhoto(page, page.getByRole('button', { name: 'Insert photo' }), KYIV);
  await expect(page.getByRole('figure', { name: 'Photo', exact: true })).toHaveCount(2);
  expect(await mediaFiles(app.dir)).toHaveLength(1);
  // It went in after the paragraph the cursor was in, so it is now the story's first photo.
  await page.getByRole('button', { name: 'Checks', exact: true }).click();
  await expect(checks.getByRole('button')).toHaveText(['Photo 1 has no alt text']);
  await expect(page.getByRole('figure', { name: 'Photo', exact: true }).nth(1).getByRole('textbox', { name: 'Alt text' })).toHaveValue(
    'A man in an olive sweatshirt speaks at a desk',
  );
  await saveNow(page);
});

test('the placeholder takes a photo by Attach photo; checks appear, lead to the field, and clear as it is filled', async ({ page, app }) => {
  await app.open();
  await page.getByRole('button', { name: 'Checks', exact: true }).click();
  const checks = page.getByRole('region', { name: 'Checks' }).getByRole('group', { name: 'Photos' });
  await expect(checks.getByRole('button')).toHaveText(['Photo 1 is still a placeholder: attach the image']);
  const placeholder = page.getByRole('figure', { name: 'Photo to come' });
  await choosePhoto(page, placeholder.getByRole('button', { name: 'Attach photo' }), KYIV);
  await expect(placeholder).toHaveCount(0);
  const figure = page.getByRole('figure', { name: 'Photo', exact: true });
  await expect(figure).toHaveCount(1);
  await expect(figure.getByRole('textbox', { name: 'Credit' })).toHaveValue(KYIV_CREDIT);
  // Filled in place: still the first block, and the story's paragraphs are all there.
  const body = page.getByRole('textbox', { name: 'Article body' });
  await expect(body.locator(':scope > *').first()).toHaveAttribute('aria-label', 'Photo');
  await expect(body.locator('p')).toHaveCount(11);

  await expect(checks.getByRole('button')).toHaveText(['Photo 1 has no alt text']);
  await checks.getByRole('button', { name: 'Photo 1 has no alt text' }).click();
  await expect(figure.getByRole('textbox', { name: 'Alt text' })).toBeFocused();
  await page.keyboard.type('President Zelenskyy at a desk');
  await expect(checks).toHaveCount(0);
  await figure.getByRole('textbox', { name: 'Credit' }).fill('');
  await expect(checks.getByRole('button')).toHaveText(['Photo 1 has no credit']);
  await saveNow(page);
});

test('drop onto the placeholder fills it, drop onto the body and paste add photos', async ({ page, app }) => {
  await app.open();
  const placeholder = page.getByRole('figure', { name: 'Photo to come' });
  await dropFile(page, placeholder, path.join(PHOTOS, 'iptc-only.jpg'));
  const photos = page.getByRole('figure', { name: 'Photo', exact: true });
  await expect(photos).toHaveCount(1);
  await expect(placeholder).toHaveCount(0);
  await expect(photos.first().getByRole('textbox', { name: 'Caption' })).toHaveValue('Café owner in Lviv reopens after the blackout — «we never closed»');
  await expect(photos.first().getByRole('textbox', { name: 'Credit' })).toHaveValue('Photo: Олена Ковальчук / Ukrinform');

  const body = page.getByRole('textbox', { name: 'Article body' });
  await dropFile(page, body.locator('p').nth(3), path.join(PHOTOS, 'xmp.png'), 'image/png');
  await expect(photos).toHaveCount(2);
  await expect(photos.nth(1).getByRole('textbox', { name: 'Caption' })).toHaveValue('Żaneta Wróblewska przed Pałacem Kultury w Warszawie');
  // Dropped between paragraphs, not into the middle of a sentence.
  await expect(body.locator('p')).toHaveCount(11);

  await body.locator('p').last().click();
  const clipboardData = await dataTransferWith(page, path.join(PHOTOS, 'xmp.webp'), 'image/webp');
  await body
    .locator('p')
    .last()
    .evaluate((el, data) => el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })), clipboardData);
  await expect(photos).toHaveCount(3);
  await expect(photos.nth(2).getByRole('textbox', { name: 'Credit' })).toHaveValue('Photo: Νίκος Παπαδόπουλος / Eurokinissi');
  expect(await mediaFiles(app.dir)).toHaveLength(3);
  await saveNow(page);
});


test('a refused SVG, a damaged photo, a text file and a 108-megapixel image each say why and leave the article unchanged', async ({ page, app }) => {
  await app.open();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  const [summary] = await app.library.list();
  const before = await readFile(path.join(app.dir, summary.path), 'utf8');
  const alert = page.getByRole('alert');
  const attach = page.getByRole('figure', { name: 'Photo to come' }).getByRole('button', { name: 'Attach photo' });

  await choosePhoto(page, attach, path.join(PHOTOS, 'drawing.svg'));
  await expect(alert).toContainText('“drawing.svg” is an SVG drawing');
  await expect(alert).toContainText('JPEG, PNG, WebP or GIF');
  await page.getByRole('button', { name: 'Dismiss message' }).click();

  await choosePhoto(page, page.getByRole('button', { name: 'Insert photo' }), path.join(PHOTOS, 'truncated.jpg'));
  await expect(alert).toContainText('damaged or incomplete');
  await page.getByRole('button', { name: 'Dismiss message' }).click();

  await dropFile(page, page.getByRole('textbox', { name: 'Article body' }).locator('p').first(), path.join(PHOTOS, 'not-an-image.jpg'));
  await expect(alert).toContainText('is not a photo');
  await page.getByRole('button', { name: 'Dismiss message' }).click();

  await choosePhoto(page, page.getByRole('button', { name: 'Insert photo' }), {
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: pngHeaderOnly(12_000, 9_000),
  } as never);
  await expect(alert).toContainText('12000 × 9000 pixels (108 megapixels)');

  await expect(page.getByRole('figure', { name: 'Photo to come' })).toHaveCount(1);
  await expect(page.getByRole('figure', { name: 'Photo', exact: true })).toHaveCount(0);
  await expect(page.getByText('Adding photo…')).toHaveCount(0);
  expect(await mediaFiles(app.dir)).toEqual([]);
  // Nothing to save: the story is exactly as it was on disk.
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  const after = JSON.parse(await readFile(path.join(app.dir, summary.path), 'utf8'));
  const was = JSON.parse(before);
  expect(after.body).toEqual(was.body);
});

test('a name typed once is offered again, and renaming it in the directory updates every article that credits it', async ({ page, app }) => {
  await app.open();
  await newStory(page, 'Flood warning', 'Rivers rose overnight.');
  const credits = page.getByRole('region', { name: 'Credits' });
  await credits.getByRole('button', { name: 'Add contributor' }).click();
  await page.keyboard.type('Tom Park');
  await credits.getByRole('group', { name: 'Contributor 1' }).getByRole('textbox', { name: 'Affiliation' }).fill('Kyodo News');
  await page.getByRole('textbox', { name: 'Dateline' }).click(); // leaving the row remembers the name
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();

  await newStory(page, 'Dams hold', 'The dams held.');
  await credits.getByRole('button', { name: 'Add contributor' }).click();
  await page.keyboard.type('tom');
  const suggestions = page.getByRole('listbox', { name: 'Known contributors' });
  await expect(suggestions.getByRole('option')).toHaveText(['Tom ParkKyodo News']);
  await page.keyboard.press('ArrowDown');
  await expect(suggestions.getByRole('option', { name: /Tom Park/ })).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  const row = credits.getByRole('group', { name: 'Contributor 1' });
  await expect(row.getByRole('textbox', { name: 'Contributor name' })).toHaveValue('Tom Park');
  await expect(row.getByRole('textbox', { name: 'Affiliation' })).toHaveValue('Kyodo News');
  await expect(page.getByLabel('Byline', { exact: true })).toHaveText('By Tom Park, Kyodo News');

  await credits.getByRole('button', { name: 'Contributor directory' }).click();
  const dialog = page.getByRole('dialog', { name: 'Contributor directory' });
  await dialog.getByRole('button', { name: 'Rename Tom Park' }).click();
  await dialog.getByRole('textbox', { name: 'New name for Tom Park' }).fill('Thomas Park');
  await dialog.getByRole('button', { name: 'Rename everywhere' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Renamed Tom Park to Thomas Park in 2 articles.');

  // The open story follows at once, and the other story on disk and in the list.
  await expect(row.getByRole('textbox', { name: 'Contributor name' })).toHaveValue('Thomas Park');
  await expect(page.getByLabel('Byline', { exact: true })).toHaveText('By Thomas Park, Kyodo News');
  const other = await savedArticle(app, 'Flood warning');
  expect(other.byline.contributors).toEqual([{ name: 'Thomas Park', role: 'writer', affiliation: 'Kyodo News', contact: null }]);
  await expect(page.getByRole('list', { name: 'Articles' }).getByRole('button', { name: /Flood warning/ })).toContainText('By Thomas Park, Kyodo News');
  // The sample's reporter was never renamed.
  expect((await app.library.list()).find((a) => a.headline.startsWith('Zelenskyy'))?.byline).toBe('By Aghakazim Guliyev');

  // Saving the open story after the rename is not mistaken for a conflict.
  await dialog.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('textbox', { name: 'Article body' }).click();
  await page.keyboard.type(' More.');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved/ })).toBeVisible();
  const dams = await savedArticle(app, 'Dams hold');
  expect(dams.byline.contributors[0].name).toBe('Thomas Park');
  expect(JSON.stringify(dams.body)).toContain('More.');

  // A name taken out of the directory is no longer offered; the stories that credit it keep it.
  await credits.getByRole('button', { name: 'Contributor directory' }).click();
  await dialog.getByRole('button', { name: 'Remove Thomas Park from the directory' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Thomas Park is no longer offered. Stories that credit Thomas Park keep their bylines.');
  await expect(dialog.getByRole('button', { name: /Thomas Park/ })).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Rename Aghakazim Guliyev' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await credits.getByRole('button', { name: 'Add contributor' }).click();
  await page.keyboard.type('thom');
  await expect(page.getByRole('listbox', { name: 'Known contributors' })).toHaveCount(0);
  await expect(page.getByLabel('Byline', { exact: true })).toContainText('By Thomas Park (Kyodo News) and thom');
  expect((await savedArticle(app, 'Flood warning')).byline.contributors[0].name).toBe('Thomas Park');
});
