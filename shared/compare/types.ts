import type { Node } from 'prosemirror-model';
import type { Article } from '../article';

/**
 * What "Compare versions" reports. Everything here is plain data (JSON-safe), so a comparison
 * can cross IPC, be printed by the CLI or drawn by the History panel without ProseMirror.
 */

/** A version to compare: a saved article, a revision, or the open story with its current body. */
export type ComparableArticle = Pick<Article, 'headline' | 'standfirst' | 'byline' | 'dateline' | 'people' | 'quotes'> & {
  /** ProseMirror JSON as saved, or the editor's document as it is now. */
  body: Article['body'] | Node;
};

export type WordSpanKind = 'equal' | 'inserted' | 'deleted';

/**
 * A run of text that both versions share (`equal`), or that only the newer (`inserted`) or only
 * the older (`deleted`) has. Changes cover whole words. Equal + deleted spans, in order, spell
 * the older text; equal + inserted spans spell the newer. A line break in the text is `\n`.
 */
export interface WordSpan {
  kind: WordSpanKind;
  text: string;
}

export type BlockKind = 'equal' | 'changed' | 'inserted' | 'deleted' | 'moved';

/** Where a block sits, in newsroom words. */
export type BlockPlace = 'paragraph' | 'subheading' | 'block quote' | 'bulleted list item' | 'numbered list item' | 'photo' | (string & {});

/** ProseMirror JSON of one block (a paragraph, subheading or photo). */
export interface BlockJson {
  type: string;
  [key: string]: unknown;
}

/** One version's side of a compared block. */
export interface BlockSide {
  /** Its place in that version's reading order, 0-based (the CLI prints it as ¶ index + 1). */
  index: number;
  /** ProseMirror position just before the block in that version's body. */
  pos: number;
  /** The block's node size: it ends at `pos + size`. */
  size: number;
  /** The top-level block holding it (a list, a block quote; the block itself at the top level). */
  outer: { pos: number; size: number };
  /** The node type: `paragraph`, `heading`, `photo`. */
  type: string;
  place: BlockPlace;
  /** The block's text (a photo's caption); a hard line break is `\n`. */
  text: string;
  node: BlockJson;
}

export type PhotoField = 'photo' | 'caption' | 'credit' | 'alt' | 'rights';

/** A photo field that differs; `photo` is the image itself (its library path; '' for a placeholder). */
export interface PhotoFieldChange {
  field: PhotoField;
  label: string;
  older: string;
  newer: string;
  spans: WordSpan[];
}

/**
 * One block of the story, in the newer version's reading order; deleted blocks sit where they
 * stood, after the block that preceded them. A moved block appears once, where it is now
 * (`older.index` says where it was).
 *
 * - `equal`: the same in both; `changed`: edited in place (words, formatting, or its place, such
 *   as paragraph → subheading); `moved`: now elsewhere in the story, possibly also edited;
 *   `inserted`/`deleted`: only in the newer / older version.
 */
export interface BlockComparison {
  kind: BlockKind;
  older: BlockSide | null;
  newer: BlockSide | null;
  /** Word-level spans of the text (for a photo, its caption). */
  spans: WordSpan[];
  /** Photos only: the fields that differ. */
  photo?: PhotoFieldChange[];
}

export type ArticleField = 'headline' | 'standfirst' | 'byline' | 'dateline';

export interface FieldChange {
  field: ArticleField;
  label: string;
  older: string;
  newer: string;
  spans: WordSpan[];
}

/** A quote in both versions whose speaker differs (by name as printed; null is no speaker). */
export interface SpeakerChange {
  quoteId: string;
  /** The quoted words as the newer version has them. */
  quote: string;
  older: string | null;
  newer: string | null;
  /** Index into `blocks` of the block holding the quote in the newer version, when found. */
  block: number | null;
}

export interface ComparisonSummary {
  wordsInserted: number;
  wordsDeleted: number;
  changed: number;
  inserted: number;
  deleted: number;
  moved: number;
}

export interface ArticleComparison {
  /** True when nothing a reader or the desk sees differs. */
  identical: boolean;
  fields: FieldChange[];
  blocks: BlockComparison[];
  speakers: SpeakerChange[];
  /** Body blocks by kind, and words inserted and deleted in the body (captions included). */
  summary: ComparisonSummary;
}
