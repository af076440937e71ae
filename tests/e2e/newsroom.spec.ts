import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { type Browser, type BrowserContext, expect, type Locator, type Page, test, type WebSocketRoute } from '@playwright/test';
import * as Y from 'yjs';
import { addUser, startNewsroom } from '../../electron/newsroom/server';
import { axeViolations } from '../support/axe';
import { startTestHost } from '../support/web-app';

/**
 * Shared newsroom stories, end to end: a real newsroom server (in this process, on a free port,
 * a temp data folder) and one browser context per person, each with a library and web host of
 * their own, as on separate computers.
 */

const SAMPLE_HEADLINE = 'Zelenskyy proposes historic defence cooperation with Japan';

interface Person {
  name: string;
  page: Page;
  context: BrowserContext;
  body: Locator;
  errors: string[];
  /** Cuts this person's connection to the newsroom (its websockets), or gives it back. */
  setOffline(offline: boolean): Promise<void>;
  /** Holds what the newsroom sends this person over its websockets (a slow sync), or delivers it all, in order. */
  holdNewsroom(hold: boolean): void;
  close(): Promise<void>;
}

async function startPerson(browser: Browser, name: string, newsroomUrl: string, options: { seedSample?: boolean } = {}): Promise<Person> {
  const { host, library, dir } = await startTestHost({ seedSample: options.seedSample ?? false });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  // Every websocket to the newsroom goes through here, so a test can take this person offline
  // (closing them, and refusing new ones) without touching their own web host.
  let offline = false;
  let holding = false;
  const held: (() => void)[] = [];
  const sockets = new Set<WebSocketRoute>();
  await context.routeWebSocket(new RegExp(`^${newsroomUrl.replace(/[.:/]/g, '\\$&')}`), (ws) => {
    if (offline) {
      void ws.close();
      return;
    }
    const server = ws.connectToServer();
    server.onMessage((message) => {
      if (holding) held.push(() => ws.send(message));
      else ws.send(message);
    });
    sockets.add(ws);
    ws.onClose(() => {
      sockets.delete(ws);
      void server.close();
    });
    server.onClose(() => void ws.close());
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(host.url);
  await expect(page.getByRole('list', { name: 'Articles' })).toBeVisible();
  return {
    name,
    page,
    context,
    body: page.getByRole('textbox', { name: 'Article body' }),
    errors,
    holdNewsroom(value) {
      holding = value;
      if (!value) for (const deliver of held.splice(0)) deliver();
    },
    async setOffline(value) {
      offline = value;
      if (value) for (const ws of [...sockets]) await ws.close();
    },
    async close() {
      await context.close();
      await host.close();
      await library.close();
      await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    },
  };
}

async function connect(person: Person, address: string, token: string) {
  const { page } = person;
  await page.getByRole('button', { name: 'Connect to newsroom', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Connect to newsroom' });
  await dialog.getByRole('textbox', { name: 'Newsroom address' }).fill(address);
  await dialog.getByRole('textbox', { name: 'Token' }).fill(token);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('list', { name: 'Newsroom' })).toBeVisible();
}

/** Opens a shared story from the Newsroom list (waiting for it to be listed). */
async function openShared(person: Person, headline: string) {
  const item = person.page.getByRole('list', { name: 'Newsroom' }).getByRole('button', { name: new RegExp(headline) });
  await expect(item).toBeVisible({ timeout: 15_000 });
  await item.click();
  await expect(person.page.getByRole('status', { name: 'Newsroom connection' })).toHaveText('Live', { timeout: 15_000 });
  await expect(person.body).toContainText('Ukrainian President');
}

/** How many revisions of the shared sample story the newsroom keeps as saved by `name`. */
async function newsroomRevisionsBy(newsroom: Newsroom, name: string): Promise<number> {
  const http = newsroom.url.replace('ws://', 'http://');
  const headers = { Authorization: `Bearer ${newsroom.tokens.ben}` };
  const { stories } = (await (await fetch(`${http}/api/stories`, { headers })).json()) as { stories: { id: string; headline: string }[] };
  const id = stories.find((s) => s.headline === SAMPLE_HEADLINE)?.id;
  if (!id) return 0;
  const { revisions } = (await (await fetch(`${http}/api/stories/${encodeURIComponent(id)}/revisions`, { headers })).json()) as {
    revisions: { by: string | null; reason: string }[];
  };
  return revisions.filter((r) => r.by === name && r.reason === 'manual').length;
}

/** Waits until the newsroom itself (not only someone's screen) holds `words` in the body of the shared sample story. */
async function newsroomHas(newsroom: Newsroom, words: string) {
  const http = newsroom.url.replace('ws://', 'http://');
  const headers = { Authorization: `Bearer ${newsroom.tokens.ben}` };
  const { stories } = (await (await fetch(`${http}/api/stories`, { headers })).json()) as { stories: { id: string; headline: string }[] };
  const id = stories.find((s) => s.headline === SAMPLE_HEADLINE)?.id;
  expect(id).toBeTruthy();
  await expect
    .poll(
      async () => {
        const doc = new Y.Doc();
        Y.applyUpdate(doc, new Uint8Array(await (await fetch(`${http}/api/stories/${encodeURIComponent(id as string)}/state`, { headers })).arrayBuffer()));
        return doc.getXmlFragment('body').toString().includes(words);
      },
      { timeout: 10_000 },
    )
    .toBe(true);
}

/** The story's words as the person sees them, without the other people's cursors and names drawn in it. */
function storyText(person: Person): Promise<string> {
  return person.body.evaluate((el) => {
    const copy = el.cloneNode(true) as HTMLElement;
    for (const c of copy.querySelectorAll('.ProseMirror-yjs-cursor')) c.remove();
    return [...copy.querySelectorAll(':scope > p, :scope > h2, :scope > h3, :scope > blockquote')].map((p) => p.textContent).join('\n');
  });
}

/** Puts the cursor at the end of paragraph `n` (0-based) of the story. */
async function endOfParagraph(person: Person, n: number) {
  const p = person.body.locator(':scope > p').nth(n);
  await p.click();
  // (End goes to the end of the line, and a paragraph has several: the caret is put after its last word.)
  await p.evaluate((el) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, (t) =>
      t.parentElement?.closest('.ProseMirror-yjs-cursor') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
    );
    let last: Text | null = null;
    for (let t = walker.nextNode(); t; t = walker.nextNode()) last = t as Text;
    if (last) document.getSelection()?.collapse(last, last.length);
  });
  // ProseMirror reads the new selection from the page's selectionchange event.
  await person.page.waitForTimeout(50);
}

interface Newsroom {
  url: string;
  tokens: Record<'ana' | 'ben' | 'vic', string>;
  people: Person[];
  /** Console errors a test expects (a refused token is answered 401, which the browser logs). */
  expected: RegExp[];
}

const it = test.extend<{ newsroom: Newsroom }>({
  // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's own fixtures from this pattern (it needs none)
  newsroom: async ({}, use) => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-newsroom-'));
    const server = await startNewsroom({ dataDir, port: 0, host: '127.0.0.1', log: process.env.NEWSROOM_LOG ? (l) => console.log(l) : () => {} });
    const tokens = {
      ana: await addUser(dataDir, 'Ana', 'reporter'),
      ben: await addUser(dataDir, 'Ben', 'editor'),
      vic: await addUser(dataDir, 'Vic', 'viewer'),
    };
    const newsroom: Newsroom = { url: server.url, tokens, people: [], expected: [/WebSocket connection to .* failed/] };
    await use(newsroom);
    const errors = newsroom.people.flatMap((p) => p.errors.map((e) => `${p.name}: ${e}`));
    for (const p of newsroom.people) await p.close();
    await server.stop();
    await rm(dataDir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 });
    // A websocket refused while a person is offline is what the test asked for; nothing else may fail.
    expect(errors.filter((e) => !newsroom.expected.some((x) => x.test(e)))).toEqual([]);
  },
});

/** Ana shares the sample story; Ben (an editor) opens it from his Newsroom list. */
async function anaSharesBenOpens(browser: Browser, newsroom: Newsroom, before?: (ana: Person) => Promise<void>) {
  const { ana, ben } = await anaShares(browser, newsroom, before);
  // …and it appears in Ben's Newsroom list (it polls every few seconds).
  await openShared(ben, SAMPLE_HEADLINE);
  return { ana, ben };
}

/** Ana shares the sample story (and has it open, live); Ben (an editor) is connected to the newsroom. */
async function anaShares(browser: Browser, newsroom: Newsroom, before?: (ana: Person) => Promise<void>) {
  const ana = await startPerson(browser, 'Ana', newsroom.url, { seedSample: true });
  const ben = await startPerson(browser, 'Ben', newsroom.url);
  newsroom.people.push(ana, ben);
  await connect(ana, newsroom.url, newsroom.tokens.ana);
  await connect(ben, newsroom.url, newsroom.tokens.ben);
  await expect(ana.body).toContainText('Ukrainian President');
  await before?.(ana);
  await ana.page.getByRole('button', { name: 'Share to newsroom' }).click();
  // The shared story opens for Ana, live.
  await expect(ana.page.getByRole('status', { name: 'Newsroom connection' })).toHaveText('Live', { timeout: 15_000 });
  return { ana, ben };
}

it('a wrong token is refused in the connect dialog, saying so', async ({ browser, newsroom }) => {
  const ana = await startPerson(browser, 'Ana', newsroom.url);
  newsroom.people.push(ana);
  newsroom.expected.push(/status of 401 \(Unauthorized\)/);
  await ana.page.getByRole('button', { name: 'Connect to newsroom', exact: true }).click();
  const dialog = ana.page.getByRole('dialog', { name: 'Connect to newsroom' });
  await dialog.getByRole('textbox', { name: 'Newsroom address' }).fill(newsroom.url);
  await dialog.getByRole('textbox', { name: 'Token' }).fill('cdn_not-a-real-token');
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/did not accept this token/);
  expect(await axeViolations(ana.page)).toEqual([]);
  await expect(ana.page.getByRole('list', { name: 'Newsroom' })).toHaveCount(0);
  // The right one connects.
  await dialog.getByRole('textbox', { name: 'Token' }).fill(newsroom.tokens.ana);
  await dialog.getByRole('button', { name: 'Connect', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(ana.page.getByRole('list', { name: 'Newsroom' })).toBeVisible();
  // Remembered in the library's settings file, never in the browser's storage: a reload is still connected.
  expect(await ana.page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(newsroom.tokens.ana);
  await ana.page.reload();
  await expect(ana.page.getByRole('list', { name: 'Newsroom' })).toBeVisible();
  await expect(ana.page.getByRole('button', { name: 'Newsroom: Ana' })).toBeVisible();
});

it('Share to newsroom puts the sample story, its photo too, in the other person’s Newsroom list, with who is in it (the words shown before the photo arrives)', async ({
  browser,
  newsroom,
}) => {
  const { ana, ben } = await anaShares(browser, newsroom, async (ana) => {
    const placeholder = ana.page.getByRole('figure', { name: 'Photo to come' });
    const chooser = ana.page.waitForEvent('filechooser');
    await placeholder.getByRole('button', { name: 'Attach photo' }).click();
    await (await chooser).setFiles(path.resolve('tests/fixtures/photos/kyiv-press.jpg'));
    await expect(ana.page.getByRole('figure', { name: 'Photo', exact: true })).toHaveCount(1);
  });
  // Ben's library has not got the photo: the story's words do not wait for it. (Its image is asked
  // of the library first, as any photo's is, and is not there: that 404 is expected.)
  newsroom.expected.push(/status of 404 \(Not Found\)/);
  let releasePhoto!: () => void;
  const photoHeld = new Promise<void>((r) => {
    releasePhoto = r;
  });
  await ben.context.route(/\/api\/photos\//, async (route) => {
    await photoHeld;
    await route.continue();
  });
  await openShared(ben, SAMPLE_HEADLINE);
  const arriving = ben.page.getByRole('figure', { name: 'Photo', exact: true });
  await expect(arriving.getByRole('textbox', { name: 'Credit' })).toHaveValue('Photo: José Núñez Müller / Kyodo News');
  await expect(arriving.locator('img')).toHaveCount(0);
  await expect(arriving).toContainText('Fetching the photo from the newsroom…');
  releasePhoto();
  // Both lists say who is in the story now.
  await expect(ana.page.getByRole('list', { name: 'Newsroom' })).toContainText('In it now: Ana, Ben', { timeout: 15_000 });
  await expect(ben.page.getByRole('group', { name: 'In this story now' })).toContainText('Ana');
  await expect(ana.page.getByRole('group', { name: 'In this story now' })).toContainText('Ben');
  // The local copy stays in Ana's Articles, once (the shared one is not listed there twice).
  await expect(ana.page.getByRole('list', { name: 'Articles' }).getByRole('listitem')).toHaveCount(1);
  // The photo Ana attached before sharing travelled with the story: Ben's library has it too.
  const photo = ben.page.getByRole('figure', { name: 'Photo', exact: true });
  await expect(photo.getByRole('textbox', { name: 'Credit' })).toHaveValue('Photo: José Núñez Müller / Kyodo News');
  await expect.poll(() => photo.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  // The Newsroom list, presence and a co-author's cursor meet WCAG A/AA.
  expect(await axeViolations(ben.page)).toEqual([]);
  // Export works on a shared story (from its copy kept on this computer).
  await endOfParagraph(ben, 0);
  await ben.page.keyboard.type(' Exported by Ben.');
  await ben.page.getByRole('button', { name: 'Export' }).click();
  const [html] = await Promise.all([ben.page.waitForEvent('download'), ben.page.getByRole('menuitem', { name: 'Web page (HTML)' }).click()]);
  const exported = await readFile((await html.path())!, 'utf8');
  expect(exported).toContain(`<h1>${SAMPLE_HEADLINE}</h1>`);
  expect(exported).toContain('Exported by Ben.');
  // Keep a copy on this computer: Ben's library gets an article file of its own.
  await ben.page.getByRole('button', { name: 'Keep a copy on this computer' }).click();
  await expect(ben.page.getByRole('list', { name: 'Articles' })).toContainText(SAMPLE_HEADLINE);
});

it('two people co-edit a story: each sees the other’s words, cursor and name within a second, and undo is per person', async ({ browser, newsroom }) => {
  const { ana, ben } = await anaSharesBenOpens(browser, newsroom);
  // Within a second of the last key: the words, and the writer's cursor with their name as visible
  // text. Measured by the two pages' own clocks (one machine, one clock): the writer's page notes
  // when each key went down, the reader's page when the words and the cursor are both there, so the
  // test harness's own round trips on a busy machine do not count against the app.
  const typeAndTime = async (writer: Person, viewer: Person, paragraph: number, words: string, name: string) => {
    await viewer.page.evaluate(
      ([n, w, who]) => {
        const seen = () => {
          const el = document.querySelector('[aria-label="Article body"]');
          const p = el?.querySelectorAll(':scope > p')[n as number];
          const cursor = [...(el?.querySelectorAll('.ProseMirror-yjs-cursor') ?? [])].some((c) => c.textContent?.includes(who as string));
          return !!p?.textContent?.includes(w as string) && cursor;
        };
        const win = window as unknown as { __seenAt: Promise<number> };
        win.__seenAt = new Promise<number>((resolve) => {
          const observer = new MutationObserver(() => {
            if (!seen()) return;
            observer.disconnect();
            resolve(Date.now());
          });
          observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
          setTimeout(() => resolve(-1), 10_000);
        });
      },
      [paragraph, words, name] as const,
    );
    await writer.page.evaluate(() => {
      const win = window as unknown as { __lastKey: number };
      win.__lastKey = 0;
      document.addEventListener(
        'keydown',
        () => {
          win.__lastKey = Date.now();
        },
        true,
      );
    });
    await writer.page.keyboard.type(` ${words}`);
    const seenAt = await viewer.page.evaluate(() => (window as unknown as { __seenAt: Promise<number> }).__seenAt);
    const lastKey = await writer.page.evaluate(() => (window as unknown as { __lastKey: number }).__lastKey);
    expect(seenAt, `${name}'s words and cursor never reached the other page`).toBeGreaterThan(0);
    return seenAt - lastKey;
  };
  await endOfParagraph(ana, 1);
  expect(await typeAndTime(ana, ben, 1, 'Ana adds this.', 'Ana')).toBeLessThan(1_000);
  await expect(ben.body.locator('.ProseMirror-yjs-cursor', { hasText: 'Ana' })).toBeVisible();

  await endOfParagraph(ben, 3);
  expect(await typeAndTime(ben, ana, 3, 'Ben adds that.', 'Ben')).toBeLessThan(1_000);
  await expect(ana.body.locator('.ProseMirror-yjs-cursor', { hasText: 'Ben' })).toBeVisible();

  // A's undo removes A's words, not B's (typed after them).
  await ana.body.focus();
  await ana.page.keyboard.press('Control+z');
  await expect(ana.body).not.toContainText('Ana adds this.');
  await expect(ben.body).not.toContainText('Ana adds this.', { timeout: 5_000 });
  await expect(ana.body).toContainText('Ben adds that.');
  await expect(ben.body).toContainText('Ben adds that.');
  // And redo brings them back, for both.
  await ana.page.keyboard.press('Control+Shift+z');
  await expect(ben.body).toContainText('Ana adds this.', { timeout: 5_000 });
  // Ben's undo removes his, not Ana's.
  await ben.body.focus();
  await ben.page.keyboard.press('Control+z');
  await expect(ana.body).not.toContainText('Ben adds that.', { timeout: 5_000 });
  await expect(ana.body).toContainText('Ana adds this.');

  // A headline changed by one is the headline the other sees.
  const headline = ben.page.getByRole('textbox', { name: 'Headline' });
  await headline.click();
  await headline.press('End');
  await headline.pressSequentially(' (updated)');
  const anaHeadline = ana.page.getByRole('textbox', { name: 'Headline' });
  await expect(anaHeadline).toHaveValue(`${SAMPLE_HEADLINE} (updated)`, { timeout: 5_000 });
  // Both in the headline at once: Ana's cursor stays where she was typing while Ben's words arrive.
  await anaHeadline.click();
  await anaHeadline.press('Control+Home');
  await headline.pressSequentially('!');
  await expect(anaHeadline).toHaveValue(`${SAMPLE_HEADLINE} (updated)!`, { timeout: 5_000 });
  await anaHeadline.pressSequentially('New: ');
  await expect(headline).toHaveValue(`New: ${SAMPLE_HEADLINE} (updated)!`, { timeout: 5_000 });
  await expect(anaHeadline).toHaveValue(`New: ${SAMPLE_HEADLINE} (updated)!`);
  // The status is the story's: Ben moves it on, Ana's desk bar and both Newsroom lists follow.
  await ben.page.getByRole('combobox', { name: 'Status' }).selectOption('in-edit');
  await expect(ana.page.getByRole('combobox', { name: 'Status' })).toHaveValue('in-edit', { timeout: 5_000 });
  await expect(ana.page.getByRole('list', { name: 'Newsroom' })).toContainText('In edit', { timeout: 10_000 });
});

it('History lists the newsroom’s revisions of a shared story, with who saved each, and reads them', async ({ browser, newsroom }) => {
  const { ana, ben } = await anaSharesBenOpens(browser, newsroom);
  await endOfParagraph(ben, 2);
  await ben.page.keyboard.type(' Ben saved this.');
  await ben.page.keyboard.press('Control+s');
  await expect(ana.body).toContainText('Ben saved this.', { timeout: 5_000 });
  // History reads the newsroom's list when it opens: it is opened once Ben's Save has reached the
  // newsroom (his words can reach Ana before his revision is stored).
  await expect.poll(() => newsroomRevisionsBy(newsroom, 'Ben'), { timeout: 10_000 }).toBeGreaterThan(0);
  await ana.page.getByRole('button', { name: 'History' }).click();
  const history = ana.page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('The newsroom keeps a revision');
  const revisions = history.getByRole('list', { name: 'Revisions' });
  const saved = revisions.getByRole('button', { name: /^Saved by Ben · \d+ words/ });
  await expect(saved).toBeVisible({ timeout: 10_000 });
  const shared = revisions.getByRole('button', { name: /^Shared by Ana · \d+ words/ });
  await expect(shared).toBeVisible();
  await saved.click();
  await expect(history.getByRole('region', { name: /^Revision of/ })).toContainText('Ben saved this.');
  await shared.click();
  await expect(history.getByRole('region', { name: /^Revision of/ })).toContainText('Ukrainian President');
  await expect(history.getByRole('region', { name: /^Revision of/ })).not.toContainText('Ben saved this.');
});

it('History of a shared story left open shows a revision a colleague saves meanwhile, without reopening', async ({ browser, newsroom }) => {
  const { ana, ben } = await anaSharesBenOpens(browser, newsroom);
  await ana.page.getByRole('button', { name: 'History' }).click();
  const revisions = ana.page.getByRole('region', { name: 'History' }).getByRole('list', { name: 'Revisions' });
  await expect(revisions.getByRole('button', { name: /^Shared by Ana · \d+ words/ })).toBeVisible({ timeout: 10_000 });
  await expect(revisions.getByRole('button', { name: /^Saved by Ben/ })).toHaveCount(0);
  await endOfParagraph(ben, 2);
  await ben.page.keyboard.type(' Saved while Ana read History.');
  await ben.page.keyboard.press('Control+s');
  await expect.poll(() => newsroomRevisionsBy(newsroom, 'Ben'), { timeout: 10_000 }).toBeGreaterThan(0);
  // The list is read again while open (every 5 s for a shared story).
  const saved = revisions.getByRole('button', { name: /^Saved by Ben · \d+ words/ });
  await expect(saved).toBeVisible({ timeout: 12_000 });
  await saved.click();
  await expect(ana.page.getByRole('region', { name: 'History' }).getByRole('region', { name: /^Revision of/ })).toContainText('Saved while Ana read History.');
});

it('a story never opened on this computer shows at once from the newsroom, locked until its state is in (what is typed meanwhile kept), editable before its sync, then live', async ({
  browser,
  newsroom,
}) => {
  const { ana, ben } = await anaShares(browser, newsroom);
  const paragraphs = await ana.body.locator(':scope > p').count();

  // The newsroom's answers over the websocket, and its answer with the story's state, are held:
  // Ben's story comes from its readable copy.
  ben.holdNewsroom(true);
  let releaseState!: () => void;
  const stateHeld = new Promise<void>((r) => {
    releaseState = r;
  });
  await ben.context.route(/\/api\/stories\/[^/]+\/state$/, async (route) => {
    await stateHeld;
    await route.continue();
  });
  const item = ben.page.getByRole('list', { name: 'Newsroom' }).getByRole('button', { name: new RegExp(SAMPLE_HEADLINE) });
  await expect(item).toBeVisible({ timeout: 15_000 });
  await item.click();
  await expect(ben.body).toContainText('Ukrainian President');
  await expect(ben.page.getByRole('textbox', { name: 'Headline' })).toHaveValue(SAMPLE_HEADLINE);
  // Shown, not yet his to change: the story and the fields are locked, and it says so. What he
  // types into it meanwhile is kept, not written into the copy on screen.
  await expect(ben.body).toHaveAttribute('contenteditable', 'false');
  await expect(ben.page.getByRole('textbox', { name: 'Headline' })).not.toBeEditable();
  await expect(ben.page.getByRole('status', { name: 'Newsroom connection' })).toHaveText('Connecting to the newsroom…');
  await ben.body.locator(':scope > p').first().click();
  await ben.page.keyboard.type('Too early.');
  await expect(ben.body).not.toContainText('Too early.');
  // Meanwhile Ana writes on (after the readable copy Ben sees was written).
  await endOfParagraph(ana, 1);
  await ana.page.keyboard.type(' Ana, while Ben waited.');
  // (Ana's screen has it at once; the newsroom a moment later: the state Ben reads must hold all of it.)
  await newsroomHas(newsroom, 'Ana, while Ben waited.');

  // The state comes in (the websocket still held): the story is Ben's to edit, with Ana's words.
  releaseState();
  await expect(ben.body).toHaveAttribute('contenteditable', 'true', { timeout: 10_000 });
  await expect(ben.page.getByRole('textbox', { name: 'Headline' })).toBeEditable();
  await expect(ben.body).toContainText('Ana, while Ben waited.');
  // What he typed while it was locked is in, where he clicked, once.
  await expect(ben.body.locator(':scope > p').first()).toContainText('Too early.');
  expect((await storyText(ben)).split('Too early.').length - 1).toBe(1);
  await expect(ben.page.getByRole('status', { name: 'Newsroom connection' })).toHaveText('Connecting to the newsroom…');
  await endOfParagraph(ben, 3);
  await ben.page.keyboard.type(' Ben, before the sync.');

  ben.holdNewsroom(false);
  await expect(ben.page.getByRole('status', { name: 'Newsroom connection' })).toHaveText('Live', { timeout: 15_000 });
  await expect(ana.body).toContainText('Ben, before the sync.', { timeout: 10_000 });
  await endOfParagraph(ben, 5);
  await ben.page.keyboard.type(' Ben, once live.');
  await expect(ana.body).toContainText('Ben, once live.', { timeout: 10_000 });
  // One story on both screens: nothing shown early was written back as a second copy.
  await expect.poll(async () => (await storyText(ana)) === (await storyText(ben)), { timeout: 10_000 }).toBe(true);
  expect(await ana.body.locator(':scope > p').count()).toBe(paragraphs);
  expect((await storyText(ana)).split('Too early.').length - 1, 'typed while locked: reaches the newsroom once').toBe(1);
});

it('a viewer gets the story read only: typing changes nothing, and nothing reaches the others', async ({ browser, newsroom }) => {
  const { ana } = await anaSharesBenOpens(browser, newsroom);
  const vic = await startPerson(browser, 'Vic', newsroom.url);
  newsroom.people.push(vic);
  await connect(vic, newsroom.url, newsroom.tokens.vic);
  await openShared(vic, SAMPLE_HEADLINE);
  await expect(vic.page.getByText('Read only', { exact: true })).toBeVisible();
  expect(await axeViolations(vic.page)).toEqual([]);
  await expect(vic.page.getByRole('button', { name: 'Share to newsroom' })).toHaveCount(0);
  const before = await storyText(vic);
  await vic.body.locator(':scope > p').nth(2).click();
  await vic.page.keyboard.type('Vic was here');
  await vic.page.keyboard.press('Enter');
  await vic.page.keyboard.press('Control+b');
  const headline = vic.page.getByRole('textbox', { name: 'Headline' });
  await headline.click();
  await headline.pressSequentially('Vic');
  await expect(headline).toHaveValue(SAMPLE_HEADLINE);
  await expect(vic.page.getByRole('combobox', { name: 'Status' })).toBeDisabled();
  expect(await storyText(vic)).toBe(before);
  // Ana's words still reach the viewer; the viewer's reach no one.
  await endOfParagraph(ana, 0);
  await ana.page.keyboard.type(' Seen by Vic.');
  await expect(vic.body).toContainText('Seen by Vic.', { timeout: 5_000 });
  await expect(ana.body).not.toContainText('Vic was here');
  await expect(ana.page.getByRole('textbox', { name: 'Headline' })).toHaveValue(SAMPLE_HEADLINE);
});

it('offline: both edit the same and different paragraphs, and on reconnecting converge with nothing lost and a merge notice', async ({ browser, newsroom }) => {
  const { ana, ben } = await anaSharesBenOpens(browser, newsroom);
  await ben.setOffline(true);
  await expect(ben.page.getByRole('status', { name: 'Newsroom connection' })).toHaveText('Offline — changes kept on this computer', { timeout: 10_000 });

  // The same paragraph (2) and different ones (5 for Ana, 8 for Ben).
  await endOfParagraph(ana, 2);
  await ana.page.keyboard.type(' Ana offline-two.');
  await endOfParagraph(ana, 5);
  await ana.page.keyboard.type(' Ana offline-five.');
  await endOfParagraph(ben, 2);
  await ben.page.keyboard.type(' Ben offline-two.');
  await endOfParagraph(ben, 8);
  await ben.page.keyboard.type(' Ben offline-eight.');
  // Ben sees none of Ana's words while offline.
  await expect(ben.body).not.toContainText('Ana offline-two.');

  await ben.setOffline(false);
  await expect(ben.page.getByRole('status', { name: 'Newsroom connection' })).toHaveText('Live', { timeout: 15_000 });
  for (const words of ['Ana offline-two.', 'Ana offline-five.', 'Ben offline-two.', 'Ben offline-eight.']) {
    await expect(ana.body).toContainText(words, { timeout: 10_000 });
    await expect(ben.body).toContainText(words, { timeout: 10_000 });
  }
  // The same words, exactly, on both screens.
  await expect.poll(async () => (await storyText(ana)) === (await storyText(ben)), { timeout: 10_000 }).toBe(true);
  const text = await storyText(ana);
  expect(text).toBe(await storyText(ben));
  expect(text).toMatch(/Ana offline-two\.|Ben offline-two\./);

  // Ben is told who changed what while he was away, and which paragraph both changed.
  const notice = ben.page.getByRole('alert', { name: 'Changes from the newsroom' });
  await expect(notice).toContainText('Ana changed 2 paragraphs while you were offline.', { timeout: 10_000 });
  await expect(notice).toContainText('1 paragraph was changed by you and someone else');
  await expect(notice).toContainText('Read again: ¶4 “On the prospect of meeting the Japanese leader,');
  await notice.getByRole('button', { name: 'Compare' }).click();
  const compare = ben.page.getByRole('dialog', { name: 'Changes from the newsroom' });
  await expect(compare.getByRole('region', { name: 'Comparison' })).toContainText('Ana offline-five.');
  expect(await axeViolations(ben.page)).toEqual([]);
  await compare.getByRole('button', { name: 'Close' }).click();
  // Ana, who never left, is told nothing.
  await expect(ana.page.getByRole('alert', { name: 'Changes from the newsroom' })).toHaveCount(0);
});

it('a shared story opened before opens from this computer with no network, and what was typed offline reaches the newsroom later', async ({
  browser,
  newsroom,
}) => {
  const { ana, ben } = await anaSharesBenOpens(browser, newsroom);
  // Ben goes to his own story and back while offline: the copy kept on his computer opens.
  await ben.setOffline(true);
  await expect(ben.page.getByRole('status', { name: 'Newsroom connection' })).toHaveText('Offline — changes kept on this computer', { timeout: 10_000 });
  await endOfParagraph(ben, 4);
  await ben.page.keyboard.type(' Typed on the train.');
  await ben.page.getByRole('button', { name: 'New article' }).click();
  await expect(ben.page.getByRole('textbox', { name: 'Headline' })).toHaveValue('');
  await ben.page
    .getByRole('list', { name: 'Newsroom' })
    .getByRole('button', { name: new RegExp(SAMPLE_HEADLINE) })
    .click();
  await expect(ben.body).toContainText('Typed on the train.');
  await expect(ben.page.getByRole('status', { name: 'Newsroom connection' })).toHaveText('Offline — changes kept on this computer', { timeout: 10_000 });
  await ben.body.locator(':scope > p').nth(5).click();
  await ben.page.keyboard.type('Still offline. ');

  // No network at all now (the newsroom's HTTP API too), and the app started again: the Newsroom
  // list shows the stories kept on this computer, and the story opens from there.
  newsroom.expected.push(/net::ERR_FAILED/);
  const api = new RegExp(`^${newsroom.url.replace('ws://', 'http://').replace(/[.:/]/g, '\\$&')}/`);
  await ben.context.route(api, (route) => route.abort());
  await ben.page.reload();
  const list = ben.page.getByRole('list', { name: 'Newsroom' });
  await expect(list).toContainText('kept on this computer', { timeout: 10_000 });
  await expect(ben.page.getByRole('heading', { name: /Newsroom/ })).toContainText('offline');
  await list.getByRole('button', { name: new RegExp(SAMPLE_HEADLINE) }).click();
  await expect(ben.body).toContainText('Typed on the train.');
  await expect(ben.body).toContainText('Still offline.');
  await expect(ben.page.getByRole('status', { name: 'Newsroom connection' })).toHaveText('Offline — changes kept on this computer', { timeout: 10_000 });

  await ben.context.unroute(api);
  await ben.setOffline(false);
  await expect(ana.body).toContainText('Typed on the train.', { timeout: 15_000 });
  await expect(ana.body).toContainText('Still offline.', { timeout: 15_000 });
  await expect(ben.page.getByRole('status', { name: 'Newsroom connection' })).toHaveText('Live', { timeout: 15_000 });
});

it('a shared story opened again in the same session comes from the copy kept here: the newsroom is not asked for its readable copy', async ({
  browser,
  newsroom,
}) => {
  const { ana } = await anaShares(browser, newsroom);
  // The copy kept here is written as she leaves, and takes its time reaching the disk: she is back
  // before it is there (a busy computer), and the story still opens from it.
  await ana.page.route(/\/api\/saveNewsroomCopy$/, async (route) => {
    await new Promise((r) => setTimeout(r, 1_500));
    await route.continue();
  });
  // Ana leaves the shared story for her own copy in Articles, and comes back to it at once.
  await ana.page
    .getByRole('list', { name: 'Articles' })
    .getByRole('button', { name: new RegExp(SAMPLE_HEADLINE) })
    .click();
  await expect(ana.page.getByRole('status', { name: 'Newsroom connection' })).toHaveCount(0);
  const asked: string[] = [];
  ana.page.on('request', (r) => {
    if (/\/api\/stories\/[^/]+\/article$/.test(r.url())) asked.push(r.url());
  });
  await openShared(ana, SAMPLE_HEADLINE);
  await endOfParagraph(ana, 0);
  await ana.page.keyboard.type(' Back again.');
  await newsroomHas(newsroom, 'Back again.');
  expect(asked).toEqual([]);
});
