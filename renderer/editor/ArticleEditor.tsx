import { Node } from 'prosemirror-model';
import { EditorState, NodeSelection, type Plugin, Selection, type Transaction } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef } from 'react';
import type { ArticleBody } from '../../shared/article';
import { schema } from '../../shared/schema';
import { PhotoView, type PhotoViewOptions } from './photo-view';
import type { CollabEditing } from '../newsroom/collab-plugins';
import { holdStoryKeys } from './held-keys';
import { caretBlock, editingKeymap, editorHistory, typingRules } from './plugins';
import { caretScroll, stickyTop } from './sticky-top';
import './story-body.css';

export interface ArticleEditorProps {
  /** Where the editor goes: the frame's story slot, outside every React container (see shell.ts). */
  mount: HTMLElement;
  body: ArticleBody;
  /** Called after every transaction, with the view (read its state; don't keep it). */
  onTransaction(view: EditorView, tr: Transaction): void;
  onReady(view: EditorView | null): void;
  onSave(): void;
  onLink(): void;
  photo: PhotoViewOptions;
  /** Feature plugins added by the app (quotes, checks…). */
  plugins?: Plugin[];
  /** Rewrites a transaction before it is applied (Suggesting mode records changes instead). */
  transform?(tr: Transaction, state: EditorState): Transaction;
  /**
   * A shared newsroom story: the Yjs binding, cursors and per-person undo replace the editor's own
   * history. Given only for shared stories (local ones never load them). Read once, at creation.
   */
  collab?: CollabEditing;
}

/** Events from typing in the body that nothing outside the editor listens for. */
const EDITOR_ONLY_EVENTS = [
  'keydown',
  'keypress',
  'keyup',
  'beforeinput',
  'input',
  'textInput',
  'compositionstart',
  'compositionupdate',
  'compositionend',
] as const;

/**
 * The story body: one ProseMirror view, created once per opened article (the parent keys this
 * component by article) in `mount`, and never re-rendered by React afterwards. It draws nothing
 * itself: the view's DOM lives in the frame, where React's event listeners do not reach.
 */
export function ArticleEditor(props: ArticleEditorProps) {
  const latest = useRef(props);
  latest.current = props;

  useEffect(() => {
    const p = latest.current;
    const collab = p.collab;
    // A shared story shown before its sync arrived starts from its readable copy, without the Yjs plugins (bound below).
    const live = !collab || collab.loaded();
    const doc = (collab && live ? collab.initialDoc() : null) ?? Node.fromJSON(schema, p.body);
    const state = EditorState.create({
      doc,
      // The cursor starts in the first words of the story, not on a photo that happens to lead it.
      selection: Selection.findFrom(doc.resolve(0), 1, true) ?? undefined,
      plugins: collab
        ? [
            ...(live ? collab.plugins : []),
            typingRules(),
            ...editingKeymap(
              () => latest.current.onSave(),
              () => latest.current.onLink(),
              collab,
            ),
            caretBlock(),
            ...(p.plugins ?? []),
          ]
        : [
            typingRules(),
            ...editingKeymap(
              () => latest.current.onSave(),
              () => latest.current.onLink(),
            ),
            editorHistory(),
            caretBlock(),
            ...(p.plugins ?? []),
          ],
    });
    // Built out of the page and put in whole (docs/performance.md, issue 17).
    const view: EditorView = outOfPage(
      p.mount,
      () =>
        new EditorView(p.mount, {
          state,
          // A viewer of a shared story reads it; nothing they press changes it (nor anyone's before it arrived).
          ...(collab ? { editable: () => collab.editable && collab.loaded() } : {}),
          attributes: {
            role: 'textbox',
            'aria-multiline': 'true',
            'aria-label': 'Article body',
            spellcheck: 'true',
            lang: 'en',
            class: 'story-body',
          },
          // The window is the story's only scroller (styles.css): one rect compared with the window
          // instead of ProseMirror's walk over every ancestor's box, on every keystroke; and the cursor
          // is kept clear of the desk bar pinned over the top of the story.
          handleScrollToSelection(v) {
            const sel = v.state.selection;
            let rect: { top: number; bottom: number } | null = null;
            if (sel instanceof NodeSelection) {
              const dom = v.nodeDOM(sel.from);
              if (dom instanceof HTMLElement) rect = dom.getBoundingClientRect();
            } else rect = v.coordsAtPos(sel.head, 1);
            if (!rect) return true;
            const top = stickyTop() + 12;
            const bottom = window.innerHeight - 24;
            const by = caretScroll(rect, top, bottom);
            if (by) window.scrollBy(0, by);
            return true;
          },
          nodeViews: {
            photo: (node, v, getPos) => new PhotoView(node, v, getPos, latest.current.photo),
          },
          // (`this`, not `view`: y-prosemirror dispatches its first render while the view is being built.)
          dispatchTransaction(this: EditorView, tr) {
            // y-prosemirror's cursor plugin dispatches from a timer, which can fire after the story closed.
            if (this.isDestroyed) return;
            const remote = collab ? collab.transform(tr, this.state) : tr;
            const applied = latest.current.transform?.(remote, this.state) ?? remote;
            this.updateState(this.state.apply(applied));
            latest.current.onTransaction(this, applied);
          },
        }),
    );
    // A shared story shown before its state is in: what the person types into it meanwhile is kept,
    // and typed where they put the cursor once it is bound.
    const held = collab && !live && collab.editable ? holdStoryKeys(view) : undefined;
    const stopWaiting =
      collab && !live
        ? collab.whenLoaded(() => {
            if (view.isDestroyed) return;
            collab.bind(view);
            held?.release();
          })
        : undefined;
    p.onReady(view);
    // ProseMirror has handled the typing events by the time they bubble out of the editor; no
    // listener outside it wants them (window-level shortcuts skip the story body).
    const stop = (e: Event) => e.stopPropagation();
    for (const type of EDITOR_ONLY_EVENTS) view.dom.addEventListener(type, stop);
    return () => {
      stopWaiting?.();
      held?.stop();
      for (const type of EDITOR_ONLY_EVENTS) view.dom.removeEventListener(type, stop);
      latest.current.onReady(null);
      view.destroy();
    };
  }, []);

  return null;
}

/**
 * Runs `build` with `el` taken out of the page, then puts it back where it was: the story's nodes
 * and the editor's attributes (`contenteditable`, which cost about 2 ms an open set in the page)
 * go into an element the browser does not lay out or watch, and enter the page in one insertion.
 * Nothing built here may read layout (the editor's plugin views read it from the next frame on).
 */
function outOfPage<T>(el: HTMLElement, build: () => T): T {
  const parent = el.parentNode;
  if (!parent) return build();
  const next = el.nextSibling;
  parent.removeChild(el);
  try {
    return build();
  } finally {
    parent.insertBefore(el, next);
  }
}
