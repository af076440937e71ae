import { chromium } from '@playwright/test';
import type { Article } from '../../shared/article';
import { RecoveryJournal } from '../../electron/services/recovery';
import { RevisionStore } from '../../electron/services/revisions';
import { chromiumLaunchOptions } from './chromium';
import { startTestHost } from './web-app';

/**
 * `COPYDESK_RENDERER_DIR=… npx tsx tests/support/screenshot-safety.ts [RECOVERY.png] [HISTORY.png]`:
 * the recovery prompt after a simulated crash, and the History panel with restorable revisions.
 */
const recoveryOut = process.argv[2] ?? '/tmp/copydesk-issue6-recovery.png';
const historyOut = process.argv[3] ?? '/tmp/copydesk-issue6-history.png';

const { host, library } = await startTestHost();
const [summary] = await library.list();
const saved = (await library.open(summary.path)).article;
const paragraphs = (saved.body.content ?? []) as { type: string; content?: { text?: string }[] }[];

function edited(extra: string[], replaceFirst?: string): Article {
  const content = paragraphs.map((p, i) =>
    replaceFirst && i === paragraphs.findIndex((q) => q.type === 'paragraph') ? { type: 'paragraph', content: [{ type: 'text', text: replaceFirst }] } : p,
  );
  return { ...saved, body: { type: 'doc', content: [...content.slice(0, 3), ...extra.map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })), ...content.slice(3)] } };
}

// History: a morning of saves, a few minutes to an hour apart.
const day = Date.now() - 3 * 60 * 60 * 1000;
const times = [0, 35, 72, 118].map((m) => day + m * 60 * 1000);
const versions: [Article, 'manual' | 'autosave'][] = [
  [saved, 'manual'],
  [edited(['Zelenskyy thanked Japan for its humanitarian aid, which has reached $12 billion since 2022.']), 'autosave'],
  [edited(['Zelenskyy thanked Japan for its humanitarian aid, which has reached $12 billion since 2022.', 'Japan’s foreign ministry declined to comment on the proposal.']), 'manual'],
];
for (const [i, [article, reason]] of versions.entries()) await new RevisionStore(library.root, () => new Date(times[i])).snapshot(article, reason);

// The crash: changes typed after the last save, journaled but never saved.
const recovered = edited(
  ['Zelenskyy thanked Japan for its humanitarian aid, which has reached $12 billion since 2022.', 'Japan’s foreign ministry declined to comment on the proposal.', 'UPDATE: Prime Minister Takaichi said Thursday her cabinet would review the export rules “without delay.”'],
  'Ukrainian President Volodymyr Zelenskyy on Wednesday urged Japan to relax its rules on lethal arms exports, welcoming Prime Minister Sanae Takaichi’s efforts.',
);
await new RecoveryJournal(library.root, () => new Date(Date.now() + 60 * 1000)).write({ path: summary.path, article: recovered, baseStamp: null });

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
page.on('pageerror', (e) => console.error('pageerror', e.message));
page.on('console', (m) => m.type() === 'error' && console.error('console', m.text()));
await page.goto(host.url);
const dialog = page.getByRole('dialog', { name: 'Recover unsaved changes' });
await dialog.waitFor();
await page.waitForTimeout(400);
await page.screenshot({ path: recoveryOut });
console.log(`wrote ${recoveryOut}`);

await dialog.getByRole('button', { name: 'Keep saved version' }).click();
// One side panel at a time reads best on a laptop screen.
const sources = page.getByRole('button', { name: /^Close sources/i });
if (await sources.count()) await sources.first().click();
await page.getByRole('button', { name: 'History' }).click();
const history = page.getByRole('region', { name: 'History' });
await history.getByRole('listitem').nth(1).getByRole('button').click();
await history.getByRole('button', { name: 'Restore this version' }).waitFor();
await page.waitForTimeout(400);
await page.screenshot({ path: historyOut });
console.log(`wrote ${historyOut}`);
await browser.close();
await host.close();
