import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { resolveSuggestions, SUGGESTION_ANCHOR } from '../../shared/changes/suggest';
import {
  bullet_list,
  Desk,
  deletion,
  em,
  h,
  heading,
  insertion,
  list_item,
  p,
  paragraph,
  photo,
  resolved,
  stateOf,
  story,
  strong,
} from '../support/suggesting';

// Random edits in Suggesting mode by one or two people: rejecting every suggestion gives back the
// story as it was, accepting every one gives the story the same edits make in Editing mode.
//
// Each edit is drawn against the story as the suggester sees it (deleted words still shown), the
// way a person places the cursor. The same edit in Editing mode is that edit carried over to the
// story with every suggestion accepted (through the mapping of accept-all): deleted words are not
// there, so a position inside them lands where they were. An edit that means nothing there (a
// cursor inside a whole deleted paragraph, which the accepted story does not have) is skipped in
// both, as a person could not make it in Editing mode.

const WORDS = ['the', 'council', 'vote', 'delayed', 'a', 'rail', 'link'];
const sentence = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 5 }).map((w) => w.join(' '));

const body = fc
  .record({
    paragraphs: fc.array(sentence, { minLength: 2, maxLength: 4 }),
    heading: sentence,
    items: fc.array(sentence, { minLength: 1, maxLength: 2 }),
    caption: sentence,
  })
  .map(({ paragraphs, heading: title, items, caption }) =>
    story(
      p(paragraphs[0] as string),
      h(2, title),
      ...paragraphs.slice(1, -1).map((s) => p(s)),
      photo.create({ src: 'media/a.jpg', caption }),
      bullet_list.create(
        null,
        items.map((s) => list_item.create(null, p(s))),
      ),
      p(paragraphs[paragraphs.length - 1] as string),
    ),
  );

/** One edit, with random numbers that pick its place in the story at the time it is made. */
const edit = fc.record({
  kind: fc.constantFrom('insert', 'delete', 'deleteAcross', 'split', 'bold', 'unbold', 'italic', 'heading', 'paragraph'),
  a: fc.nat(),
  b: fc.nat(),
  len: fc.integer({ min: 1, max: 6 }),
  words: fc.constantFrom('x', 'new ', ' and more', 'B'),
  author: fc.constantFrom('Ana', 'Ben'),
});
type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

/** The places a cursor can be in a story: every position inside a paragraph or heading. */
function cursorPositions(doc: Node): number[] {
  const out: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    for (let i = pos + 1; i <= pos + 1 + node.content.size; i++) out.push(i);
    return false;
  });
  return out;
}

/** The edit as a change to a transaction, given the positions it picked; null when it cannot be made. */
type Change = (tr: Transaction) => void;

function place(e: Edit, doc: Node): { from: number; to: number } | null {
  const cursors = cursorPositions(doc);
  if (!cursors.length) return null;
  const from = cursors[e.a % cursors.length] as number;
  if (e.kind === 'deleteAcross') {
    const later = cursors.filter((c) => c > from + 1 && doc.resolve(c).parent !== doc.resolve(from).parent);
    if (!later.length) return null;
    return { from, to: later[e.b % Math.min(later.length, 40)] as number };
  }
  const $from = doc.resolve(from);
  const to = Math.min($from.end(), from + e.len);
  return { from, to };
}

function changeFor(e: Edit, from: number, to: number): Change {
  switch (e.kind) {
    case 'insert':
      return (tr) => tr.insertText(e.words, from);
    case 'delete':
    case 'deleteAcross':
      return (tr) => tr.delete(from, to);
    case 'split':
      return (tr) => tr.split(from);
    case 'bold':
      return (tr) => tr.addMark(from, to, strong.create());
    case 'unbold':
      return (tr) => tr.removeMark(from, to, strong);
    case 'italic':
      return (tr) => tr.addMark(from, to, em.create());
    case 'heading':
      return (tr) => tr.setBlockType(from, from, heading, { level: 3 });
    default:
      return (tr) => tr.setBlockType(from, from, paragraph);
  }
}

/**
 * Known limitations, not drawn (see the report on issue 14):
 * - a deletion that starts or ends beside the zero-width anchor of a suggested paragraph break,
 *   in the paragraph that holds it, makes the package take that anchor out, and the break can no
 *   longer be rejected (split at the end of "the", then delete from the new empty paragraph into
 *   the next one: rejecting leaves an empty paragraph);
 * - a split or a new block type in a paragraph with a pending join or break is not the edit it is
 *   in Editing mode: the two halves of a suggested join keep their own types (a paragraph joined
 *   to a heading and split again at the join gives the heading back, Editing mode a paragraph).
 */
function holdsBreakAnchor(doc: Node, pos: number): boolean {
  const parent = doc.resolve(pos).parent;
  const suggested = (child: Node | null) => !!child && (insertion.isInSet(child.marks) || deletion.isInSet(child.marks)) !== undefined;
  let found = suggested(parent.firstChild) || suggested(parent.lastChild);
  parent.forEach((child) => {
    if (child.isText && child.text?.includes(SUGGESTION_ANCHOR) && suggested(child)) found = true;
  });
  return found;
}

/**
 * - a deletion reaching into a block that is itself suggested (inserted or deleted whole) mixes
 *   a deletion marked on words with one marked on blocks, which accepting resolves in the wrong
 *   order (the deleted heading's words came back into the paragraph before it).
 */
function touchesSuggestedBlock(doc: Node, from: number, to: number): boolean {
  let found = false;
  const $from = doc.resolve(from);
  for (let d = 1; d <= $from.depth; d++) if ($from.node(d).marks.length) found = true;
  doc.nodesBetween(from, to, (node) => {
    if (!node.isInline && node.marks.some((m) => m.type === insertion || m.type === deletion)) found = true;
    return !found;
  });
  return found;
}

const needsTextblock = (e: Edit) => e.kind !== 'delete' && e.kind !== 'deleteAcross';

interface Run {
  suggesting: EditorState;
  edited: Node;
  made: string[];
}

function runEdits(original: Node, edits: Edit[]): Run {
  const desk = new Desk();
  let suggesting = stateOf(original);
  let edited = original;
  const made: string[] = [];
  for (const e of edits) {
    const at = place(e, suggesting.doc);
    if (!at) continue;
    if (e.kind !== 'insert' && (holdsBreakAnchor(suggesting.doc, at.from) || holdsBreakAnchor(suggesting.doc, at.to))) continue;
    if (e.kind === 'deleteAcross' && touchesSuggestedBlock(suggesting.doc, at.from, at.to)) continue;
    // Where the edit lands in the story with everything accepted (which is `edited`, checked below).
    const accept = new Transform(suggesting.doc);
    resolveSuggestions(accept, null, 'accept');
    const from = accept.mapping.map(at.from);
    const to = accept.mapping.map(at.to);
    if (needsTextblock(e) && !(edited.resolve(from).parent.isTextblock && (e.kind !== 'split' || edited.resolve(from).depth > 0))) continue;
    const directTr = stateOf(edited).tr;
    try {
      changeFor(e, from, to)(directTr);
    } catch {
      continue;
    }
    if (!directTr.docChanged) continue;
    made.push(`${e.author} ${e.kind} ${at.from}-${at.to} (${JSON.stringify(e.words)}) → edited ${from}-${to}`);
    suggesting = desk.suggest(suggesting, changeFor(e, at.from, at.to), e.author);
    edited = directTr.doc;
    const accepted = resolved(suggesting.doc, 'accept');
    if (!accepted.eq(edited)) {
      throw new Error(`accept-all differs after:\n${made.join('\n')}\nsuggesting: ${suggesting.doc}\naccepted:   ${accepted}\nedited:     ${edited}`);
    }
  }
  return { suggesting, edited, made };
}

describe('suggestions, random edits (fixed seed)', () => {
  it('reject all gives back the original story; accept all gives the story the same edits make in Editing mode', () => {
    fc.assert(
      fc.property(body, fc.array(edit, { minLength: 1, maxLength: 8 }), (original, edits) => {
        const run = runEdits(original, edits);
        const rejected = resolved(run.suggesting.doc, 'reject');
        if (!rejected.eq(original))
          throw new Error(`reject-all differs after:\n${run.made.join('\n')}\nsuggesting: ${run.suggesting.doc}\nrejected: ${rejected}\noriginal: ${original}`);
        expect(resolved(run.suggesting.doc, 'accept').eq(run.edited)).toBe(true);
      }),
      { seed: 20261203, numRuns: 150 },
    );
  });
});
