import { z } from 'zod';
import { articleSchema, articleSummarySchema, contributorSchema } from '../article/model';
import { CHANGES_MODES } from '../changes/article';
import { directoryEntrySchema } from '../contributors';
import { HOST_EXPORT_FORMATS } from '../export/formats';
import type { HostEnvelope } from './envelope';
import { HostError } from './errors';
import type { HostMethod } from './methods';
import { fileStampSchema, recoveredArticleSchema, safetyContract } from './safety';
import { MAX_UPLOAD_BASE64_LENGTH, MAX_UPLOAD_MB } from './uploads';

export * from './envelope';
export * from './errors';
export * from './methods';
export * from './safety';
export * from './uploads';

/**
 * The host API: every call the renderer can make, with the shape of its argument and result.
 * Main (Electron IPC) and the web host validate each argument with these schemas before a
 * service sees it; the renderer depends on `HostApi` alone.
 */

/** A library-relative article file name, e.g. "zelenskyy-japan.copydesk.json". */
const articlePath = z.string().min(1).max(400);

const openedArticle = z.object({
  path: articlePath,
  article: articleSchema,
  stamp: fileStampSchema,
  /** The article as opened is the host's first journal entry for it: journalChanges can build on this one. */
  journalEntry: z.string().min(1).max(100).optional(),
  /**
   * The recovery copy still to offer for it (getRecovery's answer), given by openArticle so that
   * opening a story is one call; absent from the other calls that open one.
   */
  recovery: recoveredArticleSchema.nullable().optional(),
});
export type OpenedArticle = z.infer<typeof openedArticle>;

export const photoMetadataSchema = z.object({
  caption: z.string().nullable(),
  photographer: z.string().nullable(),
  agency: z.string().nullable(),
  credit: z.string().nullable(),
  rights: z.string().nullable(),
  dateTaken: z.string().nullable(),
});

export const importedPhotoSchema = z.object({
  src: z.string(),
  preview: z.string(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  format: z.enum(['jpeg', 'png', 'webp', 'gif']),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  alreadyInLibrary: z.boolean(),
  metadata: photoMetadataSchema,
});
export type ImportedPhoto = z.infer<typeof importedPhotoSchema>;

/** Base64 of a file the reporter picked, dropped or pasted: MAX_UPLOAD_BYTES of file at most. */
const fileUpload = z.object({
  fileName: z.string().max(500),
  data: z.string().max(MAX_UPLOAD_BASE64_LENGTH, { error: `is more than ${MAX_UPLOAD_MB} MB of file` }),
});

const houseStyleAnswer = z.object({
  /** HouseStyleConfig; each part is checked again where it is compiled */
  config: z.record(z.string(), z.unknown()),
  problems: z.array(z.object({ line: z.number().int().nullable(), ruleId: z.string().nullable(), message: z.string() })),
  /** the library's house-style file, relative to the library */
  file: z.string(),
  /** false when the library has no house-style file (Copydesk's own style is used) */
  found: z.boolean(),
});
export type HouseStyleAnswer = z.infer<typeof houseStyleAnswer>;

/** A newsroom's address and the account's token (a credential: never logged). */
const newsroomSettings = z.object({
  address: z.string().min(1).max(500),
  token: z.string().min(1).max(500),
  /** The account as the newsroom last named it, for working offline. */
  name: z.string().max(200).optional(),
  role: z.enum(['reporter', 'editor', 'viewer', 'admin']).optional(),
});
export type NewsroomSettings = z.infer<typeof newsroomSettings>;
/** Which newsroom a kept copy belongs to: its host and port as a folder name (newsroomServerKey in shared/newsroom). */
const newsroomServerKey = z.string().regex(/^[a-z0-9._-]{1,200}$/);
const newsroomCopyKey = z.object({ server: newsroomServerKey, storyId: z.string().min(1).max(100) });

export const hostContract = {
  /** Where the library is and which host serves it. */
  getLibraryInfo: {
    input: z.object({}),
    output: z.object({
      libraryPath: z.string(),
      appVersion: z.string(),
      host: z.enum(['electron', 'web']),
      /** The operating system's name for the person (the default for Your name). */
      userName: z.string().max(200).optional(),
    }),
  },
  /** Every article in the library, newest first. */
  listArticles: {
    input: z.object({}),
    output: z.object({ articles: z.array(articleSummarySchema) }),
  },
  openArticle: { input: z.object({ path: articlePath }), output: openedArticle },
  /**
   * Writes the article. `baseStamp` is the stamp it was opened or last saved with: when the
   * file changed on disk since, the save is refused with `conflict` unless `overwrite` is set.
   */
  saveArticle: {
    input: z.object({
      path: articlePath,
      article: articleSchema,
      baseStamp: fileStampSchema.nullable(),
      overwrite: z.boolean().optional(),
      /** Keep a revision: always for a manual save, at most every few minutes for an autosave. */
      snapshot: z.enum(['manual', 'autosave']).optional(),
    }),
    output: z.object({ path: articlePath, stamp: fileStampSchema, summary: articleSummarySchema }),
  },
  createArticle: { input: z.object({ headline: z.string().max(2_000).optional() }), output: openedArticle },
  /** Changes the headline and renames the file to match, never over another file. */
  renameArticle: { input: z.object({ path: articlePath, headline: z.string().max(2_000) }), output: openedArticle },
  duplicateArticle: { input: z.object({ path: articlePath }), output: openedArticle },
  /** Moves the article to the library's trash; nothing is deleted. */
  trashArticle: { input: z.object({ path: articlePath }), output: z.object({ trashPath: z.string() }) },
  listTrash: { input: z.object({}), output: z.object({ articles: z.array(articleSummarySchema) }) },
  restoreArticle: { input: z.object({ trashPath: z.string().min(1).max(400) }), output: z.object({ path: articlePath }) },
  /** Copies a photo into the library's media folder and reads its caption, credit and rights. */
  importPhoto: { input: fileUpload, output: importedPhotoSchema },
  /**
   * Reads a .txt, .md, .html or .docx file into a new article; a refused file changes nothing.
   * `notices` say what the desk should check: a Word file's tracked changes that could not be
   * read, CriticMarkup kept as plain text instead of read as meant (and where).
   */
  importDocument: { input: fileUpload, output: z.object({ path: articlePath, notices: z.array(z.string().max(2_000)).max(50).optional() }) },
  /**
   * The article in another format. `data` is the file's text, or its bytes in base64 when
   * `encoding` says so (a Word document); photos come as `assets` (base64, named relative to the
   * file) unless `embedImages` puts them inside it as data: URIs (a Word document always has them inside).
   * `changes` says how pending suggestions and open notes go out (accepted, rejected, or shown:
   * HTML, Markdown and Word only); a story that has any is refused without it (`export-failed`,
   * with `details.pendingChanges` holding the counts).
   */
  exportArticle: {
    input: z.object({ path: articlePath, format: z.enum(HOST_EXPORT_FORMATS), embedImages: z.boolean().optional(), changes: z.enum(CHANGES_MODES).optional() }),
    output: z.object({
      fileName: z.string(),
      mimeType: z.string(),
      data: z.string(),
      encoding: z.literal('base64').optional(),
      assets: z.array(z.object({ name: z.string(), data: z.string() })),
    }),
  },
  /** Articles whose headline, standfirst, byline or text match every word of the query, best first. */
  searchArticles: {
    input: z.object({ query: z.string().max(500), limit: z.number().int().positive().max(1_000).optional() }),
    output: z.object({ results: z.array(z.object({ path: articlePath, headline: z.string(), snippet: z.string() })) }),
  },
  /** The library's contributor directory: everyone credited so far, for autocomplete. */
  listContributors: { input: z.object({}), output: z.object({ contributors: z.array(directoryEntrySchema) }) },
  /** Adds names typed into a byline to the directory (or refreshes their details). */
  rememberContributors: {
    input: z.object({ contributors: z.array(contributorSchema).max(50) }),
    output: z.object({ contributors: z.array(directoryEntrySchema) }),
  },
  /**
   * Renames a contributor in the directory and in every article crediting them (each saved
   * through the library, atomically and conflict-checked). Returns the rewritten articles' new stamps.
   */
  renameContributor: {
    input: z.object({ from: z.string().min(1).max(200), to: z.string().max(200) }),
    output: z.object({
      contributors: z.array(directoryEntrySchema),
      articles: z.array(z.object({ path: articlePath, stamp: fileStampSchema })),
    }),
  },
  /**
   * Takes a name out of the directory (a misspelling, someone who has left): it is no longer
   * offered. Articles keep their bylines; crediting the name in a byline again puts it back.
   */
  forgetContributor: {
    input: z.object({ name: z.string().min(1).max(200) }),
    output: z.object({ contributors: z.array(directoryEntrySchema) }),
  },
  /**
   * The library's house style: its settings as plain data (the renderer compiles them with
   * compileHouseStyle; a compiled style holds functions) and every mistake found in the file.
   */
  getHouseStyle: { input: z.object({}), output: houseStyleAnswer },
  /** Switches one house rule off (or on again) for the whole library, in its house-style file. */
  setHouseRule: { input: z.object({ ruleId: z.string().min(1).max(100), enabled: z.boolean() }), output: houseStyleAnswer },
  /**
   * The newsroom this computer connects to: its address (ws://HOST:PORT) and the account's token.
   * Kept in the library's settings file (.copydesk/newsroom.json), never in the browser's storage.
   */
  getNewsroomSettings: { input: z.object({}), output: z.object({ newsroom: newsroomSettings.nullable() }) },
  /** Remembers the newsroom (null forgets it). */
  setNewsroomSettings: { input: z.object({ newsroom: newsroomSettings.nullable() }), output: z.object({}) },
  /**
   * Whether a copy of a shared story is kept on this computer, and the readable article kept with
   * it (null when there is none that reads): a story opens showing it, before its state is applied.
   */
  readNewsroomCopy: { input: newsroomCopyKey, output: z.object({ kept: z.boolean(), article: articleSchema.nullable() }) },
  /**
   * The copy of a shared story kept on this computer (its Yjs state, base64), or null: a story opens
   * from it before the newsroom answers, and with no network at all.
   */
  loadNewsroomCopy: { input: newsroomCopyKey, output: z.object({ state: z.string().nullable() }) },
  /** Keeps a shared story on this computer: its Yjs state and, beside it, the story as a readable article file (when it makes one). */
  saveNewsroomCopy: {
    input: newsroomCopyKey.extend({ state: z.string().max(MAX_UPLOAD_BASE64_LENGTH), article: articleSchema.optional() }),
    output: z.object({}),
  },
  /** The shared stories kept on this computer for a newsroom (what the Newsroom list shows while it cannot be reached). */
  listNewsroomCopies: {
    input: z.object({ server: newsroomServerKey }),
    output: z.object({ stories: z.array(z.object({ id: z.string(), headline: z.string(), byline: z.string(), status: z.string(), modified: z.string() })) }),
  },
  /** Keep a copy on this computer: the shared story becomes a local article of its own (a new id) in the library. */
  keepNewsroomCopy: { input: z.object({ article: articleSchema }), output: openedArticle },
  /** Which of these photos (media/SHA256.EXT) the library does not have (a shared story's, made on another computer). */
  missingMedia: {
    input: z.object({ paths: z.array(z.string().min(1).max(400)).max(1_000) }),
    output: z.object({ missing: z.array(z.string()) }),
  },
  ...safetyContract,
} as const satisfies Record<HostMethod, { input: z.ZodType; output: z.ZodType }>;

export type HostInput<M extends HostMethod> = z.input<(typeof hostContract)[M]['input']>;
export type HostOutput<M extends HostMethod> = z.output<(typeof hostContract)[M]['output']>;

/** The one interface the renderer talks to, whichever transport carries it. */
export type HostApi = { [M in HostMethod]: (input: HostInput<M>) => Promise<HostOutput<M>> };

/**
 * What Electron's preload exposes: the same calls, each answering with its envelope. The renderer
 * opens it (openHostEnvelope), because an error thrown across contextBridge keeps only its message.
 */
export type HostBridge = { [M in HostMethod]: (input: HostInput<M>) => Promise<HostEnvelope> };

/** Validates a call's argument; throws HostError('invalid-argument') naming the first problem. */
export function parseHostInput<M extends HostMethod>(method: M, input: unknown): HostInput<M> {
  const spec = hostContract[method];
  if (!spec) throw new HostError('invalid-argument', `Unknown host call "${String(method)}".`);
  const result = spec.input.safeParse(input ?? {});
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new HostError('invalid-argument', `Bad argument to ${method}: ${issue.path.join('.') || 'input'} ${issue.message}.`);
  }
  return result.data as HostInput<M>;
}

export function parseHostOutput<M extends HostMethod>(method: M, output: unknown): HostOutput<M> {
  const result = hostContract[method].output.safeParse(output);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new HostError('internal', `The host answered ${method} with an unexpected result (${issue.path.join('.')}: ${issue.message}).`);
  }
  return result.data as HostOutput<M>;
}

export function isHostMethod(name: string): name is HostMethod {
  return Object.hasOwn(hostContract, name);
}
