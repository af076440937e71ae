import { expect, test } from '../support/web-app';

test('the search box filters the library to matching stories, with a snippet', async ({ page, app }) => {
  const harbour = await app.library.create('Harbour strike ends');
  await app.library.save(harbour.path, { ...harbour.article, body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Dockers returned to work after a deal on overtime pay.' }] }] } }, harbour.stamp);
  await app.library.create('Council budget');
  await app.open();
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list.getByRole('listitem')).toHaveCount(3);

  const search = page.getByRole('searchbox', { name: 'Search articles' });
  await search.fill('overtime');
  await expect(list.getByRole('listitem')).toHaveCount(1);
  await expect(list).toContainText('Harbour strike ends');
  await expect(list).toContainText('deal on overtime pay');
  await list.getByRole('button', { name: /Harbour strike ends/ }).click();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Dockers returned to work');

  await search.fill('zanzibar');
  await expect(list).toContainText('No articles match “zanzibar”.');
  await search.press('Escape');
  await expect(list.getByRole('listitem')).toHaveCount(3);
});

test('a long library renders only the rows in view', async ({ page, app }) => {
  for (let i = 0; i < 300; i++) await app.library.create(`Story number ${i}`);
  await app.open();
  const list = page.getByRole('list', { name: 'Articles' });
  await expect(list).toContainText('Story number 299');
  const rows = list.getByRole('listitem');
  const count = await rows.count();
  expect(count).toBeGreaterThan(5);
  expect(count).toBeLessThan(60);
  // The list scrolls inside the library column; it does not grow past the window.
  expect(await list.evaluate((el) => el.getBoundingClientRect().bottom)).toBeLessThanOrEqual(await page.evaluate(() => innerHeight));
  await list.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(list).toContainText('Story number 0');
});
