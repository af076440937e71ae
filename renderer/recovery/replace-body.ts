import { closeHistory } from 'prosemirror-history';
import { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import type { ArticleBody } from '../../shared/article';
import { APPLY_DIRECTLY } from '../../shared/changes';
import { schema } from '../../shared/schema';

/**
 * Puts another version's body into the editor as one transaction, so Undo brings the text
 * that was there back (restoring a revision or recovered changes is never a one-way door).
 */
export function replaceBody(view: Pick<EditorView, 'state' | 'dispatch'>, body: ArticleBody): void {
  const doc = Node.fromJSON(schema, body);
  const tr = view.state.tr.replaceWith(0, view.state.doc.content.size, doc.content);
  tr.setMeta('copydesk:restore', true);
  // A whole version put back (recovered words, a revision, the file on disk) is never a suggestion:
  // it carries its own suggestions and notes.
  tr.setMeta(APPLY_DIRECTLY, true);
  // Its own undo step, never merged with the typing just before it.
  view.dispatch(closeHistory(tr).scrollIntoView());
}
