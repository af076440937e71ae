import type { EditorView } from 'prosemirror-view';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { NOTE_KIND_LABELS, noteAnchors } from '../../shared/changes';
import type { EditorStore } from '../article/editor-store';
import { useSettledDoc } from './ChangesPanel';
import { personFor } from './identity';
import type { DeskChanges } from './useDeskChanges';

/** Room the margin needs beside the page for a card to be worth showing. */
const MIN_WIDTH = 150;
const GAP = 8;

interface Placed {
  id: string;
  top: number;
}

/**
 * Open notes as cards in the margin beside the page, each level with its words (pushed down
 * when cards would overlap), as word processors show comments. Shown only when no side panel is
 * open and the window leaves room beside the page; otherwise the Changes panel lists them. A
 * click opens the note in Changes.
 */
export function NoteMargin({
  store,
  view,
  desk,
  page,
  onOpen,
}: {
  store: EditorStore;
  view(): EditorView | null;
  desk: DeskChanges;
  page: HTMLElement;
  onOpen(noteId: string): void;
}) {
  const doc = useSettledDoc(store, 300);
  const [box, setBox] = useState(() => ({ left: 0, width: 0 }));
  const list = useRef<HTMLDivElement>(null);

  // The page's right edge and the room beside it, followed as the window is resized.
  useEffect(() => {
    const measure = () => {
      const r = page.getBoundingClientRect();
      const room = document.documentElement.clientWidth - r.right - 2 * 12;
      setBox({ left: r.right + 12 + window.scrollX, width: Math.min(260, room) });
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(page);
    window.addEventListener('resize', measure);
    return () => {
      observer.disconnect();
      window.removeEventListener('resize', measure);
    };
  }, [page]);

  const v = view();
  const anchors = doc ? noteAnchors(doc) : new Map();
  const open = desk.changes.notes.filter((n) => !n.resolved && anchors.has(n.id));
  const wanted: Placed[] = [];
  if (v && doc === v.state.doc) {
    for (const note of open) {
      const a = anchors.get(note.id);
      try {
        wanted.push({ id: note.id, top: v.coordsAtPos(a.from).top + window.scrollY });
      } catch {
        // A position the view cannot place (being redrawn): the card waits for the next pass.
      }
    }
    wanted.sort((x, y) => x.top - y.top);
  }

  // Level with their words, then pushed down below the card above where they would overlap.
  useLayoutEffect(() => {
    let bottom = -Infinity;
    for (const el of list.current?.querySelectorAll<HTMLElement>('.margin-note') ?? []) {
      const top = Math.max(Number(el.dataset.top), bottom + GAP);
      el.style.top = `${top}px`;
      bottom = top + el.offsetHeight;
    }
  });

  if (box.width < MIN_WIDTH || wanted.length === 0) return null;
  const byId = new Map(open.map((n) => [n.id, n]));
  return createPortal(
    <div ref={list} className="note-margin" role="complementary" aria-label="Notes beside the story" style={{ left: box.left, width: box.width }}>
      {wanted.map(({ id, top }) => {
        const note = byId.get(id)!;
        const p = personFor(note.author);
        return (
          <button
            key={id}
            type="button"
            className="margin-note"
            data-top={top}
            style={{ top }}
            onClick={() => onOpen(id)}
            aria-label={`${NOTE_KIND_LABELS[note.kind]} by ${note.author}: ${note.text}`}
          >
            <span className="change-byline">
              <span className="author-badge" style={{ background: p.colour }} aria-hidden="true">
                {p.initials}
              </span>
              <span className="change-author">{note.author}</span>
              <span className={`note-kind note-kind-${note.kind}`}>{NOTE_KIND_LABELS[note.kind]}</span>
            </span>
            <span className="margin-note-text">{note.text}</span>
            {note.replies.length > 0 && <span className="margin-note-replies">{note.replies.length === 1 ? '1 reply' : `${note.replies.length} replies`}</span>}
          </button>
        );
      })}
    </div>,
    document.body,
  );
}
