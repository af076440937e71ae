import type { EditorState } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { useSyncExternalStore } from 'react';

/**
 * The current editor state, for the few components that follow the selection (the toolbar).
 * Kept outside React state so a keystroke re-renders those components only, not the app.
 */
export class EditorStore {
  view: EditorView | null = null;
  state: EditorState | null = null;
  private listeners = new Set<() => void>();

  set(view: EditorView | null) {
    this.view = view;
    this.state = view?.state ?? null;
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getState = () => this.state;
}

export function useEditorState(store: EditorStore): EditorState | null {
  return useSyncExternalStore(store.subscribe, store.getState);
}
