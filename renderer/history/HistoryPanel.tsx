import type { EditorView } from 'prosemirror-view';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { Article } from '../../shared/article';
import type { EditorStore } from '../article/editor-store';
import { errorMessage } from '../host';
import { formatModified } from '../library/LibraryPanel';
import { VersionPreview } from '../recovery/VersionPreview';
import { ComparisonView } from './ComparisonView';
import { type CompareSide, CURRENT, canRestore, compareSides, inOrder, restoreInEditor } from './compare-versions';
import type { HistoryRevision, RevisionSource } from './revision-source';

interface HistoryPanelProps {
  /** Where the story's revisions are kept (a new object only when that changes). */
  source: RevisionSource;
  /** Says where revisions come from, above the list. */
  note?: string;
  /** The current text, to compare a revision with. */
  current: () => Article | null;
  /** The story's editor: the current text's body, and where "Restore this paragraph" puts a paragraph back. */
  editor: { readonly current: EditorView | null };
  /** Told of every editor transaction: a comparison with the current text follows the typing. */
  changes: Pick<EditorStore, 'subscribe' | 'getState'>;
  /** Changes whenever a save may have added a revision. */
  refreshKey: number;
  onRestore(article: Article): Promise<void>;
  onClose(): void;
}

/** Every kept revision of the story, newest first; any one can be read and restored. */
/** How long typing pauses before a comparison with the current text is made again. */
const FOLLOW_DELAY_MS = 400;

/**
 * Counts pauses in the typing while `active`, so a comparison with the current text follows the
 * story (an undo after "Restore this paragraph" included) without comparing at every keystroke.
 */
function useDocChanges(changes: HistoryPanelProps['changes'], active: boolean): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    if (!active) return;
    let doc = changes.getState()?.doc;
    let timer: number | undefined;
    const stop = changes.subscribe(() => {
      const next = changes.getState()?.doc;
      if (next === doc) return; // the selection moved; the text is the same
      doc = next;
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setCount((n) => n + 1), FOLLOW_DELAY_MS);
    });
    return () => {
      stop();
      window.clearTimeout(timer);
    };
  }, [changes, active]);
  return count;
}

const sameRevisions = (a: HistoryRevision[], b: HistoryRevision[]) =>
  a.length === b.length && a.every((r, i) => r.id === b[i]?.id && r.label === b[i]?.label && r.words === b[i]?.words);

export function HistoryPanel({ source, note, current, editor, changes, refreshKey, onRestore, onClose }: HistoryPanelProps) {
  const [revisions, setRevisions] = useState<HistoryRevision[] | null>(null);
  const [selected, setSelected] = useState<{ info: HistoryRevision; article: Article } | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [restored, setRestored] = useState(0);
  /** The other side to compare the selected revision with: CURRENT or a revision's id. */
  const [compareWith, setCompareWith] = useState(CURRENT);
  const [pair, setPair] = useState<{ older: CompareSide; newer: CompareSide } | null>(null);
  /** Counts paragraphs restored here: the current text changed, so it is compared again. */
  const [edits, setEdits] = useState(0);
  /** The newest Compare click; an older one still reading its revision gives way. */
  const asked = useRef(0);
  const compareWithId = useId();

  // biome-ignore lint/correctness/useExhaustiveDependencies: `refreshKey` and `restored` say when a revision may have been added
  useEffect(() => {
    let live = true;
    source.list().then(
      (r) => live && setRevisions(r),
      (e) => live && setMessage(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [source, refreshKey, restored]);

  // Revisions others save (a shared story's): the list is read again while History is open. A read
  // that fails keeps the list shown (the next may reach the newsroom); an unchanged list is kept as it is.
  useEffect(() => {
    const every = source.refreshMs;
    if (!every) return;
    let live = true;
    const timer = window.setInterval(() => {
      source.list().then(
        (r) => live && setRevisions((shown) => (shown && sameRevisions(shown, r) ? shown : r)),
        () => {},
      );
    }, every);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [source]);

  const view = async (info: HistoryRevision) => {
    try {
      setMessage(null);
      asked.current++;
      setPair(null);
      if (compareWith === info.id) setCompareWith(CURRENT);
      setSelected({ info, article: await source.read(info.id) });
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };

  /** Compares the selected revision with `other` (CURRENT or a revision id), older side first. */
  const compare = async (other: string) => {
    if (!selected) return;
    const ticket = ++asked.current;
    try {
      setMessage(null);
      let side: CompareSide = { kind: 'current' };
      if (other !== CURRENT) {
        const info = revisions?.find((r) => r.id === other);
        if (!info) return;
        side = { kind: 'revision', info, article: await source.read(info.id) };
      }
      if (ticket === asked.current) setPair(inOrder({ kind: 'revision', ...selected }, side));
    } catch (e) {
      setMessage(errorMessage(e));
    }
  };

  const typed = useDocChanges(changes, pair?.newer.kind === 'current');
  // The current text is read from the editor when compared: again after a restore here, when the
  // typing pauses, and after every save.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `edits`, `typed` and `refreshKey` say when the current text may have changed
  const compared = useMemo(() => {
    if (!pair) return null;
    try {
      const comparison = compareSides(pair.older, pair.newer, { article: current(), editor: editor.current });
      return comparison ? { comparison } : { problem: 'The story is not open in the editor.' };
    } catch (e) {
      return { problem: `Could not compare these versions: ${errorMessage(e)}` };
    }
  }, [pair, edits, typed, refreshKey, current, editor]);

  const restoreBlock = (index: number) => {
    const view = editor.current;
    if (!view || !compared?.comparison) return;
    if (restoreInEditor(view, compared.comparison, index)) {
      setMessage('Restored the paragraph. Undo (Ctrl+Z) in the story brings back the text you had.');
      // The paragraph is back where the reporter reads and undoes: in the story, with the cursor in it.
      view.focus();
    } else setMessage('The story changed since this comparison, so nothing was restored. Here it is compared again.');
    setEdits((n) => n + 1);
  };

  const sideLabel = (side: CompareSide) => (side.kind === 'current' ? 'Current text' : `${side.info.label}, ${formatModified(side.info.at)}`);
  const now = selected && !pair ? current() : null;
  return (
    <aside className="history-panel" role="region" aria-label="History" tabIndex={-1}>
      <header className="history-head">
        <h2>History</h2>
        <button type="button" className="icon-button" aria-label="Close history" onClick={onClose}>
          ×
        </button>
      </header>
      <p className="history-note">{note ?? 'A revision is kept at every Save and every few minutes while autosaving.'}</p>
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
                  {r.label} · {r.words.toLocaleString()} words
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
                    setEdits((n) => n + 1);
                  },
                  (e) => setMessage(errorMessage(e)),
                )
              }
            >
              Restore this version
            </button>
          </div>
          <div className="compare-controls">
            <label htmlFor={compareWithId}>Compare with</label>
            <select
              id={compareWithId}
              value={compareWith}
              onChange={(e) => {
                setCompareWith(e.target.value);
                // A comparison on show follows the choice; otherwise Compare shows it.
                if (pair) void compare(e.target.value);
              }}
            >
              <option value={CURRENT}>Current text</option>
              {(revisions ?? [])
                .filter((r) => r.id !== selected.info.id)
                .map((r) => (
                  <option key={r.id} value={r.id}>
                    {r.label} · {r.words.toLocaleString()} words · {formatModified(r.at)}
                  </option>
                ))}
            </select>
            <button type="button" onClick={() => void compare(compareWith)}>
              Compare
            </button>
            {pair && (
              <button type="button" className="link-button" onClick={() => setPair(null)}>
                Hide comparison
              </button>
            )}
          </div>
          {pair && compared?.comparison ? (
            <ComparisonView
              comparison={compared.comparison}
              olderLabel={sideLabel(pair.older)}
              newerLabel={sideLabel(pair.newer)}
              // Only the editor's text can take a paragraph back.
              canRestore={pair.newer.kind === 'current' ? (i) => canRestore(compared.comparison, i) : undefined}
              onRestore={pair.newer.kind === 'current' ? restoreBlock : undefined}
            />
          ) : pair && compared?.problem ? (
            <p className="history-message" role="alert">
              {compared.problem}
            </p>
          ) : (
            <VersionPreview
              title={`Revision of ${formatModified(selected.info.at)}`}
              meta={`${selected.info.label} · ${selected.info.words.toLocaleString()} words`}
              article={selected.article}
              compareTo={now ?? undefined}
            />
          )}
        </div>
      )}
    </aside>
  );
}
