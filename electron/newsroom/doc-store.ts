/**
 * Where a story's Y.Doc lives between edits. Two kinds, one contract:
 * - `append` makes one update durable; the server awaits it before applying and acknowledging
 *   the update, so an acknowledged edit survives a crash (SIGKILL, power loss).
 * - `compact` folds everything appended so far into the stored state (what the doc holds, plus
 *   what was appended but maybe not applied yet), then drops the folded updates.
 * - `load` returns the state and every update since, as one Yjs update.
 * FileDocStore keeps them in the data folder (state.bin + updates.log); PgDocStore in Postgres,
 * for several server instances sharing one newsroom.
 */
import pg from 'pg';
import * as Y from 'yjs';
import type { StoryFiles, UpdateLog } from './story-files';

export interface DocStore {
  /** The story's whole stored state as one update; throws DamagedError when it cannot be trusted. */
  load(id: string): Promise<Uint8Array | null>;
  /** Whether the first state goes into the story's folder (StoryFiles.create) rather than through `create`. */
  readonly keepsStateInFiles: boolean;
  /** The first state of a newly shared story. */
  create(id: string, state: Uint8Array): Promise<void>;
  append(id: string, update: Uint8Array): Promise<void>;
  compact(id: string, doc: Y.Doc): Promise<void>;
  /** Forget in-memory bookkeeping for a story no longer loaded. */
  unload(id: string): Promise<void>;
  close(): Promise<void>;
}

/** One story's appends and compactions run one after another, never interleaved. */
class Serial {
  private tail = new Map<string, Promise<unknown>>();
  run<T>(id: string, job: () => Promise<T>): Promise<T> {
    const next = (this.tail.get(id) ?? Promise.resolve()).then(job, job);
    const settled = next.catch(() => {});
    this.tail.set(id, settled);
    settled.then(() => {
      if (this.tail.get(id) === settled) this.tail.delete(id);
    });
    return next;
  }
}

interface FileStory {
  log: UpdateLog;
  /** Updates appended since the last compaction (the log's content). */
  pending: Uint8Array[];
}

export class FileDocStore implements DocStore {
  private stories = new Map<string, FileStory>();
  private serial = new Serial();

  constructor(
    private readonly files: StoryFiles,
    private readonly log: (line: string) => void,
  ) {}

  load(id: string): Promise<Uint8Array | null> {
    return this.serial.run(id, async () => {
      const stored = await this.files.readState(id);
      if (stored.tornBytes > 0)
        this.log(`newsroom: story "${id}": dropped ${stored.tornBytes} bytes of an update cut short by a crash (it was never acknowledged)`);
      this.stories.set(id, { log: await this.files.openLog(id, stored.goodLength), pending: [...stored.updates] });
      const parts = [...(stored.state ? [stored.state] : []), ...stored.updates];
      return parts.length ? Y.mergeUpdates(parts) : null;
    });
  }

  /** StoryFiles.create writes state.bin with the story's folder: nothing more to do. */
  readonly keepsStateInFiles = true;
  async create(): Promise<void> {}

  append(id: string, update: Uint8Array): Promise<void> {
    return this.serial.run(id, async () => {
      const story = await this.story(id);
      await story.log.append(update);
      story.pending.push(update);
    });
  }

  compact(id: string, doc: Y.Doc): Promise<void> {
    return this.serial.run(id, async () => {
      const story = await this.story(id);
      const state = Y.mergeUpdates([Y.encodeStateAsUpdate(doc), ...story.pending]);
      await this.files.writeState(id, state);
      story.pending = [];
      await story.log.clear();
    });
  }

  unload(id: string): Promise<void> {
    return this.serial.run(id, async () => {
      this.stories.delete(id);
    });
  }

  async close(): Promise<void> {
    this.stories.clear();
  }

  /** A story appended to without a load first (a server-side change): open its log as it is. */
  private async story(id: string): Promise<FileStory> {
    let story = this.stories.get(id);
    if (!story) {
      const stored = await this.files.readState(id);
      story = { log: await this.files.openLog(id, stored.goodLength), pending: [...stored.updates] };
      this.stories.set(id, story);
    }
    return story;
  }
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS newsroom_documents (
  name text PRIMARY KEY,
  state bytea NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE TABLE IF NOT EXISTS newsroom_updates (
  seq bigserial PRIMARY KEY,
  name text NOT NULL,
  data bytea NOT NULL
);
CREATE INDEX IF NOT EXISTS newsroom_updates_name ON newsroom_updates (name, seq);
`;

/**
 * Postgres: a row per story (its compacted state) and a row per update since. Each instance
 * removes only the update rows it knows are folded into the state it wrote, and merges its state
 * with the stored one under a row lock, so two instances compacting at once both keep everything.
 */
export class PgDocStore implements DocStore {
  /** Per story: update rows this instance has loaded or written and not yet folded, with their bytes. */
  private known = new Map<string, { seqs: string[]; updates: Uint8Array[] }>();
  private serial = new Serial();

  readonly keepsStateInFiles = false;

  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PgDocStore> {
    const pool = new pg.Pool({ connectionString: url, max: 8 });
    const client = await pool.connect();
    try {
      // Two instances starting together must not both create the tables.
      await client.query('SELECT pg_advisory_lock(5121977)');
      try {
        await client.query(SCHEMA);
      } finally {
        await client.query('SELECT pg_advisory_unlock(5121977)');
      }
    } finally {
      client.release();
    }
    return new PgDocStore(pool);
  }

  private entry(id: string) {
    let e = this.known.get(id);
    if (!e) {
      e = { seqs: [], updates: [] };
      this.known.set(id, e);
    }
    return e;
  }

  load(id: string): Promise<Uint8Array | null> {
    return this.serial.run(id, async () => {
      const doc = await this.pool.query<{ state: Buffer }>('SELECT state FROM newsroom_documents WHERE name = $1', [id]);
      const rows = await this.pool.query<{ seq: string; data: Buffer }>('SELECT seq, data FROM newsroom_updates WHERE name = $1 ORDER BY seq', [id]);
      const e = this.entry(id);
      for (const r of rows.rows) {
        if (!e.seqs.includes(r.seq)) {
          e.seqs.push(r.seq);
          e.updates.push(r.data);
        }
      }
      const parts = [...doc.rows.map((r) => new Uint8Array(r.state)), ...rows.rows.map((r) => new Uint8Array(r.data))].filter((p) => p.length > 0);
      return parts.length ? Y.mergeUpdates(parts) : null;
    });
  }

  async create(id: string, state: Uint8Array): Promise<void> {
    await this.pool.query('INSERT INTO newsroom_documents (name, state) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [id, Buffer.from(state)]);
  }

  append(id: string, update: Uint8Array): Promise<void> {
    return this.serial.run(id, async () => {
      const r = await this.pool.query<{ seq: string }>('INSERT INTO newsroom_updates (name, data) VALUES ($1, $2) RETURNING seq', [id, Buffer.from(update)]);
      const e = this.entry(id);
      e.seqs.push(r.rows[0].seq);
      e.updates.push(update);
    });
  }

  compact(id: string, doc: Y.Doc): Promise<void> {
    return this.serial.run(id, async () => {
      const e = this.entry(id);
      const client = await this.pool.connect();
      try {
        await client.query('BEGIN');
        await client.query("INSERT INTO newsroom_documents (name, state) VALUES ($1, '\\x') ON CONFLICT (name) DO NOTHING", [id]);
        const row = await client.query<{ state: Buffer }>('SELECT state FROM newsroom_documents WHERE name = $1 FOR UPDATE', [id]);
        const stored = row.rows[0]?.state;
        const parts = [Y.encodeStateAsUpdate(doc), ...e.updates];
        if (stored && stored.length > 0) parts.unshift(new Uint8Array(stored));
        await client.query('UPDATE newsroom_documents SET state = $2, updated_at = now() WHERE name = $1', [id, Buffer.from(Y.mergeUpdates(parts))]);
        if (e.seqs.length) await client.query('DELETE FROM newsroom_updates WHERE name = $1 AND seq = ANY($2::bigint[])', [id, e.seqs]);
        await client.query('COMMIT');
        this.known.delete(id);
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    });
  }

  async unload(id: string): Promise<void> {
    // Rows not folded yet stay in the table and are read again by the next load.
    this.known.delete(id);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
