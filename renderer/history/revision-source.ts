import type { Article } from '../../shared/article';
import type { RevisionReason } from '../../shared/contract';
import { getHost } from '../host';

/** One kept version of a story as History lists it, wherever it is kept. */
export interface HistoryRevision {
  id: string;
  at: string;
  words: number;
  /** What kept it, as the list says it: "Saved", "Autosaved", "Saved by Ana"… */
  label: string;
}

/** Where a story's revisions are: the library on this computer, or the newsroom for a shared story. */
export interface RevisionSource {
  list(): Promise<HistoryRevision[]>;
  read(id: string): Promise<Article>;
  /**
   * Set where others add revisions too (a shared story, saved on other computers): History reads
   * the list again this often while it is open, so their saves appear without reopening it.
   */
  refreshMs?: number;
}

const REASON_LABELS: Record<RevisionReason, string> = {
  manual: 'Saved',
  autosave: 'Autosaved',
  'before-restore': 'Before a restore',
  'replaced-on-disk': 'Replaced version',
};

/** The revisions the host keeps in this computer's library. */
export function libraryRevisions(articleId: string): RevisionSource {
  return {
    list: async () =>
      (await getHost().listRevisions({ articleId })).revisions.map((r) => ({ id: r.id, at: r.at, words: r.words, label: REASON_LABELS[r.reason] })),
    read: async (id) => (await getHost().readRevision({ articleId, revisionId: id })).article,
  };
}
