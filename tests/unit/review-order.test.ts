// Review mode's order and stepping: quotes are known by their stored record id, the order is fixed
// when the review opens, and the current quote is followed by id across re-analysis.
import { describe, expect, it } from 'vitest';
import { type ReviewEntry, reviewIndex, reviewOrder, startReview, stepReview, syncReview } from '../../renderer/quotes/review-order';
import type { QuoteState } from '../../shared/attribution/index';

/** Items in story order from "id:state" strings (state defaults to attributed). */
const items = (...specs: string[]): ReviewEntry[] =>
  specs.map((s) => {
    const [id, state = 'attributed'] = s.split(':');
    return { id: id!, state: state as QuoteState };
  });

/** Steps `n` times by `delta` and returns the ids seen, the start included. */
function walk(pos: ReturnType<typeof startReview>, delta: number, n: number) {
  const seen = [pos.current];
  for (let i = 0; i < n; i++) {
    pos = stepReview(pos, delta).pos;
    seen.push(pos.current);
  }
  return seen;
}

describe('reviewOrder', () => {
  it('puts unattributed and uncertain quotes first, then flagged ones, then the rest, each in story order', () => {
    const story = items('a', 'b:confirmed', 'c:flagged', 'd:ambiguous', 'e', 'f:unattributed', 'g:flagged', 'h:unattributed');
    expect(reviewOrder(story)).toEqual(['f', 'h', 'd', 'c', 'g', 'a', 'e', 'b']);
  });
});

describe('quotes named on weak evidence', () => {
  it('come after the uncertain ones and before the flagged ones; once confirmed they keep no priority', () => {
    const story: ReviewEntry[] = [
      { id: 'a', state: 'attributed' },
      { id: 'b', state: 'attributed', check: true },
      { id: 'c', state: 'flagged' },
      { id: 'd', state: 'ambiguous' },
      { id: 'e', state: 'confirmed', check: true },
    ];
    expect(reviewOrder(story)).toEqual(['d', 'b', 'c', 'a', 'e']);
  });
});

describe('stepping', () => {
  it('starts at the first quote in review order and walks every quote forwards and back', () => {
    const pos = startReview(items('a', 'b', 'c:unattributed', 'd'));
    expect(pos).toEqual({ order: ['c', 'a', 'b', 'd'], current: 'c' });
    expect(walk(pos, 1, 3)).toEqual(['c', 'a', 'b', 'd']);
    const end = stepReview(stepReview(stepReview(pos, 1).pos, 1).pos, 1).pos;
    expect(reviewIndex(end)).toBe(3);
    expect(walk(end, -1, 3)).toEqual(['d', 'b', 'a', 'c']);
  });

  it('says when a step would go past the last or the first quote, and stays there', () => {
    const pos = startReview(items('a', 'b'));
    const back = stepReview(pos, -1);
    expect(back).toEqual({ pos, moved: false });
    const last = stepReview(pos, 1);
    expect(last.moved).toBe(true);
    expect(last.pos.current).toBe('b');
    const past = stepReview(last.pos, 1);
    expect(past.moved).toBe(false);
    expect(past.pos).toBe(last.pos);
  });

  it('has nowhere to go without quotes', () => {
    const pos = startReview([]);
    expect(pos).toEqual({ order: [], current: null });
    expect(stepReview(pos, 1)).toEqual({ pos, moved: false });
    expect(reviewIndex(pos)).toBe(0);
  });
});

describe('syncReview', () => {
  const story = items('a', 'b', 'c', 'd', 'e');

  it('returns the same position when the quotes are the same (states may change: the order is fixed)', () => {
    const pos = stepReview(startReview(story), 2).pos;
    expect(syncReview(pos, story)).toBe(pos);
    // Confirming or flagging a quote does not move it in the review.
    expect(syncReview(pos, items('a:confirmed', 'b:flagged', 'c', 'd:unattributed', 'e'))).toBe(pos);
  });

  it('appends a quote typed while reviewing, in review order among the new ones, without reshuffling', () => {
    const pos = stepReview(startReview(story), 1).pos; // at b
    const next = syncReview(pos, items('a', 'new1', 'b', 'c', 'new2:unattributed', 'd', 'e'));
    expect(next).toEqual({ order: ['a', 'b', 'c', 'd', 'e', 'new2', 'new1'], current: 'b' });
    expect(walk(next, 1, 6)).toEqual(['b', 'c', 'd', 'e', 'new2', 'new1', 'new1']);
  });

  it('keeps the current quote when one before it goes (the review does not jump to another quote)', () => {
    const pos = stepReview(startReview(story), 3).pos; // at d
    const next = syncReview(pos, items('a', 'c', 'd', 'e'));
    expect(next).toEqual({ order: ['a', 'c', 'd', 'e'], current: 'd' });
    expect(reviewIndex(next)).toBe(2);
  });

  it('moves to the quote after the current one when the current one goes', () => {
    const pos = stepReview(startReview(story), 2).pos; // at c
    expect(syncReview(pos, items('a', 'b', 'd', 'e')).current).toBe('d');
    // ...and past others that went with it
    expect(syncReview(pos, items('a', 'b', 'e')).current).toBe('e');
  });

  it('moves to a quote added in its place, or back to the last one, when nothing after the current one is left', () => {
    const pos = stepReview(startReview(story), 4).pos; // at e
    expect(syncReview(pos, items('a', 'b', 'c', 'd', 'e2'))).toEqual({ order: ['a', 'b', 'c', 'd', 'e2'], current: 'e2' });
    expect(syncReview(pos, items('a', 'b', 'c', 'd')).current).toBe('d');
  });

  it('starts at the first quote once the first analysis arrives, and empties when every quote is gone', () => {
    const empty = startReview([]);
    expect(syncReview(empty, story)).toEqual({ order: ['a', 'b', 'c', 'd', 'e'], current: 'a' });
    expect(syncReview(startReview(story), [])).toEqual({ order: [], current: null });
  });
});
