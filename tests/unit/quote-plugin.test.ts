// The quote highlight plugin: decorations after analysis, mapping through edits, and no engine
// work on the keystroke path. Uses the real schema and engine; the view is a stand-in (no DOM).
import type { Node } from 'prosemirror-model';
import { EditorState, type Plugin, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { collectParagraphs, findQuote, quoteAttribution, quoteAttributionKey, refreshQuotes, selectQuote } from '../../renderer/editor/quote-plugin';
import { type AttributionSession, createAttributionSession } from '../../shared/attribution/index';
import { schema } from '../../shared/schema';

const { doc, paragraph: p, heading, blockquote, bullet_list, list_item, photo, hard_break } = schema.nodes;
const para = (text: string) => p!.create(null, text ? schema.text(text) : null);

function story(...texts: string[]): Node {
  return doc!.create(null, texts.map(para));
}

/** An engine session that counts how often it runs. */
function countingSession(): AttributionSession & { calls: number } {
  const inner = createAttributionSession();
  const s = {
    calls: 0,
    update(paragraphs: string[]) {
      s.calls++;
      return inner.update(paragraphs);
    },
    reset: () => inner.reset(),
    stats: inner.stats,
  };
  return s;
}

/** Tasks the plugin schedules, run by hand. */
function manualScheduler() {
  const tasks: { task: () => void; ms: number; cancelled: boolean }[] = [];
  return {
    tasks,
    schedule(task: () => void, ms: number) {
      const t = { task, ms, cancelled: false };
      tasks.push(t);
      return () => {
        t.cancelled = true;
      };
    },
    pending: () => tasks.filter((t) => !t.cancelled).length,
    runAll() {
      while (tasks.some((t) => !t.cancelled)) {
        const t = tasks.find((x) => !x.cancelled)!;
        t.cancelled = true;
        t.task();
      }
    },
  };
}

/** Just enough of an EditorView for the plugin's view: state, dispatch, update calls. */
function fakeView(state: EditorState, plugin: Plugin) {
  const v = {
    state,
    dispatch(tr: Transaction) {
      const prev = v.state;
      v.state = v.state.apply(tr);
      pluginView.update?.(v as unknown as EditorView, prev);
    },
  };
  const pluginView = plugin.spec.view!(v as unknown as EditorView);
  return v;
}

const decorations = (state: EditorState) => quoteAttributionKey.getState(state)!.decorations.find();
const highlighted = (state: EditorState) => decorations(state).map((d) => state.doc.textBetween(d.from, d.to));

const STORY = ['Mayor Ellen Ford opened the bridge on Monday.', '"We are on budget," Ford said.', 'Traffic was light.'];

function setup(texts = STORY) {
  const session = countingSession();
  const sched = manualScheduler();
  const plugin = quoteAttribution({ session, schedule: sched.schedule });
  const view = fakeView(EditorState.create({ doc: story(...texts), plugins: [plugin] }), plugin);
  return { session, sched, view };
}

describe('quoteAttribution plugin', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('highlights each quote with its state and speaker after the first analysis', () => {
    const { session, sched, view } = setup();
    expect(session.calls).toBe(0);
    expect(decorations(view.state)).toHaveLength(0);
    sched.runAll();
    expect(session.calls).toBe(1);
    expect(highlighted(view.state)).toEqual(['We are on budget,']);
    const [d] = decorations(view.state);
    expect((d as unknown as { type: { attrs: Record<string, string> } }).type.attrs).toMatchObject({
      class: 'quote quote-attributed',
      title: 'Quote by Ellen Ford (attributed)',
    });
  });

  it('a keystroke maps the highlights and schedules analysis, but never runs the engine itself', () => {
    const { session, sched, view } = setup();
    sched.runAll();
    const start = view.state.doc.child(1).content.size; // end of paragraph 1
    for (const ch of ' Crowds came.') view.dispatch(view.state.tr.insertText(ch, 1 + start - 1));
    expect(session.calls).toBe(1);
    expect(highlighted(view.state)).toEqual(['We are on budget,']);
    expect(quoteAttributionKey.getState(view.state)!.changed.length).toBeGreaterThan(0);
    expect(sched.pending()).toBe(1); // debounced: one pending run, not one per keystroke

    const before = quoteAttributionKey.getState(view.state)!.decorations;
    sched.runAll();
    expect(session.calls).toBe(2);
    expect(session.stats.analysed).toBe(1); // only the edited paragraph is re-analysed
    // Nothing about the quote changed, so its decoration is left as it was.
    expect(quoteAttributionKey.getState(view.state)!.decorations).toBe(before);
    expect(quoteAttributionKey.getState(view.state)!.changed).toEqual([]);
  });

  it('typing inside a quote grows its highlight before the engine runs again', () => {
    const { sched, view } = setup();
    sched.runAll();
    const q = findQuote(view.state, decorations(view.state)[0]!.spec.quoteId)!;
    view.dispatch(view.state.tr.insertText(' and on time', q.to - 1));
    expect(highlighted(view.state)).toEqual(['We are on budget and on time,']);
  });

  it('a new quote typed in a new paragraph is highlighted after the pause, others keep their decoration', () => {
    const { sched, view, session } = setup();
    sched.runAll();
    const old = decorations(view.state)[0]!;
    const end = view.state.doc.content.size;
    view.dispatch(view.state.tr.insert(end, para('')));
    for (const ch of '"The river is calm," she said.') view.dispatch(view.state.tr.insertText(ch, view.state.doc.content.size - 1));
    expect(session.calls).toBe(1);
    expect(highlighted(view.state)).toEqual(['We are on budget,']);
    sched.runAll();
    expect(highlighted(view.state)).toEqual(['We are on budget,', 'The river is calm,']);
    // Same spec object: the decoration was mapped, not rebuilt, so its DOM is kept.
    expect(decorations(view.state)[0]!.spec).toBe(old.spec);
  });

  it('reads headings, list and block-quote paragraphs, skips photos, and maps text offsets to doc positions', () => {
    const d = doc!.create(null, [
      heading!.create({ level: 2 }, schema.text('Bridge opens')),
      photo!.create({ caption: 'The bridge "at dawn"' }),
      blockquote!.create(null, para('"Finally," said Ellen Ford.')),
      bullet_list!.create(null, [list_item!.create(null, para('Cost: "$2 million," Ford said.'))]),
      p!.create(null, [schema.text('Asked again'), hard_break!.create(), schema.text('"We will open in May," Ford said.')]),
    ]);
    const { texts, starts } = collectParagraphs(d);
    expect(texts).toEqual(['Bridge opens', '"Finally," said Ellen Ford.', 'Cost: "$2 million," Ford said.', 'Asked again "We will open in May," Ford said.']);
    texts.forEach((t, i) => {
      expect(d.textBetween(starts[i]!, starts[i]! + t.length, '', ' ')).toBe(t);
    });

    const session = countingSession();
    const sched = manualScheduler();
    const plugin = quoteAttribution({ session, schedule: sched.schedule });
    const view = fakeView(EditorState.create({ doc: d, plugins: [plugin] }), plugin);
    sched.runAll();
    expect(highlighted(view.state)).toEqual(['Finally,', '$2 million,', 'We will open in May,']);
  });

  it('selectQuote selects the quote where it is now; refreshQuotes redraws from the last analysis without the engine', () => {
    const { session, sched, view } = setup();
    sched.runAll();
    const id = decorations(view.state)[0]!.spec.quoteId as string;
    view.dispatch(view.state.tr.insertText('Update: ', 1));
    expect(selectQuote(id)(view.state, (tr) => view.dispatch(tr))).toBe(true);
    const { from, to } = view.state.selection;
    expect(view.state.doc.textBetween(from, to)).toBe('We are on budget,');
    expect(selectQuote('nope')(view.state)).toBe(false);

    sched.runAll();
    const calls = session.calls;
    refreshQuotes(view.state, (tr) => view.dispatch(tr));
    sched.runAll();
    expect(session.calls).toBe(calls);
  });

  it('with the default scheduler, the engine runs only once typing has paused', () => {
    vi.useFakeTimers();
    const session = countingSession();
    const plugin = quoteAttribution({ session, delay: 200 });
    const view = fakeView(EditorState.create({ doc: story(...STORY), plugins: [plugin] }), plugin);
    vi.advanceTimersByTime(1);
    expect(session.calls).toBe(1);
    for (let i = 0; i < 5; i++) {
      view.dispatch(view.state.tr.insertText('x', 2));
      vi.advanceTimersByTime(100);
    }
    expect(session.calls).toBe(1);
    vi.advanceTimersByTime(150);
    expect(session.calls).toBe(2);
  });
});
