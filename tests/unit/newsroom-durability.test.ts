import { type ChildProcess, spawn } from 'node:child_process';
import { promises as fsp } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { storyFields } from '../../shared/newsroom';
import { addUser } from '../../electron/newsroom/accounts';
import { StoryFiles } from '../../electron/newsroom/story-files';
import { type TestClient, connect, sampleArticle, startTestNewsroom, synced, tempDir, waitFor } from './newsroom-helpers';
import { freePort } from '../support/free-port';

/** Nothing acknowledged is lost: a killed server, a damaged state file, a full disk. */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of cleanups.splice(0).reverse()) await c();
});

const headline = (doc: Y.Doc) => String(storyFields(doc).get('headline') ?? '');
const typeAtEnd = (doc: Y.Doc, text: string) => {
  const t = storyFields(doc).get('headline') as Y.Text;
  t.insert(t.length, text);
};

function track(c: TestClient) {
  cleanups.push(() => c.destroy());
  return c;
}

/** What the data folder holds for a story, read straight from its files. */
async function storedHeadline(dir: string, id: string): Promise<string> {
  const stored = await new StoryFiles(dir).readState(id);
  const doc = new Y.Doc();
  if (stored.state) Y.applyUpdate(doc, stored.state);
  for (const u of stored.updates) Y.applyUpdate(doc, u);
  return headline(doc);
}

function startChild(dir: string, port: number) {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'electron/newsroom/cli.ts', '--data', dir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  cleanups.push(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  return { child, out: () => out, exited, ready: waitFor(() => out.includes(`ws://127.0.0.1:${port}`), 'the server to be ready', 60_000) };
}

describe('newsroom durability', () => {
  it('SIGKILL mid-typing: every acknowledged keystroke is on disk, and the client reconnects by itself and sends the rest', async () => {
    const tmp = await tempDir();
    cleanups.push(tmp.remove);
    const port = await freePort();
    const first = startChild(tmp.dir, port);
    await first.ready;
    const ann = await addUser(tmp.dir, 'ann', 'reporter');
    const eve = await addUser(tmp.dir, 'eve', 'editor');
    const article = sampleArticle('typed');
    const shared = await fetch(`http://127.0.0.1:${port}/api/stories`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ann}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ article }),
    });
    expect(shared.status).toBe(201);

    const typist = track(connect(`ws://127.0.0.1:${port}`, 'typed', ann));
    await synced(typist);
    // Whenever the server has acknowledged everything sent, the headline as it is then is "acknowledged".
    let acknowledged = headline(typist.doc);
    typist.provider.on('unsyncedChanges', ({ number }: { number: number }) => {
      if (number === 0) acknowledged = headline(typist.doc);
    });
    const words = 'the river rose past the old bridge overnight and the town hall opened its doors to families ';
    let typed = 0;
    const typing = (async () => {
      while (typed < words.length) {
        typeAtEnd(typist.doc, words[typed++]);
        await new Promise((r) => setTimeout(r, 15));
        // People type in bursts: a short pause every few letters lets acknowledgements catch up
        // even on a busy machine, so some keystrokes are acknowledged before the kill and some not.
        if (typed % 8 === 0) {
          const until = Date.now() + 300;
          while (typist.provider.unsyncedChanges > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 10));
        }
      }
    })();
    await waitFor(() => acknowledged.length >= article.headline.length + 20, 'some keystrokes to be acknowledged');
    const typedAtKill = typed;
    first.child.kill('SIGKILL');
    await first.exited;
    expect(typedAtKill).toBeLessThan(words.length); // killed mid-typing
    const ackedAtKill = acknowledged;
    // Straight from the files: everything acknowledged was stored before it was acknowledged.
    const onDisk = await storedHeadline(tmp.dir, 'typed');
    expect(onDisk.startsWith(ackedAtKill)).toBe(true);
    expect(ackedAtKill.length).toBeGreaterThanOrEqual(article.headline.length + 20);
    await typing;
    expect(typed).toBe(words.length);

    const second = startChild(tmp.dir, port);
    await second.ready;
    const expected = `${article.headline}${words}`;
    expect(headline(typist.doc)).toBe(expected);
    // Nobody reconnects the typist: its provider does, and sends what the server never acknowledged.
    await waitFor(() => typist.provider.isSynced && typist.provider.unsyncedChanges === 0, 'the typist to reconnect and be acknowledged', 30_000);
    const reader = track(connect(`ws://127.0.0.1:${port}`, 'typed', eve));
    await synced(reader);
    await waitFor(() => headline(reader.doc) === expected, 'the whole headline on a fresh client');
    second.child.kill('SIGTERM');
    await second.exited;
    expect(await storedHeadline(tmp.dir, 'typed')).toBe(expected);
  }, 120_000);

  it('a damaged state file: the story is named in the log and the list, served read-only from its last good snapshot, and its files are left untouched', async () => {
    const tmp = await tempDir();
    cleanups.push(tmp.remove);
    let server = await startTestNewsroom(tmp.dir, { storeDebounceMs: 100, maxDebounceMs: 500 });
    const tokens = server.tokens;
    await server.share(tokens.ann, sampleArticle('dmg'));
    await server.share(tokens.ann, sampleArticle('fine'));
    const ann = connect(server.url, 'dmg', tokens.ann);
    await synced(ann);
    (storyFields(ann.doc).get('headline') as Y.Text).insert(0, 'Saved. ');
    await synced(ann);
    expect((await server.api('/api/stories/dmg/revisions', tokens.ann, { method: 'POST' })).status).toBe(201);
    (storyFields(ann.doc).get('headline') as Y.Text).insert(0, 'Unsaved. ');
    await synced(ann);
    ann.destroy();
    await server.stop();

    // One flipped byte in the middle of the compacted state.
    const dir = path.join(tmp.dir, 'stories', 'dmg');
    const stateFile = path.join(dir, 'state.bin');
    const bytes = await readFile(stateFile);
    bytes[Math.floor(bytes.length / 2)] ^= 0x20;
    await writeFile(stateFile, bytes);
    const before = new Map<string, Buffer>();
    for (const name of await fsp.readdir(dir)) if (name !== 'revisions') before.set(name, await readFile(path.join(dir, name)));

    server = await startTestNewsroom(tmp.dir, { storeDebounceMs: 100, maxDebounceMs: 500 });
    cleanups.push(() => server.stop());
    expect(server.logs.some((l) => l.includes('story "dmg"') && l.includes('damaged') && l.includes('checksum'))).toBe(true);
    const list = (await (await server.api('/api/stories', tokens.eve)).json()) as { stories: { id: string; problem?: string; canEdit: boolean }[] };
    const dmg = list.stories.find((s) => s.id === 'dmg');
    expect(dmg?.problem).toMatch(/damaged/);
    expect(dmg?.canEdit).toBe(false);
    expect(list.stories.find((s) => s.id === 'fine')).toMatchObject({ canEdit: true });
    expect(list.stories.find((s) => s.id === 'fine')?.problem).toBeUndefined();
    // Its readable copy is not offered (only the sync serves it, from the last good snapshot).
    expect((await server.api('/api/stories/dmg/article', tokens.eve)).status).toBe(409);
    expect((await server.api('/api/stories/dmg/state', tokens.eve)).status).toBe(409);

    const eve = track(connect(server.url, 'dmg', tokens.eve));
    await synced(eve);
    expect(headline(eve.doc)).toBe(`Saved. ${sampleArticle().headline}`);
    (storyFields(eve.doc).get('headline') as Y.Text).insert(0, 'Overwrite? ');
    await waitFor(() => server.logs.some((l) => l.includes('account "eve", story "dmg"') && l.includes('damaged')), 'the refused edit in the log');
    expect((await server.api('/api/stories/dmg/revisions', tokens.eve, { method: 'POST' })).status).toBe(409);
    eve.destroy();
    // Opened again later, it says the same once.
    await waitFor(() => server.stats().openStories === 0, 'the story to be closed');
    const again = track(connect(server.url, 'dmg', tokens.eve));
    await synced(again);
    const problem = ((await (await server.api('/api/stories/dmg', tokens.eve)).json()) as { story: { problem: string } }).story.problem;
    expect(problem).toMatch(/^stored state damaged: .*checksum; served read-only from the snapshot of \d{4}-/);
    expect(problem.split('served read-only').length).toBe(2);
    again.destroy();
    await server.stop();
    for (const [name, content] of before) expect((await readFile(path.join(dir, name))).equals(content)).toBe(true);
    expect((await fsp.readdir(dir)).sort()).toEqual([...before.keys(), 'revisions'].sort());
  }, 60_000);

  it('a full disk: the edit is not acknowledged nor relayed, the log says so, and nothing is lost once space returns', async () => {
    const tmp = await tempDir();
    cleanups.push(tmp.remove);
    let server = await startTestNewsroom(tmp.dir, { storeDebounceMs: 100, maxDebounceMs: 500 });
    const tokens = server.tokens;
    await server.share(tokens.ann, sampleArticle('full'));
    const ann = track(connect(server.url, 'full', tokens.ann));
    const eve = track(connect(server.url, 'full', tokens.eve));
    await synced(ann);
    await synced(eve);

    // Every new file or append in the data folder fails as on a full disk (as save-faults does it).
    const realOpen = fsp.open;
    const spy = vi.spyOn(fsp, 'open').mockImplementation(((file: unknown, flags?: unknown, ...rest: unknown[]) => {
      if (String(file).startsWith(tmp.dir) && (flags === 'a' || flags === 'wx')) {
        const e = new Error('ENOSPC: no space left on device (injected)') as NodeJS.ErrnoException;
        e.code = 'ENOSPC';
        return Promise.reject(e);
      }
      return (realOpen as (...a: unknown[]) => Promise<unknown>)(file, flags, ...rest);
    }) as never);
    (storyFields(ann.doc).get('headline') as Y.Text).insert(0, 'Written on a full disk. ');
    await waitFor(
      () => server.logs.some((l) => l.includes('disk full') && l.includes('account "ann"') && l.includes('story "full"')),
      'the full disk in the log',
    );
    await new Promise((r) => setTimeout(r, 1000));
    expect(spy).toHaveBeenCalled();
    expect(ann.provider.unsyncedChanges).toBeGreaterThan(0);
    expect(headline(eve.doc)).toBe(sampleArticle().headline);
    // An explicit Save cannot be stored either: 507, said plainly.
    const save = await server.api('/api/stories/full/revisions', tokens.ann, { method: 'POST' });
    expect(save.status).toBe(507);
    expect(((await save.json()) as { error: { code: string } }).error.code).toBe('disk-full');

    spy.mockRestore();
    await waitFor(() => headline(eve.doc).startsWith('Written on a full disk. '), 'the edit to arrive once space returns', 30_000);
    await waitFor(() => ann.provider.unsyncedChanges === 0, 'the edit to be acknowledged');
    ann.destroy();
    eve.destroy();
    await server.stop();
    server = await startTestNewsroom(tmp.dir);
    cleanups.push(() => server.stop());
    const fresh = track(connect(server.url, 'full', tokens.bob));
    await synced(fresh);
    expect(headline(fresh.doc)).toBe(`Written on a full disk. ${sampleArticle().headline}`);
  }, 60_000);
});
