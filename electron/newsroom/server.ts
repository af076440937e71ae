/**
 * The newsroom server: Hocuspocus (one Y.Doc per shared story, named by the story's id) plus the
 * HTTP API of shared/newsroom/protocol.ts on the same port.
 *
 * Every edit a client sends is checked (well-formed, not too big, the account may edit the story)
 * and written durably (DocStore.append: fsync, or a Postgres commit) BEFORE Hocuspocus applies it,
 * relays it and acknowledges it (the sync-status message that makes the provider's
 * `unsyncedChanges` fall to 0). A refused or unstorable edit is neither applied, relayed nor
 * acknowledged: the client keeps it and sends it again when it reconnects.
 */
import { promises as fsp } from 'node:fs';
import { Database } from '@hocuspocus/extension-database';
import { Redis } from '@hocuspocus/extension-redis';
import { type Connection, type Document, Server } from '@hocuspocus/server';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import { type Article, countWords, summarizeArticle } from '../../shared/article';
import { type NewsroomPresence, newsroomPresenceSchema, newsroomReadyLine, presenceColor, storyDocToArticle, storyFields } from '../../shared/newsroom';
import { type NewsroomAccount, accountForToken, ensureAdmin } from './accounts';
import { type DocStore, FileDocStore, PgDocStore } from './doc-store';
import { handleApi } from './http-api';
import { DamagedError } from './sealed';
import { type StoryMeta, StoryFiles } from './story-files';

export interface NewsroomOptions {
  /** The data folder: accounts, stories (unless --postgres), revisions, photos. */
  dataDir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** 127.0.0.1 unless said otherwise. */
  host?: string;
  /** redis://HOST:PORT — relay edits and presence between instances. */
  redis?: string;
  /** postgres://… — keep the stories' Yjs state in Postgres (shared by instances). */
  postgres?: string;
  /** Where log lines go (default: stderr, with a timestamp). */
  log?: (line: string) => void;
  /** A revision is taken at most this often while a story is edited (default 5 minutes). */
  autoRevisionMs?: number;
  /** Quiet time after an edit before a story is compacted (default 2 s; at the latest after maxDebounceMs, 10 s). */
  storeDebounceMs?: number;
  maxDebounceMs?: number;
  /** The largest message a client may send (default 8 MiB). */
  maxMessageBytes?: number;
  /** The largest photo (default 25 MiB). */
  maxPhotoBytes?: number;
}

export interface RunningNewsroom {
  port: number;
  host: string;
  /** ws://HOST:PORT, for HocuspocusProvider. */
  url: string;
  /** http://HOST:PORT, for the HTTP API. */
  httpUrl: string;
  /** The admin token made on this first start, or null when the folder had accounts already. */
  adminToken: string | null;
  /** Stories open now, connections, and the process's memory (for a sysadmin, and the bench). */
  stats(): { openStories: number; connections: number; rssBytes: number; heapUsedBytes: number };
  stop(): Promise<void>;
}

export interface NewsroomContext {
  account: NewsroomAccount;
}

/** What the HTTP API needs from the running server. */
export interface NewsroomCore {
  dataDir: string;
  files: StoryFiles;
  docs: DocStore;
  log: (line: string) => void;
  maxPhotoBytes: number;
  account(token: string | null | undefined): Promise<NewsroomAccount | null>;
  canEdit(account: NewsroomAccount, meta: StoryMeta): boolean;
  problem(id: string): string | undefined;
  loaded(id: string): Document | undefined;
  /** Runs `fn` on the story's live doc (loading it if needed); an update `fn` makes is stored before it returns. */
  withDoc<T>(id: string, by: string, fn: (doc: Y.Doc) => T): Promise<T>;
  present(id: string): NewsroomPresence[];
  lastChange(id: string): { at: string; by: string | null } | undefined;
  revise(id: string, by: string | null, reason: 'manual' | 'auto' | 'shared', state?: Uint8Array): Promise<import('../../shared/newsroom').NewsroomRevision>;
  /** Recomputes read-only for open connections after sharing or assignment changed. */
  refreshAccess(id: string, meta: StoryMeta): void;
}

const DEFAULTS = {
  autoRevisionMs: 5 * 60_000,
  storeDebounceMs: 2_000,
  maxDebounceMs: 10_000,
  maxMessageBytes: 8 * 1024 * 1024,
  maxPhotoBytes: 25 * 1024 * 1024,
};

const defaultLog = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);

/**
 * A refusal, thrown from a Hocuspocus hook: `reason` goes to the client (the permission-denied
 * reason, or the close reason). A plain object, not an Error: our own log line already says who,
 * what and why, and Hocuspocus then prints one short line instead of a stack trace.
 */
const refusal = (reason: string, code = 4403) => ({ reason, code });

const isDiskFull = (e: unknown) => ['ENOSPC', 'EDQUOT'].includes((e as NodeJS.ErrnoException)?.code ?? '');

/** Throws unless `update` is an awareness update: a count, then client id, clock and JSON state for each. */
function checkAwareness(update: Uint8Array): void {
  const dec = decoding.createDecoder(update);
  const n = decoding.readVarUint(dec);
  for (let i = 0; i < n; i++) {
    decoding.readVarUint(dec);
    decoding.readVarUint(dec);
    JSON.parse(decoding.readVarString(dec));
  }
}

/** The summary the story list shows, read from a story's doc. */
/** The story a doc holds as an article, or null when it does not make a valid one now. */
function articleOf(doc: Y.Doc): Article | null {
  try {
    return storyDocToArticle(doc);
  } catch {
    return null;
  }
}

export function summarize(doc: Y.Doc, article = articleOf(doc)): Pick<StoryMeta, 'headline' | 'byline' | 'status' | 'words' | 'assignee'> {
  const fields = storyFields(doc);
  if (article) {
    const s = summarizeArticle('', article);
    return { headline: s.headline, byline: s.byline, status: s.status, words: s.words, assignee: (fields.get('assignee') as string) || null };
  }
  // A doc that does not make a valid article still has a headline worth listing.
  const headline = String(fields.get('headline') ?? '');
  return {
    headline,
    byline: '',
    status: String(fields.get('status') ?? 'draft'),
    words: countWords(headline),
    assignee: (fields.get('assignee') as string) || null,
  };
}

export type StorySummary = ReturnType<typeof summarize>;

/**
 * A loaded story's summary for the list, made again only after the doc changed: every member's
 * app asks for the list every few seconds, and a summary reads the whole story.
 */
const summaries = new WeakMap<Y.Doc, StorySummary>();
const watched = new WeakSet<Y.Doc>();
export function liveSummary(doc: Y.Doc): StorySummary {
  const cached = summaries.get(doc);
  if (cached) return cached;
  if (!watched.has(doc)) {
    watched.add(doc);
    doc.on('update', () => summaries.delete(doc));
  }
  const summary = summarize(doc);
  summaries.set(doc, summary);
  return summary;
}

export async function startNewsroom(options: NewsroomOptions): Promise<RunningNewsroom> {
  const opts = { ...DEFAULTS, ...options };
  const log = options.log ?? defaultLog;
  const host = options.host ?? '127.0.0.1';
  const dataDir = options.dataDir;
  await fsp.mkdir(dataDir, { recursive: true });
  const adminToken = await ensureAdmin(dataDir);
  const files = new StoryFiles(dataDir);
  const docs: DocStore = options.postgres ? await PgDocStore.open(options.postgres) : new FileDocStore(files, log);

  /** Stories whose stored state is damaged: served read-only from their last good snapshot. */
  const problems = new Map<string, string>();
  const changes = new Map<string, { at: string; by: string | null }>();
  const lastRevisionAt = new Map<string, number>();

  if (!options.postgres) {
    for (const id of await files.ids()) {
      try {
        await files.readState(id);
      } catch (e) {
        if (!(e instanceof DamagedError)) throw e;
        // No "; " inside: fetchStory adds which snapshot is served after that separator.
        const problem = `stored state damaged: ${e.message.replaceAll('; ', ', ')}`;
        problems.set(id, problem);
        log(`newsroom: story "${id}": ${problem}; it is served read-only from its last good snapshot and its files are left untouched`);
      }
    }
  }

  const canEdit = (account: NewsroomAccount, meta: StoryMeta) =>
    account.role === 'admin' ||
    account.role === 'editor' ||
    (account.role === 'reporter' && (meta.owner === account.name || meta.sharedWith.includes(account.name) || meta.assignee === account.name));

  const refuse = (account: string, story: string, reason: string) => log(`newsroom: refused: account "${account}", story "${story}": ${reason}`);

  /** The last good snapshot of a damaged story: its newest revision that reads back whole. */
  async function lastGoodSnapshot(id: string): Promise<{ state: Uint8Array; at: string } | null> {
    const { revisions } = await files.listRevisions(id);
    for (const r of revisions) {
      const rev = await files.readRevision(id, r.id).catch(() => null);
      if (rev) return { state: rev.state, at: rev.revision.at };
    }
    return null;
  }

  async function fetchStory(id: string): Promise<Uint8Array | null> {
    if (!problems.has(id)) {
      try {
        return await docs.load(id);
      } catch (e) {
        if (!(e instanceof DamagedError)) throw e;
        problems.set(id, `stored state damaged: ${e.message.replaceAll('; ', ', ')}`);
      }
    }
    const good = await lastGoodSnapshot(id);
    const damage = (problems.get(id) ?? '').split('; ')[0];
    const problem = `${damage}; ${good ? `served read-only from the snapshot of ${good.at}` : 'no good snapshot: served empty and read-only'}`;
    problems.set(id, problem);
    log(`newsroom: story "${id}": ${problem}; its files are left untouched`);
    return good?.state ?? null;
  }

  async function revise(id: string, by: string | null, reason: 'manual' | 'auto' | 'shared', state?: Uint8Array) {
    let snapshot = state;
    if (!snapshot) {
      const doc = server.hocuspocus.documents.get(id);
      snapshot = doc ? Y.encodeStateAsUpdate(doc) : ((await docs.load(id)) ?? new Uint8Array([0, 0]));
    }
    const doc = new Y.Doc();
    Y.applyUpdate(doc, snapshot);
    const { words } = summarize(doc);
    doc.destroy();
    const at = new Date().toISOString();
    const revision = await files.addRevision(id, { at, by, reason, words }, snapshot);
    lastRevisionAt.set(id, Date.now());
    return revision;
  }

  /** Checks one incoming message and stores the edit it carries; throws to refuse it (the connection closes). */
  async function beforeMessage(connection: Connection, raw: Uint8Array, document: Document, account: NewsroomAccount) {
    const id = document.name;
    if (raw.byteLength > opts.maxMessageBytes) {
      refuse(account.name, id, `message of ${raw.byteLength} bytes is over the ${opts.maxMessageBytes}-byte limit; not stored, not relayed`);
      closeSocket(connection, 1009, 'message too big');
      throw refusal('message-too-big', 1009);
    }
    let syncType = -1;
    let update: Uint8Array | null = null;
    try {
      const dec = decoding.createDecoder(raw);
      decoding.readVarString(dec);
      const type = decoding.readVarUint(dec);
      if (type === 0 || type === 4) {
        syncType = decoding.readVarUint(dec);
        if (syncType === 1 || syncType === 2) {
          update = decoding.readVarUint8Array(dec);
          Y.decodeUpdate(update); // throws on bytes that are not a Yjs update
        } else if (syncType === 0) decoding.readVarUint8Array(dec);
        else throw new Error(`unknown sync message type ${syncType}`);
      } else if (type === 1) checkAwareness(decoding.readVarUint8Array(dec));
    } catch (e) {
      refuse(account.name, id, `malformed message (${(e as Error).message}); not stored, not relayed`);
      closeSocket(connection, 1007, 'malformed message');
      throw refusal('malformed-message', 1007);
    }
    if (!update) return;
    // A sync step 2 often carries nothing new (the client had nothing the server lacks).
    if (syncType === 1 && Y.snapshotContainsUpdate(Y.snapshot(document), update)) return;
    if (connection.readOnly) {
      const why = problems.get(id) ? `the story's stored state is damaged (read-only)` : `account (${account.role}) may not edit this story`;
      refuse(account.name, id, `an edit from a read-only connection: ${why}; not stored, not relayed`);
      return; // Hocuspocus answers "not applied" to a read-only connection and drops it.
    }
    try {
      await docs.append(id, update);
    } catch (e) {
      if (isDiskFull(e)) {
        log(
          `newsroom: disk full: could not store an edit from account "${account.name}" to story "${id}" (${(e as NodeJS.ErrnoException).code}); it was not applied nor acknowledged, the client keeps it and sends it again when it reconnects. Free some space in ${dataDir}.`,
        );
      } else {
        log(
          `newsroom: could not store an edit from account "${account.name}" to story "${id}": ${(e as Error).message}; it was not applied nor acknowledged, the client keeps it and sends it again when it reconnects`,
        );
      }
      closeSocket(connection, 1011, 'could not store the edit');
      throw refusal('not-stored', 1011);
    }
  }

  function closeSocket(connection: Connection, code: number, reason: string) {
    try {
      connection.webSocket.close(code, reason);
    } catch {
      // already closed
    }
  }

  const extensions = [];
  if (options.redis) {
    const url = new URL(options.redis);
    extensions.push(
      new Redis({
        host: url.hostname,
        port: Number(url.port || 6379),
        prefix: 'copydesk-newsroom',
        ...(url.password ? { options: { password: decodeURIComponent(url.password) } } : {}),
      }),
    );
  }
  extensions.push(
    new Database({
      fetch: ({ documentName, connectionConfig }) =>
        fetchStory(documentName).then((state) => {
          if (problems.has(documentName)) connectionConfig.readOnly = true;
          return state;
        }),
      store: async ({ documentName, document }) => {
        if (problems.has(documentName)) return; // never overwrite a damaged story's files
        try {
          await docs.compact(documentName, document);
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          log(
            `newsroom: story "${documentName}": could not compact its stored state (${code ?? (e as Error).message}); every acknowledged edit is still in its update log, and the story stays open in memory until a store succeeds${isDiskFull(e) ? `. Free some space in ${dataDir}.` : ''}`,
          );
          throw e;
        }
      },
    }),
  );

  const server = new Server<NewsroomContext>({
    name: 'copydesk-newsroom',
    port: options.port ?? 0,
    address: host,
    quiet: true,
    stopOnSignals: false,
    debounce: opts.storeDebounceMs,
    maxDebounce: opts.maxDebounceMs,
    // A safety net above our own, logged, limit (ws closes the socket with 1009 past it).
    websocketOptions: { maxPayload: opts.maxMessageBytes + 1024 * 1024 },
    extensions,

    async onAuthenticate({ token, documentName, connectionConfig }) {
      const account = await accountForToken(dataDir, token);
      if (!account) {
        refuse('(none)', documentName, 'wrong or missing token');
        throw refusal('unauthorized', 4401);
      }
      const meta = await files.readMeta(documentName).catch(() => null);
      if (!meta) {
        refuse(account.name, documentName, 'not a shared story (stories are shared with POST /api/stories, not by connecting)');
        throw refusal('not-found', 4404);
      }
      // Everyone in the newsroom may read every story; who may change it depends on the role.
      connectionConfig.readOnly = !canEdit(account, meta) || problems.has(documentName);
      return { account };
    },

    async beforeHandleMessage({ connection, update, document, context }) {
      await beforeMessage(connection, update, document, context.account);
    },

    // Presence shows the account's own name: nobody appears under someone else's.
    async beforeHandleAwareness({ states, context, document }) {
      const account = (context as NewsroomContext | undefined)?.account;
      if (!account) return;
      for (const state of states.values()) {
        const user = newsroomPresenceSchema.safeParse(state.user);
        state.user = { name: account.name, color: user.success ? user.data.color : presenceColor(account.name) };
      }
      void document;
    },

    async onChange({ documentName, context, transactionOrigin }) {
      const origin = transactionOrigin as { source?: string } | undefined;
      if (origin?.source === 'redis') return;
      changes.set(documentName, { at: new Date().toISOString(), by: (context as NewsroomContext | undefined)?.account?.name ?? null });
    },

    async onStoreDocument({ documentName, document }) {
      if (problems.has(documentName)) return;
      const meta = await files.readMeta(documentName);
      if (!meta) return;
      const change = changes.get(documentName);
      const article = articleOf(document);
      await files.writeMeta({ ...meta, ...summarize(document, article), ...(change ? { modified: change.at, modifiedBy: change.by } : {}) });
      // The readable copy: left as it was when the story does not make a valid article now.
      if (article) await files.writeReadable(documentName, article);
      // An automatic revision at most every autoRevisionMs while the story is edited.
      if (!lastRevisionAt.has(documentName)) {
        const { revisions } = await files.listRevisions(documentName);
        lastRevisionAt.set(documentName, revisions[0] ? Date.parse(revisions[0].at) : 0);
      }
      if (
        change &&
        Date.now() - (lastRevisionAt.get(documentName) ?? 0) >= opts.autoRevisionMs &&
        Date.parse(change.at) > (lastRevisionAt.get(documentName) ?? 0)
      ) {
        await revise(documentName, change.by, 'auto', Y.encodeStateAsUpdate(document));
      }
    },

    async afterUnloadDocument({ documentName }) {
      await docs.unload(documentName);
    },
  });

  const core: NewsroomCore = {
    dataDir,
    files,
    docs,
    log,
    maxPhotoBytes: opts.maxPhotoBytes,
    account: (token) => accountForToken(dataDir, token),
    canEdit,
    problem: (id) => problems.get(id),
    loaded: (id) => server.hocuspocus.documents.get(id),
    lastChange: (id) => changes.get(id),
    revise,
    present(id) {
      const doc = server.hocuspocus.documents.get(id);
      if (!doc) return [];
      // Awareness carries the colour people chose and those connected to other instances (through
      // Redis); the connections here name everyone connected to this one, even before their first cursor.
      const seen = new Map<string, NewsroomPresence>();
      for (const state of doc.awareness.getStates().values()) {
        const user = newsroomPresenceSchema.safeParse(state.user);
        if (user.success && !seen.has(user.data.name)) seen.set(user.data.name, user.data);
      }
      for (const connection of doc.getConnections()) {
        const name = (connection.context as NewsroomContext | undefined)?.account?.name;
        if (name && !seen.has(name)) seen.set(name, { name, color: presenceColor(name) });
      }
      return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name));
    },
    async withDoc<R>(id: string, by: string, fn: (doc: Y.Doc) => R): Promise<R> {
      const direct = await server.hocuspocus.openDirectConnection(id, { account: { name: by, role: 'admin', tokenSha256: '', created: '' } });
      try {
        const doc = direct.document as Document;
        const updates: Uint8Array[] = [];
        const onUpdate = (u: Uint8Array) => updates.push(u);
        doc.on('update', onUpdate);
        let result!: R;
        await direct.transact((d) => {
          result = fn(d);
        });
        doc.off('update', onUpdate);
        for (const u of updates) await docs.append(id, u);
        if (updates.length) changes.set(id, { at: new Date().toISOString(), by });
        return result;
      } finally {
        await direct.disconnect();
      }
    },
    refreshAccess(id, meta) {
      const doc = server.hocuspocus.documents.get(id);
      if (!doc) return;
      for (const connection of doc.getConnections()) {
        const account = (connection.context as NewsroomContext | undefined)?.account;
        if (account) connection.readOnly = !canEdit(account, meta) || problems.has(id);
      }
    },
  };

  // Our HTTP API answers every request (Hocuspocus's default "Welcome" page is not wanted).
  server.httpServer.removeAllListeners('request');
  server.httpServer.on('request', (req, res) => {
    handleApi(core, req, res).catch((e) => {
      log(`newsroom: HTTP ${req.method} ${req.url} failed: ${(e as Error).stack ?? e}`);
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' });
      res.end(JSON.stringify({ error: { code: 'internal', message: 'The server could not answer; see its log.' } }));
    });
  });

  await server.listen();
  const port = server.address.port;
  let stopping: Promise<void> | undefined;
  return {
    port,
    host,
    url: `ws://${host}:${port}`,
    httpUrl: `http://${host}:${port}`,
    adminToken,
    stats() {
      const memory = process.memoryUsage();
      return {
        openStories: server.hocuspocus.getDocumentsCount(),
        connections: server.hocuspocus.getConnectionsCount(),
        rssBytes: memory.rss,
        heapUsedBytes: memory.heapUsed,
      };
    },
    stop() {
      stopping ??= (async () => {
        // Stores what is open (compaction); the durable log already has every acknowledged edit,
        // so a store that cannot finish (a full disk) does not hold the shutdown forever.
        await Promise.race([server.destroy(), new Promise((r) => setTimeout(r, 10_000).unref())]);
        server.httpServer.closeAllConnections?.();
        await docs.close();
      })();
      return stopping;
    },
  };
}

export { addUser, removeUser, readAccounts } from './accounts';
export { newsroomReadyLine };
