import { z } from 'zod';
import { bylineSchema, datelineSchema } from '../article/credits-model';

/**
 * The desk's changes to a story, kept in the article file beside the body: who suggested each
 * change and when (the changes themselves are marks in the body, see `shared/schema`), the
 * suggested new headline, standfirst, byline or dateline, and the notes with their replies.
 */

/** The story fields a suggestion can change; the body's suggestions are marks in the text. */
export const SUGGESTIBLE_FIELDS = ['headline', 'standfirst', 'byline', 'dateline'] as const;
export type SuggestibleField = (typeof SUGGESTIBLE_FIELDS)[number];

const idSchema = z.string().min(1).max(100);
const authorSchema = z.string().min(1).max(200);
const timeSchema = z.string().max(100);

/** Who made a suggestion in the body and when, keyed by the `id` of its marks. */
const bodySuggestionSchema = z.object({ id: idSchema, author: authorSchema, at: timeSchema });

/** A suggested new value for a story field; the field keeps its value until it is accepted. */
const fieldSuggestionSchema = z.discriminatedUnion('field', [
  z.object({ id: idSchema, author: authorSchema, at: timeSchema, field: z.literal('headline'), value: z.string().max(2_000) }),
  z.object({ id: idSchema, author: authorSchema, at: timeSchema, field: z.literal('standfirst'), value: z.string().max(5_000) }),
  z.object({ id: idSchema, author: authorSchema, at: timeSchema, field: z.literal('byline'), value: bylineSchema }),
  z.object({ id: idSchema, author: authorSchema, at: timeSchema, field: z.literal('dateline'), value: datelineSchema.nullable() }),
]);

export const suggestionRecordSchema = z.union([fieldSuggestionSchema, bodySuggestionSchema.strict()]);
export type BodySuggestionRecord = z.infer<typeof bodySuggestionSchema>;
export type FieldSuggestion = z.infer<typeof fieldSuggestionSchema>;
export type SuggestionRecord = BodySuggestionRecord | FieldSuggestion;

export const NOTE_KINDS = ['comment', 'question', 'tk', 'fact-check', 'legal'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];
export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  comment: 'Comment',
  question: 'Question to the reporter',
  tk: 'TK (to come)',
  'fact-check': 'Fact check',
  legal: 'Legal',
};

export const noteReplySchema = z.object({ author: authorSchema, at: timeSchema, text: z.string().max(10_000) });
export type NoteReply = z.infer<typeof noteReplySchema>;

/**
 * A note on some words of the story (marked in the body by a `note` mark with its id). `excerpt`
 * keeps the words it was put on, so a note whose text was deleted still says what it was about.
 */
export const noteSchema = z.object({
  id: idSchema,
  kind: z.enum(NOTE_KINDS),
  author: authorSchema,
  at: timeSchema,
  text: z.string().max(10_000),
  excerpt: z.string().max(2_000),
  replies: z.array(noteReplySchema).max(1_000),
  resolved: z.object({ by: authorSchema, at: timeSchema }).nullable(),
});
export type Note = z.infer<typeof noteSchema>;

export const storyChangesSchema = z.object({
  /** "Changes to this story are always suggestions": the editor opens in Suggesting mode for everyone. */
  alwaysSuggest: z.boolean().optional(),
  suggestions: z.array(suggestionRecordSchema).max(100_000),
  notes: z.array(noteSchema).max(10_000),
});
export type StoryChanges = z.infer<typeof storyChangesSchema>;

export function isFieldSuggestion(record: SuggestionRecord): record is FieldSuggestion {
  return 'field' in record;
}

/** A person's initials from their name ("Ana María Ruiz" → "AR"). */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return '?';
  const first = [...words[0]][0] ?? '';
  const last = words.length > 1 ? ([...words[words.length - 1]][0] ?? '') : '';
  return (first + last).toUpperCase();
}

/** Colours dark enough for white text and distinct from the check underlines (red, amber, blue). */
const AUTHOR_COLOURS = ['#1b7f5a', '#7a3fb0', '#b3541e', '#0f6f8f', '#a02b6d', '#4d6b12', '#5b4dbb', '#8a5a00'];

/** A person's colour, the same on every machine for the same name. */
export function colourOf(name: string): string {
  let hash = 0;
  for (const ch of name.trim().toLowerCase()) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return AUTHOR_COLOURS[hash % AUTHOR_COLOURS.length];
}
