// A phrase the story's opening quotes from no one it names, said in full later by one person it
// names, is theirs: "... after a debate in which its sponsor called it “a line in the sand” and an
// opposition MP warned it would be “unworkable in practice.” / ... / “As drafted, it is unworkable
// in practice,” she said."
//
// It reads the linked result only (quote texts, speakers, the cast), so a session applies it after
// every update, patched or re-linked: the quote texts it compares are not in the link key.

import { TITLE_WORDS } from './lexicon';
import type { AttributionResult, CastMember, DetectedQuote } from './types';

/** A quote's words, lower-cased and spaced, with a space at each end (" unworkable in practice "). */
const wordsCache = new Map<string, string>();
function wordsOf(text: string): string {
  let w = wordsCache.get(text);
  if (w === undefined) {
    if (wordsCache.size > 4096) wordsCache.clear();
    w = ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
    wordsCache.set(text, w);
  }
  return w;
}

/** Words before a phrase, in its sentence, that make it someone else's or deny it. */
const NOT_OWN = /^(?:not|no|never|nt|t|say|says|said|saying|call|calls|called|calling|brand|branded|claim|claims|claimed|describe|describes|described|warn|warns|warned|accept|found|finds|dub|dubbed|label|labelled|labeled|term|termed|so)$/;

/** The opening: the first two paragraphs with text. */
function openingEnd(paragraphs: readonly string[]): number {
  let seen = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    if (!paragraphs[i]!.trim()) continue;
    if (++seen === 2) return i;
  }
  return paragraphs.length - 1;
}

export function withEchoes(result: AttributionResult, paragraphs: readonly string[]): AttributionResult {
  const end = openingEnd(paragraphs);
  const byId = new Map<string, CastMember>();
  for (const c of result.cast) byId.set(c.id, c);
  const open = (q: DetectedQuote) => {
    if (q.paragraph > end || q.kind !== 'partial' || wordsOf(q.text).split(' ').length < 5) return false;
    if (q.ambiguous || !q.speakerId) return true;
    const d = byId.get(q.speakerId);
    // (or a title alone, "an opposition MP warned"; not a description, "a spokesman for the trust")
    return !!d && !d.name.includes(' ') && TITLE_WORDS.has(d.name.toLowerCase());
  };
  /** the later quote says the phrase in its own voice: not denying it ("It is not a reckless
   * gamble"), nor reporting whose it is ("The minister says this means ...", "They keep saying ...") */
  const ownVoice = (text: string, phrase: string): boolean => {
    const words = wordsOf(text);
    // (the dozen words before it, whatever sentence they are in: when in doubt, not theirs)
    return !words.slice(0, words.indexOf(phrase)).split(' ').slice(-12).some((w) => NOT_OWN.test(w));
  };
  let quotes: DetectedQuote[] | null = null;
  result.quotes.forEach((q, qi) => {
    if (!open(q)) return;
    const phrase = wordsOf(q.text);
    let by: CastMember | null = null;
    for (let j = qi + 1; j < result.quotes.length; j++) {
      const t = result.quotes[j]!;
      if (t.ambiguous || !t.speakerId || !wordsOf(t.text).includes(phrase)) continue;
      if (!ownVoice(t.text, phrase)) return;
      const c = byId.get(t.speakerId);
      if (!c || c.kind !== 'person' || c.described) continue;
      if (by && by !== c) return;
      by = c;
    }
    if (!by) return;
    const who = by;
    quotes ??= result.quotes.slice();
    quotes[qi] = { ...q, speakerId: who.id, speakerName: who.name, ambiguous: false, suggestedSpeakerId: null, segments: q.segments.map((s) => ({ ...s, speakerId: who.id })) };
  });
  if (!quotes) return result;
  const final: DetectedQuote[] = quotes;
  // (a description or a title that spoke only there leaves the cast)
  const speaking = new Set<string>();
  for (const q of final) for (const id of [q.speakerId, q.suggestedSpeakerId, ...q.segments.map((s) => s.speakerId)]) if (id) speaking.add(id);
  const dropped = new Set(result.quotes.flatMap((q, qi) => (q !== final[qi] && q.speakerId && !speaking.has(q.speakerId) ? [q.speakerId] : [])));
  return { quotes: final, cast: dropped.size ? result.cast.filter((c) => !dropped.has(c.id)) : result.cast };
}
