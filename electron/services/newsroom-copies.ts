import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, stat, unlink } from 'node:fs/promises';
import path from 'node:path';
import { type Article, parseArticle, serializeArticle } from '../../shared/article';
import type { NewsroomSettings } from '../../shared/contract';
import { writeFileAtomic } from './fs/atomic-write';

/**
 * What this computer keeps of the newsroom, inside the library's own folder (.copydesk), so a
 * library moved or backed up carries it along:
 * - `newsroom.json`: the address and the account's token (a credential: it stays in this file,
 *   is never logged, and never reaches the browser's storage);
 * - `newsroom/SERVER/ID.yjs`: each shared story the person opened, as its Yjs state, so it opens
 *   with no network and what was typed offline merges when the newsroom is back;
 * - `newsroom/SERVER/ID.copydesk.json` beside it: the same story as a readable article file, for
 *   search, export and recovery by hand. It is not in the library's root, so it is never listed
 *   as a second local story.
 * Every write is atomic (a crash leaves the old copy or the new one, never half of one).
 */
const SETTINGS_FILE = path.join('.copydesk', 'newsroom.json');
const COPIES_DIR = path.join('.copydesk', 'newsroom');

export class NewsroomCopies {
  constructor(private readonly root: string) {}

  async settings(): Promise<NewsroomSettings | null> {
    try {
      const data = JSON.parse(await readFile(path.join(this.root, SETTINGS_FILE), 'utf8')) as Partial<NewsroomSettings>;
      if (typeof data.address !== 'string' || typeof data.token !== 'string' || !data.address || !data.token) return null;
      const role = ['reporter', 'editor', 'viewer', 'admin'].includes(data.role as string) ? data.role : undefined;
      return { address: data.address, token: data.token, ...(typeof data.name === 'string' ? { name: data.name } : {}), ...(role ? { role } : {}) };
    } catch {
      return null;
    }
  }

  async setSettings(settings: NewsroomSettings | null): Promise<void> {
    const file = path.join(this.root, SETTINGS_FILE);
    if (!settings) {
      await unlink(file).catch(() => undefined);
      return;
    }
    await mkdir(path.dirname(file), { recursive: true });
    // Readable by this account only: the file holds a credential.
    await writeFileAtomic(file, `${JSON.stringify(settings, null, 2)}\n`, { mode: 0o600 });
  }

  async load(server: string, storyId: string): Promise<Uint8Array | null> {
    try {
      return await readFile(this.file(server, storyId, '.yjs'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  /** Whether a story's state is kept here. */
  async has(server: string, storyId: string): Promise<boolean> {
    return stat(this.file(server, storyId, '.yjs')).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  async save(server: string, storyId: string, state: Uint8Array, article?: Article): Promise<void> {
    await mkdir(this.dir(server), { recursive: true });
    await writeFileAtomic(this.file(server, storyId, '.yjs'), state);
    if (article) await writeFileAtomic(this.file(server, storyId, '.copydesk.json'), serializeArticle(article));
  }

  /** A shared story's readable copy (what Export of a shared story exports), or null when none is kept. */
  async readable(server: string, storyId: string): Promise<Article | null> {
    try {
      return parseArticle(await readFile(this.file(server, storyId, '.copydesk.json'), 'utf8'));
    } catch {
      return null;
    }
  }

  /** The readable copies kept for a newsroom (a damaged one is skipped: its .yjs state is what counts). */
  async list(server: string): Promise<{ id: string; article: Article }[]> {
    let names: string[];
    try {
      names = await readdir(this.dir(server));
    } catch {
      return [];
    }
    const out: { id: string; article: Article }[] = [];
    for (const name of names) {
      if (!name.endsWith('.copydesk.json')) continue;
      try {
        const article = parseArticle(await readFile(path.join(this.dir(server), name), 'utf8'));
        const fileId = name.slice(0, -'.copydesk.json'.length);
        // (A hashed file name stands for an odd id; the newsroom names a story by its article's id.)
        out.push({ id: fileId.startsWith('h-') && copyName(article.id) === fileId ? article.id : fileId, article });
      } catch {
        // skipped
      }
    }
    return out;
  }

  private dir(server: string): string {
    // (The contract allows only [a-z0-9._-] in a server key; "." and ".." are refused here too.)
    if (!/^[a-z0-9._-]+$/.test(server) || /^\.+$/.test(server)) throw new Error(`"${server}" is not a newsroom folder name.`);
    return path.join(this.root, COPIES_DIR, server);
  }

  private file(server: string, storyId: string, ext: string): string {
    return path.join(this.dir(server), `${copyName(storyId)}${ext}`);
  }
}

/** A story id as a file name: itself when it is plain, else a hash of it (ids are the server's to choose). */
export function copyName(storyId: string): string {
  return /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/.test(storyId) ? storyId : `h-${createHash('sha256').update(storyId).digest('hex').slice(0, 32)}`;
}
