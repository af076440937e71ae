import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { importMarkdown } from '../../shared/import';
import { checkHtml } from '../support/export-fixtures';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/web-app';

test('Export downloads a valid HTML page and a Markdown file of the story', async ({ page, app }) => {
  // The W3C checker starts a Java VM: on a 2-core machine with other work running that alone took
  // over a minute in a stress run (tests/support/stress-e2e.sh), so this test gets three times the
  // usual budget. Nothing in it waits on the app for longer than before.
  test.slow();
  await app.open();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Zelenskyy proposes historic defence cooperation with Japan');

  await page.getByRole('button', { name: 'Export' }).click();
  const [html] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Web page (HTML)' }).click()]);
  expect(html.suggestedFilename()).toBe('zelenskyy-proposes-historic-defence-cooperation-with-japan.html');
  const page1 = await readFile((await html.path())!, 'utf8');
  expect(page1).toContain('<h1>Zelenskyy proposes historic defence cooperation with Japan</h1>');
  expect(page1).toContain('data-speaker="Volodymyr Zelenskyy"');
  const { errors } = await checkHtml({ 'export.html': page1 });
  expect(errors).toEqual([]);

  await page.getByRole('button', { name: 'Export' }).click();
  const [md] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Markdown' }).click()]);
  expect(md.suggestedFilename()).toMatch(/\.md$/);
  const story = importMarkdown(await readFile((await md.path())!, 'utf8'));
  expect(story.headline).toBe('Zelenskyy proposes historic defence cooperation with Japan');
  expect(story.byline.contributors[0].name).toBe('Aghakazim Guliyev');
});

test('Import creates a new article from a picked file and opens it', async ({ page, app }) => {
  await app.open();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import' }).click()]);
  await chooser.setFiles(path.resolve('tests/fixtures/import/plain.md'));
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('Library reopens after flood');
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('The central library reopened on Monday');
  await expect(page.getByRole('list', { name: 'Articles' })).toContainText('Library reopens after flood');
  expect((await app.library.list()).map((a) => a.headline)).toContain('Library reopens after flood');
});

test('Import of a junk .docx says why and changes nothing', async ({ page, app }) => {
  await app.open();
  const before = (await app.library.list()).length;
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Import' }).click()]);
  await chooser.setFiles({
    name: 'notes.docx',
    mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    buffer: Buffer.from('not a zip'),
  });
  await expect(page.getByRole('alert')).toContainText('is not a Word document');
  expect((await app.library.list()).length).toBe(before);
});

/** A new, empty story, its body clicked into; returns the body. */
async function newStoryBody(page: Page) {
  await page.getByRole('button', { name: 'New article' }).click();
  // The new article's editor is in place once its empty headline has the cursor.
  await expect(page.getByRole('textbox', { name: 'Headline' })).toBeFocused();
  await expect(page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  const body = page.getByRole('textbox', { name: 'Article body' });
  await body.click();
  return body;
}

/** Pastes `html` into the story body as the clipboard would hand it over. */
async function pasteHtml(body: Locator, html: string) {
  await body.evaluate((el, data) => {
    const dt = new DataTransfer();
    dt.setData('text/html', data);
    dt.setData('text/plain', 'fallback');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
}

test('pasting hostile HTML keeps the words and structure but no script, handler or unsafe link', async ({ page, app }) => {
  await app.open();
  const body = await newStoryBody(page);
  const html =
    '<meta charset="utf-8"><b style="font-weight:normal" id="docs-internal-guid-1"><h2>Pasted heading</h2>' +
    '<p style="font-family:Comic Sans">Safe <span style="font-weight:700">bold</span> text<script>window.__pwned=1</script>' +
    '<img src=x onerror="window.__pwned=2"><a href="javascript:window.__pwned=3">bad link</a> <a href="https://example.org/ok" onclick="window.__pwned=4">good link</a></p>' +
    '<ul><li>one</li><li onmouseover="window.__pwned=5">two</li></ul><iframe srcdoc="<script>parent.__pwned=6</script>"></iframe><svg onload="window.__pwned=7"></svg></b>';
  await pasteHtml(body, html);
  await expect(body.locator('h2')).toHaveText('Pasted heading');
  await expect(body.locator('p strong')).toHaveText('bold');
  await expect(body.locator('li')).toHaveCount(2);
  await expect(body.locator('a[href="https://example.org/ok"]')).toHaveText('good link');
  await expect(body).toContainText('bad link');
  const inside = await body.evaluate((el) => ({
    html: el.innerHTML,
    handlers: [...el.querySelectorAll('*')].flatMap((n) => [...n.attributes].map((a) => a.name)).filter((n) => n.startsWith('on')),
    scripts: el.querySelectorAll('script, iframe, svg, img[src="x"]').length,
    pwned: (window as unknown as { __pwned?: number }).__pwned ?? null,
  }));
  expect(inside.handlers).toEqual([]);
  expect(inside.scripts).toBe(0);
  expect(inside.pwned).toBeNull();
  expect(inside.html).not.toMatch(/javascript:|Comic Sans|font-family/);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').first()).toHaveText(/^Saved/);
});

test('pasting from Word turns its typed-out bullets and numbers into real lists', async ({ page, app }) => {
  await app.open();
  const body = await newStoryBody(page);
  await pasteHtml(body, await readFile(path.resolve('tests/fixtures/import/word-paste.html'), 'utf8'));
  await expect(body.locator(':scope > ul > li')).toHaveText(['Libraries close on Sundaysexcept in December', 'Street lights dim after midnight']);
  await expect(body.locator(':scope > ul > li > ul > li')).toHaveText(['except in December']);
  await expect(body.locator(':scope > ol > li')).toHaveText(['Budget: 31 to 12', 'Libraries: 24 to 19', 'Lights: 40 to 3']);
  await expect(body.locator('li em')).toHaveText('Sundays');
  await expect(body).not.toContainText('·');
});
