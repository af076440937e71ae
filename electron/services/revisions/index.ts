import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { type Article, articleSchema, articleWordCount, bodyNode, serializeArticle } from '../../../shared/article';
import { HostError, type RevisionInfo, type RevisionReason, REVISION_REASONS } from '../../../shared/contract';
import { writeFileAtomic } from '../fs/atomic-write';
import { journalFileName } from '../recovery';
import { fileSystemError } from '../library/errors';
import { revisionsToKeep } from './thinning';

export { revisionsToKeep, HOUR_MS, DAY_MS, MAX_REVISIONS } from './thinning';

export const REVISIONS_DIR = path.join('.copydesk', 'revisions');
/** Autosaves leave a revision at most this often; manual saves always do. */
export const AUTOSAVE_REVISION_INTERVAL_MS = 5 * 60 * 1000;

const REVISION_ID = new RegExp(`^(\\d{13})-(${REVISION_REASONS.join('|')})-(\\d{1,9})w$`);

const revisionFileSchema = z.object({
  format: z.literal('copydesk-revision'),
  version: z.literal(1),
  at: z.string(),
  reason: z.enum(REVISION_REASONS),
  sha256: z.string(),
  article: articleSchema,
});

function parseId(id: string): { ms: number; reason: RevisionReason; words: number } | null {
  const m = REVISION_ID.exec(id);
  return m ? { ms: Number(m[1]), reason: m[2] as RevisionReason, words: Number(m[3]) } : null;
}

const contentHash = (article: Article) => createHash('sha256').update(serializeArticle({ ...article, modified: '' })).digest('hex');

/**
 * Revision history: snapshots of an article in `.copydesk/revisions/<article-id>/`, one file per
 * snapshot named `<ms>-<reason>-<words>w.json` so the list needs no reading. Thinned after each
 * snapshot (see thinning.ts).
 */
export class RevisionStore {
  readonly dir: string;

  constructor(libraryRoot: string, private readonly now: () => Date = () => new Date()) {
    this.dir = path.join(libraryRoot, REVISIONS_DIR);
  }

  private folder(articleId: string): string {
    return path.join(this.dir, journalFileName(articleId).replace(/\.json$/, ''));
  }

  async list(articleId: string): Promise<RevisionInfo[]> {
    let names: string[];
    try {
      names = await readdir(this.folder(articleId));
    } catch {
      return [];
    }
    const out: RevisionInfo[] = [];
    for (const name of names) {
      if (!name.endsWith('.json')) continue;
      const id = name.slice(0, -5);
      const parsed = parseId(id);
      if (parsed) out.push({ id, at: new Date(parsed.ms).toISOString(), reason: parsed.reason, words: parsed.words });
    }
    return out.sort((a, b) => (a.id < b.id ? 1 : -1));
  }

  async read(articleId: string, revisionId: string): Promise<Article> {
    if (!parseId(revisionId)) throw new HostError('invalid-argument', `"${revisionId}" is not a revision of this story.`);
    let text: string;
    try {
      text = await readFile(path.join(this.folder(articleId), `${revisionId}.json`), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw new HostError('not-found', 'That revision is no longer in the history.');
      throw fileSystemError(e, 'read', 'a revision');
    }
    try {
      const parsed = revisionFileSchema.parse(JSON.parse(text));
      bodyNode(parsed.article.body);
      return parsed.article;
    } catch {
      throw new HostError('corrupt-file', 'That revision is damaged and cannot be shown. The other revisions are not affected.');
    }
  }

  /**
   * Keeps a snapshot of the article. An autosave snapshot is skipped when the last one is
   * younger than AUTOSAVE_REVISION_INTERVAL_MS; any snapshot is skipped when the text is the same
   * as the newest revision's. Returns the new revision, or null when none was needed.
   */
  async snapshot(article: Article, reason: RevisionReason): Promise<RevisionInfo | null> {
    const now = this.now();
    const existing = await this.list(article.id);
    const newest = existing[0];
    if (newest && reason === 'autosave' && now.getTime() - Date.parse(newest.at) < AUTOSAVE_REVISION_INTERVAL_MS) return null;
    const sha256 = contentHash(article);
    if (newest) {
      const last = await this.read(article.id, newest.id).catch(() => null);
      if (last && contentHash(last) === sha256) return null;
    }
    let ms = now.getTime();
    // Two snapshots within the same millisecond get distinct names.
    while (existing.some((r) => Date.parse(r.at) === ms)) ms++;
    const words = articleWordCount(article);
    const id = `${String(ms).padStart(13, '0')}-${reason}-${words}w`;
    const folder = this.folder(article.id);
    try {
      await mkdir(folder, { recursive: true });
      const file = { format: 'copydesk-revision', version: 1, at: new Date(ms).toISOString(), reason, sha256, article };
      await writeFileAtomic(path.join(folder, `${id}.json`), `${JSON.stringify(file)}\n`);
    } catch (e) {
      throw fileSystemError(e, 'keep a revision of', article.headline || 'the story');
    }
    await this.thin(article.id, now.getTime());
    return { id, at: new Date(ms).toISOString(), reason, words };
  }

  private async thin(articleId: string, now: number): Promise<void> {
    const all = await this.list(articleId);
    const keep = revisionsToKeep(all.map((r) => Date.parse(r.at)), now);
    for (const [i, r] of all.entries()) {
      if (!keep.has(i)) await rm(path.join(this.folder(articleId), `${r.id}.json`), { force: true });
    }
  }
}
