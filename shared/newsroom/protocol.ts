import { z } from 'zod';
import { articleStatusSchema } from '../article/model';

/**
 * What the app and the newsroom server say to each other besides the Yjs sync itself.
 *
 * Yjs: Hocuspocus on `ws://HOST:PORT`, one document per story, named by the story's id; the
 * provider's `token` is the account's token. Awareness `user` is a `NewsroomPresence`.
 *
 * HTTP, on the same port, every call with `Authorization: Bearer TOKEN` (CORS open to any origin:
 * there are no cookies, the token is the only credential):
 * - `GET  /api/me` → `NewsroomMe`
 * - `GET  /api/stories` → `{ stories: NewsroomStory[] }` (those the account may read)
 * - `POST /api/stories` `{ article }` → `{ story: NewsroomStory }`: shares a local story; the server
 *   builds its Y.Doc once (articleToStoryDoc). Viewers are refused (403).
 * - `GET  /api/stories/ID/revisions` → `{ revisions: NewsroomRevision[] }`
 * - `GET  /api/stories/ID/revisions/REV` → `{ article }`
 * - `POST /api/stories/ID/revisions` → `{ revision: NewsroomRevision }` (an explicit Save)
 * - `GET  /api/stories/ID` → `{ story: NewsroomStory }`
 * - `GET  /api/stories/ID/article` → `{ article }`: the story to show while the editor's
 *   websocket connects (its readable copy as of the last store); 409 when only the sync serves it
 * - `GET  /api/stories/ID/state` → the story's Yjs state now (application/octet-stream): applied to
 *   make it editable before the websocket has synced; 409 when damaged or kept in Postgres
 * - `POST /api/stories/ID/article` and `POST /api/stories/ID/state`, `Content-Type: text/plain`,
 *   body `{"token": TOKEN}` and no Authorization header: the same two reads as a browser's "simple"
 *   cross-origin request, which it sends without a CORS preflight first (one round trip less
 *   between a click on a story never opened on this computer and the story on screen)
 * - `PATCH /api/stories/ID` `{ assignee?: string | null, sharedWith?: string[] }` → `{ story }`
 *   (editors, admin and the story's owner)
 * - `PUT  /api/photos/SHA256.EXT` (the bytes; the server checks the hash) → 201 or 200 when it had it
 * - `GET  /api/photos/SHA256.EXT` → the bytes (a photo's `src` stays `media/SHA256.EXT`)
 * Errors answer `{ error: { code, message } }` with 400, 401, 403, 404, 413 or 507, and 409 when a
 * story id is already shared or a damaged (read-only) story would be changed.
 */

export const NEWSROOM_ROLES = ['reporter', 'editor', 'viewer'] as const;
export const newsroomRoleSchema = z.enum([...NEWSROOM_ROLES, 'admin']);
export type NewsroomRole = z.infer<typeof newsroomRoleSchema>;

/** Who is in a story now: their account name, and the colour their cursor carries. */
export const newsroomPresenceSchema = z.object({ name: z.string().max(200), color: z.string().max(20) });
export type NewsroomPresence = z.infer<typeof newsroomPresenceSchema>;

export const newsroomMeSchema = z.object({ name: z.string(), role: newsroomRoleSchema });
export type NewsroomMe = z.infer<typeof newsroomMeSchema>;

export const newsroomStorySchema = z.object({
  id: z.string().min(1).max(100),
  headline: z.string(),
  byline: z.string(),
  status: articleStatusSchema,
  assignee: z.string().nullable(),
  /** The account that shared it; reporters edit their own stories and those shared with them. */
  owner: z.string(),
  sharedWith: z.array(z.string()),
  words: z.number().int().nonnegative(),
  modified: z.string(),
  modifiedBy: z.string().nullable(),
  /** Who has it open now. */
  present: z.array(newsroomPresenceSchema),
  /** Whether this account may change it. */
  canEdit: z.boolean(),
  /** Set when the stored state is damaged: it is served read-only from its last good snapshot. */
  problem: z.string().optional(),
});
export type NewsroomStory = z.infer<typeof newsroomStorySchema>;

export const newsroomRevisionSchema = z.object({
  id: z.string(),
  at: z.string(),
  by: z.string().nullable(),
  reason: z.enum(['manual', 'auto', 'shared']),
  words: z.number().int().nonnegative(),
});
export type NewsroomRevision = z.infer<typeof newsroomRevisionSchema>;

export const newsroomErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** The line the server prints when it is ready (tests and the README wait for it). */
export const newsroomReadyLine = (port: number, host = '127.0.0.1') => `Copydesk newsroom at ws://${host}:${port}`;

/** Cursor colours dark enough for white name labels (WCAG AA), as hex: y-prosemirror appends alpha to them. */
const PRESENCE_COLORS = ['#b3261e', '#0b57d0', '#146c2e', '#8430ce', '#a8420a', '#00639b', '#7d5700', '#b0006b'];

/** A colour for a person's cursor, the same for a name everywhere. */
export function presenceColor(name: string): string {
  let h = 0;
  for (let i = 0; i < name.length; i++) h = (h * 31 + name.charCodeAt(i)) >>> 0;
  return PRESENCE_COLORS[h % PRESENCE_COLORS.length];
}
