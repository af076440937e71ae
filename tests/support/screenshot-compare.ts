import { chromium } from '@playwright/test';
import { RevisionStore } from '../../electron/services/revisions';
import type { Article } from '../../shared/article';
import { chromiumLaunchOptions } from './chromium';
import { startTestHost } from './web-app';

/**
 * `COPYDESK_RENDERER_DIR=… npx tsx tests/support/screenshot-compare.ts [WINDOW.png] [PANEL.png]`:
 * History → Compare at 1280×720, an earlier revision against the current text (headline, photo
 * caption and credit, a paragraph edited, one deleted, one moved); then the whole History panel.
 */
const windowOut = process.argv[2] ?? '/tmp/copydesk-compare-window.png';
const panelOut = process.argv[3] ?? '/tmp/copydesk-compare-panel.png';

const { host, library } = await startTestHost();
const [summary] = await library.list();
const saved = (await library.open(summary.path)).article;
type Block = { type: string; attrs?: Record<string, unknown>; content?: { type: string; text?: string }[] };
const blocks = (saved.body.content ?? []) as Block[];
const para = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const textOf = (b: Block) => (b.content ?? []).map((c) => c.text ?? '').join('');

// The earlier version, as the reporter had it an hour ago.
const earlier = blocks.map((b, i) => {
  if (b.type === 'photo') return { ...b, attrs: { ...b.attrs, caption: 'Zelenskyy speaks in Kyiv', credit: 'Kyodo' } };
  if (i === 1) return para(textOf(b).replace('expressed hope for closer', 'called for stronger').replace('welcoming', 'praising'));
  return b;
});
const [moved] = earlier.splice(4, 1);
earlier.push(moved!);
earlier.splice(3, 0, para('Officials in Tokyo declined to comment on the interview.'));
const older: Article = { ...saved, headline: 'Zelenskyy seeks defence ties with Japan', body: { type: 'doc', content: earlier } };
await new RevisionStore(library.root, () => new Date(Date.now() - 60 * 60 * 1000)).snapshot(older, 'manual');

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
page.on('pageerror', (e) => console.error('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
await page.goto(host.url);
await page.getByRole('textbox', { name: 'Article body' }).waitFor();
await page.getByRole('button', { name: 'History' }).click();
const history = page.getByRole('region', { name: 'History' });
await history.getByRole('list', { name: 'Revisions' }).getByRole('button').first().click();
await history.getByRole('button', { name: 'Compare', exact: true }).click();
await history.getByRole('region', { name: 'Comparison' }).waitFor();
await page.waitForTimeout(400);
await page.screenshot({ path: windowOut });
console.log(`wrote ${windowOut}`);
// The whole panel, however long: grow the window to it.
const height = await history.evaluate((el) => el.scrollHeight);
await page.setViewportSize({ width: 1280, height: Math.max(720, height + 120) });
await page.waitForTimeout(300);
await history.screenshot({ path: panelOut });
console.log(`wrote ${panelOut}`);
await browser.close();
await host.close();
await library.close();
