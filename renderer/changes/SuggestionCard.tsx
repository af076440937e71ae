import type { EditorView } from 'prosemirror-view';
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { isFieldSuggestion, type PendingSuggestion, pendingSuggestions } from '../../shared/changes';
import { describeSuggestion } from './ChangesPanel';
import { personFor } from './identity';
import type { DeskChanges } from './useDeskChanges';

const SUGGESTION = 'ins[data-id], del[data-id], [data-type="modification"][data-id]';
const SHOW_AFTER_MS = 250;
const HIDE_AFTER_MS = 300;

interface Shown {
  suggestion: PendingSuggestion;
  author: string;
  at: string;
  top: number;
  left: number;
}

/**
 * The card over a suggestion in the text: who suggested it, when, what it does, and Accept /
 * Reject, as Word and Google Docs show one when the pointer rests on a change.
 */
export function SuggestionCard({ mount, view, desk }: { mount: HTMLElement; view: () => EditorView | null; desk: DeskChanges }) {
  const [shown, setShown] = useState<Shown | null>(null);
  const timers = useRef<{ show?: number; hide?: number }>({});
  const records = useRef(desk.changes.suggestions);
  records.current = desk.changes.suggestions;

  useEffect(() => {
    const t = timers.current;
    const over = (e: MouseEvent) => {
      const el = (e.target as Element | null)?.closest?.(SUGGESTION);
      if (!el) return;
      window.clearTimeout(t.hide);
      window.clearTimeout(t.show);
      t.show = window.setTimeout(() => {
        const v = view();
        if (!v || !el.isConnected) return;
        const id = String(JSON.parse(el.getAttribute('data-id') ?? '""'));
        // One walk over the story, on a pointer's rest (never while typing).
        const suggestion = pendingSuggestions(v.state.doc).find((s) => s.id === id);
        if (!suggestion) return;
        const record = records.current.find((r) => r.id === id && !isFieldSuggestion(r));
        const box = el.getBoundingClientRect();
        setShown({
          suggestion,
          author: record?.author ?? 'Unknown',
          at: record?.at ?? '',
          top: box.bottom + window.scrollY + 4,
          left: box.left + window.scrollX,
        });
      }, SHOW_AFTER_MS);
    };
    const out = (e: MouseEvent) => {
      if (!(e.target as Element | null)?.closest?.(SUGGESTION)) return;
      window.clearTimeout(t.show);
      t.hide = window.setTimeout(() => {
        if (!document.querySelector('.suggestion-card:hover')) setShown(null);
      }, HIDE_AFTER_MS);
    };
    mount.addEventListener('mouseover', over);
    mount.addEventListener('mouseout', out);
    return () => {
      mount.removeEventListener('mouseover', over);
      mount.removeEventListener('mouseout', out);
      window.clearTimeout(t.show);
      window.clearTimeout(t.hide);
    };
  }, [mount, view]);

  if (!shown) return null;
  const p = personFor(shown.author);
  const decide = (how: 'accept' | 'reject') => {
    desk.resolve(new Set([shown.suggestion.id]), how);
    setShown(null);
  };
  return createPortal(
    // biome-ignore lint/a11y/noStaticElementInteractions: leaving the card hides it, as leaving the words does
    <div
      className="suggestion-card"
      role="dialog"
      aria-label={`Suggestion by ${shown.author}`}
      style={{ top: shown.top, left: shown.left }}
      onMouseLeave={() => setShown(null)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') setShown(null);
      }}
    >
      <div className="change-byline">
        <span className="author-badge" style={{ background: p.colour }} aria-hidden="true">
          {p.initials}
        </span>
        <span className="change-author">{shown.author}</span>
        {shown.at && (
          <time dateTime={shown.at}>
            {new Date(shown.at).toLocaleString(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' })}
          </time>
        )}
      </div>
      <p className="change-text">{describeSuggestion(shown.suggestion)}</p>
      <div className="change-actions">
        <button type="button" onClick={() => decide('accept')}>
          Accept
        </button>
        <button type="button" onClick={() => decide('reject')}>
          Reject
        </button>
      </div>
    </div>,
    document.body,
  );
}
