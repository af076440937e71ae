import { describe, expect, it } from 'vitest';
import { caretScroll } from '../../renderer/editor/sticky-top';

// The window between the desk bar (top 100) and the bottom margin (bottom 876).
const TOP = 100;
const BOTTOM = 876;

describe('caretScroll: how far the window scrolls to show the caret', () => {
  it('leaves a caret inside the window where it is', () => {
    expect(caretScroll({ top: 400, bottom: 429 }, TOP, BOTTOM)).toBe(0);
    expect(caretScroll({ top: TOP, bottom: TOP + 29 }, TOP, BOTTOM)).toBe(0);
    expect(caretScroll({ top: BOTTOM - 29, bottom: BOTTOM }, TOP, BOTTOM)).toBe(0);
  });

  it('brings a caret under the desk bar down to its edge, one below the window up to the bottom', () => {
    expect(caretScroll({ top: 60, bottom: 89 }, TOP, BOTTOM)).toBe(-40);
    expect(caretScroll({ top: 900, bottom: 929 }, TOP, BOTTOM)).toBe(53);
    expect(caretScroll({ top: 1397.25, bottom: 1426.25 }, TOP, BOTTOM)).toBeCloseTo(550.25);
  });

  it('never scrolls a tall selection past its top', () => {
    // a photo taller than the window: its top goes to the desk bar's edge, not its bottom to the bottom
    expect(caretScroll({ top: 300, bottom: 1500 }, TOP, BOTTOM)).toBe(200);
  });

  it('asks for no scroll of less than a pixel (the window scrolls whole pixels; it would be asked again with every key)', () => {
    expect(caretScroll({ top: BOTTOM - 28.78, bottom: BOTTOM + 0.22 }, TOP, BOTTOM)).toBe(0);
    expect(caretScroll({ top: TOP - 0.5, bottom: TOP + 28.5 }, TOP, BOTTOM)).toBe(0);
    expect(caretScroll({ top: BOTTOM - 28, bottom: BOTTOM + 1 }, TOP, BOTTOM)).toBe(1);
  });
});
