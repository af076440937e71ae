import { useLayoutEffect, useSyncExternalStore } from 'react';

/**
 * What gives way as the window narrows, so the story keeps a readable column (at least 400 px of
 * text; 640 px, about 70 characters, when there is room). The widths are CSS pixels, so browser
 * zoom moves through the same steps (200% at 1280×720 lays out as 640×360 would).
 *
 * The arithmetic, with the page's own paddings (layout.css) and a 15 px scrollbar:
 * - library (280) + panel (360) beside the story need 1200 px for a 455 px column;
 * - a panel (300 below 900 px) beside the story alone needs 800 px for a 419 px column.
 * Electron's window is never narrower than 800 px, so there a panel is always beside the story;
 * the drawer is for zoomed and web-host windows.
 */
export const WINDOW_LAYOUT = {
  /** From this width the library is a column beside the story; below it, a drawer over the story. */
  libraryBeside: '(min-width: 1200px)',
  /** From this width a side panel is beside the story; below it, a drawer over the story's margin. */
  panelBeside: '(min-width: 800px)',
  /** From this height the desk bar stays pinned while the story scrolls (a zoomed laptop is too short for it). */
  barPinned: '(min-height: 480px)',
} as const;

export type LayoutQuery = keyof typeof WINDOW_LAYOUT;

// One MediaQueryList per query for the window's life: the app reads them on every render, and
// matchMedia parses its query and evaluates it afresh each time it is called (about 1 ms of a
// story's opening went there); a list kept follows the window by itself.
const lists = new Map<LayoutQuery, MediaQueryList>();
const mediaList = (query: LayoutQuery): MediaQueryList => {
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(WINDOW_LAYOUT[query]);
    lists.set(query, list);
  }
  return list;
};

/** Whether a WINDOW_LAYOUT query matches, following the window as it is resized or zoomed. */
export function useWindowLayout(query: LayoutQuery): boolean {
  return useSyncExternalStore(
    (changed) => {
      const list = mediaList(query);
      list.addEventListener('change', changed);
      return () => list.removeEventListener('change', changed);
    },
    () => mediaList(query).matches,
  );
}

/** How the library and the side panels are laid out: the stylesheet reads these from the root element. */
export interface FrameLayout {
  library: 'beside' | 'over' | 'closed';
  side: 'beside' | 'over';
  bar: 'pinned' | 'static';
}

/** Writes the layout onto <html data-library data-side data-bar>, before the browser paints it. */
export function useFrameLayout(layout: FrameLayout): void {
  const { library, side, bar } = layout;
  useLayoutEffect(() => {
    const root = document.documentElement.dataset;
    root.library = library;
    root.side = side;
    root.bar = bar;
  }, [library, side, bar]);
}
