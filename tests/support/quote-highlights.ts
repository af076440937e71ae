// Reads what the story shows as quotes: the CSS highlights the quote painter registers
// (renderer/quotes/quote-highlights.ts), as the text under each range, in story order.
import type { Page } from '@playwright/test';

export type QuoteHighlightState = 'attributed' | 'unattributed' | 'ambiguous' | 'flagged' | 'confirmed' | 'current';

export interface ShownQuotes {
  /** every highlighted quote range, in story order */
  all: string[];
  /** the same by state (and the one under review) */
  attributed: string[];
  unattributed: string[];
  ambiguous: string[];
  flagged: string[];
  confirmed: string[];
  current: string[];
}

/** The quotes painted in the article body now. */
export function shownQuotes(page: Page): Promise<ShownQuotes> {
  return page.evaluate(() => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const read = (name: string): Range[] => {
      const ranges = [...(reg?.get(name) ?? [])].filter((r) => !r.collapsed && r.startContainer.isConnected);
      return ranges.sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    };
    const states = ['attributed', 'unattributed', 'ambiguous', 'flagged', 'confirmed'] as const;
    const byState = Object.fromEntries(states.map((s) => [s, read(`quote-${s}`)])) as Record<(typeof states)[number], Range[]>;
    const all = states.flatMap((s) => byState[s]).sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
    const text = (rs: Range[]) => rs.map((r) => r.toString());
    return {
      all: text(all),
      attributed: text(byState.attributed),
      unattributed: text(byState.unattributed),
      ambiguous: text(byState.ambiguous),
      flagged: text(byState.flagged),
      confirmed: text(byState.confirmed),
      current: text(read('quote-current')),
    };
  });
}

/** Scrolls the quote whose text starts with `startsWith` into view; the middle of its first line box (viewport coordinates). */
export async function quotePoint(page: Page, startsWith: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((prefix) => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    for (const name of ['quote-attributed', 'quote-unattributed', 'quote-ambiguous', 'quote-flagged', 'quote-confirmed']) {
      for (const r of reg?.get(name) ?? []) {
        if (!r.toString().startsWith(prefix)) continue;
        // As a reader would: bring it on screen first.
        const el = r.startContainer instanceof Element ? r.startContainer : r.startContainer.parentElement;
        el?.scrollIntoView({ block: 'center' });
        const box = r.getClientRects()[0];
        if (box) return { x: box.left + Math.min(box.width / 2, 20), y: box.top + box.height / 2 };
      }
    }
    return null;
  }, startsWith);
  if (!point) throw new Error(`no quote highlighted that starts with “${startsWith}”`);
  return point;
}

/** Whether the quote starting with `startsWith` is inside the visible part of the story's scroller. */
export function quoteInView(page: Page, startsWith: string): Promise<boolean> {
  return page.evaluate((prefix) => {
    const reg = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const scroller = document.querySelector('.page-scroll') ?? document.documentElement;
    const view = scroller.getBoundingClientRect();
    for (const name of ['quote-attributed', 'quote-unattributed', 'quote-ambiguous', 'quote-flagged', 'quote-confirmed']) {
      for (const r of reg?.get(name) ?? []) {
        if (!r.toString().startsWith(prefix)) continue;
        const box = r.getBoundingClientRect();
        return box.height > 0 && box.top >= view.top && box.bottom <= view.bottom;
      }
    }
    return false;
  }, startsWith);
}
