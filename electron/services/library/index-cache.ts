import { type Dirent, type FSWatcher, type Stats, watch } from 'node:fs';
import { lstat, readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Article, type ArticleSummary, articleSummarySchema, isArticleFileName } from '../../../shared/article';
import { DebouncedFile } from '../fs/debounced-file';
import { type FileStampLite, readFileStamped } from '../fs/read-stamped';
import { confinedPath } from './paths';
import { problemSummary, summarizeFile } from './summary';

/**
 * The library list without reading every story each time.
 *
 * Each article's summary (headline, byline, status, words…) is kept with the file's size, mtime
 * and ctime, in memory and on disk in `.copydesk/index.json`. A file whose stamp still matches
 * is not read again; a changed one is re-read and only its entry is rewritten. The index on disk
 * is a cache: when it is missing, damaged or from another version it is ignored and rebuilt.
 *
 * While the folder is watched, a second listing re-checks only the files the watcher named;
 * without a watcher (or after it reports an error) every listing re-checks every file's stamp.
 */

export const SUMMARY_INDEX_FILE = path.join('.copydesk', 'index.json');
const INDEX_FORMAT = 'copydesk-library-index';
const INDEX_VERSION = 1;
const SAVE_DELAY_MS = 1000;
const STAT_CONCURRENCY = 32;

export type { FileStampLite } from '../fs/read-stamped';

interface Entry extends FileStampLite {
  summary: ArticleSummary;
}

export interface SummaryIndexOptions {
  root: string;
  /** Called with the names of articles that appeared, changed or went away (for the search index). */
  onChange?: (names: string[]) => void;
  /** Called with each article read for the list (`stamp`: the file as read), so the search index need not read it again. */
  onRead?: (name: string, stamp: FileStampLite, article: Article) => void;
  /** Watch the folder so a repeated listing checks only what changed (default true). */
  watch?: boolean;
}

export class LibrarySummaryIndex {
  private readonly root: string;
  private readonly file: string;
  private readonly entries = new Map<string, Entry>();
  private sorted: ArticleSummary[] | null = null;
  private loaded = false;
  private watcher: FSWatcher | null = null;
  /** A full re-check is needed: nothing scanned yet, or the watcher could not say what changed. */
  private fullScan = true;
  private readonly dirty = new Set<string>();
  private readonly cacheFile: DebouncedFile;
  private readonly onChange?: (names: string[]) => void;
  private readonly onRead?: (name: string, stamp: FileStampLite, article: Article) => void;

  constructor(options: SummaryIndexOptions) {
    this.root = options.root;
    this.file = path.join(this.root, SUMMARY_INDEX_FILE);
    this.cacheFile = new DebouncedFile(this.file, SAVE_DELAY_MS, () => JSON.stringify({ format: INDEX_FORMAT, version: INDEX_VERSION, entries: Object.fromEntries(this.entries) }));
    this.onChange = options.onChange;
    this.onRead = options.onRead;
    if (options.watch ?? true) this.startWatching();
  }

  private startWatching() {
    try {
      this.watcher = watch(this.root, { persistent: false }, (_event, name) => {
        if (name == null) this.fullScan = true;
        else if (isArticleFileName(name.toString())) this.dirty.add(name.toString());
      });
      this.watcher.on('error', () => this.stopWatching());
    } catch {
      this.watcher = null;
    }
  }

  private stopWatching() {
    this.watcher?.close();
    this.watcher = null;
    this.fullScan = true;
  }

  /** Something Copydesk itself just wrote, moved or removed: re-check it on the next listing. */
  changed(name: string) {
    this.dirty.add(name);
  }

  /** Size, mtime and ctime of every listed article, as last seen. */
  stamps(): Map<string, FileStampLite> {
    const out = new Map<string, FileStampLite>();
    for (const [name, e] of this.entries) if (!e.summary.problem) out.set(name, { size: e.size, mtimeMs: e.mtimeMs, ctimeMs: e.ctimeMs });
    return out;
  }

  /** Every article in the folder, newest first. */
  async list(): Promise<ArticleSummary[]> {
    if (!this.loaded) await this.load();
    const changed: string[] = [];
    if (this.fullScan || !this.watcher) {
      this.fullScan = false;
      this.dirty.clear();
      await this.scanAll(changed);
    } else if (this.dirty.size > 0) {
      const names = [...this.dirty];
      this.dirty.clear();
      await pool(names, STAT_CONCURRENCY, (name) => this.check(name, changed));
    }
    if (changed.length > 0) {
      this.sorted = null;
      this.scheduleSave();
      this.onChange?.(changed);
    }
    if (!this.sorted) {
      this.sorted = [...this.entries.values()].map((e) => e.summary).sort(newestFirst);
    }
    return this.sorted.slice();
  }

  private async scanAll(changed: string[]) {
    const files = (await readdir(this.root, { withFileTypes: true })).filter((f) => isArticleFileName(f.name));
    const present = new Set(files.map((f) => f.name));
    for (const name of [...this.entries.keys()]) {
      if (!present.has(name)) {
        this.entries.delete(name);
        changed.push(name);
      }
    }
    await pool(files, STAT_CONCURRENCY, (file) => this.check(file.name, changed, file));
  }

  /**
   * Re-checks one file against its entry, re-reading it only when its stamp changed. A plain file
   * (`listed`: as the folder listing gave it) with no entry yet is read at once, its stamp taken
   * from the read: a new library's first listing costs one open and read per article, no more.
   */
  private async check(name: string, changed: string[], listed?: Dirent) {
    const full = path.join(this.root, name);
    if (listed?.isFile() && !this.entries.has(name)) {
      // Not through a link that replaced the file since the folder was listed: links are checked below.
      const read = await readFileStamped(full, { followLinks: false }).catch(() => null);
      if (read) {
        this.store(name, read.stamp, read.text);
        changed.push(name);
        return;
      }
      // Gone, replaced or unreadable since the folder was listed: the careful way below says which.
    }
    let st: Stats | null;
    try {
      st = await lstat(full);
      if (st.isSymbolicLink()) {
        await confinedPath(this.root, this.root, name);
        st = await stat(full);
      }
    } catch {
      st = null; // gone, or a link out of the library: not ours to show
    }
    if (!st?.isFile()) {
      if (this.entries.delete(name)) changed.push(name);
      return;
    }
    const cached = this.entries.get(name);
    if (cached && cached.size === st.size && cached.mtimeMs === st.mtimeMs && cached.ctimeMs === st.ctimeMs) return;
    let read: { text: string; stamp: FileStampLite } | null;
    try {
      read = await readFileStamped(full);
    } catch (e) {
      // Unreadable (no permission, a read error): listed with the reason, as a damaged file is.
      this.entries.set(name, { size: st.size, mtimeMs: st.mtimeMs, ctimeMs: st.ctimeMs, summary: problemSummary(name, st.mtime, e) });
      changed.push(name);
      return;
    }
    if (!read) {
      if (this.entries.delete(name)) changed.push(name);
      return;
    }
    this.store(name, read.stamp, read.text);
    changed.push(name);
  }

  /** The entry for a file as read; the article goes on to the search index. */
  private store(name: string, stamp: FileStampLite, text: string) {
    const { summary, article } = summarizeFile(name, text, new Date(stamp.mtimeMs));
    this.entries.set(name, { ...stamp, summary });
    if (article) this.onRead?.(name, stamp, article);
  }

  /** Reads the index from disk; anything unreadable or from another version is ignored. */
  private async load() {
    this.loaded = true;
    let json: unknown;
    try {
      json = JSON.parse(await readFile(this.file, 'utf8'));
    } catch {
      return;
    }
    const data = json as { format?: unknown; version?: unknown; entries?: unknown };
    if (!data || data.format !== INDEX_FORMAT || data.version !== INDEX_VERSION || !data.entries || typeof data.entries !== 'object') return;
    for (const [name, raw] of Object.entries(data.entries as Record<string, unknown>)) {
      const e = raw as Partial<Entry> | null;
      if (!isArticleFileName(name) || !e || !isStampNumber(e.size) || !isStampNumber(e.mtimeMs) || !isStampNumber(e.ctimeMs)) continue;
      const summary = articleSummarySchema.safeParse(e.summary);
      if (!summary.success || summary.data.path !== name) continue;
      this.entries.set(name, { size: e.size, mtimeMs: e.mtimeMs, ctimeMs: e.ctimeMs, summary: summary.data });
    }
  }

  private scheduleSave() {
    this.cacheFile.schedule();
  }

  /** Writes pending changes now (atomically). A failed write only costs a slower next start. */
  flush(): Promise<void> {
    return this.cacheFile.flush();
  }

  async close() {
    this.stopWatching();
    await this.flush();
  }
}

function isStampNumber(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0;
}

function newestFirst(a: ArticleSummary, b: ArticleSummary): number {
  return a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : a.path.localeCompare(b.path);
}

/** Runs `task` over `items`, at most `limit` at a time (stat calls are cheap but not free). */
async function pool<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await task(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
