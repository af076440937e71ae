import { describe, expect, it } from 'vitest';
import { INITIAL_SIDE_PANELS, nextSidePanels, type SidePanel, type SidePanelAction, type SidePanels } from '../../renderer/desk/side-panel';

const run = (...actions: SidePanelAction[]): SidePanel => actions.reduce(nextSidePanels, INITIAL_SIDE_PANELS).open;

describe('side panels', () => {
  it('a story opens beside Sources; each button opens its panel in place of the one shown', () => {
    expect(run()).toBe('sources');
    expect(run({ toggle: 'history' })).toBe('history');
    expect(run({ toggle: 'history' }, { toggle: 'sources' })).toBe('sources');
    expect(run({ toggle: 'review' })).toBe('review');
    expect(run({ toggle: 'review' }, { toggle: 'history' })).toBe('history');
    expect(run({ toggle: 'review' }, { toggle: 'sources' })).toBe('sources');
  });

  it('a button pressed again, or the panel’s close button, closes it', () => {
    expect(run({ toggle: 'sources' })).toBeNull();
    expect(run({ close: 'sources' })).toBeNull();
    expect(run({ toggle: 'history' }, { toggle: 'history' })).toBeNull();
    expect(run({ toggle: 'history' }, { close: 'history' })).toBeNull();
  });

  it('leaving Review quotes goes back to Sources when Review took its place, else to nothing', () => {
    expect(run({ toggle: 'review' }, { toggle: 'review' })).toBe('sources');
    expect(run({ toggle: 'review' }, { close: 'review' })).toBe('sources');
    expect(run({ toggle: 'sources' }, { toggle: 'review' }, { close: 'review' })).toBeNull();
    expect(run({ toggle: 'history' }, { toggle: 'review' }, { close: 'review' })).toBeNull();
    // Once left, Review remembers nothing: Sources → Review → History → Review → close is nothing.
    expect(run({ toggle: 'review' }, { toggle: 'history' }, { toggle: 'review' }, { close: 'review' })).toBeNull();
  });

  it('closing a panel that another has replaced changes nothing', () => {
    expect(run({ toggle: 'history' }, { close: 'sources' })).toBe('history');
    expect(run({ toggle: 'review' }, { close: 'history' })).toBe('review');
  });

  it('does what the three separate switches it replaces did, for every sequence of six presses', () => {
    // The desk bar before: History, Sources and Review as three booleans with hand-written exclusion.
    type Old = { history: boolean; sources: boolean; review: boolean };
    const oldShown = (o: Old): SidePanel => (o.history ? 'history' : o.review ? 'review' : o.sources ? 'sources' : null);
    const oldNext = (o: Old, a: SidePanelAction): Old => {
      if ('close' in a) return { ...o, [a.close]: false };
      if (a.toggle === 'history') return o.history ? { ...o, history: false } : { history: true, sources: false, review: false };
      if (a.toggle === 'sources') return o.review ? { history: false, sources: true, review: false } : { ...o, history: false, sources: !o.sources };
      return { ...o, history: false, review: !o.review };
    };
    const presses: SidePanelAction[] = (['history', 'sources', 'review'] as const).flatMap((p) => [{ toggle: p }, { close: p }]);
    let checked = 0;
    const walk = (old: Old, now: SidePanels, depth: number) => {
      expect(now.open).toBe(oldShown(old));
      checked++;
      if (depth === 0) return;
      for (const a of presses) {
        // A close button is on its panel, so it can only be pressed while that panel shows.
        if ('close' in a && oldShown(old) !== a.close) continue;
        walk(oldNext(old, a), nextSidePanels(now, a), depth - 1);
      }
    };
    walk({ history: false, sources: true, review: false }, INITIAL_SIDE_PANELS, 6);
    expect(checked).toBeGreaterThan(1000);
  });
});
