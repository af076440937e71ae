import { setBlockType, wrapIn } from 'prosemirror-commands';
import type { Node } from 'prosemirror-model';
import { type EditorState, TextSelection, type Transaction } from 'prosemirror-state';
import { wrapInList } from 'prosemirror-schema-list';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { pendingSuggestions, resolveSuggestions, suggestionIds, suggestionIdsBy, suggestionIdsInRange } from '../../shared/changes/suggest';
import { schema } from '../../shared/schema';
import {
  blockquote,
  bullet_list,
  Desk,
  direct,
  em,
  h,
  hasMark,
  heading,
  link,
  p,
  paragraph,
  photo,
  resolved,
  stateOf,
  story,
  strong,
  text,
} from '../support/suggesting';

const base = () => story(p('The council delayed the vote'), p('Residents waited'), photo.create({ src: 'media/a.jpg', caption: 'The site' }), p('Last words'));
// Positions in base(): "The council…" 1–29, "Residents waited" 31–47, the photo at 48, "Last words" 50–60.
const PHOTO = 48;

/** The edit as a suggestion by Ana, checked both ways: marks appear, reject gives back, accept gives the edit. */
function suggestsExactly(original: Node, edit: (tr: Transaction) => void, marks: ('insertion' | 'deletion' | 'modification')[]) {
  const after = new Desk().suggest(stateOf(original), edit);
  for (const m of marks) expect(hasMark(after.doc, m), `${m} mark`).toBe(true);
  expect(resolved(after.doc, 'reject').eq(original), `reject all: ${resolved(after.doc, 'reject')}`).toBe(true);
  expect(resolved(after.doc, 'accept').eq(direct(original, edit)), `accept all: ${resolved(after.doc, 'accept')}`).toBe(true);
  return after;
}

/** A command's steps, run on `state` with the cursor (or selection) at these positions. */
function commandSteps(command: (s: EditorState, d: (tr: Transaction) => void) => boolean, body: Node, from: number, to = from) {
  const state = stateOf(body).apply(stateOf(body).tr.setSelection(TextSelection.create(body, from, to)));
  let made: Transaction | null = null;
  expect(
    command(state, (tr) => {
      made = tr;
    }),
  ).toBe(true);
  return (tr: Transaction) => {
    for (const step of (made as unknown as Transaction).steps) tr.step(step);
  };
}

describe('Suggesting mode records every kind of change', () => {
  it('typing', () => suggestsExactly(base(), (tr) => tr.insertText('long-awaited ', 5), ['insertion']));
  it('deleting', () => suggestsExactly(base(), (tr) => tr.delete(5, 13), ['deletion']));
  it('replacing a word', () => suggestsExactly(base(), (tr) => tr.insertText('postponed', 13, 20), ['insertion', 'deletion']));
  it('splitting a paragraph (Enter)', () => suggestsExactly(base(), (tr) => tr.split(13), ['insertion']));
  it('joining two paragraphs (Backspace at the start of one)', () => suggestsExactly(base(), (tr) => tr.delete(29, 31), ['deletion']));
  it('deleting across paragraphs', () => suggestsExactly(base(), (tr) => tr.delete(20, 40), ['deletion']));
  it('deleting across a photo', () => suggestsExactly(base(), (tr) => tr.delete(40, 55), ['deletion']));
  it('bold and italic added', () => {
    suggestsExactly(base(), (tr) => tr.addMark(5, 12, strong.create()), ['insertion', 'deletion']);
    suggestsExactly(base(), (tr) => tr.addMark(20, 40, em.create()), ['insertion', 'deletion']);
  });
  it('bold removed', () => {
    const bold = story(p(text('Breaking', [strong.create()]), ' news'));
    suggestsExactly(bold, (tr) => tr.removeMark(1, 9, strong), ['insertion', 'deletion']);
  });
  it('a link added, changed and removed', () => {
    suggestsExactly(base(), (tr) => tr.addMark(5, 12, link.create({ href: 'https://example.org' })), ['insertion']);
    const linked = story(p(text('council', [link.create({ href: 'https://a.example' })]), ' met'));
    suggestsExactly(linked, (tr) => tr.addMark(1, 8, link.create({ href: 'https://b.example' })), ['insertion', 'deletion']);
    suggestsExactly(linked, (tr) => tr.removeMark(1, 8, link), ['insertion', 'deletion']);
  });
  it('paragraph to heading and back', () => {
    suggestsExactly(base(), (tr) => tr.setBlockType(1, 1, heading, { level: 2 }), ['modification']);
    suggestsExactly(base(), (tr) => tr.setNodeMarkup(0, heading, { level: 3 }), ['modification']);
    suggestsExactly(story(h(3, 'Background'), p('x')), (tr) => tr.setBlockType(1, 1, paragraph), ['modification']);
    suggestsExactly(story(h(3, 'Background'), p('x')), commandSteps(setBlockType(paragraph), story(h(3, 'Background'), p('x')), 2), ['modification']);
  });
  it('wrapped in a block quote or a list', () => {
    suggestsExactly(base(), commandSteps(wrapIn(blockquote), base(), 3), ['insertion', 'deletion']);
    suggestsExactly(base(), commandSteps(wrapInList(bullet_list), base(), 3, 35), ['insertion', 'deletion']);
  });
  it('a photo inserted, removed and moved', () => {
    suggestsExactly(base(), (tr) => tr.insert(0, photo.create({ src: 'media/b.jpg' })), ['insertion']);
    suggestsExactly(base(), (tr) => tr.delete(PHOTO, PHOTO + 1), ['deletion']);
    const move = (tr: Transaction) => {
      const node = tr.doc.nodeAt(PHOTO) as Node;
      tr.delete(PHOTO, PHOTO + 1).insert(0, node);
    };
    suggestsExactly(base(), move, ['insertion', 'deletion']);
  });
  it('a caption, credit or alt text edited', () => {
    suggestsExactly(base(), (tr) => tr.setNodeAttribute(PHOTO, 'caption', 'The new site'), ['modification']);
    suggestsExactly(base(), (tr) => tr.setNodeMarkup(PHOTO, null, { ...base().nodeAt(PHOTO)?.attrs, credit: 'Ana / Wire', alt: 'A crane' }), ['modification']);
  });
  it('a caption edited twice rejects to the first caption, and edited back leaves no suggestion', () => {
    const desk = new Desk();
    let state = stateOf(base());
    state = desk.suggest(state, (tr) => tr.setNodeAttribute(PHOTO, 'caption', 'B'));
    state = desk.suggest(state, (tr) => tr.setNodeAttribute(PHOTO, 'caption', 'C'));
    expect(resolved(state.doc, 'reject').eq(base())).toBe(true);
    expect(resolved(state.doc, 'accept').nodeAt(PHOTO)?.attrs.caption).toBe('C');
    state = desk.suggest(state, (tr) => tr.setNodeAttribute(PHOTO, 'caption', 'The site'));
    expect(suggestionIds(state.doc).size).toBe(0);
  });
});

describe('who suggested what', () => {
  it('typing inside your own insertion extends it; deleting it removes it', () => {
    const desk = new Desk();
    let state = desk.suggest(stateOf(base()), (tr) => tr.insertText('new ', 5));
    state = desk.suggest(state, (tr) => tr.insertText('and ', 9));
    expect(pendingSuggestions(state.doc).map((s) => s.inserted)).toEqual(['new and ']);
    state = desk.suggest(state, (tr) => tr.delete(5, 13));
    expect(state.doc.eq(base())).toBe(true);
  });
  it('a second person typing inside the first one’s insertion gets a suggestion of their own', () => {
    const desk = new Desk();
    let state = desk.suggest(stateOf(base()), (tr) => tr.insertText('long-awaited ', 5), 'Ana');
    state = desk.suggest(state, (tr) => tr.insertText('very ', 10), 'Ben');
    const pending = pendingSuggestions(state.doc);
    const authors = pending.map((s) => desk.records.get(s.id)?.author);
    expect(authors).toContain('Ana');
    expect(authors).toContain('Ben');
    const ben = pending.find((s) => desk.records.get(s.id)?.author === 'Ben');
    expect(ben?.inserted).toBe('very ');
    expect(resolved(state.doc, 'reject').eq(base())).toBe(true);
  });
});

describe('accept and reject', () => {
  function twoPeople() {
    const desk = new Desk();
    let state = desk.suggest(stateOf(base()), (tr) => tr.insertText('long-awaited ', 5), 'Ana');
    state = desk.suggest(state, (tr) => tr.delete(31 + 13, 31 + 16 + 13 - 13), 'Ben');
    state = desk.suggest(state, (tr) => tr.setNodeAttribute(state.doc.resolve(0).doc.content.size - 13, 'caption', 'x'), 'Ben');
    return { desk, state };
  }
  it('one suggestion leaves the others pending', () => {
    const { state } = twoPeople();
    const ids = [...suggestionIds(state.doc)];
    expect(ids.length).toBeGreaterThanOrEqual(2);
    const one = resolved(state.doc, 'accept', new Set([ids[0] as string]));
    expect(suggestionIds(one)).toEqual(new Set(ids.slice(1)));
    const rejectOne = resolved(state.doc, 'reject', new Set([ids[0] as string]));
    expect(suggestionIds(rejectOne)).toEqual(new Set(ids.slice(1)));
  });
  it('all of one person’s', () => {
    const { desk, state } = twoPeople();
    const ana = suggestionIdsBy(desk.records, 'Ana', state.doc);
    expect(ana.size).toBe(1);
    const after = resolved(state.doc, 'accept', ana);
    expect(after.textContent).toContain('long-awaited');
    expect([...suggestionIds(after)].every((id) => desk.records.get(id)?.author === 'Ben')).toBe(true);
  });
  it('all in a selection', () => {
    const { state } = twoPeople();
    const inFirst = suggestionIdsInRange(state.doc, 0, state.doc.firstChild?.nodeSize ?? 0);
    expect(inFirst.size).toBe(1);
    const after = resolved(state.doc, 'reject', inFirst);
    expect(after.firstChild?.eq(base().firstChild as Node)).toBe(true);
    expect(suggestionIds(after).size).toBe(suggestionIds(state.doc).size - 1);
  });
  it('are undoable: the inverted steps give the marks back', () => {
    const { state } = twoPeople();
    for (const how of ['accept', 'reject'] as const) {
      const tr = new Transform(state.doc);
      resolveSuggestions(tr, null, how);
      expect(suggestionIds(tr.doc).size).toBe(0);
      const undo = new Transform(tr.doc);
      for (let i = tr.steps.length - 1; i >= 0; i--) undo.step(tr.steps[i]?.invert(tr.docs[i] as Node) as never);
      expect(undo.doc.eq(state.doc)).toBe(true);
    }
  });
});

it('the schema keeps a modification on a block that is deleted', () => {
  const mod = schema.marks.modification.create({ id: 's1', type: 'nodeType', previousValue: 'paragraph', newValue: 'heading' });
  const node = heading.create({ level: 2 }, text('x'), [mod, schema.marks.deletion.create({ id: 's2' })]);
  expect(node.marks.length).toBe(2);
});
