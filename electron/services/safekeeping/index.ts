import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { type Article, bodyNode, sameStory } from '../../../shared/article';
import { type FileStamp, type HostApi, HostError, type HostInput, type HostOutput, MAX_CHANGE_WAIT_MS } from '../../../shared/contract';
import type { ArticleLibrary } from '../library';
import { RecoveryJournal } from '../recovery';
import { RevisionStore } from '../revisions';
import { LibraryWatcher } from '../watch';

type SafetyCalls = Pick<
  HostApi,
  | 'journalArticle'
  | 'journalChanges'
  | 'getRecovery'
  | 'listRecoveries'
  | 'discardRecovery'
  | 'listRevisions'
  | 'readRevision'
  | 'snapshotRevision'
  | 'waitForLibraryChanges'
>;

export interface SafeKeeping {
  /** An article just opened: it becomes the journal entry its first changes build on (nothing is written). */
  opened(article: Article): string;
  /** The recovery copy still to offer for an article (getRecovery), in turn with journal writes and saves. */
  recoveryFor(articleId: string): Promise<HostOutput<'getRecovery'>['recovery']>;
  /** saveArticle: the library's save, then the journal cleared and a revision kept. */
  save(input: HostInput<'saveArticle'>): Promise<HostOutput<'saveArticle'>>;
  calls: SafetyCalls;
  journal: RecoveryJournal;
  revisions: RevisionStore;
  watcher: LibraryWatcher;
  close(): void;
}

/** How many articles' last journal entries the host keeps in memory. */
const JOURNAL_ENTRIES_KEPT = 16;

/**
 * Everything that keeps a reporter's words: the recovery journal, revision history, and the
 * watcher that notices changes on disk — wired around the library's save.
 */
export function createSafeKeeping(library: ArticleLibrary, options: { now?: () => Date; changeWaitMs?: number } = {}): SafeKeeping {
  const journal = new RecoveryJournal(library.root, options.now);
  const revisions = new RevisionStore(library.root, options.now);
  const watcher = new LibraryWatcher(library);
  // Journal writes and saves go one at a time, so a journal entry sent just before a save can
  // never land after the save cleared it.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task);
    queue = run.catch(() => undefined);
    return run;
  };

  // The article files this host wrote itself (saves, renames…), by name: the newest one's hash.
  const ownWrites = new Map<string, string>();
  const stopHearing = library.onWrite((name, stamp) => ownWrites.set(name, stamp.sha256));

  /**
   * A journal entry built on `baseStamp` is older than the saved file when Copydesk itself has
   * written the file since: that save carried everything typed before it. (A file changed by
   * another program keeps the entry: those are the reporter's words the change did not see.)
   */
  const supersededBy = (name: string, baseStamp: FileStamp | null, onDisk: FileStamp | null): boolean =>
    !!baseStamp && !!onDisk && onDisk.sha256 !== baseStamp.sha256 && ownWrites.get(path.basename(name)) === onDisk.sha256;

  /** A journal whose text is already what the saved file holds, or that a later save replaced, is finished with. */
  async function stillNeeded(articleId: string): Promise<Awaited<ReturnType<RecoveryJournal['read']>>> {
    const entry = await journal.read(articleId);
    if (!entry) return null;
    const saved = await library.open(entry.path).catch(() => null);
    if (saved && saved.article.id === articleId && (sameStory(saved.article, entry.article) || supersededBy(entry.path, entry.baseStamp, saved.stamp))) {
      await journal.clear(articleId);
      return null;
    }
    return entry;
  }

  const recoveryFor = (articleId: string) => serial(() => stillNeeded(articleId));

  const save: SafeKeeping['save'] = ({ path, article, baseStamp, overwrite, snapshot }) =>
    serial(async () => {
      if (overwrite) {
        // The reporter chose their version over the one on disk: that one goes into the history first.
        const onDisk = await library.open(path).catch(() => null);
        if (onDisk && (!baseStamp || onDisk.stamp.sha256 !== baseStamp.sha256) && !sameStory(onDisk.article, article)) {
          await revisions.snapshot({ ...onDisk.article, id: article.id }, 'replaced-on-disk').catch(() => null);
        }
      }
      const result = await library.save(path, article, baseStamp, overwrite);
      await journal.clear(article.id).catch(() => undefined);
      // History is a second line of defence: a failure to keep a revision does not fail the save.
      if (snapshot) await revisions.snapshot({ ...article, modified: result.summary.modified }, snapshot).catch(() => null);
      return result;
    });

  // The newest journal entry of each article recently opened or journaled, as sent: journalChanges
  // applies changes to it. The oldest are let go (their next journal is a whole one again).
  const entries = new Map<string, { entry: string; article: Article }>();
  const remember = (article: Article): string => {
    const entry = randomUUID();
    entries.delete(article.id);
    entries.set(article.id, { entry, article });
    if (entries.size > JOURNAL_ENTRIES_KEPT) entries.delete(entries.keys().next().value as string);
    return entry;
  };
  const keep = async (input: HostInput<'journalArticle'>) => {
    // An entry that reaches the host after a save of the same story it was taken before is not
    // written: the saved file already holds its words, and a copy left behind would be offered
    // as "unsaved changes" at the next open.
    if (supersededBy(input.path, input.baseStamp, await library.stampNow(input.path).catch(() => null))) {
      throw new HostError('conflict', 'This recovery copy is older than the saved story; it was not kept.');
    }
    const { journaledAt } = await journal.write(input);
    return { journaledAt, entry: remember(input.article) };
  };

  const calls: SafetyCalls = {
    journalArticle: (input) => serial(() => keep(input)),
    journalChanges: ({ path, articleId, since, baseStamp, fields, from, to, blocks }) =>
      serial(async () => {
        const last = entries.get(articleId);
        if (!last || last.entry !== since) return { journaledAt: null, entry: null };
        const content = last.article.body.content ?? [];
        if (from > to || to > content.length)
          throw new HostError('invalid-argument', `Journal changes for blocks ${from}–${to} of a story with ${content.length}.`);
        if (fields && fields.id !== articleId) throw new HostError('invalid-argument', 'Journal changes name another article.');
        const article: Article = {
          ...(fields ?? last.article),
          body: { ...last.article.body, content: [...content.slice(0, from), ...blocks, ...content.slice(to)] },
        };
        try {
          // The whole story must still be a story: a bad block never reaches the journal.
          bodyNode(article.body);
        } catch (e) {
          throw new HostError('invalid-argument', (e as Error).message);
        }
        return keep({ path, article, baseStamp });
      }),
    getRecovery: async ({ articleId }) => ({ recovery: await recoveryFor(articleId) }),
    listRecoveries: () =>
      serial(async () => {
        const recoveries = [];
        for (const entry of await journal.list()) {
          if (await stillNeeded(entry.article.id)) {
            recoveries.push({ articleId: entry.article.id, path: entry.path, headline: entry.article.headline, journaledAt: entry.journaledAt });
          }
        }
        return { recoveries };
      }),
    discardRecovery: async ({ articleId }) => {
      await serial(() => journal.clear(articleId));
      return {};
    },
    listRevisions: async ({ articleId }) => ({ revisions: await revisions.list(articleId) }),
    readRevision: async ({ articleId, revisionId }) => ({ article: await revisions.read(articleId, revisionId) }),
    snapshotRevision: async ({ article, reason }) => ({ revision: await revisions.snapshot(article, reason) }),
    waitForLibraryChanges: ({ since, timeoutMs }) => watcher.waitForChanges(since, Math.min(timeoutMs ?? options.changeWaitMs ?? 25_000, MAX_CHANGE_WAIT_MS)),
  };

  return {
    opened: remember,
    recoveryFor,
    save,
    calls,
    journal,
    revisions,
    watcher,
    close: () => {
      stopHearing();
      watcher.close();
    },
  };
}
