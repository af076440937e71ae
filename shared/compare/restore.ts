import { Node } from 'prosemirror-model';
import type { Transform } from 'prosemirror-transform';
import type { ArticleComparison, BlockJson, BlockSide } from './types';

/**
 * "Restore this paragraph": what to do to the newer version so that one block reads as it did in
 * the older one. Positions are in the newer version's body as it was compared; compare again
 * after applying one (the positions of later blocks move).
 *
 * - `replace`: the block was edited (or moved and edited): put the older block in its place.
 * - `remove`: the block is new: take it out.
 * - `insert`: the block was deleted: put the older block back at `from`, after the block that
 *   precedes it in the comparison.
 */
export interface ParagraphRestore {
  action: 'replace' | 'insert' | 'remove';
  from: number;
  to: number;
  /** The older version's block; null for `remove`. */
  block: BlockJson | null;
  /** What the newer body must still hold at `check.pos` for the positions to be right. */
  check: { pos: number; node: BlockJson } | null;
}

/**
 * The restore for `comparison.blocks[index]`, or null when there is nothing to restore there (the
 * block is unchanged, or moved without an edit).
 */
export function restoreParagraph(comparison: ArticleComparison, index: number): ParagraphRestore | null {
  const block = comparison.blocks[index];
  if (!block || block.kind === 'equal') return null;
  const { older, newer } = block;
  if (older && newer) {
    if (JSON.stringify(older.node) === JSON.stringify(newer.node)) return null;
    return { action: 'replace', from: newer.pos, to: newer.pos + newer.size, block: older.node, check: { pos: newer.pos, node: newer.node } };
  }
  if (newer) return { action: 'remove', from: newer.pos, to: newer.pos + newer.size, block: null, check: { pos: newer.pos, node: newer.node } };
  if (!older) return null;
  // Back after the nearest earlier block the newer version still has: beside it when the deleted
  // block sat in a list or quote too (or neither did), else after the list or quote holding it.
  for (let k = index - 1; k >= 0; k--) {
    const anchor = comparison.blocks[k]!.newer;
    if (!anchor) continue;
    const besideAnchor = isNested(older) || !isNested(anchor);
    const at = besideAnchor ? anchor.pos + anchor.size : anchor.outer.pos + anchor.outer.size;
    return { action: 'insert', from: at, to: at, block: older.node, check: { pos: anchor.pos, node: anchor.node } };
  }
  return { action: 'insert', from: 0, to: 0, block: older.node, check: null };
}

const isNested = (side: BlockSide) => side.outer.pos !== side.pos;

/**
 * Applies a restore to `tr` (an editor's `state.tr`, so it is one undoable step). Returns false,
 * leaving `tr` as it was, when the story has changed since the comparison.
 */
export function applyParagraphRestore(tr: Transform, restore: ParagraphRestore): boolean {
  if (restore.check) {
    const found = tr.doc.nodeAt(restore.check.pos);
    if (!found || JSON.stringify(found.toJSON()) !== JSON.stringify(restore.check.node)) return false;
  }
  const steps = tr.steps.length;
  const older = restore.block ? Node.fromJSON(tr.doc.type.schema, restore.block) : null;
  if (restore.action === 'remove' || !older) tr.deleteRange(restore.from, restore.to);
  else if (restore.action === 'replace') tr.replaceWith(restore.from, restore.to, older);
  else tr.insert(restore.from, older);
  return tr.steps.length > steps;
}
