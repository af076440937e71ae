import { type ReactNode, useEffect, useLayoutEffect, useRef } from 'react';
import { followStickyTop } from '../editor/sticky-top';
import type { SidePanel, SidePanelName } from './side-panel';

interface SidePanelDockProps {
  /** The panel shown (History, Sources, Review quotes, and those to come), or none. */
  panel: SidePanel;
  /** Beside the story (a wide window), or a drawer over the story's margin (WINDOW_LAYOUT.panelBeside). */
  beside: boolean;
  onClose(panel: SidePanelName): void;
  children: ReactNode;
}

const focusable = (el: Element | null): el is HTMLElement => el instanceof HTMLElement && el.isConnected && el.getClientRects().length > 0;

/**
 * Where every side panel shows, so each new panel gets the same behaviour for free: beside the
 * story, pinned under the desk bar; or, on a narrow window, a drawer over the story that takes the
 * focus when it opens. Either way Esc closes the panel, and focus that was inside it goes back to
 * the button that opened it (or to More, when the button was in it).
 */
export function SidePanelDock({ panel, beside, onClose, children }: SidePanelDockProps) {
  const dock = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const shown = useRef<SidePanel>(null);

  // Pinned just under the desk bar, whatever its height now.
  useLayoutEffect(() => (dock.current ? followStickyTop(dock.current) : undefined), []);

  useLayoutEffect(() => {
    const before = shown.current;
    shown.current = panel;
    const el = dock.current;
    if (!el || panel === before) return;
    const focused = document.activeElement;
    // Focus that was inside a panel now gone has fallen back to the page.
    const lost = !focused || focused === document.body || el.contains(focused);
    if (panel && focused instanceof HTMLElement && !lost) opener.current = focused;
    if (panel && (!beside || (lost && before))) {
      const into = !beside ? (el.firstElementChild as HTMLElement | null) : opener.current;
      if (focusable(into)) into.focus();
    } else if (!panel && lost && focusable(opener.current)) {
      opener.current.focus();
    }
  }, [panel, beside]);

  // On the document, so a panel that handles Esc itself (Review quotes goes back to Sources) has
  // already said so (React handles the panel's keys at the portal, before the document).
  useEffect(() => {
    if (!panel) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || !dock.current?.contains(e.target as Node)) return;
      e.preventDefault();
      onClose(panel);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [panel, onClose]);

  return (
    <div ref={dock} className="side-dock" data-panel={panel ?? undefined} hidden={!panel}>
      {children}
    </div>
  );
}
