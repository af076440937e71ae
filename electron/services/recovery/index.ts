import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { type Article, articleSchema, bodyNode } from '../../../shared/article';
import { fileStampSchema, type RecoveredArticle } from '../../../shared/contract';
import { writeFileAtomic } from '../fs/atomic-write';
import { fileSystemError } from '../library/errors';

/** Where unsaved changes wait for the next save (or the next start, after a crash). */
export const RECOVERY_DIR = path.join('.copydesk', 'recovery');

const journalFileSchema = z.object({
  format: z.literal('copydesk-recovery'),
  version: z.literal(1),
  path: z.string().min(1).max(400),
  journaledAt: z.string(),
  baseStamp: fileStampSchema.nullable(),
  article: articleSchema,
});

/**
 * Journal file name for an article id. Ids are UUIDs in practice, but the file could say
 * anything: a name that is not plainly safe is hashed, so an id can never reach another folder.
 */
export function journalFileName(articleId: string): string {
  if (/^[A-Za-z0-9_-]{1,100}$/.test(articleId)) return `${articleId}.json`;
  return `id-${createHash('sha256').update(articleId).digest('hex').slice(0, 40)}.json`;
}

/**
 * The recovery journal: the text of an article with unsaved changes, written (atomically) every
 * few seconds while the reporter types, and removed once the article is saved. After a crash or
 * a power cut the next start finds it here and offers it beside the saved version.
 */
export class RecoveryJournal {
  readonly dir: string;

  constructor(libraryRoot: string, private readonly now: () => Date = () => new Date()) {
    this.dir = path.join(libraryRoot, RECOVERY_DIR);
  }

  async write(entry: { path: string; article: Article; baseStamp: RecoveredArticle['baseStamp'] }): Promise<{ journaledAt: string }> {
    const journaledAt = this.now().toISOString();
    const file = { format: 'copydesk-recovery', version: 1, path: entry.path, journaledAt, baseStamp: entry.baseStamp, article: entry.article };
    try {
      await mkdir(this.dir, { recursive: true });
      await writeFileAtomic(path.join(this.dir, journalFileName(entry.article.id)), `${JSON.stringify(file)}\n`);
    } catch (e) {
      throw fileSystemError(e, 'keep a recovery copy of', entry.path);
    }
    return { journaledAt };
  }

  /** The journal for this article, or null when there is none or it cannot be read. */
  async read(articleId: string): Promise<RecoveredArticle | null> {
    let text: string;
    try {
      text = await readFile(path.join(this.dir, journalFileName(articleId)), 'utf8');
    } catch {
      return null;
    }
    return parseJournal(text);
  }

  async clear(articleId: string): Promise<void> {
    await rm(path.join(this.dir, journalFileName(articleId)), { force: true });
  }

  /** Every readable journal, newest first. */
  async list(): Promise<RecoveredArticle[]> {
    let names: string[];
    try {
      names = (await readdir(this.dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    } catch {
      return [];
    }
    const out: RecoveredArticle[] = [];
    for (const name of names) {
      const entry = parseJournal(await readFile(path.join(this.dir, name), 'utf8').catch(() => ''));
      if (entry) out.push(entry);
    }
    return out.sort((a, b) => (a.journaledAt < b.journaledAt ? 1 : -1));
  }
}

function parseJournal(text: string): RecoveredArticle | null {
  try {
    const parsed = journalFileSchema.safeParse(JSON.parse(text));
    if (!parsed.success) return null;
    bodyNode(parsed.data.article.body);
    const { path, journaledAt, baseStamp, article } = parsed.data;
    return { path, journaledAt, baseStamp, article };
  } catch {
    return null;
  }
}
