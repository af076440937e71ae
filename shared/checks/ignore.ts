import type { CheckIgnore } from '../article/model';
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
