/**
 * A newsroom's stories on disk, under DIR/stories/ID/:
 * - meta.json     who shared it, who it is shared with, and a summary for the list (atomic writes);
 * - state.bin     the Y.Doc's whole state, sealed with a checksum (rewritten atomically on compaction);
 * - updates.log   every update received since, appended and fsynced before it is acknowledged;
 * - revisions/    snapshots (explicit Save, every few minutes while edited, and at sharing), sealed;
 * - article.json  the story as an article as of its last store (readable; shown while a story syncs).
 * A story whose state.bin or updates.log is damaged is never written to again by the server.
 */
import { randomBytes } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Article } from '../../shared/article';
import { type NewsroomRevision, newsroomRevisionSchema } from '../../shared/newsroom/protocol';
import { fsyncDirectory, writeFileAtomic } from '../services/fs/atomic-write';
import { DamagedError, logRecord, parseLog, seal, unseal } from './sealed';

/** Story ids become folder names: letters, digits, dot, dash, underscore; not starting with a dot. */
export const STORY_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;

export const storyMetaSchema = z.object({
  id: z.string(),
  owner: z.string(),
  sharedWith: z.array(z.string()),
  created: z.string(),
  headline: z.string(),
  byline: z.string(),
  status: z.string(),
  assignee: z.string().nullable(),
  words: z.number(),
  modified: z.string(),
  modifiedBy: z.string().nullable(),
});
export type StoryMeta = z.infer<typeof storyMetaSchema>;

const revisionFileSchema = newsroomRevisionSchema.extend({ state: z.string() });

export interface StoredState {
  /** The sealed state, or null for a story with no compaction yet. */
  state: Uint8Array | null;
  /** Updates logged after it, in the order they were written. */
  updates: Uint8Array[];
}

export class StoryFiles {
  constructor(readonly dataDir: string) {}

  dir(id: string): string {
    if (!STORY_ID.test(id)) throw new Error(`"${id}" is not a valid story id`);
    return path.join(this.dataDir, 'stories', id);
  }

  async ids(): Promise<string[]> {
    const names = await fsp.readdir(path.join(this.dataDir, 'stories')).catch(() => [] as string[]);
    return names.filter((n) => STORY_ID.test(n)).sort();
  }

  async readMeta(id: string): Promise<StoryMeta | null> {
    if (!STORY_ID.test(id)) return null;
    try {
      return storyMetaSchema.parse(JSON.parse(await fsp.readFile(path.join(this.dir(id), 'meta.json'), 'utf8')));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async writeMeta(meta: StoryMeta): Promise<void> {
    await fsp.mkdir(this.dir(meta.id), { recursive: true });
    await writeFileAtomic(path.join(this.dir(meta.id), 'meta.json'), `${JSON.stringify(meta, null, 2)}\n`);
  }

  /**
   * The story as an article file (article.json), written at each store: what the app shows while a
   * story syncs, and the story in a form a person can read. Never the source of truth (state.bin
   * and updates.log are): a missing or old one costs nothing but a slower first open.
   */
  async writeReadable(id: string, article: Article): Promise<void> {
    await writeFileAtomic(path.join(this.dir(id), 'article.json'), JSON.stringify(article));
  }

  /** The readable article's JSON text, as written (null when there is none). */
  async readReadable(id: string): Promise<string | null> {
    return fsp.readFile(path.join(this.dir(id), 'article.json'), 'utf8').catch(() => null);
  }

  /** Creates a story's folder (with its first state, unless that lives in Postgres); refuses (EEXIST) when the id is taken. */
  async create(meta: StoryMeta, state: Uint8Array | null): Promise<void> {
    await fsp.mkdir(path.join(this.dataDir, 'stories'), { recursive: true });
    const dir = this.dir(meta.id);
    await fsp.mkdir(dir); // throws EEXIST: two shares of one id cannot both win
    try {
      if (state) await writeFileAtomic(path.join(dir, 'state.bin'), seal(state));
      await this.writeMeta(meta);
      await fsyncDirectory(path.dirname(dir));
    } catch (e) {
      await fsp.rm(dir, { recursive: true, force: true });
      throw e;
    }
  }

  /** Reads state.bin and updates.log; throws DamagedError when either is damaged (a torn last record is not damage). */
  async readState(id: string): Promise<StoredState & { goodLength: number; tornBytes: number }> {
    const dir = this.dir(id);
    const stateFile = await fsp.readFile(path.join(dir, 'state.bin')).catch(missingAsNull);
    const state = stateFile ? unseal(stateFile, `${id}/state.bin`) : null;
    const logFile = (await fsp.readFile(path.join(dir, 'updates.log')).catch(missingAsNull)) ?? Buffer.alloc(0);
    const { updates, goodLength } = parseLog(logFile, `${id}/updates.log`);
    // Decoding proves the bytes are Yjs updates (a checksum only proves they are what was written).
    const doc = new Y.Doc();
    try {
      if (state) Y.applyUpdate(doc, state);
      for (const u of updates) Y.applyUpdate(doc, u);
    } catch (e) {
      throw new DamagedError(`${id}: the stored updates cannot be decoded (${(e as Error).message})`);
    } finally {
      doc.destroy();
    }
    return { state, updates, goodLength, tornBytes: logFile.length - goodLength };
  }

  /** The update log, ready for appending, after cutting off a torn last record. */
  async openLog(id: string, goodLength: number): Promise<UpdateLog> {
    const file = path.join(this.dir(id), 'updates.log');
    const size = await fsp.stat(file).then((s) => s.size, missingAsZero);
    if (size > goodLength) await fsp.truncate(file, goodLength);
    return new UpdateLog(file, Math.min(size, goodLength));
  }

  async writeState(id: string, state: Uint8Array): Promise<void> {
    await writeFileAtomic(path.join(this.dir(id), 'state.bin'), seal(state));
  }

  async addRevision(id: string, rev: Omit<NewsroomRevision, 'id'>, state: Uint8Array): Promise<NewsroomRevision> {
    const dir = path.join(this.dir(id), 'revisions');
    await fsp.mkdir(dir, { recursive: true });
    const revision: NewsroomRevision = { id: `${rev.at.replace(/[-:.]/g, '')}-${randomBytes(3).toString('hex')}`, ...rev };
    const body = JSON.stringify({ ...revision, state: Buffer.from(state).toString('base64') });
    await writeFileAtomic(path.join(dir, `${revision.id}.rev`), seal(Buffer.from(body, 'utf8')));
    return revision;
  }

  /** Revisions, newest first; a damaged revision file is left out (and named in `damaged`). */
  async listRevisions(id: string): Promise<{ revisions: NewsroomRevision[]; damaged: string[] }> {
    const dir = path.join(this.dir(id), 'revisions');
    const names = (await fsp.readdir(dir).catch(() => [] as string[])).filter((n) => n.endsWith('.rev'));
    const revisions: NewsroomRevision[] = [];
    const damaged: string[] = [];
    for (const name of names) {
      const rev = await this.readRevisionFile(path.join(dir, name)).catch(() => null);
      if (rev) {
        const { state: _state, ...meta } = rev;
        revisions.push(meta);
      } else damaged.push(name);
    }
    revisions.sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : a.id < b.id ? 1 : -1));
    return { revisions, damaged };
  }

  /** A revision's Yjs state, or null when there is no such revision. Throws DamagedError when its file is damaged. */
  async readRevision(id: string, revId: string): Promise<{ revision: NewsroomRevision; state: Uint8Array } | null> {
    if (!/^[0-9A-Za-z-]{1,80}$/.test(revId)) return null;
    const rev = await this.readRevisionFile(path.join(this.dir(id), 'revisions', `${revId}.rev`)).catch((e) => {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    });
    if (!rev) return null;
    const { state, ...revision } = rev;
    return { revision, state: Buffer.from(state, 'base64') };
  }

  private async readRevisionFile(file: string) {
    const payload = unseal(await fsp.readFile(file), path.basename(file));
    return revisionFileSchema.parse(JSON.parse(payload.toString('utf8')));
  }
}

/**
 * A story's update log. Each append opens, writes, fdatasyncs and closes the file: the record is
 * on disk when `append` resolves, and a failed write is cut off so the next record starts clean.
 * Callers serialize appends and `clear` per story.
 */
export class UpdateLog {
  constructor(
    readonly file: string,
    private size: number,
  ) {}

  async append(update: Uint8Array): Promise<void> {
    const record = logRecord(update);
    let handle: fsp.FileHandle | undefined;
    try {
      handle = await fsp.open(this.file, 'a');
      await handle.write(record);
      await handle.datasync();
    } catch (e) {
      // The disk filled up half-way: no half record may stay in front of the next one.
      await fsp.truncate(this.file, this.size).catch(() => {});
      throw e;
    } finally {
      await handle?.close().catch(() => {});
    }
    this.size += record.length;
  }

  async clear(): Promise<void> {
    await fsp.truncate(this.file, 0).catch((e) => missingAsNull(e));
    this.size = 0;
  }
}

function missingAsZero(e: unknown): number {
  missingAsNull(e);
  return 0;
}

function missingAsNull(e: unknown): null {
  if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
  throw e;
}

export { DamagedError };
