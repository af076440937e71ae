// How much of the window's top the desk bar (and whatever is pinned with it) covers while the
// story scrolls under it. ProseMirror keeps the cursor below it (ArticleEditor's handleScrollToSelection),
// the browser does for scrollIntoView (`scroll-padding-top` on the root, styles.css), and the side
// panels are pinned just under it.
let top = 0;

export function setStickyTop(px: number) {
  if (px === top) return;
  top = px;
  document.documentElement.style.setProperty('--head-h', `${px}px`);
}

export function stickyTop(): number {
  return top;
}
