import type { EditorView } from 'prosemirror-view';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article, ArticleSummary } from '../../shared/article';
import { type FileStamp, HostError } from '../../shared/contract';
import { errorMessage, getHost } from '../host';

/** Fields of the article edited outside the body. */
export type ArticleFields = Omit<Article, 'body'>;

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'failed'; message: string }
  | { kind: 'conflict'; message: string };

export interface ArticleSession {
  path: string;
  fields: ArticleFields;
  /** The body as opened; the live body is in the editor view. */
  openedBody: Article['body'];
  /** Bumped to recreate the editor with `openedBody` (after a reload from disk). */
  revision: number;
}

export const AUTOSAVE_DELAY_MS = 1500;

/**
 * Opening, editing and saving one article. Edits mark it unsaved; a pause in typing, leaving
 * the window, switching articles or Ctrl/Cmd+S saves it. A failed save keeps everything in
 * memory and says why; a file changed behind our back is never overwritten silently.
 */
export function useArticleSession(onSaved: (summary: ArticleSummary) => void) {
  const [session, setSession] = useState<ArticleSession | null>(null);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'saved', at: '' });
  const view = useRef<EditorView | null>(null);
  const current = useRef<{ session: ArticleSession | null; stamp: FileStamp | null; edits: number; savedEdits: number; saving: Promise<void> | null }>({
    session: null,
    stamp: null,
    edits: 0,
    savedEdits: 0,
    saving: null,
  });
  const timer = useRef<number | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const snapshot = useCallback((): Article | null => {
    const s = current.current.session;
    if (!s) return null;
    const body = view.current ? (view.current.state.doc.toJSON() as Article['body']) : s.openedBody;
    return { ...s.fields, body };
  }, []);

  const save = useCallback(async (options: { overwrite?: boolean } = {}): Promise<void> => {
    const c = current.current;
    if (c.saving) {
      await c.saving;
      if (c.edits === c.savedEdits && !options.overwrite) return;
    }
    const s = c.session;
    const article = snapshot();
    if (!s || !article) return;
    if (c.edits === c.savedEdits && !options.overwrite) return;
    window.clearTimeout(timer.current);
    const editsAtStart = c.edits;
    setSaveState({ kind: 'saving' });
    const run = (async () => {
      try {
        const result = await getHost().saveArticle({ path: s.path, article, baseStamp: c.stamp, overwrite: options.overwrite });
        if (c.session?.path !== s.path) return;
        c.stamp = result.stamp;
        c.savedEdits = editsAtStart;
        c.session = { ...c.session, fields: { ...c.session.fields, modified: result.summary.modified } };
        onSavedRef.current(result.summary);
        setSaveState(c.edits === editsAtStart ? { kind: 'saved', at: result.summary.modified } : { kind: 'unsaved' });
      } catch (e) {
        if (e instanceof HostError && e.code === 'conflict') setSaveState({ kind: 'conflict', message: e.message });
        else setSaveState({ kind: 'failed', message: errorMessage(e) });
      }
    })();
    c.saving = run;
    await run;
    c.saving = null;
  }, [snapshot]);

  const markEdited = useCallback(() => {
    const c = current.current;
    c.edits++;
    setSaveState((prev) => (prev.kind === 'unsaved' || prev.kind === 'conflict' ? prev : { kind: 'unsaved' }));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (current.current.edits !== current.current.savedEdits) void save();
    }, AUTOSAVE_DELAY_MS);
  }, [save]);

  const editFields = useCallback(
    (patch: Partial<ArticleFields>) => {
      const c = current.current;
      if (!c.session) return;
      c.session = { ...c.session, fields: { ...c.session.fields, ...patch } };
      setSession(c.session);
      markEdited();
    },
    [markEdited],
  );

  const open = useCallback(
    async (path: string) => {
      const c = current.current;
      if (c.session && c.edits !== c.savedEdits) await save();
      const opened = await getHost().openArticle({ path });
      const { body, ...fields } = opened.article;
      c.session = { path: opened.path, fields, openedBody: body, revision: (c.session?.revision ?? 0) + 1 };
      c.stamp = opened.stamp;
      c.edits = 0;
      c.savedEdits = 0;
      setSession(c.session);
      setSaveState({ kind: 'saved', at: fields.modified });
    },
    [save],
  );

  /** Replace what is open with what is on disk (after a conflict the reporter resolved that way). */
  const reloadFromDisk = useCallback(async () => {
    const c = current.current;
    if (!c.session) return;
    c.savedEdits = c.edits;
    await open(c.session.path);
  }, [open]);

  const close = useCallback(() => {
    current.current.session = null;
    setSession(null);
  }, []);

  // Leaving the window saves; closing the tab with unsaved changes saves and asks to wait.
  useEffect(() => {
    const onBlur = () => {
      const c = current.current;
      if (c.session && c.edits !== c.savedEdits) void save();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const c = current.current;
      if (c.session && c.edits !== c.savedEdits) {
        void save();
        e.preventDefault();
      }
    };
    window.addEventListener('blur', onBlur);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [save]);

  return { session, saveState, view, open, save, editFields, markEdited, reloadFromDisk, close, snapshot, current };
}
