import { describe, expect, it } from 'vitest';
import { type BarGroupSize, itemsInMore, rowWidth } from '../../renderer/desk/bar-overflow';

// The desk bar's second row as measured at 1440 px: story state, the panels, the story's file.
const state: BarGroupSize = { inset: 0, gap: 6, items: [{ id: 'state', width: 345, leaves: null }] };
const panels: BarGroupSize = {
  inset: 15,
  gap: 6,
  items: [
    { id: 'history', width: 76, leaves: 4 },
    { id: 'sources', width: 83, leaves: 6 },
    { id: 'review', width: 130, leaves: 5 },
  ],
};
const file: BarGroupSize = {
  inset: 15,
  gap: 6,
  items: [
    { id: 'export', width: 74, leaves: null },
    { id: 'import', width: 76, leaves: 3 },
    { id: 'duplicate', width: 98, leaves: 2 },
    { id: 'trash', width: 124, leaves: 1 },
  ],
};
const row = (available: number) => ({ groups: [state, panels, file], gap: 14, available, moreWidth: 64 });
const full = rowWidth(row(0), new Set());

describe('the desk bar’s More menu', () => {
  it('adds up the row as the browser lays it out: items, gaps, separators', () => {
    expect(full).toBe(345 + (14 + 15 + 76 + 6 + 83 + 6 + 130) + (14 + 15 + 74 + 6 + 76 + 6 + 98 + 6 + 124));
    // A group whose items are all in More takes no room (its separator goes too); More itself does.
    expect(rowWidth(row(0), new Set(['history', 'sources', 'review']))).toBe(345 + (14 + 15 + 74 + 6 + 76 + 6 + 98 + 6 + 124) + 14 + 64);
  });

  it('keeps every button in the bar when the row has room', () => {
    expect(itemsInMore(row(full))).toEqual([]);
    expect(itemsInMore(row(2000))).toEqual([]);
  });

  it('moves the least used buttons first, only as many as needed, and More’s own width counts', () => {
    // One pixel short: Move to trash goes, and More (64 + gap) takes less than it gave back.
    expect(itemsInMore(row(full - 1))).toEqual(['trash']);
    // Short by more than Move to trash frees once More is in the row: Duplicate goes too.
    expect(itemsInMore(row(full - 124 - 6 + 14 + 64 - 1))).toEqual(['trash', 'duplicate']);
    expect(itemsInMore(row(780))).toEqual(['trash', 'duplicate', 'import', 'history']);
    expect(itemsInMore(row(700))).toEqual(['trash', 'duplicate', 'import', 'history', 'review']);
    expect(itemsInMore(row(560))).toEqual(['trash', 'duplicate', 'import', 'history', 'review', 'sources']);
  });

  it('never moves a button that must stay (Export, the story state), even when nothing fits', () => {
    expect(itemsInMore(row(100))).toEqual(['trash', 'duplicate', 'import', 'history', 'review', 'sources']);
  });

  it('brings buttons back as the row widens, in the reverse order', () => {
    const widths = [560, 620, 700, 760, 820, 900, 1000, 1100, 1200];
    const counts = widths.map((w) => itemsInMore(row(w)).length);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(counts.at(-1)).toBe(0);
  });

  it('counts More as always there when it holds items of its own (House style)', () => {
    const always = (available: number) => ({ ...row(available), moreAlwaysShown: true });
    // With nothing moved, the row is the buttons and More.
    expect(rowWidth(always(0), new Set())).toBe(full + 14 + 64);
    expect(itemsInMore(always(full + 14 + 64))).toEqual([]);
    // Room for every button but not for More beside them: the least used one goes.
    expect(itemsInMore(always(full))).toEqual(['trash']);
    expect(itemsInMore(row(full))).toEqual([]);
  });
});
