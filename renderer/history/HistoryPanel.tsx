import { useEffect, useState } from 'react';
import type { Article } from '../../shared/article';
import type { RevisionInfo, RevisionReason } from '../../shared/contract';
import { errorMessage, getHost } from '../host';
import { formatModified } from '../library/LibraryPanel';
import { VersionPreview } from '../recovery/VersionPreview';

const REASON_LABELS: Record<RevisionReason, string> = {
  manual: 'Saved',
  autosave: 'Autosaved',
  'before-restore': 'Before a restore',
  'replaced-on-disk': 'Replaced version',
};

interface HistoryPanelProps {
  articleId: string;
  /** The current text, to compare a revision with. */
  current: () => Article | null;
  /** Changes whenever a save may have added a revision. */
  refreshKey: number;
  onRestore(article: Article): Promise<void>;
  onClose(): void;
}

/** Every kept revision of the story, newest first; any one can be read and restored. */
export function HistoryPanel({ articleId, current, refreshKey, onRestore, onClose }: HistoryPanelProps) {
  const [revisions, setRevisions] = useState<RevisionInfo[] | null>(null);
  const [selected, setSelected] = useState<{ info: RevisionInfo; article: Article } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [restored, setRestored] = useState(0);

  useEffect(() => {
    let live = true;
    getHost()
      .listRevisions({ articleId })
      .then((r) => live && setRevisions(r.revisions), (e) => live && setMessage(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [articleId, refreshKey, restored]);

  const view = async (info: RevisionInfo) => {
    try {
      setMessage(null);
      setSelected({ info, article: (await getHost().readRevision({ articleId, revisionId: info.id })).article });
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };

  const now = selected ? current() : null;
  return (
    <aside className="history-panel" role="region" aria-label="History" tabIndex={-1}>
      <header className="history-head">
        <h2>History</h2>
        <button type="button" className="icon-button" aria-label="Close history" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="history-note">A revision is kept at every Save and every few minutes while autosaving.</p>
      {message && (
        <p className="history-message" role="alert">
          {message}
        </p>
      )}
      {revisions === null ? (
        <p className="history-note">Loading…</p>
      ) : revisions.length === 0 ? (
        <p className="history-note">No revisions yet. Press Save to keep one.</p>
      ) : (
        <ol className="revision-list" aria-label="Revisions">
          {revisions.map((r) => (
            <li key={r.id}>
              <button
                type="button"
                className={`revision-item${selected?.info.id === r.id ? ' is-selected' : ''}`}
                aria-pressed={selected?.info.id === r.id}
                onClick={() => void view(r)}
              >
                {/* What was kept first, then when: the button's name is its visible text, in this order (WCAG 2.5.3). */}
                <span className="revision-meta">
                  {REASON_LABELS[r.reason]} · {r.words.toLocaleString()} words
                </span>
                <span className="revision-time">{formatModified(r.at)}</span>
              </button>
            </li>
          ))}
        </ol>
      )}
      {selected && (
        <div className="revision-view">
          <div className="revision-actions">
            <button
              type="button"
              className="primary"
              onClick={() =>
                onRestore(selected.article).then(
                  () => {
                    setMessage(`Restored the version from ${formatModified(selected.info.at)}. Undo brings back the text you had.`);
                    setRestored((n) => n + 1);
                  },
                  (e) => setMessage(errorMessage(e)),
                )
              }
            >
              Restore this version
            </button>
          </div>
          <VersionPreview
            title={`Revision of ${formatModified(selected.info.at)}`}
            meta={`${REASON_LABELS[selected.info.reason]} · ${selected.info.words.toLocaleString()} words`}
            article={selected.article}
            compareTo={now ?? undefined}
          />
        </div>
      )}
    </aside>
  );
}
