import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import * as encoding from 'lib0/encoding';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { newsroomMeSchema, newsroomRevisionSchema, newsroomStorySchema, storyDocToArticle, storyFields } from '../../shared/newsroom';
import { addUser, removeUser } from '../../electron/newsroom/accounts';
import { type TestClient, type TestNewsroom, connect, sampleArticle, startTestNewsroom, synced, tempDir, waitFor } from './newsroom-helpers';

/** The HTTP API of shared/newsroom/protocol.ts, and what the server refuses (and logs) on the websocket. */

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function setup(options = {}): Promise<TestNewsroom> {
  const tmp = await tempDir();
  const server = await startTestNewsroom(tmp.dir, { storeDebounceMs: 100, maxDebounceMs: 500, ...options });
  cleanups.push(tmp.remove, () => server.stop());
  return server;
}

function client(server: TestNewsroom, id: string, token: string): TestClient {
  const c = connect(server.url, id, token);
  cleanups.push(() => c.destroy());
  return c;
}

const headline = (doc: Y.Doc) => String(storyFields(doc).get('headline') ?? '');
const json = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

// A 1×1 PNG.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2267d0e0000000049454e44ae426082',
  'hex',
);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('newsroom HTTP API', () => {
  it('answers /api/me for each token, refuses a wrong or missing one with 401, and answers CORS preflight', async () => {
    const server = await setup();
    for (const [name, role] of [
      ['admin', 'admin'],
      ['ann', 'reporter'],
      ['eve', 'editor'],
      ['vic', 'viewer'],
    ]) {
      const r = await server.api('/api/me', server.tokens[name]);
      expect(r.status).toBe(200);
      expect(r.headers.get('access-control-allow-origin')).toBe('*');
      expect(newsroomMeSchema.parse(await r.json())).toEqual({ name, role });
    }
    const missing = await server.api('/api/me', null);
    expect(missing.status).toBe(401);
    expect(((await missing.json()) as { error: { code: string } }).error.code).toBe('unauthorized');
    expect((await server.api('/api/stories', `${server.tokens.ann}x`)).status).toBe(401);
    const preflight = await fetch(`${server.httpUrl}/api/stories`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://127.0.0.1:5173', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization, content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization/);
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Content-Type/);
    expect(preflight.headers.get('access-control-allow-methods')).toMatch(/PUT/);
  });

  it('shares a story once (409 the second time), refuses a viewer (403) and an invalid article (400), and lists it for everyone', async () => {
    const server = await setup();
    const article = sampleArticle('shared-1');
    const r = await server.share(server.tokens.ann, article);
    expect(r.status).toBe(201);
    const { story } = (await r.json()) as { story: unknown };
    const parsed = newsroomStorySchema.parse(story);
    expect(parsed).toMatchObject({ id: 'shared-1', headline: article.headline, owner: 'ann', canEdit: true, sharedWith: [] });
    expect(parsed.words).toBeGreaterThan(100);
    expect(parsed.byline).toContain('Aghakazim Guliyev');
    expect((await server.share(server.tokens.eve, article)).status).toBe(409);
    expect((await server.share(server.tokens.vic, sampleArticle('by-viewer'))).status).toBe(403);
    expect((await server.share(server.tokens.ann, { ...article, id: 'bad', body: { type: 'doc', content: [{ type: 'nonsense' }] } })).status).toBe(400);
    expect((await server.share(server.tokens.ann, { ...article, id: '../escape' })).status).toBe(400);
    expect((await server.api('/api/stories', server.tokens.ann, { ...json({ nope: 1 }) })).status).toBe(400);
    for (const [who, canEdit] of [
      ['ann', true],
      ['bob', false],
      ['eve', true],
      ['vic', false],
    ] as const) {
      const list = (await (await server.api('/api/stories', server.tokens[who])).json()) as { stories: unknown[] };
      expect(list.stories.map((s) => newsroomStorySchema.parse(s)).map((s) => [s.id, s.canEdit])).toEqual([['shared-1', canEdit]]);
    }
  });

  it('stores a photo once by its hash, refuses a wrong hash, a wrong type and a viewer, and serves it back', async () => {
    const server = await setup({ maxPhotoBytes: 10_000 });
    const name = `${sha(PNG)}.png`;
    const put = (n: string, body: Buffer, token = server.tokens.ann) =>
      server.api(`/api/photos/${n}`, token, { method: 'PUT', headers: { 'Content-Type': 'application/octet-stream' }, body: new Uint8Array(body) });
    expect((await put(name, PNG)).status).toBe(201);
    expect((await put(name, PNG)).status).toBe(200);
    const wrong = await put(`${'0'.repeat(64)}.png`, PNG);
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('hash-mismatch');
    expect((await put(`${sha(PNG)}.jpg`, PNG)).status).toBe(400);
    expect((await put(`${sha(PNG)}.exe`, PNG)).status).toBe(400);
    expect((await put(name, PNG, server.tokens.vic)).status).toBe(403);
    const big = Buffer.concat([PNG, Buffer.alloc(20_000)]);
    expect((await put(`${sha(big)}.png`, big)).status).toBe(413);
    const got = await server.api(`/api/photos/${name}`, server.tokens.vic);
    expect(got.status).toBe(200);
    expect(got.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await got.arrayBuffer()).equals(PNG)).toBe(true);
    expect((await server.api(`/api/photos/${sha(big)}.png`, server.tokens.vic)).status).toBe(404);
  });

  it('lists revisions: the share, then an explicit Save with the words as they were', async () => {
    const server = await setup();
    const article = sampleArticle('rev-1');
    await server.share(server.tokens.ann, article);
    const a = client(server, 'rev-1', server.tokens.ann);
    await synced(a);
    (storyFields(a.doc).get('headline') as Y.Text).insert(0, 'Saved: ');
    await synced(a);
    expect((await server.api('/api/stories/rev-1/revisions', server.tokens.vic, { method: 'POST' })).status).toBe(403);
    const saved = await server.api('/api/stories/rev-1/revisions', server.tokens.ann, { method: 'POST' });
    expect(saved.status).toBe(201);
    const { revision } = (await saved.json()) as { revision: unknown };
    expect(newsroomRevisionSchema.parse(revision)).toMatchObject({ by: 'ann', reason: 'manual' });
    const list = (await (await server.api('/api/stories/rev-1/revisions', server.tokens.bob)).json()) as { revisions: { id: string; reason: string }[] };
    expect(list.revisions.map((r) => r.reason)).toEqual(['manual', 'shared']);
    const first = (await (await server.api(`/api/stories/rev-1/revisions/${list.revisions[1].id}`, server.tokens.bob)).json()) as {
      article: { headline: string };
    };
    const second = (await (await server.api(`/api/stories/rev-1/revisions/${list.revisions[0].id}`, server.tokens.bob)).json()) as {
      article: { headline: string };
    };
    expect(first.article.headline).toBe(article.headline);
    expect(second.article.headline).toBe(`Saved: ${article.headline}`);
    expect((await server.api('/api/stories/rev-1/revisions/nope', server.tokens.bob)).status).toBe(404);
  });

  it('serves the story as an article to show while the sync is on the way (as shared, then as stored after edits) and its Yjs state now; to every member, never without a token', async () => {
    const tmp = await tempDir();
    const server = await startTestNewsroom(tmp.dir, { storeDebounceMs: 100, maxDebounceMs: 500 });
    cleanups.push(tmp.remove, () => server.stop());
    const article = sampleArticle('read-1');
    await server.share(server.tokens.ann, article);
    const read = async (token: string | null) => {
      const r = await server.api('/api/stories/read-1/article', token);
      return { status: r.status, body: (await r.json()) as { article: { headline: string; body: unknown } } };
    };
    const first = await read(server.tokens.vic);
    expect(first.status).toBe(200);
    expect(first.body.article.headline).toBe(article.headline);
    // The body as the newsroom's Y.Doc gives it back, attribute for attribute.
    const a = client(server, 'read-1', server.tokens.ann);
    await synced(a);
    expect(first.body.article.body).toEqual(storyDocToArticle(a.doc).body);
    expect((await read(null)).status).toBe(401);
    expect((await server.api('/api/stories/nope/article', server.tokens.vic)).status).toBe(404);

    const listed = async () =>
      ((await (await server.api('/api/stories', server.tokens.bob)).json()) as { stories: { id: string; headline: string }[] }).stories.find(
        (x) => x.id === 'read-1',
      )?.headline;
    expect(await listed()).toBe(article.headline);
    (storyFields(a.doc).get('headline') as Y.Text).insert(0, 'Stored: ');
    await synced(a);
    // The list follows the open story at once (its summary is made again after each change, not per request).
    expect(await listed()).toBe(`Stored: ${article.headline}`);
    // The state now, as bytes: the story with the edit, before any store.
    const state = await server.api('/api/stories/read-1/state', server.tokens.vic);
    expect(state.status).toBe(200);
    expect(state.headers.get('content-type')).toBe('application/octet-stream');
    const fromState = new Y.Doc();
    Y.applyUpdate(fromState, new Uint8Array(await state.arrayBuffer()));
    expect(storyDocToArticle(fromState)).toEqual(storyDocToArticle(a.doc));
    expect((await server.api('/api/stories/read-1/state', null)).status).toBe(401);
    // Written at the store after the edit (debounced), not at each keystroke.
    await waitFor(async () => (await read(server.tokens.bob)).body.article.headline === `Stored: ${article.headline}`, 'the stored article');
    expect(existsSync(path.join(tmp.dir, 'stories', 'read-1', 'article.json'))).toBe(true);
  });

  it('serves the two story reads also as simple requests (the token in a text body, no Authorization header), and nothing else that way', async () => {
    const server = await setup();
    await server.share(server.tokens.ann, sampleArticle('simple-1'));
    const simple = (pathname: string, body: string) =>
      fetch(`${server.httpUrl}${pathname}`, { method: 'POST', headers: { 'Content-Type': 'text/plain;charset=UTF-8' }, body });
    const asText = (token: string) => JSON.stringify({ token });

    const viaHeader = (await (await server.api('/api/stories/simple-1/article', server.tokens.vic)).json()) as { article: unknown };
    const article = await simple('/api/stories/simple-1/article', asText(server.tokens.vic));
    expect(article.status).toBe(200);
    expect(article.headers.get('access-control-allow-origin')).toBe('*');
    expect(await article.json()).toEqual(viaHeader);
    const state = await simple('/api/stories/simple-1/state', asText(server.tokens.bob));
    expect(state.status).toBe(200);
    expect(state.headers.get('content-type')).toBe('application/octet-stream');
    const doc = new Y.Doc();
    Y.applyUpdate(doc, new Uint8Array(await state.arrayBuffer()));
    expect(storyDocToArticle(doc)).toEqual(viaHeader.article);

    // No token, a wrong one, or a body that is not the token: refused, and said in the log.
    for (const body of ['', asText('cdn_not-a-token'), 'not json', JSON.stringify({ token: 42 })])
      expect((await simple('/api/stories/simple-1/article', body)).status, body).toBe(401);
    expect(server.logs.some((l) => l.includes('refused: HTTP POST /api/stories/simple-1/article'))).toBe(true);
    // Only these two reads: a token in a body opens nothing else (sharing, revisions, the list).
    for (const pathname of ['/api/stories', '/api/stories/simple-1/revisions', '/api/stories/simple-1', '/api/me'])
      expect((await simple(pathname, asText(server.tokens.eve))).status, pathname).toBe(401);
    expect((await simple('/api/stories/nope/article', asText(server.tokens.vic))).status).toBe(404);
    // A body over the small limit is refused before it is read.
    expect((await simple('/api/stories/simple-1/article', asText('x'.repeat(10_000)))).status).toBe(413);
  });

  it('a removed account is refused at its next request, and an added one let in, without a restart (accounts are read again when their file changes)', async () => {
    const server = await setup();
    await server.share(server.tokens.ann, sampleArticle('acct-1'));
    expect((await server.api('/api/me', server.tokens.bob)).status).toBe(200);
    expect(await removeUser(server.dir, 'bob')).toBe(true);
    expect((await server.api('/api/me', server.tokens.bob)).status).toBe(401);
    expect((await server.api('/api/stories/acct-1/article', server.tokens.bob)).status).toBe(401);
    const zoe = await addUser(server.dir, 'zoe', 'viewer');
    expect(await (await server.api('/api/me', zoe)).json()).toEqual({ name: 'zoe', role: 'viewer' });
    expect((await server.api('/api/me', server.tokens.ann)).status).toBe(200);
  });

  it('takes an automatic revision while a story is edited, at most once per interval', async () => {
    const server = await setup({ autoRevisionMs: 300 });
    await server.share(server.tokens.ann, sampleArticle('auto-1'));
    const a = client(server, 'auto-1', server.tokens.ann);
    await synced(a);
    await new Promise((r) => setTimeout(r, 400));
    (storyFields(a.doc).get('headline') as Y.Text).insert(0, 'Auto ');
    await waitFor(async () => {
      const list = (await (await server.api('/api/stories/auto-1/revisions', server.tokens.ann)).json()) as { revisions: { reason: string; by: string }[] };
      return list.revisions.some((r) => r.reason === 'auto' && r.by === 'ann');
    }, 'an automatic revision');
  });
});

describe('newsroom websocket: refusals, logged and never stored', () => {
  it('refuses a wrong token and a story that was never shared (no story is made by connecting)', async () => {
    const server = await setup();
    await server.share(server.tokens.ann, sampleArticle('real'));
    const stranger = client(server, 'real', 'cdn_not-a-token');
    await waitFor(() => stranger.failures.length > 0, 'authentication to fail');
    expect(stranger.failures[0]).toBe('unauthorized');
    expect(stranger.provider.isSynced).toBe(false);
    const nosy = client(server, 'never-shared', server.tokens.eve);
    await waitFor(() => nosy.failures.length > 0, 'a connection to an unshared story to be refused');
    expect(nosy.failures[0]).toBe('not-found');
    expect(server.logs.some((l) => l.includes('story "never-shared"') && l.includes('not a shared story'))).toBe(true);
    expect(server.logs.some((l) => l.includes('story "real"') && l.includes('wrong or missing token'))).toBe(true);
    expect(existsSync(path.join(server.dir, 'stories', 'never-shared'))).toBe(false);
    expect(((await (await server.api('/api/stories', server.tokens.eve)).json()) as { stories: unknown[] }).stories).toHaveLength(1);
  });

  it('a viewer’s raw write reaches nobody and is not stored (checked after a restart)', async () => {
    const tmp = await tempDir();
    cleanups.push(tmp.remove);
    let server = await startTestNewsroom(tmp.dir, { storeDebounceMs: 100, maxDebounceMs: 500 });
    const tokens = server.tokens;
    await server.share(tokens.ann, sampleArticle('viewed'));
    const viewer = connect(server.url, 'viewed', tokens.vic);
    const reader = connect(server.url, 'viewed', tokens.bob);
    await synced(viewer);
    await synced(reader);
    // The provider does not stop local writes: the server must.
    (storyFields(viewer.doc).get('headline') as Y.Text).insert(0, 'VIEWER WROTE THIS ');
    await waitFor(() => server.logs.some((l) => l.includes('account "vic", story "viewed"') && l.includes('read-only')), 'the refusal in the log');
    const editor = connect(server.url, 'viewed', tokens.eve);
    await synced(editor);
    (storyFields(editor.doc).get('headline') as Y.Text).insert(0, 'Edited. ');
    await waitFor(() => headline(reader.doc).startsWith('Edited. '), 'the editor’s change on the reader');
    expect(headline(reader.doc)).not.toContain('VIEWER');
    expect(headline(editor.doc)).not.toContain('VIEWER');
    expect(viewer.provider.unsyncedChanges).toBeGreaterThan(0); // never acknowledged
    for (const c of [viewer, reader, editor]) c.destroy();
    await server.stop();
    server = await startTestNewsroom(tmp.dir);
    cleanups.push(() => server.stop());
    const fresh = client(server, 'viewed', tokens.eve);
    await synced(fresh);
    expect(headline(fresh.doc)).toBe(`Edited. ${sampleArticle().headline}`);
  });

  it('refuses a malformed message and an oversized one: logged with account and story, not relayed, not stored', async () => {
    const server = await setup({ maxMessageBytes: 64 * 1024 });
    await server.share(server.tokens.ann, sampleArticle('target'));
    const watcher = client(server, 'target', server.tokens.bob);
    await synced(watcher);

    // A raw socket speaking the Hocuspocus protocol: authenticate, then send one message; a malformed one closes it (1007).
    const frame = (write: (e: encoding.Encoder) => void) => {
      const e = encoding.createEncoder();
      encoding.writeVarString(e, 'target');
      write(e);
      return encoding.toUint8Array(e);
    };
    const sendRaw = async (message: Uint8Array): Promise<number> => {
      const ws = new WebSocket(server.url);
      cleanups.push(() => ws.close());
      await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
      const authed = new Promise((resolve) => ws.once('message', resolve));
      ws.send(
        frame((e) => {
          encoding.writeVarUint(e, 2); // Auth
          encoding.writeVarUint(e, 0); // Token
          encoding.writeVarString(e, server.tokens.ann);
        }),
      );
      await authed;
      const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
      ws.send(message);
      return closed;
    };
    const notYjs = frame((e) => {
      encoding.writeVarUint(e, 0); // Sync
      encoding.writeVarUint(e, 2); // Update
      encoding.writeVarUint8Array(e, new Uint8Array([1, 2, 3, 4, 5]));
    });
    expect(await sendRaw(notYjs)).toBe(1007);
    const cutShort = frame((e) => {
      encoding.writeVarUint(e, 0); // Sync
      encoding.writeVarUint(e, 2); // Update, with no update after it
    });
    expect(await sendRaw(cutShort)).toBe(1007);
    const badAwareness = frame((e) => {
      const a = encoding.createEncoder();
      encoding.writeVarUint(a, 1);
      encoding.writeVarUint(a, 42);
      encoding.writeVarUint(a, 1);
      encoding.writeVarString(a, '{not json');
      encoding.writeVarUint(e, 1); // Awareness
      encoding.writeVarUint8Array(e, encoding.toUint8Array(a));
    });
    expect(await sendRaw(badAwareness)).toBe(1007);
    await waitFor(
      () => server.logs.filter((l) => l.includes('account "ann", story "target"') && l.includes('malformed message')).length === 3,
      'three malformed messages in the log',
    );

    // An edit bigger than the limit, from a client allowed to edit.
    const big = client(server, 'target', server.tokens.ann);
    await synced(big);
    (storyFields(big.doc).get('headline') as Y.Text).insert(0, 'x'.repeat(100 * 1024));
    await waitFor(
      () => server.logs.some((l) => l.includes('account "ann", story "target"') && l.includes('over the 65536-byte limit')),
      'the oversized message in the log',
    );
    big.destroy();
    // A normal edit still goes through, and the watcher never saw the refused ones.
    const ok = client(server, 'target', server.tokens.eve);
    await synced(ok);
    (storyFields(ok.doc).get('headline') as Y.Text).insert(0, 'Fine. ');
    await waitFor(() => headline(watcher.doc).startsWith('Fine. '), 'a normal edit');
    expect(headline(watcher.doc)).not.toContain('xxxx');
    expect(storyDocToArticle(watcher.doc).headline).toBe(`Fine. ${sampleArticle().headline}`);
  });
});
