import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import * as Y from 'yjs';
import { storyFields } from '../../shared/newsroom';
import { addUser } from '../../electron/newsroom/accounts';
import { type RunningNewsroom, startNewsroom } from '../../electron/newsroom/server';
import { connect, sampleArticle, synced, tempDir, waitFor } from './newsroom-helpers';
import { freePort } from '../support/free-port';
import { startPostgres, startRedis } from './newsroom-services';

/**
 * Past one server: two instances share a data folder (accounts, story index, revisions), Redis
 * (edits and presence between instances) and Postgres (the stories' Yjs state). A client on each
 * instance edits the same story; they converge, and Postgres holds both edits.
 */

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

const headline = (doc: Y.Doc) => String(storyFields(doc).get('headline') ?? '');

describe('newsroom scale-out', () => {
  it('two instances behind Redis and Postgres: clients on different instances co-edit one story', async () => {
    const tmp = await tempDir();
    cleanups.push(tmp.remove);
    const redis = await startRedis(tmp.dir);
    cleanups.push(() => redis.stop());
    const postgres = await startPostgres(tmp.dir);
    cleanups.push(() => postgres.stop());

    const dataDir = `${tmp.dir}/newsroom`;
    const ann = await addUser(dataDir, 'ann', 'reporter');
    const eve = await addUser(dataDir, 'eve', 'editor');

    // Instance A from the command line (its --redis and --postgres options), B in this process.
    const portA = await freePort();
    const childA: ChildProcess = spawn(
      process.execPath,
      ['--import', 'tsx', 'electron/newsroom/cli.ts', '--data', dataDir, '--port', String(portA), '--redis', redis.url, '--postgres', postgres.url],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let outA = '';
    childA.stdout?.on('data', (d) => {
      outA += d;
    });
    childA.stderr?.on('data', (d) => {
      outA += d;
    });
    const exitedA = new Promise<void>((r) => childA.once('exit', () => r()));
    cleanups.push(async () => {
      if (childA.exitCode === null && childA.signalCode === null) childA.kill('SIGTERM');
      await exitedA;
    });
    const logsB: string[] = [];
    const b: RunningNewsroom = await startNewsroom({
      dataDir,
      port: 0,
      redis: redis.url,
      postgres: postgres.url,
      log: (l) => logsB.push(l),
      storeDebounceMs: 200,
      maxDebounceMs: 1000,
    });
    cleanups.push(() => b.stop());
    await waitFor(() => outA.includes(`ws://127.0.0.1:${portA}`), 'instance A to be ready', 60_000);

    const article = sampleArticle('wire-1');
    const shared = await fetch(`http://127.0.0.1:${portA}/api/stories`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${ann}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ article }),
    });
    expect(shared.status).toBe(201);

    const onA = connect(`ws://127.0.0.1:${portA}`, 'wire-1', ann);
    const onB = connect(b.url, 'wire-1', eve);
    cleanups.push(
      () => onA.destroy(),
      () => onB.destroy(),
    );
    onA.provider.setAwarenessField('user', { name: 'ann', color: '#b3261e' });
    await synced(onA);
    await synced(onB);
    expect(headline(onB.doc)).toBe(article.headline);
    (storyFields(onA.doc).get('headline') as Y.Text).insert(0, 'From A: ');
    const t = storyFields(onB.doc).get('headline') as Y.Text;
    t.insert(t.length, ' (from B)');
    const expected = `From A: ${article.headline} (from B)`;
    await waitFor(() => headline(onA.doc) === expected && headline(onB.doc) === expected, 'both edits on both instances', 30_000);
    // B names ann, connected to A, among those present (awareness through Redis).
    await waitFor(
      async () => {
        const r = (await (await fetch(`${b.httpUrl}/api/stories`, { headers: { Authorization: `Bearer ${eve}` } })).json()) as {
          stories: { present: { name: string }[] }[];
        };
        const names = r.stories[0]?.present.map((p) => p.name) ?? [];
        return names.includes('ann') && names.includes('eve');
      },
      'presence across instances',
      30_000,
    );

    await synced(onA);
    await synced(onB);
    onA.destroy();
    onB.destroy();
    await b.stop();
    childA.kill('SIGTERM');
    await exitedA;

    // Postgres holds the story: its stored state and any updates not yet folded in.
    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const doc = new Y.Doc();
      for (const r of (await client.query<{ state: Buffer }>('SELECT state FROM newsroom_documents WHERE name = $1', ['wire-1'])).rows)
        if (r.state.length) Y.applyUpdate(doc, r.state);
      for (const r of (await client.query<{ data: Buffer }>('SELECT data FROM newsroom_updates WHERE name = $1 ORDER BY seq', ['wire-1'])).rows)
        Y.applyUpdate(doc, r.data);
      expect(headline(doc)).toBe(expected);
    } finally {
      await client.end();
    }
  }, 150_000);
});
