import { useEffect, useRef } from 'react';
import type { PendingRecovery } from '../article/useArticleSession';
import { formatModified } from '../library/LibraryPanel';
import { VersionPreview, wordsOf } from './VersionPreview';

const delta = (n: number) => (n > 0 ? `+${n.toLocaleString()}` : n < 0 ? `−${(-n).toLocaleString()}` : '±0');

interface RecoveryDialogProps {
  pending: PendingRecovery;
  onRestore(): void;
  onKeepSaved(): void;
}

/**
 * After a crash: the unsaved changes Copydesk kept, beside the saved story, and the choice of
 * which one to continue with. Nothing is thrown away until the reporter picks.
 */
export function RecoveryDialog({ pending, onRestore, onKeepSaved }: RecoveryDialogProps) {
  const restore = useRef<HTMLButtonElement>(null);
  useEffect(() => restore.current?.focus(), []);
  const { recovered, saved } = pending;
  const headline = saved.headline || recovered.article.headline || 'Untitled';
  return (
    <div className="modal-backdrop">
      <div className="recovery-dialog" role="dialog" aria-modal="true" aria-labelledby="recovery-title" aria-describedby="recovery-summary">
        <h2 id="recovery-title">Recover unsaved changes</h2>
        <p id="recovery-summary">
          Copydesk closed before your last changes to <strong>“{headline}”</strong> were saved. They were kept at{' '}
          <strong>{formatModified(recovered.journaledAt)}</strong>. Choose which version to continue with.
        </p>
        <div className="version-pair">
          <VersionPreview
            title="Recovered changes (not saved)"
            meta={`kept ${formatModified(recovered.journaledAt)} · ${wordsOf(recovered.article).toLocaleString()} words (${delta(wordsOf(recovered.article) - wordsOf(saved))} on the saved version)`}
            article={recovered.article}
            compareTo={saved}
            tone="mine"
          />
          <VersionPreview
            title="Saved version"
            meta={`saved ${formatModified(saved.modified)} · ${wordsOf(saved).toLocaleString()} words`}
            article={saved}
            compareTo={recovered.article}
            tone="theirs"
          />
        </div>
        <div className="dialog-actions">
          <button type="button" className="primary" ref={restore} onClick={onRestore}>
            Restore recovered changes
          </button>
          <button type="button" onClick={onKeepSaved}>
            Keep saved version
          </button>
          <span className="dialog-hint">Restoring can be undone with Undo; keeping the saved version discards the recovered changes.</span>
        </div>
      </div>
    </div>
  );
}
