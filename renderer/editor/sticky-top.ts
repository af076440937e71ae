// How much of the window's top the desk bar (and whatever is pinned with it) covers while the
// story scrolls under it. ProseMirror keeps the cursor below it (ArticleEditor's handleScrollToSelection),
// the browser does for scrollIntoView (`scroll-padding-top` on the root), and the side panels are
// pinned just under it (`--head-h` on the elements that follow it, see followStickyTop).
//
// Never a custom property on the root: custom properties inherit, so changing one there restyles
// every element of the page, every paragraph of a 20,000-word story included (about 12 ms, measured
// when the desk bar grew by a row as a shared story opened: docs/performance.md).
let top = 0;
const followers = new Set<HTMLElement>();

export function setStickyTop(px: number) {
  if (px === top) return;
  top = px;
  document.documentElement.style.scrollPaddingTop = `${px + 12}px`;
  for (const el of followers) el.style.setProperty('--head-h', `${px}px`);
}

export function stickyTop(): number {
  return top;
}

/** Keeps `--head-h` on `el` (pinned under the desk bar) at the bar's height; returns a function that stops. */
export function followStickyTop(el: HTMLElement): () => void {
  followers.add(el);
  el.style.setProperty('--head-h', `${top}px`);
  return () => {
    followers.delete(el);
  };
}

/**
 * How far the window must scroll to show a caret at `rect` between `top` (under the desk bar) and
 * `bottom`: a line above is brought down to the top, one below up to the bottom (never past the top).
 * Less than a pixel is no scroll: the window scrolls by whole pixels, so a caret a fraction of a
 * pixel below the line would ask for the same scroll that never comes with every key.
 */
export function caretScroll(rect: { top: number; bottom: number }, top: number, bottom: number): number {
  const by = rect.top < top ? rect.top - top : rect.bottom > bottom ? Math.min(rect.bottom - bottom, rect.top - top) : 0;
  return Math.abs(by) >= 1 ? by : 0;
}
