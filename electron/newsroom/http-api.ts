/**
 * The newsroom's HTTP API (shared/newsroom/protocol.ts): accounts, the story list, sharing,
 * revisions and photos. Every call carries `Authorization: Bearer TOKEN`, except the two story
 * reads a browser makes while opening a story, which may carry it in a text body instead (no CORS
 * preflight); CORS is open to any origin because there are no cookies (the app runs in a browser
 * on another 127.0.0.1 port).
 */
import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import * as Y from 'yjs';
import { z } from 'zod';
import { type Article, articleSchema } from '../../shared/article';
import { type NewsroomStory, articleToStoryDoc, storyDocToArticle, writeFields } from '../../shared/newsroom';
import { schema } from '../../shared/schema';
import { writeFileAtomic } from '../services/fs/atomic-write';
import type { NewsroomAccount } from './accounts';
import type { NewsroomCore } from './server';
import { liveSummary, summarize } from './server';
import { STORY_ID, type StoryMeta } from './story-files';

const CORS = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, PATCH, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type',
  'Access-Control-Max-Age': '600',
};

const MAX_JSON_BYTES = 16 * 1024 * 1024;

export const PHOTO_TYPES: Record<string, string> = { jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png', webp: 'image/webp', gif: 'image/gif' };

class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function send(res: ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) throw new HttpError(413, 'too-large', `The request is ${declared} bytes; the limit is ${limit}.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new HttpError(413, 'too-large', `The request is over the ${limit}-byte limit.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const body = await readBody(req, MAX_JSON_BYTES);
  try {
    return JSON.parse(body.toString('utf8'));
  } catch {
    throw new HttpError(400, 'bad-json', 'The request body is not JSON.');
  }
}

/** The token in a simple read's body (`{"token": "…"}`, sent as text/plain); undefined when there is none. */
async function tokenInBody(req: IncomingMessage): Promise<string | undefined> {
  const body = await readBody(req, 4096);
  try {
    const token = (JSON.parse(body.toString('utf8')) as { token?: unknown } | null)?.token;
    return typeof token === 'string' ? token : undefined;
  } catch {
    return undefined;
  }
}

/** The magic bytes each photo type starts with: a PNG named .jpg is refused. */
function looksLike(ext: string, bytes: Buffer): boolean {
  const type = PHOTO_TYPES[ext];
  if (type === 'image/jpeg') return bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff;
  if (type === 'image/png') return bytes.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  if (type === 'image/gif') return bytes.subarray(0, 4).toString('latin1') === 'GIF8';
  if (type === 'image/webp') return bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP';
  return false;
}

const patchSchema = z.object({ assignee: z.string().max(100).nullable().optional(), sharedWith: z.array(z.string().max(100)).max(500).optional() }).strict();

export async function handleApi(core: NewsroomCore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  try {
    await route(core, req, res);
  } catch (caught) {
    let e = caught;
    if (['ENOSPC', 'EDQUOT'].includes((e as NodeJS.ErrnoException)?.code ?? '')) {
      core.log(
        `newsroom: disk full: HTTP ${req.method} ${req.url} could not be stored (${(e as NodeJS.ErrnoException).code}). Free some space in ${core.dataDir}.`,
      );
      e = new HttpError(507, 'disk-full', 'The newsroom server is out of disk space; nothing was stored. Try again once space is freed.');
    }
    if (!(e instanceof HttpError)) throw e;
    if (res.headersSent) return void res.end();
    // Unread request bytes would otherwise be taken for the next request on this connection.
    if (e.status === 413) res.setHeader('Connection', 'close');
    send(res, e.status, { error: { code: e.code, message: e.message } });
  }
}

async function route(core: NewsroomCore, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://newsroom');
  const method = req.method ?? 'GET';
  if (method === 'OPTIONS') {
    res.writeHead(204, CORS);
    return void res.end();
  }
  if (!url.pathname.startsWith('/api/')) throw new HttpError(404, 'not-found', 'Nothing here: the newsroom API is under /api/.');
  const pathParts = () => url.pathname.split('/').slice(2).map(decodeURIComponent); // after "/api/"
  const early = (() => {
    try {
      return pathParts();
    } catch {
      return null; // (a malformed path: refused below, after the token, as any request is)
    }
  })();
  const storyId = early && early[0] === 'stories' && early.length >= 2 && STORY_ID.test(early[1] ?? '') ? early[1] : undefined;
  const auth = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  // A story read as a "simple" request (protocol.ts): the token is the body's.
  const simpleRead = !auth && method === 'POST' && !!storyId && early?.length === 3 && (early[2] === 'article' || early[2] === 'state');
  // For a request that brings a token, the story's record, and the article a story is opened with,
  // are read while the token is checked (and used only once it is).
  const claimed = storyId && (auth || simpleRead) ? storyId : undefined;
  const reading = claimed ? core.files.readMeta(claimed) : null;
  reading?.catch(() => undefined);
  const readable = claimed && early?.length === 3 && early[2] === 'article' ? core.files.readReadable(claimed) : undefined;
  const account = await core.account(auth?.[1] ?? (simpleRead ? await tokenInBody(req) : undefined));
  if (!account) {
    core.log(`newsroom: refused: HTTP ${method} ${url.pathname}: wrong or missing token`);
    throw new HttpError(401, 'unauthorized', 'A valid newsroom token is needed (Authorization: Bearer TOKEN).');
  }
  const parts = early ?? pathParts();

  if (parts[0] === 'me' && parts.length === 1 && method === 'GET') return send(res, 200, { name: account.name, role: account.role });

  if (parts[0] === 'stories') {
    if (parts.length === 1 && method === 'GET') return send(res, 200, { stories: await listStories(core, account) });
    if (parts.length === 1 && method === 'POST') return shareStory(core, account, req, res);
    const id = parts[1];
    const meta = reading ? await reading : null;
    if (!meta) throw new HttpError(404, 'not-found', `There is no shared story "${id}".`);
    if (parts.length === 2 && method === 'GET') return send(res, 200, { story: storyView(core, account, meta) });
    if (parts.length === 2 && method === 'PATCH') return patchStory(core, account, meta, req, res);
    if (parts[2] === 'article' && parts.length === 3 && (method === 'GET' || simpleRead)) return sendArticle(core, id, res, readable);
    if (parts[2] === 'state' && parts.length === 3 && (method === 'GET' || simpleRead)) return sendState(core, id, res);
    if (parts[2] === 'revisions') {
      if (parts.length === 3 && method === 'GET') return send(res, 200, { revisions: (await core.files.listRevisions(id)).revisions });
      if (parts.length === 3 && method === 'POST') {
        if (!core.canEdit(account, meta)) throw forbidden(core, account, id, 'may not save a revision of a story they cannot edit');
        if (core.problem(id)) throw new HttpError(409, 'damaged', `Story "${id}" is damaged and read-only: ${core.problem(id)}`);
        return send(res, 201, { revision: await core.revise(id, account.name, 'manual') });
      }
      if (parts.length === 4 && method === 'GET') {
        const rev = await core.files.readRevision(id, parts[3]).catch((e) => {
          throw new HttpError(500, 'damaged', `Revision ${parts[3]} of "${id}" is damaged: ${(e as Error).message}`);
        });
        if (!rev) throw new HttpError(404, 'not-found', `Story "${id}" has no revision "${parts[3]}".`);
        const doc = new Y.Doc();
        Y.applyUpdate(doc, rev.state);
        try {
          return send(res, 200, { article: storyDocToArticle(doc) });
        } catch (e) {
          throw new HttpError(422, 'invalid-story', `Revision ${parts[3]} of "${id}" does not make a valid article: ${(e as Error).message}`);
        } finally {
          doc.destroy();
        }
      }
    }
  }

  if (parts[0] === 'photos' && parts.length === 2) {
    const m = /^([0-9a-f]{64})\.([a-z]+)$/.exec(parts[1]);
    if (!m || !PHOTO_TYPES[m[2]]) throw new HttpError(400, 'bad-name', 'A photo is named SHA256.EXT (64 lowercase hex digits; jpg, jpeg, png, webp or gif).');
    const file = path.join(core.dataDir, 'photos', parts[1]);
    if (method === 'GET') {
      const bytes = await fsp.readFile(file).catch(() => null);
      if (!bytes) throw new HttpError(404, 'not-found', `The newsroom has no photo ${parts[1]}.`);
      res.writeHead(200, {
        ...CORS,
        'Content-Type': PHOTO_TYPES[m[2]],
        'Content-Length': bytes.length,
        'Cache-Control': 'private, max-age=31536000, immutable',
      });
      return void res.end(bytes);
    }
    if (method === 'PUT') {
      if (account.role === 'viewer') throw forbidden(core, account, parts[1], 'viewers may not upload photos');
      const bytes = await readBody(req, core.maxPhotoBytes);
      if (createHash('sha256').update(bytes).digest('hex') !== m[1])
        throw new HttpError(400, 'hash-mismatch', `The bytes sent do not have the SHA-256 in the name ${parts[1]}.`);
      if (!looksLike(m[2], bytes)) throw new HttpError(400, 'bad-type', `The bytes sent are not a ${m[2]} image.`);
      const had = await fsp.stat(file).then(
        () => true,
        () => false,
      );
      if (had) return send(res, 200, { name: parts[1], stored: false });
      await fsp.mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomic(file, bytes).catch((e) => {
        if (['ENOSPC', 'EDQUOT'].includes((e as NodeJS.ErrnoException).code ?? ''))
          throw new HttpError(507, 'disk-full', 'The newsroom server is out of disk space; the photo was not stored.');
        throw e;
      });
      return send(res, 201, { name: parts[1], stored: true });
    }
  }
  throw new HttpError(404, 'not-found', `No ${method} ${url.pathname} in the newsroom API.`);
}

function forbidden(core: NewsroomCore, account: NewsroomAccount, story: string, why: string): HttpError {
  core.log(`newsroom: refused: account "${account.name}", story "${story}": ${account.role} ${why}`);
  return new HttpError(403, 'forbidden', `The ${account.role} account "${account.name}" ${why}.`);
}

/**
 * The story as an article, for the app to show while its editor's websocket connects: the readable
 * copy written at each store, served as read from disk (it may be a few seconds behind the story;
 * the app replaces the blocks that differ when the story's state is in), else one made from the
 * state. A damaged story is only served through the sync.
 */
async function sendArticle(core: NewsroomCore, id: string, res: ServerResponse, reading = core.files.readReadable(id)) {
  if (core.problem(id)) throw new HttpError(409, 'damaged', `Story "${id}" is damaged and read-only: ${core.problem(id)}`);
  let article = await reading;
  if (!article) {
    const state = await currentState(core, id);
    if (!state) throw new HttpError(409, 'not-here', `Story "${id}" is read through the sync on this newsroom.`);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      article = JSON.stringify(storyDocToArticle(doc));
    } catch (e) {
      throw new HttpError(422, 'invalid-story', `Story "${id}" does not make a valid article now: ${(e as Error).message}`);
    } finally {
      doc.destroy();
    }
  }
  const body = Buffer.from(`{"article":${article}}`);
  res.writeHead(200, { ...CORS, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length, 'Cache-Control': 'no-store' });
  res.end(body);
}

/** The story's Yjs state now, as bytes: the app applies it to make a story it shows editable before its websocket has synced. */
async function sendState(core: NewsroomCore, id: string, res: ServerResponse) {
  if (core.problem(id)) throw new HttpError(409, 'damaged', `Story "${id}" is damaged and read-only: ${core.problem(id)}`);
  const state = await currentState(core, id);
  if (!state) throw new HttpError(409, 'not-here', `Story "${id}" is read through the sync on this newsroom.`);
  res.writeHead(200, { ...CORS, 'Content-Type': 'application/octet-stream', 'Content-Length': state.length, 'Cache-Control': 'no-store' });
  res.end(state);
}

/** A story's whole Yjs state now: from the live doc, else from its files (checked as a load checks them); null when it lives in Postgres. */
async function currentState(core: NewsroomCore, id: string): Promise<Uint8Array | null> {
  const live = core.loaded(id);
  if (live) return Y.encodeStateAsUpdate(live);
  if (!core.docs.keepsStateInFiles) return null;
  const stored = await core.files.readState(id).catch(() => {
    throw new HttpError(409, 'damaged', `Story "${id}" cannot be read now.`);
  });
  const parts = [...(stored.state ? [stored.state] : []), ...stored.updates];
  return parts.length ? Y.mergeUpdates(parts) : null;
}

function storyView(core: NewsroomCore, account: NewsroomAccount, meta: StoryMeta): NewsroomStory {
  const doc = core.loaded(meta.id);
  const live = doc ? liveSummary(doc) : null;
  const change = core.lastChange(meta.id);
  const problem = core.problem(meta.id);
  return {
    id: meta.id,
    headline: live?.headline ?? meta.headline,
    byline: live?.byline ?? meta.byline,
    status: (live?.status ?? meta.status) as NewsroomStory['status'],
    assignee: live ? live.assignee : meta.assignee,
    owner: meta.owner,
    sharedWith: meta.sharedWith,
    words: live?.words ?? meta.words,
    modified: change?.at ?? meta.modified,
    modifiedBy: change ? change.by : meta.modifiedBy,
    present: core.present(meta.id),
    canEdit: core.canEdit(account, meta) && !problem,
    ...(problem ? { problem } : {}),
  };
}

async function listStories(core: NewsroomCore, account: NewsroomAccount): Promise<NewsroomStory[]> {
  const stories: NewsroomStory[] = [];
  for (const id of await core.files.ids()) {
    const meta = await core.files.readMeta(id).catch(() => null);
    if (meta) stories.push(storyView(core, account, meta));
  }
  return stories.sort((a, b) => (a.modified < b.modified ? 1 : a.modified > b.modified ? -1 : 0));
}

async function shareStory(core: NewsroomCore, account: NewsroomAccount, req: IncomingMessage, res: ServerResponse) {
  if (account.role === 'viewer') throw forbidden(core, account, '(new)', 'viewers may not share stories');
  const body = z.object({ article: z.unknown() }).safeParse(await readJson(req));
  const parsed = articleSchema.safeParse(body.success ? body.data.article : undefined);
  if (!parsed.success)
    throw new HttpError(
      400,
      'bad-article',
      `The body must be { article } with a valid article: ${parsed.error.issues[0]?.path.join('.')} ${parsed.error.issues[0]?.message}`,
    );
  const article = parsed.data;
  if (!STORY_ID.test(article.id))
    throw new HttpError(400, 'bad-id', `The story id "${article.id}" cannot be used: letters, digits, dot, dash and underscore only.`);
  let doc: Y.Doc;
  let readable: Article;
  try {
    schema.nodeFromJSON(article.body).check();
    doc = articleToStoryDoc(article);
    // The story as the newsroom will serve it (attributes as the schema spells them), for its readable copy.
    readable = storyDocToArticle(doc);
  } catch (e) {
    throw new HttpError(400, 'bad-article', `The article's body is not a valid story body: ${(e as Error).message}`);
  }
  const state = Y.encodeStateAsUpdate(doc);
  const now = new Date().toISOString();
  const meta: StoryMeta = {
    id: article.id,
    owner: account.name,
    sharedWith: [],
    created: now,
    ...summarize(doc, readable),
    modified: now,
    modifiedBy: account.name,
  };
  doc.destroy();
  try {
    await core.files.create(meta, core.docs.keepsStateInFiles ? state : null);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new HttpError(409, 'exists', `A story with the id "${article.id}" is already shared.`);
    if (code === 'ENOSPC' || code === 'EDQUOT') throw new HttpError(507, 'disk-full', 'The newsroom server is out of disk space; the story was not shared.');
    throw e;
  }
  await core.docs.create(article.id, state);
  await core.files.writeReadable(article.id, readable);
  await core.revise(article.id, account.name, 'shared', state);
  core.log(`newsroom: account "${account.name}" shared story "${article.id}" ("${meta.headline}")`);
  send(res, 201, { story: storyView(core, account, meta) });
}

async function patchStory(core: NewsroomCore, account: NewsroomAccount, meta: StoryMeta, req: IncomingMessage, res: ServerResponse) {
  if (!(account.role === 'admin' || account.role === 'editor' || meta.owner === account.name))
    throw forbidden(core, account, meta.id, 'may not change who a story is assigned or shared to (editors and its owner may)');
  if (core.problem(meta.id)) throw new HttpError(409, 'damaged', `Story "${meta.id}" is damaged and read-only: ${core.problem(meta.id)}`);
  const patch = patchSchema.safeParse(await readJson(req));
  if (!patch.success)
    throw new HttpError(400, 'bad-patch', `The body may have "assignee" (a name or null) and "sharedWith" (names): ${patch.error.issues[0]?.message}`);
  const next: StoryMeta = { ...meta };
  if (patch.data.sharedWith) next.sharedWith = [...new Set(patch.data.sharedWith)];
  if (patch.data.assignee !== undefined) {
    next.assignee = patch.data.assignee || null;
    // The assignee is a field of the story too, so open editors see it change.
    await core.withDoc(meta.id, account.name, (doc) => writeFields(doc, { assignee: next.assignee }));
  }
  await core.files.writeMeta(next);
  core.refreshAccess(meta.id, next);
  core.log(
    `newsroom: account "${account.name}" changed story "${meta.id}": assignee ${next.assignee ?? '(none)'}, shared with ${next.sharedWith.join(', ') || '(nobody)'}`,
  );
  send(res, 200, { story: storyView(core, account, next) });
}
