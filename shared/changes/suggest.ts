import { transformToSuggestionTransaction } from '@handlewithcare/prosemirror-suggest-changes';
import type { Mark, MarkType, Node, ResolvedPos } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { AddMarkStep, AddNodeMarkStep, ReplaceStep, type Transform } from 'prosemirror-transform';
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
  const tracked = transformToSuggestionTransaction(tr, state, () => who.newId());
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
  if (type === 'attr') return `${attrName ?? 'setting'} changed`;
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
      const to = suggestionEnd(tr.doc.resolve(from + node.nodeSize), remove, String(removed.attrs.id));
      // Deleting a word between two spaces takes one of the spaces with it.
      const before = from > 0 ? tr.doc.textBetween(from - 1, from, 'x', 'x') : '';
      const after = to < tr.doc.content.size ? tr.doc.textBetween(to, to + 1, 'x', 'x') : '';
      tr.deleteRange(from, to + (before === ' ' && after === ' ' ? 1 : 0));
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
    for (const mod of node.marks.filter((m) => m.type === modification && wanted(m))) {
      const at = tr.mapping.mapResult(pos, 1);
      if (at.deletedAfter) continue;
      if (how === 'reject') revertModification(tr, at.pos, mod);
      const now = tr.doc.nodeAt(at.pos);
      const still = now?.marks.find((m) => m.type === modification && m.attrs.id === mod.attrs.id && m.attrs.type === mod.attrs.type);
      if (!now || !still) continue;
      if (now.isInline) tr.removeMark(at.pos, at.pos + now.nodeSize, still);
      else tr.removeNodeMark(at.pos, still);
    }
    return true;
  });
}

function revertModification(tr: Transform, pos: number, mod: Mark): void {
  const { type, attrName, previousValue } = mod.attrs as { type: string; attrName: string | null; previousValue: unknown };
  const node = tr.doc.nodeAt(pos);
  if (!node) return;
  if (type === 'attr' && attrName) tr.setNodeAttribute(pos, attrName, previousValue);
  else if (type === 'nodeType' && typeof previousValue === 'string' && schema.nodes[previousValue]) {
    tr.setNodeMarkup(pos, schema.nodes[previousValue], null, node.marks);
  } else if (type === 'mark') {
    if (previousValue) tr.addNodeMark(pos, schema.markFromJSON(previousValue));
  }
}

/**
 * Where a suggestion that starts before `$pos` ends: past the end of its paragraph when the same
 * suggestion goes on at the start of the next one (a deleted paragraph break).
 */
function suggestionEnd($pos: ResolvedPos, type: MarkType, id: string): number {
  let after = $pos.pos;
  for (;;) {
    const $after = $pos.doc.resolve(after);
    const next = $after.nodeAfter;
    if (next) {
      if (!next.marks.some((m) => m.type === type && String(m.attrs.id) === id)) return after;
      after += next.nodeSize;
      continue;
    }
    if ($after.depth < 1) return after;
    // At the end of a paragraph: does the next textblock start with the same suggestion?
    let nextStart = $after.after();
    let $next = $pos.doc.resolve(nextStart);
    while ($next.depth > 0 && !$next.nodeAfter) {
      nextStart = $next.after();
      $next = $pos.doc.resolve(nextStart);
    }
    let inner = $next.nodeAfter;
    let innerPos = nextStart;
    while (inner && !inner.isTextblock && !inner.isLeaf && inner.firstChild) {
      inner = inner.firstChild;
      innerPos++;
    }
    if (!inner?.isTextblock) return after;
    const first = inner.firstChild;
    if (!first?.marks.some((m) => m.type === type && String(m.attrs.id) === id)) return after;
    after = innerPos + 1;
  }
}
