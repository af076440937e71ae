import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { quotePoint, shownQuotes } from './quote-highlights';
import { startTestHost } from './web-app';

/**
 * `npx tsx tests/support/screenshot-quotes.ts [SOURCES.png] [REVIEW.png]`: the sample story with its
 * quotes highlighted and the Sources panel open, then review mode on the second quote.
 */
const sourcesOut = process.argv[2] ?? '/tmp/copydesk-issue4-sources.png';
const reviewOut = process.argv[3] ?? '/tmp/copydesk-issue4-review.png';
const { host } = await startTestHost();
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('pageerror', (e) => console.error('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
await page.goto(host.url);
const sources = page.getByRole('region', { name: 'Sources' });
await sources.getByText('Mentioned, not quoted').waitFor();
while ((await shownQuotes(page)).all.length < 10) await page.waitForTimeout(100);
const fourth = await quotePoint(page, 'Madame prime minister');
await page.mouse.move(fourth.x, fourth.y);
await page.waitForTimeout(300);
await page.screenshot({ path: sourcesOut });
console.log(`wrote ${sourcesOut}`);

await page.getByRole('button', { name: 'Review quotes' }).click();
const review = page.getByRole('dialog', { name: 'Review quotes' });
await review.waitFor();
await page.keyboard.press('c');
await page.keyboard.press('f');
await page.mouse.move(0, 0);
await page.waitForTimeout(400);
await page.screenshot({ path: reviewOut });
console.log(`wrote ${reviewOut}`);
await browser.close();
await host.close();
