/** Shared by the newsroom tests: temp folders, an in-process server, Node clients, polling. */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { type Article, newArticle } from '../../shared/article';
import { importWireText } from '../../shared/import';
import { SAMPLE_WIRE_STORY } from '../../shared/sample';
import { addUser } from '../../electron/newsroom/accounts';
import { type NewsroomOptions, type RunningNewsroom, startNewsroom } from '../../electron/newsroom/server';

export const sampleArticle = (id = 'story-1'): Article =>
  newArticle({ id, now: '2026-12-03T06:00:00.000Z', ...importWireText(SAMPLE_WIRE_STORY), status: 'draft' });

export async function tempDir(prefix = 'copydesk-newsroom-'): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

export interface TestNewsroom extends RunningNewsroom {
  dir: string;
  logs: string[];
  admin: string;
  tokens: Record<string, string>;
  api(pathname: string, token: string | null, init?: RequestInit): Promise<Response>;
  share(token: string, article: Article): Promise<Response>;
}

/** A server in this process on a free port with accounts ann (reporter), bob (reporter), eve (editor), vic (viewer). */
export async function startTestNewsroom(dir: string, options: Partial<NewsroomOptions> = {}): Promise<TestNewsroom> {
  const logs: string[] = [];
  const running = await startNewsroom({ dataDir: dir, port: 0, log: (line) => logs.push(line), ...options });
  const tokens: Record<string, string> = {};
  if (running.adminToken) {
    tokens.admin = running.adminToken;
    for (const [name, role] of [
      ['ann', 'reporter'],
      ['bob', 'reporter'],
      ['eve', 'editor'],
      ['vic', 'viewer'],
    ] as const)
      tokens[name] = await addUser(dir, name, role);
  }
  const api = (pathname: string, token: string | null, init: RequestInit = {}) =>
    fetch(`${running.httpUrl}${pathname}`, { ...init, headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(init.headers ?? {}) } });
  return {
    ...running,
    dir,
    logs,
    admin: running.adminToken ?? '',
    tokens,
    api,
    share: (token, article) =>
      api('/api/stories', token, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ article }) }),
  };
}

export interface TestClient {
  provider: HocuspocusProvider;
  socket: HocuspocusProviderWebsocket;
  doc: Y.Doc;
  failures: string[];
  destroy(): void;
}

/** A HocuspocusProvider over `ws`, reconnecting quickly (tests must not wait 30 s for a backoff). */
export function connect(url: string, name: string, token: string, doc = new Y.Doc()): TestClient {
  const socket = new HocuspocusProviderWebsocket({ url, WebSocketPolyfill: WebSocket, delay: 200, factor: 1.5, maxDelay: 1500, minDelay: 100 });
  const failures: string[] = [];
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => failures.push(reason),
  });
  provider.attach();
  return {
    provider,
    socket,
    doc,
    failures,
    destroy() {
      provider.destroy();
      socket.destroy();
    },
  };
}

/** Polls until `check` returns a truthy value; generous by default (the machine is shared). */
export async function waitFor<T>(check: () => T | Promise<T>, what: string, timeoutMs = 20_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await check();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}${last ? ` (last error: ${(last as Error).message})` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const synced = (c: TestClient) => waitFor(() => c.provider.isSynced && c.provider.unsyncedChanges === 0, 'the client to be synced and acknowledged');
