// What this computer keeps of the newsroom (electron/services/newsroom-copies.ts and the host
// calls on it), on real temp files.
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Article, newArticle, parseArticle } from '../../shared/article';
import { dispatchHostCall, createHostService } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';
import { copyName, NewsroomCopies } from '../../electron/services/newsroom-copies';
import { parseNewsroomAddress } from '../../shared/newsroom/address';
import { articleToStoryDoc, storyDocToArticle } from '../../shared/newsroom/story-doc';

const article = (): Article => ({
  ...newArticle({ id: 'a1', now: '2026-12-03T06:00:00.000Z', headline: 'Bridge opens' }),
  body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'The bridge opened.' }] }] } as Article['body'],
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-newsroom-copies-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('NewsroomCopies', () => {
  it('keeps the address and token in the library settings file, readable by this account only, and forgets them', async () => {
    const copies = new NewsroomCopies(dir);
    expect(await copies.settings()).toBeNull();
    await copies.setSettings({ address: 'ws://127.0.0.1:4455', token: 'cdn_secret', name: 'Ana', role: 'reporter' });
    expect(await copies.settings()).toEqual({ address: 'ws://127.0.0.1:4455', token: 'cdn_secret', name: 'Ana', role: 'reporter' });
    const file = path.join(dir, '.copydesk', 'newsroom.json');
    if (process.platform !== 'win32') expect((await stat(file)).mode & 0o077).toBe(0);
    await copies.setSettings(null);
    expect(await copies.settings()).toBeNull();
  });

  it('a shared story kept here loads back as the same Yjs state, with a readable article file beside it, and is listed', async () => {
    const copies = new NewsroomCopies(dir);
    const doc = articleToStoryDoc(article());
    const server = parseNewsroomAddress('ws://127.0.0.1:4455').key;
    expect(await copies.load(server, 'story-1')).toBeNull();
    await copies.save(server, 'story-1', Y.encodeStateAsUpdate(doc), storyDocToArticle(doc));
    const again = new Y.Doc();
    Y.applyUpdate(again, (await copies.load(server, 'story-1'))!);
    expect(storyDocToArticle(again)).toEqual(storyDocToArticle(doc));
    const readable = parseArticle(await readFile(path.join(dir, '.copydesk', 'newsroom', server, 'story-1.copydesk.json'), 'utf8'));
    expect(readable.headline).toBe('Bridge opens');
    expect((await copies.list(server)).map((c) => c.id)).toEqual(['story-1']);
    // Only the two files: the atomic writes leave no temp files behind.
    expect((await readdir(path.join(dir, '.copydesk', 'newsroom', server))).sort()).toEqual(['story-1.copydesk.json', 'story-1.yjs']);
  });

  it('refuses a server folder name that could leave the library, and names odd story ids by a hash', async () => {
    const copies = new NewsroomCopies(dir);
    await expect(copies.load('..', 'x')).rejects.toThrow(/not a newsroom folder/);
    await expect(copies.load('a/b', 'x')).rejects.toThrow(/not a newsroom folder/);
    expect(copyName('plain-id_1.2')).toBe('plain-id_1.2');
    expect(copyName('../../etc/passwd')).toMatch(/^h-[0-9a-f]{32}$/);
    expect(copyName('.hidden')).toMatch(/^h-/);
  });
});

describe('the host calls', () => {
  it('save and load a copy in base64, never list it as a local article, and Keep a copy makes a local story of its own', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    try {
      const api = createHostService({ library, host: 'web', appVersion: 'test' });
      const doc = articleToStoryDoc(article());
      const state = Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
      await dispatchHostCall(api, 'saveNewsroomCopy', { server: '127.0.0.1_4455', storyId: 'story-1', state, article: storyDocToArticle(doc) });
      expect(await dispatchHostCall(api, 'loadNewsroomCopy', { server: '127.0.0.1_4455', storyId: 'story-1' })).toEqual({ state });
      // Whether one is kept, with the readable article kept beside it (shown while the state is applied).
      expect(await dispatchHostCall(api, 'readNewsroomCopy', { server: '127.0.0.1_4455', storyId: 'story-1' })).toEqual({
        kept: true,
        article: storyDocToArticle(doc),
      });
      expect(await dispatchHostCall(api, 'readNewsroomCopy', { server: '127.0.0.1_4455', storyId: 'story-2' })).toEqual({ kept: false, article: null });
      expect(await dispatchHostCall(api, 'loadNewsroomCopy', { server: '127.0.0.1_4455', storyId: 'story-2' })).toEqual({ state: null });
      expect(await dispatchHostCall(api, 'listArticles', {})).toEqual({ articles: [] });
      await expect(dispatchHostCall(api, 'loadNewsroomCopy', { server: '../x', storyId: 'story-1' })).rejects.toThrow(/Bad argument/);
      const kept = (await dispatchHostCall(api, 'keepNewsroomCopy', { article: storyDocToArticle(doc) })) as { path: string; article: { id: string } };
      expect(kept.article.id).not.toBe('a1');
      const { articles } = (await dispatchHostCall(api, 'listArticles', {})) as { articles: { path: string; headline: string }[] };
      expect(articles.map((a) => a.headline)).toEqual(['Bridge opens']);
      // A shared story's photos this library lacks (fetched from the newsroom when it opens).
      const photo = `media/${'a'.repeat(64)}.jpg`;
      expect(await dispatchHostCall(api, 'missingMedia', { paths: [photo] })).toEqual({ missing: [photo] });
      await expect(dispatchHostCall(api, 'missingMedia', { paths: ['media/../../secret'] })).rejects.toThrow(/outside/);
    } finally {
      await library.close();
    }
  });
});
