// The checks in the editor: a pass after the quote engine's analysis (never on a keystroke), the
// underlines mapped between passes, Ignore here, and a replacement as one undoable step. Real
// schema, engine and history; the view is a stand-in (no DOM).
import type { Node } from 'prosemirror-model';
import { history, undo } from 'prosemirror-history';
import { EditorState, type Plugin, type Transaction } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ChecksStory, applyFirstReplacements, applyReplacement, checksKey, checksPlugin, openChecksOf, recheck } from '../../renderer/checks/checks-plugin';
import { quoteAttribution } from '../../renderer/editor/quote-plugin';
import { DEFAULT_HOUSE_STYLE, ignoreFor } from '../../shared/checks';
import { schema } from '../../shared/schema';

const { doc, paragraph: p } = schema.nodes;
const story = (...texts: string[]): Node =>
  doc!.create(
    null,
    texts.map((t) => p!.create(null, t ? schema.text(t) : null)),
  );

/** Just enough of an EditorView for the plugins' views: state, dispatch, update calls. */
function fakeView(state: EditorState, plugins: Plugin[]) {
  const views: { update?: (v: EditorView, prev: EditorState) => void; destroy?: () => void }[] = [];
  const v = {
    state,
    dispatch(tr: Transaction) {
      const prev = v.state;
      v.state = v.state.apply(tr);
      for (const pv of views) pv.update?.(v as unknown as EditorView, prev);
    },
  };
  for (const plugin of plugins) if (plugin.spec.view) views.push(plugin.spec.view(v as unknown as EditorView));
  return v;
}

const FIELDS: ChecksStory = {
  headline: 'Council writes to residents',
  standfirst: '',
  byline: { contributors: [{ name: 'Ana Ruiz', role: 'writer', affiliation: null, contact: null }] },
  dateline: null,
  people: [],
  quotes: [],
};

function setup(texts: string[], fields: ChecksStory = FIELDS) {
  const tasks: (() => void)[] = [];
  const quotes = quoteAttribution({
    schedule: (task) => {
      tasks.push(task);
      return () => tasks.splice(tasks.indexOf(task), 1);
    },
  });
  let current = fields;
  const options = { story: () => current, style: () => DEFAULT_HOUSE_STYLE };
  const checks = checksPlugin(options);
  const view = fakeView(EditorState.create({ doc: story(...texts), plugins: [history(), quotes, checks] }), [quotes, checks]);
  /** The quote engine's pause ends: its analysis lands, then the checks' pass runs. */
  const settle = () => {
    while (tasks.length) tasks.shift()!();
    vi.runAllTimers();
  };
  return { view, settle, options, setFields: (f: ChecksStory) => (current = f) };
}

const underlined = (state: EditorState) =>
  checksKey
    .getState(state)!
    .decorations.find()
    .map((d) => state.doc.textBetween(d.from, d.to));
/** What the editor draws (the index less the matches being edited). */
const drawn = (state: EditorState) =>
  checksKey
    .getState(state)!
    .drawn.find()
    .map((d) => state.doc.textBetween(d.from, d.to));

describe('checks plugin', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('underlines after the quote analysis lands, not on a keystroke; underlines follow their words between passes', () => {
    const { view, settle } = setup(['The council sent an e-mail to residents.']);
    expect(underlined(view.state)).toEqual([]);
    settle();
    expect(underlined(view.state)).toEqual(['e-mail']);
    const pass = checksKey.getState(view.state)!.pass;

    // Typing before the words: no pass runs, the underline moves with them.
    view.dispatch(view.state.tr.insertText('Today ', 1));
    vi.runAllTimers();
    expect(checksKey.getState(view.state)!.pass).toBe(pass);
    expect(underlined(view.state)).toEqual(['e-mail']);

    // A new mistake shows after the pause.
    view.dispatch(view.state.tr.insertText(' It was okay.', view.state.doc.content.size - 1));
    expect(underlined(view.state)).toEqual(['e-mail']);
    settle();
    expect(underlined(view.state)).toEqual(['e-mail', 'okay']);
  });

  it('typing in the words of a match takes its underline away until the next pass; the others stay as drawn', () => {
    const { view, settle } = setup(['The council sent an e-mail, okay, to residents.']);
    settle();
    expect(drawn(view.state)).toEqual(['e-mail', 'okay']);
    const okay = checksKey
      .getState(view.state)!
      .drawn.find()
      .find((d) => view.state.doc.textBetween(d.from, d.to) === 'okay')!;

    // Typing inside "e-mail": its underline goes, the match stays in the index (card, panel).
    const at = view.state.doc.textContent.indexOf('mail') + 1;
    view.dispatch(view.state.tr.insertText('x', at + 1));
    expect(drawn(view.state)).toEqual(['okay']);
    expect(underlined(view.state)).toEqual(['e-mxail', 'okay']);
    // The other underline is the same decoration, so the editor leaves its span alone.
    const okayNow = checksKey
      .getState(view.state)!
      .drawn.find()
      .find((d) => view.state.doc.textBetween(d.from, d.to) === 'okay')!;
    expect(okayNow.spec).toBe(okay.spec);

    // Typing at the edge of the words counts as editing them too.
    view.dispatch(view.state.tr.insertText('!', okayNow.to));
    expect(drawn(view.state)).toEqual([]);

    // The next pass reads the words as they are now.
    settle();
    expect(drawn(view.state)).toEqual(['okay']);
    view.dispatch(view.state.tr.delete(at + 1, at + 2));
    settle();
    expect(drawn(view.state)).toEqual(['e-mail', 'okay']);
  });

  it('a pass keeps the very decorations of paragraphs whose underlines did not change, so the editor need not compare them', () => {
    const { view, settle } = setup(['The council sent an e-mail to residents.', 'It was okay, the mayor said.', 'Nothing here.']);
    settle();
    expect(underlined(view.state)).toEqual(['e-mail', 'okay']);
    const second = () => {
      const { doc } = view.state;
      const offset = doc.child(0).nodeSize;
      return checksKey.getState(view.state)!.decorations.forChild(offset, doc.child(1));
    };
    const before = second();
    const okay = checksKey.getState(view.state)!.decorations.find()[1]!.spec;

    // A new match in the first paragraph: the second paragraph's underline is not drawn again.
    view.dispatch(view.state.tr.insertText(' It is okay.', view.state.doc.child(0).nodeSize - 1));
    settle();
    expect(underlined(view.state)).toEqual(['e-mail', 'okay', 'okay']);
    expect(second()).toBe(before);
    expect(checksKey.getState(view.state)!.decorations.find()[2]!.spec).toBe(okay);

    // A pass that finds just what was there keeps the whole set.
    const set = checksKey.getState(view.state)!.decorations;
    recheck(view as unknown as EditorView, { story: () => FIELDS, style: () => DEFAULT_HOUSE_STYLE });
    expect(checksKey.getState(view.state)!.pass).toBeGreaterThan(0);
    expect(checksKey.getState(view.state)!.decorations).toBe(set);
  });

  it('a replacement is one undoable step, and undo brings the words and their underline back', () => {
    const { view, settle } = setup(['The council sent an e-mail to residents.']);
    settle();
    const [check] = openChecksOf(view.state);
    expect(check!.match.replacements).toEqual(['email']);
    expect(applyReplacement(check!.key, 'email')(view.state, view.dispatch)).toBe(true);
    expect(view.state.doc.textContent).toBe('The council sent an email to residents.');
    settle();
    expect(underlined(view.state)).toEqual([]);
    undo(view.state, view.dispatch);
    expect(view.state.doc.textContent).toBe('The council sent an e-mail to residents.');
    settle();
    expect(underlined(view.state)).toEqual(['e-mail']);
  });

  it('Fix all replaces every match given with its first replacement, as one undoable step, and leaves the rest', () => {
    const text = 'The mayor said "the port will reopen" and it\'s "soon", okay.';
    const { view, settle } = setup([text, 'Crews said "not yet".']);
    settle();
    const straight = openChecksOf(view.state).filter((c) => c.match.ruleId === 'copy.straight-quotes');
    expect(straight.length).toBe(7);
    // The first paragraph's only: the second keeps its straight quotes.
    const first = straight.filter((c) => c.match.range.kind === 'block' && c.match.range.block === 0);
    expect(applyFirstReplacements(first.map((c) => c.key))(view.state, view.dispatch)).toBe(true);
    expect(view.state.doc.child(0).textContent).toBe('The mayor said “the port will reopen” and it’s “soon”, okay.');
    expect(view.state.doc.child(1).textContent).toBe('Crews said "not yet".');
    settle();
    const left = openChecksOf(view.state).filter((c) => c.match.ruleId === 'copy.straight-quotes' || c.match.ruleId === 'style.okay');
    expect(left.map((c) => [c.match.range.kind === 'block' && c.match.range.block, c.match.text])).toEqual([
      [1, '"'],
      [1, '"'],
    ]);
    expect(openChecksOf(view.state).some((c) => c.match.text === 'okay')).toBe(true);
    undo(view.state, view.dispatch);
    expect(view.state.doc.child(0).textContent).toBe(text);
    // Nothing left to replace: the command says so and changes nothing.
    expect(applyFirstReplacements(['no-such-key'])(view.state, view.dispatch)).toBe(false);
  });

  it('Ignore here leaves that one match; the same words in another paragraph are still underlined', () => {
    const { view, settle, options, setFields } = setup(['Schools shut in the the east.', 'Buses stopped in the the west.']);
    settle();
    expect(underlined(view.state)).toEqual(['the the', 'the the']);
    const [first] = openChecksOf(view.state);
    setFields({ ...FIELDS, checks: { ignored: [ignoreFor(first!.match, first!.source)] } });
    recheck(view as unknown as EditorView, options);
    expect(underlined(view.state)).toEqual(['the the']);
    expect(openChecksOf(view.state)[0]!.match.range).toMatchObject({ kind: 'block', block: 1 });
  });

  it('a re-check asked for while the text is ahead of the quote analysis waits for the analysis', () => {
    const { view, settle, options } = setup(['Turnout was 40% on Sunday.']);
    settle();
    const pass = checksKey.getState(view.state)!.pass;
    view.dispatch(view.state.tr.insertText(' It was okay.', view.state.doc.content.size - 1));
    recheck(view as unknown as EditorView, options);
    expect(checksKey.getState(view.state)!.pass).toBe(pass);
    settle();
    expect(underlined(view.state)).toEqual(['40%', 'okay']);
  });
});
