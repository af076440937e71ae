import type { EditorView } from 'prosemirror-view';
import { isSuggestionMark, type Note } from '../../shared/changes';
import { findQuote } from '../editor/quote-plugin';

/** What the desk has pending on a quote's words (suggestions, open notes), in a sentence, or null. */
export function deskChangesOnQuote(view: EditorView | null, notes: readonly Note[], quoteId: string): string | null {
  const q = view && findQuote(view.state, quoteId);
  if (!view || !q) return null;
  const open = new Set(notes.filter((n) => !n.resolved).map((n) => n.id));
  const suggestions = new Set<string>();
  const noted = new Set<string>();
  view.state.doc.nodesBetween(q.from, q.to, (node) => {
    for (const m of node.marks) {
      if (isSuggestionMark(m)) suggestions.add(String(m.attrs.id));
      else if (m.type.name === 'note' && open.has(String(m.attrs.id))) noted.add(String(m.attrs.id));
    }
  });
  const parts: string[] = [];
  if (suggestions.size) parts.push(`${suggestions.size} pending ${suggestions.size === 1 ? 'suggestion' : 'suggestions'}`);
  if (noted.size) parts.push(`${noted.size} open ${noted.size === 1 ? 'note' : 'notes'}`);
  return parts.length ? `The desk has ${parts.join(' and ')} on this quote (see Changes).` : null;
}
