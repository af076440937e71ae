import { ARTICLE_STATUSES, type ArticleStatus, STATUS_LABELS } from '../../shared/article';
import type { HostApi } from '../../shared/contract';
import type { EditorStore } from '../article/editor-store';
import type { SaveState } from '../article/useArticleSession';
import { WordCount, type WordTally } from '../article/WordCount';
import { LiveToolbar } from '../editor/LiveToolbar';
import { ExportMenu } from '../export/ExportMenu';
import { type DocumentImport, ImportButton } from '../export/ImportButton';
import { formatModified } from '../library/format';
import { InsertPhotoButton } from '../photos/InsertPhotoButton';
import type { PhotoInserter } from '../photos/photo-insert';
import type { SidePanel, SidePanelName } from './side-panel';

export interface DeskBarProps {
  /** The formatting buttons follow the editor through it. */
  store: EditorStore;
  onLink(): void;
  photos: PhotoInserter;
  status: ArticleStatus;
  onStatus(status: ArticleStatus): void;
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
  onDuplicate(): void;
  onMoveToTrash(): void;
  onError(e: unknown): void;
}

/**
 * The bar above the page: formatting and Insert photo; then the story's state (status, words,
 * saved or not, Save), the panels beside it, and the story's file.
 */
export function DeskBar(props: DeskBarProps) {
  const { store, onLink, photos, panel, onTogglePanel, host, path, importer, beforeExport, onDuplicate, onMoveToTrash, onError } = props;
  return (
    <header className="desk-bar">
      <LiveToolbar store={store} onLink={onLink} />
      <InsertPhotoButton inserter={photos} />
      <div className="desk-actions">
        <StoryState status={props.status} onStatus={props.onStatus} tally={props.tally} saveState={props.saveState} onSave={props.onSave} />
        <PanelButtons panel={panel} onToggle={onTogglePanel} />
        <div className="desk-group" role="group" aria-label="Story file">
          <ExportMenu host={host} path={path} beforeExport={beforeExport} onError={onError} onDone={() => undefined} />
          <ImportButton importer={importer} />
          <button type="button" onClick={onDuplicate}>
            Duplicate
          </button>
          <button type="button" onClick={onMoveToTrash}>
            Move to trash
          </button>
        </div>
      </div>
    </header>
  );
}

function StoryState({ status, onStatus, tally, saveState, onSave }: Pick<DeskBarProps, 'status' | 'onStatus' | 'tally' | 'saveState' | 'onSave'>) {
  return (
    <div className="desk-group" role="group" aria-label="Story state">
      <label className="status-select">
        <span className="visually-hidden">Status</span>
        <select aria-label="Status" value={status} onChange={(e) => onStatus(e.target.value as ArticleStatus)}>
          {ARTICLE_STATUSES.map((s) => (
            <option key={s} value={s}>
              {STATUS_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <WordCount tally={tally} />
      <span role="status" className={`save-state save-${saveState.kind}`} title={'message' in saveState ? saveState.message : undefined}>
        {saveLabel(saveState)}
      </span>
      <button type="button" className="primary" onClick={onSave}>
        Save
      </button>
    </div>
  );
}

/** One panel beside the story at a time, so the page keeps its width. */
function PanelButtons({ panel, onToggle }: { panel: SidePanel; onToggle(panel: SidePanelName): void }) {
  return (
    <div className="desk-group" role="group" aria-label="Panels">
      <button type="button" aria-expanded={panel === 'history'} onClick={() => onToggle('history')}>
        History
      </button>
      <button type="button" aria-pressed={panel === 'sources'} onClick={() => onToggle('sources')}>
        Sources
      </button>
      <button type="button" aria-pressed={panel === 'review'} onClick={() => onToggle('review')}>
        Review quotes
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
