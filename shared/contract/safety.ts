import { z } from 'zod';
import { articleSchema } from '../article/model';

/**
 * Contract pieces for keeping words safe: the recovery journal, revision history and changes
 * on disk. Kept apart from index.ts so the schemas of one concern sit together.
 */

/** What a file looked like on disk when it was read or written, to notice changes behind our back. */
export const fileStampSchema = z.object({
  size: z.number().int().nonnegative(),
  mtimeMs: z.number().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type FileStamp = z.infer<typeof fileStampSchema>;

const articlePath = z.string().min(1).max(400);
const articleId = z.string().min(1).max(100);
const journalEntryId = z.string().min(1).max(100);

/** Unsaved changes kept in `.copydesk/recovery/`, found again after a crash. */
export const recoveredArticleSchema = z.object({
  path: articlePath,
  journaledAt: z.string(),
  /** The stamp of the saved file the changes were made on. */
  baseStamp: fileStampSchema.nullable(),
  article: articleSchema,
});
export type RecoveredArticle = z.infer<typeof recoveredArticleSchema>;

export const REVISION_REASONS = ['manual', 'autosave', 'before-restore', 'replaced-on-disk'] as const;
export type RevisionReason = (typeof REVISION_REASONS)[number];

export const revisionInfoSchema = z.object({
  id: z.string().regex(/^\d{13}-[a-z-]+-\d{1,9}w$/),
  at: z.string(),
  reason: z.enum(REVISION_REASONS),
  words: z.number().int().nonnegative(),
});
export type RevisionInfo = z.infer<typeof revisionInfoSchema>;

/** An article file that changed on disk; `stamp` is null when it is gone. */
export const libraryChangeSchema = z.object({ path: articlePath, stamp: fileStampSchema.nullable() });
export type LibraryChange = z.infer<typeof libraryChangeSchema>;

/** Longest a waitForLibraryChanges call is held open. */
export const MAX_CHANGE_WAIT_MS = 30_000;

export const safetyContract = {
  /** Keeps the unsaved text of an open article in the recovery journal (every few seconds while typing). */
  journalArticle: {
    input: z.object({ path: articlePath, article: articleSchema, baseStamp: fileStampSchema.nullable() }),
    /** `entry` names this journal entry, for journalChanges to build on. */
    output: z.object({ journaledAt: z.string(), entry: journalEntryId }),
  },
  /**
   * The journal again, sending only what changed since entry `since` (while typing, a block or
   * two instead of the whole story): the story blocks `from`–`to` of that entry are replaced by
   * `blocks`, and the fields by `fields` when given. `entry` is null when the host does not hold
   * `since` (it restarted, or another entry came between): then send the whole article.
   */
  journalChanges: {
    input: z.object({
      path: articlePath,
      articleId,
      since: journalEntryId,
      baseStamp: fileStampSchema.nullable(),
      fields: articleSchema.omit({ body: true }).optional(),
      from: z.number().int().nonnegative(),
      to: z.number().int().nonnegative(),
      /** ProseMirror JSON of top-level story blocks; checked against the schema by the host. */
      blocks: z.array(z.unknown()).max(200_000),
    }),
    output: z.object({ journaledAt: z.string().nullable(), entry: journalEntryId.nullable() }),
  },
  /** Unsaved changes left for this article by a crash, if any. */
  getRecovery: { input: z.object({ articleId }), output: z.object({ recovery: recoveredArticleSchema.nullable() }) },
  /** Every article with unsaved changes left over, newest first. */
  listRecoveries: {
    input: z.object({}),
    output: z.object({ recoveries: z.array(z.object({ articleId, path: articlePath, headline: z.string(), journaledAt: z.string() })) }),
  },
  /** Throws the recovered changes away (only when the reporter chooses to). */
  discardRecovery: { input: z.object({ articleId }), output: z.object({}) },
  /** The article's revision history, newest first. */
  listRevisions: { input: z.object({ articleId }), output: z.object({ revisions: z.array(revisionInfoSchema) }) },
  readRevision: { input: z.object({ articleId, revisionId: z.string().min(1).max(100) }), output: z.object({ article: articleSchema }) },
  /** Adds a revision now (before a restore replaces the text); null when the text equals the newest revision. */
  snapshotRevision: {
    input: z.object({ article: articleSchema, reason: z.enum(REVISION_REASONS) }),
    output: z.object({ revision: revisionInfoSchema.nullable() }),
  },
  /**
   * Article files changed on disk after `since` (a cursor from an earlier answer), waiting up to
   * `timeoutMs` for one. Without `since` it answers at once with the cursor to start from.
   */
  waitForLibraryChanges: {
    input: z.object({ since: z.number().int().nonnegative().optional(), timeoutMs: z.number().int().min(0).max(MAX_CHANGE_WAIT_MS).optional() }),
    output: z.object({ cursor: z.number().int().nonnegative(), changes: z.array(libraryChangeSchema) }),
  },
} as const;
