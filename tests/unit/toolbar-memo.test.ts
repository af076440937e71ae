// The toolbar's check in the transaction (renderer/editor/Toolbar.tsx, toolbarUnchanged): a caret
// typing on in the same context keeps the signature last computed, so LiveToolbar asks for no
// frame; anything that can turn a button on, off, enabled or disabled is never taken as unchanged.
import { history } from 'prosemirror-history';
import { EditorState, TextSelection } from 'prosemirror-state';
import { describe, expect, it } from 'vitest';
import { toggleBold } from '../../renderer/editor/commands';
import { toolbarMemo, toolbarSignature, toolbarUnchanged } from '../../renderer/editor/Toolbar';
import { schema } from '../../shared/schema';

function typed(state: EditorState, text: string): EditorState {
  return state.apply(state.tr.insertText(text));
}

function start(): EditorState {
  const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('The council met on Tuesday.')])]);
  return EditorState.create({ doc, selection: TextSelection.create(doc, 5), plugins: [history()] });
}

describe('toolbarUnchanged', () => {
  it('holds while a caret types on in the same paragraph, once the signature is computed for it', () => {
    const memo = toolbarMemo();
    let state = start();
    expect(toolbarUnchanged(state, memo)).toBe(false);
    toolbarSignature(state, memo);
    expect(toolbarUnchanged(state, memo)).toBe(true);
    // The first edit gives Undo something to undo: a button changes.
    state = typed(state, 'a');
    expect(toolbarUnchanged(state, memo)).toBe(false);
    toolbarSignature(state, memo);
    for (const ch of 'nd then') {
      state = typed(state, ch);
      expect(toolbarUnchanged(state, memo)).toBe(true);
    }
  });

  it('does not hold for a stored mark, a range, another block type or no editor', () => {
    const memo = toolbarMemo();
    let state = typed(start(), 'a');
    toolbarSignature(state, memo);
    toggleBold(state, (tr) => {
      state = state.apply(tr);
    });
    expect(state.storedMarks?.length).toBe(1);
    expect(toolbarUnchanged(state, memo)).toBe(false);

    const caret = typed(start(), 'a');
    toolbarSignature(caret, memo);
    const range = caret.apply(caret.tr.setSelection(TextSelection.create(caret.doc, 1, 8)));
    expect(toolbarUnchanged(range, memo)).toBe(false);
    const heading = caret.apply(caret.tr.setBlockType(0, caret.doc.content.size, schema.nodes.heading, { level: 2 }));
    expect(toolbarUnchanged(heading, memo)).toBe(false);
    expect(toolbarUnchanged(null, memo)).toBe(false);
  });
});
