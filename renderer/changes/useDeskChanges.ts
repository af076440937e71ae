import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { type RefObject, useCallback, useMemo, useRef, useState } from 'react';
import {
  APPLY_DIRECTLY,
  applyFieldSuggestion,
  isSuggestionMark,
  noteAnchors,
  pendingSuggestions,
  fieldSuggestions,
  type FieldSuggestion,
  type Note,
  type NoteKind,
  type Resolution,
  resolveSuggestions,
  type StoryChanges,
  type SuggestibleField,
} from '../../shared/changes';
import { schema } from '../../shared/schema';
import type { ArticleFields, ArticleSessionApi } from '../article/useArticleSession';
import type { Identity } from './identity';
import { newSuggestionId, suggestingTransform } from './suggesting';

export type EditMode = 'editing' | 'suggesting';

const EMPTY: StoryChanges = { suggestions: [], notes: [] };

export interface DeskChanges {
  mode: EditMode;
  /** The story says its changes are always suggestions: the mode cannot be Editing. */
  forced: boolean;
  changes: StoryChanges;
  setMode(mode: EditMode): void;
  setAlwaysSuggest(on: boolean): void;
  /** The editor's transaction rewriter (Suggesting mode). */
  transform: ReturnType<typeof suggestingTransform>;
  /** Accept or reject body suggestions (`null`: all of them, fields too) in one undoable step. */
  resolve(ids: ReadonlySet<string> | null, how: Resolution, fields?: readonly string[]): void;
  resolveField(id: string, how: Resolution): void;
  /** The last decision on a field's suggestion, until it is undone or another is made. */
  lastField: { record: FieldSuggestion; how: Resolution } | null;
  /** Takes the last field decision back: the field's value and the suggestion as they were. */
  undoField(): void;
  /** A field typed in Suggesting mode: the person's suggested value (their old one replaced). */
  suggestField<F extends SuggestibleField>(field: F, value: Extract<FieldSuggestion, { field: F }>['value'], original: unknown): void;
  /** The suggested value a field shows in Suggesting mode (the latest suggestion's), else undefined. */
  pendingField(field: SuggestibleField): FieldSuggestion | undefined;
  addNote(kind: NoteKind, text: string): boolean;
  reply(noteId: string, text: string): void;
  setResolved(noteId: string, resolved: boolean): void;
  /** Accept or reject the suggestions the editor's selection touches; false when it touches none. */
  resolveSelection(how: Resolution): boolean;
  /** Moves the selection to the next (1) or previous (-1) suggestion or note in the story. */
  step(by: 1 | -1): boolean;
  /** Asks for the person's name first when none is set, then runs `then`. */
  withName(then: () => void): void;
  /** The first-use prompt is waiting for a name. */
  asking: boolean;
  answer(name: string | null): void;
}

/**
 * The desk's changes to the open story: the Editing/Suggesting mode, accepting and rejecting
 * suggestions, suggested field values, and notes with their replies. Records live in the story's
 * `changes` field (saved with it); the suggestions themselves are marks in the body.
 */
export function useDeskChanges(article: ArticleSessionApi, identity: Identity): DeskChanges {
  const view: RefObject<EditorView | null> = article.view;
  const changes = article.session?.fields.changes ?? EMPTY;
  const forced = !!changes.alwaysSuggest;
  const [chosen, setChosen] = useState<EditMode>('editing');
  const mode: EditMode = forced ? 'suggesting' : chosen;
  const modeRef = useRef(mode);
  modeRef.current = mode;
  const [pending, setPending] = useState<(() => void) | null>(null);

  const { getSession, editFields } = article;
  const update = useCallback(
    (change: (c: StoryChanges) => StoryChanges) => {
      const s = getSession();
      if (s) editFields({ changes: change(s.fields.changes ?? EMPTY) });
    },
    [getSession, editFields],
  );
  const me = () => identity.get()?.name ?? null;

  const transform = useMemo(
    () =>
      suggestingTransform({
        enabled: () => modeRef.current === 'suggesting',
        author: () => identity.get()?.name ?? null,
        changes: () => getSession()?.fields.changes,
        onRecords: (added) => update((c) => ({ ...c, suggestions: [...c.suggestions, ...added] })),
      }),
    [identity, getSession, update],
  );

  const withName = (then: () => void) => {
    if (identity.get()) then();
    else setPending(() => then);
  };

  const resolve = (ids: ReadonlySet<string> | null, how: Resolution, fields?: readonly string[]) => {
    const v = view.current;
    if (v) {
      const tr = v.state.tr;
      resolveSuggestions(tr, ids, how);
      if (tr.docChanged) v.dispatch(tr.setMeta(APPLY_DIRECTLY, true).scrollIntoView());
    }
    const which = ids === null ? fieldSuggestions(changes).map((s) => s.id) : (fields ?? []);
    for (const id of which) resolveField(id, how);
  };

  // The fields are not in the editor's undo history: the last decision on one is kept here so
  // the panel can take it back (the story's field value and every suggestion as they were).
  const [lastField, setLastField] = useState<{
    record: FieldSuggestion;
    how: Resolution;
    before: Pick<ArticleFields, 'headline' | 'standfirst' | 'byline' | 'dateline' | 'changes'>;
  } | null>(null);
  const undoField = () => {
    if (!lastField) return;
    editFields(lastField.before);
    setLastField(null);
  };

  const resolveField = (id: string, how: Resolution) => {
    const s = getSession();
    if (!s) return;
    const c = s.fields.changes ?? EMPTY;
    const record = fieldSuggestions(c).find((r) => r.id === id);
    if (!record) return;
    const { headline, standfirst, byline, dateline, changes: was } = s.fields;
    setLastField({ record, how, before: { headline, standfirst, byline, dateline, changes: was } });
    const patch: Parameters<typeof editFields>[0] = { changes: { ...c, suggestions: c.suggestions.filter((r) => r.id !== id) } };
    if (how === 'accept') {
      const fields = { headline: s.fields.headline, standfirst: s.fields.standfirst, byline: s.fields.byline, dateline: s.fields.dateline };
      applyFieldSuggestion(fields, record);
      patch[record.field] = fields[record.field] as never;
      // Other people's suggestions for the field suggested a change to a value that is now gone.
      patch.changes = { ...patch.changes!, suggestions: patch.changes!.suggestions.filter((r) => !('field' in r) || r.field !== record.field) };
    }
    editFields(patch);
  };

  const pendingField = (field: SuggestibleField) => {
    const list = fieldSuggestions(changes).filter((s) => s.field === field);
    return list[list.length - 1];
  };

  const suggestField: DeskChanges['suggestField'] = (field, value, original) => {
    const author = me();
    if (!author) return;
    update((c) => {
      const others = c.suggestions.filter((r) => !('field' in r) || r.field !== field || r.author !== author);
      // Typed back to what the story has: no suggestion left.
      if (JSON.stringify(value) === JSON.stringify(original)) return { ...c, suggestions: others };
      const mine = c.suggestions.find((r): r is FieldSuggestion => 'field' in r && r.field === field && r.author === author);
      const record = { id: mine?.id ?? newSuggestionId(), author, at: new Date().toISOString(), field, value } as FieldSuggestion;
      return { ...c, suggestions: [...others, record] };
    });
  };

  const addNote = (kind: NoteKind, text: string): boolean => {
    const v = view.current;
    const author = me();
    if (!v || !author) return false;
    const { from, to } = v.state.selection;
    if (!v.state.doc.textBetween(from, to, ' ', ' ').trim()) return false;
    const id = `n${newSuggestionId().slice(1)}`;
    const excerpt = v.state.doc.textBetween(from, to, ' ', ' ').slice(0, 2_000);
    const note: Note = { id, kind, author, at: new Date().toISOString(), text, excerpt, replies: [], resolved: null };
    update((c) => ({ ...c, notes: [...c.notes, note] }));
    v.dispatch(v.state.tr.addMark(from, to, schema.marks.note.create({ id })).setMeta(APPLY_DIRECTLY, true));
    return true;
  };

  const reply = (noteId: string, text: string) => {
    const author = me();
    if (!author || !text.trim()) return;
    update((c) => ({
      ...c,
      notes: c.notes.map((n) => (n.id === noteId ? { ...n, replies: [...n.replies, { author, at: new Date().toISOString(), text }] } : n)),
    }));
  };

  const setResolved = (noteId: string, resolved: boolean) => {
    const author = me() ?? 'Someone';
    update((c) => ({
      ...c,
      notes: c.notes.map((n) => (n.id === noteId ? { ...n, resolved: resolved ? { by: author, at: new Date().toISOString() } : null } : n)),
    }));
  };

  const resolveSelection = (how: Resolution): boolean => {
    const v = view.current;
    if (!v) return false;
    const { from, to } = v.state.selection;
    const ids = new Set<string>();
    v.state.doc.nodesBetween(from, to, (node) => {
      for (const m of node.marks) if (isSuggestionMark(m)) ids.add(String(m.attrs.id));
    });
    if (!ids.size) return false;
    resolve(ids, how);
    return true;
  };

  const step = (by: 1 | -1): boolean => {
    const v = view.current;
    if (!v) return false;
    const doc = v.state.doc;
    const spots = [...pendingSuggestions(doc).map((s) => ({ from: s.from, to: s.to })), ...noteAnchors(doc).values()].sort((a, b) => a.from - b.from);
    if (!spots.length) return false;
    const { from: at, empty } = v.state.selection;
    // A caret right at the start of a change goes to that change; a change selected goes on to the one after.
    const next =
      by === 1
        ? (spots.find((s) => s.from > at || (empty && s.from === at)) ?? spots[0])
        : ([...spots].reverse().find((s) => s.from < at) ?? spots[spots.length - 1]);
    v.dispatch(v.state.tr.setSelection(TextSelection.create(doc, next.from, Math.min(next.to, doc.content.size))).scrollIntoView());
    v.focus();
    return true;
  };

  return {
    mode,
    forced,
    resolveSelection,
    step,
    lastField,
    undoField,
    changes,
    setMode: (next) => (next === 'suggesting' ? withName(() => setChosen('suggesting')) : setChosen('editing')),
    setAlwaysSuggest: (on) => update((c) => ({ ...c, alwaysSuggest: on || undefined })),
    transform,
    resolve,
    resolveField,
    suggestField,
    pendingField,
    addNote,
    reply,
    setResolved,
    withName,
    asking: pending !== null,
    answer: (name) => {
      const then = pending;
      setPending(null);
      if (name?.trim()) {
        identity.set(name);
        then?.();
      }
    },
  };
}
