import type { NewsroomRevision } from '../../shared/newsroom/protocol';
import type { HistoryRevision, RevisionSource } from '../history/revision-source';
import type { NewsroomClient } from './client';

const REASONS: Record<NewsroomRevision['reason'], string> = { manual: 'Saved', auto: 'Autosaved', shared: 'Shared' };

/** How often an open History asks the newsroom again: a colleague's Save shows within this. */
const REFRESH_MS = 5_000;

/** A shared story's revisions, as the newsroom keeps them (at every Save, every few minutes while edited, and when it was shared). */
export function newsroomRevisions(client: NewsroomClient, storyId: string): RevisionSource {
  const label = (r: NewsroomRevision) => (r.by ? `${REASONS[r.reason]} by ${r.by}` : REASONS[r.reason]);
  return {
    list: async () => (await client.revisions(storyId)).map((r): HistoryRevision => ({ id: r.id, at: r.at, words: r.words, label: label(r) })),
    read: (id) => client.readRevision(storyId, id),
    refreshMs: REFRESH_MS,
  };
}
