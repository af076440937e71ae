import { useCallback, useReducer } from 'react';

/** The panel beside the story. One at a time, so the page keeps its width. */
export type SidePanel = 'history' | 'sources' | 'review' | 'checks' | 'changes' | null;
export type SidePanelName = Exclude<SidePanel, null>;

export interface SidePanels {
  open: SidePanel;
  /** Where closing Review quotes goes back to: Sources when Review took its place, else nothing. */
  afterReview: 'sources' | null;
}

export type SidePanelAction = { toggle: SidePanelName } | { close: SidePanelName };

/** A story opens beside its Sources. */
export const INITIAL_SIDE_PANELS: SidePanels = { open: 'sources', afterReview: null };
/** On a window too narrow for a panel beside the story, a story opens alone (a drawer would cover it). */
export const NO_SIDE_PANEL: SidePanels = { open: null, afterReview: null };

/**
 * The desk bar's panel buttons and the panels' own close buttons. A button opens its panel in
 * place of the one shown and closes it again; Review quotes is a step through the quotes that
 * Sources lists, so leaving it shows Sources again when Sources was open before.
 */
export function nextSidePanels(state: SidePanels, action: SidePanelAction): SidePanels {
  if ('close' in action) {
    if (state.open !== action.close) return state; // a panel already replaced
    return action.close === 'review' ? { open: state.afterReview, afterReview: null } : { open: null, afterReview: null };
  }
  const panel = action.toggle;
  if (state.open === panel) return nextSidePanels(state, { close: panel });
  return { open: panel, afterReview: panel === 'review' && state.open === 'sources' ? 'sources' : null };
}

/**
 * The open side panel, with stable `toggle` and `close` (the Sources panel is memoised on them).
 * `besideStory`: whether the window has room for a panel beside the story when the app starts.
 */
export function useSidePanel(besideStory = true): { panel: SidePanel; toggle(panel: SidePanelName): void; close(panel: SidePanelName): void } {
  const [state, dispatch] = useReducer(nextSidePanels, besideStory ? INITIAL_SIDE_PANELS : NO_SIDE_PANEL);
  const toggle = useCallback((panel: SidePanelName) => dispatch({ toggle: panel }), []);
  const close = useCallback((panel: SidePanelName) => dispatch({ close: panel }), []);
  return { panel: state.open, toggle, close };
}
