import type { EditorState } from 'prosemirror-state';
import { useEffect, useState } from 'react';
import type { EditorStore } from '../article/editor-store';
import { Toolbar, toolbarMemo, toolbarSignature, toolbarUnchanged } from './Toolbar';

/**
 * The toolbar, following the editor at most once per animation frame, and re-rendered only when
 * what it shows changes (a button turns on, off, enabled or disabled): typing a word re-renders
 * nothing, and a burst of transactions (a key held down, a paste) costs one check, not one each.
 * A keystroke that leaves the caret's context as it was (typing in a paragraph) asks for no frame
 * at all: that is a few comparisons in the transaction, where a frame callback per key cost more
 * (and, between keys, a frame of its own; docs/performance.md, issue 17).
 */
export function LiveToolbar({ store, onLink }: { store: EditorStore; onLink(): void }) {
  const state = useFrameEditorState(store);
  return <Toolbar view={store.view} state={state} onLink={onLink} />;
}

function useFrameEditorState(store: EditorStore): EditorState | null {
  const [state, setState] = useState<EditorState | null>(store.state);
  useEffect(() => {
    let frame = 0;
    let shown: string | null = null;
    let shownView: unknown;
    const memo = toolbarMemo();
    const update = () => {
      if (frame) return;
      // What is shown is the memo's last signature (the frame below shows every one that differs).
      if (store.view === shownView && toolbarUnchanged(store.state, memo)) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        // The buttons act on the view they were rendered with: a new editor (another story) re-renders too.
        const signature = toolbarSignature(store.state, memo);
        if (signature === shown && store.view === shownView) return;
        shown = signature;
        shownView = store.view;
        setState(store.state);
      });
    };
    const unsubscribe = store.subscribe(update);
    update();
    return () => {
      unsubscribe();
      cancelAnimationFrame(frame);
    };
  }, [store]);
  return state;
}
