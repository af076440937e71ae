import { z } from 'zod';
import { storyChangesSchema } from '../changes/model';
import { bylineSchema, datelineSchema } from './credits-model';

/**
 * The article as Copydesk keeps it. The body is ProseMirror JSON (see `shared/schema`);
 * everything a newsroom treats as data rather than prose — headline, byline, dateline,
 * status, the people quoted and the quotes' attributions — sits beside it as fields.
 */

export const CURRENT_SCHEMA_VERSION = 2;
export const ARTICLE_FORMAT = 'copydesk-article';
export const ARTICLE_EXTENSION = '.copydesk.json';

export const ARTICLE_STATUSES = ['draft', 'in-edit', 'ready'] as const;
export const articleStatusSchema = z.enum(ARTICLE_STATUSES);
export type ArticleStatus = z.infer<typeof articleStatusSchema>;
export const STATUS_LABELS: Record<ArticleStatus, string> = { draft: 'Draft', 'in-edit': 'In edit', ready: 'Ready' };

export * from './credits-model';

export const personSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().max(200),
  title: z.string().max(200).nullable(),
  affiliation: z.string().max(200).nullable(),
});
export type Person = z.infer<typeof personSchema>;

export const QUOTE_METHODS = ['interview', 'press-conference', 'statement', 'email', 'social-media', 'document'] as const;
export const QUOTE_REVIEW_STATUSES = ['detected', 'confirmed', 'flagged'] as const;

/** One quote's attribution, keyed by the quoted words (the text between the marks). */
export const quoteRecordSchema = z.object({
  id: z.string().min(1).max(100),
  text: z.string().max(20_000),
  speakerId: z.string().max(100).nullable(),
  method: z.enum(QUOTE_METHODS).nullable(),
  date: z.string().max(100).nullable(),
  sourceNote: z.string().max(2_000).nullable(),
  status: z.enum(QUOTE_REVIEW_STATUSES),
  reviewerNote: z.string().max(2_000).nullable(),
  /** Who chose the speaker: absent or `engine` follows the detection; `editor` is never overridden. */
  speakerSetBy: z.enum(['engine', 'editor']).optional(),
});
export type QuoteRecord = z.infer<typeof quoteRecordSchema>;

/**
 * A check match the desk chose to leave as it is ("Ignore here"): the rule, the words it matched
 * and a little of the text around them, so the same words elsewhere are still checked and the
 * choice survives edits to other paragraphs.
 */
export const checkIgnoreSchema = z.object({
  ruleId: z.string().min(1).max(100),
  text: z.string().max(2_000),
  context: z.string().max(400),
});
export type CheckIgnore = z.infer<typeof checkIgnoreSchema>;

/** A story marked Ready while error checks were open: who, when, why, and which checks. */
export const readyOverrideSchema = z.object({
  by: z.string().min(1).max(200),
  at: z.string().max(100),
  reason: z.string().max(2_000),
  checks: z.array(z.object({ ruleId: z.string().min(1).max(100), message: z.string().max(2_000), text: z.string().max(2_000) })).max(1_000),
});
export type ReadyOverride = z.infer<typeof readyOverrideSchema>;

/** The desk's decisions about the checks, kept with the story. */
export const storyChecksSchema = z.object({
  ignored: z.array(checkIgnoreSchema).max(5_000),
  overrides: z.array(readyOverrideSchema).max(500),
});
export type StoryCheckRecord = z.infer<typeof storyChecksSchema>;

/** ProseMirror JSON; its structure is checked against the schema by `Node.fromJSON` + `check()`. */
export const bodyJsonSchema = z.object({ type: z.literal('doc'), content: z.array(z.unknown()).optional() }).passthrough();

export const articleSchema = z.object({
  format: z.literal(ARTICLE_FORMAT),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: z.string().min(1).max(100),
  headline: z.string().max(2_000),
  standfirst: z.string().max(5_000),
  status: articleStatusSchema,
  byline: bylineSchema,
  dateline: datelineSchema.nullable(),
  created: z.string(),
  modified: z.string(),
  body: bodyJsonSchema,
  people: z.array(personSchema),
  quotes: z.array(quoteRecordSchema),
  /** Absent until the desk ignores a check or overrides the Ready gate. */
  checks: storyChecksSchema.optional(),
  /** Absent until someone suggests a change or adds a note (shared/changes). */
  changes: storyChangesSchema.optional(),
});
export type Article = z.infer<typeof articleSchema>;
export type ArticleBody = Article['body'];

/** What the library list shows for each article. */
export const articleSummarySchema = z.object({
  path: z.string(),
  id: z.string(),
  headline: z.string(),
  byline: z.string(),
  status: articleStatusSchema,
  words: z.number().int().nonnegative(),
  modified: z.string(),
  /** Pending suggestions and open notes, when there are any. */
  suggestions: z.number().int().nonnegative().optional(),
  notes: z.number().int().nonnegative().optional(),
  /** Set when the file could not be read: what is wrong with it, in a sentence. */
  problem: z.string().optional(),
});
export type ArticleSummary = z.infer<typeof articleSummarySchema>;
