import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerIpcCall } from '../../electron/ipc-answer';
import { createHostService } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';
import { startWebHost, type WebHost } from '../../electron/web/server';
import { createHttpHost } from '../../renderer/host/http';
import { type HostApi, HostError, hostEnvelope, openHostEnvelope } from '../../shared/contract';

/**
 * Both transports carry the same envelope, opened by the same function: a HostError thrown in a
 * service reaches the renderer with its class, code, message and details, whether it crossed
 * Electron's IPC (structured clone) or the web host's HTTP (JSON).
 */

const APP_ORIGIN = 'app://copydesk';
const fromApp = { senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } };
const fromElsewhere = { senderFrame: { url: 'https://evil.example/', parent: null } };

const conflict = () =>
  new HostError('conflict', '“Kyiv talks.copydesk.json” was changed by another program. Choose which version to keep.', {
    theirs: { mtimeMs: 1_700_000_000_000, size: 4_096 },
    attempts: [1, 2],
  });

let dir: string;
let appDir: string;
let library: ArticleLibrary;
let api: HostApi;
let calls: string[];

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-envelope-'));
  appDir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-envelope-app-'));
  await writeFile(path.join(appDir, 'index.html'), '<!doctype html><title>app</title>');
  library = await ArticleLibrary.open({ root: dir, seedSample: false });
  const service = createHostService({ library, host: 'web', appVersion: 'test' });
  calls = [];
  api = {
    ...service,
    openArticle: async ({ path: p }) => {
      calls.push(p);
      throw conflict();
    },
    trashArticle: async () => {
      throw new Error('EBUSY: resource busy or locked');
    },
  };
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(appDir, { recursive: true, force: true });
});

/** What the renderer gets back: the opened envelope, or the error it throws. */
async function settle(answer: Promise<unknown>): Promise<{ result?: unknown; error?: unknown }> {
  try {
    return { result: await answer };
  } catch (error) {
    return { error };
  }
}

function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  return undefined;
}

function expectSameHostError(error: unknown, expected: HostError) {
  expect(error).toBeInstanceOf(HostError);
  const e = error as HostError;
  expect({ code: e.code, message: e.message, details: e.details }).toEqual({ code: expected.code, message: expected.message, details: expected.details });
}

describe('the host envelope', () => {
  it('wraps a result and opens it again', async () => {
    const envelope = await hostEnvelope(() => ({ articles: [] }));
    expect(envelope).toEqual({ ok: true, result: { articles: [] } });
    expect(openHostEnvelope(JSON.parse(JSON.stringify(envelope)))).toEqual({ articles: [] });
  });

  it('carries a HostError as plain data and throws it again with its code, message and details', async () => {
    const envelope = await hostEnvelope(() => {
      throw conflict();
    });
    expect(envelope).toEqual({ ok: false, error: conflict().toJSON() });
    expectSameHostError(
      thrownBy(() => openHostEnvelope(JSON.parse(JSON.stringify(envelope)))),
      conflict(),
    );
  });

  it('turns any other failure into an internal error, and never throws itself', async () => {
    const envelope = await hostEnvelope(async () => {
      throw new TypeError('x is undefined');
    });
    expect(envelope).toEqual({ ok: false, error: { code: 'internal', message: 'x is undefined' } });
  });

  it('refuses an answer that is not an envelope', () => {
    for (const bad of [
      undefined,
      null,
      'ok',
      {},
      { ok: false },
      { ok: false, error: 'boom' },
      { ok: false, error: { code: 'io' } },
      { ok: 'yes', result: 1 },
    ]) {
      const error = thrownBy(() => openHostEnvelope(bad));
      expect(error, JSON.stringify(bad)).toBeInstanceOf(HostError);
      expect(error).toMatchObject({ code: 'internal' });
    }
  });

  it('reads an error code it does not know as internal, keeping the message', () => {
    const error = thrownBy(() => openHostEnvelope({ ok: false, error: { code: 'from-the-future', message: 'Something new went wrong.' } }));
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'internal', message: 'Something new went wrong.' });
  });
});

describe('over Electron IPC (the handler’s answer, copied as IPC copies it)', () => {
  const overIpc = async (method: Parameters<typeof answerIpcCall>[1], input: unknown, event = fromApp) =>
    openHostEnvelope(structuredClone(await answerIpcCall(api, method, event, input, APP_ORIGIN)));

  it('a HostError round-trips: class, code, message and details', async () => {
    const { error } = await settle(overIpc('openArticle', { path: 'kyiv-talks.copydesk.json' }));
    expectSameHostError(error, conflict());
  });

  it('answers results through the contract', async () => {
    expect(await overIpc('getLibraryInfo', {})).toEqual({ libraryPath: library.root, appVersion: 'test', host: 'web', userName: os.userInfo().username });
  });

  it('an invalid argument is refused before the service sees it', async () => {
    calls.length = 0;
    const { error } = await settle(overIpc('openArticle', { path: 42 }));
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'invalid-argument' });
    expect(calls).toEqual([]);
  });

  it('a call from another page is refused as unauthorized, as an envelope, without reaching the service', async () => {
    calls.length = 0;
    const answer = await answerIpcCall(api, 'openArticle', fromElsewhere, { path: 'kyiv-talks.copydesk.json' }, APP_ORIGIN);
    expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(calls).toEqual([]);
  });

  it('a failure that is not a HostError arrives as internal, naming the call', async () => {
    const { error } = await settle(overIpc('trashArticle', { path: 'kyiv-talks.copydesk.json' }));
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'internal', message: 'Something went wrong in trashArticle: EBUSY: resource busy or locked' });
  });
});

describe('over the web host’s HTTP (the renderer’s HTTP host against the real server)', () => {
  let web: WebHost;
  let http: HostApi;
  beforeAll(async () => {
    web = await startWebHost({ api, library, appDir, port: 0 });
    http = createHttpHost({ token: web.token, baseUrl: `${web.origin}/` });
  });
  afterAll(() => web.close());

  it('a HostError round-trips: class, code, message and details', async () => {
    const { error } = await settle(http.openArticle({ path: 'kyiv-talks.copydesk.json' }));
    expectSameHostError(error, conflict());
  });

  it('answers results through the contract', async () => {
    expect(await http.getLibraryInfo({})).toEqual({ libraryPath: library.root, appVersion: 'test', host: 'web', userName: os.userInfo().username });
  });

  it('gives the same errors as IPC for an invalid argument and a failure that is not a HostError', async () => {
    const bad = await settle(http.openArticle({ path: 42 } as never));
    expect(bad.error).toBeInstanceOf(HostError);
    expect(bad.error).toMatchObject({ code: 'invalid-argument' });
    const busy = await settle(http.trashArticle({ path: 'kyiv-talks.copydesk.json' }));
    expect(busy.error).toBeInstanceOf(HostError);
    expect(busy.error).toMatchObject({ code: 'internal', message: 'Something went wrong in trashArticle: EBUSY: resource busy or locked' });
  });

  it('a wrong token is unauthorized', async () => {
    const stranger = createHttpHost({ token: 'not-the-token', baseUrl: `${web.origin}/` });
    const { error } = await settle(stranger.getLibraryInfo({}));
    expect(error).toBeInstanceOf(HostError);
    expect(error).toMatchObject({ code: 'unauthorized' });
  });
});
