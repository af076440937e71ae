import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/web-app';

// Evaluated over the DevTools protocol, which the page's Content-Security-Policy does not block.
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A/AA rules) on the page as it is now. */
async function axe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[]; passes: unknown[] }> } }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    // A run that checked nothing would pass vacuously.
    if (result.passes.length < 10) throw new Error(`axe checked only ${result.passes.length} rules`);
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  });
}

const summary = (vs: AxeViolation[]) => vs.map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);

test('the editor with the sample article has no WCAG A/AA violations', async ({ page, app }) => {
  await app.open();
  await expect(page.getByRole('textbox', { name: 'Article body' })).toContainText('Zelenskyy');
  expect(summary(await axe(page))).toEqual([]);
});

test('the review and history panels have no WCAG A/AA violations', async ({ page, app }) => {
  await app.open();
  await page.getByRole('button', { name: 'Review quotes' }).click();
  await expect(page.getByText(/10 quotes · 10 attributed/).first()).toBeVisible();
  expect(summary(await axe(page))).toEqual([]);
  await page.getByRole('button', { name: 'History' }).click();
  await expect(page.getByRole('region', { name: 'History' })).toBeVisible();
  expect(summary(await axe(page))).toEqual([]);
});
