import { type RefObject, useCallback, useEffect, useLayoutEffect, useReducer, useRef } from 'react';

/**
 * The library column. On a wide window it stands beside the story, and the reporter can put it
 * away (button Library, Ctrl/Cmd+\) — a choice remembered. On a narrower one it is a drawer over
 * the story, opened for a moment (to switch stories) and closed again by Esc, a click elsewhere,
 * or picking a story; that is never remembered, so the story always opens with its full width.
 */
export interface LibraryColumn {
  /** Wide window: the library beside the story (the reporter's choice). */
  shownBeside: boolean;
  /** Narrow window: the drawer is open. */
  openOver: boolean;
}

export type LibraryMode = 'beside' | 'over' | 'closed';

/** `beside`: the window is wide enough for the library beside the story (WINDOW_LAYOUT.libraryBeside). */
export type LibraryAction = { toggle: { beside: boolean } } | { closeDrawer: true };

export function nextLibraryColumn(state: LibraryColumn, action: LibraryAction): LibraryColumn {
  if ('closeDrawer' in action) return state.openOver ? { ...state, openOver: false } : state;
  return action.toggle.beside ? { ...state, shownBeside: !state.shownBeside } : { ...state, openOver: !state.openOver };
}

/** With no story open the library is all there is to show, so it stands beside the empty page at any width. */
export function libraryMode(state: LibraryColumn, { beside, storyOpen }: { beside: boolean; storyOpen: boolean }): LibraryMode {
  if (!storyOpen) return 'beside';
  if (beside) return state.shownBeside ? 'beside' : 'closed';
  return state.openOver ? 'over' : 'closed';
}

export const LIBRARY_PREFERENCE_KEY = 'copydesk.library';

/** The remembered choice: shown unless the reporter put it away (an unreadable store counts as shown). */
export function readShownBeside(storage: Pick<Storage, 'getItem'> | null): boolean {
  try {
    return storage?.getItem(LIBRARY_PREFERENCE_KEY) !== 'hidden';
  } catch {
    return true;
  }
}

export function writeShownBeside(storage: Pick<Storage, 'setItem'> | null, shown: boolean): void {
  try {
    storage?.setItem(LIBRARY_PREFERENCE_KEY, shown ? 'shown' : 'hidden');
  } catch {
    // A store that refuses (private mode, quota) only loses the preference.
  }
}

type ShortcutKey = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>;

/** Ctrl+\ (Cmd+\ on a Mac), read by the key's place too, as keyboards without a \ key of their own have it there. */
export function isLibraryShortcut(e: ShortcutKey): boolean {
  return (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && (e.key === '\\' || e.code === 'Backslash');
}

export const LIBRARY_SHORTCUT =
  typeof navigator !== 'undefined' && /Mac/.test(navigator.platform) ? { aria: 'Meta+\\', label: '⌘\\' } : { aria: 'Control+\\', label: 'Ctrl+\\' };

function localStore(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

const visible = (el: HTMLElement | null): el is HTMLElement => !!el?.isConnected && el.getClientRects().length > 0;

export interface LibraryColumnControls {
  mode: LibraryMode;
  toggle(): void;
  /** Closes the drawer (a story was picked in it); the column beside the story stays. */
  closeDrawer(): void;
  /** For the Library button: focus comes back to it when the drawer closes. */
  buttonRef: RefObject<HTMLButtonElement | null>;
}

/**
 * The library's state with its keyboard and focus behaviour: the shortcut anywhere; when the
 * drawer opens, focus goes into it (the open story's entry, else the first control); Esc inside
 * it or a click outside closes it, and focus that was inside comes back to the Library button.
 */
export function useLibraryColumn({
  beside,
  storyOpen,
  library,
}: {
  beside: boolean;
  storyOpen: boolean;
  library: () => HTMLElement | null;
}): LibraryColumnControls {
  const [state, dispatch] = useReducer(nextLibraryColumn, undefined, () => ({ shownBeside: readShownBeside(localStore()), openOver: false }));
  const mode = libraryMode(state, { beside, storyOpen });
  const buttonRef = useRef<HTMLButtonElement>(null);
  const besideNow = useRef(beside);
  besideNow.current = beside;

  const toggle = useCallback(() => dispatch({ toggle: { beside: besideNow.current } }), []);
  const closeDrawer = useCallback(() => dispatch({ closeDrawer: true }), []);

  useEffect(() => writeShownBeside(localStore(), state.shownBeside), [state.shownBeside]);
  // A drawer left open does not come back by itself when the window narrows again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the window crosses the width
  useEffect(() => closeDrawer(), [beside, closeDrawer]);

  // Listened for on the way down: keys typed in the story body do not bubble out of it (ArticleEditor).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || !isLibraryShortcut(e)) return;
      e.preventDefault();
      toggle();
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [toggle]);

  // The drawer: Esc inside it and a press outside it close it.
  useEffect(() => {
    if (mode !== 'over') return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented && library()?.contains(e.target as Node)) {
        e.preventDefault();
        closeDrawer();
      }
    };
    const onPress = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!library()?.contains(target) && !buttonRef.current?.contains(target)) closeDrawer();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onPress, true);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onPress, true);
    };
  }, [mode, library, closeDrawer]);

  // Focus back to the button when the library is put away with focus inside it. This runs before
  // the stylesheet hides the library (useFrameLayout comes after it), so focus is still where it was.
  const before = useRef(mode);
  useLayoutEffect(() => {
    const was = before.current;
    before.current = mode;
    if (was !== 'closed' && mode === 'closed' && library()?.contains(document.activeElement) && visible(buttonRef.current)) buttonRef.current.focus();
  }, [mode, library]);
  // Focus into the drawer once it shows: the open story's entry, else its first control.
  const opened = useRef(mode);
  useEffect(() => {
    const was = opened.current;
    opened.current = mode;
    const nav = library();
    if (mode !== 'over' || was === 'over' || !nav) return;
    (nav.querySelector<HTMLElement>('[aria-current="true"]') ?? nav.querySelector<HTMLElement>('button, input'))?.focus();
  }, [mode, library]);

  return { mode, toggle, closeDrawer, buttonRef };
}
