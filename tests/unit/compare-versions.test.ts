// The History panel's Compare versions without the DOM: which side is older, the comparison
// against the editor's own document, and "Restore this paragraph" as one undoable transaction.
import { history, undo } from 'prosemirror-history';
import type { Node } from 'prosemirror-model';
import { EditorState, type Transaction } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import type { HistoryRevision } from '../../renderer/history/revision-source';
import { type CompareSide, canRestore, compareSides, inOrder, type LiveEditor, restoreInEditor } from '../../renderer/history/compare-versions';
import { type Article, newArticle } from '../../shared/article';
import { schema } from '../../shared/schema';

const n = schema.nodes;
const p = (text: string) => n.paragraph.create(null, text ? schema.text(text) : null);
const doc = (...blocks: Node[]) => n.doc.create(null, blocks);
const story = (body: Node, init: Partial<Article> = {}): Article =>
  newArticle({ id: 'story-1', now: '2026-11-27T10:00:00.000Z', ...init, body: body.toJSON() });

const info = (at: string, ms: number): HistoryRevision => ({ id: `${ms}-manual-10w`, at, label: 'Saved', words: 10 });
const revision = (at: string, ms: number, article: Article): CompareSide => ({ kind: 'revision', info: info(at, ms), article });

/** An editor without a view: dispatch applies the transaction, as EditorView.dispatch does. */
function editorWith(body: Node): LiveEditor & { undo(): boolean; transactions: Transaction[] } {
  const transactions: Transaction[] = [];
  const editor = {
    state: EditorState.create({ schema, doc: body, plugins: [history()] }),
    transactions,
    dispatch(tr: Transaction) {
      transactions.push(tr);
      editor.state = editor.state.apply(tr);
    },
    undo: () => undo(editor.state, editor.dispatch),
  };
  return editor;
}

describe('the two sides of a comparison', () => {
  const a = revision('2026-11-27T10:00:00.000Z', 1_764_237_600_000, story(doc(p('One.'))));
  const b = revision('2026-11-27T11:00:00.000Z', 1_764_241_200_000, story(doc(p('Two.'))));
  it('puts the earlier revision first, whichever was picked first', () => {
    expect(inOrder(a, b)).toEqual({ older: a, newer: b });
    expect(inOrder(b, a)).toEqual({ older: a, newer: b });
  });
  it('puts the current text last', () => {
    expect(inOrder({ kind: 'current' }, a)).toEqual({ older: a, newer: { kind: 'current' } });
    expect(inOrder(b, { kind: 'current' })).toEqual({ older: b, newer: { kind: 'current' } });
  });
  it('orders revisions kept in the same second by their ids', () => {
    const c = revision('2026-11-27T10:00:00.000Z', 1_764_237_600_500, story(doc(p('Three.'))));
    expect(inOrder(c, a).older).toBe(a);
  });
  it('cannot compare with the current text when no story is open', () => {
    expect(compareSides(a, { kind: 'current' }, { article: null, editor: null })).toBeNull();
  });
});

describe('Restore this paragraph', () => {
  const older = story(doc(p('The mayor cancelled the parade on Tuesday.'), p('Police closed the road.'), p('Shops stayed open.')));
  const now = doc(p('The mayor cancelled the spring festival on Friday.'), p('Shops stayed open.'), p('A new paragraph.'));
  const setup = () => {
    const editor = editorWith(now);
    const current = story(now);
    const comparison = compareSides(revision('2026-11-27T10:00:00.000Z', 1, older), { kind: 'current' }, { article: current, editor })!;
    return { editor, comparison };
  };
  const texts = (body: Node) => body.children.map((b) => b.textContent);

  it('is offered for an edited or deleted paragraph, not for an unchanged or only new one', () => {
    const { comparison } = setup();
    const offered = comparison.blocks.map((b, i) => [b.kind, canRestore(comparison, i)]);
    expect(offered).toEqual([
      ['changed', true],
      ['deleted', true],
      ['equal', false],
      ['inserted', false],
    ]);
  });

  it('puts an edited paragraph back as one transaction, and one undo brings the current text back', () => {
    const { editor, comparison } = setup();
    expect(restoreInEditor(editor, comparison, 0)).toBe(true);
    expect(editor.transactions).toHaveLength(1);
    expect(texts(editor.state.doc)).toEqual(['The mayor cancelled the parade on Tuesday.', 'Shops stayed open.', 'A new paragraph.']);
    // The cursor is in the restored paragraph, where the reporter reads it.
    expect(editor.state.selection.$from.parent.textContent).toBe('The mayor cancelled the parade on Tuesday.');
    expect(editor.undo()).toBe(true);
    expect(editor.state.doc.eq(now)).toBe(true);
  });

  it('puts a deleted paragraph back where it stood', () => {
    const { editor, comparison } = setup();
    expect(restoreInEditor(editor, comparison, 1)).toBe(true);
    expect(texts(editor.state.doc)).toEqual([
      'The mayor cancelled the spring festival on Friday.',
      'Police closed the road.',
      'Shops stayed open.',
      'A new paragraph.',
    ]);
    editor.undo();
    expect(editor.state.doc.eq(now)).toBe(true);
  });

  it('is not its typing’s undo step: undo after a restore leaves the typing before it', () => {
    const { editor } = setup();
    // Typing in the same paragraph just before the restore, within the history's grouping delay.
    editor.dispatch(editor.state.tr.insertText(' Updated.', editor.state.doc.child(0).nodeSize - 1));
    const typed = editor.state.doc;
    const fresh = compareSides(revision('2026-11-27T10:00:00.000Z', 1, older), { kind: 'current' }, { article: story(typed), editor })!;
    expect(restoreInEditor(editor, fresh, 0)).toBe(true);
    editor.undo();
    expect(editor.state.doc.eq(typed)).toBe(true);
  });

  it('changes nothing when the story changed since the comparison', () => {
    const { editor, comparison } = setup();
    editor.dispatch(editor.state.tr.insertText('Breaking: ', 1));
    const edited = editor.state.doc;
    expect(restoreInEditor(editor, comparison, 0)).toBe(false);
    expect(editor.state.doc.eq(edited)).toBe(true);
  });

  it('does nothing for a block with nothing to restore', () => {
    const { editor, comparison } = setup();
    expect(restoreInEditor(editor, comparison, 2)).toBe(false);
    expect(restoreInEditor(editor, comparison, 3)).toBe(false);
    expect(editor.transactions).toHaveLength(0);
  });
});
