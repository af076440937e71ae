import type { EditorView } from 'prosemirror-view';
import { useSyncExternalStore } from 'react';
import type { EditorStore } from '../article/editor-store';
import { checksOf, goToCheck } from './checks-plugin';
import './photos.css';

interface PhotoChecksProps {
  store: EditorStore;
  view(): EditorView | null;
}

/** What still needs doing on the story's photos; a click goes to the field to fill. */
export function PhotoChecks({ store, view }: PhotoChecksProps) {
  const checks = useSyncExternalStore(store.subscribe, () => checksOf(store.getState()));
  return (
    <section className={`checks${checks.length ? ' has-checks' : ''}`} aria-label="Checks">
      <h2 className="checks-title">{checks.length ? `Checks (${checks.length})` : 'Checks'}</h2>
      {checks.length === 0 ? (
        <p className="checks-clear">All clear: every photo has alt text and a credit.</p>
      ) : (
        <ul className="checks-list">
          {checks.map((c) => (
            <li key={`${c.photo}-${c.kind}`}>
              <button
                type="button"
                className={`check check-${c.kind}`}
                onClick={() => {
                  const v = view();
                  if (v) goToCheck(v, c);
                }}
              >
                {c.message}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
