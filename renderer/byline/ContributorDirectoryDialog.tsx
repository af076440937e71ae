import { useEffect, useRef, useState } from 'react';
import { roleLabel } from '../../shared/article';
import type { DirectoryEntry } from '../../shared/contributors';
import { errorMessage } from '../host';

interface ContributorDirectoryDialogProps {
  entries: readonly DirectoryEntry[];
  /** Renames everywhere; resolves to how many articles were changed. */
  onRename(from: string, to: string): Promise<number>;
  /** Takes a name out of the directory (its articles keep their bylines). */
  onForget(name: string): Promise<void>;
  onClose(): void;
}

/** Everyone the library has credited; renaming someone here changes every article that credits them. */
export function ContributorDirectoryDialog({ entries, onRename, onForget, onClose }: ContributorDirectoryDialogProps) {
  const [renaming, setRenaming] = useState<string | null>(null);
  const [newName, setNewName] = useState('');
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => dialog.current?.querySelector<HTMLElement>('button, input')?.focus(), []);
  // After a name is removed its row is gone: the keyboard goes to the row now in its place.
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    const row = focusRow.current;
    if (row === null || row < 0) return;
    focusRow.current = null;
    const rows = dialog.current?.querySelectorAll<HTMLElement>('.directory-list li') ?? [];
    const target = rows[Math.min(row, entries.length - 1)]?.querySelector<HTMLElement>('button') ?? dialog.current?.querySelector<HTMLElement>('.directory-head button');
    target?.focus();
  }, [entries]);

  const submit = async (from: string) => {
    if (!newName.trim() || busy) return;
    setBusy(true);
    try {
      const n = await onRename(from, newName.trim());
      setMessage(`Renamed ${from} to ${newName.trim()} in ${n === 1 ? '1 article' : `${n} articles`}.`);
      setRenaming(null);
    } catch (e) {
      setMessage(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const forget = async (name: string) => {
    if (busy) return;
    setBusy(true);
    try {
      focusRow.current = entries.findIndex((e) => e.name === name);
      await onForget(name);
      setMessage(`${name} is no longer offered. Stories that credit ${name} keep their bylines.`);
    } catch (e) {
      setMessage(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div
      className="directory-dialog"
      role="dialog"
      aria-label="Contributor directory"
      ref={dialog}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div className="directory-head">
        <h2>Contributor directory</h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p className="directory-hint">
        Everyone credited in this library. Renaming someone changes the byline of every article that credits them; removing a name only stops
        it being offered.
      </p>
      <p role="status" className="directory-status">
        {message}
      </p>
      {entries.length === 0 ? (
        <p className="directory-empty">No contributors yet: names typed into a byline are kept here.</p>
      ) : (
        <ul className="directory-list">
          {entries.map((e) => (
            <li key={e.name}>
              {renaming === e.name ? (
                <form
                  className="directory-rename"
                  onSubmit={(ev) => {
                    ev.preventDefault();
                    void submit(e.name);
                  }}
                >
                  <input type="text" aria-label={`New name for ${e.name}`} value={newName} autoFocus onChange={(ev) => setNewName(ev.target.value)} />
                  <button type="submit" className="primary" disabled={busy || !newName.trim() || newName.trim() === e.name}>
                    Rename everywhere
                  </button>
                  <button type="button" onClick={() => setRenaming(null)}>
                    Cancel
                  </button>
                </form>
              ) : (
                <>
                  <span className="directory-name">{e.name}</span>
                  <span className="directory-detail">{[roleLabel(e.role), e.affiliation].filter(Boolean).join(' · ')}</span>
                  <button
                    type="button"
                    aria-label={`Rename ${e.name}`}
                    onClick={() => {
                      setRenaming(e.name);
                      setNewName(e.name);
                      setMessage('');
                    }}
                  >
                    Rename
                  </button>
                  <button type="button" aria-label={`Remove ${e.name} from the directory`} disabled={busy} onClick={() => void forget(e.name)}>
                    Remove
                  </button>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
