import { type ReactNode, type RefObject, useSyncExternalStore } from 'react';
import { ARTICLE_STATUSES, type ArticleStatus, STATUS_LABELS } from '../../shared/article';
import type { HostApi } from '../../shared/contract';
import type { EditorStore } from '../article/editor-store';
import type { SaveState } from '../article/useArticleSession';
import { WordCount, type WordTally } from '../article/WordCount';
import { openChecksOf } from '../checks/checks-plugin';
import { LiveToolbar } from '../editor/LiveToolbar';
import { ExportMenu, type PendingCounts } from '../export/ExportMenu';
import { type DocumentImport, ImportButton } from '../export/ImportButton';
import { formatModified } from '../library/format';
import { InsertPhotoButton } from '../photos/InsertPhotoButton';
import type { PhotoInserter } from '../photos/photo-insert';
import { useBarOverflow } from './bar-overflow';
import { LIBRARY_SHORTCUT } from './library-column';
import { type MoreItem, MoreMenu } from './MoreMenu';
import type { SidePanel, SidePanelName } from './side-panel';
import type { EditMode } from '../changes/useDeskChanges';
import { MODE_SHORTCUT, NOTE_SHORTCUT } from '../changes/shortcuts';

export interface DeskBarProps {
  /** A shared newsroom story: its connection and who is in it (beside the save status), and whether it is read only. */
  shared?: { state: ReactNode; readOnly: boolean };
  /** The Library button: the library column beside or over the story, or put away. */
  library: { shown: boolean; onToggle(): void; buttonRef: RefObject<HTMLButtonElement | null> };
  /** The formatting buttons follow the editor through it. */
  store: EditorStore;
  onLink(): void;
  photos: PhotoInserter;
  status: ArticleStatus;
  onStatus(status: ArticleStatus): void;
  /** The Status select, for the Ready gate to give focus back to. */
  statusRef?: RefObject<HTMLSelectElement | null>;
  tally: WordTally;
  saveState: SaveState;
  onSave(): void;
  panel: SidePanel;
  onTogglePanel(panel: SidePanelName): void;
  host: HostApi;
  path: string;
  importer: DocumentImport;
  /** Saves the story first, so the export is what is on screen. */
  beforeExport(): Promise<unknown>;
  /** The story's pending suggestions and open notes (an export of a story with any asks how they go out). */
  pendingChanges?(): PendingCounts;
  onDuplicate(): void;
  onMoveToTrash(): void;
  onError(e: unknown): void;
  /** The desk's changes: Editing or Suggesting, Add note, and how many are pending (the Changes badge). */
  changes: { mode: EditMode; forced: boolean; onMode(mode: EditMode): void; onAddNote(): void; pending: number };
}

/**
 * The buttons that move into More when the bar is too narrow for them, in the bar's order; each
 * one's `leaves` is its turn (the least used go first). Export stays: it is a menu of its own.
 */
const MOVABLE = [
  { id: 'history', leaves: 4 },
  { id: 'sources', leaves: 6 },
  { id: 'review', leaves: 5 },
  { id: 'import', leaves: 3 },
  { id: 'duplicate', leaves: 2 },
  { id: 'trash', leaves: 1 },
] as const;
type MovableId = (typeof MOVABLE)[number]['id'];
const LEAVES = Object.fromEntries(MOVABLE.map((m) => [m.id, m.leaves])) as Record<MovableId, number>;

/**
 * The bar above the page: the Library button, formatting and Insert photo; then the story's state
 * (status, words, saved or not, Save), the panels beside it, the story's file, and More.
 */
export function DeskBar(props: DeskBarProps) {
  const { library, store, onLink, photos, panel, onTogglePanel, host, path, importer, beforeExport, pendingChanges, onDuplicate, onMoveToTrash, onError } = props;
  const { rowRef, moreRef, inMore } = useBarOverflow();
  const moved = new Set<string>(inMore);
  // One place per button: `slot` wraps it for the bar's measuring, and hides it while it is in More.
  const slot = (id: MovableId, control: ReactNode) => (
    <span className="bar-item" data-bar-item={id} data-leaves={LEAVES[id]} hidden={moved.has(id)}>
      {control}
    </span>
  );
  const menuItems: Record<MovableId, MoreItem> = {
    history: { id: 'history', label: 'History', checked: panel === 'history', onSelect: () => onTogglePanel('history') },
    sources: { id: 'sources', label: 'Sources', checked: panel === 'sources', onSelect: () => onTogglePanel('sources') },
    review: { id: 'review', label: 'Review quotes', checked: panel === 'review', onSelect: () => onTogglePanel('review') },
    import: { id: 'import', label: 'Import', disabled: importer.busy, onSelect: () => importer.input.current?.click() },
    duplicate: { id: 'duplicate', label: 'Duplicate', onSelect: onDuplicate },
    trash: { id: 'trash', label: 'Move to trash', onSelect: onMoveToTrash },
  };
  const panelsMoved = moved.has('history') && moved.has('sources') && moved.has('review');
  const { changes } = props;
  return (
    <header className="desk-bar">
      <div className="desk-tools">
        <button
          ref={library.buttonRef}
          type="button"
          className="library-toggle"
          aria-expanded={library.shown}
          aria-controls="library"
          aria-keyshortcuts={LIBRARY_SHORTCUT.aria}
          title={`Show or hide the library (${LIBRARY_SHORTCUT.label})`}
          onClick={library.onToggle}
        >
          <LibraryIcon />
          Library
        </button>
        <LiveToolbar store={store} onLink={onLink} />
        <InsertPhotoButton inserter={photos} />
        {/* The copy desk's tools sit with the writing tools: checks, the desk's changes, the mode, notes. */}
        <div className="desk-review" role="group" aria-label="Desk">
          <ChecksButton store={store} pressed={panel === 'checks'} onClick={() => onTogglePanel('checks')} />
          <button
            type="button"
            className="checks-toggle"
            aria-pressed={panel === 'changes'}
            onClick={() => onTogglePanel('changes')}
            title={changes.pending ? `${changes.pending} pending suggestions and open notes` : 'Suggestions and notes'}
          >
            Changes
            {changes.pending > 0 && (
              <span className="checks-badge changes-badge" aria-hidden="true">
                {changes.pending}
              </span>
            )}
          </button>
          <ModeSwitch {...changes} />
          <button
            type="button"
            className="tool"
            aria-label="Add note"
            aria-keyshortcuts={NOTE_SHORTCUT.aria}
            title={`Add note on the selected words (${NOTE_SHORTCUT.label})`}
            onMouseDown={(e) => e.preventDefault()}
            onClick={changes.onAddNote}
          >
            <NoteIcon />
          </button>
        </div>
      </div>
      <div className="desk-actions" ref={rowRef}>
        <StoryState
          status={props.status}
          onStatus={props.onStatus}
          statusRef={props.statusRef}
          tally={props.tally}
          saveState={props.saveState}
          onSave={props.onSave}
          shared={props.shared}
        />
        <div className="desk-group" role="group" aria-label="Panels" data-bar-group hidden={panelsMoved}>
          {slot(
            'history',
            <button type="button" aria-expanded={panel === 'history'} onClick={() => onTogglePanel('history')}>
              History
            </button>,
          )}
          {slot(
            'sources',
            <button type="button" aria-pressed={panel === 'sources'} onClick={() => onTogglePanel('sources')}>
              Sources
            </button>,
          )}
          {slot(
            'review',
            <button type="button" aria-pressed={panel === 'review'} onClick={() => onTogglePanel('review')}>
              Review quotes
            </button>,
          )}
        </div>
        <div className="desk-group" role="group" aria-label="Story file" data-bar-group>
          <ExportMenu host={host} path={path} beforeExport={beforeExport} pendingChanges={pendingChanges} onError={onError} onDone={() => undefined} />
          {slot('import', <ImportButton importer={importer} />)}
          {slot(
            'duplicate',
            <button type="button" onClick={onDuplicate}>
              Duplicate
            </button>,
          )}
          {slot(
            'trash',
            <button type="button" onClick={onMoveToTrash}>
              Move to trash
            </button>,
          )}
        </div>
        <MoreMenu buttonRef={moreRef} items={MOVABLE.filter((m) => moved.has(m.id)).map((m) => menuItems[m.id])} />
      </div>
    </header>
  );
}

/** Editing or Suggesting, at a glance: a pair of toggle buttons (the story may insist on Suggesting). */
function ModeSwitch({ mode, forced, onMode }: DeskBarProps['changes']) {
  return (
    <div className="mode-switch" role="group" aria-label="Mode" title={`Switch between editing and suggesting (${MODE_SHORTCUT.label})`}>
      <button
        type="button"
        className="mode-editing"
        aria-pressed={mode === 'editing'}
        disabled={forced}
        title={forced ? 'Changes to this story are always suggestions (Changes panel)' : undefined}
        onClick={() => onMode('editing')}
      >
        Editing
      </button>
      <button type="button" className="mode-suggesting" aria-pressed={mode === 'suggesting'} aria-keyshortcuts={MODE_SHORTCUT.aria} onClick={() => onMode('suggesting')}>
        Suggesting
      </button>
    </div>
  );
}

/** A speech bubble with a plus: a note on the selected words. */
function NoteIcon() {
  return (
    <svg width="18" height="18" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M21 12a8 8 0 0 1-11.6 7.1L4 20l1-4.6A8 8 0 1 1 21 12z" />
      <path d="M12 8.5v7M8.5 12h7" />
    </svg>
  );
}

/** A page with a column at its left: the library beside the story. */
function LibraryIcon() {
  return (
    <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" fill="none" stroke="currentColor" />
      <path d="M6 2.5v11" stroke="currentColor" />
    </svg>
  );
}

function StoryState({
  status,
  onStatus,
  statusRef,
  tally,
  saveState,
  onSave,
  shared,
}: Pick<DeskBarProps, 'status' | 'onStatus' | 'statusRef' | 'tally' | 'saveState' | 'onSave' | 'shared'>) {
  return (
    <div className="desk-group" role="group" aria-label="Story state" data-bar-group>
      <label className="status-select">
        <span className="visually-hidden">Status</span>
        <select ref={statusRef} aria-label="Status" value={status} disabled={shared?.readOnly} onChange={(e) => onStatus(e.target.value as ArticleStatus)}>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <WordCount tally={tally} />
      {shared?.state}
      <span role="status" className={`save-state save-${saveState.kind}`} title={'message' in saveState ? saveState.message : undefined}>
        {saveLabel(saveState)}
      </span>
      <button type="button" className="primary" onClick={onSave}>
        Save
      </button>
    </div>
  );
}

const timeOnly = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/** "14:05" today, "Nov 26, 14:05" before: the desk bar has room for little. */
function savedAt(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toDateString() === new Date().toDateString() ? timeOnly.format(d) : formatModified(iso);
}

function saveLabel(state: SaveState): string {
  switch (state.kind) {
    case 'saved':
      return state.at ? `Saved ${savedAt(state.at)}` : 'Saved';
    case 'unsaved':
      return 'Unsaved changes';
    case 'saving':
      return 'Saving…';
    case 'failed':
      return 'Not saved';
    case 'conflict':
      return 'Changed on disk';
  }
}

/**
 * Opens the Checks panel; a red count of the open errors (the ones that hold Ready back) rides on
 * it. The count is for the eye; the button's name stays "Checks" and the panel reads the numbers out.
 */
function ChecksButton({ store, pressed, onClick }: { store: EditorStore; pressed: boolean; onClick(): void }) {
  const open = useSyncExternalStore(store.subscribe, () => openChecksOf(store.getState()));
  let errors = 0;
  for (const c of open) if (c.match.severity === 'error') errors++;
  return (
    <button type="button" className="checks-toggle" aria-pressed={pressed} onClick={onClick} title={errors ? `${errors} open error${errors === 1 ? '' : 's'}` : undefined}>
      Checks
      {errors > 0 && (
        <span className="checks-badge" aria-hidden="true">
          {errors}
        </span>
      )}
    </button>
  );
}
