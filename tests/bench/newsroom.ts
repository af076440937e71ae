// `npx tsx tests/bench/newsroom.ts`: the newsroom server under a newsroom's typing.
// 50 clients (HocuspocusProvider over ws) across 20 stories type for BENCH_NEWSROOM_SECONDS
// (default 60) at about five keystrokes a second each, into their story's body. The server runs
// as its own process (`npm run newsroom`), as it is deployed; the clients run here.
//
// Prints: p50/p95 ms from a keystroke to its appearance in another client of the same story;
// keystrokes lost (typed but missing from the story's files after the server stopped cleanly:
// must be 0, PASS/FAIL, exit status 1 on FAIL); the server's RSS and heap per open story (from its
// SIGUSR2 stats line, before and after the stories were opened).
//
//   BENCH_NEWSROOM_SECONDS=10 npx tsx tests/bench/newsroom.ts     a shorter run
//   BENCH_NEWSROOM_CLIENTS=50 BENCH_NEWSROOM_STORIES=20           the load (these defaults)
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { newArticle } from '../../shared/article';
import { importWireText } from '../../shared/import';
import { storyBody } from '../../shared/newsroom';
import { SAMPLE_WIRE_STORY } from '../../shared/sample';
import { addUser } from '../../electron/newsroom/accounts';
import { StoryFiles } from '../../electron/newsroom/story-files';
import { freePort } from '../support/free-port';

const SECONDS = Number(process.env.BENCH_NEWSROOM_SECONDS ?? 60);
const CLIENTS = Number(process.env.BENCH_NEWSROOM_CLIENTS ?? 50);
const STORIES = Number(process.env.BENCH_NEWSROOM_STORIES ?? 20);
const KEY_INTERVAL_MS = 200;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function until(check: () => boolean, what: string, ms = 60_000) {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}

interface Server {
  child: ChildProcess;
  output: () => string;
  exited: Promise<void>;
}

async function startServer(dir: string, port: number): Promise<Server> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/newsroom/cli.ts', '--data', dir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  child.stderr.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await until(() => out.includes(`ws://127.0.0.1:${port}`), 'the server to start');
  return { child, output: () => out, exited };
}

async function serverStats(server: Server): Promise<{ rss: number; heap: number; open: number }> {
  const before = server.output().length;
  server.child.kill('SIGUSR2');
  await until(() => /stats: .*heap [\d.]+ MiB/.test(server.output().slice(before)), 'the stats line', 10_000);
  const m = /stats: (\d+) stories open, \d+ connections, rss ([\d.]+) MiB, heap ([\d.]+) MiB/.exec(server.output().slice(before));
  if (!m) throw new Error('no stats line');
  return { open: Number(m[1]), rss: Number(m[2]), heap: Number(m[3]) };
}

/** The text of the story's first paragraph (the body may open with a photo). */
function firstParagraphText(doc: Y.Doc): Y.XmlText {
  for (const node of storyBody(doc).toArray()) {
    if (node instanceof Y.XmlElement && node.nodeName === 'paragraph' && node.get(0) instanceof Y.XmlText) return node.get(0) as Y.XmlText;
  }
  throw new Error('the story has no paragraph to type in');
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

const dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-bench-newsroom-'));
const port = await freePort();
let server: Server | undefined;
let failed = false;
try {
  server = await startServer(dir, port);
  const token = await addUser(dir, 'bench', 'editor');
  const ids = Array.from({ length: STORIES }, (_, i) => `bench-${i + 1}`);
  for (const id of ids) {
    const article = newArticle({ id, now: new Date().toISOString(), ...importWireText(SAMPLE_WIRE_STORY), status: 'draft' });
    const r = await fetch(`http://127.0.0.1:${port}/api/stories`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ article }),
    });
    if (r.status !== 201) throw new Error(`sharing ${id}: HTTP ${r.status}`);
  }
  const idle = await serverStats(server);

  /** When each keystroke ("client:clock") was typed, and how long it took to reach each other client. */
  const typedAt = new Map<string, number>();
  const latencies: number[] = [];
  const typedBy = new Map<number, { story: string; keys: number }>();
  const clients = Array.from({ length: CLIENTS }, (_, i) => {
    const story = ids[i % STORIES];
    const doc = new Y.Doc();
    // One socket per client, as 50 people on 50 machines.
    const socket = new HocuspocusProviderWebsocket({ url: `ws://127.0.0.1:${port}`, WebSocketPolyfill: WebSocket, delay: 200, minDelay: 100, maxDelay: 2000 });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: story, token, document: doc });
    provider.attach();
    doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin !== provider) return;
      const now = performance.now();
      for (const s of Y.decodeUpdate(update).structs) {
        if (s.id.client === doc.clientID) continue;
        for (let c = s.id.clock; c < s.id.clock + s.length; c++) {
          const at = typedAt.get(`${s.id.client}:${c}`);
          if (at !== undefined) latencies.push(now - at);
        }
      }
    });
    typedBy.set(doc.clientID, { story, keys: 0 });
    return { story, doc, provider, socket };
  });
  await until(() => clients.every((c) => c.provider.isSynced), 'every client to sync');
  const busy = await serverStats(server);

  // Each client types a letter every ~200 ms (jittered) at a random place in its story's first paragraph.
  const letters = 'etaoinshrdlu ';
  const end = Date.now() + SECONDS * 1000;
  await Promise.all(
    clients.map(async (c) => {
      await sleep(Math.random() * KEY_INTERVAL_MS);
      while (Date.now() < end) {
        const text = firstParagraphText(c.doc);
        const clock = Y.getState(c.doc.store, c.doc.clientID);
        typedAt.set(`${c.doc.clientID}:${clock}`, performance.now());
        text.insert(Math.floor(Math.random() * (text.length + 1)), letters[Math.floor(Math.random() * letters.length)]);
        const mine = typedBy.get(c.doc.clientID);
        if (mine) mine.keys++;
        await sleep(KEY_INTERVAL_MS * (0.5 + Math.random()));
      }
    }),
  );
  await until(() => clients.every((c) => c.provider.unsyncedChanges === 0), 'every keystroke to be acknowledged', 120_000);
  const typed = [...typedBy.values()].reduce((n, t) => n + t.keys, 0);
  await sleep(1000);
  for (const c of clients) {
    c.provider.destroy();
    c.socket.destroy();
  }

  // Stop the server cleanly and count, from its files, the keystrokes it does not have.
  server.child.kill('SIGTERM');
  await server.exited;
  server = undefined;
  const files = new StoryFiles(dir);
  let lost = 0;
  for (const id of ids) {
    const stored = await files.readState(id);
    const doc = new Y.Doc();
    if (stored.state) Y.applyUpdate(doc, stored.state);
    for (const u of stored.updates) Y.applyUpdate(doc, u);
    const vector = Y.encodeStateVector(doc);
    const have = Y.decodeStateVector(vector);
    for (const key of typedAt.keys()) {
      const [client, clock] = key.split(':').map(Number);
      if (typedBy.get(client)?.story === id && (have.get(client) ?? 0) <= clock) lost++;
    }
  }

  latencies.sort((a, b) => a - b);
  const perStory = (after: number, before: number) => ((after - before) / STORIES).toFixed(2);
  const rows: [string, string, string][] = [
    ['clients / stories / seconds', `${CLIENTS} / ${STORIES} / ${SECONDS}`, ''],
    ['keystrokes typed', String(typed), ''],
    ['keystroke → other client, p50', `${percentile(latencies, 50).toFixed(1)} ms`, `${latencies.length} deliveries`],
    ['keystroke → other client, p95', `${percentile(latencies, 95).toFixed(1)} ms`, ''],
    ['keystrokes lost', String(lost), lost === 0 ? 'PASS' : 'FAIL'],
    ['server RSS per open story', `${perStory(busy.rss, idle.rss)} MiB`, `${idle.rss} → ${busy.rss} MiB, ${busy.open} open`],
    ['server heap per open story', `${perStory(busy.heap, idle.heap)} MiB`, `${idle.heap} → ${busy.heap} MiB`],
  ];
  const w = Math.max(...rows.map((r) => r[0].length));
  console.log('\nNewsroom server bench\n');
  for (const [name, value, note] of rows) console.log(`${name.padEnd(w)}  ${value.padStart(12)}  ${note}`);
  failed = lost !== 0;
  if (process.env.BENCH_JSON) {
    const json = [
      {
        measure: 'keystroke → another client, p50',
        value: percentile(latencies, 50),
        unit: 'ms',
        note: `${CLIENTS} clients, ${STORIES} stories, ${SECONDS} s, ${typed} keystrokes`,
      },
      { measure: 'keystroke → another client, p95', value: percentile(latencies, 95), unit: 'ms', note: `${latencies.length} deliveries` },
      { measure: 'keystrokes lost', value: lost, unit: '', goal: 0, note: 'typed but missing from the stored stories' },
      { measure: 'server RSS per open story', value: (busy.rss - idle.rss) / STORIES, unit: 'MiB', note: `${idle.rss} → ${busy.rss} MiB` },
      { measure: 'server heap per open story', value: (busy.heap - idle.heap) / STORIES, unit: 'MiB', note: `${idle.heap} → ${busy.heap} MiB` },
    ];
    console.log(`BENCH_JSON ${JSON.stringify(json)}`);
  }
} finally {
  if (server) {
    server.child.kill('SIGKILL');
    await server.exited;
  }
  await rm(dir, { recursive: true, force: true });
}
process.exit(failed && !process.env.BENCH_JSON ? 1 : 0); // under `npm run bench` its row says PASS or FAIL
