import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { startTestHost } from './web-app';

/** `npx tsx tests/support/screenshot.ts OUT.png`: the app on a fresh sample library, as a reporter first sees it. */
const out = process.argv[2] ?? 'screenshot.png';
const { host } = await startTestHost();
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('pageerror', (e) => console.error('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
await page.goto(host.url);
await page.getByRole('textbox', { name: 'Headline' }).waitFor();
await page.waitForTimeout(500);
await page.screenshot({ path: out });
await browser.close();
await host.close();
console.log(`wrote ${out}`);
