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

/** Words before a phrase (the dozen before it) that make it someone else's or deny it. */
const NOT_OWN = /^(?:not|no|never|nt|t|say|says|said|saying|call|calls|called|calling|brand|branded|claim|claims|claimed|describe|describes|described|warn|warns|warned|accept|found|finds|dub|dubbed|label|labelled|labeled|term|termed|so)$/;

/** Words before the later quote, in its paragraph, that make it someone agreeing with the phrase, not
 * its first speaker ("Union leader Fran Osei-Heath agreed. “The talks are on a knife edge,” she said.") */
const AGREEING = /\b(?:agree|agrees|agreed|agreeing|echo|echoes|echoed|echoing|concur|concurs|concurred|repeat|repeats|repeated|repeating)\b/i;

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
  const member = (id: string | null | undefined): CastMember | undefined => (id ? result.cast.find((c) => c.id === id) : undefined);
  // (the opening's quotes with no one named for them: most stories have none, and a keystroke builds
  // nothing)
  const open = (q: DetectedQuote) => {
    if (q.kind !== 'partial' || q.text.split(/\s+/).length < 3) return false;
    if (q.ambiguous || !q.speakerId) return true;
    // (or a title alone, "an opposition MP warned"; not a description, "a spokesman for the trust")
    const d = member(q.speakerId);
    if (!d) return false;
    if (!d.name.includes(' ') && TITLE_WORDS.has(d.name.toLowerCase())) return true;
    // (or a role unnamed, a word or three with no body after it: "an opposition MP (unnamed)", as "MP"
    // alone was, or "Graduates were told to “be a little bit braver than you feel” by an honorary
    // graduate" before the story names her and she says it in full; not "a spokesman for the trust")
    const words = d.described && d.kind === 'person' && d.name.endsWith(' (unnamed)') ? d.name.slice(0, -' (unnamed)'.length).toLowerCase().split(' ') : [];
    return words.length >= 1 && words.length <= 3 && !words.some((w) => /^(?:for|of|at|from|in|with|on|to|by)$/.test(w));
  };
  let quotes: DetectedQuote[] | null = null;
  for (let qi = 0; qi < result.quotes.length; qi++) {
    const q = result.quotes[qi]!;
    if (q.paragraph > end) break;
    if (!open(q)) continue;
    const phrase = wordsOf(q.text);
    if (phrase.split(' ').length < 5) continue;
    let by: CastMember | null = null;
    let mixed = false;
    for (let j = qi + 1; j < result.quotes.length && !mixed; j++) {
      const t = result.quotes[j]!;
      if (t.ambiguous || !t.speakerId || !wordsOf(t.text).includes(phrase)) continue;
      if (!ownVoice(t.text, phrase) || AGREEING.test(paragraphs[t.paragraph]?.slice(0, t.start) ?? '')) mixed = true;
      const c = member(t.speakerId);
      if (!c || c.kind !== 'person' || c.described) continue;
      if (by && by !== c) mixed = true;
      by = c;
    }
    if (!by || mixed) continue;
    const who = by;
    quotes ??= result.quotes.slice();
    quotes[qi] = { ...q, speakerId: who.id, speakerName: who.name, ambiguous: false, suggestedSpeakerId: null, segments: q.segments.map((s) => ({ ...s, speakerId: who.id })) };
  }
  if (!quotes) return result;
  const final: DetectedQuote[] = quotes;
  // (a description or a title that spoke only there leaves the cast)
  const speaking = new Set<string>();
  for (const q of final) for (const id of [q.speakerId, q.suggestedSpeakerId, ...q.segments.map((s) => s.speakerId)]) if (id) speaking.add(id);
  const dropped = new Set(result.quotes.flatMap((q, qi) => (q !== final[qi] && q.speakerId && !speaking.has(q.speakerId) ? [q.speakerId] : [])));
  return { quotes: final, cast: dropped.size ? result.cast.filter((c) => !dropped.has(c.id)) : result.cast };
}

/** the later quote says the phrase in its own voice: not denying it ("It is not a reckless
 * gamble"), nor reporting whose it is ("The minister says this means ...", "They keep saying ...") */
function ownVoice(text: string, phrase: string): boolean {
  const words = wordsOf(text);
  // (the dozen words before it, whatever sentence they are in: when in doubt, not theirs)
  return !words.slice(0, words.indexOf(phrase)).split(' ').slice(-12).some((w) => NOT_OWN.test(w));
}
