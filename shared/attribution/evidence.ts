// The evidence behind each speaker the linking pass chose, for the confidence model
// (confidence.ts). Read after the pass, quote by quote in reading order, from what the pass
// built: which cast member each name mention is, and each quote's segment.
//
// This module reads the linking pass only through the structural types below, so the training
// script can run it on the engine as it was at earlier commits (tests/attribution/
// confidence-history.ts): the model learns from the mistakes the rules made on text they had not
// been tuned on yet, which is what they meet in a newsroom.
import type { LocalParagraph, LocalQuote } from './local';
import type { QuoteEvidence } from './confidence';
import { escapeRegExp } from '../text/escape-regexp';

/** What the evidence needs of a cast member. */
export interface EvidenceMember {
  kind: 'person' | 'organization';
  described?: boolean;
  gender: 'm' | 'f' | null;
  weak: boolean;
  tokens: string[];
  name: string;
}

/** A quote's segment as the linking pass left it. */
export interface ChosenSegment {
  para: number;
  lq: LocalQuote;
  speaker: EvidenceMember | null;
  ambiguous: boolean;
  cue: string | null;
}

/** The quote names `m` by surname ("Hale is a liar," ...): a quote about someone. */
export function namedInQuote(text: string, m: EvidenceMember): boolean {
  if (m.kind !== 'person' || m.described || !m.tokens.length) return false;
  const last = m.tokens[m.tokens.length - 1]!;
  if (last.length < 3) return false;
  const re = new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(last)}(?![\\p{L},])`, 'u');
  return re.test(text);
}

/** A reader to call once per quote with a speaker, in reading order. Positions are only compared
 * (`pos` orders paragraph and token), so the evidence depends on nothing the link key leaves out. */
export function evidenceReader(locals: LocalParagraph[], mentionMember: (EvidenceMember | null)[][], eff: number[], pos: (p: number, t: number) => number) {
  // every member's mentions in reading order: position, paragraph, mention index
  const mentionsOf = new Map<EvidenceMember, number[]>();
  mentionMember.forEach((mm, p) => {
    mm.forEach((m, i) => {
      if (!m) return;
      const list = mentionsOf.get(m) ?? mentionsOf.set(m, []).get(m)!;
      list.push(pos(p, locals[p]!.mentions[i]!.n0), p, i);
    });
  });
  const spoke = new Set<EvidenceMember>();
  let lastSpeaker: EvidenceMember | null = null;
  const isOther = (m: EvidenceMember | null, who: EvidenceMember): m is EvidenceMember => !!m && m !== who && m.kind === 'person' && !m.described && !m.weak;
  /** distinct people other than `who` named in paragraph p between two positions */
  const othersIn = (p: number, who: EvidenceMember, from: number, until: number, into: Set<EvidenceMember>) => {
    const mm = mentionMember[p] ?? [];
    for (let i = 0; i < mm.length; i++) {
      const m = mm[i]!;
      if (!isOther(m, who)) continue;
      const at = pos(p, locals[p]!.mentions[i]!.n0);
      if (at >= from && at < until) into.add(m);
    }
    return into;
  };
  return {
    read(seg: ChosenSegment, multiParagraph: boolean): QuoteEvidence {
      const who = seg.speaker!;
      const { para: p, lq } = seg;
      const at = pos(p, lq.qtok);
      const list = mentionsOf.get(who) ?? [];
      let lastAt = -1;
      let lastPara = -1;
      let inSentence = false;
      for (let k = 0; k < list.length; k += 3) {
        const mp = list[k + 1]!;
        if (mp === p && locals[p]!.mentions[list[k + 2]!]!.sent === lq.sent) inSentence = true;
        if (list[k]! < at) {
          lastAt = list[k]!;
          lastPara = mp;
        }
      }
      const inPara = othersIn(p, who, -Infinity, Infinity, new Set());
      const between = new Set<EvidenceMember>();
      if (lastPara >= 0 && eff[p]! - eff[lastPara]! <= 4) for (let q = lastPara; q <= p; q++) othersIn(q, who, lastAt + 1, at, between);
      let sameGender = 0;
      if (who.gender) for (const m of inPara) if (m.gender === who.gender) sameGender++;
      const ev: QuoteEvidence = {
        ref: lq.cue.ref,
        cue: seg.cue,
        rulesUnsure: seg.ambiguous,
        weakCue: !!lq.cue.weak || !!(lq.cue as { plain?: boolean }).plain,
        partial: lq.kind === 'partial',
        standalone: lq.standalone,
        multiParagraph,
        speakerKind: who.kind,
        described: !!who.described,
        noGender: who.kind === 'person' && !who.described && !who.gender,
        paragraphsSinceMention: lastPara < 0 ? -1 : eff[p]! - eff[lastPara]!,
        namedInSentence: inSentence,
        othersInParagraph: inPara.size,
        othersSameGender: sameGender,
        othersBetween: between.size,
        spokeBefore: spoke.has(who),
        otherSpeakers: spoke.size - (spoke.has(who) ? 1 : 0),
        sameAsLastQuote: lastSpeaker === who,
        speakerNamedInQuote: namedInQuote(lq.raw.text, who),
        speakerName: who.name,
      };
      if (!seg.ambiguous) spoke.add(who);
      lastSpeaker = who;
      return ev;
    },
  };
}
