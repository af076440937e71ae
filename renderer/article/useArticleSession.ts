import type { Node } from 'prosemirror-model';
import type { EditorView } from 'prosemirror-view';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article, ArticleSummary } from '../../shared/article';
import { type FileStamp, HostError, type LibraryChange, type OpenedArticle, type RecoveredArticle } from '../../shared/contract';
import { errorMessage, getHost } from '../host';
import { changedBlocks } from '../recovery/journal-changes';
import { replaceBody } from '../recovery/replace-body';
import { AUTOSAVE_DELAY_MS, isRetryable, JOURNAL_INTERVAL_MS, JOURNAL_MAX_WAIT_MS, JOURNAL_QUIET_MS, retryDelay } from '../recovery/retry';

export { AUTOSAVE_DELAY_MS } from '../recovery/retry';

// Story blocks are immutable and shared between versions of the document: each one is turned
// into JSON once, so the journal and saves of a long story re-serialize only what changed.
const blockJSON = new WeakMap<Node, unknown>();

function jsonOf(block: Node): unknown {
  let json = blockJSON.get(block);
  if (json === undefined) {
    json = block.toJSON();
    blockJSON.set(block, json);
  }
  return json;
}

/** The body as JSON (as `doc.toJSON()`), reusing the JSON of unchanged blocks. Treat it as read-only. */
export function docJSON(doc: Node): Article['body'] {
  const content: unknown[] = [];
  doc.forEach((block) => {
    content.push(jsonOf(block));
  });
  return { type: doc.type.name, ...(Object.keys(doc.attrs).length ? { attrs: doc.attrs } : {}), ...(content.length ? { content } : {}) } as Article['body'];
}

/** Fields of the article edited outside the body. */
export type ArticleFields = Omit<Article, 'body'>;

export type SaveState =
  | { kind: 'saved'; at: string }
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  /** `retryAt` is set while a retry is scheduled; refusals (damaged file on disk…) are not retried. */
  | { kind: 'failed'; message: string; retryAt?: number }
  /** The file changed on disk while there were unsaved changes: both versions, the reporter chooses. */
  | { kind: 'conflict'; message: string; disk: OpenedArticle | null };

export interface ArticleSession {
  path: string;
  fields: ArticleFields;
  /** The body as opened; the live body is in the editor view. */
  openedBody: Article['body'];
  /** Bumped to recreate the editor with `openedBody` (after a reload from disk). */
  revision: number;
}

/** Unsaved changes found after a crash, with the saved version they are shown beside. */
export interface PendingRecovery {
  recovered: RecoveredArticle;
  saved: Article;
}

interface JournalEntry {
  path: string;
  articleId: string;
  entry: string;
  /** The story blocks the entry holds; null for the article as opened until its editor exists. */
  blocks: readonly Node[] | null;
  fields: ArticleFields;
  /** The entry is the article as opened (its blocks are the editor's first document). */
  asOpened: boolean;
}

function blocksOf(doc: Node): Node[] {
  const blocks: Node[] = [];
  doc.forEach((block) => {
    blocks.push(block);
  });
  return blocks;
}

interface Live {
  session: ArticleSession | null;
  stamp: FileStamp | null;
  edits: number;
  savedEdits: number;
  journaledEdits: number;
  saving: Promise<void> | null;
  failures: number;
  /** No saves while the reporter decides what to do with recovered changes. */
  recoveryPending: boolean;
  /** Set after a refusal that retrying cannot fix; cleared by the next successful save or open. */
  refused: boolean;
}

/**
 * Loads of a story to show (open, reload from disk), numbered: each takes the next number, and an
 * answer that is not the newest is dropped, so a slow one never replaces what came after it.
 */
class StoryLoads {
  private ticket = 0;
  /** The story the newest load is fetching, while it is on its way. */
  path: string | null = null;

  start(path: string | null): number {
    this.path = path;
    return ++this.ticket;
  }

  isNewest(ticket: number): boolean {
    return ticket === this.ticket;
  }

  end(ticket: number): void {
    if (ticket === this.ticket) this.path = null;
  }
}

/**
 * Opening, editing and saving one article, and keeping every word of it.
 *
 * Edits mark it unsaved; a pause in typing, leaving the window, switching articles or Ctrl/Cmd+S
 * saves it. While unsaved, the text is journaled to the library's recovery area every couple of
 * seconds, so a crash loses at most that. A failed save keeps everything in memory, says why and
 * retries with backoff (and on focus). A file changed behind our back reloads when nothing is
 * unsaved and is never overwritten silently when something is.
 */
export function useArticleSession(onSaved: (summary: ArticleSummary) => void) {
  const [session, setSession] = useState<ArticleSession | null>(null);
  const [saveState, setSaveStateRaw] = useState<SaveState>({ kind: 'saved', at: '' });
  const [recovery, setRecovery] = useState<PendingRecovery | null>(null);
  const [savedCount, setSavedCount] = useState(0);
  const view = useRef<EditorView | null>(null);
  const current = useRef<Live>({ session: null, stamp: null, edits: 0, savedEdits: 0, journaledEdits: 0, saving: null, failures: 0, recoveryPending: false, refused: false });
  const stateRef = useRef<SaveState>(saveState);
  const timer = useRef<number | undefined>(undefined);
  const journalTimer = useRef<number | undefined>(undefined);
  const journalDue = useRef<{ from: number; latest: number } | undefined>(undefined);
  /** The last journal entry the host holds (the article as opened, or the last journal): its name, blocks and fields. */
  const journaled = useRef<JournalEntry | null>(null);
  const loads = useRef(new StoryLoads());
  const retryTimer = useRef<number | undefined>(undefined);
  const onSavedRef = useRef(onSaved);
  onSavedRef.current = onSaved;

  const setSaveState = useCallback((next: SaveState | ((prev: SaveState) => SaveState)) => {
    const value = typeof next === 'function' ? next(stateRef.current) : next;
    // Unchanged (every keystroke after the first says "unsaved"): no React update at all.
    if (value === stateRef.current) return;
    stateRef.current = value;
    setSaveStateRaw(value);
  }, []);

  const dirty = () => current.current.session !== null && current.current.edits !== current.current.savedEdits;

  const snapshot = useCallback((): Article | null => {
    const s = current.current.session;
    if (!s) return null;
    const body = view.current ? docJSON(view.current.state.doc) : s.openedBody;
    return { ...s.fields, body };
  }, []);

  /** Shows both versions after the file changed on disk under unsaved changes. */
  const showConflict = useCallback(
    async (message: string) => {
      const c = current.current;
      const path = c.session?.path;
      if (!path) return;
      const disk = await getHost()
        .openArticle({ path })
        .catch(() => null);
      if (c.session?.path !== path) return;
      setSaveState({ kind: 'conflict', message, disk });
    },
    [setSaveState],
  );

  const save = useCallback(
    async (options: { overwrite?: boolean; manual?: boolean } = {}): Promise<void> => {
      const c = current.current;
      if (c.saving) {
        await c.saving;
        if (c.edits === c.savedEdits && !options.overwrite && !options.manual) return;
      }
      const s = c.session;
      const article = snapshot();
      if (!s || !article || c.recoveryPending) return;
      if (c.edits === c.savedEdits && !options.overwrite && !options.manual) return;
      // A file that changed on disk is only saved over when the reporter says so.
      if (stateRef.current.kind === 'conflict' && !options.overwrite) return;
      window.clearTimeout(timer.current);
      window.clearTimeout(retryTimer.current);
      const editsAtStart = c.edits;
      setSaveState({ kind: 'saving' });
      const run = (async () => {
        try {
          const result = await getHost().saveArticle({
            path: s.path,
            article,
            baseStamp: c.stamp,
            overwrite: options.overwrite,
            snapshot: options.manual || options.overwrite ? 'manual' : 'autosave',
          });
          if (c.session?.path !== s.path) return;
          c.stamp = result.stamp;
          c.savedEdits = editsAtStart;
          c.journaledEdits = Math.max(c.journaledEdits, editsAtStart);
          c.failures = 0;
          c.refused = false;
          c.session = { ...c.session, fields: { ...c.session.fields, modified: result.summary.modified } };
          onSavedRef.current(result.summary);
          setSavedCount((n) => n + 1);
          setSaveState(c.edits === editsAtStart ? { kind: 'saved', at: result.summary.modified } : { kind: 'unsaved' });
        } catch (e) {
          if (c.session?.path !== s.path) return;
          const code = e instanceof HostError ? e.code : undefined;
          if (code === 'conflict') {
            await showConflict(errorMessage(e));
            return;
          }
          if (!isRetryable(code)) {
            c.refused = true;
            setSaveState({ kind: 'failed', message: errorMessage(e) });
            return;
          }
          // Keep trying while the cause may go away: 2 s, 4 s, 8 s … at most every 30 s.
          const wait = retryDelay(c.failures++);
          setSaveState({ kind: 'failed', message: errorMessage(e), retryAt: Date.now() + wait });
          retryTimer.current = window.setTimeout(() => {
            if (current.current.session?.path === s.path && dirty()) void save();
          }, wait);
        }
      })();
      c.saving = run;
      await run;
      c.saving = null;
    },
    [snapshot, showConflict, setSaveState],
  );

  /**
   * Writes the unsaved text to the recovery journal (not the article file): only the blocks and
   * fields that changed since the entry the host holds (the article as opened, or the last
   * journal), or the whole article when the host holds none.
   */
  const journal = useCallback(async () => {
    const c = current.current;
    const s = c.session;
    if (!s || c.recoveryPending || c.edits === c.savedEdits || c.edits === c.journaledEdits) return;
    const edits = c.edits;
    const doc = view.current?.state.doc;
    const blocks = doc ? blocksOf(doc) : [];
    const host = getHost();
    try {
      let entry: string | null = null;
      const last = journaled.current;
      if (doc && last?.blocks && last.path === s.path && last.articleId === s.fields.id) {
        const changes = changedBlocks(last.blocks, blocks);
        ({ entry } = await host.journalChanges({
          path: s.path,
          articleId: s.fields.id,
          since: last.entry,
          baseStamp: c.stamp,
          ...(last.fields === s.fields ? {} : { fields: s.fields }),
          from: changes.from,
          to: changes.to,
          blocks: changes.blocks.map(jsonOf),
        }));
      }
      // The first entry for this story, or the host lost the last one: the whole article.
      // (Built from the same document and fields as the blocks remembered below, not from the
      // editor now: typing may have gone on while the host answered.)
      if (!entry) {
        const article: Article = { ...s.fields, body: doc ? docJSON(doc) : s.openedBody };
        ({ entry } = await host.journalArticle({ path: s.path, article, baseStamp: c.stamp }));
      }
      // (Unless another story, or a reload of this one, was opened meanwhile: that has its own entry.)
      if (c.session?.path === s.path && c.session.revision === s.revision) {
        journaled.current = doc ? { path: s.path, articleId: s.fields.id, entry, blocks, fields: s.fields, asOpened: false } : null;
        c.journaledEdits = Math.max(c.journaledEdits, edits);
      }
    } catch {
      // The recovery area is a safety net; when it fails too, the text is still in memory and the save error says why.
      // The next entry starts again from the whole article: the host may or may not have taken this one.
      if (c.session?.path === s.path && c.session.revision === s.revision) journaled.current = null;
    }
  }, []);

  const markEdited = useCallback(() => {
    const c = current.current;
    c.edits++;
    setSaveState((prev) => (prev.kind === 'unsaved' || prev.kind === 'conflict' || prev.kind === 'failed' ? prev : { kind: 'unsaved' }));
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (dirty() && !current.current.refused) void save();
    }, AUTOSAVE_DELAY_MS);
    // Journal the unsaved text in the first pause in typing (JOURNAL_QUIET_MS) once
    // JOURNAL_INTERVAL_MS have passed since the first edit it would cover, and at the latest after
    // JOURNAL_MAX_WAIT_MS of typing without a pause: writing it is a call to the host, which
    // should not land between two keystrokes.
    const now = Date.now();
    if (!journalDue.current) journalDue.current = { from: now + JOURNAL_INTERVAL_MS, latest: now + JOURNAL_MAX_WAIT_MS };
    const due = journalDue.current;
    window.clearTimeout(journalTimer.current);
    journalTimer.current = window.setTimeout(
      () => {
        journalTimer.current = undefined;
        journalDue.current = undefined;
        void journal();
      },
      Math.max(0, Math.min(Math.max(JOURNAL_QUIET_MS, due.from - now), due.latest - now)),
    );
  }, [save, journal, setSaveState]);

  const editFields = useCallback(
    /** `quiet`: derived data (detected quotes) that rides along with the next save without marking the article unsaved. */
    (patch: Partial<ArticleFields>, options: { quiet?: boolean } = {}) => {
      const c = current.current;
      if (!c.session) return;
      c.session = { ...c.session, fields: { ...c.session.fields, ...patch } };
      setSession(c.session);
      if (!options.quiet) markEdited();
    },
    [markEdited],
  );

  /** Shows what was opened (or reloaded) and offers any recovered changes for it. */
  const show = useCallback(
    async (opened: OpenedArticle) => {
      const c = current.current;
      const { body, ...fields } = opened.article;
      c.session = { path: opened.path, fields, openedBody: body, revision: (c.session?.revision ?? 0) + 1 };
      journaled.current = opened.journalEntry ? { path: opened.path, articleId: fields.id, entry: opened.journalEntry, blocks: null, fields, asOpened: true } : null;
      c.stamp = opened.stamp;
      c.edits = 0;
      c.savedEdits = 0;
      c.journaledEdits = 0;
      c.failures = 0;
      c.refused = false;
      window.clearTimeout(retryTimer.current);
      setSession(c.session);
      setSaveState({ kind: 'saved', at: fields.modified });
      const shown = c.session;
      const { recovery: recovered } = await getHost().getRecovery({ articleId: opened.article.id });
      // Another story (or this one again) was shown meanwhile: its own answer decides.
      if (c.session?.path !== shown.path || c.session.revision !== shown.revision) return;
      if (recovered) {
        c.recoveryPending = true;
        setRecovery({ recovered, saved: opened.article });
      } else {
        c.recoveryPending = false;
        setRecovery(null);
      }
    },
    [setSaveState],
  );

  const open = useCallback(
    async (path: string) => {
      const c = current.current;
      if (c.session?.path === path) {
        // The story on screen stays as it is (caret, undo history); another one on its way is not shown.
        if (loads.current.path !== null && loads.current.path !== path) loads.current.start(null);
        return;
      }
      const ticket = loads.current.start(path);
      try {
        let opened: OpenedArticle;
        let edits: number;
        do {
          if (dirty() && !c.recoveryPending) await save();
          if (!loads.current.isNewest(ticket)) return;
          if (dirty() && c.session?.path !== path) {
            // The save failed: the text stays open rather than vanish behind another story.
            throw new HostError('io', 'This story could not be saved, so it is still open. Your text is safe; see the message above.');
          }
          edits = c.edits;
          opened = await getHost().openArticle({ path });
          // A later open (a click while the library's first story loads) wins over this one.
          if (!loads.current.isNewest(ticket)) return;
          // Words typed into the story on screen while this one loaded are saved before it goes.
        } while (c.edits !== edits && dirty() && !c.recoveryPending);
        await show(opened);
      } finally {
        loads.current.end(ticket);
      }
    },
    [save, show],
  );

  /** Replace what is open with what is on disk (the reporter chose the disk version, or nothing was unsaved). */
  const reloadFromDisk = useCallback(async () => {
    const c = current.current;
    if (!c.session) return;
    const mine = dirty() ? snapshot() : null;
    // The reporter's unsaved text goes into the history before the disk version replaces it.
    if (mine) await getHost().snapshotRevision({ article: mine, reason: 'replaced-on-disk' });
    c.savedEdits = c.edits;
    c.recoveryPending = false;
    const ticket = loads.current.start(c.session.path);
    try {
      const opened = await getHost().openArticle({ path: c.session.path });
      if (loads.current.isNewest(ticket)) await show(opened);
    } finally {
      loads.current.end(ticket);
    }
  }, [show, snapshot]);

  /** The reporter's choice after a crash: put the recovered text in the editor (undoable), or keep the saved one. */
  const resolveRecovery = useCallback(
    async (choice: 'restore' | 'keep-saved') => {
      const c = current.current;
      const pending = recovery;
      c.recoveryPending = false;
      setRecovery(null);
      if (!pending || !c.session) return;
      if (choice === 'keep-saved') {
        await getHost().discardRecovery({ articleId: pending.recovered.article.id });
        return;
      }
      const { body, ...fields } = pending.recovered.article;
      c.session = { ...c.session, fields: { ...fields, modified: c.session.fields.modified } };
      setSession(c.session);
      if (view.current) replaceBody(view.current, body);
      markEdited();
    },
    [recovery, markEdited],
  );

  /** Restores an older revision: the current text goes into the history first, and Undo brings it back too. */
  const restoreRevision = useCallback(
    async (revision: Article) => {
      const c = current.current;
      const now = snapshot();
      if (!c.session || !now) return;
      await getHost().snapshotRevision({ article: now, reason: 'before-restore' });
      const { body, ...fields } = revision;
      c.session = { ...c.session, fields: { ...fields, id: c.session.fields.id, created: c.session.fields.created, modified: c.session.fields.modified } };
      setSession(c.session);
      if (view.current) replaceBody(view.current, body);
      markEdited();
    },
    [snapshot, markEdited],
  );

  /** An article file changed on disk (reported by the library watcher). */
  const onDiskChange = useCallback(
    async (change: LibraryChange) => {
      const c = current.current;
      if (!c.session || c.session.path !== change.path) return;
      if (c.saving) await c.saving;
      if (c.session?.path !== change.path) return;
      if (change.stamp && c.stamp && change.stamp.sha256 === c.stamp.sha256) return; // our own save
      if (!change.stamp) {
        c.refused = false;
        setSaveState({
          kind: 'failed',
          message: `“${c.session.fields.headline || change.path}” was moved or deleted on disk by another program. Your text is still here; Save puts it back in the library.`,
        });
        c.savedEdits = c.edits - 1; // unsaved now: Save (or the next autosave) writes it back
        return;
      }
      if (!dirty() && !c.recoveryPending) {
        const ticket = loads.current.start(change.path);
        let opened: OpenedArticle;
        try {
          opened = await getHost().openArticle({ path: change.path });
        } catch (e) {
          if (loads.current.isNewest(ticket)) {
            setSaveState({ kind: 'failed', message: errorMessage(e) });
            c.refused = true;
          }
          return;
        } finally {
          loads.current.end(ticket);
        }
        if (!loads.current.isNewest(ticket)) return;
        // Nothing was unsaved when the change came; if the reporter typed while it loaded, ask.
        if (!dirty()) {
          await show(opened);
          return;
        }
      }
      await showConflict(
        `“${c.session.fields.headline || change.path}” was changed on disk by another program while you had unsaved changes. Nothing was overwritten: choose which version to keep.`,
      );
    },
    [show, showConflict, setSaveState],
  );

  const close = useCallback(() => {
    current.current.session = null;
    current.current.recoveryPending = false;
    setRecovery(null);
    setSession(null);
  }, []);

  // Leaving the window saves; coming back retries a failed save; closing with unsaved changes saves and asks to wait.
  useEffect(() => {
    const onBlur = () => {
      if (dirty()) {
        void journal();
        void save();
      }
    };
    const onFocus = () => {
      if (stateRef.current.kind === 'failed' && dirty() && !current.current.refused) void save();
    };
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (dirty()) {
        void journal();
        void save().then(() => {
          // Electron cancels the close without asking: close again once the words are on disk.
          if (window.copydesk && !dirty()) window.close();
        });
        e.preventDefault();
      }
    };
    window.addEventListener('blur', onBlur);
    window.addEventListener('focus', onFocus);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('blur', onBlur);
      window.removeEventListener('focus', onFocus);
      window.removeEventListener('beforeunload', onBeforeUnload);
    };
  }, [save, journal]);

  /**
   * The editor for the open article was created (or destroyed: null). Its first document is the
   * article as opened, so the host's entry from opening it is what the first journal builds on.
   */
  const editorReady = useCallback((v: EditorView | null) => {
    view.current = v;
    const opened = journaled.current;
    if (v && opened?.asOpened && opened.path === current.current.session?.path) journaled.current = { ...opened, blocks: blocksOf(v.state.doc) };
  }, []);

  return {
    session,
    saveState,
    recovery,
    /** Bumped after every successful save (the History panel refreshes on it). */
    savedCount,
    view,
    editorReady,
    open,
    save,
    editFields,
    markEdited,
    reloadFromDisk,
    resolveRecovery,
    restoreRevision,
    onDiskChange,
    close,
    snapshot,
    current,
  };
}
