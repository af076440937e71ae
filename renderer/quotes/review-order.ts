// The order review mode walks through the quotes in, and where the editor is in it.
//
// Quotes are known by their stored record id (QuoteItem.id), which follows a quote across edits
// and re-analysis. The order is fixed when the review opens: a quote the editor confirms or flags
// keeps its place, quotes added while reviewing join at the end, and deleted ones drop out. The
// current quote is held by id, not by position, so a change elsewhere in the story never moves
// the editor to another quote; when the current quote itself goes, the review moves on to the
// nearest one still there.
import type { QuoteState } from '../../shared/attribution/index';

export interface ReviewEntry {
  id: string;
  state: QuoteState;
  /** a speaker named on weak evidence, for the desk to check (QuoteItem.check) */
  check?: boolean;
}

// Unattributed and uncertain quotes first, then those named on weak evidence, then flagged ones,
// then the rest, each in story order.
const PRIORITY: Record<QuoteState, number> = { unattributed: 0, ambiguous: 1, flagged: 3, attributed: 4, confirmed: 5 };
const rank = (it: ReviewEntry) => (it.check && it.state === 'attributed' ? 2 : PRIORITY[it.state]);

/** The ids of `items` (in story order) in the order review mode shows them. */
export function reviewOrder(items: readonly ReviewEntry[]): string[] {
  return items
    .map((it, i) => ({ it, i }))
    .sort((a, b) => rank(a.it) - rank(b.it) || a.i - b.i)
    .map(({ it }) => it.id);
}

export interface ReviewPosition {
  /** quote ids, in review order */
  order: readonly string[];
  /** the quote being reviewed (null only when there are no quotes) */
  current: string | null;
}

/** Where a review starts: the first quote in review order. */
export function startReview(items: readonly ReviewEntry[]): ReviewPosition {
  const order = reviewOrder(items);
  return { order, current: order[0] ?? null };
}

/**
 * Brings a review up to date with a new analysis of the story: quotes still there keep their
 * places, new ones are appended (in review order among themselves), gone ones drop out. The
 * current quote stays current while it is there; when it is gone, the quote that came after it
 * takes its place (the last one when nothing after it is left). Returns `pos` itself when nothing
 * changed.
 */
export function syncReview(pos: ReviewPosition, items: readonly ReviewEntry[]): ReviewPosition {
  const ids = new Set(items.map((i) => i.id));
  const kept = pos.order.filter((id) => ids.has(id));
  const known = new Set(kept);
  const added = reviewOrder(items).filter((id) => !known.has(id));
  const order = added.length || kept.length !== pos.order.length ? [...kept, ...added] : pos.order;

  let current = pos.current;
  if (current === null || !ids.has(current)) {
    // The quotes before the current one that are still there: the one after them takes its place.
    const was = current === null ? -1 : pos.order.indexOf(current);
    const before = was === -1 ? 0 : pos.order.slice(0, was).filter((id) => ids.has(id)).length;
    current = order[Math.min(before, order.length - 1)] ?? null;
  }
  return order === pos.order && current === pos.current ? pos : { order, current };
}

/** 0-based place of the current quote in the order (0 when there is none). */
export function reviewIndex(pos: ReviewPosition): number {
  return pos.current === null ? 0 : Math.max(0, pos.order.indexOf(pos.current));
}

/**
 * Moves `delta` quotes on (negative: back), stopping at the first and last quote. `moved` is false
 * when the review was already at that end, so the caller can say so instead of staying put silently.
 */
export function stepReview(pos: ReviewPosition, delta: number): { pos: ReviewPosition; moved: boolean } {
  if (pos.order.length === 0) return { pos, moved: false };
  const at = reviewIndex(pos);
  const to = Math.max(0, Math.min(pos.order.length - 1, at + delta));
  const current = pos.order[to]!;
  if (current === pos.current) return { pos, moved: false };
  return { pos: { order: pos.order, current }, moved: true };
}
