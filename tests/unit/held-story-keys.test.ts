// Keys typed into a shared story shown before its state is in (renderer/editor/held-keys.ts): kept
// while the story cannot take them, then typed where the person put the cursor. A real EditorView
// (jsdom) and real keyboard events on the window.
import type { JSDOM } from 'jsdom';
import { EditorState, TextSelection } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '../../shared/schema';
import { holdStoryKeys } from '../../renderer/editor/held-keys';
import { installJsdom } from '../support/jsdom-view';

let dom: JSDOM;
beforeAll(() => {
  dom = installJsdom('<!doctype html><body><input id="field"></body>');
});

const views: EditorView[] = [];
afterEach(() => {
  for (const v of views.splice(0)) v.destroy();
});

/** A locked story of two paragraphs ("First." and "Second."), and a switch that unlocks it. */
function lockedStory() {
  let editable = false;
  const doc = schema.node('doc', null, [schema.node('paragraph', null, schema.text('First.')), schema.node('paragraph', null, schema.text('Second.'))]);
  const mount = document.createElement('div');
  document.body.append(mount);
  // (No layout in jsdom: the app scrolls to the selection itself, here nothing does.)
  const view = new EditorView(mount, { state: EditorState.create({ doc }), editable: () => editable, handleScrollToSelection: () => true });
  views.push(view);
  return {
    view,
    unlock() {
      editable = true;
      view.updateState(view.state);
    },
  };
}

/** Puts the DOM selection (where a click would) at `offset` in the text of paragraph `index`. */
function clickInto(view: EditorView, index: number, offset: number) {
  const text = view.dom.querySelectorAll('p')[index]?.firstChild;
  if (!text) throw new Error('no paragraph');
  document.getSelection()?.collapse(text, offset);
  // (ProseMirror reads the selection on selectionchange, which jsdom does not fire: as it would.)
  const pos = view.posAtDOM(text, offset);
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, pos)));
}

function press(key: string, init: KeyboardEventInit = {}, target: EventTarget = document.body): boolean {
  const e = new dom.window.KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init });
  target.dispatchEvent(e);
  return e.defaultPrevented;
}

const paragraphs = (view: EditorView) => {
  const out: string[] = [];
  view.state.doc.forEach((n) => {
    out.push(n.textContent);
  });
  return out;
};

describe('keys typed into a story before it can take them', () => {
  it('are kept, not written, while it is locked, then typed where the cursor was: text, Backspace, Enter, typographic quotes', async () => {
    const { view, unlock } = lockedStory();
    const held = holdStoryKeys(view, dom.window);
    clickInto(view, 0, 'First'.length);
    for (const k of ' Nox') expect(press(k), k).toBe(true);
    expect(press('Backspace')).toBe(true);
    for (const k of 'w "ok"') press(k);
    press('Enter');
    for (const k of 'Next.') press(k);
    expect(paragraphs(view), 'nothing written while locked').toEqual(['First.', 'Second.']);
    unlock();
    held.release();
    expect(paragraphs(view)).toEqual(['First Now “ok”', 'Next..', 'Second.']);
  });

  it('leaves alone shortcuts, keys for a field, and typing with the selection outside the story; a Backspace with nothing held is a Backspace', () => {
    const { view, unlock } = lockedStory();
    const held = holdStoryKeys(view, dom.window);
    clickInto(view, 1, 0);
    expect(press('s', { ctrlKey: true })).toBe(false);
    expect(press('x', {}, document.getElementById('field') as HTMLElement)).toBe(false);
    expect(press('Backspace')).toBe(true); // joins "Second." to the paragraph before, once unlocked
    document.getSelection()?.collapse(document.getElementById('field') as HTMLElement, 0);
    expect(press('y')).toBe(false);
    unlock();
    held.release();
    expect(paragraphs(view)).toEqual(['First.Second.']);
  });

  it('a story closed before it could take them: stop drops what was held, and nothing is held after', () => {
    const { view, unlock } = lockedStory();
    const held = holdStoryKeys(view, dom.window);
    clickInto(view, 0, 0);
    press('a');
    held.stop();
    expect(press('b')).toBe(false);
    unlock();
    held.release();
    expect(paragraphs(view)).toEqual(['First.', 'Second.']);
  });
});
