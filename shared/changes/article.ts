import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { type Article, bodyNode } from '../article';
import { type FieldSuggestion, isFieldSuggestion, type StoryChanges } from './model';
import { removeNoteMarks } from './notes';
import { type Resolution, resolveSuggestions, suggestionIds } from './suggest';

/** How an export treats pending suggestions and notes (the CLI's `--changes`). */
export const CHANGES_MODES = ['accepted', 'rejected', 'shown'] as const;
export type ChangesMode = (typeof CHANGES_MODES)[number];

export function fieldSuggestions(changes: StoryChanges | undefined): FieldSuggestion[] {
  return (changes?.suggestions ?? []).filter(isFieldSuggestion);
}

/** Pending suggestions (body and fields) and open notes: what the library list counts. */
export function pendingChanges(article: Article, body: Node = bodyNode(article.body)): { suggestions: number; notes: number } {
  const changes = article.changes;
  // Suggestions are recorded as they are made: a story without records has none to walk for.
  if (!changes) return { suggestions: 0, notes: 0 };
  return {
    suggestions: suggestionIds(body).size + fieldSuggestions(changes).length,
    notes: changes.notes.filter((n) => !n.resolved).length,
  };
}

/**
 * The article as if every pending suggestion were accepted (or rejected), without notes: what
 * the story says once the desk is done. Fields take their suggested values when accepted.
 */
export function resolvedArticle(article: Article, how: Resolution, body: Node = bodyNode(article.body)): Article {
  const tr = new Transform(body);
  resolveSuggestions(tr, null, how);
  removeNoteMarks(tr);
  const { changes, ...rest } = article;
  const resolved: Article = { ...rest, body: tr.doc.toJSON() as Article['body'] };
  if (how === 'accept') {
    for (const s of fieldSuggestions(changes)) applyFieldSuggestion(resolved, s);
  }
  return resolved;
}

/** Sets a story field to its suggested value. */
export function applyFieldSuggestion(article: Pick<Article, 'headline' | 'standfirst' | 'byline' | 'dateline'>, s: FieldSuggestion): void {
  if (s.field === 'headline') article.headline = s.value;
  else if (s.field === 'standfirst') article.standfirst = s.value;
  else if (s.field === 'byline') article.byline = s.value;
  else article.dateline = s.value;
}

/** The article in one of the export modes: accepted, rejected, or as it is (changes shown). */
export function articleForExport(article: Article, mode: ChangesMode): Article {
  if (mode === 'shown') return article;
  return resolvedArticle(article, mode === 'accepted' ? 'accept' : 'reject');
}
