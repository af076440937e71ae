import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Contributor } from '../../../shared/article';
import { type FileStamp, HostError } from '../../../shared/contract';
import {
  CONTRIBUTOR_DIRECTORY_FORMAT,
  cleanName,
  contributorDirectorySchema,
  type DirectoryEntry,
  forgetEntry,
  mergeEntries,
  nameKey,
  renameEntry,
  renameInArticle,
} from '../../../shared/contributors';
import { writeFileAtomic } from '../fs/atomic-write';
import { APP_DIR, type ArticleLibrary, fileSystemError } from '../library';

export const DIRECTORY_FILE = path.join(APP_DIR, 'contributors.json');

export interface RenamedArticle {
  path: string;
  stamp: FileStamp;
}

/** How often a rename re-reads an article that changed on disk while it was being rewritten. */
const CONFLICT_RETRIES = 3;

/**
 * The library's contributor directory (`.copydesk/contributors.json`). A library that has no
 * directory yet starts one from the bylines of its articles, so the people it already credits
 * are offered from the first keystroke. Writes are atomic and run one at a time.
 */
export class ContributorDirectoryService {
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly library: ArticleLibrary) {}

  get file(): string {
    return path.join(this.library.root, DIRECTORY_FILE);
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  list(): Promise<DirectoryEntry[]> {
    return this.serial(() => this.read());
  }

  /** Remembers the names of these contributors (and their latest role, affiliation, contact). */
  remember(contributors: Contributor[]): Promise<DirectoryEntry[]> {
    return this.serial(async () => {
      const current = await this.read();
      const next = mergeEntries(current, contributors);
      if (JSON.stringify(next) !== JSON.stringify(current)) await this.write(next);
      return next;
    });
  }

  /**
   * Renames a contributor in the directory and in every article that credits them. Each
   * article is rewritten through the library's save, with the stamp it was read with: a
   * file changed by someone else meanwhile is read again, never overwritten blindly.
   */
  rename(from: string, to: string): Promise<{ contributors: DirectoryEntry[]; articles: RenamedArticle[] }> {
    return this.serial(async () => {
      const newName = cleanName(to);
      if (!newName) throw new HostError('invalid-argument', 'Type the new name first; a contributor cannot be renamed to nothing.');
      const current = await this.read();
      if (!current.some((e) => nameKey(e.name) === nameKey(from))) {
        throw new HostError('not-found', `“${from}” is not in the contributor directory.`);
      }
      const articles: RenamedArticle[] = [];
      const key = nameKey(from);
      for (const summary of await this.library.list()) {
        // The list's byline text names everyone credited: skip articles that cannot match.
        if (summary.problem || !nameKey(summary.byline).includes(key)) continue;
        const renamed = await this.renameIn(summary.path, from, newName);
        if (renamed) articles.push(renamed);
      }
      const next = renameEntry(current, from, newName);
      await this.write(next);
      return { contributors: next, articles };
    });
  }

  /** Takes `name` out of the directory; the articles that credit it are not touched. */
  forget(name: string): Promise<DirectoryEntry[]> {
    return this.serial(async () => {
      const current = await this.read();
      const next = forgetEntry(current, name);
      if (next.length === current.length) throw new HostError('not-found', `“${name}” is not in the contributor directory.`);
      await this.write(next);
      return next;
    });
  }

  private async renameIn(articlePath: string, from: string, to: string): Promise<RenamedArticle | null> {
    for (let attempt = 0; ; attempt++) {
      const opened = await this.library.open(articlePath);
      const updated = renameInArticle(opened.article, from, to);
      if (!updated) return null;
      try {
        const saved = await this.library.save(articlePath, updated, opened.stamp);
        return { path: saved.path, stamp: saved.stamp };
      } catch (e) {
        if (e instanceof HostError && e.code === 'conflict' && attempt < CONFLICT_RETRIES) continue;
        throw e;
      }
    }
  }

  private async read(): Promise<DirectoryEntry[]> {
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return this.seedFromArticles();
      throw fileSystemError(e, 'read the contributor directory', DIRECTORY_FILE);
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw damaged('it is not valid JSON');
    }
    const parsed = contributorDirectorySchema.safeParse(json);
    if (!parsed.success) throw damaged(`${parsed.error.issues[0].path.join('.') || 'top level'}: ${parsed.error.issues[0].message}`);
    return parsed.data.contributors;
  }

  private async seedFromArticles(): Promise<DirectoryEntry[]> {
    const credited: Contributor[] = [];
    for (const summary of await this.library.list()) {
      if (summary.problem || !summary.byline) continue;
      try {
        credited.push(...(await this.library.open(summary.path)).article.byline.contributors);
      } catch {
        // A damaged article is reported by the library list; it has nobody to offer here.
      }
    }
    return mergeEntries([], credited);
  }

  private async write(entries: DirectoryEntry[]): Promise<void> {
    const text = `${JSON.stringify({ format: CONTRIBUTOR_DIRECTORY_FORMAT, version: 1, contributors: entries }, null, 2)}\n`;
    try {
      await writeFileAtomic(this.file, text);
    } catch (e) {
      throw fileSystemError(e, 'save the contributor directory', DIRECTORY_FILE);
    }
  }
}

function damaged(reason: string): HostError {
  return new HostError(
    'corrupt-file',
    `The contributor directory (${DIRECTORY_FILE} in the library folder) is damaged (${reason}). It was left as it is; fix or remove it, and Copydesk will start a new one from your articles.`,
  );
}
