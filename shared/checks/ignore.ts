import type { Node } from 'prosemirror-model';
import { bylineText, datelineText } from '../article/index';
import type { CheckIgnore } from '../article/model';
import { bodyTexts } from './body';
import type { CheckStoryFields } from './engine';
import type { CheckMatch } from './types';

/**
 * "Ignore here": the desk leaves one match as it is. The choice is kept with the story as the rule,
 * the words and a little of the text either side, so it follows the words when paragraphs move and
 * lapses when the words around them are rewritten (then the rule has something new to say).
 */

/** Characters of text kept on each side of the matched words. */
export const IGNORE_CONTEXT_CHARS = 24;

/**
 * The text around a match: `source` is the text its range is in (the textblock or the field);
 * a photo has none (its matches are told apart by rule only).
 */
export function ignoreContext(match: CheckMatch, source: string): string {
  const r = match.range;
  if (r.kind === 'photo') return '';
  const before = source.slice(Math.max(0, r.from - IGNORE_CONTEXT_CHARS), r.from);
  const after = source.slice(r.to, r.to + IGNORE_CONTEXT_CHARS);
  return `${before}\u241f${after}`;
}

/** The record "Ignore here" keeps for a match. */
export function ignoreFor(match: CheckMatch, source: string): CheckIgnore {
  return { ruleId: match.ruleId, text: match.text, context: ignoreContext(match, source) };
}

const keyOf = (i: CheckIgnore) => `${i.ruleId}\u0000${i.text}\u0000${i.context}`;

/** The ignored choices as a set to look matches up in. */
export function ignoreSet(ignored: readonly CheckIgnore[] | undefined): ReadonlySet<string> {
  return new Set((ignored ?? []).map(keyOf));
}

/** Whether the desk chose to leave this match as it is. */
export function isIgnored(match: CheckMatch, source: string, ignored: ReadonlySet<string>): boolean {
  return ignored.size > 0 && ignored.has(keyOf(ignoreFor(match, source)));
}

/**
 * The matches still open: those the desk has not chosen to leave as they are. `sourceOf` gives
 * the text a match's range is in (its textblock's or field's text).
 */
export function openMatches(
  matches: readonly CheckMatch[],
  ignored: readonly CheckIgnore[] | undefined,
  sourceOf: (match: CheckMatch) => string,
): CheckMatch[] {
  const set = ignoreSet(ignored);
  return set.size === 0 ? matches.slice() : matches.filter((m) => !isIgnored(m, sourceOf(m), set));
}

/**
 * The text each match's range is in, for a story and its body: the field's text, or the
 * textblock's (the body's texts are read once, on the first match in the body that asks).
 */
export function matchSources(story: Pick<CheckStoryFields, 'headline' | 'standfirst' | 'byline' | 'dateline'>, doc: Node): (match: CheckMatch) => string {
  let blocks: string[] | null = null;
  return (match) => {
    const r = match.range;
    if (r.kind === 'photo') return '';
    if (r.kind === 'block') {
      blocks ??= bodyTexts(doc);
      return blocks[r.block] ?? '';
    }
    if (r.field === 'headline') return story.headline;
    if (r.field === 'standfirst') return story.standfirst;
    if (r.field === 'byline') return bylineText(story.byline.contributors);
    return datelineText(story.dateline);
  };
}
