import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { chromium } from '@playwright/test';
import sharp from 'sharp';
import { chromiumLaunchOptions } from './chromium';
import { startTestHost } from './web-app';

/**
 * `npx tsx tests/support/screenshot-layout.ts [DIR]`: the sample story with the Sources panel open
 * at 1440×900, 1280×720, 1024×700 and 800×600, as small palette PNGs in DIR (docs/screenshots).
 * Set COPYDESK_RENDERER_DIR to screenshot a build other than dist/renderer.
 */
const out = path.resolve(process.argv[2] ?? 'docs/screenshots');
const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
  { width: 1024, height: 700 },
  { width: 800, height: 600 },
];

await mkdir(out, { recursive: true });
const { host } = await startTestHost();
const browser = await chromium.launch(chromiumLaunchOptions());
for (const size of SIZES) {
  const page = await browser.newPage({ viewport: size });
  page.on('pageerror', (e) => console.error('pageerror', e.message));
  page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
  await page.goto(host.url);
  await page.getByRole('textbox', { name: 'Article body' }).waitFor();
  const sources = page.getByRole('region', { name: 'Sources' });
  await sources.getByText('Mentioned, not quoted').waitFor();
  await page.waitForTimeout(400);
  const file = path.join(out, `layout-${size.width}x${size.height}-sources.png`);
  await sharp(await page.screenshot())
    .png({ palette: true, quality: 90, compressionLevel: 9 })
    .toFile(file);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
  await page.close();
}
await browser.close();
await host.close();
