import type { Node } from 'prosemirror-model';
import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { useEffect, useMemo, useState } from 'react';
import {
  type FieldSuggestion,
  fieldSuggestions,
  isFieldSuggestion,
  NOTE_KIND_LABELS,
  type Note,
  noteAnchors,
  type PendingSuggestion,
  pendingSuggestions,
  type SuggestionRecord,
} from '../../shared/changes';
import { FIELD_LABELS } from '../../shared/compare';
import type { EditorStore } from '../article/editor-store';
import { suggestedText } from './FieldSuggestionNote';
import { personFor } from './identity';
import type { DeskChanges } from './useDeskChanges';
import './changes.css';

interface ChangesPanelProps {
  store: EditorStore;
  view(): EditorView | null;
  desk: DeskChanges;
  onClose(): void;
}

/** The story as the panel lists it: settled a moment after typing stops, not on every key. */
export function useSettledDoc(store: EditorStore, ms = 250): Node | null {
  const [doc, setDoc] = useState<Node | null>(() => store.getState()?.doc ?? null);
  useEffect(() => {
    let timer: number | undefined;
    const unsubscribe = store.subscribe(() => {
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setDoc(store.getState()?.doc ?? null), ms);
    });
    setDoc(store.getState()?.doc ?? null);
    return () => {
      unsubscribe();
      window.clearTimeout(timer);
    };
  }, [store, ms]);
  return doc;
}

type Item =
  | { kind: 'field'; key: string; pos: number; record: FieldSuggestion }
  | { kind: 'body'; key: string; pos: number; suggestion: PendingSuggestion; record: SuggestionRecord | undefined }
  | { kind: 'note'; key: string; pos: number; note: Note; anchor: { from: number; to: number } | null };

const when = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });

function timeOf(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? '' : when.format(d);
}

function clip(text: string, max = 70): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** "Deleted “…”", "Replaced “…” with “…”", "New paragraph"… */
export function describeSuggestion(s: PendingSuggestion): string {
  const ins = clip(s.inserted);
  const del = clip(s.deleted);
  if (s.blocks.includes('photo')) {
    const verb = s.kinds.includes('insertion') && s.kinds.includes('deletion') ? 'Moved' : s.kinds.includes('insertion') ? 'Inserted' : 'Removed';
    return `${verb} a photo`;
  }
  // Formatting is suggested as the same words out and back in with their new look.
  if (ins && del && s.inserted.trim() === s.deleted.trim()) return `Formatting changed on “${ins}”`;
  if (ins && del) return `Replaced “${del}” with “${ins}”`;
  if (ins) return `Inserted “${ins}”${s.structure ? ' (new paragraph)' : ''}`;
  if (del) return `Deleted “${del}”${s.structure ? ' (joins paragraphs)' : ''}`;
  if (s.modified.length) return s.modified.map((m) => m[0].toUpperCase() + m.slice(1)).join('; ');
  if (s.structure && s.kinds.includes('insertion')) return 'New paragraph break (paragraph split)';
  if (s.structure && s.kinds.includes('deletion')) return 'Paragraph break removed (paragraphs joined)';
  return 'Formatting changed';
}

/**
 * Every pending suggestion and note of the story, in story order (the fields first), with who
 * made it and when. A click goes to the words; Accept, Reject, Reply and Resolve act in place;
 * Accept all and Reject all act on what the list shows (everyone's, or one person's).
 */
export function ChangesPanel({ store, view, desk, onClose }: ChangesPanelProps) {
  const doc = useSettledDoc(store);
  const [who, setWho] = useState('');
  const [showResolved, setShowResolved] = useState(false);
  const { changes } = desk;

  const { items, resolved, authors } = useMemo(() => {
    const records = new Map(changes.suggestions.filter((r) => !isFieldSuggestion(r)).map((r) => [r.id, r]));
    const list: Item[] = fieldSuggestions(changes).map((record) => ({ kind: 'field', key: record.id, pos: -1, record }));
    if (doc) {
      for (const s of pendingSuggestions(doc)) list.push({ kind: 'body', key: s.id, pos: s.from, suggestion: s, record: records.get(s.id) });
    }
    const anchors = doc ? noteAnchors(doc) : new Map();
    const done: Note[] = [];
    for (const note of changes.notes) {
      if (note.resolved) {
        done.push(note);
        continue;
      }
      const anchor = anchors.get(note.id) ?? null;
      list.push({ kind: 'note', key: note.id, pos: anchor ? anchor.from : Number.MAX_SAFE_INTEGER, note, anchor });
    }
    list.sort((a, b) => a.pos - b.pos);
    const names = new Set<string>();
    for (const item of list) names.add(authorOf(item));
    return { items: list, resolved: done, authors: [...names].sort() };
  }, [doc, changes]);

  const shown = who ? items.filter((i) => authorOf(i) === who) : items;
  const suggestionsShown = shown.filter((i) => i.kind !== 'note');

  const go = (from: number, to: number) => {
    const v = view();
    if (!v) return;
    const max = v.state.doc.content.size;
    v.dispatch(v.state.tr.setSelection(TextSelection.create(v.state.doc, Math.min(from, max), Math.min(to, max))).scrollIntoView());
    v.focus();
  };

  const [message, setMessage] = useState<string | null>(null);
  const inSelection = (how: 'accept' | 'reject') => {
    setMessage(desk.resolveSelection(how) ? null : 'Select words in the story that hold suggestions first.');
  };

  const all = (how: 'accept' | 'reject') => {
    if (!who) return desk.resolve(null, how);
    const ids = new Set(suggestionsShown.filter((i) => i.kind === 'body').map((i) => i.key));
    desk.resolve(
      ids,
      how,
      suggestionsShown.filter((i) => i.kind === 'field').map((i) => i.key),
    );
  };

  return (
    <aside className="checks-panel changes-panel" role="region" aria-label="Changes" tabIndex={-1}>
      <header className="checks-head">
        <h2>Changes</h2>
        <button type="button" className="icon-button" aria-label="Close changes" onClick={onClose}>
          ×
        </button>
      </header>
      <div className="changes-controls">
        <label className="changes-filter">
          <span>Show</span>
          <select value={who} onChange={(e) => setWho(e.target.value)} aria-label="Show changes by">
            <option value="">Everyone’s</option>
            {authors.map((a) => (
              <option key={a} value={a}>
                {a}’s
              </option>
            ))}
          </select>
        </label>
        <div className="changes-all" role="group" aria-label="All changes shown">
          <button type="button" disabled={suggestionsShown.length === 0} onClick={() => all('accept')}>
            Accept all
          </button>
          <button type="button" disabled={suggestionsShown.length === 0} onClick={() => all('reject')}>
            Reject all
          </button>
        </div>
      </div>
      <p className="changes-summary" aria-live="polite">
        {message ?? summary(shown)}
      </p>
      {desk.lastField && (
        <p className="changes-undo" role="status">
          {FIELD_LABELS[desk.lastField.record.field]} suggestion {desk.lastField.how === 'accept' ? 'accepted' : 'rejected'}.{' '}
          <button type="button" className="link-button" onClick={desk.undoField}>
            Undo
          </button>
        </p>
      )}
      <div className="changes-nav" role="group" aria-label="In the story">
        <button type="button" title="Previous suggestion or note (Ctrl+Alt+,)" onClick={() => desk.step(-1)}>
          Previous change
        </button>
        <button type="button" title="Next suggestion or note (Ctrl+Alt+.)" onClick={() => desk.step(1)}>
          Next change
        </button>
        <button type="button" onClick={() => inSelection('accept')}>
          Accept selected
        </button>
        <button type="button" onClick={() => inSelection('reject')}>
          Reject selected
        </button>
      </div>
      <label className="changes-always">
        <input type="checkbox" checked={desk.forced} onChange={(e) => desk.setAlwaysSuggest(e.target.checked)} />
        Changes to this story are always suggestions
      </label>
      <ul className="changes-list" aria-label="Pending changes">
        {shown.map((item) => (
          <li key={item.key} className={`change-item change-${item.kind}`}>
            <Byline author={authorOf(item)} at={item.kind === 'note' ? item.note.at : (item.record?.at ?? '')} />
            {item.kind === 'field' && (
              <>
                <p className="change-text">
                  <span className="change-field">{FIELD_LABELS[item.record.field]}:</span>{' '}
                  <span className="change-new">“{clip(suggestedText(item.record), 120)}”</span>
                </p>
                <Decide onAccept={() => desk.resolveField(item.key, 'accept')} onReject={() => desk.resolveField(item.key, 'reject')} />
              </>
            )}
            {item.kind === 'body' && (
              <>
                <button type="button" className="change-jump" onClick={() => go(item.suggestion.from, item.suggestion.to)}>
                  {describeSuggestion(item.suggestion)}
                </button>
                <Decide onAccept={() => desk.resolve(new Set([item.key]), 'accept')} onReject={() => desk.resolve(new Set([item.key]), 'reject')} />
              </>
            )}
            {item.kind === 'note' && <NoteThread note={item.note} anchor={item.anchor} desk={desk} go={go} />}
          </li>
        ))}
      </ul>
      {resolved.length > 0 && (
        <section className="changes-resolved" aria-label="Resolved notes">
          <button type="button" className="link-button" aria-expanded={showResolved} onClick={() => setShowResolved(!showResolved)}>
            {resolved.length} resolved {resolved.length === 1 ? 'note' : 'notes'}
          </button>
          {showResolved && (
            <ul className="changes-list">
              {resolved.map((note) => (
                <li key={note.id} className="change-item change-note change-resolved">
                  <Byline author={note.author} at={note.at} />
                  <p className="note-text">{note.text}</p>
                  <p className="note-resolved-by">
                    Resolved by {note.resolved?.by}, {timeOf(note.resolved?.at ?? '')}
                  </p>
                  <button type="button" onClick={() => desk.setResolved(note.id, false)}>
                    Reopen
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </aside>
  );
}

function authorOf(item: Item): string {
  if (item.kind === 'note') return item.note.author;
  return item.record?.author ?? 'Unknown';
}

function summary(items: readonly Item[]): string {
  const suggestions = items.filter((i) => i.kind !== 'note').length;
  const notes = items.length - suggestions;
  if (!items.length) return 'No pending suggestions or open notes.';
  const parts = [];
  if (suggestions) parts.push(`${suggestions} ${suggestions === 1 ? 'suggestion' : 'suggestions'}`);
  if (notes) parts.push(`${notes} open ${notes === 1 ? 'note' : 'notes'}`);
  return parts.join(', ');
}

function Byline({ author, at }: { author: string; at: string }) {
  const p = personFor(author);
  return (
    <div className="change-byline">
      <span className="author-badge" style={{ background: p.colour }} aria-hidden="true">
        {p.initials}
      </span>
      <span className="change-author">{author}</span>
      <time dateTime={at}>{timeOf(at)}</time>
    </div>
  );
}

function Decide({ onAccept, onReject }: { onAccept(): void; onReject(): void }) {
  return (
    <div className="change-actions">
      <button type="button" onClick={onAccept}>
        Accept
      </button>
      <button type="button" onClick={onReject}>
        Reject
      </button>
    </div>
  );
}

function NoteThread({
  note,
  anchor,
  desk,
  go,
}: {
  note: Note;
  anchor: { from: number; to: number } | null;
  desk: DeskChanges;
  go(from: number, to: number): void;
}) {
  const [replying, setReplying] = useState(false);
  const [text, setText] = useState('');
  const post = () => {
    if (!text.trim()) return;
    desk.withName(() => {
      desk.reply(note.id, text.trim());
      setText('');
      setReplying(false);
    });
  };
  return (
    <>
      <p className={`note-kind note-kind-${note.kind}`}>{NOTE_KIND_LABELS[note.kind]}</p>
      {anchor ? (
        <button type="button" className="change-jump" onClick={() => go(anchor.from, anchor.to)}>
          On “{clip(note.excerpt, 60)}”
        </button>
      ) : (
        <p className="note-detached">On “{clip(note.excerpt, 60)}”: its text was deleted</p>
      )}
      <p className="note-text">{note.text}</p>
      {note.replies.length > 0 && (
        // A group, not a list: the panel's list holds one item per suggestion or note.
        <div className="note-replies" role="group" aria-label="Replies">
          {note.replies.map((r, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: replies are only ever appended
            <div key={i} className="note-reply">
              <Byline author={r.author} at={r.at} />
              <p className="note-text">{r.text}</p>
            </div>
          ))}
        </div>
      )}
      {replying && (
        <div className="note-reply-form">
          <textarea
            aria-label="Reply"
            value={text}
            rows={2}
            // biome-ignore lint/a11y/noAutofocus: the Reply button was pressed to type here
            autoFocus
            onChange={(e) => setText(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) post();
            }}
          />
          <button type="button" onClick={post}>
            Post reply
          </button>
          <button type="button" onClick={() => setReplying(false)}>
            Cancel
          </button>
        </div>
      )}
      <div className="change-actions">
        {!replying && (
          <button type="button" onClick={() => setReplying(true)}>
            Reply
          </button>
        )}
        <button type="button" onClick={() => desk.setResolved(note.id, true)}>
          Resolve
        </button>
      </div>
    </>
  );
}
