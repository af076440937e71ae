import { type FSWatcher, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { isArticleFileName } from '../../../shared/article';
import type { FileStamp, LibraryChange } from '../../../shared/contract';
import type { ArticleLibrary } from '../library';

export interface LibraryWatcherOptions {
  /** How often to look over the folder in case the OS dropped a watch event (ms). */
  rescanMs?: number;
  /** How long to gather a burst of watch events before checking (ms). */
  settleMs?: number;
}

const KEEP_EVENTS = 500;

/**
 * Notices articles changed on disk behind Copydesk's back (another program, a sync client).
 *
 * fs.watch on the library folder says *that* something happened; whether it matters is decided
 * by comparing the file's stamp (size, modification time, SHA-256) with the last one known —
 * so the library's own saves, touched timestamps and temp files are noise, not changes. A slow
 * rescan covers file systems that drop watch events. Changes are numbered; the renderer asks
 * for those after its cursor (a long poll that works the same over IPC and HTTP).
 */
export class LibraryWatcher {
  private readonly known = new Map<string, FileStamp>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  private readonly events: (LibraryChange & { seq: number })[] = [];
  private readonly waiters = new Set<() => void>();
  private seq = 0;
  private fsWatcher: FSWatcher | null = null;
  private rescanTimer: NodeJS.Timeout | null = null;
  private started: Promise<void> | null = null;
  private closed = false;
  private readonly unsubscribe: () => void;

  constructor(
    private readonly library: ArticleLibrary,
    private readonly options: LibraryWatcherOptions = {},
  ) {
    // The library's own writes are known as they happen, so they are never reported as changes.
    this.unsubscribe = library.onWrite((name, stamp) => this.known.set(name, stamp));
  }

  /** Starts watching (once); resolves when the first look at the folder is done. */
  start(): Promise<void> {
    this.started ??= (async () => {
      await this.rescan(false);
      this.watchFolder();
      this.rescanTimer = setInterval(() => void this.rescan(true), this.options.rescanMs ?? 4000);
      this.rescanTimer.unref();
    })();
    return this.started;
  }

  private watchFolder(): void {
    if (this.closed) return;
    try {
      this.fsWatcher = watch(this.library.root, { persistent: false }, (_event, filename) => {
        const name = filename?.toString();
        if (!name) void this.rescan(true);
        else if (isArticleFileName(name)) this.schedule(name);
      });
      // The folder vanished or became unreadable: the rescan keeps looking and re-arms the watch.
      this.fsWatcher.on('error', () => {
        this.fsWatcher?.close();
        this.fsWatcher = null;
      });
    } catch {
      this.fsWatcher = null;
    }
  }

  private schedule(name: string): void {
    clearTimeout(this.pending.get(name));
    const t = setTimeout(() => {
      this.pending.delete(name);
      void this.check(name);
    }, this.options.settleMs ?? 60);
    t.unref();
    this.pending.set(name, t);
  }

  private async check(name: string): Promise<void> {
    if (this.closed) return;
    let stamp: FileStamp | null;
    try {
      stamp = await this.library.stampNow(name);
    } catch {
      return; // unreadable for a moment (locked, permissions): the next event or rescan retries
    }
    const before = this.known.get(name) ?? null;
    if (stamp === null && before === null) return;
    if (stamp && before && stamp.sha256 === before.sha256 && stamp.size === before.size) {
      this.known.set(name, stamp); // touched, not changed
      return;
    }
    if (stamp) this.known.set(name, stamp);
    else this.known.delete(name);
    this.events.push({ seq: ++this.seq, path: name, stamp });
    if (this.events.length > KEEP_EVENTS) this.events.splice(0, this.events.length - KEEP_EVENTS);
    for (const wake of this.waiters) wake();
  }

  private async rescan(report: boolean): Promise<void> {
    if (this.closed) return;
    let names: string[];
    try {
      names = (await readdir(this.library.root)).filter(isArticleFileName);
    } catch {
      names = [];
    }
    if (report && !this.fsWatcher) this.watchFolder();
    const seen = new Set(names);
    for (const name of names) {
      const before = this.known.get(name);
      if (!report) {
        const stamp = await this.library.stampNow(name).catch(() => null);
        if (stamp) this.known.set(name, stamp);
        continue;
      }
      const st = await stat(`${this.library.root}/${name}`).catch(() => null);
      if (!before || !st || st.size !== before.size || st.mtimeMs !== before.mtimeMs) await this.check(name);
    }
    for (const name of [...this.known.keys()]) if (!seen.has(name)) await this.check(name);
  }

  /** The library wrote this file itself (kept for callers that write outside `onWrite`). */
  remember(name: string, stamp: FileStamp): void {
    this.known.set(name, stamp);
  }

  /**
   * Changes after `since`, waiting up to `timeoutMs` for the first one. Without `since`, answers
   * at once with the current cursor (where a new listener starts).
   */
  async waitForChanges(since: number | undefined, timeoutMs: number): Promise<{ cursor: number; changes: LibraryChange[] }> {
    await this.start();
    const after = () => this.events.filter((e) => e.seq > (since ?? this.seq));
    if (since === undefined || since > this.seq) return { cursor: this.seq, changes: [] };
    if (after().length === 0 && timeoutMs > 0 && !this.closed) {
      await new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          this.waiters.delete(done);
          resolve();
        };
        const timer = setTimeout(done, timeoutMs);
        this.waiters.add(done);
      });
    }
    return { cursor: this.seq, changes: after().map(({ path, stamp }) => ({ path, stamp })) };
  }

  close(): void {
    this.closed = true;
    this.unsubscribe();
    this.fsWatcher?.close();
    if (this.rescanTimer) clearInterval(this.rescanTimer);
    for (const t of this.pending.values()) clearTimeout(t);
    for (const wake of this.waiters) wake();
  }
}
