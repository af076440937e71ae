import path from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from './chromium';
import { startTestHost } from './web-app';

/**
 * `npx tsx tests/support/screenshot-issue3.ts OUT.png`: the sample article finished as an editor
 * would — photo attached to its placeholder with caption and credit, byline with the reporter and
 * the agency, dateline set — and a second shot (OUT-foot.png) of the story's foot.
 */
const out = process.argv[2] ?? 'screenshot-issue3.png';
const { host } = await startTestHost();
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1440, height: 1000 } });
page.on('pageerror', (e) => console.error('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
await page.goto(host.url);
await page.getByRole('textbox', { name: 'Headline' }).waitFor();

const chooser = page.waitForEvent('filechooser');
await page.getByRole('figure', { name: 'Photo to come' }).getByRole('button', { name: 'Attach photo' }).click();
await (await chooser).setFiles(path.resolve('tests/fixtures/photos/kyiv-press.jpg'));
const photo = page.getByRole('figure', { name: 'Photo', exact: true });
await photo.getByRole('textbox', { name: 'Caption' }).fill('Ukrainian President Volodymyr Zelenskyy during an interview with Kyodo News in Kyiv on Nov. 26.');
await photo.getByRole('textbox', { name: 'Alt text' }).fill('Volodymyr Zelenskyy, in an olive sweatshirt, speaks at a desk');

const credits = page.getByRole('region', { name: 'Credits' });
await credits.getByRole('group', { name: 'Contributor 1' }).getByRole('textbox', { name: 'Affiliation' }).fill('Kyodo News');
await page.getByRole('textbox', { name: 'Dateline' }).fill('KYIV, Nov. 26');
await page.getByRole('button', { name: 'Save' }).click();
await page
  .getByRole('status')
  .filter({ hasText: /^Saved/ })
  .waitFor();
await page.mouse.click(5, 995);
await page.waitForTimeout(600);
await page.screenshot({ path: out });
await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
await page.waitForTimeout(300);
await page.screenshot({ path: out.replace(/\.png$/, '-foot.png') });
await browser.close();
await host.close();
console.log(`wrote ${out}`);
