import type { EditorState } from 'prosemirror-state';
import { useEffect, useState } from 'react';
import type { EditorStore } from '../article/editor-store';
import { Toolbar } from './Toolbar';

/**
 * The toolbar, following the editor at most once per animation frame. It is the only part of
 * the app that re-renders as the reporter types; a burst of transactions (a key held down, a
 * paste, a plugin's follow-up) costs one toolbar render, not one each.
 */
export function LiveToolbar({ store, onLink }: { store: EditorStore; onLink(): void }) {
  const state = useFrameEditorState(store);
  return <Toolbar view={store.view} state={state} onLink={onLink} />;
}

function useFrameEditorState(store: EditorStore): EditorState | null {
  const [state, setState] = useState<EditorState | null>(store.state);
  useEffect(() => {
    let frame = 0;
    const update = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
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
