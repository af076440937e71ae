import { useSyncExternalStore } from 'react';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { Article, Person, QuoteRecord } from '../../shared/article';
import type { HostApi } from '../../shared/contract';
import { type NewsroomAddress, sharedStoryPath } from '../../shared/newsroom/address';
import { type MergeReport, mergeReport, mergeSentence } from '../../shared/newsroom/merge';
import { type NewsroomPresence, presenceColor } from '../../shared/newsroom/protocol';
import { STORY_PEOPLE, STORY_QUOTES, storyBody, storyDocToArticle, storyFields, writeFields, writeRecords } from '../../shared/newsroom/story-doc';
import type { ArticleFields } from '../article/story-session';
import { afterDrawn, waitedForFirst } from '../desk/after-shown';
import { type CollabEditing, collabEditing } from './collab-plugins';

/** Whether the story is reaching the newsroom now. */
export type NewsroomLink = 'connecting' | 'online' | 'offline' | 'refused';

/** What a sync brought in from other people while this person was away, with both versions to compare. */
export interface MergeNotice {
  sentence: string;
  report: MergeReport;
  /** The story just before the sync (with this person's own changes) and just after. */
  before: Article;
  after: Article;
}

export interface SharedStorySnapshot {
  link: NewsroomLink;
  /** Names of the other people in the story now. */
  present: NewsroomPresence[];
  readOnly: boolean;
  merge: MergeNotice | null;
  /**
   * The Y.Doc holds the story (kept on this computer, or synced). Until then the editor shows the
   * newsroom's readable copy and nothing can be changed: an edit made on an empty doc would come
   * back as a second copy of the story when the sync arrives.
   */
  loaded: boolean;
}

export interface SharedStoryOptions {
  host: HostApi;
  address: NewsroomAddress;
  token: string;
  storyId: string;
  me: { name: string };
  /** The newsroom said this account may not change the story (a viewer). */
  readOnly: boolean;
  /**
   * Asks for the story as it stands on the newsroom, to show while a story never kept here connects
   * (NewsroomClient.requestArticle): read only when there is no copy here.
   */
  preview?: (signal: AbortSignal) => Promise<() => Promise<Article>>;
  /**
   * This computer is known to keep a copy (the story was opened here in this session): the
   * newsroom is asked for its readable copy only if the host says it has none after all, rather
   * than at once (its answer, as big as the story, would be fetched only to be dropped).
   */
  keptHere?: boolean;
  /** The story's Yjs state on the newsroom (NewsroomClient.readState), to make a story shown from `preview` editable before its sync. */
  newsroomState?: () => Promise<Uint8Array>;
}

/** Origins of the changes this app makes to the Y.Doc itself (the editor's are y-prosemirror's). */
const FIELDS_ORIGIN = 'copydesk-fields';
const COPY_ORIGIN = 'copydesk-copy';
const NEWSROOM_ORIGIN = 'copydesk-newsroom-read';
/** Every client writes its Yjs client id → account name here, so a merge can say who changed what. */
const STORY_AUTHORS = 'authors';
/** How long after the last change the copy on this computer is written (a pause, not every keystroke). */
const COPY_DELAY_MS = 800;
const COPY_MAX_WAIT_MS = 5_000;
/** How long a story never opened here waits for the newsroom's readable copy before waiting for its sync instead. */
const PREVIEW_WAIT_MS = 5_000;

/**
 * One shared story open on this computer: its Y.Doc, kept on disk through the host (so it opens
 * with no network and nothing typed offline is lost), and synced with the newsroom by a
 * HocuspocusProvider, which reconnects by itself. It reports who else is in the story, whether
 * the newsroom is reachable, and what other people changed while this person was away.
 */
export class SharedStory {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly server: string;
  readonly path: string;
  private provider: HocuspocusProvider | null = null;
  private socket: HocuspocusProviderWebsocket | null = null;
  private readonly listeners = new Set<() => void>();
  private state: SharedStorySnapshot;
  private copyTimer: ReturnType<typeof setTimeout> | undefined;
  private copyDueBy: number | null = null;
  private copying: Promise<void> = Promise.resolve();
  private destroyed = false;
  /** Once connected: resolves with whether the first sync came through. */
  private syncing: Promise<boolean> | null = null;
  /** Set while a story shown from a readable copy waits for its editor to be made (startOnceDrawn). */
  private onEditorWaiting: (() => void) | null = null;
  /** The text blocks when the person went away (offline, or as kept here when opened), and just before the sync that follows. */
  private awayBase: string[] | null = null;
  private awayKind: 'offline' | 'closed' = 'closed';
  private beforeSync: { blocks: string[]; article: Article; vector: Map<number, number> } | null = null;
  private mergeTimer: ReturnType<typeof setTimeout> | undefined;
  /** Field changes made by others (headline, status…), for the session to show. */
  onRemoteFields: ((patch: Partial<ArticleFields>) => void) | null = null;

  private constructor(readonly options: SharedStoryOptions) {
    this.server = options.address.key;
    this.path = sharedStoryPath(options.address.key, options.storyId);
    this.state = { link: 'connecting', present: [], readOnly: options.readOnly, merge: null, loaded: false };
    this.awareness.setLocalStateField('user', { name: options.me.name, color: presenceColor(options.me.name) } satisfies NewsroomPresence);
    this.doc.on('update', (_update: Uint8Array, origin: unknown) => {
      if (origin !== COPY_ORIGIN) this.scheduleCopy();
    });
    this.awareness.on('change', () => this.updatePresence());
    // Fields changed by someone else: only the keys that changed are read (never the body).
    storyFields(this.doc).observeDeep((events, tr) => {
      if (tr.origin === FIELDS_ORIGIN || !this.onRemoteFields) return;
      const keys = new Set<string>();
      for (const e of events) {
        if (e.target === storyFields(this.doc)) for (const k of e.changes.keys.keys()) keys.add(k);
        else if (e.path.length > 0) keys.add(String(e.path[0]));
      }
      this.onRemoteFields(readFields(this.doc, keys));
    });
    for (const name of [STORY_QUOTES, STORY_PEOPLE] as const) {
      this.doc.getMap(name).observe((_e, tr) => {
        if (tr.origin === FIELDS_ORIGIN || !this.onRemoteFields) return;
        this.onRemoteFields(readFields(this.doc, new Set([name])));
      });
    }
  }

  /**
   * Opens a shared story: the copy on this computer first (so it opens with no network), then the
   * newsroom. Gives the article to show first: the readable copy kept here, or for a story never
   * opened here the newsroom's (`preview`); either is shown locked, and the story's own state is
   * applied, or its connection made, once that is drawn. Without either it waits for the sync.
   */
  static async open(options: SharedStoryOptions): Promise<{ story: SharedStory; article: Article }> {
    const story = new SharedStory(options);
    // Asked at once, beside the question whether a copy is kept here (its answer read only if not),
    // unless a copy is known to be kept here.
    const asking = new AbortController();
    const ask = () => {
      const answer = options.preview?.(asking.signal);
      answer?.catch(() => undefined);
      return answer;
    };
    let answer = options.keptHere ? undefined : ask();
    const kept = await options.host.readNewsroomCopy({ server: story.server, storyId: options.storyId });
    if (!kept.kept && options.keptHere) answer = ask();
    if (kept.kept) {
      asking.abort();
      if (kept.article) {
        story.startOnceDrawn(() => story.readCopy(), COPY_ORIGIN);
        return { story, article: kept.article };
      }
      story.startFrom(await story.readCopy(), COPY_ORIGIN);
      if (story.hasContent()) return { story, article: story.article() };
    } else if (answer) {
      const shown = await Promise.race([answer.then((read) => read()).catch(() => null), new Promise<null>((r) => setTimeout(() => r(null), PREVIEW_WAIT_MS))]);
      if (shown) {
        asking.abort();
        // (Without the newsroom's state, the story arrives with its sync.)
        story.startOnceDrawn(() => options.newsroomState?.().catch(() => null) ?? Promise.resolve(null), NEWSROOM_ORIGIN);
        return { story, article: shown };
      }
    }
    story.startFrom(null);
    const synced = story.synced;
    const ok = await Promise.race([synced, new Promise<false>((r) => setTimeout(() => r(false), 15_000))]);
    if (!ok || !story.hasContent()) {
      story.destroy();
      throw new Error(
        story.state.link === 'refused'
          ? 'The newsroom refused this story to your account.'
          : 'This story has not been opened on this computer before, and the newsroom cannot be reached now. Try again when you are connected.',
      );
    }
    return { story, article: story.article() };
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  getSnapshot = (): SharedStorySnapshot => this.state;

  private update(patch: Partial<SharedStorySnapshot>): void {
    this.state = { ...this.state, ...patch };
    for (const l of this.listeners) l();
  }

  /** The state kept on this computer (null when it is gone or cannot be read). */
  private async readCopy(): Promise<Uint8Array | null> {
    const copy = await this.options.host.loadNewsroomCopy({ server: this.server, storyId: this.options.storyId }).catch(() => ({ state: null }));
    return copy.state ? fromBase64(copy.state) : null;
  }

  /**
   * Applies a state (the copy kept here: COPY_ORIGIN; the newsroom's, read with the story:
   * NEWSROOM_ORIGIN), then connects to the newsroom. With none (or one that does not read) the
   * story arrives with its first sync.
   */
  private startFrom(state: Uint8Array | null, origin?: typeof COPY_ORIGIN | typeof NEWSROOM_ORIGIN): void {
    if (this.destroyed || this.syncing) return;
    if (state) {
      try {
        Y.applyUpdate(this.doc, state, origin);
      } catch {
        // (Not a Yjs state: the sync brings the story.)
      }
      // What others changed since this computer last had it comes in with the first sync.
      if (origin === COPY_ORIGIN) this.awayBase = this.blockTexts();
    }
    if (this.hasContent()) this.update({ loaded: true });
    this.syncing = this.connect();
  }

  /** Resolves true once the newsroom's state is in (false when refused or unreachable with nothing here). */
  private get synced(): Promise<boolean> {
    return this.syncing ?? Promise.resolve(false);
  }

  /**
   * For a story shown from a readable copy: its state is read, and applied (startFrom), once the
   * editor showing the copy is on screen (from when the editor asks to be told of the story's
   * arrival, or a second on if none does). Read earlier, its answer (the whole story's state) came
   * in while the copy was being drawn and held up its first frame (docs/performance.md).
   */
  private startOnceDrawn(read: () => Promise<Uint8Array | null>, origin: typeof COPY_ORIGIN | typeof NEWSROOM_ORIGIN): void {
    const start = () => {
      // Registered now, before the editor's own work for after the story is shown is started.
      let done!: () => void;
      waitedForFirst(new Promise<void>((resolve) => (done = resolve)));
      afterDrawn(
        () =>
          void read()
            .then((s) => this.startFrom(s, origin))
            .finally(done),
      );
    };
    const fallback = setTimeout(start, 1_000);
    this.onEditorWaiting = () => {
      this.onEditorWaiting = null;
      clearTimeout(fallback);
      start();
    };
  }

  /** The plugins for this story's editor (a new set per editor). */
  collab(): CollabEditing {
    return collabEditing(this.doc, this.awareness, !this.state.readOnly, {
      now: () => this.state.loaded,
      onArrival: (ready) => {
        this.onEditorWaiting?.();
        const listener = () => {
          if (!this.state.loaded) return;
          this.listeners.delete(listener);
          ready();
        };
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
    });
  }

  article(): Article {
    return storyDocToArticle(this.doc);
  }

  /** Writes fields the person changed (headline, status…) into the shared story as one change. */
  writeFields(patch: Partial<ArticleFields>): void {
    if (this.state.readOnly) return;
    this.doc.transact(() => {
      writeFields(this.doc, patch);
      if (patch.quotes) writeRecords(this.doc.getMap<QuoteRecord>(STORY_QUOTES), patch.quotes);
      if (patch.people) writeRecords(this.doc.getMap<Person>(STORY_PEOPLE), patch.people);
    }, FIELDS_ORIGIN);
  }

  dismissMerge(): void {
    this.update({ merge: null });
  }

  /**
   * Resolves true once the newsroom has every change made here so far (it acknowledges each), false
   * after `timeoutMs` or when not connected. A Save asks the newsroom to keep a revision of its copy
   * of the story: asked before the last keys reached it, the revision would lack them.
   */
  sent(timeoutMs = 3_000): Promise<boolean> {
    const provider = this.provider;
    if (!provider || this.state.link !== 'online') return Promise.resolve(false);
    if (!provider.hasUnsyncedChanges) return Promise.resolve(true);
    return new Promise<boolean>((resolve) => {
      const done = (ok: boolean) => {
        clearTimeout(timer);
        provider.off('unsyncedChanges', check);
        resolve(ok);
      };
      const check = () => {
        if (!provider.hasUnsyncedChanges) done(true);
      };
      const timer = setTimeout(() => done(false), timeoutMs);
      provider.on('unsyncedChanges', check);
    });
  }

  /** Writes the copy on this computer now (Save, leaving the story, closing the window). */
  flush(): Promise<void> {
    clearTimeout(this.copyTimer);
    this.copyTimer = undefined;
    this.copyDueBy = null;
    const write = async () => {
      if (!this.hasContent()) return;
      // The Yjs state is what matters; the readable file beside it is left as it was when the
      // story does not make a valid article now (someone's client wrote something odd).
      let article: Article | undefined;
      try {
        article = this.article();
      } catch {
        article = undefined;
      }
      await this.options.host.saveNewsroomCopy({
        server: this.server,
        storyId: this.options.storyId,
        state: toBase64(Y.encodeStateAsUpdate(this.doc)),
        ...(article ? { article } : {}),
      });
    };
    // One write at a time, in order.
    this.copying = this.copying.then(write, write);
    return this.copying;
  }

  private scheduleCopy(): void {
    if (this.destroyed) return;
    // In the first pause, and at the latest COPY_MAX_WAIT_MS after the first change it covers
    // (someone else typing without a pause would otherwise put it off for as long as they type).
    const now = Date.now();
    if (this.copyDueBy === null) this.copyDueBy = now + COPY_MAX_WAIT_MS;
    clearTimeout(this.copyTimer);
    this.copyTimer = setTimeout(() => void this.flush().catch(() => undefined), Math.max(0, Math.min(COPY_DELAY_MS, this.copyDueBy - now)));
  }

  private hasContent(): boolean {
    return storyFields(this.doc).size > 0;
  }

  private connect(): Promise<boolean> {
    const { address, token, storyId } = this.options;
    return new Promise<boolean>((resolveSynced) => {
      // A newsroom on the office network comes back in seconds: try again often, at least every 2 s.
      this.socket = new HocuspocusProviderWebsocket({ url: address.ws, delay: 500, factor: 1.5, maxDelay: 2_000, minDelay: 300 });
      this.provider = new HocuspocusProvider({
        websocketProvider: this.socket,
        name: storyId,
        document: this.doc,
        awareness: this.awareness,
        token,
        onStatus: ({ status }) => {
          if (this.destroyed || this.state.link === 'refused') return;
          if (status === 'connected') {
            // Back (or here for the first time): what the sync brings in is compared with this.
            if (this.awayBase)
              this.beforeSync = { blocks: this.blockTexts(), article: this.article(), vector: Y.decodeStateVector(Y.encodeStateVector(this.doc)) };
            // (Live once this connection's first sync is in, below.)
            if (this.state.link !== 'connecting') this.update({ link: 'connecting' });
          } else if (status === 'disconnected') {
            // Nothing kept here and no newsroom: say so now rather than after the wait.
            if (!this.hasContent()) resolveSynced(false);
            if (this.state.link === 'online' && !this.awayBase) {
              this.awayBase = this.blockTexts();
              this.awayKind = 'offline';
            }
            this.update({ link: 'offline' });
          }
        },
        onAuthenticated: ({ scope }) => {
          if (scope === 'readonly' && !this.state.readOnly) this.update({ readOnly: true });
          // Signs this client's changes with the account name (once per client id), for merge notices.
          const authors = this.doc.getMap<string>(STORY_AUTHORS);
          if (!this.state.readOnly && authors.get(String(this.doc.clientID)) !== this.options.me.name) {
            this.doc.transact(() => authors.set(String(this.doc.clientID), this.options.me.name), FIELDS_ORIGIN);
          }
        },
        onAuthenticationFailed: () => {
          this.update({ link: 'refused' });
          resolveSynced(false);
        },
        onSynced: () => {
          if (!this.destroyed && this.state.link !== 'refused')
            this.update({ link: 'online', ...(!this.state.loaded && this.hasContent() ? { loaded: true } : {}) });
          resolveSynced(true);
          this.afterSync();
        },
      });
      this.provider.attach();
    });
  }

  /** After a sync: if it brought in other people's changes made while this person was away, say who changed what. */
  private afterSync(): void {
    const base = this.awayBase;
    const before = this.beforeSync;
    if (!base || !before) return;
    // Updates keep arriving for a moment after the sync step; look once they have settled.
    clearTimeout(this.mergeTimer);
    this.mergeTimer = setTimeout(() => {
      if (this.destroyed || this.state.link !== 'online') return;
      this.awayBase = null;
      this.beforeSync = null;
      const merged = this.blockTexts();
      const authors = this.doc.getMap<string>(STORY_AUTHORS);
      const newWriters = (type: Y.AbstractType<unknown> | undefined) => writersSince(type, before.vector, this.doc.clientID, authors);
      const blocks = storyBody(this.doc).toArray();
      const everyone = [
        ...new Set(
          [...authors.entries()].filter(([id]) => Number(id) !== this.doc.clientID && isNewClient(Number(id), before.vector, this.doc)).map(([, n]) => n),
        ),
      ];
      const report = mergeReport({ base, mine: before.blocks, merged, authorsOf: (i) => newWriters(blocks[i] as Y.AbstractType<unknown>), everyone });
      if (report.people.length === 0) return;
      const when = this.awayKind === 'offline' ? 'while you were offline' : 'since you last had this story open';
      this.update({ merge: { sentence: mergeSentence(report, when), report, before: before.article, after: this.article() } });
    }, 400);
  }

  private blockTexts(): string[] {
    // One string per body block (its XML), read straight from Yjs: only compared, never shown.
    return storyBody(this.doc)
      .toArray()
      .map((el) => el.toString());
  }

  private updatePresence(): void {
    const seen = new Map<string, NewsroomPresence>();
    for (const [client, st] of this.awareness.getStates()) {
      if (client === this.doc.clientID) continue;
      const user = (st as { user?: NewsroomPresence }).user;
      if (user?.name && user.name !== this.options.me.name) seen.set(user.name, user);
    }
    const present = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
    if (present.map((p) => p.name).join('\n') !== this.state.present.map((p) => p.name).join('\n')) this.update({ present });
  }

  /** Leaves the story: the copy is written, the connection closed. */
  async close(): Promise<void> {
    await this.flush().catch(() => undefined);
    this.destroy();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    clearTimeout(this.copyTimer);
    clearTimeout(this.mergeTimer);
    this.provider?.destroy();
    this.socket?.destroy();
    this.awareness.destroy();
    this.listeners.clear();
  }
}

/** Did this client write anything after the state vector `before`? */
function isNewClient(client: number, before: Map<number, number>, doc: Y.Doc): boolean {
  return Y.getState(doc.store, client) > (before.get(client) ?? 0);
}

/** Who wrote items inside `type` after `before` (not this client): names from the authors map. */
export function writersSince(type: Y.AbstractType<unknown> | undefined, before: Map<number, number>, self: number, authors: Y.Map<string>): string[] {
  const clients = new Set<number>();
  const walk = (t: Y.AbstractType<unknown>) => {
    for (let item = t._start; item !== null; item = item.right) {
      const { client, clock } = item.id;
      if (client !== self && clock + item.length > (before.get(client) ?? 0)) clients.add(client);
      const content = item.content as { type?: Y.AbstractType<unknown> };
      if (content.type instanceof Y.AbstractType) walk(content.type);
    }
  };
  if (type) walk(type);
  return [...new Set([...clients].map((c) => authors.get(String(c)) ?? '').filter(Boolean))];
}

/** Which fields of the story map to read after a remote change, as a patch for the session. */
function readFields(doc: Y.Doc, keys: Set<string>): Partial<ArticleFields> {
  const fields = storyFields(doc);
  const patch: Record<string, unknown> = {};
  for (const key of keys) {
    if (key === STORY_QUOTES) patch.quotes = [...doc.getMap<QuoteRecord>(STORY_QUOTES).values()];
    else if (key === STORY_PEOPLE) patch.people = [...doc.getMap<Person>(STORY_PEOPLE).values()];
    else if (key === 'assignee') continue;
    else {
      const v = fields.get(key);
      patch[key] = v instanceof Y.Text ? v.toString() : v;
    }
  }
  return patch as Partial<ArticleFields>;
}

/** The shared story's state for React (null when none is open). */
export function useSharedSnapshot(story: SharedStory | null): SharedStorySnapshot | null {
  return useSyncExternalStore(story ? story.subscribe : noSubscribe, story ? story.getSnapshot : noSnapshot);
}
const noSubscribe = () => () => {};
const noSnapshot = () => null;

export { sharedStoryPath } from '../../shared/newsroom/address';

export function isSharedPath(path: string | null | undefined): boolean {
  return !!path?.startsWith('newsroom:');
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}
