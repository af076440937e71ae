// The window's fixed frame, written in index.html: the library, the desk bar, the page and the
// side panels each have a slot that React fills through a portal, and the story body's editor
// sits in the frame itself. So the editor is inside no React container: React listens for
// events on its root and on each portal's slot, and every keystroke in a long story would
// otherwise pass through React's listeners (a walk of its component tree) for nothing.

function slot(id: string): HTMLElement {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el;
}

export interface Shell {
  library: HTMLElement;
  head: HTMLElement;
  /** Shown when no story is open. */
  empty: HTMLElement;
  /** The page and the panels beside it; hidden when no story is open. */
  body: HTMLElement;
  /** Above the story body: headline, standfirst, credits, a byline at the top. */
  pageTop: HTMLElement;
  /** Where ProseMirror puts the story body. */
  editor: HTMLElement;
  /** Below the story body: a byline at the foot. */
  pageFoot: HTMLElement;
  /** Beside the page: the side panel's dock (renderer/desk/SidePanelDock.tsx). */
  side: HTMLElement;
}

let found: Shell | null = null;

export function shell(): Shell {
  found ??= {
    library: slot('slot-library'),
    head: slot('slot-head'),
    empty: slot('slot-empty'),
    body: slot('workspace-body'),
    pageTop: slot('slot-page-top'),
    editor: slot('story-body-host'),
    pageFoot: slot('slot-page-foot'),
    side: slot('slot-side'),
  };
  return found;
}
