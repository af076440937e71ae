import type { EditorView } from 'prosemirror-view';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { Article, ArticleSummary } from '../../shared/article';
import type { FileStamp, LibraryChange } from '../../shared/contract';
import { getHost } from '../host';
import { type ArticleFields, type SharedBinding, StorySession } from './story-session';

export { AUTOSAVE_DELAY_MS } from '../recovery/retry';
export type { ArticleFields, ArticleSession, PendingRecovery, SaveState } from './story-session';
export { docJSON } from './story-session';

/**
 * The open story for React: one `StorySession` (opening, saving, the journal, conflicts; see
 * story-session.ts), its snapshot as state, and the window's blur, focus and close wired to it.
 */
export function useArticleSession(onSaved: (summary: ArticleSummary) => void) {
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;
  const [story] = useState(() => new StorySession(getHost(), { onSaved: (summary) => onSavedRef.current(summary) }));
  const { session, saveState, recovery, savedCount } = useSyncExternalStore(story.subscribe, story.getSnapshot);
  const view = useRef<EditorView | null>(null);

  // Leaving the window saves; coming back retries a failed save; closing with unsaved changes saves and asks to wait.
  useEffect(() => {
    const onBlur = () => story.windowLeft();
    const onFocus = () => story.windowReturned();
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      // Electron cancels the close without asking: close again once the words are on disk.
      const wait = story.windowClosing((saved) => {
        if (window.copydesk && saved) window.close();
      });
      if (wait) e.preventDefault();
    };
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [story]);

  /** The editor for the open article was created (or destroyed: null). */
  const editorReady = useCallback(
    (v: EditorView | null) => {
      view.current = v;
      story.editorReady(v);
    },
    [story],
  );

  // Stable functions, so effects and memoized panels that take them do not run again.
  const actions = useMemo(
    () => ({
      open: (path: string) => story.open(path),
      /** Shows a shared newsroom story (renderer/newsroom) in place of the open one. */
      openShared: (path: string, article: Article, binding: SharedBinding) => story.openShared(path, article, binding),
      remoteFields: (path: string, patch: Partial<ArticleFields>) => story.remoteFields(path, patch),
      isShared: () => story.isShared,
      save: (options?: { overwrite?: boolean; manual?: boolean }) => story.save(options),
      editFields: (patch: Partial<ArticleFields>, options?: { quiet?: boolean }) => story.editFields(patch, options),
      markEdited: () => story.markEdited(),
      reloadFromDisk: () => story.reloadFromDisk(),
      resolveRecovery: (choice: 'restore' | 'keep-saved') => story.resolveRecovery(choice),
      restoreRevision: (revision: Article) => story.restoreRevision(revision),
      onDiskChange: (change: LibraryChange) => story.onDiskChange(change),
      close: () => story.close(),
      /** The whole article as it is now (fields and the editor's body). */
      snapshot: () => story.article(),
      /** The open story now (not as last rendered). */
      getSession: () => story.session,
      isDirty: () => story.isDirty(),
      /** The host rewrote the open story's file for the reporter (a contributor renamed everywhere). */
      adoptRewrite: (path: string, stamp: FileStamp) => story.adoptRewrite(path, stamp),
    }),
    [story],
  );

  return { session, saveState, recovery, savedCount, view, editorReady, ...actions };
}

export type ArticleSessionApi = ReturnType<typeof useArticleSession>;
