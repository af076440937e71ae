import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import { type Attrs, Mark, type MarkType, type Node, type NodeType, Slice } from 'prosemirror-model';
import { EditorState, type Transaction } from 'prosemirror-state';
import { AddMarkStep, AddNodeMarkStep, AttrStep, Mapping, ReplaceAroundStep, ReplaceStep, type Step, type Transform } from 'prosemirror-transform';
import { schema } from '../schema';
import type { BodySuggestionRecord, SuggestionRecord } from './model';

/**
 * Suggesting mode: a transaction's changes recorded as suggestions instead of applied, with who
 * made them. The step rewriting is @handlewithcare/prosemirror-suggest-changes'; what is
 * Copydesk's is the author: every suggestion id has a record (author, time), a change typed next
 * to someone else's suggestion becomes a suggestion of its own instead of extending theirs, and
 * ids are made by the caller (the package's default walks the whole story on every keystroke).
 */

const { insertion, deletion, modification } = schema.marks;
const SUGGESTION_TYPES: readonly MarkType[] = [insertion, deletion, modification];

/** Transaction meta: apply this change as it is, even in Suggesting mode (notes, accepting, loading). */
export const APPLY_DIRECTLY = 'copydeskApplyDirectly';

/** The zero-width space the package leaves where a suggestion crosses a paragraph break. */
export const SUGGESTION_ANCHOR = '\u200B';

export function isSuggestionMark(mark: Mark): boolean {
  return SUGGESTION_TYPES.includes(mark.type);
}

export interface Suggester {
  author: string;
  now(): string;
  newId(): string;
  /** The records known so far, by id (the article's, and any made since it was opened). */
  records: ReadonlyMap<string, SuggestionRecord>;
}

/** Whether a transaction made in Suggesting mode should become suggestions. */
export function shouldSuggest(tr: Transaction): boolean {
  return tr.docChanged && !tr.getMeta(APPLY_DIRECTLY) && !tr.getMeta('history$') && tr.getMeta('addToHistory') !== false;
}

/**
 * The transaction as suggestions by `who`, and the records of the suggestions it started.
 * `state` is the state `tr` was made on.
 */
export function suggestTransaction(tr: Transaction, state: EditorState, who: Suggester): { tr: Transaction; added: BodySuggestionRecord[] } {
  // Deleting only what one suggested oneself (words, a paragraph break) takes it out for good.
  const ownInsertion = (id: string) => who.records.get(id)?.author === who.author;
  if (tr.steps.every((step, i) => deletesOnlyOwnInsertions(step, tr.docs[i], ownInsertion))) return { tr, added: [] };
  const { tr: kept, anchors } = keepBreakAnchors(tr, state);
  const joined = joinOwnBreaks(kept, state, ownInsertion);
  const rest = withBlockReplaces(joined ? joined.rest : kept, joined ? joined.state : state);
  const rewritten = transformToSuggestionTransaction(rest, joined ? joined.state : state, () => who.newId());
  let tracked = rewritten;
  if (joined) {
    tracked = state.tr;
    for (const step of [...joined.direct, ...rewritten.steps]) tracked.step(step);
    if (rewritten.selectionSet) tracked.setSelection(rewritten.selection.map(tracked.doc, new Mapping()));
    if (rewritten.storedMarksSet) tracked.setStoredMarks(rewritten.storedMarks);
    if (rewritten.scrolledIntoView) tracked.scrollIntoView();
  }
  // The package takes out an anchor just before a deletion it marks, even a break's: put back.
  for (const { pos, mark, at: edge } of anchors) {
    const $at = tracked.doc.resolve(tracked.mapping.map(pos, edge === 'start' ? -1 : 1));
    if (!$at.parent.inlineContent) continue;
    const child = edge === 'start' ? $at.parent.firstChild : $at.parent.lastChild;
    if (edge === 'start' ? child?.text?.startsWith(SUGGESTION_ANCHOR) : child?.text?.endsWith(SUGGESTION_ANCHOR)) {
      if (child && insertion.isInSet(child.marks)) continue;
    }
    tracked.insert(edge === 'start' ? $at.start() : $at.end(), schema.text(SUGGESTION_ANCHOR, [mark]));
  }
  // The package copies the meta of the transaction it is given; that may be our rewritten copy.
  (tracked as unknown as { meta: unknown }).meta = (tr as unknown as { meta: unknown }).meta;
  const added = new Map<string, BodySuggestionRecord>();
  const own = (id: string) => added.has(id) || who.records.get(id)?.author === who.author;

  // Words typed or marked in this transaction that carry someone else's id (typed inside or
  // beside their suggestion, which the package joins to theirs): this person's own suggestion.
  const fresh: { from: number; to: number }[] = [];
  tracked.steps.forEach((step, i) => {
    const rest = tracked.mapping.slice(i + 1);
    if (step instanceof AddMarkStep) {
      if (!isSuggestionMark(step.mark)) return;
      // Old words that carried such a mark already are the package joining neighbours: left as they are.
      const back = tracked.mapping.slice(0, i).invert();
      const isNew = back.map(step.from, 1) >= back.map(step.to, -1);
      if (!isNew && tracked.docs[i].rangeHasMark(step.from, step.to, step.mark.type)) return;
      fresh.push({ from: rest.map(step.from, 1), to: rest.map(step.to, -1) });
    } else if (step instanceof ReplaceStep) {
      step.getMap().forEach((_a, _b, from, to) => {
        if (to > from) fresh.push({ from: rest.map(from, 1), to: rest.map(to, -1) });
      });
    }
  });
  const retag: { from: number; to: number; mark: Mark }[] = [];
  for (const range of fresh) {
    if (range.from >= range.to) continue;
    tracked.doc.nodesBetween(range.from, range.to, (node, pos) => {
      if (!node.isInline) return true;
      for (const mark of node.marks) {
        const id = String(mark.attrs.id);
        if (isSuggestionMark(mark) && who.records.has(id) && !own(id)) {
          retag.push({ from: Math.max(pos, range.from), to: Math.min(pos + node.nodeSize, range.to), mark });
        }
      }
      return false;
    });
  }
  const mineFor = new Map<string, string>();
  for (const { from, to, mark } of retag) {
    const id = String(mark.attrs.id);
    let mine = mineFor.get(id);
    if (!mine) {
      mine = who.newId();
      mineFor.set(id, mine);
    }
    tracked.removeMark(from, to, mark.type);
    tracked.addMark(from, to, mark.type.create({ ...mark.attrs, id: mine }));
  }

  restateNodeChanges(tracked, state.doc, who, own);

  // Every id now in the changed ranges that has no record is this person's new suggestion.
  const at = who.now();
  for (const { from, to } of touchedRanges(tracked)) {
    tracked.doc.nodesBetween(Math.max(0, from - 1), Math.min(tracked.doc.content.size, to + 1), (node) => {
      for (const mark of node.marks) {
        if (!isSuggestionMark(mark)) continue;
        const id = String(mark.attrs.id);
        if (!who.records.has(id) && !added.has(id)) added.set(id, { id, author: who.author, at });
      }
    });
  }
  return { tr: tracked, added: [...added.values()] };
}

/**
 * `tr`, with the steps the package cannot record faithfully written as whole blocks of one
 * parent replaced by whole blocks (each then takes one deletion or insertion mark):
 * - a step that moves blocks into or out of a wrapper (wrap in a quote or list, lift). The package
 *   rewrote it with every pending suggestion in it accepted and marked the old words deleted
 *   inside blocks that stay, so accepting left an empty quote behind;
 * - a deletion across blocks with a photo or an empty paragraph inside. The package marks only
 *   the words deleted, so accepting kept the photo and the blocks after it.
 */
function withBlockReplaces(tr: Transaction, state: EditorState): Transaction {
  const leafAttrs = tr.steps.map((step, i) => leafAttrSteps(step, tr.docs[i]));
  const needs = tr.steps.map((step, i) => !leafAttrs[i] && needsBlockReplace(step, tr.docs[i]));
  // Several steps, one of them structural (wrapping two paragraphs in a list): the whole change
  // as one replacement of the top-level blocks it touched, so no step is rebased onto marked copies.
  const whole = tr.steps.length > 1 && needs.some(Boolean) ? topLevelReplace(tr) : null;
  const replaces: (Step[] | null)[] = whole ? [] : tr.steps.map((step, i) => leafAttrs[i] ?? (needs[i] ? toList(asBlockReplace(step, tr.docs[i])) : null));
  if (!whole && !replaces.some(Boolean)) return tr;
  const rewritten = state.tr;
  if (whole) rewritten.step(whole);
  else for (const [i, step] of tr.steps.entries()) for (const s of replaces[i] ?? [step]) rewritten.step(s);
  if (tr.selectionSet) rewritten.setSelection(tr.selection.map(rewritten.doc, new Mapping()));
  if (tr.storedMarksSet) rewritten.setStoredMarks(tr.storedMarks);
  if (tr.scrolledIntoView) rewritten.scrollIntoView();
  return rewritten;
}

/**
 * Whether a step deletes nothing but `own` insertions: their words, and paragraph breaks whose
 * both sides are theirs (the package deletes the words but marks such a break deleted, a break
 * the story never had, which rejecting then put in).
 */
function deletesOnlyOwnInsertions(step: Step, doc: Node, own: (id: string) => boolean): boolean {
  if (!(step instanceof ReplaceStep) || step.slice.size > 0 || step.from >= step.to) return false;
  const { from, to } = step;
  const inserted = (node: Node | null) => !!node?.marks.some((m) => m.type === insertion && own(String(m.attrs.id)));
  let only = true;
  doc.nodesBetween(from, to, (node, pos) => {
    if (!only) return false;
    if (inserted(node)) return false;
    const end = pos + node.nodeSize;
    if (node.isInline || !node.isTextblock) {
      only = false;
      return false;
    }
    // A paragraph whose start or end the deletion crosses: the words there must be one's own too.
    if (from < pos + 1 && !inserted(node.firstChild)) only = false;
    if (to > end - 1 && !inserted(node.lastChild)) only = false;
    return only;
  });
  return only;
}

/**
 * A one-step deletion that starts just after a suggested paragraph break (or ends just before
 * one) leaves the break's anchor alone: the package deletes every pending insertion in the range
 * for good, anchors too, and a break without its anchor could no longer be rejected.
 */
type KeptAnchor = { pos: number; at: 'start' | 'end'; mark: Mark };
function keepBreakAnchors(tr: Transaction, state: EditorState): { tr: Transaction; anchors: KeptAnchor[] } {
  const step = tr.steps[0];
  const anchors: KeptAnchor[] = [];
  if (tr.steps.length !== 1 || !(step instanceof ReplaceStep) || step.from === step.to) return { tr, anchors };
  const anchor = (node: Node | null | undefined, at: 'start' | 'end') =>
    !!node?.isText &&
    (at === 'start' ? node.text?.startsWith(SUGGESTION_ANCHOR) : node.text?.endsWith(SUGGESTION_ANCHOR)) &&
    insertion.isInSet(node.marks) !== undefined;
  const $from = state.doc.resolve(step.from);
  const $to = state.doc.resolve(step.to);
  let { from, to } = step;
  if ($from.parent.inlineContent && $from.parentOffset === 0 && anchor($from.parent.firstChild, 'start')) {
    from++;
    anchors.push({ pos: step.from, at: 'start', mark: insertion.isInSet($from.parent.firstChild?.marks ?? []) as Mark });
  }
  // A break's anchor just past either end of the deletion, which the package takes out as it marks.
  if ($to.parent.inlineContent && $to.parentOffset === 0 && anchor($to.parent.firstChild, 'end') && $to.parent.childCount === 1) {
    anchors.push({ pos: step.to, at: 'end', mark: insertion.isInSet($to.parent.firstChild?.marks ?? []) as Mark });
  }
  if ($to.parent.inlineContent && $to.parentOffset === $to.parent.content.size && anchor($to.parent.lastChild, 'end')) to--;
  if (from === step.from && to === step.to) return { tr, anchors };
  const kept = state.tr;
  if (from < to || step.slice.size) kept.replace(Math.min(from, to), Math.max(Math.min(from, to), to), step.slice);
  if (tr.selectionSet) kept.setSelection(tr.selection.map(kept.doc, tr.mapping.invert()).map(kept.doc, kept.mapping));
  return { tr: kept, anchors };
}

/**
 * A one-step deletion that takes in paragraph breaks `own` suggested (with other words): those
 * breaks joined directly first, and the rest of the deletion to record. The package would mark
 * such a break deleted, a break the story never had, which rejecting then put in.
 */
function joinOwnBreaks(tr: Transaction, state: EditorState, own: (id: string) => boolean): { direct: Step[]; state: EditorState; rest: Transaction } | null {
  const step = tr.steps[0];
  if (tr.steps.length !== 1 || !(step instanceof ReplaceStep || step instanceof ReplaceAroundStep) || step.from === step.to) return null;
  const { from, to } = step;
  // What the step deletes: its range, or the two sides of what a replace-around step keeps.
  const deleted =
    step instanceof ReplaceStep
      ? [{ from, to }]
      : [
          { from, to: step.gapFrom },
          { from: step.gapTo, to },
        ];
  const inserted = (node: Node | null) => !!node?.marks.some((m) => m.type === insertion && own(String(m.attrs.id)));
  const blocks: { node: Node; pos: number }[] = [];
  state.doc.nodesBetween(from, to, (node, pos) => {
    if (node.isTextblock || node.isLeaf) {
      if (!node.isInline) blocks.push({ node, pos });
      return false;
    }
    return true;
  });
  const joins: { from: number; to: number }[] = [];
  for (let i = 1; i < blocks.length; i++) {
    const before = blocks[i - 1];
    const after = blocks[i];
    const end = before.pos + before.node.nodeSize - 1;
    const start = after.pos + 1;
    if (!before.node.isTextblock || !after.node.isTextblock || !deleted.some((d) => end >= d.from && start <= d.to)) continue;
    if (inserted(before.node.lastChild) && inserted(after.node.firstChild)) joins.push({ from: end, to: start });
  }
  if (!joins.length) return null;
  const pre = state.tr;
  for (let i = joins.length - 1; i >= 0; i--) pre.delete(joins[i].from, joins[i].to);
  const joinedState = EditorState.create({ schema: state.schema, doc: pre.doc });
  const rest = joinedState.tr;
  const mapped = step.map(pre.mapping);
  if (mapped) rest.step(mapped);
  if (tr.selectionSet && rest.doc.eq(tr.doc)) rest.setSelection(tr.selection.map(rest.doc, new Mapping()));
  return { direct: pre.steps, state: joinedState, rest };
}

const toList = (step: Step | null) => (step ? [step] : null);

/** `setNodeMarkup` on a photo (a leaf) as one attribute step per changed attribute, which the package records as modifications. */
function leafAttrSteps(step: Step, doc: Node): Step[] | null {
  // ProseMirror sets a leaf's markup by replacing it: a ReplaceStep of one node by one node.
  if (!(step instanceof ReplaceStep) || step.to !== step.from + 1 || step.slice.content.childCount !== 1 || step.slice.openStart) return null;
  const old = doc.nodeAt(step.from);
  const next = step.slice.content.firstChild;
  if (!old?.isLeaf || !next || next.type !== old.type || !Mark.sameSet(next.marks, old.marks)) return null;
  return Object.keys(next.attrs)
    .filter((name) => !sameValue(next.attrs[name], old.attrs[name]))
    .map((name) => new AttrStep(step.from, name, next.attrs[name]));
}

/** The change a transaction makes, as one replacement of whole top-level blocks. */
function topLevelReplace(tr: Transaction): ReplaceStep | null {
  const before = tr.docs[0] ?? tr.before;
  const after = tr.doc;
  const start = before.content.findDiffStart(after.content);
  const end = before.content.findDiffEnd(after.content);
  if (start == null || !end) return null;
  let { a: endA, b: endB } = end;
  const overlap = start - Math.min(endA, endB);
  if (overlap > 0) {
    endA += overlap;
    endB += overlap;
  }
  const $start = before.resolve(start);
  const from = $start.depth ? $start.before(1) : start;
  const $endA = before.resolve(endA);
  const $endB = after.resolve(endB);
  const toA = $endA.depth ? $endA.after(1) : endA;
  const toB = $endB.depth ? $endB.after(1) : endB;
  const replace = new ReplaceStep(from, toA, new Slice(after.slice(from, toB).content, 0, 0));
  return replace.apply(before).doc?.eq(after) ? replace : null;
}

function needsBlockReplace(step: Step, doc: Node): boolean {
  if (step instanceof ReplaceAroundStep) return !isNodeMarkupStep(step);
  if (!(step instanceof ReplaceStep) || step.from === step.to) return false;
  const $from = doc.resolve(step.from);
  const $to = doc.resolve(step.to);
  if ($from.sameParent($to)) return false;
  if (!$from.parent.inlineContent || !$to.parent.inlineContent) {
    // Whole blocks, which the package marks node by node.
    const range = $from.blockRange($to);
    return !(range && range.start === step.from && range.end === step.to);
  }
  // From words to words: the deletion is marked on the words between and followed from one
  // paragraph to the next, which holds as long as each block in between has words to mark.
  let unmarkable = false;
  doc.nodesBetween(step.from, step.to, (node, pos) => {
    if (unmarkable || node.isInline) return false;
    if (pos < step.from || pos + node.nodeSize > step.to) return true;
    if (node.isTextblock ? node.content.size === 0 : node.isLeaf) unmarkable = true;
    return !unmarkable && !node.isTextblock;
  });
  return unmarkable;
}

/** A `setNodeMarkup` (new type, attributes or marks for one node), which the package records as a modification. */
function isNodeMarkupStep(step: ReplaceAroundStep): boolean {
  return (
    step.insert === 1 &&
    step.slice.size === 2 &&
    step.gapFrom === step.from + 1 &&
    step.gapTo === step.to - 1 &&
    (step.toJSON() as { structure?: boolean }).structure === true
  );
}

/** The same change as `step`, as whole blocks of one parent replaced by whole blocks, when there is one. */
function asBlockReplace(step: Step, before: Node): ReplaceStep | null {
  if (!(step instanceof ReplaceStep || step instanceof ReplaceAroundStep)) return null;
  const after = step.apply(before).doc;
  if (!after) return null;
  const map = step.getMap();
  const $from = before.resolve(step.from);
  const $to = before.resolve(step.to);
  for (let depth = $from.sharedDepth(step.to); depth >= 0; depth--) {
    if ($from.node(depth).inlineContent) continue;
    const start = $from.posAtIndex($from.index(depth), depth);
    const end = $to.posAtIndex($to.indexAfter(depth), depth);
    const newStart = map.map(start, -1);
    const newEnd = map.map(end, 1);
    const $newStart = after.resolve(newStart);
    if ($newStart.depth !== depth || after.resolve(newEnd).depth !== depth || $newStart.sharedDepth(newEnd) < depth) continue;
    const replace = new ReplaceStep(start, end, new Slice(after.slice(newStart, newEnd).content, 0, 0));
    const replaced = replace.apply(before).doc;
    if (replaced?.eq(after)) return replace;
  }
  return null;
}

type NodeChangeKey = string;
const nodeChangeKey = (mark: Mark): NodeChangeKey | null => {
  if (mark.type !== modification) return null;
  if (mark.attrs.type === 'nodeType') return 'nodeType';
  if (mark.attrs.type === 'attr' && typeof mark.attrs.attrName === 'string') return `attr:${mark.attrs.attrName}`;
  return null;
};

/** A node as it was before its pending type and attribute changes. */
function originalOf(node: Node): { type: NodeType; attrs: Attrs } {
  let type = node.type;
  const attrs: Record<string, unknown> = { ...node.attrs };
  for (const mark of node.marks) {
    const key = nodeChangeKey(mark);
    if (key === 'nodeType') type = schema.nodes[String(mark.attrs.previousValue)] ?? type;
    else if (key) attrs[String(mark.attrs.attrName)] = mark.attrs.previousValue;
  }
  return { type, attrs };
}

/**
 * The type and attribute changes of each node the transaction touched, said again as the
 * difference between the node now and the node before any pending change: one modification
 * per changed attribute and one for a new type, none when it is back as it was. The package
 * records each change against the node as it is, so a caption edited twice or a heading made a
 * paragraph and back was rejected to the middle value, and a heading made a paragraph forgot its
 * level. A change to one's own new block is part of that insertion, not a suggestion of its own.
 */
function restateNodeChanges(tracked: Transaction, before: Node, who: Suggester, own: (id: string) => boolean): void {
  const back = tracked.mapping.invert();
  const seen = new Set<number>();
  const nodes: { pos: number; node: Node }[] = [];
  for (const { from, to } of touchedRanges(tracked)) {
    tracked.doc.nodesBetween(Math.max(0, from - 1), Math.min(tracked.doc.content.size, to + 1), (node, pos) => {
      if (node.isText) return false;
      if (!seen.has(pos) && node.marks.some((m) => nodeChangeKey(m))) {
        seen.add(pos);
        nodes.push({ pos, node });
      }
      return true;
    });
  }
  for (const { pos, node } of nodes) {
    const $pos = tracked.doc.resolve(pos);
    let ownInsertion = node.marks.some((m) => m.type === insertion && own(String(m.attrs.id)));
    for (let d = $pos.depth; d > 0 && !ownInsertion; d--) ownInsertion = $pos.node(d).marks.some((m) => m.type === insertion && own(String(m.attrs.id)));
    const prior = before.nodeAt(back.map(pos, -1));
    const kept = node.marks.filter((m) => !nodeChangeKey(m));
    let marks: readonly Mark[] = kept;
    if (!ownInsertion && prior && !prior.isText && prior.isBlock === node.isBlock) {
      const priorChanges = new Map(prior.marks.flatMap((m) => (nodeChangeKey(m) ? [[nodeChangeKey(m) as string, m] as const] : [])));
      const fresh = node.marks.find((m) => nodeChangeKey(m) && !prior.marks.some((p) => p.eq(m)));
      let newId: string | null = fresh ? String(fresh.attrs.id) : null;
      const idFor = (key: NodeChangeKey, changedNow: boolean) => {
        const earlier = priorChanges.get(key);
        if (earlier && !changedNow) return String(earlier.attrs.id);
        newId ??= who.newId();
        return newId;
      };
      const original = originalOf(prior);
      const typeChanged = prior.type !== node.type;
      if (original.type !== node.type) {
        marks = modification
          .create({ id: idFor('nodeType', typeChanged), type: 'nodeType', previousValue: original.type.name, newValue: node.type.name })
          .addToSet(marks);
      }
      for (const name of Object.keys(original.type.spec.attrs ?? {})) {
        const was = original.attrs[name] ?? null;
        const now = node.attrs[name] ?? null;
        if (sameValue(was, now)) continue;
        const changedNow = typeChanged || !sameValue(prior.attrs[name] ?? null, now);
        marks = modification.create({ id: idFor(`attr:${name}`, changedNow), type: 'attr', attrName: name, previousValue: was, newValue: now }).addToSet(marks);
      }
    }
    const current = node.marks.filter((m) => nodeChangeKey(m));
    const restated = marks.filter((m) => nodeChangeKey(m));
    if (current.length === restated.length && current.every((m) => restated.some((r) => r.eq(m)))) continue;
    tracked.setNodeMarkup(pos, null, node.attrs, marks);
  }
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** The ranges a transform's steps replaced or marked, in its final document. */
function touchedRanges(tr: Transform): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  tr.steps.forEach((step, i) => {
    const rest = tr.mapping.slice(i + 1);
    if (step instanceof AddMarkStep) ranges.push({ from: rest.map(step.from, -1), to: rest.map(step.to, 1) });
    else if (step instanceof AddNodeMarkStep) ranges.push({ from: rest.map(step.pos, -1), to: rest.map(step.pos + 1, 1) });
    else {
      step.getMap().forEach((_a, _b, from, to) => {
        ranges.push({ from: rest.map(from, -1), to: rest.map(to, 1) });
      });
    }
  });
  return ranges;
}

/** One pending suggestion in the body, in story order. */
export interface PendingSuggestion {
  id: string;
  from: number;
  to: number;
  /** The words it would add and remove (empty when none), for "deleted “…” / inserted “…”". */
  inserted: string;
  deleted: string;
  /** What a formatting or structure change changes ("heading", "bold"…), when it is one. */
  modified: string[];
  /** It inserts or deletes whole blocks (a paragraph, a photo) or a paragraph break. */
  structure: boolean;
  /** Which marks it has: an insertion, a deletion, a modification (a replacement has two). */
  kinds: ('insertion' | 'deletion' | 'modification')[];
  /** Whole nodes it inserts or deletes, by type ("photo", "paragraph"…). */
  blocks: string[];
}

/** The pending suggestions of a body, in story order (one walk over the story). */
export function pendingSuggestions(doc: Node): PendingSuggestion[] {
  const byId = new Map<string, PendingSuggestion>();
  const order: PendingSuggestion[] = [];
  doc.descendants((node, pos) => {
    for (const mark of node.marks) {
      if (!isSuggestionMark(mark)) continue;
      const id = String(mark.attrs.id);
      let s = byId.get(id);
      if (!s) {
        s = { id, from: pos, to: pos + node.nodeSize, inserted: '', deleted: '', modified: [], structure: false, kinds: [], blocks: [] };
        byId.set(id, s);
        order.push(s);
      }
      s.to = Math.max(s.to, pos + node.nodeSize);
      const kind = mark.type.name as PendingSuggestion['kinds'][number];
      if (!s.kinds.includes(kind)) s.kinds.push(kind);
      const text = node.isText ? (node.text ?? '').replaceAll(SUGGESTION_ANCHOR, '') : '';
      if (!node.isText || (node.text ?? '').includes(SUGGESTION_ANCHOR)) s.structure = true;
      if (!node.isText && mark.type !== modification) s.blocks.push(node.type.name);
      if (mark.type === insertion) s.inserted += node.isText ? text : node.isTextblock ? ` ${node.textContent} ` : '';
      else if (mark.type === deletion) s.deleted += node.isText ? text : node.isTextblock ? ` ${node.textContent} ` : '';
      else s.modified.push(modificationLabel(mark));
    }
    return true;
  });
  for (const s of order) {
    s.inserted = s.inserted.replace(/\s+/g, ' ').trim() ? s.inserted.replace(/\s+/g, ' ') : '';
    s.deleted = s.deleted.replace(/\s+/g, ' ').trim() ? s.deleted.replace(/\s+/g, ' ') : '';
  }
  return order;
}

function modificationLabel(mark: Mark): string {
  const { type, attrName, newValue } = mark.attrs as { type: string; attrName: string | null; newValue: unknown };
  if (type === 'nodeType') return `made ${String(newValue).replace(/_/g, ' ')}`;
  if (type === 'attr') {
    const value = typeof newValue === 'string' ? newValue.replace(/\s+/g, ' ').trim() : '';
    const name = attrName === 'alt' ? 'alt text' : (attrName ?? 'setting');
    return value ? `${name} changed to “${value.length > 60 ? `${value.slice(0, 59)}…` : value}”` : `${name} changed`;
  }
  return 'formatting changed';
}

/** Every suggestion id in a body, once each (for counts and the records a file keeps). */
export function suggestionIds(doc: Node): Set<string> {
  const ids = new Set<string>();
  doc.descendants((node) => {
    for (const mark of node.marks) if (isSuggestionMark(mark)) ids.add(String(mark.attrs.id));
    return true;
  });
  return ids;
}

export type Resolution = 'accept' | 'reject';

/**
 * Accepts or rejects the suggestions with these ids (all of them when `ids` is null) in `tr`,
 * which must start at `doc`. Accepting keeps insertions and removes deletions; rejecting the
 * opposite; a formatting or structure change is kept, or put back as it was.
 */
export function resolveSuggestions(tr: Transform, ids: ReadonlySet<string> | null, how: Resolution): void {
  const doc = tr.doc;
  const wanted = (mark: Mark) => ids === null || ids.has(String(mark.attrs.id));
  const remove = how === 'accept' ? deletion : insertion;
  const keep = how === 'accept' ? insertion : deletion;
  doc.descendants((node, pos) => {
    const removed = node.marks.find((m) => m.type === remove && wanted(m));
    if (removed) {
      const mapped = tr.mapping.mapResult(pos, 1);
      if (mapped.deletedAfter) return false;
      const from = mapped.pos;
      if (!node.isInline) {
        tr.delete(from, tr.mapping.map(pos + node.nodeSize));
        return false;
      }
      // Exactly the words (and paragraph breaks) suggested, as the same edit in Editing mode
      // deletes them: no space taken along, no paragraph deleted whole because its words were.
      const ranges = removalRanges(tr.doc, from, remove, String(removed.attrs.id));
      for (let i = ranges.length - 1; i >= 0; i--) tr.delete(ranges[i].from, ranges[i].to);
      return false;
    }
    const kept = node.marks.find((m) => m.type === keep && wanted(m));
    if (kept) {
      const from = tr.mapping.map(pos);
      if (node.isInline) {
        tr.removeMark(from, from + node.nodeSize, keep);
        // The anchors of a paragraph break go with the suggestion (last first: positions hold).
        const text = node.text ?? '';
        for (let i = text.lastIndexOf(SUGGESTION_ANCHOR); i >= 0; i = i > 0 ? text.lastIndexOf(SUGGESTION_ANCHOR, i - 1) : -1)
          tr.delete(from + i, from + i + 1);
      } else tr.removeNodeMark(from, kept);
    }
    const mods = node.marks.filter((m) => m.type === modification && wanted(m));
    if (mods.length) {
      const at = tr.mapping.mapResult(pos, 1);
      const now = at.deletedAfter ? null : tr.doc.nodeAt(at.pos);
      if (now?.isText) for (const mod of mods) tr.removeMark(at.pos, at.pos + now.nodeSize, mod);
      else if (now && how === 'accept') for (const mod of mods) tr.removeNodeMark(at.pos, mod);
      else if (now) revertModifications(tr, at.pos, now, mods);
    }
    return true;
  });
}

/** Puts a node back as it was before these modifications (its type, attributes and marks), in one step. */
function revertModifications(tr: Transform, pos: number, node: Node, mods: readonly Mark[]): void {
  let type = node.type;
  const attrs: Record<string, unknown> = { ...node.attrs };
  let marks: readonly Mark[] = node.marks.filter((m) => !mods.some((mod) => mod.eq(m)));
  for (const mod of mods) {
    const { type: kind, attrName, previousValue, newValue } = mod.attrs as { type: string; attrName: string | null; previousValue: unknown; newValue: unknown };
    if (kind === 'nodeType' && typeof previousValue === 'string' && schema.nodes[previousValue]?.validContent(node.content)) type = schema.nodes[previousValue];
    else if (kind === 'attr' && attrName) attrs[attrName] = previousValue;
    else if (kind === 'mark') {
      if (newValue) marks = schema.markFromJSON(newValue).removeFromSet(marks);
      if (previousValue) marks = schema.markFromJSON(previousValue).addToSet(marks);
    }
  }
  // An attribute the old type does not have is dropped; a missing value takes the default.
  const typeAttrs: Record<string, unknown> = {};
  for (const [name, spec] of Object.entries(type.spec.attrs ?? {})) {
    const value = attrs[name];
    if (value !== undefined && !(value === null && spec.default != null)) typeAttrs[name] = value;
  }
  tr.setNodeMarkup(pos, type, typeAttrs, marks);
}

/**
 * What removing one suggestion deletes, from `from` (the start of its first words): its words,
 * and each paragraph break it goes on across (the same suggestion at the start of the next
 * paragraph). Another person's words of the same kind beside it (typed at the end of a paragraph
 * someone else suggested breaking) are stepped over, not deleted, and do not hide the break.
 */
function removalRanges(doc: Node, from: number, type: MarkType, id: string): { from: number; to: number }[] {
  const ranges: { from: number; to: number }[] = [];
  const hasIt = (node: Node) => node.marks.some((m) => m.type === type && String(m.attrs.id) === id);
  const hasOther = (node: Node) => node.marks.some((m) => m.type === type && String(m.attrs.id) !== id);
  let start: number | null = from;
  let pos = from;
  const close = () => {
    if (start !== null && pos > start) ranges.push({ from: start, to: pos });
    start = null;
  };
  for (;;) {
    const $pos = doc.resolve(pos);
    const next = $pos.nodeAfter;
    if (next) {
      if (hasIt(next)) start ??= pos;
      else if (hasOther(next)) close();
      else break;
      pos += next.nodeSize;
      continue;
    }
    if ($pos.depth < 1) break;
    // At the end of a paragraph: does the next textblock start with the same suggestion?
    let nextStart = $pos.after();
    let $next = doc.resolve(nextStart);
    while ($next.depth > 0 && !$next.nodeAfter) {
      nextStart = $next.after();
      $next = doc.resolve(nextStart);
    }
    let inner = $next.nodeAfter;
    let innerPos = nextStart;
    while (inner && !inner.isTextblock && !inner.isLeaf && inner.firstChild) {
      inner = inner.firstChild;
      innerPos++;
    }
    if (!inner?.isTextblock) break;
    let lead = 0;
    while (lead < inner.childCount && !hasIt(inner.child(lead)) && hasOther(inner.child(lead))) lead++;
    if (lead === inner.childCount || !hasIt(inner.child(lead))) break;
    // The break is this suggestion's: delete it (joining the paragraphs) with the words around it.
    start ??= pos;
    if (lead > 0) {
      pos = innerPos + 1;
      close();
    } else pos = innerPos + 1;
  }
  close();
  return ranges;
}

/** The suggestions with a mark between `from` and `to` (Accept or Reject "all in the selection"). */
export function suggestionIdsInRange(doc: Node, from: number, to: number): Set<string> {
  const ids = new Set<string>();
  doc.nodesBetween(from, to, (node) => {
    for (const mark of node.marks) if (isSuggestionMark(mark)) ids.add(String(mark.attrs.id));
    return true;
  });
  return ids;
}

/** The pending suggestions in a body made by one person ("Accept all of Ana's"). */
export function suggestionIdsBy(records: ReadonlyMap<string, SuggestionRecord>, author: string, doc: Node): Set<string> {
  const ids = new Set<string>();
  for (const id of suggestionIds(doc)) if (records.get(id)?.author === author) ids.add(id);
  return ids;
}
