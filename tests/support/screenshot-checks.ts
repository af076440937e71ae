import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { startTestHost } from './web-app';

/**
 * `npx tsx tests/support/screenshot-checks.ts [GATE.png] [HOUSE-STYLE.png]`: at 1280×720, the Ready
 * gate over two open errors (a TK and a library rule), then the House style dialog of a library
 * whose file has one bad rule, at the top of its list and at the end (the library's own rules).
 */
const gateOut = process.argv[2] ?? '/tmp/copydesk-ready-gate.png';
const styleOut = process.argv[3] ?? '/tmp/copydesk-house-style.png';
const styleEndOut = process.argv[4] ?? '/tmp/copydesk-house-style-end.png';
const { host, dir } = await startTestHost();
const file = path.join(dir, '.copydesk', 'house-style.yaml');
await mkdir(path.dirname(file), { recursive: true });
await writeFile(
  file,
  `version: 1
disabled: [numbers.sentence-start]
rules:
  - id: desk.tbc
    kind: words
    severity: error
    description: TBC is for the desk; the reader gets the fact or nothing.
    words:
      tbc: null
  - id: desk.broken
    kind: regex
    pattern: "(unclosed"
    message: "{text}"
`,
);
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('pageerror', (e) => console.error('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
await page.goto(host.url);
const body = page.getByRole('textbox', { name: 'Article body' });
await body.getByText('Zelenskyy').first().waitFor();
await body.locator('p').first().click();
await page.keyboard.press('Control+End');
await page.keyboard.type(' Turnout was TK. The date is TBC.');
await page.getByRole('combobox', { name: 'Status' }).selectOption('ready');
await page.getByRole('dialog', { name: 'Mark as Ready?' }).waitFor();
await page.getByRole('textbox', { name: 'Your name' }).fill('Olena Kovalenko');
await page.getByRole('textbox', { name: 'Reason' }).fill('Turnout comes from the election commission at 18:00');
await page.screenshot({ path: gateOut });
console.log(`wrote ${gateOut}`);
await page.keyboard.press('Escape');

await page.getByRole('button', { name: 'Checks', exact: true }).click();
await page.getByRole('region', { name: 'Checks' }).getByRole('button', { name: 'House style' }).click();
await page.getByRole('dialog', { name: 'House style' }).getByRole('alert').waitFor();
await page.waitForTimeout(200);
await page.screenshot({ path: styleOut });
console.log(`wrote ${styleOut}`);
await page.locator('.house-style-rules').evaluate((list) => list.scrollTo(0, list.scrollHeight));
await page.waitForTimeout(200);
await page.screenshot({ path: styleEndOut });
console.log(`wrote ${styleEndOut}`);
await browser.close();
await host.close();
