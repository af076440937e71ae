import { createHash, randomUUID } from 'node:crypto';
import type { Stats } from 'node:fs';
import { link, lstat, mkdir, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import {
  type Article,
  ArticleFileError,
  type ArticleSummary,
  ARTICLE_EXTENSION,
  isArticleFileName,
  newArticle,
  parseArticle,
  serializeArticle,
  slugForHeadline,
  summarizeArticle,
} from '../../../shared/article';
import { type FileStamp, HostError, type OpenedArticle } from '../../../shared/contract';
import { importWireText } from '../../../shared/import';
import { MEDIA_DIR } from '../../../shared/photos';
import { SAMPLE_WIRE_STORY } from '../../../shared/sample';
import { sweepStaleTempFiles, writeFileAtomic } from '../fs/atomic-write';
import { RECOVERY_DIR } from '../recovery';
import { ArticleSearchIndex, type SearchResult } from '../search';
import { fileSystemError } from './errors';
import { LibrarySummaryIndex } from './index-cache';
import { checkArticleName, checkPlainName, confinedPath } from './paths';
import { readSummary } from './summary';

export { checkArticleName, checkPlainName, confinedPath } from './paths';
export { fileSystemError } from './errors';

/** Folders Copydesk keeps inside a library (and MEDIA_DIR, the photos); everything else there belongs to the reporter. */
export const APP_DIR = '.copydesk';
export const TRASH_DIR = path.join(APP_DIR, 'trash');
const MARKER = path.join(APP_DIR, 'library.json');

export interface ArticleLibraryOptions {
  root: string;
  /** Put the sample article into a new, empty library (default true). */
  seedSample?: boolean;
  now?: () => Date;
}

export function stampOf(bytes: Uint8Array, mtimeMs: number): FileStamp {
  return { size: bytes.byteLength, mtimeMs, sha256: createHash('sha256').update(bytes).digest('hex') };
}

interface CachedSummary {
  size: number;
  mtimeMs: number;
  summary: ArticleSummary;
}

/**
 * A library folder of article files. Runs in plain Node: Electron's main process and the web
 * host both serve it. Operations run one at a time, so two saves never interleave.
 */
export class ArticleLibrary {
  readonly root: string;
  private readonly now: () => Date;
  private queue: Promise<unknown> = Promise.resolve();
  private readonly summaries = new Map<string, CachedSummary>();
  /** The library list (summaries cached on disk) and full-text search over it. */
  private readonly catalog: LibrarySummaryIndex;
  private readonly searchIndex: ArticleSearchIndex;
  private readonly writeListeners = new Set<(name: string, stamp: FileStamp) => void>();

  private constructor(root: string, now: () => Date) {
    this.root = root;
    this.now = now;
    this.searchIndex = new ArticleSearchIndex(root);
    this.catalog = new LibrarySummaryIndex({ root, onRead: (name, stamp, article) => this.searchIndex.offer(name, stamp, article) });
  }

  /** Opens (and on first use creates) a library; a new, empty one receives the sample article. */
  static async open(options: ArticleLibraryOptions): Promise<ArticleLibrary> {
    const lib = new ArticleLibrary(path.resolve(options.root), options.now ?? (() => new Date()));
    await lib.ensureFolders(options.seedSample ?? true);
    return lib;
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private async ensureFolders(seedSample: boolean): Promise<void> {
    try {
      await mkdir(path.join(this.root, MEDIA_DIR), { recursive: true });
      await mkdir(path.join(this.root, TRASH_DIR), { recursive: true });
      // Temp files of saves cut short by a crash or a kill: hidden, but clutter in a synced folder.
      await Promise.all([this.root, MEDIA_DIR, TRASH_DIR, APP_DIR, RECOVERY_DIR].map((dir) => sweepStaleTempFiles(path.resolve(this.root, dir))));
      const isNew = !(await exists(path.join(this.root, MARKER)));
      if (!isNew) return;
      const hasArticles = (await readdir(this.root)).some(isArticleFileName);
      if (seedSample && !hasArticles) await this.importSample();
      await writeFileAtomic(path.join(this.root, MARKER), `${JSON.stringify({ created: this.now().toISOString() }, null, 2)}\n`);
    } catch (e) {
      throw fileSystemError(e, 'set up the library in', this.root);
    }
  }

  private async importSample(): Promise<void> {
    const story = importWireText(SAMPLE_WIRE_STORY);
    const now = this.now().toISOString();
    const article = newArticle({ id: randomUUID(), now, ...story, status: 'draft' });
    await writeFileAtomic(path.join(this.root, `${slugForHeadline(article.headline)}${ARTICLE_EXTENSION}`), serializeArticle(article));
  }

  private async articlePath(name: string): Promise<{ name: string; full: string }> {
    const checked = checkArticleName(name);
    return { name: checked, full: await confinedPath(this.root, this.root, checked) };
  }

  private async readArticleFile(full: string, name: string): Promise<{ article: Article; stamp: FileStamp }> {
    let bytes: Buffer;
    let mtimeMs: number;
    try {
      const st = await stat(full);
      if (!st.isFile()) throw new HostError('invalid-path', `"${name}" is not a file.`);
      bytes = await readFile(full);
      mtimeMs = st.mtimeMs;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new HostError('not-found', `There is no article "${name}" in the library.`);
      throw fileSystemError(e, 'open', name);
    }
    try {
      return { article: parseArticle(bytes.toString('utf8')), stamp: stampOf(bytes, mtimeMs) };
    } catch (e) {
      if (e instanceof ArticleFileError) {
        throw new HostError(e.code === 'newer-version' ? 'newer-version' : 'corrupt-file', `Could not open "${name}". ${e.message} The file was not changed.`, { file: name });
      }
      throw e;
    }
  }

  private async writeArticle(full: string, article: Article): Promise<FileStamp> {
    const text = serializeArticle(article);
    await writeFileAtomic(full, text);
    const st = await stat(full);
    const stamp = stampOf(Buffer.from(text, 'utf8'), st.mtimeMs);
    for (const listener of this.writeListeners) listener(path.basename(full), stamp);
    return stamp;
  }

  /** Hears every article file the library writes (the watcher uses it to tell its own writes from others'). */
  onWrite(listener: (name: string, stamp: FileStamp) => void): () => void {
    this.writeListeners.add(listener);
    return () => this.writeListeners.delete(listener);
  }

  /** The file's stamp now, taken between the library's own operations (never mid-save). */
  stampNow(name: string): Promise<FileStamp | null> {
    return this.serial(() => this.diskStamp(name));
  }

  /** A file name for this headline that no file in `dir` has yet. */
  private async freeName(headline: string, dir = this.root, except?: string): Promise<string> {
    const slug = slugForHeadline(headline);
    for (let i = 1; ; i++) {
      const name = `${slug}${i === 1 ? '' : `-${i}`}${ARTICLE_EXTENSION}`;
      if (name === except || !(await exists(path.join(dir, name)))) return name;
    }
  }

  list(): Promise<ArticleSummary[]> {
    return this.serial(async () => {
      const list = await this.listIn(this.root);
      this.indexSoon();
      return list;
    });
  }

  /**
   * Articles the list has just read go into the search index right after the list is answered
   * (a new library's first listing reads them all): from what the list read, and in turns that
   * let other calls through, so the first search finds the index built or nearly so.
   */
  private indexSoon() {
    if (this.searchIndex.hasOffers) this.searchIndex.syncSoon(this.catalog.stamps());
  }

  listTrash(): Promise<ArticleSummary[]> {
    return this.serial(() => this.listIn(path.join(this.root, TRASH_DIR)));
  }

  private async listIn(dir: string): Promise<ArticleSummary[]> {
    if (dir === this.root) return this.catalog.list();
    const names = (await readdir(dir)).filter(isArticleFileName);
    const out: ArticleSummary[] = [];
    for (const name of names) {
      const full = path.join(dir, name);
      let st: Stats;
      try {
        st = await lstat(full);
      } catch {
        continue;
      }
      if (st.isSymbolicLink()) {
        try {
          await confinedPath(this.root, dir, name);
          st = await stat(full);
        } catch {
          continue; // a link out of the library is not ours to show
        }
      }
      if (!st.isFile()) continue;
      const cached = this.summaries.get(full);
      if (cached && cached.size === st.size && cached.mtimeMs === st.mtimeMs) {
        out.push(cached.summary);
        continue;
      }
      const summary = await readSummary(full, name, st.mtime);
      this.summaries.set(full, { size: st.size, mtimeMs: st.mtimeMs, summary });
      out.push(summary);
    }
    return out.sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : a.path.localeCompare(b.path)));
  }

  open(name: string): Promise<OpenedArticle> {
    return this.serial(async () => {
      const { name: checked, full } = await this.articlePath(name);
      const { article, stamp } = await this.readArticleFile(full, checked);
      return { path: checked, article, stamp };
    });
  }

  /** The file as it is on disk now, or null when it is gone. */
  async diskStamp(name: string): Promise<FileStamp | null> {
    const { full } = await this.articlePath(name);
    try {
      const [bytes, st] = await Promise.all([readFile(full), stat(full)]);
      return stampOf(bytes, st.mtimeMs);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw fileSystemError(e, 'check', name);
    }
  }

  save(name: string, article: Article, baseStamp: FileStamp | null, overwrite = false): Promise<{ path: string; stamp: FileStamp; summary: ArticleSummary }> {
    return this.serial(async () => {
      const { name: checked, full } = await this.articlePath(name);
      await this.refuseUnreadable(full, checked, overwrite);
      if (!overwrite && baseStamp) {
        const onDisk = await this.diskStamp(checked);
        if (onDisk && onDisk.sha256 !== baseStamp.sha256) {
          throw new HostError(
            'conflict',
            `"${article.headline || checked}" was changed on disk by another program since you opened it. Your version was not saved over it; choose which version to keep.`,
            { diskStamp: onDisk },
          );
        }
      }
      const saved: Article = { ...article, modified: this.now().toISOString() };
      try {
        const stamp = await this.writeArticle(full, saved);
        this.catalog.changed(checked);
        return { path: checked, stamp, summary: summarizeArticle(checked, saved) };
      } catch (e) {
        throw fileSystemError(e, 'save', checked);
      }
    });
  }

  /**
   * A file on disk that is not a readable article (damaged, or from a newer Copydesk) is never
   * saved over by an autosave; a newer version's file is never saved over at all.
   */
  private async refuseUnreadable(full: string, name: string, overwrite: boolean): Promise<void> {
    let text: string;
    try {
      text = await readFile(full, 'utf8');
    } catch {
      return; // missing (it is written back) or unreadable (the write reports why)
    }
    try {
      parseArticle(text);
    } catch (e) {
      if (!(e instanceof ArticleFileError)) throw e;
      if (e.code === 'newer-version') {
        throw new HostError('newer-version', `"${name}" was saved by a newer Copydesk and was not saved over. ${e.message}`, { file: name });
      }
      if (!overwrite) {
        throw new HostError('corrupt-file', `"${name}" on disk is not a readable article any more. ${e.message} It was left as it is, and your text, still in the editor, was not saved over it.`, { file: name });
      }
    }
  }

  create(headline = ''): Promise<OpenedArticle> {
    return this.serial(async () => {
      const now = this.now().toISOString();
      const article = newArticle({ id: randomUUID(), now, headline });
      const name = await this.freeName(headline || 'untitled');
      try {
        const stamp = await this.writeArticle(path.join(this.root, name), article);
        this.catalog.changed(name);
        return { path: name, article, stamp };
      } catch (e) {
        throw fileSystemError(e, 'create', name);
      }
    });
  }

  /** Sets the headline and gives the file the matching name, never replacing another file. */
  rename(name: string, headline: string): Promise<OpenedArticle> {
    return this.serial(async () => {
      const { name: from, full } = await this.articlePath(name);
      const { article } = await this.readArticleFile(full, from);
      const updated: Article = { ...article, headline, modified: this.now().toISOString() };
      try {
        let stamp = await this.writeArticle(full, updated);
        const to = await this.freeName(headline || 'untitled', this.root, from);
        if (to !== from) {
          await moveNoReplace(full, path.join(this.root, to));
          stamp = { ...stamp, mtimeMs: (await stat(path.join(this.root, to))).mtimeMs };
        }
        this.catalog.changed(from);
        this.catalog.changed(to);
        return { path: to, article: updated, stamp };
      } catch (e) {
        throw fileSystemError(e, 'rename', from);
      }
    });
  }

  duplicate(name: string): Promise<OpenedArticle> {
    return this.serial(async () => {
      const { name: from, full } = await this.articlePath(name);
      const { article } = await this.readArticleFile(full, from);
      const now = this.now().toISOString();
      const copy: Article = { ...article, id: randomUUID(), headline: `${article.headline || 'Untitled'} (copy)`, created: now, modified: now };
      const to = await this.freeName(copy.headline);
      try {
        const stamp = await this.writeArticle(path.join(this.root, to), copy);
        this.catalog.changed(to);
        return { path: to, article: copy, stamp };
      } catch (e) {
        throw fileSystemError(e, 'duplicate', from);
      }
    });
  }

  /** Moves an article into the library's trash folder. Nothing is ever deleted. */
  trash(name: string): Promise<{ trashPath: string }> {
    return this.serial(async () => {
      const { name: from, full } = await this.articlePath(name);
      if (!(await exists(full))) throw new HostError('not-found', `There is no article "${from}" in the library.`);
      const trashDir = path.join(this.root, TRASH_DIR);
      let to = from;
      for (let i = 2; await exists(path.join(trashDir, to)); i++) to = from.replace(ARTICLE_EXTENSION, `-${i}${ARTICLE_EXTENSION}`);
      try {
        await moveNoReplace(full, path.join(trashDir, to));
      } catch (e) {
        throw fileSystemError(e, 'move to the trash', from);
      }
      this.catalog.changed(from);
      return { trashPath: to };
    });
  }

  restore(trashName: string): Promise<{ path: string }> {
    return this.serial(async () => {
      const checked = checkArticleName(trashName);
      const trashDir = path.join(this.root, TRASH_DIR);
      const full = await confinedPath(this.root, trashDir, checked);
      if (!(await exists(full))) throw new HostError('not-found', `There is no "${checked}" in the trash.`);
      let to = checked;
      for (let i = 2; await exists(path.join(this.root, to)); i++) to = checked.replace(ARTICLE_EXTENSION, `-${i}${ARTICLE_EXTENSION}`);
      try {
        await moveNoReplace(full, path.join(this.root, to));
      } catch (e) {
        throw fileSystemError(e, 'restore', checked);
      }
      this.catalog.changed(to);
      return { path: to };
    });
  }

  /** Articles whose headline, standfirst, byline or text match every word of `query`, best first. */
  search(query: string, limit?: number): Promise<SearchResult[]> {
    return this.serial(async () => {
      await this.catalog.list();
      await this.searchIndex.sync(this.catalog.stamps());
      return this.searchIndex.search(query, limit);
    });
  }

  /** Writes the library and search indexes to disk now instead of after their short delay. */
  flushIndexes(): Promise<void> {
    return this.serial(async () => {
      await this.catalog.flush();
      await this.searchIndex.flush();
    });
  }

  /** Stops watching the folder and writes pending index changes. */
  close(): Promise<void> {
    return this.serial(async () => {
      await this.catalog.close();
      await this.searchIndex.flush();
    });
  }

  /** Absolute path of a file in the media folder, for serving it; refuses anything else. */
  async mediaFile(relative: string): Promise<string> {
    const parts = relative.split('/');
    if (parts.includes('..') || relative.includes('\\')) throw new HostError('outside-library', `"${relative}" points outside the media folder.`);
    if (parts[0] !== MEDIA_DIR || parts.length < 2 || parts.length > 3) throw new HostError('invalid-path', `"${relative}" is not a media file.`);
    let dir = path.join(this.root, MEDIA_DIR);
    for (const part of parts.slice(1, -1)) dir = path.join(dir, checkPlainName(part, 'media'));
    return confinedPath(this.root, dir, checkPlainName(parts[parts.length - 1], 'media'));
  }
}

async function exists(p: string): Promise<boolean> {
  try {
    await lstat(p);
    return true;
  } catch {
    return false;
  }
}

/** Renames `from` to `to` only if `to` does not exist (a hard link fails on an existing target). */
async function moveNoReplace(from: string, to: string): Promise<void> {
  try {
    await link(from, to);
    await unlink(from);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new HostError('already-exists', `"${path.basename(to)}" already exists; nothing was replaced.`);
    if (code === 'EPERM' || code === 'ENOTSUP' || code === 'EXDEV' || code === 'EOPNOTSUPP') {
      // File systems without hard links (FAT, some network drives): check, then rename.
      if (await exists(to)) throw new HostError('already-exists', `"${path.basename(to)}" already exists; nothing was replaced.`);
      await rename(from, to);
      return;
    }
    throw e;
  }
}
