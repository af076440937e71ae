import type { Page } from '@playwright/test';

/**
 * Presses a desk-bar button where it is: in the bar, or — when the bar is too narrow for it — as
 * the More menu's item of the same name (renderer/desk/bar-overflow.ts decides which, by width).
 */
export async function pressBarButton(page: Page, name: string) {
  const bar = page.locator('.desk-bar');
  const button = bar.getByRole('button', { name, exact: true });
  if (await button.isVisible()) return button.click();
  await bar.getByRole('button', { name: 'More', exact: true }).click();
  const menu = page.getByRole('menu');
  await menu
    .getByRole('menuitem', { name, exact: true })
    .or(menu.getByRole('menuitemcheckbox', { name, exact: true }))
    .click();
}
