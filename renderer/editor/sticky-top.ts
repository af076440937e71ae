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
