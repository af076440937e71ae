import { type RefObject, useCallback, useLayoutEffect, useRef, useState } from 'react';

/**
 * The desk bar's second row (story state, panels, story file) keeps to one line: when it is too
 * narrow, the less used buttons move into the More menu, in a fixed order, and come back as it
 * widens. The sizes come from the page (measured), the choice from `itemsInMore`, a pure function.
 * The row still wraps if a measurement is ever off, so no control can end up off-screen.
 */

export interface BarItemSize {
  id: string;
  width: number;
  /** Its turn to move into More (1 goes first); null: it always stays in the bar. */
  leaves: number | null;
}

export interface BarGroupSize {
  /** Space before the group's first item (its separator: padding and border). */
  inset: number;
  /** Space between its items. */
  gap: number;
  items: BarItemSize[];
}

export interface BarRowSize {
  groups: BarGroupSize[];
  /** Space between groups, and before the More button. */
  gap: number;
  available: number;
  moreWidth: number;
  /** More has items of its own (House style), so it takes its place even with no bar button in it. */
  moreAlwaysShown?: boolean;
}

/** The width the row takes with the given items in More (a group left empty takes none). */
export function rowWidth(row: BarRowSize, inMore: ReadonlySet<string>): number {
  let total = 0;
  let groups = 0;
  for (const group of row.groups) {
    const shown = group.items.filter((item) => !inMore.has(item.id));
    if (shown.length === 0) continue;
    total += (groups > 0 ? row.gap : 0) + group.inset + shown.reduce((sum, item) => sum + item.width, 0) + group.gap * (shown.length - 1);
    groups++;
  }
  if (inMore.size > 0 || row.moreAlwaysShown) total += (groups > 0 ? row.gap : 0) + row.moreWidth;
  return total;
}

/** The fewest items, in their order, that must move into More for the row to fit; all that may, when nothing fits. */
export function itemsInMore(row: BarRowSize): string[] {
  const movable = row.groups
    .flatMap((group) => group.items)
    .filter((item) => item.leaves !== null)
    .sort((a, b) => (a.leaves ?? 0) - (b.leaves ?? 0))
    .map((item) => item.id);
  // Half a pixel of slack: widths are fractional and the browser rounds.
  for (let n = 0; n <= movable.length; n++) {
    const chosen = movable.slice(0, n);
    if (rowWidth(row, new Set(chosen)) <= row.available + 0.5) return chosen;
  }
  return movable;
}

const px = (value: string) => Number.parseFloat(value) || 0;

/**
 * Measures the row and returns the ids of the items to show in More.
 * Markup: the row's children are groups; an item that may move carries `data-bar-item` (its id)
 * and `data-leaves` (its turn), and is rendered `hidden` while it is in More. A hidden item keeps
 * the width it had when last shown.
 */
export function useBarOverflow({ moreAlwaysShown = false }: { moreAlwaysShown?: boolean } = {}): {
  rowRef: RefObject<HTMLDivElement | null>;
  moreRef: RefObject<HTMLButtonElement | null>;
  inMore: readonly string[];
} {
  const rowRef = useRef<HTMLDivElement>(null);
  const moreRef = useRef<HTMLButtonElement>(null);
  const [inMore, setInMore] = useState<readonly string[]>([]);
  const widths = useRef(new Map<string, number>());
  const observer = useRef<ResizeObserver | null>(null);

  const measure = useCallback(() => {
    const row = rowRef.current;
    if (!row || row.getClientRects().length === 0) return;
    const rowStyle = getComputedStyle(row);
    const groups: BarGroupSize[] = [];
    for (const group of row.children) {
      if (!(group instanceof HTMLElement) || group === moreRef.current || group.dataset.barGroup === undefined) continue;
      const style = getComputedStyle(group);
      const items: BarItemSize[] = [];
      for (const child of group.children) {
        if (!(child instanceof HTMLElement)) continue;
        const id = child.dataset.barItem;
        const shown = child.getClientRects().length > 0;
        const width = shown ? child.getBoundingClientRect().width : (widths.current.get(id ?? '') ?? 0);
        if (id && shown) widths.current.set(id, width);
        items.push({ id: id ?? `fixed-${items.length}`, width, leaves: id ? Number(child.dataset.leaves) : null });
        // Every item, hidden ones too: a word count or a save state changing length changes what fits.
        observer.current?.observe(child);
      }
      groups.push({ inset: px(style.paddingLeft) + px(style.borderLeftWidth), gap: px(style.columnGap), items });
    }
    const available = row.getBoundingClientRect().width - px(rowStyle.paddingLeft) - px(rowStyle.paddingRight);
    const more = moreRef.current;
    const next = itemsInMore({ groups, gap: px(rowStyle.columnGap), available, moreWidth: more ? more.getBoundingClientRect().width : 0, moreAlwaysShown });
    setInMore((now) => (now.length === next.length && now.every((id, i) => id === next[i]) ? now : next));
  }, [moreAlwaysShown]);

  // Measured once before the bar is first painted, then whenever the row or anything in it changes
  // size: a narrower window, a label that changes length (Saved → Unsaved changes, a word count).
  useLayoutEffect(() => {
    const watch = new ResizeObserver(() => measure());
    observer.current = watch;
    if (rowRef.current) watch.observe(rowRef.current);
    if (moreRef.current) watch.observe(moreRef.current);
    measure();
    return () => {
      watch.disconnect();
      observer.current = null;
    };
  }, [measure]);

  return { rowRef, moreRef, inMore };
}
