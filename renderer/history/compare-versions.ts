import { closeHistory } from 'prosemirror-history';
import { Selection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import type { Article } from '../../shared/article';
import { type ArticleComparison, applyParagraphRestore, compareArticles, restoreParagraph } from '../../shared/compare';
import type { HistoryRevision } from './revision-source';

/**
 * The History panel's "Compare versions", without React: which of two versions is the older one,
 * the comparison itself, and "Restore this paragraph" into the live editor.
 */

/** The other side of a comparison: a revision's id, or the text in the editor now. */
export const CURRENT = 'current';

/** One side of a comparison: a revision as read from the history, or the editor's text now. */
export type CompareSide = { kind: 'revision'; info: HistoryRevision; article: Article } | { kind: 'current' };

/** Oldest first: revisions by when they were kept (then by id, whose head is the time in ms); the current text is newest. */
export function inOrder(a: CompareSide, b: CompareSide): { older: CompareSide; newer: CompareSide } {
  if (a.kind === 'current') return { older: b, newer: a };
  if (b.kind === 'current') return { older: a, newer: b };
  const aFirst = a.info.at === b.info.at ? a.info.id <= b.info.id : a.info.at < b.info.at;
  return aFirst ? { older: a, newer: b } : { older: b, newer: a };
}

/** The editor as far as comparing and restoring need it. */
export type LiveEditor = Pick<EditorView, 'state' | 'dispatch'>;

/**
 * Compares the two sides. The current text is the editor's document itself (not a JSON copy), so
 * the positions in the comparison are the editor's, ready for `restoreInEditor`. Null when the
 * current text is asked for and there is no story or editor.
 */
export function compareSides(older: CompareSide, newer: CompareSide, now: { article: Article | null; editor: LiveEditor | null }): ArticleComparison | null {
  const version = (side: CompareSide) => {
    if (side.kind === 'revision') return side.article;
    if (!now.article || !now.editor) return null;
    return { ...now.article, body: now.editor.state.doc };
  };
  const a = version(older);
  const b = version(newer);
  return a && b ? compareArticles(a, b) : null;
}

/**
 * Whether block `index` has an older paragraph to bring back: it was edited, deleted, or moved and
 * edited. (A paragraph that is only new has no older text; one only moved reads the same.)
 */
export function canRestore(comparison: ArticleComparison, index: number): boolean {
  return !!comparison.blocks[index]?.older && restoreParagraph(comparison, index) !== null;
}

/**
 * Puts block `index` of the older version back into the editor as one transaction, its own undo
 * step, with the cursor in it. False when the story changed since the comparison was made (the
 * caller compares again), or there is nothing to restore.
 */
export function restoreInEditor(editor: LiveEditor, comparison: ArticleComparison, index: number): boolean {
  const restore = restoreParagraph(comparison, index);
  if (!restore || !comparison.blocks[index]?.older) return false;
  const tr = editor.state.tr;
  if (!applyParagraphRestore(tr, restore)) return false;
  // Inside the restored block: it starts at `from` whether it replaced a block or was put back.
  const inside = Math.min(restore.from + 1, tr.doc.content.size);
  tr.setSelection(Selection.near(tr.doc.resolve(inside)));
  tr.setMeta('copydesk:restore', true);
  editor.dispatch(closeHistory(tr).scrollIntoView());
  return true;
}
