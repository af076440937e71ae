// Reads what the story shows as quotes, however each is drawn: the cursor's block paints its
// quotes as CSS highlights (renderer/quotes/quote-highlights.ts), other blocks as `.quote` spans.
// Each quote is reported as the text it covers, in story order.
import type { Page } from '@playwright/test';

export interface ShownQuotes {
  /** every highlighted quote, in story order */
  all: string[];
  /** the same by state (and the one under review) */
  attributed: string[];
  unattributed: string[];
  ambiguous: string[];
  flagged: string[];
  confirmed: string[];
  current: string[];
}

// Runs in the page: every drawn quote as a Range with its state. A string, so no transpiler
// helpers end up in it.
const COLLECT = `(() => {
  const states = ['attributed', 'unattributed', 'ambiguous', 'flagged', 'confirmed'];
  const out = [];
  const reg = CSS.highlights;
  const current = new Set(reg && reg.get('quote-current') ? [...reg.get('quote-current')] : []);
  for (const state of states) {
    const h = reg && reg.get('quote-' + state);
    for (const r of h ? [...h] : []) if (!r.collapsed && r.startContainer.isConnected) out.push({ range: r, state, current: current.has(r) });
  }
  const body = document.querySelector('[aria-label="Article body"]');
  const groups = new Map();
  for (const span of body ? body.querySelectorAll('.quote[data-quote-id]') : []) {
    let block = span;
    while (block.parentElement && block.parentElement !== body) block = block.parentElement;
    const key = span.getAttribute('data-quote-id') + '@' + Array.prototype.indexOf.call(body.children, block);
    const g = groups.get(key);
    if (g) g.last = span;
    else groups.set(key, { first: span, last: span });
  }
  for (const { first, last } of groups.values()) {
    const range = document.createRange();
    range.setStartBefore(first);
    range.setEndAfter(last);
    const state = states.find((s) => first.classList.contains('quote-' + s)) || 'attributed';
    out.push({ range, state, current: first.classList.contains('quote-current') });
  }
  out.sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
  return out;
})()`;

/** The quotes drawn in the article body now. */
export function shownQuotes(page: Page): Promise<ShownQuotes> {
  return page.evaluate(`(() => {
    const quotes = ${COLLECT};
    const text = (list) => list.map((q) => q.range.toString());
    const by = (s) => text(quotes.filter((q) => q.state === s));
    return { all: text(quotes), attributed: by('attributed'), unattributed: by('unattributed'), ambiguous: by('ambiguous'), flagged: by('flagged'), confirmed: by('confirmed'), current: text(quotes.filter((q) => q.current)) };
  })()`);
}

/** Scrolls the quote whose text starts with `startsWith` into view; the middle of its first line box (viewport coordinates). */
export async function quotePoint(page: Page, startsWith: string): Promise<{ x: number; y: number }> {
  const point = (await page.evaluate(`(() => {
    const q = ${COLLECT}.find((q) => q.range.toString().startsWith(${JSON.stringify(startsWith)}));
    if (!q) return null;
    // As a reader would: bring it on screen first.
    const node = q.range.startContainer;
    (node instanceof Element ? node : node.parentElement).scrollIntoView({ block: 'center' });
    const box = q.range.getClientRects()[0];
    return box ? { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 } : null;
  })()`)) as { x: number; y: number } | null;
  if (!point) throw new Error(`no quote drawn that starts with “${startsWith}”`);
  return point;
}

/** Whether the quote starting with `startsWith` is on screen, below the pinned desk bar. */
export function quoteInView(page: Page, startsWith: string): Promise<boolean> {
  return page.evaluate(`(() => {
    const q = ${COLLECT}.find((q) => q.range.toString().startsWith(${JSON.stringify(startsWith)}));
    if (!q) return false;
    // The window scrolls the story; the pinned desk bar covers its top.
    const head = document.querySelector('.workspace-head');
    const top = head ? head.getBoundingClientRect().bottom : 0;
    const box = q.range.getBoundingClientRect();
    return box.height > 0 && box.top >= top && box.bottom <= window.innerHeight;
  })()`);
}
