/**
 * What the copy desk's checks report. One match is one thing a copy editor would mark on the
 * page: where it is, which house rule it breaks, how bad it is, and what to write instead.
 */

/** `error` blocks Ready; `warning` asks for a look; `info` is for the record (an unconfirmed quote). */
export const CHECK_SEVERITIES = ['error', 'warning', 'info'] as const;
export type CheckSeverity = (typeof CHECK_SEVERITIES)[number];

/** The groups of the Checks panel, in the order it lists them. */
export const CHECK_CATEGORIES = ['notes', 'story', 'style', 'copy', 'quotes', 'names', 'photos', 'links'] as const;
export type CheckCategory = (typeof CHECK_CATEGORIES)[number];

export const CHECK_CATEGORY_LABELS: Record<CheckCategory, string> = {
  notes: 'Notes left in the copy',
  story: 'Headline, standfirst, byline, dateline',
  style: 'House style',
  copy: 'Typing and punctuation',
  quotes: 'Quotes',
  names: 'Names',
  photos: 'Photos',
  links: 'Links',
};

/** The story's fields a match can lie in, beside the body. */
export const CHECK_FIELDS = ['headline', 'standfirst', 'byline', 'dateline'] as const;
export type CheckField = (typeof CHECK_FIELDS)[number];

/**
 * Where a match is.
 * - `block`: a textblock of the body (paragraph, subheading, list or block-quote paragraph — the
 *   same numbering as the quote engine's paragraphs, photos not counted), with `from`/`to` offsets
 *   into its text (a hard break reads as one character, so offsets are doc offsets from the
 *   block's start).
 * - `field`: offsets into a field's text — the headline, the standfirst, the byline as printed
 *   (`bylineText`) or the dateline as one line (`datelineText`).
 * - `photo`: the n-th photo of the body (0-based, placeholders counted).
 */
export type CheckRange =
  | { kind: 'block'; block: number; from: number; to: number }
  | { kind: 'field'; field: CheckField; from: number; to: number }
  | { kind: 'photo'; photo: number };

export interface CheckMatch {
  ruleId: string;
  category: CheckCategory;
  severity: CheckSeverity;
  range: CheckRange;
  /** the text the range covers ('' for a photo or an empty field) */
  text: string;
  message: string;
  /** what could stand in place of `text`, best first; empty when only a person can fix it */
  replacements: string[];
}
