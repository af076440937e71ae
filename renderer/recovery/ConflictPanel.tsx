import type { Article } from '../../shared/article';
import type { OpenedArticle } from '../../shared/contract';
import { formatModified } from '../library/LibraryPanel';
import { VersionPreview, wordsOf } from './VersionPreview';

interface ConflictPanelProps {
  message: string;
  mine: Article | null;
  disk: OpenedArticle | null;
  onKeepMine(): void;
  onUseDisk(): void;
}

/** The story changed on disk under unsaved changes: both versions side by side, the reporter chooses. */
export function ConflictPanel({ message, mine, disk, onKeepMine, onUseDisk }: ConflictPanelProps) {
  return (
    <section className="conflict-panel" aria-label="Changed on disk">
      <div className="banner banner-warning" role="alert">
        <span>{message}</span>
        <button type="button" className="primary" onClick={onKeepMine}>
          Keep my version
        </button>
        <button type="button" onClick={onUseDisk}>
          Use the version on disk
        </button>
      </div>
      {mine && (
        <div className="version-pair">
          <VersionPreview title="Your version (in the editor)" meta={`${wordsOf(mine).toLocaleString()} words, not saved`} article={mine} compareTo={disk?.article} tone="mine" />
          {disk ? (
            <VersionPreview
              title="Version on disk"
              meta={`changed ${formatModified(new Date(disk.stamp.mtimeMs).toISOString())} · ${wordsOf(disk.article).toLocaleString()} words`}
              article={disk.article}
              compareTo={mine}
              tone="theirs"
            />
          ) : (
            <section className="version version-theirs" aria-label="Version on disk">
              <p>The file on disk cannot be read as a story right now (it may be damaged or half-written by another program). Keeping your version writes your text over it.</p>
            </section>
          )}
        </div>
      )}
      <p className="dialog-hint">Whichever you choose, the other version is kept in History.</p>
    </section>
  );
}
