import { axeViolations } from '../support/axe';
import { expect, test } from '../support/web-app';

test('the editor with the sample article has no WCAG A/AA violations', async ({ page, app }) => {
  await app.open();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Zelenskyy');
  expect(await axeViolations(page)).toEqual([]);
});

test('the review and history panels have no WCAG A/AA violations', async ({ page, app }) => {
  await app.open();
  await page.getByRole('button', { name: 'Review quotes' }).click();
  await expect(page.getByText(/10 quotes · 10 attributed/).first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('region', { name: 'History' })).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});
