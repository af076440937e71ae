import type { Node } from 'prosemirror-model';
import type { EditorState, Transaction } from 'prosemirror-state';
import { type Article, type ArticleSummary, sameStory } from '../../shared/article';
import { type FileStamp, type HostApi, HostError, type LibraryChange, type OpenedArticle, type RecoveredArticle } from '../../shared/contract';
import { changedBlocks } from '../recovery/journal-changes';
import { replaceBody } from '../recovery/replace-body';
import { AUTOSAVE_DELAY_MS, isRetryable, JOURNAL_INTERVAL_MS, JOURNAL_MAX_WAIT_MS, JOURNAL_QUIET_MS, retryDelay } from '../recovery/retry';
import { type Clock, PauseTimer, systemClock } from './pause-timer';

export type { Clock };

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

function blocksOf(doc: Node): Node[] {
  const blocks: Node[] = [];
  doc.forEach((block) => {
    blocks.push(block);
  });
  return blocks;
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
  /** The body as opened; the live body is in the editor. */
  openedBody: Article['body'];
  /** Bumped to recreate the editor with `openedBody` (after a reload from disk). */
  revision: number;
}

/** Unsaved changes found after a crash, with the saved version they are shown beside. */
export interface PendingRecovery {
  recovered: RecoveredArticle;
  saved: Article;
}

/** What the React side renders; a new object whenever one of its parts changes. */
export interface SessionSnapshot {
  session: ArticleSession | null;
  saveState: SaveState;
  recovery: PendingRecovery | null;
  /** Bumped after every successful save (the History panel refreshes on it). */
  savedCount: number;
}

/** The editor the session reads the body from and puts restored text into (an EditorView). */
export interface SessionEditor {
  readonly state: EditorState;
  dispatch(tr: Transaction): void;
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
 * A shared newsroom story open in the session instead of a library file: its words live in a
 * Y.Doc (renderer/newsroom/shared-story.ts) that keeps itself on this computer and in sync.
 */
export interface SharedBinding {
  /** Writes the fields the person changed into the shared story. */
  writeFields(patch: Partial<ArticleFields>): void;
  /** Keeps the story on this computer now (Save: also a revision on the newsroom when `manual`). */
  save(manual: boolean): Promise<void>;
}

export interface StorySessionOptions {
  clock?: Clock;
  /** A save went through: the library list shows the new summary. */
  onSaved?(summary: ArticleSummary): void;
}

/**
 * Opening, editing and saving one article, and keeping every word of it.
 *
 * Edits mark it unsaved; a pause in typing, leaving the window, switching articles or Ctrl/Cmd+S
 * saves it. While unsaved, the text is journaled to the library's recovery area in pauses of
 * typing, so a crash loses at most a few seconds. A failed save keeps everything in memory, says
 * why and retries with backoff (and on focus). A file changed behind our back reloads when nothing
 * is unsaved and is never overwritten silently when something is.
 *
 * Writes to the host (saves and journal entries) go one at a time, in the order they were made:
 * a journal entry taken before a save can never reach the host after that save, and one taken
 * after it is built on the saved file.
 *
 * Plain TypeScript: the React hook subscribes to its snapshot; nothing else writes its state.
 */
export class StorySession {
  private readonly clock: Clock;
  private readonly onSaved: (summary: ArticleSummary) => void;
  private readonly listeners = new Set<() => void>();
  private state: SessionSnapshot = { session: null, saveState: { kind: 'saved', at: '' }, recovery: null, savedCount: 0 };

  private editor: SessionEditor | null = null;
  private stamp: FileStamp | null = null;
  /** Edits made, saved, and journaled, counted since the story was shown. */
  private edits = 0;
  private savedEdits = 0;
  private journaledEdits = 0;
  private saving: Promise<void> | null = null;
  /** The host write under way (a save or a journal entry); the next one waits for it. */
  private writing: Promise<unknown> = Promise.resolve();
  private failures = 0;
  /** No saves while the reporter decides what to do with recovered changes. */
  private recoveryPending = false;
  /** Set after a refusal that retrying cannot fix; cleared by the next successful save or open. */
  private refused = false;
  /** Saves after a pause in editing (AUTOSAVE_DELAY_MS). */
  private readonly autosave: PauseTimer;
  /** Writes the journal in the first pause once it is due (markEdited). */
  private readonly journalTimer: PauseTimer;
  private journalDue: { from: number; latest: number } | undefined;
  private retryTimer: unknown;
  /** The last journal entry the host holds (the article as opened, or the last journal). */
  private journaled: JournalEntry | null = null;
  private readonly loads = new StoryLoads();
  /** Set while a shared newsroom story is open (there is no file, journal or recovery then). */
  private shared: SharedBinding | null = null;

  constructor(
    private readonly host: HostApi,
    options: StorySessionOptions = {},
  ) {
    this.clock = options.clock ?? systemClock;
    this.autosave = new PauseTimer(() => {
      if (this.isDirty() && !this.refused) void this.save();
    }, this.clock);
    this.journalTimer = new PauseTimer(() => {
      this.journalDue = undefined;
      void this.journal();
    }, this.clock);
    this.onSaved = options.onSaved ?? (() => {});
  }

  // ── Reading ──────────────────────────────────────────────────────────────────────────────

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SessionSnapshot => this.state;

  /** The open story's path, fields and revision (the live body is in the editor). */
  get session(): ArticleSession | null {
    return this.state.session;
  }

  /** Something typed (or changed) has not reached the file yet. */
  isDirty(): boolean {
    return this.state.session !== null && this.edits !== this.savedEdits;
  }

  /** The stamp of the file as last opened or saved. */
  get fileStamp(): FileStamp | null {
    return this.stamp;
  }

  /** The whole article as it is now: fields, and the body from the editor. */
  article(): Article | null {
    const s = this.state.session;
    if (!s) return null;
    const body = this.editor ? docJSON(this.editor.state.doc) : s.openedBody;
    return { ...s.fields, body };
  }

  private update(patch: Partial<SessionSnapshot>): void {
    let changed = false;
    for (const key of Object.keys(patch) as (keyof SessionSnapshot)[]) {
      if (patch[key] !== this.state[key]) changed = true;
    }
    if (!changed) return;
    this.state = { ...this.state, ...patch };
    for (const listener of this.listeners) listener();
  }

  private setSaveState(next: SaveState): void {
    this.update({ saveState: next });
  }

  private setSession(session: ArticleSession | null): void {
    this.update({ session });
  }

  /** Runs a host write after the one under way (whatever its outcome). */
  private inTurn<T>(write: () => Promise<T>): Promise<T> {
    const run = this.writing.then(write, write);
    this.writing = run.catch(() => undefined);
    return run;
  }

  // ── Editing ──────────────────────────────────────────────────────────────────────────────

  /**
   * The editor for the open article was created (or destroyed: null). Its first document is the
   * article as opened, so the host's entry from opening it is what the first journal builds on.
   */
  editorReady(editor: SessionEditor | null): void {
    this.editor = editor;
    const opened = this.journaled;
    if (editor && opened?.asOpened && opened.path === this.state.session?.path) this.journaled = { ...opened, blocks: blocksOf(editor.state.doc) };
  }

  /** The reporter changed something: autosave after a pause, journal in the first pause. */
  markEdited(): void {
    this.edits++;
    const prev = this.state.saveState;
    if (prev.kind !== 'unsaved' && prev.kind !== 'conflict' && prev.kind !== 'failed') this.setSaveState({ kind: 'unsaved' });
    this.autosave.after(AUTOSAVE_DELAY_MS);
    // Journal the unsaved text in the first pause in typing (JOURNAL_QUIET_MS) once
    // JOURNAL_INTERVAL_MS have passed since the first edit it would cover, and at the latest after
    // JOURNAL_MAX_WAIT_MS of typing without a pause: writing it is a call to the host, which
    // should not land between two keystrokes.
    const now = this.clock.now();
    if (!this.journalDue) this.journalDue = { from: now + JOURNAL_INTERVAL_MS, latest: now + JOURNAL_MAX_WAIT_MS };
    const due = this.journalDue;
    this.journalTimer.after(Math.min(Math.max(JOURNAL_QUIET_MS, due.from - now), due.latest - now));
  }

  /** `quiet`: derived data (detected quotes) that rides along with the next save without marking the article unsaved. */
  editFields(patch: Partial<ArticleFields>, options: { quiet?: boolean } = {}): void {
    const s = this.state.session;
    if (!s) return;
    this.setSession({ ...s, fields: { ...s.fields, ...patch } });
    this.shared?.writeFields(patch);
    if (!options.quiet) this.markEdited();
  }

  /** Someone else changed fields of the open shared story: shown, not written back. */
  remoteFields(path: string, patch: Partial<ArticleFields>): void {
    const s = this.state.session;
    if (!s || s.path !== path || !this.shared) return;
    this.setSession({ ...s, fields: { ...s.fields, ...patch } });
  }

  /** Shows a shared newsroom story (its article as the Y.Doc holds it now) in place of the open one. */
  async openShared(path: string, article: Article, binding: SharedBinding): Promise<void> {
    if (this.isDirty() && !this.recoveryPending) await this.save();
    this.loads.start(null);
    this.autosave.cancel();
    this.journalTimer.cancel();
    this.clock.clearTimeout(this.retryTimer);
    this.journalDue = undefined;
    const { body, ...fields } = article;
    this.shared = binding;
    this.journaled = null;
    this.stamp = null;
    this.startCounting();
    this.recoveryPending = false;
    this.update({
      session: { path, fields, openedBody: body, revision: (this.state.session?.revision ?? 0) + 1 },
      saveState: { kind: 'saved', at: fields.modified },
      recovery: null,
    });
  }

  /** Whether the open story is a shared newsroom story. */
  get isShared(): boolean {
    return this.shared !== null;
  }

  /**
   * Files of the open story were rewritten by the host on the reporter's behalf (a contributor
   * renamed everywhere): the next save builds on the new file.
   */
  adoptRewrite(path: string, stamp: FileStamp): void {
    if (this.state.session?.path === path) this.stamp = stamp;
  }

  // ── Saving and the journal ───────────────────────────────────────────────────────────────

  /** Saves the open story (autosave, Ctrl+S with `manual`, or over a changed file with `overwrite`). */
  async save(options: { overwrite?: boolean; manual?: boolean } = {}): Promise<void> {
    if (this.saving) {
      await this.saving;
      if (this.edits === this.savedEdits && !options.overwrite && !options.manual) return;
    }
    const s = this.state.session;
    const article = this.article();
    if (!s || !article || this.recoveryPending) return;
    if (this.edits === this.savedEdits && !options.overwrite && !options.manual) return;
    if (this.shared) {
      await this.saveShared(this.shared, s, !!options.manual);
      return;
    }
    // A file that changed on disk is only saved over when the reporter says so.
    if (this.state.saveState.kind === 'conflict' && !options.overwrite) return;
    this.autosave.cancel();
    this.clock.clearTimeout(this.retryTimer);
    const editsAtStart = this.edits;
    this.setSaveState({ kind: 'saving' });
    const run = this.inTurn(async () => {
      try {
        const result = await this.host.saveArticle({
          path: s.path,
          article,
          baseStamp: this.stamp,
          overwrite: options.overwrite,
          snapshot: options.manual || options.overwrite ? 'manual' : 'autosave',
        });
        const now = this.state.session;
        if (now?.path !== s.path) return;
        this.stamp = result.stamp;
        this.savedEdits = editsAtStart;
        this.journaledEdits = Math.max(this.journaledEdits, editsAtStart);
        this.failures = 0;
        this.refused = false;
        this.onSaved(result.summary);
        this.update({
          session: { ...now, fields: { ...now.fields, modified: result.summary.modified } },
          savedCount: this.state.savedCount + 1,
          saveState: this.edits === editsAtStart ? { kind: 'saved', at: result.summary.modified } : { kind: 'unsaved' },
        });
      } catch (e) {
        if (this.state.session?.path !== s.path) return;
        const code = e instanceof HostError ? e.code : undefined;
        if (code === 'conflict') {
          await this.showConflict(errorMessage(e));
          return;
        }
        if (!isRetryable(code)) {
          this.refused = true;
          this.setSaveState({ kind: 'failed', message: errorMessage(e) });
          return;
        }
        // Keep trying while the cause may go away: 2 s, 4 s, 8 s … at most every 30 s.
        const wait = retryDelay(this.failures++);
        this.setSaveState({ kind: 'failed', message: errorMessage(e), retryAt: this.clock.now() + wait });
        this.retryTimer = this.clock.setTimeout(() => {
          if (this.state.session?.path === s.path && this.isDirty()) void this.save();
        }, wait);
      }
    });
    this.saving = run;
    try {
      await run;
    } finally {
      if (this.saving === run) this.saving = null;
    }
  }

  /** A shared story keeps itself (Yjs); saving writes its copy on this computer now. */
  private async saveShared(shared: SharedBinding, s: ArticleSession, manual: boolean): Promise<void> {
    this.autosave.cancel();
    const editsAtStart = this.edits;
    this.setSaveState({ kind: 'saving' });
    const run = (async () => {
      try {
        await shared.save(manual);
        if (this.state.session?.path !== s.path) return;
        this.savedEdits = editsAtStart;
        this.update({
          savedCount: this.state.savedCount + 1,
          saveState: this.edits === editsAtStart ? { kind: 'saved', at: new Date().toISOString() } : { kind: 'unsaved' },
        });
      } catch (e) {
        if (this.state.session?.path === s.path) this.setSaveState({ kind: 'failed', message: errorMessage(e) });
      }
    })();
    this.saving = run;
    try {
      await run;
    } finally {
      if (this.saving === run) this.saving = null;
    }
  }

  /**
   * Writes the unsaved text to the recovery journal (not the article file): only the blocks and
   * fields that changed since the entry the host holds (the article as opened, or the last
   * journal), or the whole article when the host holds none.
   */
  journal(): Promise<void> {
    return this.inTurn(() => this.writeJournal());
  }

  private async writeJournal(): Promise<void> {
    // A shared story is kept on this computer as Yjs updates instead.
    if (this.shared) return;
    const s = this.state.session;
    // (Checked in turn: a save that went before may have covered these edits already.)
    if (!s || this.recoveryPending || this.edits === this.savedEdits || this.edits === this.journaledEdits) return;
    const edits = this.edits;
    const doc = this.editor?.state.doc;
    const blocks = doc ? blocksOf(doc) : [];
    const baseStamp = this.stamp;
    const fields = s.fields;
    try {
      let entry: string | null = null;
      const last = this.journaled;
      if (doc && last?.blocks && last.path === s.path && last.articleId === fields.id) {
        const changes = changedBlocks(last.blocks, blocks);
        ({ entry } = await this.host.journalChanges({
          path: s.path,
          articleId: fields.id,
          since: last.entry,
          baseStamp,
          ...(last.fields === fields ? {} : { fields }),
          from: changes.from,
          to: changes.to,
          blocks: changes.blocks.map(jsonOf),
        }));
      }
      // The first entry for this story, or the host lost the last one: the whole article.
      // (Built from the same document and fields as the blocks remembered below, not from the
      // editor now: typing may have gone on while the host answered.)
      if (!entry) {
        const article: Article = { ...fields, body: doc ? docJSON(doc) : s.openedBody };
        ({ entry } = await this.host.journalArticle({ path: s.path, article, baseStamp }));
      }
      // (Unless another story, or a reload of this one, was opened meanwhile: that has its own entry.)
      if (this.isShowing(s)) {
        this.journaled = doc ? { path: s.path, articleId: fields.id, entry, blocks, fields, asOpened: false } : null;
        this.journaledEdits = Math.max(this.journaledEdits, edits);
      }
    } catch {
      // The recovery area is a safety net; when it fails too, the text is still in memory and the save error says why.
      // The next entry starts again from the whole article: the host may or may not have taken this one.
      if (this.isShowing(s)) this.journaled = null;
    }
  }

  private isShowing(s: ArticleSession): boolean {
    const now = this.state.session;
    return now?.path === s.path && now.revision === s.revision;
  }

  /** Shows both versions after the file changed on disk under unsaved changes. */
  private async showConflict(message: string): Promise<void> {
    const path = this.state.session?.path;
    if (!path) return;
    const disk = await this.host.openArticle({ path }).catch(() => null);
    if (this.state.session?.path !== path) return;
    this.setSaveState({ kind: 'conflict', message, disk });
  }

  // ── Opening ──────────────────────────────────────────────────────────────────────────────

  /** A story just shown: nothing edited, saved or journaled yet, no failed save. */
  private startCounting(): void {
    this.edits = 0;
    this.savedEdits = 0;
    this.journaledEdits = 0;
    this.failures = 0;
    this.refused = false;
  }

  /** Shows what was opened (or reloaded) and offers any recovered changes for it. */
  private async show(opened: OpenedArticle): Promise<void> {
    this.shared = null;
    const { body, ...fields } = opened.article;
    const shown: ArticleSession = { path: opened.path, fields, openedBody: body, revision: (this.state.session?.revision ?? 0) + 1 };
    this.journaled = opened.journalEntry ? { path: opened.path, articleId: fields.id, entry: opened.journalEntry, blocks: null, fields, asOpened: true } : null;
    this.stamp = opened.stamp;
    this.startCounting();
    this.clock.clearTimeout(this.retryTimer);
    this.update({ session: shown, saveState: { kind: 'saved', at: fields.modified } });
    // (openArticle answers it with the story; the other calls that open one are asked.)
    const recovered = opened.recovery !== undefined ? opened.recovery : (await this.host.getRecovery({ articleId: opened.article.id })).recovery;
    // Another story (or this one again) was shown meanwhile: its own answer decides.
    if (!this.isShowing(shown)) return;
    if (recovered && !sameStory(recovered.article, opened.article)) {
      this.recoveryPending = true;
      this.update({ recovery: { recovered, saved: opened.article } });
    } else {
      // Nothing to offer: a recovery copy whose text is the saved story's is finished with.
      if (recovered) void this.host.discardRecovery({ articleId: opened.article.id }).catch(() => undefined);
      this.recoveryPending = false;
      this.update({ recovery: null });
    }
  }

  /** Opens a story from the library (saving the one on screen first). */
  async open(path: string): Promise<void> {
    if (this.state.session?.path === path) {
      // The story on screen stays as it is (caret, undo history); another one on its way is not shown.
      if (this.loads.path !== null && this.loads.path !== path) this.loads.start(null);
      return;
    }
    // The story on its way when this one was asked for (the library's first story, still loading).
    const interrupted = this.loads.path;
    const ticket = this.loads.start(path);
    try {
      let opened: OpenedArticle;
      let edits: number;
      do {
        if (this.isDirty() && !this.recoveryPending) await this.save();
        if (!this.loads.isNewest(ticket)) return;
        if (this.isDirty() && this.state.session?.path !== path) {
          // The save failed: the text stays open rather than vanish behind another story.
          throw new HostError('io', 'This story could not be saved, so it is still open. Your text is safe; see the message above.');
        }
        edits = this.edits;
        opened = await this.host.openArticle({ path });
        // A later open (a click while the library's first story loads) wins over this one.
        if (!this.loads.isNewest(ticket)) return;
        // Words typed into the story on screen while this one loaded are saved before it goes.
      } while (this.edits !== edits && this.isDirty() && !this.recoveryPending);
      await this.show(opened);
    } catch (e) {
      // This one cannot be opened (a damaged file) and it had stopped another on its way with
      // nothing on screen: that one opens after all, rather than leave the window empty.
      // (Once: the load is ended first, so that one failing too resumes nothing.) Its own failure
      // is not shown over this one's, which the caller reports.
      if (interrupted !== null && interrupted !== path && this.loads.isNewest(ticket) && !this.state.session) {
        this.loads.end(ticket);
        void this.open(interrupted).catch(() => {});
      }
      throw e;
    } finally {
      this.loads.end(ticket);
    }
  }

  /** Replace what is open with what is on disk (the reporter chose the disk version, or nothing was unsaved). */
  async reloadFromDisk(): Promise<void> {
    const s = this.state.session;
    if (!s) return;
    const mine = this.isDirty() ? this.article() : null;
    // The reporter's unsaved text goes into the history before the disk version replaces it.
    if (mine) await this.host.snapshotRevision({ article: mine, reason: 'replaced-on-disk' });
    this.savedEdits = this.edits;
    this.recoveryPending = false;
    const ticket = this.loads.start(s.path);
    try {
      const opened = await this.host.openArticle({ path: s.path });
      if (this.loads.isNewest(ticket)) await this.show(opened);
    } finally {
      this.loads.end(ticket);
    }
  }

  /** The reporter's choice after a crash: put the recovered text in the editor (undoable), or keep the saved one. */
  async resolveRecovery(choice: 'restore' | 'keep-saved'): Promise<void> {
    const pending = this.state.recovery;
    this.recoveryPending = false;
    this.update({ recovery: null });
    const s = this.state.session;
    if (!pending || !s) return;
    if (choice === 'keep-saved') {
      await this.host.discardRecovery({ articleId: pending.recovered.article.id });
      return;
    }
    const { body, ...fields } = pending.recovered.article;
    this.setSession({ ...s, fields: { ...fields, modified: s.fields.modified } });
    if (this.editor) replaceBody(this.editor, body);
    this.markEdited();
  }

  /** Restores an older revision: the current text goes into the history first, and Undo brings it back too. */
  async restoreRevision(revision: Article): Promise<void> {
    const now = this.article();
    if (!this.state.session || !now) return;
    await this.host.snapshotRevision({ article: now, reason: 'before-restore' });
    const s = this.state.session;
    if (!s) return;
    const { body, ...fields } = revision;
    this.setSession({ ...s, fields: { ...fields, id: s.fields.id, created: s.fields.created, modified: s.fields.modified } });
    if (this.editor) replaceBody(this.editor, body);
    this.markEdited();
  }

  /** An article file changed on disk (reported by the library watcher). */
  async onDiskChange(change: LibraryChange): Promise<void> {
    if (this.state.session?.path !== change.path) return;
    if (this.saving) await this.saving;
    const s = this.state.session;
    if (s?.path !== change.path) return;
    if (change.stamp && this.stamp && change.stamp.sha256 === this.stamp.sha256) return; // our own save
    if (!change.stamp) {
      this.refused = false;
      this.setSaveState({
        kind: 'failed',
        message: `“${s.fields.headline || change.path}” was moved or deleted on disk by another program. Your text is still here; Save puts it back in the library.`,
      });
      this.savedEdits = this.edits - 1; // unsaved now: Save (or the next autosave) writes it back
      return;
    }
    if (!this.isDirty() && !this.recoveryPending) {
      const ticket = this.loads.start(change.path);
      let opened: OpenedArticle;
      try {
        opened = await this.host.openArticle({ path: change.path });
      } catch (e) {
        if (this.loads.isNewest(ticket)) {
          this.setSaveState({ kind: 'failed', message: errorMessage(e) });
          this.refused = true;
        }
        return;
      } finally {
        this.loads.end(ticket);
      }
      if (!this.loads.isNewest(ticket)) return;
      // Nothing was unsaved when the change came; if the reporter typed while it loaded, ask.
      if (!this.isDirty()) {
        await this.show(opened);
        return;
      }
    }
    await this.showConflict(
      `“${this.state.session?.fields.headline || change.path}” was changed on disk by another program while you had unsaved changes. Nothing was overwritten: choose which version to keep.`,
    );
  }

  /** Nothing open (the story went to the trash). */
  close(): void {
    this.autosave.cancel();
    this.journalTimer.cancel();
    this.clock.clearTimeout(this.retryTimer);
    this.journalDue = undefined;
    this.recoveryPending = false;
    this.journaled = null;
    this.shared = null;
    this.update({ session: null, recovery: null });
  }

  // ── The window ───────────────────────────────────────────────────────────────────────────

  /** The window lost focus: journal and save what is unsaved. */
  windowLeft(): void {
    if (!this.isDirty()) return;
    void this.journal();
    void this.save();
  }

  /** The window came back: retry a failed save. */
  windowReturned(): void {
    if (this.state.saveState.kind === 'failed' && this.isDirty() && !this.refused) void this.save();
  }

  /**
   * The window is closing: with unsaved text, journal and save it and return true (the close
   * should wait); `then` runs once the save is done.
   */
  windowClosing(then: (saved: boolean) => void): boolean {
    if (!this.isDirty()) return false;
    void this.journal();
    void this.save().then(() => then(!this.isDirty()));
    return true;
  }
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
