import { Fragment, type Node } from 'prosemirror-model';
import { type EditorState, Selection, type Transaction } from 'prosemirror-state';
import { ReplaceStep } from 'prosemirror-transform';
import { ySyncPluginKey } from 'y-prosemirror';

/**
 * y-prosemirror applies every remote change (and its first render) as one step replacing the whole
 * document, so every plugin that keeps ranges (quote highlights, checks, suggestions, notes, photo
 * views) would drop and rebuild them all, for a word typed by someone else. This rewrites such a
 * transaction as a replace of only the top-level blocks that differ: y-prosemirror keeps the node
 * of every block whose Yjs element did not change, so the blocks are compared by identity first
 * (the whole walk is cheap) and only the changed ones by content. The selection y-prosemirror
 * restored and its metadata (the change-origin flag, addToHistory false) are kept.
 */
export function minimalRemoteReplace(tr: Transaction, state: EditorState): Transaction {
  const meta = tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined;
  if (!meta?.isChangeOrigin || tr.steps.length !== 1 || tr.before !== state.doc) return tr;
  const step = tr.steps[0];
  if (!(step instanceof ReplaceStep) || step.from !== 0 || step.to !== state.doc.content.size) return tr;
  const before = state.doc;
  const after = tr.doc;
  const a = before.childCount;
  const b = after.childCount;
  let start = 0;
  while (start < a && start < b && sameBlock(before.child(start), after.child(start))) start++;
  let endA = a;
  let endB = b;
  while (endA > start && endB > start && sameBlock(before.child(endA - 1), after.child(endB - 1))) {
    endA--;
    endB--;
  }
  const out = state.tr;
  if (start < endA || start < endB) {
    const from = blockPos(before, start);
    const to = blockPos(before, endA);
    const blocks: Node[] = [];
    for (let i = start; i < endB; i++) blocks.push(after.child(i));
    out.replaceWith(from, to, Fragment.from(blocks));
  }
  if (tr.selectionSet) {
    try {
      out.setSelection(Selection.fromJSON(out.doc, tr.selection.toJSON()));
    } catch {
      // (A selection that no longer fits is left mapped through the step.)
    }
  }
  out.setMeta(ySyncPluginKey, meta);
  out.setMeta('addToHistory', tr.getMeta('addToHistory'));
  if (tr.scrolledIntoView) out.scrollIntoView();
  return out;
}

function sameBlock(x: Node, y: Node): boolean {
  return x === y || x.eq(y);
}

/** Where the `index`th top-level block starts. */
function blockPos(doc: Node, index: number): number {
  let pos = 0;
  for (let i = 0; i < index; i++) pos += doc.child(i).nodeSize;
  return pos;
}
