// Global linking pass: joins quotes that run over paragraphs, builds the cast (canonical names,
// titles, spelling variants), and resolves pronouns, role nouns and continuations. It only reads
// the cached per-paragraph results, so it is cheap enough to run on every keystroke.
import { CLUB_HEADS, DETERMINERS, DOCUMENT_NOUNS, EPITHET_COMPOUND, FEMALE_HON, FUNCTION_WORDS, INTRO_WORDS, KIN, MALE_HON, MEMBER_LETTER_WORDS, ORG_ANAPHORS, ROLE_GENDER, ROLE_NOUNS, SHORT_RANKS, SPEECH_VERBS, TITLE_MODIFIERS, TITLE_WORDS, TWO_WORD_DEMONYMS, VENUE_ANAPHORS, WEAK_SPEECH, isCommonWord, isDateWord, isDemonym, isFirstName, isGroupNoun, isKnownPersonNoun, isCountry, isNounish, isOrgWord, isPersonNoun, isPlaceWord, lexTags, nameGender } from './lexicon';
import { AUXILIARIES, type Gender, INTERVIEW_VERBS, isByline, isVerbish, LEAD_VERBS, type LocalCue, type LocalParagraph, type LocalQuote, type Mention, nameGivenBefore, ONE_OF, PAPER_NAME_WORDS, SITTING, SURNAME_PARTICLES, singular, spokeWithAt } from './local';
import type { AttributionResult, CastMember, DetectedQuote, QuoteSegment } from './types';
import { type ConfidenceModel, inScope, probability, type QuoteEvidence } from './confidence';
import { CONFIDENCE_MODEL, SPEAKER_CHECK } from './confidence-model';
import { evidenceReader, namedInQuote } from './evidence';
import { nameSlug } from '../article/person-id';
import { escapeRegExp } from '../text/escape-regexp';

interface Member {
  idx: number;
  id: string;
  name: string;
  tokens: string[];
  lower: string[];
  title: string | null;
  affiliation: string | null;
  firstRef: string;
  refs: Set<string>;
  variants: Set<string>;
  kind: 'person' | 'organization';
  personEvidence: boolean;
  speaker: boolean;
  gender: Gender;
  lastSeen: number;
  firstSeen: number;
  /** all title / role words seen with this member, lower-case */
  roleWords: Set<string>;
  /** created from an unknown capitalised word with no evidence of being a person */
  weak: boolean;
  /** offered as the likeliest speaker of a quote the engine is not sure about */
  suggested: boolean;
  /** not a name: an unnamed person, a group, a document ("government official (unnamed)", "protesters") */
  described: boolean;
}

/** The capitalised words a role is qualified with ("the Bellfield coach", "the Labor senator")
 * all appear where the story named `m` (a role without them fits anyone holding it). */
/** "the visiting manager", "the opposing coach": a role set against the one the story named */
/** Verbs whose subject is a person (a reaction or a way of speaking), for a name the lexicon does not know. */
const HUMAN_VERBS = new Set(
  ('agreed disagreed laughed smiled shrugged nodded sighed frowned grinned paused hesitated winced chuckled scoffed ' +
    'conceded countered objected admitted insisted replied responded recalled joked explained argued acknowledged ' +
    'deflected brushed praised hailed vowed apologised apologized reflected lamented thanked credited downplayed beamed quipped mused fumed ' +
    // (and as a profile tells it, in the present: "Kemi Adeyemi, who produces, rolls her eyes.")
    'agrees disagrees laughs smiles shrugs nods sighs frowns grins pauses hesitates winces chuckles scoffs concedes counters ' +
    'objects admits insists replies responds recalls jokes explains argues acknowledges rolls shook shakes ' +
    // (and what only a body does: "Marites Villaluz, whose husband was killed in a raid, wept")
    'wept weeps cried sobbed sobs gasped gasps blushed blushes clapped claps stared stares listened listens ' +
    'was is had has').split(' '),
);

const AUX_HUMAN = new Set(['was', 'is', 'had', 'has']);
/** Words for what was just quoted that a next sentence says came from someone ("The assurance came from ..."). */
const SPEECH_NOUN_BACK = new Set(['assurance', 'words', 'warning', 'remark', 'remarks', 'comment', 'comments', 'claim', 'denial', 'response', 'reply', 'answer', 'admission', 'promise', 'pledge', 'message', 'verdict', 'assessment', 'prediction', 'plea', 'appeal', 'statement']);
/** Verbs that add to what the speaker just said ("he added", "she went on"). */
const ADDING = new Set(['added', 'adds', 'continued', 'continues']);
const ASKING = new Set(['asked', 'pressed', 'questioned', 'quizzed', 'challenged']);
/** what follows "asked him" when he is the one asked ("asked him whether"), not "asked her lawyer" */
const ASKED_ABOUT = new Set(['whether', 'if', 'about', 'why', 'how', 'what', 'when', 'where', 'who', 'to', 'for', 'again', 'directly', 'repeatedly', 'on']);

/** The place prepositions that only a place follows. */
const PLAIN_PLACE_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'off', 'from', 'across', 'through', 'beyond', 'along']);
/** Prepositions whose capitalised object is as likely a place as anyone ("a level crossing in Maltby Fen"). */
/** Points of the compass before a place's name ("in east Bristol"). */
const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'northeast', 'northwest', 'southeast', 'southwest', 'north-east', 'north-west', 'south-east', 'south-west']);
const PLACE_PREPS = new Set(['in', 'at', 'near', 'off', 'outside', 'inside', 'across', 'around', 'into', 'onto', 'on', 'from', 'through', 'beyond', 'along', 'towards', 'toward', 'above', 'below', 'beside']);

/** A question put to someone, not one the asker goes on to answer: it speaks of "you", or of no
 * side of the asker's own ("Did the accountants also write this?"; not "Why would we stop now?").
 * (Read of a quote's text: in the link key.) */
const putToSomeone = (text: string): boolean => /\byou(?:r|rs)?\b/i.test(text) || !/\b(?:I|[Ww]e|us|[Oo]ur|[Mm]y|me)\b/.test(text);
/** The words of a role's text besides "the" and the role itself ("the deputy prime minister":
 * deputy, prime) are all in what the story called member m ("Deputy Prime Minister Elin Forsberg"),
 * which tells one holder of the role from another; false when the text has no such word. */
function titleFits(text: string | null, syn: string[], m: Member): boolean {
  const mods = (text ?? '').toLowerCase().split(/\s+/).filter((w) => w !== 'the' && !syn.includes(w) && /^[a-z-]+$/.test(w));
  if (!mods.length) return false;
  const seen = ` ${[m.firstRef, m.title ?? '', m.affiliation ?? '', ...m.roleWords].join(' ').toLowerCase()} `;
  return mods.every((w) => seen.includes(` ${w} `));
}
/** Titles a speaker uses to address someone ("Mr Drury", "Senator"). */
const ADDRESS_TITLES = '(?:Mr|Mrs|Ms|Miss|Dr|Senator|Minister|Judge|Chief|Professor|Councillor|Inspector)';
/** The surname a quote speaks to by a title, set off at its end or start ("..., Mr Drury.", "Senator
 * Eze, ..."), else null. (Read of a quote's text: in the link key.) */
function addressedSurname(text: string): string | null {
  const t = text.trim();
  const m = ADDRESSED_AT_END.exec(t) ?? ADDRESSED_AT_START.exec(t);
  if (m) return m[1]!;
  // (not a name set off after a noun it names: "Isn’t it true that your partner, Mr Dunne, fired first?")
  const b = ADDRESSED_BETWEEN.exec(t);
  return b && !/(?:^|\s)(?:your|his|her|their|our|my|the|a|an)\s+[\p{L}'’-]+\s*$/u.test(t.slice(0, b.index)) ? b[1]! : null;
}
/** ... or set off inside it: "If you only meant to frighten him, Mr Tebbutt, why did you reload?" */
const ADDRESSED_BETWEEN = new RegExp(`,\\s+${ADDRESS_TITLES}\\.?\\s+(\\p{Lu}[\\p{L}'\u2019-]+),\\s`, 'u');
const ADDRESSED_AT_END = new RegExp(`,\\s+${ADDRESS_TITLES}\\.?\\s+(\\p{Lu}[\\p{L}'\u2019-]+)[.!?]*$`, 'u');
const ADDRESSED_AT_START = new RegExp(`^${ADDRESS_TITLES}\\.?\\s+(\\p{Lu}[\\p{L}'\u2019-]+),`, 'u');
/** Verbs of answering ("he replied"). */
const REPLYING = new Set(['replied', 'replies', 'answered', 'answers', 'responded', 'responds', 'retorted', 'retorts']);
/** Verbs of putting a question or objection to someone ("Metcalfe pressed him on the figure."). */
const PRESSING_VERBS = new Set(['pressed', 'presses', 'challenged', 'challenges', 'pushed', 'pushes', 'quizzed', 'interrupted', 'interrupts', 'countered', 'counters', 'interjected', 'interjects']);
const HE_WORDS = /\b(?:he|him|his|himself)\b/i;
const SHE_WORDS = /\b(?:she|her|hers|herself)\b/i;
/** The words for a third person of `gender` ("she", "her", …), or of either when it is not known. */
function thirdPersonWords(gender: Gender): RegExp {
  return gender === 'f' ? SHE_WORDS : gender === 'm' ? HE_WORDS : ANY_THIRD;
}
/** the mention comes right after a place preposition ("in Maltby Fen", "off Dunnet Head") */
/** Last words of a building's or a site's name ("Station Hotel", "Riverside Hall"). */
const BUILT_PLACE_LAST = /^(?:hotel|inn|pub|hall|house|building|tower|centre|center|palace|castle|church|chapel|cathedral|court|stadium|arena|library|museum|hospital|school|college|theatre|theater|cinema|market|airport|harbour|harbor|farm|mill|barracks|prison|station|park|bridge|square|street|road)$/;
/** The mention is a name of two words or more ending in a building's or a site's word, after a place's
 * preposition and "the", maybe with a word between ("at the former Station Hotel"; a person's name
 * takes no "the": not "stayed with Tom Hall"). */
function builtPlace(lp: LocalParagraph, m: Mention): boolean {
  if (m.tokens.length < 2 || !BUILT_PLACE_LAST.test(m.lower[m.lower.length - 1]!)) return false;
  let k = m.i0 - 1;
  if (lp.toks[k]?.k === 'w' && !lp.toks[k]!.cap && lp.toks[k]!.lo !== 'the' && lp.toks[k]!.sent === m.sent) k--;
  return lp.toks[k]?.lo === 'the' && lp.toks[k]!.sent === m.sent && lp.toks[k - 1]?.k === 'w' && !lp.toks[k - 1]!.cap && PLACE_PREPS.has(lp.toks[k - 1]!.lo);
}
function afterPlacePrep(lp: LocalParagraph, m: Mention): boolean {
  const prep = lp.toks[m.i0 - 1];
  return !!prep && prep.k === 'w' && !prep.cap && prep.sent === lp.toks[m.i0]!.sent && PLACE_PREPS.has(prep.lo);
}
/** the mention comes after a plain place preposition, maybe past a point of the compass ("in
 * Bristol", "in east Bristol"). (In the link key.) */
function inPlaceAfterPrep(lp: LocalParagraph, m: Mention): boolean {
  const k = COMPASS.has(lp.toks[m.i0 - 1]?.lo ?? '') ? m.i0 - 1 : m.i0;
  const prep = lp.toks[k - 1];
  return !!prep && prep.k === 'w' && !prep.cap && prep.sent === m.sent && PLAIN_PLACE_PREPS.has(prep.lo);
}
/** a name used the way a place's is: right after "in", "outside" and the like, as a word before a
 * common noun it names ("the long-delayed Hendry bypass"), or after "of" following a word for those
 * who live in a place or a part of it ("Residents of Llanfair Uchaf") */
const PLACE_OF_WORDS = new Set(['residents', 'people', 'village', 'town', 'city', 'county', 'streets', 'outskirts', 'centre', 'center', 'suburbs', 'villagers', 'townspeople', 'inhabitants', 'district', 'parish', 'borough', 'region', 'province', 'state', 'island', 'islanders']);
function placeLikeMention(lp: LocalParagraph, m: Mention): boolean {
  const prev = lp.toks[m.i0 - 1];
  if (afterPlacePrep(lp, m) && PLAIN_PLACE_PREPS.has(prev!.lo)) return true;
  const next = lp.toks[m.i1];
  if (next && next.k === 'w' && !next.cap && next.sent === lp.toks[m.i0]!.sent && !m.poss && isNounish(next.lo) && !FUNCTION_WORDS.has(next.lo)) return true;
  return placeOfMention(lp, m);
}
/** Named after "the village of", "residents of" and the like: a place people live in. */
function placeOfMention(lp: LocalParagraph, m: Mention): boolean {
  const prev = lp.toks[m.i0 - 1];
  const before = lp.toks[m.i0 - 2];
  return !!prev && prev.lo === 'of' && !!before && before.k === 'w' && PLACE_OF_WORDS.has(before.lo);
}
/** One capitalised word in the middle of a sentence right before a lower-case word that is no verb,
 * which it qualifies ("taught Arabic literature", "the Hendry bypass"): no one's name there.
 * (Read from the mention and the word after it: in the link key.) */
function qualifierWord(lp: LocalParagraph, m: Mention): boolean {
  const next = lp.toks[m.i1];
  const prev = lp.toks[m.i0 - 1];
  // (no adverb or adjective after a name, "dropped Okwu entirely", "found Delacourt unconscious", and
  // no word for people, "the Mbatha family", "Kowalski supporters")
  const tags = next?.k === 'w' ? lexTags(next.lo) : [];
  const noQualified = !next || /ly$/.test(next.lo) || tags.includes('Adjective') || tags.includes('Adverb') || isPersonNoun(next.lo) || isGroupNoun(next.lo) || next.lo in KIN || /^(?:family|families|supporters|fans|camp|household|clan)$/.test(next.lo);
  // (and only a word the lexicon knows as a noun after it, or a language's or people's word before
  // it: "Hendricks campaign", "Arabic literature"; not "found Delacourt unconscious")
  const nounAfter = tags.includes('Singular') || tags.includes('Plural') || tags.includes('Noun') || tags.includes('Uncountable');
  const languageWord = isDemonym(m.lower[0]!) || /(?:ic|ish|ese)$/.test(m.lower[0]!);
  return m.tokens.length === 1 && !m.poss && !m.personEvidence && m.type !== 'person' && !!prev && prev.sent === m.sent && prev.k === 'w' && !!next && next.k === 'w' && !next.cap && next.sent === m.sent && !FUNCTION_WORDS.has(next.lo) && !isVerbish(next.lo) && !SPEECH_VERBS.has(next.lo) && !noQualified && (nounAfter || languageWord);
}
/** the story says in passing, in a clause set off after the name, that the one named has died
 * ("His friend Walter Pym, a Korea veteran who died in March,"): the pronoun rules leave them out.
 * (In the link key.) */
function diedBefore(lp: LocalParagraph, m: Mention): boolean {
  const toks = lp.toks;
  const sent = toks[m.i0]!.sent;
  // (or called "the late": "the late Swiss novelist Reto Kälin", past a word or two of what they were)
  // (not "worked the late shift with Anna Berg", "In the late afternoon Pavel Novak", "the late
  // replacement Tomás Ferreira": right before the name, or before a word for what they were that
  // comes right before it)
  const was = toks[m.i0 - 1];
  const what = !!was && was.k === 'w' && !was.cap && (isKnownPersonNoun(was.lo) || ROLE_NOUNS.has(was.lo) || /(?:ist|man|woman|ian|or|ess|poet)$/.test(was.lo));
  for (let k = m.i0 - 1; k >= 1 && m.i0 - k <= 3 && toks[k]!.sent === sent && toks[k]!.k === 'w'; k--) {
    if (toks[k]!.lo === 'late' && toks[k - 1]!.lo === 'the' && toks[k - 1]!.sent === sent) return k === m.i0 - 1 || what;
    if (FUNCTION_WORDS.has(toks[k]!.lo)) break;
  }
  // (or named after "his late father," set off: "dedicated the win to his late father, Ebo, who")
  const kin = toks[m.i0 - 2];
  if (toks[m.i0 - 1]?.t === ',' && kin?.k === 'w' && kin.sent === sent && (kin.lo in KIN || isKnownPersonNoun(kin.lo)) && toks[m.i0 - 3]?.lo === 'late' && /^(?:his|her|their|my|the)$/.test(toks[m.i0 - 4]?.lo ?? '')) return true;
  if (toks[m.i1]?.t !== ',') return false;
  for (let k = m.i1 + 1; k < toks.length && k - m.i1 <= 12 && toks[k]!.sent === sent && toks[k]!.t !== ',' && toks[k]!.k !== 'q'; k++) {
    if (toks[k]!.lo === 'who' && (toks[k + 1]?.lo === 'died' || (toks[k + 1]?.lo === 'was' && toks[k + 2]?.lo === 'killed') || (toks[k + 1]?.lo === 'passed' && toks[k + 2]?.lo === 'away'))) return true;
  }
  return false;
}
/** The paragraph opens with a full name set off by a phrase, then a verb of saying ("Marcus
 * Delacroix-Finn, the agency's chief operating officer for air traffic, said"). (In the link key.) */
function namedAsItOpens(lp: LocalParagraph): boolean {
  const t = lp.toks;
  const m = lp.mentions[0];
  if (!m || m.i0 !== 0 || m.poss || m.lower.length < 2 || t[m.i1]?.t !== ',') return false;
  for (let k = m.i1 + 1; k < t.length && k - m.i1 <= 16 && t[k]!.sent === 0 && t[k]!.k !== 'q'; k++) {
    if (t[k]!.t === ',' && t[k + 1]?.k === 'w' && t[k + 1]!.sent === 0 && SPEECH_VERBS.has(t[k + 1]!.lo) && !WEAK_SPEECH.has(t[k + 1]!.lo)) return true;
  }
  return false;
}
/** A person noun or a relative's word comes right after possessive mention m, past a word or two
 * ("Dr Amara Osei-Bonsu's mother", "Tendai Marufu's fourth book" has none). */
function personNounAfter(lp: LocalParagraph, m: Mention): boolean {
  for (let k = m.i1; k < lp.toks.length && k <= m.i1 + 2 && lp.toks[k]!.k === 'w' && !lp.toks[k]!.cap; k++) if (isPersonNoun(lp.toks[k]!.lo) || lp.toks[k]!.lo in KIN) return true;
  return false;
}
/** "told the hearing", "has told an inquest", "told a jury" from token k (past "has" or "had"): giving
 * evidence. */
function toldHearingAt(toks: LocalParagraph['toks'], k: number): boolean {
  if (/^(?:has|had|have)$/.test(toks[k]?.lo ?? '')) k++;
  return toks[k]?.lo === 'told' && /^(?:the|a|an)$/.test(toks[k + 1]?.lo ?? '') && /^(?:hearing|inquest|court|jury|tribunal|inquiry)$/.test(toks[k + 2]?.lo ?? '');
}
/** The paragraph opens with "A" or "An": someone or something brought in as anyone. (In the link key.) */
function indefiniteOpening(lp: LocalParagraph): boolean {
  return /^(?:a|an)$/.test(lp.toks[0]?.lo ?? '');
}
/** The paragraph's first quote speaks of a "he" or a "she" ("How was he?"). (In the link key.) */
const asksOfSomeone = (lp: LocalParagraph): boolean => /\b(?:he|she|him|his|her)\b/i.test(lp.quotes[0]?.raw.text ?? '');
/** Mention mi of the paragraph is followed by "died", "was killed" or "was found dead" (what the
 * sentence reports of them: no one speaking after it). (In the link key.) */
function diesThere(lp: LocalParagraph, mi: number): boolean {
  const m = lp.mentions[mi];
  return !!m && !m.poss && deathAt(lp, m.i1, m.sent) >= 0;
}
/** "died", "was killed" or "was found dead" at token k of sentence `sent`: the index of its last word, else -1. */
function deathAt(lp: LocalParagraph, k: number, sent: number): number {
  const t = lp.toks;
  const v = t[k];
  if (v?.k !== 'w' || v.sent !== sent) return -1;
  if (v.lo === 'died') return k;
  if (v.lo !== 'was') return -1;
  return t[k + 1]?.lo === 'killed' ? k + 1 : t[k + 1]?.lo === 'found' && t[k + 2]?.lo === 'dead' ? k + 2 : -1;
}
/** Mention mi is a sentence's subject, maybe with an age set off ("Jaylen Forbes-Ansah, 17, died in
 * hospital"), that the sentence says died, was killed or was found dead: no one a pronoun nearby
 * takes up as speaking (diesThere, past an age). (In the link key.) */
function saidToDie(lp: LocalParagraph, mi: number): boolean {
  const m = lp.mentions[mi];
  if (!m || m.poss) return false;
  const t = lp.toks;
  const k = t[m.i1]?.t === ',' && /^\d{1,3}$/.test(t[m.i1 + 1]?.t ?? '') && t[m.i1 + 2]?.t === ',' ? m.i1 + 3 : m.i1;
  const end = deathAt(lp, k, m.sent);
  if (end < 0) return false;
  // (not a death undone or not one: "died for 78 minutes", "... and was revived", "was killed off in
  // last night's episode")
  const after = t.filter((x, j) => j > end && x.sent === m.sent && x.k === 'w').map((x) => x.lo);
  return !(after[0] === 'for' && /^\d|^(?:a|an|several|two|three|four|five)$/.test(after[1] ?? '')) && after[0] !== 'off' && !after.some((w) => /^(?:revived|resuscitated|survived)$/.test(w));
}
/** Words that speak to a "you" (counsel putting something, not the one asked answering). */
const SPEAKS_TO_YOU = /\byou(?:r|rs|rself)?\b/i;
/** A name's initials, its small joining words left out ("EPB" for the Environmental Protection Board). */
const initialsOf = (m: Mention): string => m.tokens.filter((t) => !/^(?:of|and|for|the|&)$/i.test(t)).map((t) => t[0]).join('');
/** Words too common in descriptions to tie two of them together (with a title's modifiers and
 * function words). */
const GENERIC_DESCRIPTION = new Set(['local', 'regional', 'head', 'official', 'officer', 'spokesman', 'spokeswoman', 'spokesperson', 'director', 'leader', 'member', 'team', 'group', 'office', 'department', 'service', 'services', 'public']);
/** The words (lower case, over three letters) set off by a comma right after mention `m`, up to
 * the next comma or mark, at most fourteen tokens ("Reginald Okonjo-Price, the director of the state
 * Division of Emergency Management,"). (In the link key.) */
function setOffWords(lp: LocalParagraph, m: Mention): string[] {
  const toks = lp.toks;
  if (toks[m.i1]?.t !== ',') return [];
  const out: string[] = [];
  for (let k = m.i1 + 1; k < toks.length && k - m.i1 <= 14 && toks[k]!.sent === toks[m.i1]!.sent && toks[k]!.t !== ',' && toks[k]!.k === 'w'; k++) if (toks[k]!.lo.length > 3) out.push(toks[k]!.lo);
  return out;
}
/** The gender of the relative's or role's word set off right after a name ("Ainhoa Etxeberria, the
 * wife of one of the cavers,", "Frank Sadowski, then her fiance,"), else null. (In the link key.) */
function genderSetOffAfter(lp: LocalParagraph, m: Mention): Gender {
  const toks = lp.toks;
  if (toks[m.i1]?.t !== ',' || m.poss) return null;
  // (after "the", "his", "her" or "a" and at most two words that describe: not "Umm Khaled, whose son,")
  // (past "then" or "now": "Frank Sadowski, then her fiance,")
  let k = m.i1 + 1;
  if (/^(?:then|now|once|later)$/.test(toks[k]?.lo ?? '')) k++;
  if (!/^(?:the|his|her|their|a|an)$/.test(toks[k]?.lo ?? '') || toks[k]!.sent !== m.sent) return null;
  k++;
  for (let n = 0; n < 2 && toks[k]?.k === 'w' && !toks[k]!.cap && toks[k]!.sent === m.sent && !(toks[k]!.lo in KIN) && !ROLE_GENDER[toks[k]!.lo] && !FUNCTION_WORDS.has(toks[k]!.lo); n++) k++;
  const w = toks[k];
  if (w?.k !== 'w' || w.cap || w.sent !== m.sent) return null;
  const g = (KIN[w.lo] ?? null) || ROLE_GENDER[w.lo] || null;
  const after = toks[k + 1];
  return g && (!after || after.sent !== m.sent || after.t === ',' || /^(?:of|to|for)$/.test(after.lo)) ? g : null;
}
/** "The spokeswoman, Detective Inspector Helen Marsh, added": the role word a name is set off after,
 * behind "the", "that" or "this" and any of a title's modifiers ("the senior coroner,"), maybe with a
 * second description between the comma and the name ("That coach, the former Belgian sprinter Jules
 * Vandermolen,"): the story naming someone it described before; else null. (In the link key.) */
function namedAfterDefiniteRole(lp: LocalParagraph, m: Mention): string | null {
  const toks = lp.toks;
  const sent = toks[m.i0]!.sent;
  let c = m.i0 - 1;
  // (past a second description before the name: "That coach, the former Cuban hurdler Reinaldo
  // Castañeda, said")
  if (toks[c]?.t !== ',') {
    let d = c;
    while (d > m.i0 - 7 && toks[d]?.k === 'w' && toks[d]!.sent === sent && !/^(?:the|a|an)$/.test(toks[d]!.lo) && !SPEECH_VERBS.has(toks[d]!.lo)) d--;
    if (!/^(?:the|a|an)$/.test(toks[d]?.lo ?? '') || toks[d - 1]?.t !== ',') return null;
    c = d - 1;
  }
  const role = toks[c - 1];
  if (role?.k !== 'w' || role.cap || role.sent !== sent) return null;
  // (past a modifier or two of the title's: "the senior coroner, Helena Marchetti")
  let d = c - 2;
  while (d > c - 4 && toks[d]?.k === 'w' && !toks[d]!.cap && TITLE_MODIFIERS.has(toks[d]!.lo)) d--;
  // ("That coach, ...": the one just spoken of)
  if (!/^(?:the|that|this)$/.test(toks[d]?.lo ?? '') || toks[d]!.sent !== sent) return null;
  return role.lo;
}
/** the role word is the described source's own, before the words that place it ("spokeswoman for
 * West Ridings Police"), not the one it is close to ("person close to the player") */
function inDescriptionHead(lower: string[], role: string): boolean {
  for (const w of lower) {
    if (w === role) return true;
    if (DESCRIPTION_LINKS.has(w)) return false;
  }
  return false;
}
const DESCRIPTION_LINKS = new Set(['for', 'of', 'at', 'with', 'to', 'from', 'in', 'on', 'close', 'familiar', 'near', 'who', 'that', 'within', 'inside', 'around']);
/** a name after a place preposition inside the description of the described source opening its
 * sentence, before any speech verb ("A pensioner who has lived on Garth Road ..., said"): part of
 * who they are, not someone else (read by anonSourceBefore, so in the link key) */
function inSourceDescription(lp: LocalParagraph, m: Mention): boolean {
  const src = lp.sentAnonSource[m.sent];
  if (!src || m.i0 <= src.at) return false;
  const before = lp.toks[m.i0 - 1];
  // (or "for", "of", "to": "A spokesman for Albion Vision said"; anonSourceBefore keeps one the story
  // showed to be a person, who may speak for themselves: "A solicitor for Farouk")
  if (before?.k !== 'w' || before.cap || !/^(?:in|at|on|from|near|across|around|into|outside|off|for|of|to)$/.test(before.lo)) return false;
  for (let k = src.at + 1; k < m.i0; k++) {
    const t = lp.toks[k]!;
    if (t.k === 'w' && !t.cap && SPEECH_VERBS.has(t.lo) && !WEAK_SPEECH.has(t.lo)) return false;
  }
  return true;
}
/** the mention's prefix holds an honorific ("Mr Bernie Shaw") */
function honorificIn(lp: LocalParagraph, m: Mention): boolean {
  for (let k = m.i0; k < m.n0; k++) {
    const lo = lp.toks[k]!.lo.replace(/\.$/, '');
    if (MALE_HON.has(lo) || FEMALE_HON.has(lo)) return true;
  }
  return false;
}
/** The member's gender comes only from their first name ("Bernie", "Jean", "Sidney" may be either),
 * not from an honorific ("Mr", "Dame"). */
function genderFromNameOnly(m: Member, honoured: Set<Member>): boolean {
  if (!m.gender || m.lower.length < 2 || nameGender(m.lower[0]!) !== m.gender || honoured.has(m)) return false;
  return !(m.title ?? '').toLowerCase().split(/[\s.]+/).some((w) => MALE_HON.has(w) || FEMALE_HON.has(w));
}

/** A spokesperson described with no organisation of their own ("a spokesman", "a company spokeswoman"). */
const BARE_SPOKESPERSON = /^(?:(company|council|club|firm|government|authority|agency|board|group|party|police|department|ministry|hospital|trust|school|university) )?spokes(?:man|woman|person) \(unnamed\)$/i;
/** The last words of a newspaper's name ("the Meridian Herald"), for "the newspaper said". */
const NEWSPAPER_HEADS = ['herald', 'times', 'post', 'gazette', 'tribune', 'journal', 'telegraph', 'chronicle', 'standard', 'mail', 'express', 'mirror', 'courier', 'examiner', 'inquirer', 'dispatch', 'sentinel', 'mercury', 'argus', 'observer', 'guardian', 'independent', 'record', 'daily', 'bulletin', 'newspaper'];
/** The words for a public body that the story may use for one it has named ("the agency said",
 * "the regulator said"), each with the words in an organisation's name it may stand for ("the
 * regulator": "... Conduct Board", "the hospital": "... Medical Center"). */
const BODY_WORD_KINDS: Record<string, string[]> = {
  regulator: ['authority', 'board', 'commission', 'regulator', 'office', 'agency', 'watchdog', 'ombudsman'],
  watchdog: ['authority', 'board', 'commission', 'regulator', 'office', 'agency', 'watchdog', 'ombudsman'],
  hospital: ['hospital', 'infirmary', 'medical', 'clinic'],
  agency: ['agency', 'authority', 'board', 'service', 'office', 'bureau', 'administration'],
  authority: ['authority', 'board', 'agency'],
  ministry: ['ministry', 'department'],
  department: ['department', 'ministry'],
  council: ['council'],
  union: ['union', 'federation', 'association'],
  university: ['university', 'college'],
  trust: ['trust'],
  board: ['board'],
  commission: ['commission'],
  // ("according to a report in Sunday’s Meridian Herald. / The newspaper said ...": a paper's name
  // says it is one)
  newspaper: NEWSPAPER_HEADS,
  paper: NEWSPAPER_HEADS,
  // ("The International Squash Federation has suspended ... / "...," the organisation said")
  organisation: ['federation', 'association', 'organisation', 'organization', 'union', 'league', 'confederation', 'council', 'committee', 'society', 'alliance', 'forum'],
  organization: ['federation', 'association', 'organisation', 'organization', 'union', 'league', 'confederation', 'council', 'committee', 'society', 'alliance', 'forum'],
  federation: ['federation', 'confederation'],
  district: ['district'],
  municipality: ['municipality', 'council'],
  association: ['association'],
  // ("the Athletics Integrity Panel announced ... / "...," the three-member panel wrote")
  panel: ['panel', 'tribunal'],
  tribunal: ['tribunal', 'panel'],
  committee: ['committee'],
  // ("Northbound Television has cancelled ... / the network said"; "the alliance said" is an alliance,
  // never a contractor named before)
  network: ['network', 'television', 'tv', 'broadcasting', 'radio', 'channel'],
  channel: ['channel', 'television', 'tv', 'broadcasting'],
  coalition: ['coalition', 'alliance'],
  alliance: ['alliance', 'coalition'],
  movement: ['movement'],
  // ("Kingsmoor Police said in a statement ... “…,” the force said"; "the league said", "the orchestra said")
  force: ['police', 'constabulary', 'force'],
  league: ['league', 'ligue', 'liga'],
  orchestra: ['orchestra', 'philharmonic', 'symphony', 'sinfonia', 'orquesta'],
};
/** Bodies' words that fit only a body whose name says it is one (a firm's board is not the firm:
 * "Boomerang Freight ... In a statement, the board said"). */
const NAMED_KINDS = new Set(['network', 'channel', 'coalition', 'alliance', 'movement', 'board']);
/** Words a union's name has ("the Allied Health Workers’ Union", "the Teachers' Federation"). */
const UNION_WORDS = /^(?:union|unions|workers|workers'|workers’|federation|guild|association|confederation|brotherhood|congress|teamsters|unite|syndicate|alliance|council)$/;
/** The country of a nationality of two words ("the South African": South Africa). */
const DEMONYM_COUNTRIES: Record<string, string> = { 'new zealander': 'New Zealand', 'south african': 'South Africa', 'sri lankan': 'Sri Lanka', 'costa rican': 'Costa Rica', 'puerto rican': 'Puerto Rico', 'sierra leonean': 'Sierra Leone', 'south korean': 'South Korea', 'north korean': 'North Korea', 'south sudanese': 'South Sudan', 'east timorese': 'East Timor', 'northern irish': 'Northern Ireland' };
/** Those countries' names in lower case ("south africa"). */
const TWO_WORD_COUNTRIES = new Set(Object.values(DEMONYM_COUNTRIES).map((c) => c.toLowerCase()));
/** Roles an unnamed source is most often brought in by, and called by again far on ("the spokesman"). */
const SOURCE_ROLES = new Set(['spokesman', 'spokeswoman', 'spokesperson']);
/** Words for a public body that the story may use for one it has named. */
const PUBLIC_BODIES = new Set(Object.keys(BODY_WORD_KINDS));
/** Heads that say what kind of body a name is ("... Association", "... Ministry"): a public body's
 * word ("the hospital") means no name with another of them ("St. Aldhelm's Medical Center" may be it). */
/** Verbs of founding or running something, after a name that follows an organisation's word ("the
 * firm Obuya Mwangi started"): the name is its founder's, in a clause about it. */
const FOUNDING_VERBS = /^(?:started|founded|co-founded|formed|set|built|launched|created|established|runs|ran|owns|owned|bought|inherited|leads|led|manages|managed|joined)$/;
/** A preposition within the three words before token i, in its sentence ("in the western
 * Peloponnese"). */
function afterPrepWithin(toks: LocalParagraph['toks'], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3 && toks[k]!.sent === toks[i]!.sent; k--) if (/^(?:in|on|at|near|of|from|off|across|around|to|into)$/.test(toks[k]!.lo)) return true;
  return false;
}
/** The words that make a name a body of the state: no firm, whatever "the company" or "the group" a
 * story goes on to quote. */
const STATE_BODY_WORDS = new Set(['commission', 'tribunal', 'court', 'council', 'ministry', 'department', 'authority', 'agency', 'government', 'parliament', 'assembly', 'police', 'inquiry', 'ombudsman', 'regulator', 'inspectorate', 'committee', 'senate', 'congress', 'executive']);
const BODY_KINDS = new Set([...PUBLIC_BODIES, 'association', 'federation', 'society', 'club', 'party', 'league', 'company', 'corporation', 'bank', 'foundation', 'institute', 'college', 'school', 'church', 'police', 'army', 'court']);
/** A story set at a news conference or briefing, where the questions are reporters'. (In the link
 * key.) */
/** "Questions were put by accredited correspondents", "questions from listeners": who put them. (In the link key.) */
const QUESTIONERS = /\bquestions (?:were |are )?(?:put |asked |posed )?(?:by|from) (?:(?:accredited|foreign|local|visiting|several|other|two|three|four|the)\s+){0,2}(correspondents|reporters|journalists|listeners|callers|readers|viewers|students|delegates|residents)\b/i;
/** Title words that make the holder another than the one a bare role means ("the shadow minister",
 * "the former minister", "the deputy mayor", "the opposing coach"). */
const OTHER_HOLDER = new Set(['shadow', 'former', 'deputy', 'opposing', 'new', 'ex', 'vice', 'assistant', 'junior', 'rival', 'outgoing', 'incoming', 'interim', 'acting']);
/** Words that keep a source unnamed ("who asked not to be named", "on condition of anonymity"). */
const KEPT_UNNAMED = /\b(?:not to be (?:named|identified)|anonymity|anonymously|declined to be (?:named|identified)|unnamed)\b/i;
const PRESS_SETTING = /\b(?:news|press|media) conference|\bfaced (?:the )?(?:media|press|reporters)\b|\bbriefing\b|\bdoorstop\b|\bpresser\b|\b(?:spoke|talked|speaking|talking) to (?:the )?(?:reporters|journalists|the media|the press)\b|\btook questions\b(?! from (?!reporters|journalists|the media|the press))|\bquestions from (?:reporters|journalists)\b/i;
/** A results call, where a transcript's "Q:" is an analyst's ("answering analysts' questions"),
 * unless the paragraph speaks of an interview or the press too. (In the link key.) */
const ANALYST_SETTING = /\banalysts[\u2019']? questions\b|\bquestions from analysts\b|\b(?:results|earnings|investor) call\b/i;
const INTERVIEW_OR_PRESS = /\b(?:spoke|talked|sat down|interview|reporters|journalists)\b/i;
const analystSetting = (text: string) => ANALYST_SETTING.test(text) && !INTERVIEW_OR_PRESS.test(text);
/** Those who put the questions in a transcript, whom a story seldom names ("REPORTER: “…”"). */
const QUESTIONER_ROLES = new Set(['reporter', 'journalist', 'interviewer', 'questioner', 'caller', 'member']);
/** The press in a briefing, who put questions and are seldom named. */
const PRESS_ASKERS = new Set(['reporter', 'journalist', 'questioner', 'correspondent']);
/** Labels a transcript gives those it names by their job alone ("OPERATOR:", "DISPATCHER:"). */
const JOB_LABELS = new Set(['operator', 'dispatcher', 'controller', 'interpreter', 'translator', 'clerk', 'usher', 'announcer']);
/** Verbs of saying whose object is the person spoken to. */
const ADDRESSEE_VERBS = /^(?:ask|asks|asked|asking|tell|tells|told|telling|urge|urges|urged|warn|warns|warned|remind|reminds|reminded|assure|assures|assured|inform|informs|informed|question|questions|questioned|challenge|challenges|challenged|press|pressed|thank|thanks|thanked)$/;
const CONTRASTIVE = /\b(?:visiting|visitors|visitors\u2019|opposing|rival|other|away|home|hosts)\b/i;

function sameAffiliation(text: string | null, head: string, m: Member): boolean {
  if (!text) return true;
  if (CONTRASTIVE.test(text)) return false;
  const mods = roleSideWords(text, head);
  if (!mods.length) return true;
  const seen = namesOf(m);
  return mods.every((w) => seen.includes(lc(w)));
}

/** The gender of the first "he", "she", "his" or "her" after mention m, in its sentence or the next
 * ("Coyle thanked the crews. “…,” she said."), else null. */
function pronounAfterName(lp: LocalParagraph, m: Mention): Gender {
  const pr = lp.toks.find((t, k) => k >= m.i1 && t.sent <= m.sent + 1 && t.k === 'w' && /^(?:he|she|his|her)$/.test(t.lo));
  return pr ? (/^(?:she|her)$/.test(pr.lo) ? 'f' : 'm') : null;
}

/** "Twins Priya and Arjun Mistry", "brothers Tom and Sean Reilly": a given name alone joined by "and"
 * to a given name and a surname shares that surname (the surname, else null). Not before a
 * possessive ("the garden of Sue and Peter Trelawney’s home"): there the pair only owns something. */
function sharedSurname(lp: LocalParagraph, mi: number): string | null {
  const m = lp.mentions[mi]!;
  const n = lp.mentions[mi + 1];
  if (!n || m.tokens.length !== 1 || n.tokens.length !== 2 || n.type === 'org' || n.type === 'place' || n.poss || n.sent !== m.sent) return null;
  // (the second given name one the lexicon knows, or, after a lone word it knows as nothing else, one it
  // knows as nothing else either: "Ngozi and Callum Ferraby")
  const nothingElse = (w: string) => !isCommonWord(w) && !isPlaceWord(w) && !isOrgWord(w) && !isCountry(w) && !isDemonym(w) && lexTags(w).length === 0;
  const given = isFirstName(n.lower[0]!) || (n.type === 'unknown' && m.type === 'unknown' && nothingElse(n.lower[0]!) && nothingElse(m.lower[0]!) && nothingElse(n.lower[1]!));
  if (lp.toks[m.i1]?.lo !== 'and' || n.i0 !== m.i1 + 1 || m.poss || !given || isFirstName(n.lower[1]!)) return null;
  const w = m.lower[0]!;
  // (the lone word a given name: one the lexicon knows, or a word it knows as nothing else)
  if (!isFirstName(w) && (m.type !== 'unknown' || isCommonWord(w) || isPlaceWord(w) || isOrgWord(w) || isCountry(w) || isDemonym(w))) return null;
  return n.tokens[1]!;
}

/** Member m is named in two words or more and `word` is their surname ("Montoya" of "Graciela Montoya"). */
function surnameIs(m: Member, word: string): boolean {
  return m.lower.length >= 2 && m.lower[m.lower.length - 1] === word;
}
/** The capitalised words of a role's text other than its head and an owner ("Hollinsby" and
 * "Turkish" of "the Hollinsby captain", "the Turkish forward"). */
function roleSideWords(text: string, head: string): string[] {
  // (not where they were born or what they won, one word or two: "the San Teodoro-born economist",
  // "the Oscar-winning director")
  const words = text.split(/\s+/);
  const epithet = (w: string | undefined) => !!w && /-(?:born|bred|raised|winning|educated|trained|nominated|shortlisted)$/i.test(w);
  return words.filter((w, i) => /^\p{Lu}/u.test(w) && lc(w) !== head && !/[\u2019']s$/.test(w) && !epithet(w) && !epithet(words[i + 1]));
}
/** Everything the story called member m by, its title and affiliation, in lower case. */
function namesOf(m: Member): string {
  return [m.firstRef, m.title ?? '', m.affiliation ?? '', ...m.refs].join(' ').toLowerCase();
}

/** The capitalised words of the role's text that member m's name, title and affiliation do not
 * have are all nationalities ("Turkish" of "the Turkish forward"). */
function nationalityOnly(text: string | null, head: string, m: Member): boolean {
  if (!text) return false;
  const seen = namesOf(m);
  const unseen = roleSideWords(text, head).filter((w) => !seen.includes(lc(w)));
  return unseen.length > 0 && unseen.every((w) => isDemonym(lc(w)));
}

/** Member m's name, title or affiliation has a capitalised word of the role's text ("Wexcombe" of
 * "the Wexcombe captain" in "Wexcombe coach Alan Prothero", or Wexcombe itself). */
function sideNamed(text: string | null, head: string, m: Member): boolean {
  if (!text) return false;
  const seen = namesOf(m);
  return roleSideWords(text, head).some((w) => seen.includes(lc(w)));
}

/** what a story calls an organisation it has named ("the company said") */
/** a member named by one plural group word ("Villagers", "Residents"): never one person's role or pronoun */
function isGroupMember(m: Member): boolean {
  return m.lower.length === 1 && isGroupNoun(m.lower[0]!);
}


/** the quote names member m in the third person: its surname (or one-word name) as a capitalised
 * word not followed by a comma that would make it a vocative ("Hale, listen") */

const lc = (s: string) => s.toLowerCase().replace(/[\u2019]/g, "'").replace(/\.$/, '');

function lev(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const prev = new Array<number>(b.length + 1);
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    let rowMin = prev[0]!;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
      if (prev[j]! < rowMin) rowMin = prev[j]!;
    }
    if (rowMin > max) return max + 1;
  }
  return prev[b.length]!;
}

/** "one of the complainants (unnamed)", with no such group reported before, is described as the
 * story's other unnamed people are: "complainant (unnamed)". */
function oneOfDescribed(txt: string): string {
  return txt.startsWith('one of the ') ? txt.slice('one of the '.length).replace(/(\S+)( \(unnamed\))$/, (_, w: string, u: string) => singular(w) + u) : txt;
}

function similarSurname(a: string, b: string): boolean {
  if (a === b) return false;
  if (a[0] !== b[0]) return false;
  const n = Math.min(a.length, b.length);
  if (n < 5) return false;
  if (a.slice(0, 4) !== b.slice(0, 4)) return false;
  return lev(a, b, 2) <= (n >= 7 ? 2 : 1);
}

/** The posts in a parliament a member of it (MEMBER_LETTER_WORDS) may hold besides (not a
 * government's: "the MP" after a minister is most often someone else). */
const MEMBER_POSTS = new Set(['leader', 'spokesman', 'spokeswoman', 'spokesperson', 'whip', 'chair', 'chairman', 'chairwoman', 'member', 'politician', 'shadow', 'backbencher']);
const ROLE_SYNONYMS: Record<string, string[]> = {
  president: ['president', 'president-elect'],
  senator: ['senator', 'sen', 'sens'],
  sen: ['senator', 'sen'],
  congressman: ['congressman', 'rep', 'representative'],
  congresswoman: ['congresswoman', 'rep', 'representative'],
  representative: ['rep', 'representative', 'congressman', 'congresswoman'],
  governor: ['governor', 'gov'],
  minister: ['minister'],
  // (a member of a parliament by their letters is a backbencher or a lawmaker the story brought in:
  // "One senior backbencher said ... “…,” the MP said.")
  mp: ['mp', 'backbencher', 'lawmaker', 'legislator'],
  mla: ['mla', 'backbencher', 'lawmaker', 'legislator'],
  msp: ['msp', 'backbencher', 'lawmaker', 'legislator'],
  mep: ['mep', 'lawmaker', 'legislator'],
  td: ['td', 'backbencher', 'lawmaker', 'legislator'],
  premier: ['premier', 'minister'],
  secretary: ['secretary'],
  mayor: ['mayor'],
  judge: ['judge', 'justice'],
  justice: ['justice', 'judge'],
  chairman: ['chairman', 'chair', 'chairwoman'],
  chairwoman: ['chairwoman', 'chair', 'chairman'],
  speaker: ['speaker'],
  leader: ['leader', 'president', 'minister', 'premier', 'chancellor', 'king', 'queen'],
  ambassador: ['ambassador'],
  general: ['general', 'gen'],
  pope: ['pope'],
  chancellor: ['chancellor'],
  manager: ['manager', 'boss'],
  boss: ['boss', 'manager'],
  // ("presidential hopeful Caroline Ashby-Mendez ... the candidate said")
  candidate: ['candidate', 'hopeful', 'nominee', 'challenger'],
  hopeful: ['hopeful', 'candidate'],
  nominee: ['nominee', 'candidate'],
  // ranks and titles written short before a name ("Cpl. Dana Whitehorse ... The corporal said")
  corporal: ['corporal', 'cpl'],
  sergeant: ['sergeant', 'sgt'],
  detective: ['detective', 'det'],
  inspector: ['inspector', 'insp'],
  superintendent: ['superintendent', 'supt'],
  lieutenant: ['lieutenant', 'lt'],
  colonel: ['colonel', 'col'],
  captain: ['captain', 'capt', 'skipper'],
  // (a sport's words for the same place in a side: "captain ... the skipper said", "goalkeeper ... the
  // keeper said")
  skipper: ['skipper', 'captain'],
  goalkeeper: ['goalkeeper', 'keeper', 'goalie'],
  keeper: ['keeper', 'goalkeeper', 'goalie'],
  professor: ['professor', 'prof'],
  // (a traditional ruler with a monarch's title: "the traditional ruler, Oba Kolawole Adetunji, ... /
  // the monarch said"; not a military ruler)
  monarch: ['monarch', 'king', 'queen', 'oba', 'emir', 'sultan'],
  // (a pupil is a student, a cleric an imam or a priest)
  student: ['student', 'pupil'],
  pupil: ['pupil', 'student'],
  cleric: ['cleric', 'imam', 'priest', 'pastor', 'rabbi', 'vicar'],
  imam: ['imam', 'cleric'],
  // (a footballer's position and the word for all who score: "striker Chinedu Ezeokafor ... the
  // forward said")
  forward: ['forward', 'striker', 'winger', 'attacker'],
  striker: ['striker', 'forward', 'attacker'],
  attacker: ['attacker', 'forward', 'striker', 'winger'],
};

// id slugs by name: the same names come back on every pass
const slugs = new Map<string, string>();
function slug(name: string): string {
  let s = slugs.get(name);
  if (s === undefined) {
    s = nameSlug(name);
    if (slugs.size > 20_000) slugs.clear();
    slugs.set(name, s);
  }
  return s;
}

/** A read of one paragraph's result, worked out once per result (the link key and the linking pass
 * both ask; a paragraph the edit left alone keeps its result, and so its answer). */
function perParagraph<T>(read: (lp: LocalParagraph) => T): (lp: LocalParagraph) => T {
  const known = new WeakMap<LocalParagraph, T>();
  return (lp) => {
    if (known.has(lp)) return known.get(lp)!;
    const value = read(lp);
    known.set(lp, value);
    return value;
  };
}
/** A byline's words, lower-cased ("by cormac delahunt"), else ''. (In the link key.) */
const bylineText = perParagraph((lp): string => (isByline(lp.text) ? lp.text.toLowerCase() : ''));

// which mentions are named at a speech cue, per paragraph (depends on the paragraph alone)
const speakerMentionsOf = perParagraph((lp) => {
  const s = new Set<number>();
  for (const q of lp.quotes) if (q.speech && (q.cue.ref === 'name' || q.cue.ref === 'org') && q.cue.mention >= 0) s.add(q.cue.mention);
  return s;
});

const NO_MEMBERS: readonly Member[] = [];
/** a role cue owned by a name: "Doe’s lawyer" (see refEndingAt in local.ts) */
const OWNED_ROLE = /^(\p{Lu}\S*?|the (?:\S+ ){0,2}?\S+?)\u2019s /u;
/** a paragraph is empty when it has nothing but white space (what trim() removes) */
const NON_SPACE = /\S/;

/** The main subject's mention of mention mi's sentence, when mi is another mention of it. */
function mainBeside(lp: LocalParagraph, mi: number): Mention | null {
  const main = lp.sentSubject[lp.mentions[mi]!.sent] ?? -1;
  return main >= 0 && main !== mi ? lp.mentions[main]! : null;
}
/** Mention mi is a name right after the main subject's name and "of", "at" or "from", before a
 * speech verb ("Camille Dorne of Berrin Securities said"). (Read by the linking pass: in the link key.) */
function affiliationOfMain(lp: LocalParagraph, mi: number): boolean {
  const mm = mainBeside(lp, mi);
  if (!mm) return false;
  const m = lp.mentions[mi]!;
  const prep = lp.toks[mm.i1];
  const verb = lp.toks[m.i1];
  // (or set off with the subject after a role: "Another analyst, Yusuf Demirci at Alptal Securities,
  // was more upbeat.")
  const setOff = !!verb && verb.t === ',' && lp.toks[mm.i0 - 1]?.t === ',';
  return mm.i1 + 1 === m.i0 && !!prep && prep.k === 'w' && /^(?:of|at|from)$/.test(prep.lo) && !!verb && ((verb.k === 'w' && !verb.cap && SPEECH_VERBS.has(verb.lo)) || setOff);
}
/** Mention mi is the organisation in an appositive set off after the sentence's main subject
 * ("According to Deepa Varma, a banking analyst at Tollgate Securities, ..."), or the one whose the
 * subject is ("Iqbal Hossain, Chowdhury's partner for twenty-six years, ..."): the subject's, not
 * someone else in reach. (In the link key.) */
function inAppositiveOfMain(lp: LocalParagraph, mi: number): boolean {
  const mm = mainBeside(lp, mi);
  if (!mm) return false;
  const m = lp.mentions[mi]!;
  const { toks } = lp;
  // ("Iqbal Hossain, Chowdhury's partner for twenty-six years, is less sentimental.": whose the
  // subject is, set off after it)
  if (toks[mm.i1]?.t === ',' && m.i0 === mm.i1 + 1 && m.poss) {
    for (let k = m.i1; k < toks.length && k - m.i1 <= 8; k++) {
      const t = toks[k]!;
      if (t.sent !== m.sent || t.k === 'q') return false;
      if (t.t === ',' || t.t === '\u2014') return k > m.i1 && isPersonNoun(toks[m.i1]!.lo);
      if (t.k !== 'w' || t.cap) return false;
    }
    return false;
  }
  if (toks[mm.i1]?.t !== ',' || m.i0 <= mm.i1 + 2) return false;
  const d = toks[mm.i1 + 1]!;
  // (with no determiner too, as wire and British copy write it: "Peter Kane, chief economist at
  // Carrow Securities, disagreed.")
  if (d.k !== 'w' || d.cap) return false;
  const det = /^(?:the|a|an|its|his|her|their)$/.test(d.lo);
  let role = false;
  let k = mm.i1 + (det ? 2 : 1);
  for (; k < m.i0; k++) {
    const t = toks[k]!;
    if (t.k !== 'w' || t.cap) return false;
    if (isPersonNoun(t.lo)) role = true;
    else if (role && /^(?:at|of|for|with|from)$/.test(t.lo)) break;
  }
  if (!role || k >= m.i0) return false;
  // (the organisation after the preposition may open with "the" and run over more than one name,
  // up to the comma or dash that closes the appositive: "a consultant at the Fife Children’s Heart
  // Unit, said")
  let j = k + 1;
  if (toks[j]?.lo === 'the' && !toks[j]!.cap) j++;
  for (; j < toks.length && j - mm.i1 <= 14; j++) {
    const t = toks[j]!;
    if (t.sent !== m.sent) return false;
    if (t.t === ',' || t.t === '\u2014') return j >= m.i1;
    if (t.k !== 'w' || !t.cap) return false;
  }
  return false;
}
/** Mention mi is a name after a preposition inside a description set off by commas right after the
 * sentence's main subject, opening in lower case ("Priya Raman-Holt, head of public policy for
 * Asia-Pacific at the video platform Zipline, rejected that."): part of who the subject is, not a
 * rival to them for a pronoun after it. (In the link key.) */
function inDescriptionOfMain(lp: LocalParagraph, mi: number): boolean {
  const mm = mainBeside(lp, mi);
  if (!mm) return false;
  const m = lp.mentions[mi]!;
  const { toks } = lp;
  const first = toks[mm.i1 + 1];
  if (toks[mm.i1]?.t !== ',' || first?.k !== 'w' || first.cap || m.i0 <= mm.i1 + 2 || !DESCRIBING_PREPOSITIONS.has(toks[m.i0 - 1]?.lo ?? '')) return false;
  for (let k = mm.i1 + 1; k < m.i0; k++) if (toks[k]!.sent !== m.sent || toks[k]!.k === 'q' || CLAUSE_EDGE_TOKENS.has(toks[k]!.t)) return false;
  // (closed by a comma or dash before the sentence goes on)
  for (let j = m.i1; j < toks.length && j - mm.i1 <= 30; j++) {
    const t = toks[j]!;
    if (t.sent !== m.sent || t.k === 'q') return false;
    if (t.t === ',' || t.t === '\u2014') return true;
  }
  return false;
}
const DESCRIBING_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'with', 'on']);
const CLAUSE_EDGE_TOKENS = new Set([',', '\u2014', ';', ':', '(', ')']);
/** Past participles that open a phrase set off after a subject ("Foy, asked afterward ..., paused"). */
const SET_OFF_ASKED = new Set([...ASKING, 'told', 'reminded', 'confronted', 'shown', 'informed']);
/** Mention mi is inside a participle phrase set off right after the sentence's main subject
 * ("Governor Adaeze Okonkwo, speaking at a conference in Riverholm, said"): the subject's
 * circumstances, not a rival to them for a pronoun after it. (In the link key.) */
function inParticipleOfMain(lp: LocalParagraph, mi: number): boolean {
  const mm = mainBeside(lp, mi);
  if (!mm) return false;
  const m = lp.mentions[mi]!;
  const { toks } = lp;
  const ing = toks[mm.i1 + 1];
  // (or a past participle: "Foy, asked afterward what Rourke would have made of it, paused.")
  if (toks[mm.i1]?.t !== ',' || !ing || ing.k !== 'w' || ing.cap || !(/^\p{Ll}{3,}ing$/u.test(ing.lo) || SET_OFF_ASKED.has(ing.lo)) || m.i0 <= mm.i1 + 1) return false;
  for (let k = mm.i1 + 2; k < toks.length && k - mm.i1 <= 16; k++) {
    const t = toks[k]!;
    if (t.sent !== m.sent || t.k === 'q') return false;
    if (t.t === ',' || t.t === '\u2014') return k >= m.i1;
  }
  return false;
}
/** The gender of the pronoun that is mention mi's sentence's subject, when mi comes after it as the
 * owner of what that one acted on ("He praised Okonkwo's team"), inside what they are reported
 * saying ("He said his neighbour, Derek Fairley, had banged on the window") or after a preposition
 * ("He has heard worse from Sandhu"), in a sentence other
 * than the paragraph's first (there the pronoun's own antecedent is further back, and less sure);
 * else null. (In the link key.) */
function behindPronounSubjectOf(lp: LocalParagraph, mi: number): Gender {
  const m = lp.mentions[mi]!;
  const sc = lp.sentSubjectCue[m.sent];
  if (sc?.ref !== 'pronoun' || !sc.gender || sc.at >= m.n0 || m.sent === 0) return null;
  if (m.poss) return sc.gender;
  for (let k = sc.at + 1; k < m.n0; k++) {
    const t = lp.toks[k]!;
    if (t.k === 'q') return null;
    if (t.k === 'w' && !t.cap && SPEECH_VERBS.has(t.lo) && !WEAK_SPEECH.has(t.lo)) return ADDRESSEE_VERBS.test(t.lo) ? null : sc.gender;
  }
  // (or as the object of a preposition, with no word of saying before it: "He has heard worse from
  // Sandhu over the years.")
  const prep = lp.toks[m.i0 - 1];
  return prep?.k === 'w' && DEALT_WITH_PREPS.has(prep.lo) && m.i0 - 1 > sc.at ? sc.gender : null;
}
/** "Her successor, Claire Obi-Reynolds, fought back tears as she recalled canvassing for Dame
 * Winifred.": mention mi comes after the sentence's named subject and a clause of that subject's
 * pronoun speaking ("as she recalled", "while he described"), so it is the pronoun's gender: whom
 * the subject spoke of. (In the link key.) */
function behindOwnPronounOf(lp: LocalParagraph, mi: number): Gender {
  const m = lp.mentions[mi]!;
  const sj = lp.sentSubject[m.sent] ?? -1;
  if (sj < 0 || sj === mi) return null;
  const s = lp.mentions[sj]!;
  if (s.n0 >= m.n0) return null;
  const toks = lp.toks;
  for (let k = s.i1; k + 2 < m.i0; k++) {
    const t = toks[k]!;
    if (t.k === 'q') return null;
    if (!/^(?:as|while|when|after)$/.test(t.lo) || !/^(?:she|he)$/.test(toks[k + 1]!.lo)) continue;
    const v = toks[k + 2]!;
    if (v.k === 'w' && !v.cap && SPEECH_VERBS.has(v.lo) && !WEAK_SPEECH.has(v.lo) && !ADDRESSEE_VERBS.test(v.lo)) return toks[k + 1]!.lo === 'she' ? 'f' : 'm';
  }
  return null;
}
/** The verb after the name at token i is "asked for" or "asked to": a request, no question. (Read
 * from the paragraph's own words, in the link key.) */
function askedFor(lp: LocalParagraph, i: number): boolean {
  const k = verbAfterName(lp, i);
  return lp.toks[k]?.lo === 'asked' && /^(?:for|to)$/.test(lp.toks[k + 1]?.lo ?? '') && lp.toks[k + 1]!.sent === lp.toks[k]!.sent;
}
/** Where a paragraph brings in a club by a common noun ("outside a nightclub", "a club in the
 * town"): the tokens of "club". (In the link key.) */
function commonClubsIn(lp: LocalParagraph): number[] {
  const out: number[] = [];
  lp.toks.forEach((t, k) => {
    if (t.k === 'w' && !t.cap && /^(?:nightclub|club|nightclubs|clubs)$/.test(t.lo) && /^(?:a|an|one|another)$/.test(lp.toks[k - 1]?.lo ?? '')) out.push(k);
  });
  return out;
}
/** The person nouns of a paragraph's first sentence, outside quotes ("the spokesman, Gao Wenliang,
 * said", "who takes over as chair"). (In the link key.) */
function openingPersonWords(lp: LocalParagraph): string[] {
  return lp.toks.filter((t) => t.sent === 0 && t.k === 'w' && !t.cap && (ROLE_NOUNS.has(t.lo) || isPersonNoun(t.lo))).map((t) => t.lo);
}
/** A name ends the way a club's does ("Saltmarsh Athletic", "Kestrel Town", "Harrow FC"). */
const clubNamed = (lower: readonly string[]): boolean => CLUB_HEADS.has(lower[lower.length - 1]!) || /^(?:town|city|county|fc)$/.test(lower[lower.length - 1]!);
/** A paragraph opening by naming the words just quoted ("The remark, from ...", "That was the
 * answer ...", "So said ..."): whose they were comes after them. (In the link key.) */
/** A paragraph opening by giving the words before it to someone: "That was the response of a
 * spokesman for ...". (In the link key.) */
const GIVEN_BACK = /^\s*(?:That|This|Those|These) (?:was|were|is|are) (?:the |his |her |their )?(?:response|reaction|view|verdict|message|word|words|assessment|answer|reply|warning|position) (?:of|from)\b/;
const BACK_OPENER = new RegExp(`^\\s*(?:(?:The|That|This|Those|These) (?:${[...SPEECH_NOUN_BACK].join('|')})\\b|That was\\b|So sa(?:id|ys)\\b)`);
/** The named subject of a paragraph's first sentence when it goes on to say they "says this", "said
 * that" or "said so" (the words just before are theirs), else -1. (In the link key.) */
function saysThisBy(lp: LocalParagraph): number {
  const sj = lp.sentSubject[0] ?? -1;
  if (sj < 0 || lp.quotes.length) return -1;
  const { toks } = lp;
  for (let k = lp.mentions[sj]!.i1; k + 1 < toks.length && toks[k]!.sent === 0; k++) {
    if (/^(?:says|said|saying)$/.test(toks[k]!.lo) && /^(?:this|that|so)$/.test(toks[k + 1]!.lo) && (toks[k + 2]?.sent !== 0 || toks[k + 2]!.k !== 'w')) return sj;
  }
  return -1;
}
/** Quote lq follows another quote of its sentence in a second clause of the same report ("... and
 * that it is used "..."", "but that ..."), with no one named, nothing capitalised and no verb of
 * saying between. (In the link key.) */
function secondClause(lp: LocalParagraph, lq: LocalQuote): boolean {
  const { toks } = lp;
  let k = lq.qtok - 1;
  let that = false;
  for (; k >= 0 && toks[k]!.k !== 'q'; k--) {
    const t = toks[k]!;
    if (t.sent !== lq.sent || (t.k === 'w' && (SPEECH_VERBS.has(t.lo) || t.cap)) || lp.mentions.some((m) => m.n0 === k)) return false;
    if (t.lo === 'that' && (toks[k - 1]?.lo === 'and' || toks[k - 1]?.lo === 'but')) that = true;
  }
  return that && k >= 0;
}
/** The word after "of" and the capitalised name of an affiliation right after mention m ("Hyun-woo
 * Baek of Meridian Capital Research noted": "noted"), else ''. (In the link key.) */
function wordAfterAffiliation(lp: LocalParagraph, m: Mention): string {
  const { toks } = lp;
  if (toks[m.i1]?.lo !== 'of') return '';
  const k = toks[m.i1 + 1]?.lo === 'the' ? m.i1 + 2 : m.i1 + 1;
  return toks[k]?.k === 'w' && toks[k]!.cap && toks[k]!.sent === m.sent ? wordAfterName(lp, k) : '';
}
/** A lower-case word of the same sentence follows mention m: the name may only modify it ("a Sydney
 * radio station"). (In the link key.) */
function wordModifiedAfter(lp: LocalParagraph, m: Mention): boolean {
  const next = lp.toks[m.i1];
  return next?.k === 'w' && !next.cap && next.sent === m.sent;
}
/** The quoted words end in a question mark (closing marks after it allowed). */
const asks = (text: string): boolean => /\?["'\u2019\u201d]*\s*$/.test(text);
/** Offices one person holds in a story (the coroner, the judge, the club's spokesman), not words
 * many may share ("resident", "official", "witness"). */
const OFFICES = new Set(['coroner', 'judge', 'magistrate', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'mayor', 'governor', 'prosecutor', 'ombudsman', 'commissioner', 'sheriff', 'superintendent', 'headteacher', 'principal', 'regulator']);
/** Prepositions whose object is someone the sentence's subject dealt with, not its subject. */
const DEALT_WITH_PREPS = new Set(['from', 'with', 'by', 'against', 'about', 'beside', 'alongside']);
/** Mention `mi` is its sentence's subject with a verb right after it ("The Aga Khan opened the new
 * wing", "The Dalai Lama addressed thousands"), not a noun it describes ("The Pretoria-born nurse").
 * (In the link key: the subject and the word after the name.) */
function actsAsSubject(lp: LocalParagraph, m: Mention, mi: number): boolean {
  if (!(m.subj || lp.sentSubject[m.sent] === mi)) return false;
  const v = wordAfterName(lp, m.n0);
  return !!v && (HUMAN_VERBS.has(v) || SPEECH_VERBS.has(v) || lexTags(v).some((t) => t === 'PastTense' || t === 'PresentTense' || t === 'Verb' || t === 'Copula' || t === 'Negative' || t === 'Modal'));
}
/** Words between "who" and the verb that gives a name: "who would only give", "who declined to give". */
const WHO_GIVES_BEFORE = new Set(['would', 'only', 'also', 'just', 'declined', 'refused', 'to', 'did', 'not', 'want', 'wanted', 'asked']);
/** "the elder Hayes", "the younger Mulligan": which of a family a surname alone means ('' when
 * neither word is there). (In the link key.) */
function seniorityBefore(lp: LocalParagraph, m: Mention): '' | 'elder' | 'younger' {
  const w = lp.toks[m.i0 - 1];
  return m.tokens.length === 1 && w?.k === 'w' && (w.lo === 'elder' || w.lo === 'younger') && lp.toks[m.i0 - 2]?.lo === 'the' ? w.lo : '';
}
/** The verb after token `at` (past an adverb or two) says someone talked: "he spoke at length
 * about", "she talked about". (In the link key, for each sentence's subject.) */
function talkedAfter(lp: LocalParagraph, at: number): boolean {
  let v = at + 1;
  while (v < lp.toks.length && v - at <= 3 && lp.toks[v]!.k === 'w' && /ly$/.test(lp.toks[v]!.lo)) v++;
  return /^(?:spoke|talked|reminisced|reflected)$/.test(lp.toks[v]?.lo ?? '');
}
/** The genders of the pronouns after a mention in its sentence ("with her two kids": 'f'), as a
 * string of 'f' and 'm'. (In the link key.) */
function genderedAfter(lp: LocalParagraph, m: Mention): string {
  const toks = lp.toks;
  let out = '';
  for (let k = m.i1; k < toks.length && toks[k]!.sent === m.sent; k++) {
    const t = toks[k]!;
    if (t.k !== 'w') continue;
    if (/^(?:she|her|herself)$/.test(t.lo) && !out.includes('f')) out += 'f';
    if (/^(?:he|his|him|himself)$/.test(t.lo) && !out.includes('m')) out += 'm';
  }
  return out;
}
/** The gender the sentence gives its own subject, a full name, by the pronoun that takes it up in a
 * clause of its own ("Gwilym Prosser was 15 when he first went underground": 'm'): a "he" or "she"
 * after a joining word, or "himself"/"herself", with no one else named and no verb of saying
 * between (not "Ana Lima said he had lied"). Else null. (In the link key, both ways.) */
function selfGendered(lp: LocalParagraph, mi: number, alone = false): Gender {
  const m = lp.mentions[mi]!;
  if (lp.sentSubject[m.sent] !== mi || m.tokens.length < 2 || m.poss) return null;
  const toks = lp.toks;
  let found: Gender = null;
  let possessive = false;
  for (let k = m.i1; k < toks.length && toks[k]!.sent === m.sent && !found; k++) {
    const t = toks[k]!;
    if (t.k === 'q') return null;
    if (t.k !== 'w') continue;
    // (no one else named or spoken of before the pronoun: not "Akira Tanaka had been married to the
    // defendant for six years when he first hit her", "Morgan Achebe beat the champion before he
    // could find his rhythm")
    if (SPEECH_VERBS.has(t.lo) || lp.mentions.some((o) => o !== m && o.n0 === k) || (!t.cap && (isPersonNoun(t.lo) || t.lo in KIN))) return null;
    if (/^(?:himself|herself)$/.test(t.lo)) found = t.lo === 'himself' ? 'm' : 'f';
    else if (/^(?:he|she)$/.test(t.lo)) {
      if (!SELF_JOINERS.has(toks[k - 1]?.lo ?? '')) return null;
      found = t.lo === 'he' ? 'm' : 'f';
    }
    // (a possessive, in the story's first paragraph before anyone else is named or spoken of:
    // "Callum Rennie has fished the firth with his father's boat"; "her" only before the noun it owns,
    // not as an object: "Ana Lima thanked her", "saw her fall"; not in a relative clause: "Jordan
    // Blake, who drove her home,")
    else if (t.lo === 'who' || t.lo === 'whose') return null;
    else if (t.lo === 'his' || (t.lo === 'her' && toks[k + 1]?.k === 'w' && !toks[k + 1]!.cap && !FUNCTION_WORDS.has(toks[k + 1]!.lo) && !verbAfterHer(toks[k + 1]!.lo))) {
      if (!alone) return null;
      found = t.lo === 'his' ? 'm' : 'f';
      possessive = true;
    } else if (/^(?:him|her|they|their|them)$/.test(t.lo)) return null;
  }
  // (or the next sentence opens with the pronoun, the name's own naming no one else: "Marine
  // ecologist Yindi Walker has been diving this reef for 22 years. She has watched it bleach")
  if (!found) {
    let k = m.i1;
    while (k < toks.length && toks[k]!.sent === m.sent) k++;
    const t = toks[k];
    if (t?.k === 'w' && t.sent === m.sent + 1 && /^(?:he|she)$/.test(t.lo) && lp.sentSubjectCue[t.sent]?.ref === 'pronoun' && !lp.mentions.some((o) => o !== m && o.sent === m.sent)) found = t.lo === 'he' ? 'm' : 'f';
  }
  if (!found) return null;
  // (and the sentence has no pronoun of the other gender: "... when he proposed to her")
  const other = found === 'm' ? /^(?:she|her|hers|herself)$/ : /^(?:he|him|his|himself)$/;
  for (let k = m.i1; k < toks.length && toks[k]!.sent === m.sent; k++) if (toks[k]!.k === 'w' && other.test(toks[k]!.lo)) return null;
  // (a possessive only with no one spoken of before it in its paragraph)
  if (possessive) for (let k = 0; k < m.i0; k++) if (toks[k]!.k === 'w' && !toks[k]!.cap && (isPersonNoun(toks[k]!.lo) || toks[k]!.lo in KIN)) return null;
  return found;
}
/** A word after "her" that is a verb she does, not a thing she owns ("saw her fall", "watched her
 * cross"). */
function verbAfterHer(lo: string): boolean {
  return /^(?:fall|cross|leave|go|come|die|walk|run|sing|dance|cry|smile|win|lose|play|swim|drive|jump|arrive|get|take|make)$/.test(lo);
}
const SELF_JOINERS = new Set(['when', 'as', 'after', 'before', 'because', 'and', 'but', 'while', 'since', 'until', 'though', 'although', 'once', 'where']);
/** The age set off after a name ("Curtis Hayes, 94,"), or opening its sentence before it ("At 61,
 * Bernard Akinyemi-Shaw is the oldest candidate"), else -1. (In the link key.) */
function ageAfter(lp: LocalParagraph, m: Mention): number {
  const t = lp.toks;
  if (t[m.i1]?.t === ',' && /^\d{1,3}$/.test(t[m.i1 + 1]?.t ?? '') && (t[m.i1 + 2]?.t === ',' || t[m.i1 + 2]?.sent !== t[m.i1]!.sent)) return Number(t[m.i1 + 1]!.t);
  const at = t[m.i0 - 3];
  return m.i0 >= 3 && at?.lo === 'at' && at.sent === m.sent && t[m.i0 - 4]?.sent !== m.sent && /^\d{2,3}$/.test(t[m.i0 - 2]?.t ?? '') && t[m.i0 - 1]?.t === ',' ? Number(t[m.i0 - 2]!.t) : -1;
}
/** Kinship words that make someone the younger of a family ("his grandson Malik Hayes"). */
/** Token i follows only a quote and its punctuation in its sentence ("“…,” it says"), and the
 * sentence before reports something said and names no one ("The inspection report says ... “Staff
 * failed ...,” it says."; not "The report names Harwick Bank. “Our fees are fair,” it says."), or
 * with `docOpened`, opens with a document and names no one ("The report draws on 640 interviews.
 * “…,” it says."). */
function documentQuotedAfter(lp: LocalParagraph, i: number, docOpened = false): boolean {
  const sent = lp.toks[i]!.sent;
  if (sent === 0 || !(lp.sentSpeech[sent - 1] || docOpened) || lp.mentions.some((m) => m.sent === sent - 1)) return false;
  let quoted = false;
  for (let k = i - 1; k >= 0 && lp.toks[k]!.sent === sent; k--) {
    const t = lp.toks[k]!;
    if (t.k === 'q') quoted = true;
    else if (t.k !== 'p') return false;
  }
  return quoted;
}

const YOUNGER_KIN = new Set(['son', 'daughter', 'grandson', 'granddaughter', 'nephew', 'niece', 'child', 'stepson', 'stepdaughter']);

/** The word for a relative mention m is set off after ("with his father, Seán,"), else null. (In
 * the link key.) */
function kinBefore(lp: LocalParagraph, m: Mention): string | null {
  const kw = lp.toks[m.i0 - 2];
  return lp.toks[m.i0 - 1]?.t === ',' && lp.toks[m.i1]?.t === ',' && kw?.k === 'w' && !kw.cap && kw.lo in KIN ? kw.lo : null;
}
/** The roles a passive's "by" gives the one named right after it ("trained by Fergal Mulqueen": a
 * trainer; "ridden by": a jockey, a rider). (In the link key.) */
const AGENT_ROLES: Record<string, string[]> = {
  trained: ['trainer'], coached: ['coach'], managed: ['manager'], directed: ['director'], written: ['writer'], owned: ['owner'],
  ridden: ['jockey', 'rider'], produced: ['producer'], designed: ['designer'], founded: ['founder'], edited: ['editor'],
  composed: ['composer'], choreographed: ['choreographer'], photographed: ['photographer'], captained: ['captain'], led: ['leader'],
};
function agentRolesBefore(lp: LocalParagraph, m: Mention): string[] {
  const by = lp.toks[m.i0 - 1];
  const v = lp.toks[m.i0 - 2];
  if (by?.lo !== 'by' || by.sent !== m.sent || v?.k !== 'w' || v.sent !== m.sent) return [];
  return AGENT_ROLES[v.lo] ?? [];
}
/** Mention mi's name read whole with the name owning it right before ("St. Aldhelm’s Medical
 * Center"), else its own. (In the link key.) */
function nameWithOwner(lp: LocalParagraph, mi: number): string {
  const m = lp.mentions[mi]!;
  const owner = mi > 0 ? lp.mentions[mi - 1]! : null;
  return owner?.poss && owner.i1 === m.i0 && owner.type !== 'place' ? `${owner.name}\u2019s ${m.name}` : m.name;
}
/** The sentences of the paragraph with "him" (gender 'm') or "her" as an object, not a possessive
 * ("entered her for the olympiad", "told him"). (In the link key.) */
function objectPronounIn(lp: LocalParagraph, gender: Gender): number[] {
  if (!gender) return [];
  const w = gender === 'm' ? 'him' : 'her';
  const out: number[] = [];
  lp.toks.forEach((t, k) => {
    if (t.k !== 'w' || t.lo !== w) return;
    const nx = lp.toks[k + 1];
    if (w === 'him' || !nx || nx.k !== 'w' || nx.sent !== t.sent || (FUNCTION_WORDS.has(nx.lo) && !/^(?:own|first|last|only|other|former|late|new|old|two|three)$/.test(nx.lo))) out.push(t.sent);
  });
  return out;
}
/** Titles one is called by to one's face ("Yes, senator.", "Minister, with respect, ..."). */
const VOCATIVE_TITLES = new Set(['senator', 'minister', 'judge', 'councillor', 'chairman', 'chairwoman', 'chair', 'commissioner', 'inspector', 'sergeant', 'detective', 'officer', 'coach', 'doctor', 'professor', 'president', 'governor', 'mayor', 'congressman', 'congresswoman', 'premier', 'deputy', 'secretary']);
/** The words call `mem` by name, set off at their start or end ("That’s simply not true, Dana.",
 * "Mr Kerrigan, with respect, ..."): someone speaking to them, not them. */
function calledByName(text: string, mem: Member, members: readonly Member[] = [], anyGiven = false): boolean {
  // (a given name alone, one the lexicon knows as such and as no place or month, or a surname after a
  // title: not "Jordan, Lebanon and Turkey", "at the latest, May", "Seattle, Washington", "Drury, with
  // respect, is not the name", "All my love, Mira.")
  // (anyGiven: or a first word of a full name the lexicon does not know, "Tariq, if you …")
  const first = mem.tokens.length >= 2 && (anyGiven || isFirstName(mem.lower[0]!)) && !isPlaceWord(mem.lower[0]!) && !isDateWord(mem.lower[0]!) ? escapeRegExp(mem.tokens[0]!) : '';
  const surname = mem.tokens.length >= 2 ? escapeRegExp(mem.tokens[mem.tokens.length - 1]!) : '';
  // (or by a title the story gave them, alone: "I wouldn’t characterise it that way, senator.")
  // (not one someone else in the story holds too: "“Check the record, deputy.”" after one deputy
  // answered another)
  const holds = (x: Member, w: string) => x.roleWords.has(w) || (x.title ?? '').toLowerCase().split(/\s+/).includes(w);
  const titles = [...mem.roleWords, ...(mem.title ?? '').toLowerCase().split(/\s+/)].filter((w) => VOCATIVE_TITLES.has(w) && !members.some((x) => x !== mem && x.kind === 'person' && holds(x, w)));
  const titled = titles.length ? `(?:${[...new Set(titles)].map((w) => `[${w[0]!.toUpperCase()}${w[0]}]${w.slice(1)}`).join('|')})` : '';
  const alts = [first, surname ? `(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Senator|Judge|Professor)\\.? ${surname}` : '', titled].filter(Boolean);
  if (!alts.length) return false;
  const name = `(?:${alts.join('|')})`;
  const t = text.trim();
  // (opening, then words in lower case: "Dana, that is not true"; closing after a clause: "That’s
  // simply not true, Dana.", not after a sign-off)
  // (nor after a place, "the capital of Saskatchewan, Regina.")
  // (not a list: "Coach, mentor, friend — he was all of those to me")
  return new RegExp(`^${name}, (?![\\p{L}'\u2019-]+,)\\p{Ll}`, 'u').test(t) || (new RegExp(`(?:^|\\s)\\p{Ll}[\\p{L}'\u2019-]*, ${name}[.!?]?$`, 'u').test(t) && !/\b(?:love|regards|yours|wishes|thanks),? [^,]*$/i.test(t));
}
/** Verbs of putting one's own view in words: "That was how X summed up ...", "That is how X puts it". */
const SUMMING_UP = /^(?:summed|sums|put|puts|described|describes|explained|explains|framed|frames|characterised|characterized)$/;
/** "That was Liam Boudreau, 9, who ...", "That is Imran Qureshi, who ...", "That was how Aigerim Seitkali-Brandt summed it up", "That was the more measured verdict of Ellisford captain
 * Sam Okonkwo-Reid.", "That was the response from ...", "So said ...": sentences opening by saying
 * whose the words just quoted were, each with the mention it names. (In the link key.) */
const backReferences = perParagraph((lp): [number, number][] => {
  const { toks } = lp;
  const out: [number, number][] = [];
  toks.forEach((t0, i) => {
    if (t0.k !== 'w' || (i > 0 && toks[i - 1]!.sent === t0.sent)) return;
    const t1 = toks[i + 1];
    if (t1?.k !== 'w' || t1.sent !== t0.sent) return;
    let k = -1;
    // (or in the present, a feature's: "That is Imran Qureshi, who captained Sindh ...")
    if ((t0.lo === 'that' || t0.lo === 'those') && (t1.lo === 'was' || t1.lo === 'were' || t1.lo === 'is' || t1.lo === 'are')) k = i + 2;
    // (or a feature's present: "So says Comfort Adjei-Boateng, who retires this week ...")
    else if (t0.lo === 'so' && (t1.lo === 'said' || t1.lo === 'says')) k = i + 2;
    // ("The assurance came from Andras Kovacs-Remy, a spokesman ...": a speech noun that came from someone)
    else if (t0.lo === 'the' && SPEECH_NOUN_BACK.has(t1.lo) && toks[i + 2]?.lo === 'came' && toks[i + 3]?.lo === 'from' && toks[i + 3]!.sent === t0.sent) k = i + 4;
    // ("That was how Tarvesh’s foreign minister, Aigerim Seitkali-Brandt, summed up her government’s
    // position": the one named first after "how", past an owner and a role set off)
    if (k === i + 2 && toks[k]?.lo === 'how' && (t0.lo === 'that' || t0.lo === 'this')) {
      // (right after "how", or set off after a role: not "for Sahrane" in "the UN’s humanitarian
      // coordinator for Sahrane, Tomasz Wierzbicki,")
      const fits = (m: Mention) => m.i0 > k && m.i0 - k <= 10 && m.sent === t0.sent && !m.poss && m.type !== 'place' && m.type !== 'org' && (m.i0 === k + 1 || (toks[m.i0 - 1]?.t === ',' && toks[m.i1]?.t === ','));
      const mi = lp.mentions.findIndex(fits);
      const m = mi >= 0 ? lp.mentions[mi]! : null;
      // (summing up their own view, not describing someone else's words: "That was how opposition
      // leader Helle Madsen described the minister’s claim", "... described the call he received from
      // Carla Moss", "That is how Kwame Asante remembers his mother’s last words")
      const v = m ? (toks[m.i1]?.t === ',' ? m.i1 + 1 : m.i1) : -1;
      const rest = v >= 0 ? toks.slice(v + 1).filter((t) => t.sent === t0.sent) : [];
      // (and what they sum up is their own side or how things are, right after the verb: "summed up her
      // government’s position", "describes conditions in Dhiban"; not "described the advice his coach
      // gave him", "the graffiti", "the verdict")
      const obj = rest[0]?.lo === 'up' || rest[0]?.lo === 'it' ? rest[1] : rest[0];
      const ownSide = rest[0]?.lo === 'it' || /^(?:his|her|their|its|conditions|things|life|how|what|why)$/.test(obj?.lo ?? '');
      const own = !!m && SUMMING_UP.test(toks[v]?.lo ?? '') && ownSide && !rest.some((t, x) => (t.poss && (t.cap || t.lo in KIN || isKnownPersonNoun(t.lo))) || (t.lo === 'from' && !!rest[x + 1]?.cap) || OTHERS_WORDS.has(t.lo) || (t.lo === 'by' && x > 0 && /(?:ed|en|t)$/.test(rest[x - 1]!.lo)));
      if (m && own && lp.toks.slice(k + 1, m.i0).every((t) => t.k === 'w' || t.t === ',' || t.t === '\u2019' || t.t === "'")) out.push([t0.sent, mi]);
      return;
    }
    if (k < 0) return;
    // ("the more measured verdict of", "the words of", "the response from"; "So said the Rail
    // Minister, Claire Dunmore")
    if (toks[k]?.lo === 'the') {
      let e = k + 1;
      while (e < toks.length && e - k <= 5 && (toks[e]!.k === 'w' || toks[e]!.t === ',') && toks[e]!.lo !== 'of' && toks[e]!.lo !== 'from' && toks[e]!.sent === t0.sent) {
        if (toks[e]!.t === ',') break;
        e++;
      }
      const setOff = toks[e]?.t === ',' && t0.lo === 'so';
      if (!setOff && toks[e]?.lo !== 'of' && toks[e]?.lo !== 'from') return;
      k = e + 1;
    }
    // (the name whose prefix starts there: "Ellisford captain Sam Okonkwo-Reid")
    let mi = -1;
    lp.mentions.forEach((m, j) => { if (m.i0 <= k && k < m.i1 && (mi < 0 || m.n0 > lp.mentions[mi]!.n0)) mi = j; });
    const m = mi >= 0 ? lp.mentions[mi]! : null;
    // (not a numbered thing, "So says Article 12 of the Constitution", "Psalm 84")
    if (m && !m.poss && m.type !== 'place' && m.type !== 'org' && !/^\d/.test(toks[m.i1]?.t ?? '')) out.push([t0.sent, mi]);
  });
  return out;
});

/** A name with its initials in brackets right after it ("Marisol Quintana-Reid (MQR)"): the mention
 * and the initials, for a transcript's "MQR:" later. (In the link key.) */
const initialsGiven = perParagraph((lp): [number, string][] => {
  const out: [number, string][] = [];
  const t = lp.toks;
  lp.mentions.forEach((m, mi) => {
    if (m.tokens.length < 2 || t[m.i1]?.t !== '(' || t[m.i1 + 2]?.t !== ')' || !/^\p{Lu}{2,6}$/u.test(t[m.i1 + 1]?.t ?? '')) return;
    const letters = m.tokens.flatMap((w) => w.split('-')).map((w) => w[0]).join('');
    if (letters === t[m.i1 + 1]!.t || m.tokens.map((w) => w[0]).join('') === t[m.i1 + 1]!.t) out.push([mi, t[m.i1 + 1]!.t]);
  });
  return out;
});
/** A name with a King's, Queen's or Senior Counsel's letters in it or right after it ("Thaddeus
 * Mwale KC"). (In the link key.) */
function counselNamed(lp: LocalParagraph, m: Mention): boolean {
  return [...lp.toks.slice(m.i0, m.i1), lp.toks[m.i1]].some((t) => /^(?:KC|QC|SC)$/.test(t?.t ?? ''));
}
/** Words telling that someone died, was hurt or is missing ("He died at the scene", "went missing"). */
const GONE_WORDS = /\b(?:died|dies|dead|death|killed|murdered|stabbed|shot|missing|disappeared|vanished|victim|funeral|body|last seen)\b/i;
/** Words telling that someone the story opens on cannot speak for themselves: dead, missing, jailed. */
const ABSENT_WORDS = /\b(?:died|dies|dead|death|killed|funeral|memorial|tributes?|mourn\w*|missing|jailed|imprisoned|detained)\b/i;
/** Words of a tribute paid to someone ("was among the first to pay tribute"). */
const TRIBUTE_WORDS = /\b(?:tributes?|condolences|mourn(?:ed|ers|ing)?)\b/i;
/** The words right after a name, up to "of" or whoever comes next, tell a death or a disappearance
 * ("Ravi Sandhu died at the scene", "Callum Drew had been missing for nine days"; not "was giving
 * evidence at the inquest into the death of Tomasz Nowak"). (In the link key.) */
function goneAfter(lp: LocalParagraph, m: Mention): boolean {
  const upto = lp.mentions.find((x) => x.sent === m.sent && x.i0 > m.i1)?.i0 ?? lp.toks.length;
  const words: string[] = [];
  for (let k = m.i1; k < upto && lp.toks[k]!.sent === m.sent && lp.toks[k]!.lo !== 'of'; k++) words.push(lp.toks[k]!.t);
  return GONE_WORDS.test(words.join(' '));
}
/** What a paragraph's words say beyond its mentions and cues, read by the rules for quotes of
 * quotes only and "It" opening a paragraph: a death or disappearance told, a tribute paid, a document
 * spoken of (not a statement), and, per sentence, a nation named (a nationality, a country). (In the
 * link key.) */
const paragraphFacts = perParagraph((lp) => {
  const nations = new Array<boolean>(lp.sentSubject.length).fill(false);
  lp.toks.forEach((t, k, all) => {
    if (t.k !== 'w' || !t.cap) return;
    const lo = t.lo.replace(/[’']s$/, '');
    const pair = `${t.lo} ${(all[k + 1]?.lo ?? '').replace(/[’']s$/, '')}`;
    if (isDemonym(lo) || isCountry(lo) || /^(?:britain|america|uk|us)$/.test(lo) || TWO_WORD_COUNTRIES.has(pair) || TWO_WORD_DEMONYMS.has(pair)) nations[t.sent] = true;
  });
  return {
    gone: GONE_WORDS.test(lp.text),
    tribute: TRIBUTE_WORDS.test(lp.text),
    document: lp.toks.some((t) => t.k === 'w' && !t.cap && DOCUMENT_NOUNS.has(t.lo) && !/^(?:statement|release)$/.test(t.lo)),
    nations,
  };
});
/** Where a nationality of two words, or its country, is written in the paragraph ("the South African
 * Pieter de Wet", "Lindiwe Dube of South Africa"): its first token and the phrase in lower case. (In
 * the link key.) */
const demonymPhrases = perParagraph((lp): [number, string][] => {
  const out: [number, string][] = [];
  lp.toks.forEach((t, k, all) => {
    const nx = all[k + 1];
    if (t.k !== 'w' || !t.cap || nx?.k !== 'w' || nx.sent !== t.sent) return;
    const pair = `${t.lo} ${nx.lo.replace(/[’']s$/, '')}`;
    if (TWO_WORD_DEMONYMS.has(pair) || TWO_WORD_COUNTRIES.has(pair)) out.push([k, pair]);
  });
  return out;
});
/** Per quote whose cue is "it", whether nothing between "It said" and the quote may say it instead
 * (no capitalised word, no verb of saying, no "which", "who", "quoting", "citing"). (In the link key.) */
const itSaidAlone = perParagraph((lp) =>
  lp.quotes.map((q) => {
    if (q.cue.text !== 'it') return false;
    const sent = lp.toks[q.cue.at]?.sent;
    let k = q.cue.at + 2;
    while (k < lp.toks.length && lp.toks[k]!.sent === sent && lp.toks[k]!.k !== 'q') k++;
    return lp.toks[k]?.k === 'q' && !lp.toks.slice(q.cue.at + 2, k).some((t) => t.k === 'w' && (t.cap || SPEECH_VERBS.has(t.lo) || /^(?:which|who|quoting|citing)$/.test(t.lo)));
  }),
);

/** Per sentence, the document it opens with as its subject ("The report, titled ..., was released
 * Monday."): "the report", for an "It says" in the sentence after; else null. (In the link key.) */
const documentSubjects = perParagraph((lp): (string | null)[] => {
  const out = new Array<string | null>(lp.sentSubject.length).fill(null);
  const { toks } = lp;
  toks.forEach((t, k) => {
    if (t.k !== 'w' || t.lo !== 'the' || (k > 0 && toks[k - 1]!.sent === t.sent)) return;
    for (let e = k + 1; e < toks.length && e - k <= 3 && toks[e]!.k === 'w' && !toks[e]!.cap && toks[e]!.sent === t.sent; e++) {
      if (DOCUMENT_NOUNS.has(toks[e]!.lo)) {
        const n = toks[e + 1];
        // (the head noun of the subject, not "the report's author")
        if (!toks[e]!.poss && (n?.t === ',' || (n?.k === 'w' && !n.cap))) out[t.sent] = `the ${toks[e]!.lo}`;
        return;
      }
    }
  });
  return out;
});

/** A public body the paragraph brings in without a name ("an independent regulatory commission
 * found ..."): its word and token, for a later "the commission said". (In the link key.) */
const unnamedBodiesIn = perParagraph((lp): [string, number][] => {
  const { toks } = lp;
  const found: [string, number][] = [];
  toks.forEach((t, k) => {
    if (t.k !== 'w' || t.cap || !PUBLIC_BODIES.has(t.lo)) return;
    for (let a = k - 1; a >= 0 && k - a <= 4 && toks[a]!.k === 'w' && toks[a]!.sent === t.sent; a--) {
      const d = toks[a]!;
      if (d.lo === 'a' || d.lo === 'an') {
        // (not an appositive to a name: "Ofwat, a regulator that ...")
        if (toks[a - 1]?.t !== ',') found.push([t.lo, k]);
        return;
      }
      if (d.cap || d.poss || FUNCTION_WORDS.has(d.lo)) return;
    }
  });
  return found;
});

/** Where a public body's word stands in lower case ("union", "panel"), for bodyWordsIn and
 * indefiniteBodies. */
const lowerBodyWords = perParagraph((lp): number[] => {
  const out: number[] = [];
  lp.toks.forEach((t, i) => {
    if (t.k === 'w' && !t.cap && PUBLIC_BODIES.has(t.lo)) out.push(i);
  });
  return out;
});
/** Words for a public body in lower case ("the dockworkers’ union"), skipping one right before a
 * capitalised word ("the rating agency Meridian Ratings") or within five words after "Name,"
 * ("KNA, the state news agency,"): [word, token]. (In the link key.) */
const bodyWordsIn = perParagraph((lp): [string, number][] => {
  const toks = lp.toks;
  const out: [string, number][] = [];
  for (const i of lowerBodyWords(lp)) {
    const t = toks[i]!;
    if (toks[i + 1]?.k === 'w' && toks[i + 1]!.cap && toks[i + 1]!.sent === t.sent) continue;
    let b = i - 1;
    while (b >= 0 && i - b <= 5 && toks[b]!.k === 'w' && !toks[b]!.cap && toks[b]!.sent === t.sent) b--;
    if (toks[b]?.t === ',' && toks[b - 1]?.k === 'w' && toks[b - 1]!.cap) continue;
    out.push([t.lo, i]);
  }
  return out;
});
/** Each sentence's "asked him" or "asked her" ("The judge asked him whether ..."): the gender of the
 * one asked, else null. (In the link key.) */
const askedPronounIn = perParagraph((lp): Gender[] => {
  const { toks } = lp;
  const out: Gender[] = lp.sentSubject.map(() => null);
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i]!;
    const o = toks[i + 1]!;
    if (t.k === 'w' && ASKING.has(t.lo) && (o.lo === 'him' || o.lo === 'her') && o.sent === t.sent && ASKED_ABOUT.has(toks[i + 2]!.lo)) out[t.sent] = o.lo === 'him' ? 'm' : 'f';
    // ("a reporter asked whether she had faced pressure": the one asked is whom the pronoun means; not
    // "Asked whether she would stand again, she laughed", where the subject is the one asked)
    if (t.k === 'w' && ASKING.has(t.lo) && toks[i - 1]?.k === 'w' && toks[i - 1]!.sent === t.sent && !/^(?:when|after|once|being|was|were)$/.test(toks[i - 1]!.lo) && /^(?:whether|if)$/.test(o.lo) && o.sent === t.sent && /^(?:he|she)$/.test(toks[i + 2]?.lo ?? '') && toks[i + 2]!.sent === t.sent) out[t.sent] = toks[i + 2]!.lo === 'he' ? 'm' : 'f';
    // ("put it to him that no harness was found", as counsel does)
    const w = toks[i + 3];
    if (t.k === 'w' && /^puts?$/.test(t.lo) && o.lo === 'it' && toks[i + 2]!.lo === 'to' && (w?.lo === 'him' || w?.lo === 'her') && w.sent === t.sent) out[t.sent] = w.lo === 'him' ? 'm' : 'f';
  }
  return out;
});

/** "We asked her four questions": the sentence (after the first) where the paper says it put
 * questions to a "her" or "him", with that pronoun's gender, else null. (In the link key.) */
const weAskedIn = perParagraph((lp): { sent: number; gender: Gender } | null => {
  const t = lp.toks;
  // (the pronoun the one asked, a number of questions right after it: not "We asked her fans five
  // questions", "We asked her mother, Carmen, four questions")
  const k = t.findIndex((x, i) => x.sent > 0 && x.lo === 'we' && t[i + 1]?.lo === 'asked' && /^(?:her|him)$/.test(t[i + 2]?.lo ?? '') && t[i + 2]!.sent === x.sent && /^(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|some|several|few)$/.test(t[i + 3]?.lo ?? ''));
  if (k < 0 || !t.slice(k + 3, k + 7).some((x) => x.sent === t[k]!.sent && x.lo === 'questions')) return null;
  return { sent: t[k]!.sent, gender: t[k + 2]!.lo === 'him' ? 'm' : 'f' };
});
/** The paragraph's words "statement" and "release" (not after "the"), each with its sentence, the
 * mention its issuer is named by after "from", "by", "issued by" or "written by" (-1 when none is, -2 when those
 * words come with no name), and the mentions before it in its sentence set off after a comma, one of
 * whom may have issued it. (In the link key.) */
const statementsIn = perParagraph((lp): { sent: number; from: number; setOff: number[]; behalf: { gender: Gender; at: number } | null; put: boolean }[] => {
  const { toks } = lp;
  const out: { sent: number; from: number; setOff: number[]; behalf: { gender: Gender; at: number } | null; put: boolean }[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k !== 'w' || !/^(?:statement|release|letter)$/.test(t.lo) || toks[i - 1]?.lo === 'the') continue;
    let k = i + 1;
    // (or whoever wrote it: "a letter written by the synagogue’s founders", which someone else reads)
    if (/^(?:issued|written|signed)$/.test(toks[k]?.lo ?? '') && toks[k + 1]?.lo === 'by') k++;
    let from = -1;
    if (toks[k]?.lo === 'from' || toks[k]?.lo === 'by') {
      k++;
      if (toks[k]?.lo === 'the' && !toks[k]!.cap) k++;
      from = lp.mentions.findIndex((m) => m.i0 === k || m.n0 === k);
      if (from < 0 || lp.mentions[from]!.type === 'place') from = -2;
    }
    // ("read a statement on his behalf": whose words they are, by the pronoun's gender and where it is)
    let behalf: { gender: Gender; at: number } | null = null;
    if (from === -1 && toks[k]?.lo === 'on' && /^(?:his|her)$/.test(toks[k + 1]?.lo ?? '') && toks[k + 2]?.lo === 'behalf') behalf = { gender: toks[k + 1]!.lo === 'his' ? 'm' : 'f', at: k + 1 };
    // (or "on behalf of" a name: "a statement on behalf of Dominic Ashe")
    else if (from === -1 && toks[k]?.lo === 'on' && toks[k + 1]?.lo === 'behalf' && toks[k + 2]?.lo === 'of') {
      const at = toks[k + 3]?.lo === 'the' && !toks[k + 3]!.cap ? k + 4 : k + 3;
      from = lp.mentions.findIndex((m) => m.i0 === at || m.n0 === at);
      if (from < 0 || lp.mentions[from]!.type === 'place') from = -2;
    }
    // (or one whose statement it is, by a possessive before it: "Jennifer Armstrong’s victim personal
    // statement was read to the court by the prosecutor")
    if (from === -1) {
      let b = i - 1;
      while (b > i - 4 && toks[b]?.k === 'w' && !toks[b]!.cap && toks[b]!.sent === t.sent && !FUNCTION_WORDS.has(toks[b]!.lo)) b--;
      const owner = lp.mentions.findIndex((m) => m.poss && m.i1 - 1 === b && m.type !== 'place');
      if (owner >= 0) from = owner;
    }
    const setOff = lp.mentions.flatMap((m, mi) => (m.sent === t.sent && m.n0 < i && toks[m.i0 - 1]?.t === ',' ? [mi] : []));
    // (and whether the sentence reads, issues or releases it: "read a statement", "issued a brief
    // statement"; not "refused to comment on a statement from ...")
    const verbAt = (x: number) => /^(?:read|reads|issued|issues|released|releases|published|publishes|circulated|circulates)$/.test(toks[x]?.lo ?? '') && toks[x]!.sent === t.sent;
    // (past a word or two describing it: "issued a short statement", "published a long open letter")
    let dt = i - 1;
    while (dt > i - 3 && toks[dt]?.k === 'w' && !toks[dt]!.cap && toks[dt]!.sent === t.sent && !/^(?:a|an|the|its|his|her|their)$/.test(toks[dt]!.lo) && !FUNCTION_WORDS.has(toks[dt]!.lo)) dt--;
    const put = /^(?:a|an|the|its|his|her|their)$/.test(toks[dt]?.lo ?? '') && (verbAt(dt - 1) || (toks[dt - 1]?.k === 'w' && !toks[dt - 1]!.cap && verbAt(dt - 2)));
    // (a letter others signed is theirs, no one's the sentence is about: "... days after more than 100
    // actors and writers signed an open letter criticising the board"; a name right before "signed",
    // or set off before it, is its signer)
    if (from === -1 && t.lo === 'letter' && /^(?:a|an)$/.test(toks[dt]?.lo ?? '') && /^(?:signed|co-signed)$/.test(toks[dt - 1]?.lo ?? '') && toks[dt - 1]!.sent === t.sent) {
      const end = toks[dt - 2]?.t === ',' ? dt - 2 : dt - 1;
      const signer = lp.mentions.findIndex((m) => m.i1 === end && !m.poss && m.type !== 'place');
      from = signer >= 0 ? signer : -2;
    }
    out.push({ sent: t.sent, from, setOff, behalf, put });
  }
  return out;
});
/** Token ti is inside a phrase opening its sentence and set off by a comma ("Speaking at her final
 * rally in Sjövik on Friday, she said", "Asked whether Tully had trained, he said"): a participle or
 * a preposition first, the phrase's comma after ti. (In the link key.) */
function inIntroPhrase(toks: LocalParagraph['toks'], ti: number): boolean {
  const sent = toks[ti]?.sent;
  let a = ti;
  while (a > 0 && toks[a - 1]!.sent === sent) a--;
  const first = toks[a];
  if (first?.k !== 'w' || a === ti || !(INTRO_WORDS.has(first.lo) || /^[a-z]{3,}ing$/.test(first.lo) || /^(?:asked|pressed|questioned|told)$/.test(first.lo))) return false;
  for (let k = a + 1; k < ti; k++) if (toks[k]!.t === ',' || toks[k]!.k === 'q') return false;
  for (let k = ti + 1; k < toks.length && toks[k]!.sent === sent && k - ti <= 20; k++) {
    if (toks[k]!.k === 'q') return false;
    if (toks[k]!.t === ',') return true;
  }
  return false;
}
/** token ti sits in a relative clause set off by commas (", who coached Moir at school,"), or in a
 * clause about a thing that runs to the sentence's end (", which Nwankwo has overseen since 2021.").
 * (In the link key.) */
function inSetOffRelative(toks: LocalParagraph['toks'], ti: number): boolean {
  const sent = toks[ti]?.sent;
  /** a comma inside the clause between a place and what it is in ("in Ballykeel, Co Mayo,") */
  const placeComma = (k: number) => toks[k - 1]?.cap === true && toks[k - 1]!.k === 'w' && toks[k + 1]?.cap === true && toks[k + 1]!.k === 'w' && toks[k + 1]!.sent === sent;
  let a = ti - 1;
  while (a >= 0 && toks[a]!.sent === sent && (toks[a]!.t !== ',' || placeComma(a)) && toks[a]!.k !== 'q') a--;
  if (a < 1 || toks[a]!.t !== ',' || toks[a]!.sent !== sent || !/^(?:who|whose|which)$/.test(toks[a + 1]?.lo ?? '')) return false;
  let b = ti + 1;
  while (b < toks.length && toks[b]!.sent === sent && toks[b]!.t !== ',' && toks[b]!.k !== 'q') b++;
  // (a clause about a thing may run to the sentence's end: "Then Eze raised the travel budget, which
  // Nwankwo has overseen since 2021.")
  return (toks[b]?.t === ',' && toks[b]!.sent === sent) || (toks[a + 1]!.lo === 'which' && (b >= toks.length || toks[b]!.sent !== sent));
}
/** Mention mi is inside what the sentence's main subject is reported saying ("His friend Harvey
 * Lister said in a statement that Ethan had been a strong swimmer."): not a rival to the subject for
 * a pronoun after it. (In the link key.) */
function inReportedClause(lp: LocalParagraph, mi: number): boolean {
  const mm = mainBeside(lp, mi);
  const m = lp.mentions[mi]!;
  if (!mm || m.n0 <= mm.n0) return false;
  const { toks } = lp;
  for (let k = mm.i1; k < m.n0; k++) {
    const t = toks[k]!;
    if (t.k === 'q') return false;
    // (not a verb whose object is whom the words were for: "asked the chairman, Roy Ashworth,
    // where ..." may be answered by him)
    // (... unless a verb of the reported clause comes between them: "told councillors the turbines
    // would be visible from the Dunholm Abbey ruins")
    if (t.k === 'w' && !t.cap && SPEECH_VERBS.has(t.lo) && !WEAK_SPEECH.has(t.lo)) return !ADDRESSEE_VERBS.test(t.lo) || clauseVerbBetween(toks, k + 1, m.i0);
  }
  return false;
}
/** A verb of a clause of its own (an auxiliary or a modal) among tokens a..b-1. */
function clauseVerbBetween(toks: LocalParagraph['toks'], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (toks[k]!.k === 'w' && !toks[k]!.cap && AUXILIARIES.has(toks[k]!.lo)) return true;
  return false;
}
/** For each sentence, where it opens "One of" (its "One"), else -1: read in one pass over the
 * paragraph ("One of his former students ...", "One of Mr Okoro’s former colleagues ..."). (In the
 * link key.) */
const oneOfOpenings = perParagraph((lp): number[] => {
  const out = lp.sentSubject.map(() => -1);
  const t = lp.toks;
  for (let k = 0; k < t.length; k++) if ((k === 0 || t[k - 1]!.sent !== t[k]!.sent) && t[k]!.lo === 'one' && t[k + 1]?.lo === 'of') out[t[k]!.sent] = k;
  return out;
});
/** "took questions from the audience": who asked, as one of them ("audience member"), else null.
 * (In the link key.) */
const QUESTIONS_FROM = /\b(?:took|takes|taking|answered|answers|answering|fielded|fields|fielding|faced|faces|facing|invited) questions from (?:the )?(audience|floor|public|readers|viewers|listeners|fans|students|delegates|crowd)\b/i;
const ASKER_OF: Record<string, string> = { audience: 'audience member', floor: 'audience member', public: 'member of the public', crowd: 'audience member', readers: 'reader', viewers: 'viewer', listeners: 'listener', fans: 'fan', students: 'student', delegates: 'delegate' };
/** "We put readers’ questions to the council’s head of waste services, ...": the paper put its
 * readers' questions, with no journalist named as asking; the group asks. */
const PUT_GROUP_QUESTIONS = /\b(?:we|I) put (?:some )?(?:of )?(?:our )?(readers|viewers|listeners)[\u2019']? questions to\b/i;
/** The groups PUT_GROUP_QUESTIONS gives, named as written; ASKER_OF's are one of them, unnamed. */
const ASKING_GROUPS = new Set(['readers', 'viewers', 'listeners']);
/** Who a transcript's "Q:" is, from an opening that says whose the questions were: one of them
 * unnamed ("reader"), or the group as written when it asks as one ("readers"). */
function questionsFrom(lp: LocalParagraph): string | null {
  const g = PUT_GROUP_QUESTIONS.exec(lp.text);
  if (g) return g[1]!.toLowerCase();
  const m = QUESTIONS_FROM.exec(lp.text);
  // (not when the paragraph goes on to an interview: "This time she agreed to an interview with this
  // newspaper.")
  if (!m || /\b(?:interview|interviewed|sat down with|spoke to|spoke with|talked to)\b/i.test(lp.text.slice(m.index + m[0].length))) return null;
  return ASKER_OF[m[1]!.toLowerCase()]!;
}
/** A transcript turn's words, labelled ("SMITH:", "Q:", "A:"). */
function turnQuote(q: LocalQuote): boolean {
  return q.cue.cue === 'transcript' || q.cue.cue === 'answer';
}
/** Words of twenty or fewer that only run a broadcast, a briefing or a meeting ("Last question,
 * please.", "Dr Asante-Mills, thank you very much.", "We'll come back to that after the news.",
 * "Let's go to Farida."): what a transcript that quotes its turns leaves out of the marks; not
 * "Stay on the line, officers are on their way." */
function runsTheMeeting(text: string): boolean {
  return text.split(/\s+/).length <= 20 && /\b(?:thank(?:s| you)|questions?|welcome|break|after the news|come back|leave it there|next|go to|let[\u2019']s go|order|seconded|moving on|the floor|adjourn\w*|recess|in favour|the clerk|the roll|final word)\b/i.test(text);
}
/** A quote inside a sentence that is only a name in capitals, a term the story marks ("the city’s
 * brush with “Day Zero” in 2018"): no words of the speaker's own. */
function capitalisedTerm(q: LocalQuote): boolean {
  return q.kind === 'partial' && /^(?:[\p{Lu}\d][\p{L}\d'\u2019-]*\s*){1,3}$/u.test(q.raw.text.trim());
}
/** The quote's words open with a quotation mark (a turn left unmarked starts where its words do). */
function markedQuote(q: LocalQuote): boolean {
  return q.raw.openStart < q.raw.start;
}

/** A transcript turn's label opening a paragraph ("Q:", "A:", "SMITH:"). */
const TURN_OPENING = /^\s*(?:Q|A|[\p{Lu}][\p{Lu}'\u2019 .-]+(?:\s*\([^)]*\))?)\s*:/u;
/** Sentence `sent` sets off "he says" or "she said" right after its subject, mention `sj` ("Santoni,
 * she says, refused ..."): where that pronoun is, else -1. (In the link key.) */
function toldBySetOffPronoun(lp: LocalParagraph, sent: number, sj: number): number {
  const m = lp.mentions[sj];
  const t = lp.toks;
  if (!m || t[m.i1]?.t !== ',' || t[m.i1]!.sent !== sent) return -1;
  const k = m.i1 + 1;
  if (!/^(?:he|she)$/.test(t[k]?.lo ?? '') || !SPEECH_VERBS.has(t[k + 1]?.lo ?? '') || t[k + 2]?.t !== ',' || t[k + 2]!.sent !== sent) return -1;
  // (only a sentence telling what the subject did to the one telling, with no words of the subject's:
  // "refused to let her touch a saw"; not "barked the same order at her", "was calm throughout")
  const rest = t.filter((x, i) => i > k + 2 && x.sent === sent && x.k === 'w');
  const object = t[k]!.lo === 'she' ? 'her' : 'him';
  if (!rest.some((x) => x.lo === object) || rest.some((x) => (SPEECH_VERBS.has(x.lo) && !x.cap) || /^(?:saying|sayings|order|orders|words|question|questions|motto|phrase|shouting|shouted)$/.test(x.lo))) return -1;
  return k;
}
/** Sentence `sent` of `lp` ends ", she added." with its subject, mention sj, earlier in it and no
 * quote in it: what the subject did, told by the pronoun's one ("Council portfolio holder Mairead
 * Costello had not visited the refuge since taking up her post, she added."). The pronoun's index,
 * else -1. (In the link key.) */
function toldByTrailingPronoun(lp: LocalParagraph, sent: number, sj: number): number {
  const m = lp.mentions[sj];
  const t = lp.toks;
  if (!m || m.sent !== sent) return -1;
  let e = m.i1;
  while (e < t.length && t[e]!.sent === sent) e++;
  e--;
  if (t[e]?.k !== 'w') e--;
  const k = e - 1;
  if (!SPEECH_VERBS.has(t[e]?.lo ?? '') || t[e]!.cap || !/^(?:he|she)$/.test(t[k]?.lo ?? '') || t[k - 1]?.t !== ',' || k - 1 <= m.i1) return -1;
  for (let i = m.i1; i < k; i++) if (t[i]!.k === 'q') return -1;
  return k;
}
/** The cue of a cry someone heard ("heard a shout of “…”"), which names no one. */
const HEARD_CRY = /^(?:hear|hears|heard)$/;
/** The paragraph reports "a statement" or "its statement" (or a release): a later "The statement
 * added" may be its issuer's. (In the link key.) */
const ISSUED_HERE = /\b(?:a|its|their) (?:statement|release)\b|\bin (?:a|its|their)(?: joint| short| brief| written)? (?:statement|release|post)\b/i;

/** One word in capitals and a colon opening a paragraph ("BHIMNAGAR: ..."). */
const ONE_WORD_LABEL = /^\s*\p{Lu}[\p{Lu}'\u2019.-]+\s*:\s/u;
/** Sentence `sent` speaks of someone unnamed besides its subject: "him", "them", or a possessive
 * before a person noun ("her teammate", "his lawyer"). (In the link key.) */
function otherPersonWordIn(lp: LocalParagraph, sent: number, ownSubjectOk = false, gender: Gender = null): boolean {
  const toks = lp.toks;
  for (let k = 0; k < toks.length && toks[k]!.sent <= sent; k++) {
    const t = toks[k]!;
    if (t.sent !== sent || t.k !== 'w') continue;
    // (with ownSubjectOk, not the group the subject is one of: "One of them, Trevor Okafor, said")
    if (ownSubjectOk && t.lo === 'them' && toks[k - 1]?.lo === 'of' && toks[k - 2]?.lo === 'one' && (k === 2 || toks[k - 3]!.sent !== sent)) continue;
    // (not in a phrase opening the sentence: "Told of his rival’s comment, Wren was unmoved.")
    if ((t.lo === 'him' || t.lo === 'them' || t.lo === 'his' || t.lo === 'her' || t.lo === 'their') && inIntroPhrase(toks, k)) continue;
    // (with the gender of the one speaking next, not one of the other: "Her brother, Wayne Doughty,
    // said ... / “…,” he said.")
    if (gender && ((gender === 'f' && (t.lo === 'him' || t.lo === 'his')) || (gender === 'm' && t.lo === 'her'))) continue;
    if (t.lo === 'him' || t.lo === 'them') return true;
    // (with ownSubjectOk, not the sentence's own subject, named right after: "Her husband, Bill,
    // shook his head.")
    const setOff = toks[k + 2]?.t === ',' && toks[k + 3]?.k === 'w' && toks[k + 3]!.cap;
    const ownSubject = (k === 0 || toks[k - 1]!.sent !== sent) && setOff;
    // (nor "their" before a name set off: a group's or a couple's, no one "he" or "she" may mean:
    // "Their captain, Ruairí Mac Giolla, insisted ...")
    if ((t.lo === 'his' || t.lo === 'her' || t.lo === 'their') && toks[k + 1]?.k === 'w' && isPersonNoun(toks[k + 1]!.lo) && !((ownSubject && ownSubjectOk) || (setOff && t.lo === 'their'))) return true;
  }
  return false;
}
/** Sentence `sent` opens with whose the subject is, one who cannot answer: "Mr Whitcombe’s widow,
 * Mei-Ling Whitcombe, said", or "His uncle, Joseph Were, said" after a sentence telling a death.
 * (In the link key.) */
function ownerIsGone(lp: LocalParagraph, sent: number): boolean {
  const { toks } = lp;
  let k = 0;
  while (k < toks.length && toks[k]!.sent < sent) k++;
  // (past the owner: "His", "Her", or a name's possessive)
  let e = k;
  while (e < toks.length && e - k < 5 && toks[e]!.sent === sent && toks[e]!.k === 'w' && !toks[e]!.poss && !/^(?:his|her|their)$/.test(toks[e]!.lo)) e++;
  const owner = toks[e];
  const noun = toks[e + 1];
  if (!owner || owner.sent !== sent || !(owner.poss || /^(?:his|her|their)$/.test(owner.lo)) || noun?.k !== 'w' || noun.cap) return false;
  if (noun.lo === 'widow' || noun.lo === 'widower') return true;
  return sent > 0 && toks.some((t) => t.sent === sent - 1 && t.k === 'w' && /^(?:died|killed|dead|drowned)$/.test(t.lo));
}
/** Verbs of what someone called a thing ("It describes the plan as “…”"). */
const NAMING_CUES = /^(?:called|calls|described|describes|termed|terms)$/;
/** Words that set someone apart from a title's holder ("A former minister", "an assistant coach"). */
const SET_APART = /^(?:former|ex|retired|junior|deputy|assistant|senior|vice|acting|shadow|interim|outgoing|incoming|another|one)$/;
/** What a document does, as "It" opening a paragraph that goes on reporting it ("It estimates that
 * ...", "It recommends ..."). */
const DOCUMENT_VERBS = /^(?:estimates|recommends|finds|found|warns|notes|concludes|says|adds|shows|suggests|argues|states|urges|predicts|calls|describes|proposes|identifies|criticises|criticizes|highlights|sets)$/;
/** Sentence `sent` is passive and names its agent last ("Matsudaira will be replaced on an interim
 * basis by the company's chief technology officer, Rie Takabatake."): that mention, else -1. (In the
 * link key.) */
function agentNamedLast(lp: LocalParagraph, sent: number): number {
  const { toks } = lp;
  let mi = -1;
  for (let i = lp.mentions.length - 1; i >= 0; i--) if (lp.mentions[i]!.sent === sent) { mi = i; break; }
  const m = mi >= 0 ? lp.mentions[mi]! : null;
  if (!m || m.poss || m.type === 'org' || m.type === 'place') return -1;
  // (or only described after it: "flagged by Dr Emeka Obiorah-Lund, an independent image analyst who …")
  const described = toks[m.i1]?.t === ',' && /^(?:a|an)$/.test(toks[m.i1 + 1]?.lo ?? '') && toks[m.i1 + 1]!.sent === sent;
  if (toks[m.i1]?.sent === sent && toks[m.i1]!.t !== '.' && !described) return -1;
  const be = (w: string | undefined) => !!w && /^(?:be|been|being|is|was|are|were)$/.test(w);
  for (let j = m.i0 - 1; j > 1 && m.i0 - j <= 8 && toks[j]!.sent === sent; j--) {
    if (toks[j]!.lo !== 'by') continue;
    // (past a phrase of manner between: "replaced on an interim basis by")
    // (or an adverb before the participle: "were first flagged by")
    for (let v = j - 1; v > 0 && j - v <= 5 && toks[v]!.sent === sent && toks[v]!.k === 'w'; v--) {
      if (/(?:ed|en)$/.test(toks[v]!.lo) && (be(toks[v - 1]?.lo) || (/^(?:first|also|later|originally|initially|then)$/.test(toks[v - 1]?.lo ?? '') && be(toks[v - 2]?.lo)))) return mi;
    }
    return -1;
  }
  return -1;
}
/** Mention mi comes right after "According to" opening its sentence. (In the link key.) */
function accordingOpens(lp: LocalParagraph, mi: number): boolean {
  const m = lp.mentions[mi]!;
  const { toks } = lp;
  const a = m.i0 - 2;
  return a >= 0 && toks[a]!.lo === 'according' && toks[a + 1]!.lo === 'to' && toks[a]!.sent === m.sent && (a === 0 || toks[a - 1]!.sent !== m.sent);
}
/** Plain verbs of saying ("Mr Ballantyne said ..."), not a plea or a charge ("Mr Okafor denies ..."). */
const SAID = /^(?:said|says|told|tells|added|adds|explained|explains)$/;
/** After its subject, sentence `sent` speaks of someone by a person's noun ("His manager, Sean
 * Devlin, said the teenager had been “unplayable”", "called the senator “a relic”"). (In the link
 * key.) */
function personSpokenOfAfterSubject(lp: LocalParagraph, sent: number): boolean {
  const sj = lp.sentSubject[sent] ?? -1;
  if (sj < 0) return false;
  const { toks } = lp;
  for (let k = lp.mentions[sj]!.i1; k + 1 < toks.length && toks[k]!.sent === sent; k++) {
    const t = toks[k]!;
    const n = toks[k + 1]!;
    if (t.k === 'w' && t.lo === 'the' && n.k === 'w' && !n.cap && n.sent === sent && (isPersonNoun(n.lo) || ROLE_NOUNS.has(n.lo))) return true;
    // (or "her" as the object: "Her successor, Ayesha Malik, accused her of “rewriting history”")
    if (t.k === 'w' && t.lo === 'her' && (n.k !== 'w' || FUNCTION_WORDS.has(n.lo) || n.sent !== sent)) return true;
  }
  return false;
}
/** Mention mi is a possessive right before another mention ("New Zealand’s Wiremu Tane"): that
 * mention's index, else -1. (In the link key.) */
function ownerBefore(lp: LocalParagraph, mi: number): number {
  const m = lp.mentions[mi]!;
  return m.poss ? lp.mentions.findIndex((o) => o.i0 === m.i1) : -1;
}
/** Mention mi, a possessive, opens its sentence as the owner of its subject, a thing of theirs and
 * no person ("Smith's voice cracked.", "Kitching's evidence was shorter."), in a sentence with no
 * other subject: the one that sentence is about. (In the link key.) */
function ownsSubject(lp: LocalParagraph, mi: number): boolean {
  const m = lp.mentions[mi]!;
  const { toks } = lp;
  const noun = toks[m.i1];
  if (!m.poss || m.type === 'org' || m.type === 'place' || lp.sentSubjectCue[m.sent] || (m.i0 > 0 && toks[m.i0 - 1]!.sent === m.sent)) return false;
  if (noun?.k !== 'w' || noun.cap || noun.sent !== m.sent || FUNCTION_WORDS.has(noun.lo) || isPersonNoun(noun.lo) || ROLE_NOUNS.has(noun.lo) || noun.lo in KIN) return false;
  // (the noun's verb follows it: "Smith's voice cracked", "Kitching's evidence was shorter")
  const v = toks[m.i1 + 1];
  return !!v && v.k === 'w' && !v.cap && v.sent === m.sent && (AUXILIARIES.has(v.lo) || /ed$/.test(v.lo));
}
/** "the German", "the Frenchwoman", "the 23-year-old": a person called by nationality or age */
function isEpithet(head: string): boolean {
  if (/^\d+-year-old$/.test(head)) return true;
  const m = /^(\p{L}{3,}?)(?:man|woman)$/u.exec(head);
  return isDemonym(head) || (!!m && isDemonym(m[1]!));
}

/** The lower-case word after the capitalised words from token `i` on, past an appositive set off
 * by commas ("Rhodri Evans, one of the three, said"): the verb a name is the subject of, else ''.
 * (Read by the linking pass, so it is in the link key.) */
/** The mention of one word the lexicon takes for a place that opens sentence `s` the way a
 * surname does: before a verb other than "is"/"was" ("Pennington has sung"), or set off by a phrase
 * that calls them a person ("Pennington, a former coal miner,"); not "Pennington, a village of 400
 * people,", "Phoenix is where ...". Its index, else -1. (In the link key.) */
function placeOpeningAsName(lp: LocalParagraph, s: number): number {
  const pi = lp.mentions.findIndex((m) => m.sent === s && m.type === 'place' && m.tokens.length === 1 && (m.i0 === 0 || lp.toks[m.i0 - 1]!.sent !== s));
  const pm = pi >= 0 ? lp.mentions[pi]! : null;
  const nx = pm ? lp.toks[pm.i1] : undefined;
  if (!pm || !nx || nx.sent !== s) return -1;
  if (nx.t === ',') {
    for (let x = pm.i1 + 1; x < lp.toks.length && x - pm.i1 <= 6 && lp.toks[x]!.sent === s && lp.toks[x]!.t !== ','; x++) if (lp.toks[x]!.k === 'w' && !lp.toks[x]!.cap && isPersonNoun(lp.toks[x]!.lo) && !isGroupNoun(lp.toks[x]!.lo)) return pi;
    return -1;
  }
  const after = lp.toks[pm.i1 + 1];
  const verbNext = (nx.k === 'w' && !nx.cap && !/^(?:is|was|are|were|has|have)$/.test(nx.lo)) || (nx.lo === 'has' && after?.k === 'w' && /(?:ed|en|ung|ought|own)$/.test(after.lo) && after.lo !== 'been');
  return verbNext ? pi : -1;
}

function wordAfterName(lp: LocalParagraph, i: number): string {
  const k = verbAfterName(lp, i);
  const v = lp.toks[k];
  return v && v.k === 'w' && !v.cap && v.sent === lp.toks[i]?.sent ? v.lo : '';
}

/** The subject's verb of saying, mention sj's, reports them speaking of themselves ("Economy minister
 * Jelena Marković-Stanić said she had spoken to ..."), in a sentence with no quote: the pronoun's
 * gender, else null. (In the link key.) */
function saidOfSelf(lp: LocalParagraph, sj: number): Gender {
  const m = lp.mentions[sj];
  if (!m) return null;
  const v = verbAfterName(lp, m.n0);
  const h = lp.toks[v + 1]?.lo === 'that' ? v + 2 : v + 1;
  const w = lp.toks[h];
  if (!SAID.test(lp.toks[v]?.lo ?? '') || !w || w.sent !== m.sent || lp.quotes.some((x) => x.sent === m.sent)) return null;
  return w.lo === 'he' ? 'm' : w.lo === 'she' ? 'f' : null;
}
/** Sentence `sent` of `lp` speaks of "what" someone named "told her" or "used to say", with no quote
 * in it ("Wróbel-Mensah still remembers what her father, Stanisław Wróbel, told her on the day of the
 * sale."): that mention's index, else -1. A paragraph of quotes only after it gives those words.
 * (In the link key.) */
function whatToldBy(lp: LocalParagraph, sent: number): number {
  const toks = lp.toks;
  if (lp.quotes.some((q) => q.sent === sent)) return -1;
  for (let k = 0; k < toks.length; k++) {
    if (toks[k]!.sent !== sent || toks[k]!.lo !== 'what') continue;
    // (the first name after it, a few words on: "what her father, Stanisław Wróbel,")
    const mi = lp.mentions.findIndex((m) => m.sent === sent && m.i0 > k && m.i0 - k <= 6);
    if (mi < 0 || lp.mentions[mi]!.poss) continue;
    let v = verbAfterName(lp, lp.mentions[mi]!.n0);
    if (toks[v]?.t === ',') v++;
    // (past "had", "would", "used to", "once", "always": "what his mother used to say")
    while (v < toks.length && toks[v]!.sent === sent && /^(?:had|would|used|to|once|always|often)$/.test(toks[v]!.lo)) v++;
    const w = toks[v];
    if (w && w.k === 'w' && !w.cap && w.sent === sent && /^(?:told|tell|tells|said|say|says|wrote|warned)$/.test(w.lo)) return mi;
  }
  return -1;
}

/** Whom someone "addressed", when it is a room of listeners ("Campaign organiser Morag Guthrie-Bell
 * addressed the crowd from the steps."), in a sentence that does not say the words were someone
 * else's ("addressed reporters, reading a statement on behalf of the family"); not "addressed the
 * issue", "addressed parents' worries in a letter". (In the link key.) */
const ADDRESSED = new Set(['addressed', 'addresses']);
const AUDIENCES = /^(?:crowd|crowds|rally|meeting|protesters|demonstrators|marchers|supporters|audience|congregation|conference|delegates|chamber|assembly|gathering|mourners|workers|strikers|reporters|journalists|nation|students|graduates|troops|fans|court|jury|judge|committee|inquiry|hearing|tribunal|panel|house|parliament|senate|council)$/;
function addressedAudience(lp: LocalParagraph, i: number): boolean {
  const toks = lp.toks;
  const k = verbAfterName(lp, i);
  const v = toks[k];
  const sent = toks[i]?.sent;
  if (!v || v.sent !== sent || !ADDRESSED.has(v.lo)) return false;
  let h = k + 1;
  while (h < toks.length && h <= k + 4 && toks[h]!.sent === sent && toks[h]!.k === 'w' && !toks[h]!.cap && !AUDIENCES.test(toks[h]!.lo) && /^(?:the|a|an|his|her|their|its|hundreds|of|striking|gathered|assembled)$/.test(toks[h]!.lo)) h++;
  if (toks[h]?.k !== 'w' || toks[h]!.sent !== sent || !AUDIENCES.test(toks[h]!.lo)) return false;
  for (let e = h; e < toks.length && toks[e]!.sent === sent; e++) if (/^(?:behalf|statement|letter|email|message)$/.test(toks[e]!.lo)) return false;
  return true;
}

/** Where the verb after a name is (past a description or clause set off after it). */
function verbAfterName(lp: LocalParagraph, i: number): number {
  const toks = lp.toks;
  const sent = toks[i]?.sent;
  let k = i;
  while (k < toks.length && toks[k]!.k === 'w' && toks[k]!.cap && toks[k]!.sent === sent) k++;
  // (past an age set off first: "Aoife Ní Bhraonáin, 17, a student from Ballincollig ..., said")
  if (toks[k]?.t === ',' && /^\d{1,3}$/.test(toks[k + 1]?.t ?? '') && toks[k + 2]?.t === ',' && toks[k + 2]!.sent === sent && /^(?:a|an|the|his|her|their|its|one)$/.test(toks[k + 3]?.lo ?? '')) k += 2;
  if (toks[k]?.t === ',' && toks[k]!.sent === sent) {
    let c = k + 1;
    // (a clause opening "who" may run longer: "Nikos Papadimas, who found his mother dead in her flat
    // in Piraeus on the fourth day of the heatwave, said")
    const reach = toks[k + 1]?.lo === 'who' ? 25 : 10;
    // (a firm's "&" is part of its name: "Philippa Haverstock, of Crane & Lisle, said")
    while (c < toks.length && c - k <= reach && toks[c]!.sent === sent && (toks[c]!.k === 'w' || (toks[c]!.t === '&' && toks[c - 1]!.cap)) && !SPEECH_VERBS.has(toks[c]!.lo)) c++;
    if (toks[c]?.t === ',' && c > k + 1) {
      k = c + 1;
      // (past what the place at the clause's end is in: "who runs a pharmacy in Ballykeel, Co Mayo, said")
      let e = k;
      while (e < toks.length && e - k < 3 && toks[e]!.k === 'w' && toks[e]!.cap && toks[e]!.sent === sent) e++;
      if (e > k && toks[c - 1]!.cap && toks[e]?.t === ',' && toks[e]!.sent === sent) k = e + 1;
    }
    // ("A villager, Kamla Devi, said": the comma closing an appositive before the name)
    // (or a verb only a person does: "Another caller, Bernice Walsh, disagreed.")
    else if (c === k + 1 && toks[c]?.k === 'w' && !toks[c]!.cap && SPEECH_VERBS.has(toks[c]!.lo)) {
      k = c;
      // (not the one asked, in a phrase set off: "Gaspard Lemoine, asked about the cable at a news
      // conference, smiled.": the verb after it)
      // (or after a word of when: "Foy, asked afterward what Rourke would have made of it, paused.")
      if (ASKING.has(toks[c]!.lo) && (ASKED_ABOUT.has(toks[c + 1]?.lo ?? '') || /^(?:afterward|afterwards|later|earlier|then)$/.test(toks[c + 1]?.lo ?? ''))) {
        let e = c + 1;
        while (e < toks.length && e - c <= 16 && toks[e]!.sent === sent && toks[e]!.t !== ',' && toks[e]!.k !== 'q') e++;
        if (toks[e]?.t === ',' && toks[e]!.sent === sent) k = e + 1;
      }
    }
    else if (toks[k + 1]?.k === 'w' && !toks[k + 1]!.cap && HUMAN_VERBS.has(toks[k + 1]!.lo) && !AUX_HUMAN.has(toks[k + 1]!.lo)) k++;
  }
  return k;
}

/** "She spoke to Benedikt Sørlie, our correspondent, at her office", "interviewed by our reporter Anna
 * Berg": the one asking a Q and A's questions, named by the story as a journalist (a person, or two
 * words opening with a given name or set off before a description; "He spoke to Campus Weekly about
 * fees" is a paper). */
const JOURNALISTS = new Set(['correspondent', 'reporter', 'journalist', 'editor', 'writer', 'columnist', 'presenter', 'host', 'interviewer', 'critic']);
function interviewerNamed(lp: LocalParagraph, m: Mention): boolean {
  const toks = lp.toks;
  // (or the one who put the questions, opening the sentence: "Callum Ritchie-Osei asked its
  // headteacher, Lorraine Mbeki-Shaw, how the school turned itself around.")
  if (askedWhom(lp, m) >= 0) return true;
  // (the journalist may be described first, set off before the name: "She spoke to our science
  // correspondent, Tobias Lindahl.", "conducted in Geneva by Meridian Wire's diplomatic
  // correspondent, Tomasz Wierzbicki")
  const described = describedJournalistBefore(toks, m);
  // (past "our" before a journalist's title: "She spoke to our correspondent Jonah Adeyemi")
  // (only after "she" or "he": not "Presenter Kate Innes spoke to our reporter Sam Ojo", who answers)
  // (nor when the paragraph has called someone a journalist before: "Presenter Kate Innes opened the
  // programme. She spoke to our correspondent Jonah Adeyemi", who answers)
  const ours = described < 0 && /^(?:our|the|its|their)$/.test(toks[m.i0 - 1]?.lo ?? '') && m.titleWords.some((w) => JOURNALISTS.has(w)) && /^(?:she|he|they)$/.test(toks[m.i0 - 4]?.lo ?? '') && toks[m.i0 - 4]!.sent === m.sent && !toks.slice(0, m.i0 - 4).some((t) => t.k === 'w' && (JOURNALISTS.has(t.lo) || t.lo === 'presenter'));
  const at = described >= 0 ? described : ours ? m.i0 - 2 : m.i0 - 1;
  const a = toks[at];
  const b = toks[at - 1];
  if (!a || !b || a.sent !== m.sent || b.sent !== m.sent) return false;
  // ("Questions were put by the Gazette's arts editor, Sorcha Delaney.", "questions asked by Ann Lee")
  const questionsBy = questionsPutBy(toks, m, at);
  const asked =
    spokeWithAt(toks, at) ||
    (a.lo === 'by' && (b.lo === 'interviewed' || (described >= 0 && interviewBefore(toks, m.sent, at)))) ||
    questionsBy;
  if (!asked) return false;
  if (questionsBy) return m.type === 'person' || (m.type === 'unknown' && m.lower.length >= 2);
  if (described >= 0) return m.type === 'person' || (m.type === 'unknown' && m.lower.length >= 2 && isFirstName(m.lower[0]!));
  // (and only one the story says is a journalist, set off after the name or before it: "Benedikt
  // Sørlie, our South America correspondent,", "our reporter Anna Berg"; who "spoke to" whom says
  // nothing of who asked: "Tomasz Wierzbicki spoke to Marit Solbakken, the union's leader")
  let journalist = m.titleWords.some((w) => JOURNALISTS.has(w));
  if (!journalist && toks[m.i1]?.t === ',') {
    for (let k = m.i1 + 1; k < toks.length && k <= m.i1 + 6 && toks[k]!.sent === m.sent && toks[k]!.t !== ','; k++) if (JOURNALISTS.has(toks[k]!.lo)) journalist = true;
  }
  if (!journalist) return false;
  if (m.type === 'person') return true;
  const last = m.lower[m.lower.length - 1]!;
  return m.type === 'unknown' && m.lower.length >= 2 && (isFirstName(m.lower[0]!) || (toks[m.i1]?.t === ',' && !isCommonWord(last) && !isOrgWord(last)));
}

/** The last word of a paper's or a magazine's name ("Caterer Weekly", "the Dunmore Herald", "Market
 * Week"): local.ts's words and a few more. */
const paperEnd = (w: string): boolean => PAPER_NAME_WORDS.test(w) || /^(?:monthly|quarterly|week|today|daily|digest|insider|argus|advertiser|inquirer|gleaner)$/.test(w);
/** "She spoke to Caterer Weekly’s Owen Pritchard", "He talked to Owen Pritchard of the Dunmore
 * Herald": someone a paper's name goes with, whom the subject spoke to; a journalist, who put the
 * questions that follow. (In the link key.) */
function spokeToPapers(lp: LocalParagraph, m: Mention): boolean {
  const toks = lp.toks;
  if (m.lower.length < 2 || m.poss || m.type === 'org' || m.type === 'place') return false;
  const o = toks[m.i0 - 1];
  if (o?.k === 'w' && o.poss && o.cap && o.sent === m.sent && paperEnd(o.lo)) {
    let k = m.i0 - 1;
    while (k > 0 && toks[k - 1]!.k === 'w' && toks[k - 1]!.cap && !toks[k - 1]!.poss && toks[k - 1]!.sent === m.sent && m.i0 - k < 4) k--;
    return spokeWithAt(toks, k - 1);
  }
  if (toks[m.i1]?.lo !== 'of' || toks[m.i1]!.sent !== m.sent || !spokeWithAt(toks, m.i0 - 1)) return false;
  let e = m.i1 + 1;
  if (toks[e]?.lo === 'the') e++;
  const from = e;
  while (e < toks.length && e - from < 4 && toks[e]!.k === 'w' && toks[e]!.cap && toks[e]!.sent === m.sent) e++;
  return e > from && paperEnd(toks[e - 1]!.lo);
}

/** "Questions were put by (the Gazette's arts editor,) Sorcha Delaney": `at` is the "by" before
 * mention m (or before the description set off before it). */
function questionsPutBy(toks: LocalParagraph['toks'], m: Mention, at: number): boolean {
  const a = toks[at];
  const b = toks[at - 1];
  // ("Questions were put by ...": not "questions asked by Nia Rees went unanswered", nor two askers,
  // "put by Ann Lee and Tom Baird")
  const one = toks[m.i1]?.lo !== 'and' && toks[m.i1]?.t !== '&';
  return a?.lo === 'by' && a.sent === m.sent && !!b && /^(?:put|asked|posed)$/.test(b.lo) && /^(?:were|are)$/.test(toks[at - 2]?.lo ?? '') && toks[at - 3]?.lo === 'questions' && one;
}

/** "Callum Ritchie-Osei asked its headteacher, Lorraine Mbeki-Shaw, how ...": a person opening the
 * sentence who asked or interviewed someone named right after (at most a description between): that
 * one's mention index, or -1. */
/** The one a journalist set off after their job "asked" (verb at v) is `a` and no one else: named
 * right after a description, not after "of" or a question word ("asked why the leader, Kofi Mensah,
 * had", "asked the widow of Kieran Doyle,"), not one of two ("and her deputy"), and with no one else
 * named later in the paragraph and no refusal ("He declined. A shopper answered our questions."). */
function askedAlone(lp: LocalParagraph, a: Mention, v: number): boolean {
  const toks = lp.toks;
  if (toks.slice(v + 1, a.i0).some((t) => t.k === 'w' && /^(?:of|why|how|what|whether|if|who|when|where)$/.test(t.lo))) return false;
  const after = toks[a.i1];
  if (after?.t === ',' && toks[a.i1 + 1]?.lo === 'and') return false;
  if (after?.lo === 'and') return false;
  if (lp.mentions.some((x) => x !== a && x.i0 > a.i1)) return false;
  if (toks.some((t) => t.sent > a.sent && t.k === 'w' && !t.cap && (isKnownPersonNoun(t.lo) || t.lo in KIN))) return false;
  return !toks.some((t, k) => k > a.i1 && t.k === 'w' && /^(?:declined|refused|instead|answered)$/.test(t.lo));
}

/** Tokens from their sentence's start to the comma at `comma` are "our", "the" or a paper's name and
 * lower-case words ending in a journalist's job ("Our home affairs correspondent,"). */
function journalistOpening(toks: LocalParagraph['toks'], comma: number): boolean {
  let s0 = comma;
  while (s0 > 0 && toks[s0 - 1]!.sent === toks[comma]!.sent) s0--;
  const words = toks.slice(s0, comma);
  return words.length >= 2 && words.length <= 5 && /^(?:our|the|its)$/.test(words[0]!.lo) && words.slice(1).every((t) => t.k === 'w' && !t.cap) && JOURNALISTS.has(words[words.length - 1]!.lo);
}

function askedWhom(lp: LocalParagraph, m: Mention): number {
  const toks = lp.toks;
  if (m.poss || !(m.type === 'person' || (m.type === 'unknown' && m.lower.length >= 2))) return -1;
  // (or set off after the journalist's job opening the sentence: "Our home affairs correspondent,
  // Hannah Oyelowo-Rees, asked the force’s new chief constable, Folasade Idowu-Marsh, how ...")
  const job = m.i0 > 0 && toks[m.i0 - 1]!.t === ',' && toks[m.i1]?.t === ',' && journalistOpening(toks, m.i0 - 1);
  if (m.i0 > 0 && toks[m.i0 - 1]!.sent === m.sent && !job) return -1;
  const vi = job ? m.i1 + 1 : m.i1;
  const v = toks[vi];
  if (v?.k !== 'w' || v.sent !== m.sent || !/^(?:asked|interviewed|questioned)$/.test(v.lo)) return -1;
  for (let k = vi + 1; k < toks.length && k <= vi + 8 && toks[k]!.sent === m.sent; k++) {
    const mi = lp.mentions.findIndex((x) => x.i0 === k);
    if (mi >= 0 && job && !askedAlone(lp, lp.mentions[mi]!, vi)) return -1;
    if (mi >= 0) return lp.mentions[mi]!.type === 'person' || (lp.mentions[mi]!.type === 'unknown' && lp.mentions[mi]!.lower.length >= 2) ? mi : -1;
    // (a description of them first: "its headteacher,", "the club's new owner,")
    if (toks[k]!.k !== 'w' && toks[k]!.t !== ',') return -1;
    if (toks[k]!.k === 'w' && (toks[k]!.cap ? !toks[k]!.poss : SPEECH_VERBS.has(toks[k]!.lo))) return -1;
  }
  return -1;
}

/** Right before a Q and A's questions, the one who asks them though the story does not call them a
 * journalist: "She talked to Soren Makepeace about luck" ('to'), "Hallie Brennock spoke to her for
 * our weekend section" ('subject'), "presenter Carys Vaughan put listeners' questions to the leader
 * of the council, Obinna Eze" ('put'); '' when none. (In the link key.) */
function askerBeforeQuestions(lp: LocalParagraph, m: Mention): '' | 'to' | 'subject' | 'put' | 'by' {
  const toks = lp.toks;
  if (m.poss || !(m.type === 'person' || (m.type === 'unknown' && m.lower.length >= 2))) return '';
  // ("Under cross-examination by prosecutor Simon Achterberg KC, she was asked about ...": the one
  // questioning, past a role in lower case before the name)
  {
    let b = m.i0 - 1;
    while (b > 0 && m.i0 - b <= 3 && toks[b]!.k === 'w' && !toks[b]!.cap && toks[b]!.sent === m.sent && toks[b]!.lo !== 'by' && (ROLE_NOUNS.has(toks[b]!.lo) || TITLE_MODIFIERS.has(toks[b]!.lo))) b--;
    // (only a cross-examination, in the last sentence that names anyone before the questions: not "He
    // was cross-examined by Ms Lowe on Tuesday. Today the court heard from his wife, Rebecca Tanner.")
    const later = lp.mentions.some((x) => x.sent > m.sent) || lp.sentSubjectCue.some((c, si) => si > m.sent && !!c);
    if (toks[b]?.lo === 'by' && toks[b]!.sent === m.sent && /^(?:cross-examination|cross-examined)$/.test(toks[b - 1]?.lo ?? '') && !later) return 'by';
  }
  // (past the paper's name, owning them: "to Hospital Practice Weekly's Joel Marchetti"; a paper's
  // only, not "Acme's Jo Park", "Britain's Jo Park")
  let o = m.i0 - 1;
  const owned = !!toks[o]?.poss && toks[o]!.cap && toks[o]!.sent === m.sent;
  // (or a broadcaster's name that opens with its word: "to Radio Meridian's Anouk Bergström")
  const paperOwner = () => PAPER_WORDS.test(toks[o]!.lo.replace(/[\u2019']s$/, '')) || (toks[o - 1]?.k === 'w' && toks[o - 1]!.cap && toks[o - 1]!.sent === m.sent && /^(?:radio|tv|television)$/.test(toks[o - 1]!.lo));
  if (owned && !paperOwner()) return '';
  // (past an ampersand in it: "Pulp & Board Weekly's Anselm Duarte")
  if (owned) while (o > 0 && ((toks[o]!.cap && toks[o]!.k === 'w') || (toks[o]!.t === '&' && toks[o - 1]?.cap)) && toks[o]!.sent === m.sent && (o === m.i0 - 1 || !toks[o]!.poss)) o--;
  // (and "the" before the paper's name: "sat down with the Observer Weekly's Shanice Bellamy")
  if (owned && toks[o]?.lo === 'the' && toks[o]!.sent === m.sent) o--;
  // (no one the story gives another trade: "Dr Jo Park", "Firefighter Tom Reid spoke to her for an
  // hour")
  if (m.titleWords.some((w) => !JOURNALISTS.has(w) && w !== 'presenter')) return '';
  const a = toks[o];
  // (or "sat down with": the verb before "down")
  const sat = toks[o - 1]?.lo === 'down' && SITTING.test(toks[o - 2]?.lo ?? '');
  const b = sat ? toks[o - 2] : toks[o - 1];
  // (after "she" or "he", the one the story is about: not "Tomasz Wierzbicki spoke to Marit
  // Solbakken, the union's leader", where the one spoken to is the one described)
  // (or after a named subject set off with what they are: "Vaidehi Raman, a retired chief engineer
  // ..., spoke to Karthik Subramaniam about", "the committee's chairman, Delroy Whitter-Campbell, sat
  // down with the Observer Weekly's Shanice Bellamy")
  const subj = toks[(sat ? o - 2 : o - 1) - 1];
  const sj = lp.sentSubject[m.sent] ?? -1;
  const sx = sj >= 0 ? lp.mentions[sj] : undefined;
  const namedSubject = subj?.t === ',' && !!sx && sx !== m && sx.i1 <= o - 2 && !sx.poss && (sx.type === 'person' || sx.personEvidence || (sx.type === 'unknown' && sx.lower.length >= 2));
  // (and the name ending the sentence or followed by what they talked about or whose paper they are
  // from: not "He spoke to Sam Brandt, 24, his younger brother", "She spoke to Tom Reid until the
  // ambulance came")
  const after = toks[m.i1];
  // (or where: "He spoke to Priya Raghunathan in Tokyo.")
  // (or the paper's name without "the": "She spoke to Tomas Brekke of Freight Ledger about ...")
  const ofPaper = () => {
    let k = m.i1 + 1;
    while (k < toks.length && k - m.i1 <= 4 && toks[k]!.k === 'w' && toks[k]!.cap && toks[k]!.sent === m.sent) k++;
    return k > m.i1 + 1 && /^(?:news|times|post|journal|herald|tribune|gazette|weekly|magazine|ledger|courier|observer|chronicle|telegraph|radio|tv|television|fm)$/.test(toks[k - 1]!.lo) && (toks[k]?.sent !== m.sent || toks[k]!.t === '.' || toks[k]!.t === ',' || /^(?:about|for)$/.test(toks[k]!.lo));
  };
  // (or a place of their own: "spoke to the Herald’s Jonah Fairweather at their kitchen table.")
  const ownPlace = () => {
    if (!/^(?:his|her|their)$/.test(toks[m.i1 + 1]?.lo ?? '')) return false;
    let k = m.i1 + 2;
    while (k < toks.length && k - m.i1 <= 5 && toks[k]!.k === 'w' && !toks[k]!.cap && toks[k]!.sent === m.sent) k++;
    return k > m.i1 + 2 && toks[k]?.t === '.';
  };
  // (or when: "She spoke to Atlas Radio’s Kwame Mensah-Bonsu on Friday.", "last week")
  const when = !!after && /^(?:on|last|this)$/.test(after.lo) && (isDateWord(toks[m.i1 + 1]?.lo ?? '') || /^(?:week|weekend|month|year|night)$/.test(toks[m.i1 + 1]?.lo ?? '')) && toks[m.i1 + 2]?.t === '.';
  // (or how, or from where: "by satellite phone on Wednesday.", "from her studio in Bamako.", no one
  // else named before the sentence ends)
  // (or when, by what: "before her first home match.", "after the final whistle.")
  const how = () => {
    if (!/^(?:by|from|over|via|before|after|ahead|during|following)$/.test(after?.lo ?? '')) return false;
    // (when they spoke, only in an intro that names one person besides the journalist: not "Leon
    // Baptiste-Ward scored twice. His strike partner, Callum Reid, set up both. He spoke to ... after")
    if (/^(?:before|after|ahead|during|following)$/.test(after!.lo) && lp.mentions.filter((x) => x !== m && (x.type === 'person' || x.personEvidence || (x.type === 'unknown' && x.lower.length >= 2))).length > 1) return false;
    let k = m.i1 + 1;
    while (k < toks.length && k - m.i1 <= 10 && toks[k]!.sent === m.sent && toks[k]!.k === 'w' && !SPEECH_VERBS.has(toks[k]!.lo) && !lp.mentions.some((x) => x.n0 === k && x.type === 'person')) k++;
    // (and no later sentence there sets up another interview: "On Thursday he sat down with the
    // Ledger too.", "We interviewed him the next day.")
    const later = toks.some((t) => t.sent > m.sent && t.k === 'w' && (INTERVIEW_VERBS.has(t.lo) || /^(?:interviewed|sat|asked|questioned)$/.test(t.lo)));
    return k > m.i1 + 1 && toks[k]?.t === '.' && !later;
  };
  const ends = after?.t === '.' || when || how() || (after?.k === 'w' && after.sent === m.sent && (after.lo === 'about' || after.lo === 'for' || (after.lo === 'of' && ((toks[m.i1 + 1]?.lo === 'the' && toks[m.i1 + 2]?.cap === true) || ofPaper())) || (/^(?:in|at)$/.test(after.lo) && ((toks[m.i1 + 1]?.cap === true && toks[m.i1 + 2]?.t === '.') || ownPlace()))));
  // (or "He and his mother, Sunita Bhattacharjee, spoke to ...": a pronoun opening the sentence and
  // someone of theirs set off)
  const s0 = toks.findIndex((t) => t.sent === m.sent);
  const pronounAndKin = subj?.t === ',' && /^(?:she|he)$/.test(toks[s0]?.lo ?? '') && toks[s0 + 1]?.lo === 'and' && /^(?:his|her)$/.test(toks[s0 + 2]?.lo ?? '');
  // (someone new to the paragraph, in one that calls no one a journalist: not "his daughter, Mika
  // Sato, runs the Tokyo office. He spoke to Mika Sato in Tokyo.", nor "Ann Lee is our business
  // correspondent. She spoke to Acme's Jo Park", where the one who spoke asks)
  const newHere = !lp.mentions.some((x) => x !== m && x.key === m.key && x.i0 < m.i0);
  // ("They spoke to Ananya Krishnaswamy." only after two people named together, the story's pair: "The
  // twins Ravi and Rohan Deshpande-Iyer run a bookshop"; not detectives, pupils or survivors, who ask)
  const pairNamedBefore = () => toks.some((t, k) => k < m.i0 && t.sent === m.sent - 1 && t.lo === 'and' && !!toks[k - 1]?.cap && !!toks[k + 1]?.cap && (isFirstName(toks[k - 1]!.lo) || isFirstName(toks[k + 1]!.lo))) && !m.titleWords.length;
  const journalistHere = toks.some((t, k) => k < m.i0 && t.k === 'w' && !t.cap && (JOURNALISTS.has(t.lo) || t.lo === 'covers'));
  if (a?.k === 'w' && b?.k === 'w' && a.sent === m.sent && b.sent === m.sent && (a.lo === 'to' || a.lo === 'with') && (INTERVIEW_VERBS.has(b.lo) || sat) && ((/^(?:she|he)$/.test(subj?.lo ?? '') && subj!.sent === m.sent) || (subj?.lo === 'they' && subj.sent === m.sent && pairNamedBefore()) || namedSubject || pronounAndKin) && ends && newHere && !journalistHere) return 'to';
  // (or set off after a journalist's word: "Our health reporter, Ellen Marchetti, put readers’ questions to ...")
  const setOffJ = toks[m.i0 - 1]?.t === ',' && toks[m.i0 - 2]?.k === 'w' && (JOURNALISTS.has(toks[m.i0 - 2]!.lo) || toks[m.i0 - 2]!.lo === 'presenter') && toks[m.i1]?.t === ',' && toks[m.i1]!.sent === m.sent;
  const vi = setOffJ ? m.i1 + 1 : m.i1;
  const v = toks[vi];
  // (opening the sentence, after a journalist's word, or owned by a paper: "The Fraser Valley Ledger's
  // Moira Flaherty spoke with her")
  if (m.i0 > 0 && toks[m.i0 - 1]!.sent === m.sent && !setOffJ && !(toks[m.i0 - 1]!.k === 'w' && (JOURNALISTS.has(toks[m.i0 - 1]!.lo) || toks[m.i0 - 1]!.lo === 'presenter' || (toks[m.i0 - 1]!.poss && toks[m.i0 - 1]!.cap)))) return '';
  // (or "spoke to her" after the name set off: "Our science correspondent, Lukas Brandt, spoke to her
  // at the Qalat Observatory.")
  const spokeToThem = v?.k === 'w' && v.sent === m.sent && INTERVIEW_VERBS.has(v.lo) && /^(?:to|with)$/.test(toks[vi + 1]?.lo ?? '') && /^(?:her|him|them)$/.test(toks[vi + 2]?.lo ?? '');
  if (setOffJ && v?.lo !== 'put' && !spokeToThem) return '';
  if (spokeToThem) return 'subject';
  if (v?.k === 'w' && v.sent === m.sent && v.lo === 'put') {
    for (let k = m.i1 + 1; k < toks.length && k <= m.i1 + 5 && toks[k]!.sent === m.sent; k++) if (toks[k]!.lo === 'questions' && toks[k + 1]?.lo === 'to') return 'put';
  }
  return '';
}

/** The last word of a paper's or a broadcaster's name ("the Harrow Valley Post's"). */
const PAPER_WORDS = /^(?:news|times|post|journal|herald|tribune|gazette|weekly|monthly|quarterly|echo|chronicle|mirror|express|telegraph|ledger|courier|observer|review|magazine|radio|tv|television|bulletin|dispatch|inquirer|record|press|wire|fm|today)$/;
/** "to our science correspondent, Tobias Lindahl": where the preposition before a description
 * ending in a journalist's word and set off before the name is, or -1. */
/** Sentence `sent` opens "Asked by" someone named ("Asked by the coroner, Tobias Mensah-Holt, whether
 * he had ..., he said:"): that mention's index, else -1. The one who asked is not the one answering.
 * (In the link key.) */
function askedByOpening(lp: LocalParagraph, sent: number): number {
  const toks = lp.toks;
  const a = toks.findIndex((t) => t.sent === sent);
  if (a < 0 || toks[a]!.lo !== 'asked' || toks[a + 1]?.lo !== 'by' || toks[a + 1]!.sent !== sent) return -1;
  return lp.mentions.findIndex((m) => m.sent === sent && m.i0 > a + 1 && m.i0 <= a + 8 && !m.poss && !toks.slice(a + 2, m.i0).some((t) => /^(?:whether|if|about|what|why|how|when|to)$/.test(t.lo)));
}
/** The story calls the one named a journalist, with the word set off right before the name or after
 * it, or as a title ("Our legal affairs correspondent, Priyanka Holm,", "Priyanka Holm, our
 * correspondent,", "reporter Sam Ojo"). (In the link key.) */
function journalistMention(lp: LocalParagraph, m: Mention): boolean {
  const toks = lp.toks;
  // (a writer is the one interviewed as often as the one asking: "The Ghanaian-British writer Kwabena
  // Asante-Darko’s second novel")
  if (m.titleWords.some((w) => JOURNALISTS.has(w) && w !== 'writer')) return true;
  if (toks[m.i0 - 1]?.t === ',' && toks[m.i0 - 2]?.k === 'w' && toks[m.i0 - 2]!.sent === m.sent && JOURNALISTS.has(toks[m.i0 - 2]!.lo)) return true;
  // (a description set off after the name, "Priyanka Holm, our legal affairs correspondent,"; not
  // the rest of the sentence, "Semi Tavola-Reid, spoke to our Pacific editor")
  if (toks[m.i1]?.t !== ',' || !/^(?:our|the|a|an|its|their|his|her)$/.test(toks[m.i1 + 1]?.lo ?? '')) return false;
  for (let k = m.i1 + 2; k < toks.length && k <= m.i1 + 6 && toks[k]!.sent === m.sent && toks[k]!.k === 'w'; k++) if (JOURNALISTS.has(toks[k]!.lo) && toks[k]!.lo !== 'writer') return true;
  return false;
}
function describedJournalistBefore(toks: LocalParagraph['toks'], m: Mention): number {
  const head = toks[m.i0 - 2];
  if (toks[m.i0 - 1]?.t !== ',' || head?.k !== 'w' || head.sent !== m.sent || !JOURNALISTS.has(head.lo)) return -1;
  for (let k = m.i0 - 3; k >= 0 && k >= m.i0 - 8 && toks[k]!.sent === m.sent && toks[k]!.k === 'w'; k--) {
    if (toks[k]!.lo === 'to' || toks[k]!.lo === 'with' || toks[k]!.lo === 'by') return k;
    // (someone's own staff is no interviewer: "The director spoke to her film editor, Marcus
    // Lindqvist, every day")
    if (/^(?:his|her|their|its|my)$/.test(toks[k]!.lo)) return -1;
  }
  return -1;
}

/** Sentence `s` has a verb of saying of its subject's own, not a weak one, nor only the clause that
 * keeps someone unnamed ("who asked not to be named") or a passive ("is mentioned"). (In the link key.) */
function reportsSpeech(lp: LocalParagraph, s: number): boolean {
  return lp.toks.some((t, i) => t.sent === s && t.k === 'w' && !t.cap && SPEECH_VERBS.has(t.lo) && !WEAK_SPEECH.has(t.lo) && !/^(?:not|to|that)$/.test(lp.toks[i + 1]?.lo ?? '') && !AUXILIARIES.has(lp.toks[i - 1]?.lo ?? ''));
}
/** A name (no place's) starts right after the quote at token `qt` ("“Pole pole!” Kamau calls after
 * him."). (In the link key.) */
function nameRightAfter(lp: LocalParagraph, qt: number): boolean {
  return lp.mentions.some((m) => m.i0 === qt + 1 && m.type !== 'place');
}

/** How a Q and A's intro names the journalist who asks, at mention `m`: 'credit' for a credit line
 * opening its sentence ("Interview by Clara Montfort."), 'to' for the one a subject spoke to,
 * described as a paper's journalist ("She spoke in Nairobi to Meridian Wire’s Africa correspondent,
 * Tobias Grünwald"), 'subject' for a paper's journalist who met, interviewed, asked or put questions
 * to someone ("Fiona Gallacher, our arts correspondent, met the conductor ...", "Fernside Courier
 * reporter Tom Ashdown put readers’ questions to ..."); '' otherwise — a journalist who answers
 * ("Our wine columnist, Henri Delacourt, answers readers’ questions", "spoke to us"), a former one,
 * or one with no paper's word ("Veteran presenter Kate Innes"). (In the link key.) */
/** A newsroom's beats, whose word before a journalist's title makes them the paper's ("Education
 * reporter", "political correspondent"); not "veteran", "former", "award-winning". */
const NEWS_BEATS = new Set('education political politics health science crime sport sports business arts environment environmental economics economic foreign diplomatic legal courts court transport technology tech music film culture city local industry finance medical defence defense security'.split(' '));
function journalistRole(lp: LocalParagraph, m: Mention, mi: number): '' | 'credit' | 'to' | 'subject' {
  const toks = lp.toks;
  const inSent = (k: number) => !!toks[k] && toks[k]!.sent === m.sent;
  if (toks[m.i0 - 1]?.lo === 'by' && inSent(m.i0 - 1) && inSent(m.i0 - 2) && /^(?:interview|interviews|questions)$/.test(toks[m.i0 - 2]!.lo) && !inSent(m.i0 - 3)) return 'credit';
  /** "our", an owner or a capitalised word (not the sentence's first) among tokens [a, b) */
  const paper = (a: number, b: number) => {
    for (let k = Math.max(0, a); k < b; k++) {
      const t = toks[k]!;
      if (t.sent !== m.sent || t.k !== 'w') continue;
      if (t.lo === 'our' || t.poss || (t.cap && k > 0 && toks[k - 1]!.sent === m.sent && !JOURNALISTS.has(t.lo))) return true;
    }
    return false;
  };
  // where the journalist's description starts (the mention itself, or the description set off before it)
  let from = -1;
  let until = m.i1;
  if (m.titleWords.some((w) => JOURNALISTS.has(w))) {
    const title = toks.findIndex((t, k) => k >= m.i0 - 1 && k < m.n0 && JOURNALISTS.has(t.lo));
    // (or a beat's word right before the title says it is a paper's: "Education reporter Pieter
    // Olivier asked her")
    if (title >= 0 && (paper(title - 3, title) || (inSent(title - 1) && NEWS_BEATS.has(toks[title - 1]!.lo)))) from = Math.max(0, title - 3);
  }
  const head = toks[m.i0 - 2];
  if (from < 0 && toks[m.i0 - 1]?.t === ',' && head?.k === 'w' && head.sent === m.sent && JOURNALISTS.has(head.lo) && paper(m.i0 - 6, m.i0 - 2)) {
    from = m.i0 - 2;
    while (from > 0 && inSent(from - 1) && toks[from - 1]!.k === 'w' && !/^(?:to|with|by)$/.test(toks[from - 1]!.lo) && m.i0 - from < 7) from--;
  }
  if (from < 0 && toks[m.i1]?.t === ',') {
    for (let k = m.i1 + 1; k < toks.length && k <= m.i1 + 5 && inSent(k) && toks[k]!.t !== ','; k++) {
      if (JOURNALISTS.has(toks[k]!.lo) && paper(m.i1 + 1, k)) {
        from = m.i0;
        until = k + 1;
      }
    }
  }
  // (or one "of our" desk: "spoke to Chloé Vasseur of our sports desk"; not "of our parish", "of our
  // board of trustees", "of our staff union branch")
  if (from < 0 && toks[m.i1]?.lo === 'of' && toks[m.i1 + 1]?.lo === 'our' && inSent(m.i1 + 1)) {
    let k = m.i1 + 2;
    while (k < m.i1 + 6 && inSent(k) && toks[k]!.k === 'w' && !NEWS_UNITS.has(toks[k]!.lo)) k++;
    const after = toks[k + 1];
    if (inSent(k) && NEWS_UNITS.has(toks[k]!.lo) && !(after && after.sent === m.sent && after.k === 'w' && !after.cap && !FUNCTION_WORDS.has(after.lo) && !INTERVIEW_VERBS.has(after.lo))) from = m.i0;
  }
  if (from < 0) return '';
  // (never a former one: "Our former editor, Tom Blakeney, ...")
  for (let k = Math.max(0, from - 1); k < until; k++) if (/^(?:former|ex|retired|late)$/.test(toks[k]!.lo)) return '';
  // the one someone spoke to: "to" or "with" right before the description, after "spoke", "talked"
  // or "sat down", a few words back
  // (or "by" after questions put or asked: "answered readers’ questions, put to him by our science
  // reporter, Priya Venkataraman")
  const before = toks[Math.min(from, m.i0) - 1];
  if (before && inSent(Math.min(from, m.i0) - 1) && /^(?:to|with|by)$/.test(before.lo) && lp.sentSubject[m.sent] !== mi) {
    for (let k = Math.min(from, m.i0) - 2; k >= 0 && inSent(k) && Math.min(from, m.i0) - k <= 5; k--) {
      if (before.lo === 'by' ? /^(?:put|asked|posed|interviewed|questioned)$/.test(toks[k]!.lo) : INTERVIEW_VERBS.has(toks[k]!.lo) || (toks[k]!.lo === 'down' && SITTING.test(toks[k - 1]?.lo ?? ''))) return 'to';
    }
    return '';
  }
  // the sentence's subject who met, interviewed, asked or put questions to someone
  if (lp.sentSubject[m.sent] !== mi) return '';
  const v = pastSetOff(toks, m);
  return inSent(v) && ASKING_VERBS.test(toks[v]!.lo) ? 'subject' : '';
}
/** The token after mention `m`, past one phrase set off by commas after it ("Fiona Gallacher, our
 * arts correspondent, met"). */
function pastSetOff(toks: LocalParagraph['toks'], m: Mention): number {
  let v = m.i1;
  // (the comma after a name set off itself closes it: "the Evening Courier’s political editor, Gareth
  // Lomax, sat down with")
  if (toks[v]?.t === ',' && toks[m.i0 - 1]?.t === ',' && toks[m.i0 - 1]!.sent === m.sent) return v + 1;
  if (toks[v]?.t === ',') {
    v++;
    while (v < toks.length && toks[v]!.sent === m.sent && toks[v]!.t !== ',') v++;
    v++;
  }
  return v;
}
const ASKING_VERBS = /^(?:met|meets|interviewed|interviews|asked|asks|put|puts|sat|sits)$/;
/** Words for what someone else said or sent, or for hearing it ("described the minister’s claim",
 * "the call he received from ..."). */
const OTHERS_WORDS = new Set(['claim', 'claims', 'remarks', 'remark', 'words', 'message', 'messages', 'call', 'calls', 'shout', 'email', 'letter', 'note', 'sign', 'signs', 'warning', 'order', 'orders', 'comment', 'comments', 'response', 'reply', 'statement', 'question', 'answer', 'speech', 'received', 'told', 'said', 'being']);
/** A newsroom's own units, after "of our" ("Chloé Vasseur of our sports desk"). */
const NEWS_UNITS = new Set(['desk', 'newsdesk', 'newsroom', 'bureau', 'staff', 'programme', 'program', 'show', 'paper', 'magazine', 'website', 'podcast', 'station', 'channel', 'correspondents', 'reporters']);
/** The journalist's verb (as journalistsSubject reads it) has "her" or "him" right after it: that
 * pronoun's gender, else null. (In the link key, with journalistRole.) */
function pronounAfterVerb(lp: LocalParagraph, m: Mention): Gender {
  const v = pastSetOff(lp.toks, m);
  const o = lp.toks[v + 1];
  // (not "her" owning the noun after it: "asked her sister", "asked her lawyer about the appeal")
  const after = lp.toks[v + 2];
  if (o?.lo === 'her' && after?.k === 'w' && after.sent === m.sent && !after.cap && !FUNCTION_WORDS.has(after.lo)) return null;
  return o?.sent === m.sent && o.k === 'w' ? (o.lo === 'her' ? 'f' : o.lo === 'him' ? 'm' : null) : null;
}
/** The one a journalist who is a sentence's subject met, interviewed or put questions to: the first
 * name after the verb, past "the", a role and "readers’ questions to" ("met the conductor Sebastian
 * Oyelaran-Marsh", "put readers’ questions to Nadia Okafor-Lund"), not an owner ("to Dara Whitcombe’s
 * successor") nor one of two ("to Dara Whitcombe and her deputy"): its mention index, or -1. */
function journalistsSubject(lp: LocalParagraph, m: Mention): number {
  const toks = lp.toks;
  let v = pastSetOff(toks, m);
  // (questions are put to someone: the name after "to", not "put the questions from Nadia Kerr to
  // the chief constable")
  if (/^puts?$/.test(toks[v]?.lo ?? '')) {
    const to = toks.findIndex((t, k) => k > v && k <= v + 5 && t.sent === m.sent && t.lo === 'to');
    if (to < 0 || toks.slice(v + 1, to).some((t) => t.cap)) return -1;
    v = to;
  }
  for (let k = v + 1; k < toks.length && k <= v + 6 && toks[k]!.sent === m.sent; k++) {
    const xi = lp.mentions.findIndex((x) => x.i0 <= k && k < x.i1);
    if (xi >= 0) {
      const x = lp.mentions[xi]!;
      const next = toks[x.i1];
      // (not one the person asked is someone's relative or role of: "asked the widow of Kieran
      // Doyle-Rourke, Siobhan Doyle-Rourke,")
      return x.poss || toks[x.i0 - 1]?.lo === 'of' || (next?.sent === m.sent && (next.lo === 'and' || next.t === '&')) ? -1 : xi;
    }
    const t = toks[k]!;
    if (t.k !== 'w' || t.cap) return -1;
  }
  return -1;
}

/** "It said in a statement ...", "It says it has always been ...", "... defend itself": "it" (at
 * token `at`) answering, as a body does, not a document going on. (In the link key.) */
function itAnswers(lp: LocalParagraph, at: number): boolean {
  const toks = lp.toks;
  const sent = toks[at]?.sent;
  const after = toks[at + 2]?.lo === 'that' ? toks[at + 3] : toks[at + 2];
  // (or calls the document or its verdict something: "It called the findings “unfair”", "It described
  // the ban as “absurd”")
  const object = /^(?:the|this|its)$/.test(toks[at + 2]?.lo ?? '') ? toks[at + 3] : undefined;
  if (NAMING_CUES.test(toks[at + 1]?.lo ?? '') && object?.k === 'w' && object.sent === sent && (DOCUMENT_NOUNS.has(object.lo) || VERDICT_WORDS.has(object.lo))) return true;
  return /^(?:it|its|in)$/.test(after?.lo ?? '') || toks.some((t) => t.sent === sent && /^(?:itself|statement)$/.test(t.lo));
}
/** What a document finds or a body decides, which the one it is about answers ("It called the ban
 * “absurd”"). */
const VERDICT_WORDS = new Set(['findings', 'ban', 'fine', 'decision', 'ruling', 'rating', 'verdict', 'penalty', 'sanction', 'sanctions', 'criticism', 'criticisms', 'claims', 'allegations', 'conclusions', 'recommendations']);

/** A body's word with a modifier before it, a body of its own ("the foreign ministry", not "the
 * ministry"). (In the link key.) */
function modifiedBodyWord(toks: LocalParagraph['toks'], i: number): boolean {
  const b = toks[i - 1];
  // (or the people it is of: "the musicians’ union", "the nurses’ federation")
  return b?.k === 'w' && !b.cap && !DETERMINERS.has(b.lo) && (!b.poss || /s$/.test(b.lo));
}

/** "an interview with Soraya Benali": the one interviewed. (In the link key.) */
function afterInterviewWith(lp: LocalParagraph, m: Mention): boolean {
  const toks = lp.toks;
  return toks[m.i0 - 1]?.lo === 'with' && /^(?:interview|conversation)$/.test(toks[m.i0 - 2]?.lo ?? '') && toks[m.i0 - 2]!.sent === m.sent;
}

/** A sentence subject opening its sentence, or after a comma ("In January, she spoke to ..."), not
 * inside a phrase ("The family of Sam Odu spoke to ..."). (In the link key.) */
/** "The Evening Ledger sat down with Tomasz Wierzbicki", "The Post spoke to Ana Ruiz": the mention
 * a paper, as a sentence's subject, interviewed (its index), else -1. (In the link key.) */
function paperSpokeTo(lp: LocalParagraph): number {
  const toks = lp.toks;
  for (let s = 0; s < lp.sentSubject.length; s++) {
    // (a paper's name the local pass read as a body's opens the sentence, "Packaging Today Weekly sat
    // down with", and is no named subject there)
    const s0 = toks.findIndex((t) => t.sent === s);
    const opening = lp.sentSubject[s] === -1 ? lp.mentions.findIndex((m) => m.sent === s && m.type === 'org' && (m.i0 === s0 || (m.i0 === s0 + 1 && toks[s0]!.lo === 'the'))) : -1;
    const sx = lp.mentions[lp.sentSubject[s] !== -1 ? lp.sentSubject[s]! : opening];
    if (!sx || sx.type === 'person' || !PAPER_WORDS.test(sx.lower[sx.lower.length - 1]!) || isFirstName(sx.lower[0]!)) continue;
    const v = toks[sx.i1];
    const sat = SITTING.test(v?.lo ?? '') && toks[sx.i1 + 1]?.lo === 'down';
    const prep = toks[sx.i1 + (sat ? 2 : 1)];
    if (!(sat || INTERVIEW_VERBS.has(v?.lo ?? '')) || !/^(?:to|with)$/.test(prep?.lo ?? '')) continue;
    const mi = lp.mentions.findIndex((m) => m.i0 === sx.i1 + (sat ? 3 : 2) && m.sent === s && !m.poss);
    const m = lp.mentions[mi];
    if (m && (m.type === 'person' || (m.type === 'unknown' && m.lower.length >= 2))) return mi;
  }
  return -1;
}

/** A name at token `first` comes after "the" and a role in lower case, which open the sentence
 * or follow a comma ("After taking seven wickets, the leg-spinner Haris Qureshi"; not "The family of
 * Sam Odu", not "her agent Greta Lind"). (In the link key.) */
function roleOpens(lp: LocalParagraph, first: number): boolean {
  const toks = lp.toks;
  let k = first - 1;
  let words = 0;
  // (no verb among them: not "the agent representing Haris Qureshi", "the surgeon treating Amira")
  while (k >= 0 && toks[k]!.sent === toks[first]?.sent && toks[k]!.k === 'w' && !toks[k]!.cap && !FUNCTION_WORDS.has(toks[k]!.lo) && words < 3) {
    if (/ing$/.test(toks[k]!.lo)) return false;
    k--;
    words++;
  }
  if (!words || toks[k]?.lo !== 'the' || toks[k]!.sent !== toks[first]?.sent) return false;
  const before = toks[k - 1];
  return !before || before.sent !== toks[k]!.sent || (before.t === ',' && !ownedAppositiveBefore(toks, k - 1));
}

function subjectOpens(lp: LocalParagraph, c: LocalCue): boolean {
  const toks = lp.toks;
  const first = c.ref === 'name' ? (lp.mentions[c.mention]?.i0 ?? c.at) : c.at;
  const before = toks[first - 1];
  return !before || before.sent !== toks[first]?.sent || (before.t === ',' && !(c.ref === 'name' && ownedAppositiveBefore(toks, first - 1)));
}

/** The comma at `comma` closes a noun phrase after "of", "for", "to" or "with" and "the", so the name
 * after it is that phrase's, not the sentence's subject ("Neighbours of the victim, Shabnam Akhtar,",
 * "The family of the missing hiker, Freya Lundqvist,"; not "Ahead of Sunday’s vote, he"). */
function ownedAppositiveBefore(toks: LocalParagraph['toks'], comma: number): boolean {
  // (the phrase opening the sentence, short, with no clause of its own: not "As crews enter the peak
  // of the fire season, she spoke to ...")
  let s0 = comma;
  while (s0 > 0 && toks[s0 - 1]!.sent === toks[comma]!.sent) s0--;
  if (comma - s0 > 8 || toks.slice(s0, comma).some((t) => t.k !== 'w' || INTRO_WORDS.has(t.lo) || /^(?:as|when|while|after|before|since|because|if|although|though|once|until)$/.test(t.lo))) return false;
  for (let k = comma - 1; k >= 1 && k >= comma - 6 && toks[k]!.sent === toks[comma]!.sent && toks[k]!.k === 'w'; k--) {
    if (!/^(?:of|for|to|with|from|by)$/.test(toks[k]!.lo)) continue;
    const noun = toks[k - 1]!;
    return toks[k + 1]?.lo === 'the' && noun.sent === toks[k]!.sent && noun.k === 'w' && !INTRO_WORDS.has(noun.lo) && !/^(?:ahead|outside|inside|out|because|regardless|instead|front|top|end|part)$/.test(noun.lo);
  }
  return false;
}

/** An interview held by the one after "by" at `at`: "conducted in Geneva on Monday by ...",
 * "interviewed at her home by ..." (not "In an interview, she said her novel had been savaged by
 * the Herald critic, ..."). */
function interviewBefore(toks: LocalParagraph['toks'], sent: number, at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 6 && toks[k]!.sent === sent && toks[k]!.k === 'w'; k--) if (/^(?:interviewed|conducted)$/.test(toks[k]!.lo)) return true;
  return false;
}

/** After the verb of saying that follows mention `m` in sentence `sent`, a word for a person other
 * than the subject: a person noun the lexicon knows or a relative ("said his son had been told he
 * would start"; not "she", which is mostly the subject: "Joan Fife said she heard shouting"; not a
 * noun by its ending alone, which a word being typed passes through). */
function personWordReported(lp: LocalParagraph, sent: number, m: Mention): boolean {
  const toks = lp.toks;
  let k = m.i1;
  while (k < toks.length && toks[k]!.sent === sent && !(toks[k]!.k === 'w' && !toks[k]!.cap && SPEECH_VERBS.has(toks[k]!.lo))) k++;
  for (k++; k < toks.length && toks[k]!.sent === sent; k++) {
    const t = toks[k]!;
    if (t.k !== 'w' || t.cap) continue;
    // (not someone brought in as anyone, "she had let a man into her kitchen": no one quoted yet)
    if (/^(?:a|an)$/.test(toks[k - 1]?.lo ?? '') || (/^(?:a|an)$/.test(toks[k - 2]?.lo ?? '') && toks[k - 1]!.k === 'w' && !toks[k - 1]!.cap)) continue;
    if (t.lo in KIN || (isKnownPersonNoun(t.lo) && !isGroupNoun(t.lo))) return true;
  }
  return false;
}

/** Public bodies' words brought in with "a" or "an" ("a cross-party committee", "an independent
 * arbitration panel"): each word and where it is. (In the link key.) */
const indefiniteBodies = perParagraph((lp): [string, number][] => {
  const toks = lp.toks;
  const out: [string, number][] = [];
  for (const k of lowerBodyWords(lp)) {
    const t = toks[k]!;
    for (let d = k - 1; d >= 0 && k - d <= 4 && toks[d]!.k === 'w' && toks[d]!.sent === t.sent; d--) {
      if (toks[d]!.lo === 'a' || toks[d]!.lo === 'an') {
        out.push([t.lo, k]);
        break;
      }
    }
  }
  return out;
});

/** A paragraph that is only a short question in the story's own words ("Why bikes?", "How many have
 * you given away?"), as a Q and A without labels puts them. (In the link key.) */
function bareQuestion(lp: LocalParagraph): boolean {
  return !lp.quotes.length && /\?\s*$/.test(lp.text) && lp.toks.length <= 30 && lp.sentSubject.length === 1;
}
/** A question about someone else ("How does she do it?"). */
const THIRD_PERSON_WORDS = /\b(?:he|she|him|his|her|they|them|their)\b/i;
/** The words for a kind of body in a paragraph in lower case ("its board", "another housing
 * charity"), in order. (In the link key.) */
function orgWordsIn(lp: LocalParagraph): string {
  let out = '';
  for (const t of lp.toks) if (t.k === 'w' && !t.cap && (ORG_ANAPHORS.has(t.lo) || PUBLIC_BODIES.has(t.lo) || NAMED_KINDS.has(t.lo))) out += `${t.lo} `;
  return out;
}
/** The person nouns of a paragraph in lower case ("woman", "victim"), in order. (In the link key.) */
function personNounsIn(lp: LocalParagraph): string {
  let out = '';
  for (const t of lp.toks) if (t.k === 'w' && !t.cap && isPersonNoun(t.lo)) out += `${t.lo} `;
  return out;
}
/** The paragraph is one yes-or-no question the writer asks ("Does Nwosu-Brandt think the work is
 * better than before?"). (In the link key.) */
function writersQuestion(lp: LocalParagraph): boolean {
  return /\?\s*$/.test(lp.text) && /^(?:does|do|did|is|was|has|will|would|can|could)$/.test(lp.toks[0]?.lo ?? '');
}

/** "Okoro put it to him that ...": mention m's verb is "put" with "it to" after it, putting a point
 * to someone. (In the link key.) */
function puttingIt(lp: LocalParagraph, m: Mention): boolean {
  let k = m.i1;
  while (k < lp.toks.length && lp.toks[k]!.sent === m.sent && lp.toks[k]!.lo !== 'put') k++;
  return lp.toks[k]?.lo === 'put' && lp.toks[k + 1]?.lo === 'it' && lp.toks[k + 2]?.lo === 'to' && lp.toks[k + 2]!.sent === m.sent;
}
/** Verbs of standing by or brushing aside something, which papers follow with the words that do it. */
const STANCE_VERBS = new Set(['defended', 'defends', 'dismissed', 'dismisses', 'rejected', 'rejects', 'disputed', 'disputes']);
/** "The study's co-author, Dr. Ion Vasile, was more cautious.": a short sentence of the person named
 * (mention mi), a verb of being and one to three words after the name, as papers introduce someone's
 * words; read for a pronoun opening the next paragraph. (In the link key.) */
function speechLead(lp: LocalParagraph, mi: number): boolean {
  const m = lp.mentions[mi];
  if (!m) return false;
  const toks = lp.toks;
  // (past the comma closing a description set off before the name, and a clause set off after it:
  // "Another rider, Kamil Nowak, who had driven in from Stretton, was angrier.")
  let k = toks[m.i1]?.t === ',' && toks[m.i0 - 1]?.t === ',' ? m.i1 + 1 : m.i1;
  if (toks[k]?.lo === 'who' && toks[k - 1]?.t === ',') {
    while (k < toks.length && toks[k]!.sent === m.sent && toks[k]!.t !== ',' && toks[k]!.k !== 'q') k++;
    if (toks[k]?.t === ',') k++;
  }
  // (or stood by or brushed aside something, as papers introduce someone's answer: "Dr Ayesha Siddiqui
  // defended the package.")
  if (toks[k]?.k !== 'w' || toks[k]!.sent !== m.sent || !(LEAD_VERBS.has(toks[k]!.lo) || STANCE_VERBS.has(toks[k]!.lo))) return false;
  let n = 0;
  for (k++; k < toks.length && toks[k]!.sent === m.sent && toks[k]!.k === 'w'; k++) {
    if (toks[k]!.cap) return false;
    n++;
  }
  return n >= 1 && n <= 3 && (k >= toks.length || toks[k]!.sent !== m.sent || toks[k]!.t === '.');
}

/** "Whitcombe, who scored 31 points, was asked about the incident an hour later.": the person named
 * (mention mi) is the one "was asked" something, whose answer the next paragraph may quote. (Read from
 * the paragraph's own words, in the link key.) */
function askedLead(lp: LocalParagraph, mi: number): boolean {
  const m = lp.mentions[mi];
  if (!m) return false;
  const toks = lp.toks;
  let k = verbAfterName(lp, m.n0);
  // (past a "who" clause set off, numbers and all)
  if (toks[k]?.t === ',' && toks[k + 1]?.lo === 'who') {
    let c = k + 2;
    while (c < toks.length && c - k <= 25 && toks[c]!.sent === m.sent && toks[c]!.t !== ',' && toks[c]!.k !== 'q') c++;
    if (toks[c]?.t === ',') k = c + 1;
  }
  return toks[k]?.lo === 'was' && toks[k]!.sent === m.sent && toks[k + 1]?.lo === 'asked' && toks[k + 1]!.sent === m.sent;
}

/** "Rourke reserved special praise for Wielgosz": the person named (mention mi) gave someone praise,
 * by a verb and the noun ("reserved", "saved", "heaped", "had" ... "praise"; "was full of praise"),
 * as papers introduce the words of praise that follow. The token of "praise", else -1. (Read from the
 * paragraph's own words, in the link key.) */
function praiseLead(lp: LocalParagraph, mi: number): number {
  const m = lp.mentions[mi];
  if (!m) return -1;
  const toks = lp.toks;
  const k = verbAfterName(lp, m.n0);
  if (toks[k]?.sent !== m.sent || !/^(?:reserved|saved|heaped|had|was|were|is)$/.test(toks[k]!.lo)) return -1;
  for (let e = k + 1; e <= k + 3 && e < toks.length && toks[e]!.sent === m.sent && toks[e]!.k === 'w' && !toks[e]!.cap; e++) {
    if (toks[e]!.lo === 'praise') return /^(?:for|on)$/.test(toks[e + 1]?.lo ?? '') ? e : -1;
    if (!/^(?:special|particular|high|warm|glowing|fulsome|lavish|some|full|of|his|her|their|the)$/.test(toks[e]!.lo)) return -1;
  }
  return -1;
}

/** A common word of one token, opening its sentence, that goes with the words after it rather than
 * naming anyone: before a word that is no verb ("Retired postmistress", "First across"), or set off
 * before a name ("Meanwhile, Reixa was ..."). (Read from what the link key has: the words around
 * the mention.) */
function openingWord(lp: LocalParagraph, m: Mention): boolean {
  if (m.type !== 'unknown' || m.tokens.length !== 1 || m.personEvidence || m.gender || m.poss) return false;
  if (measureOpening(lp, m)) return true;
  const w = m.lower[0]!;
  if (!isCommonWord(w) || isFirstName(w)) return false;
  const before = lp.toks[m.i0 - 1];
  if (before && before.sent === m.sent && before.k === 'w') return false;
  const next = lp.toks[m.i1];
  if (next?.k === 'w' && next.sent === m.sent && !next.cap) return !isVerbish(next.lo) && !AUXILIARIES.has(next.lo);
  const after = lp.toks[m.i1 + 1];
  return next?.t === ',' && after?.k === 'w' && after.sent === m.sent && after.cap;
}

/** One word opening its sentence as a measure of something, a share: "Turnout was 31 per cent.",
 * "Inflation rose to 3.2%." (no one, whatever the lexicon knows of the word). */
function measureOpening(lp: LocalParagraph, m: Mention): boolean {
  const t = lp.toks;
  if (m.i0 > 0 && t[m.i0 - 1]!.sent === m.sent) return false;
  let k = m.i1;
  if (!/^(?:was|is|were|are|rose|fell|stood|reached|hit|climbed|dropped)$/.test(t[k]?.lo ?? '') || t[k]!.sent !== m.sent) return false;
  k++;
  if (/^(?:at|to|by|just|only|about|around|nearly|almost)$/.test(t[k]?.lo ?? '')) k++;
  if (!/^\d[\d.,]*%?$/.test(t[k]?.t ?? '')) return false;
  return /%$/.test(t[k]!.t) || t[k + 1]?.t === '%' || /^(?:per|percent)$/.test(t[k + 1]?.lo ?? '');
}

export interface LinkOptions {
  /** the model that decides, from each choice's evidence, whether a speaker the rules are sure of is
   * named (default: the committed one; null: the rules alone) */
  model?: ConfidenceModel | null;
  /** the model that marks, from each choice's evidence, a speaker the rules named on evidence that
   * has often misled them, for the desk to check (the speaker is kept; default: the committed one;
   * null: none) */
  check?: ConfidenceModel | null;
  /** each quote with a speaker (named or suggested) and its evidence, as the rules left it (for
   * training the model) */
  onEvidence?: (quote: DetectedQuote, evidence: QuoteEvidence) => void;
}

export function link(locals: LocalParagraph[], options: LinkOptions = {}): AttributionResult {
  const model = options.model === undefined ? CONFIDENCE_MODEL : options.model;
  const checkModel = options.check === undefined ? SPEAKER_CHECK : options.check;
  const members: Member[] = [];
  /** members whose gender only the story's pronouns suggested (selfGendered): an honorific overrules it */
  const inferredGender = new Set<Member>();
  /** the first paragraph with any text */
  const firstWithText = locals.findIndex((lp) => NON_SPACE.test(lp.text));
  const byLast = new Map<string, Member[]>();
  const byFirst = new Map<string, Member[]>();
  const byFull = new Map<string, Member>();
  /** three-word names by their middle word ("Rodrigo Salazar Peña" under "salazar") */
  const byMiddle = new Map<string, Member[]>();
  const usedIds = new Set<string>();

  // empty paragraphs are transparent: distances are counted in non-empty paragraphs
  const eff: number[] = [];
  {
    let n = 0;
    for (const lp of locals) { eff.push(n); if (NON_SPACE.test(lp.text)) n++; }
  }
  const pos = (p: number, t: number) => p * 100000 + t;

  const byPrefix = new Map<string, Member[]>();
  const byDescription = new Map<string, Member>();
  const index = (m: Member) => {
    const last = m.lower[m.lower.length - 1]!;
    const pre = last.slice(0, 4);
    (byPrefix.get(pre) ?? byPrefix.set(pre, []).get(pre)!).push(m);
    (byLast.get(last) ?? byLast.set(last, []).get(last)!).push(m);
    if (m.lower.length >= 2) {
      const f = m.lower[0]!;
      (byFirst.get(f) ?? byFirst.set(f, []).get(f)!).push(m);
    }
    byFull.set(m.lower.join(' '), m);
    if (m.lower.length === 3) (byMiddle.get(m.lower[1]!) ?? byMiddle.set(m.lower[1]!, []).get(m.lower[1]!)!).push(m);
  };
  const unindex = (m: Member) => {
    if (m.lower.length === 3) {
      const mid = byMiddle.get(m.lower[1]!);
      if (mid) byMiddle.set(m.lower[1]!, mid.filter((x) => x !== m));
    }
    const last = m.lower[m.lower.length - 1]!;
    const pre = byPrefix.get(last.slice(0, 4));
    if (pre) byPrefix.set(last.slice(0, 4), pre.filter((x) => x !== m));
    const a = byLast.get(last);
    if (a) byLast.set(last, a.filter((x) => x !== m));
    if (m.lower.length >= 2) {
      const f = byFirst.get(m.lower[0]!);
      if (f) byFirst.set(m.lower[0]!, f.filter((x) => x !== m));
    }
    if (byFull.get(m.lower.join(' ')) === m) byFull.delete(m.lower.join(' '));
  };

  const newId = (name: string, kind: string) => {
    const base = (kind === 'organization' ? 'org-' : 'person-') + slug(name);
    let id = base;
    let n = 2;
    while (usedIds.has(id)) id = `${base}-${n++}`;
    usedIds.add(id);
    return id;
  };

  const create = (m: Mention | null, name: string, tokens: string[], kind: 'person' | 'organization', at: number, described = false): Member => {
    const mem: Member = {
      idx: members.length, id: newId(name, kind), name, tokens, lower: m && tokens === m.tokens ? m.lower : tokens.map(lc), title: m?.title ?? null,
      affiliation: m?.affiliation ?? null, firstRef: m?.firstRef ?? name, refs: new Set(), variants: new Set(), kind,
      personEvidence: !!m?.personEvidence, speaker: false, gender: m?.gender ?? null, lastSeen: at, firstSeen: at, roleWords: new Set(), weak: false, suggested: false, described,
    };
    if (m) addRoleWords(mem, m);
    members.push(mem);
    // described speakers are found by their description only, never by a name token
    if (described) byDescription.set(name.toLowerCase(), mem);
    else index(mem);
    return mem;
  };

  const addRoleWords = (mem: Member, m: Mention) => {
    m.titleWords.forEach((w, k) => {
      mem.roleWords.add(w);
      // ("singer-songwriter Aoife Ní Bhraonáin ... / The singer added:": each part of a hyphened role,
      // when it is the role's head; not "Landlord-tenant lawyer Maria Okafor", a lawyer)
      if (w.includes('-') && k === m.titleWords.length - 1) for (const part of w.split('-')) if (isKnownPersonNoun(part)) mem.roleWords.add(part);
    });
  };

  type Match = { mem: Member; variant: boolean; ambiguous: boolean };
  // The most recently seen member wins (the first of equals, in index order). Written as loops:
  // this runs for every mention of every paragraph.
  // (a mention's own gender, from an honorific or a first name, rules out a member of the other:
  // "Mr Lowther" is not Mary Lowther)
  const find = (tokens: string[], lowered?: string[], gender: Gender = null): Match | null => {
    const low = lowered ?? tokens.map(lc);
    // (a gender the story's pronouns suggested yields to an honorific: "Morgan Tull was 19 when he was
    // jailed ... / Ms Tull, now 42," is one woman)
    const other = (m: Member) => !!gender && !!m.gender && m.kind === 'person' && m.gender !== gender && !inferredGender.has(m);
    const last = low[low.length - 1]!;
    const first = low[0]!;
    let best: Member | null = null;
    let n = 0;
    if (low.length >= 2) {
      const exact = byFull.get(low.join(' '));
      if (exact) return { mem: exact, variant: false, ambiguous: false };
      for (const m of byLast.get(last) ?? NO_MEMBERS) {
        if (other(m)) continue;
        // (a surname with its particle, "Ó Briain", is Seán Ó Briain's)
        // (and so is a double surname, "Ruiz Saldaña", Alejandro Ruiz Saldaña's)
        const tail = m.lower.length > low.length && low.every((w, k) => m.lower[m.lower.length - low.length + k] === w);
        if (!(m.lower.length === 1 || m.lower[0] === first || (m.lower[0]![0] === first[0] && (m.lower[0]!.length <= 2 || first.length <= 2)) || (SURNAME_PARTICLES.has(first) && tail) || (tail && m.kind === 'person' && !isFirstName(first)))) continue;
        n++;
        if (!best || m.lastSeen > best.lastSeen) best = m;
      }
      if (best) return { mem: best, variant: false, ambiguous: n > 1 };
      for (const m of byFirst.get(first) ?? NO_MEMBERS) if (similarSurname(m.lower[m.lower.length - 1]!, last) && (!best || m.lastSeen > best.lastSeen)) best = m;
      if (best) return { mem: best, variant: true, ambiguous: false };
      // ("her daughter, Renata, ... / Renata Marchetti, now 39, runs the ovens"): the one person named
      // before by this first name alone
      for (const m of byLast.get(first) ?? NO_MEMBERS) {
        if (m.lower.length !== 1 || m.kind !== 'person' || m.described || other(m) || !(m.personEvidence || isFirstName(first))) continue;
        n++;
        best = m;
      }
      if (best && n === 1) return { mem: best, variant: false, ambiguous: false };
      best = null;
      // single-token member matching the surname approximately
      for (const m of byPrefix.get(last.slice(0, 4)) ?? NO_MEMBERS) if (m.lower.length === 1 && similarSurname(m.lower[0]!, last)) return { mem: m, variant: true, ambiguous: false };
      return null;
    }
    // members whose last name this is (byLast holds each member once, under its current last
    // token), else persons whose first name it is
    for (const m of byLast.get(last) ?? NO_MEMBERS) {
      if (other(m)) continue;
      n++;
      if (!best || m.lastSeen > best.lastSeen) best = m;
    }
    // ("Ms Vossberg says" in a story of Ingrid Vossberg and the Bäckerei Vossberg: with an honorific,
    // the one person of that name who has a given name)
    if (n > 1 && gender) {
      const people = (byLast.get(last) ?? NO_MEMBERS).filter((m) => !other(m) && m.kind === 'person' && !m.described && m.lower.length >= 2 && isFirstName(m.lower[0]!));
      if (people.length === 1) return { mem: people[0]!, variant: false, ambiguous: false };
    }
    if (!best) {
      for (const m of byFirst.get(last) ?? NO_MEMBERS) {
        if (m.kind !== 'person') continue;
        n++;
        if (!best || m.lastSeen > best.lastSeen) best = m;
      }
    }
    // ("Rodrigo Salazar Peña ... / Salazar said": the first of two surnames, as Spanish and
    // Portuguese names are called)
    if (!best) {
      for (const m of byMiddle.get(last) ?? NO_MEMBERS) {
        if (m.kind !== 'person' || m.described || !isFirstName(m.lower[0]!) || isFirstName(last)) continue;
        n++;
        if (!best || m.lastSeen > best.lastSeen) best = m;
      }
    }
    if (best) return { mem: best, variant: false, ambiguous: n > 1 };
    for (const m of byPrefix.get(last.slice(0, 4)) ?? NO_MEMBERS) {
      const ml = m.lower[m.lower.length - 1]!;
      if (similarSurname(ml, last)) return { mem: m, variant: true, ambiguous: false };
    }
    return null;
  };

  /** the person named in full before whom the one word of mention x names by their surname, else null */
  const personBySurname = (x: Mention): Member | null => {
    const h = find(x.tokens, x.lower);
    return h && !h.variant && !h.ambiguous && h.mem.kind === 'person' && !h.mem.described && surnameIs(h.mem, x.lower[0]!) ? h.mem : null;
  };

  const attach = (mem: Member, m: Mention, variant: boolean, at: number) => {
    const surface = m.name;
    if (variant) mem.variants.add(m.tokens.length >= 2 || mem.tokens.length === 1 ? m.tokens[m.tokens.length - 1]! : surface);
    if (surface !== mem.name) mem.refs.add(surface);
    mem.lastSeen = at;
    if (m.personEvidence) mem.personEvidence = true;
    if (m.gender && inferredGender.has(mem)) {
      mem.gender = m.gender;
      inferredGender.delete(mem);
    }
    if (!mem.gender && m.gender) mem.gender = m.gender;
    addRoleWords(mem, m);
    // upgrade a bare surname to the full name when it first appears
    if (!variant && m.tokens.length > mem.tokens.length && m.tokens.length >= 2 && mem.tokens.length === 1) {
      unindex(mem);
      mem.refs.add(mem.name);
      mem.refs.delete(m.name);
      mem.name = m.name;
      mem.tokens = m.tokens;
      mem.lower = m.lower;
      mem.firstRef = m.firstRef;
      mem.title = mem.title ?? m.title;
      mem.affiliation = mem.affiliation ?? m.affiliation;
      index(mem);
    } else if (!mem.title && m.title && mem.refs.size === 0) {
      mem.title = m.title;
    }
  };

  // ---- pass 0: which mentions are named at a speech cue
  const speakerMention = locals.map(speakerMentionsOf);

  /** members named by a capitalised word inside a sentence (after a word, not at its start) */
  const midSentence = new Set<Member>();
  /** members named at least once not right after a place preposition */
  const freeMention = new Set<Member>();
  /** members named at least once other than right after "in", "at", "outside" and the like, which
   * name a place ("around" and "on" may name a person: "built around Zezé") */
  const notPlaceOnly = new Set<Member>();
  /** members named at least once other than the way a place is (`placeLikeMention`: after "in" and
   * the like, before the common noun it names, after "Residents of") */
  const notPlaceLike = new Set<Member>();
  /** members the story first named the way a place is ("Residents of Ashworth", "south of Bramwell"),
   * one word that nothing showed to be anyone's: a place doing something after ("Ashworth charges
   * £12 a year for a plot.") is no one speaking (all of it in the link key) */
  const firstPlaceLike = new Set<Member>();
  /** members named after "the village of", "residents of" and the like (`placeOfMention`; in the link key) */
  const placeOfPeople = new Set<Member>();
  /** members the story calls a journalist (`journalistMention`; in the link key) */
  const journalistsNamed = new Set<Member>();
  const seenMembers = new Set<Member>();
  /** members named at least once not right after "the", or as a sentence's subject doing something,
   * or with a first name or a word like "Lagos-born" (a name the story only ever gives as "the Regal
   * Cinema", "the Lindqvist Prize" is a thing's; "The Aga Khan opened ..." is someone's; all of it in
   * the link key) */
  const bareMention = new Set<Member>();
  /** members named at least once with an honorific ("Mr Shaw"): their gender is the story's word */
  const honoured = new Set<Member>();
  // A place in capitals and a colon opening the story ("BHIMNAGAR: With temperatures touching ..."),
  // with no other turn in it, is the dateline of an Indian or Pakistani paper, not a speaker's turn
  let datelineTurn = -1;
  {
    const first = locals.findIndex((lp) => NON_SPACE.test(lp.text));
    const turns = locals.filter((lp) => lp.quotes.some((q) => q.cue.cue === 'transcript' || q.cue.cue === 'answer'));
    if (first >= 0 && turns.length === 1 && turns[0] === locals[first] && ONE_WORD_LABEL.test(locals[first]!.text)) datelineTurn = first;
  }

  // ---- pass 1: cast
  /** the names of two words or more in the story by their initials (built at the first capitals
   * looked up: most stories have none), each with where it was named */
  let byInitials: Map<string, { o: Mention; at: number; given?: boolean }[]> | null = null;
  const initialsIndex = () => {
    if (byInitials) return byInitials;
    byInitials = new Map();
    locals.forEach((lp, q) => {
      for (const o of lp.mentions) {
        if (o.tokens.length < 2 || o.type === 'place') continue;
        const initials = initialsOf(o);
        if (initials.length < 2 || initials.length > 6) continue;
        const list = byInitials!.get(initials) ?? [];
        list.push({ o, at: pos(q, o.n0) });
        byInitials!.set(initials, list);
      }
      // (and a person's, given in brackets after the name: "Marisol Quintana-Reid (MQR)")
      for (const [mi, caps] of initialsGiven(lp)) {
        const o = lp.mentions[mi]!;
        const list = byInitials!.get(caps) ?? [];
        list.push({ o, at: pos(q, o.n0), given: true });
        byInitials!.set(caps, list);
      }
    });
    return byInitials;
  };
  /** "the EPB said" after "the Environmental Protection Board (EPB) said": the organisation named in
   * full before whose initials the capitals spell (the words of the name, "of", "and" and "for" left
   * out), the one such, a member made for it if it has none; else undefined */
  /** The labels of the run of transcript turns paragraph `para` is in, when every label is two or
   * three capitals that are the initials of a different person named in the paragraph before the run,
   * at least two labels, one of them a journalist's there ("She spoke to our science correspondent,
   * Zaid Khoury ... / ZK: ... / OM: ..."); else none. */
  const initialsInterviews = new Map<number, Set<string>>();
  const initialsInterview = (para: number): Set<string> => {
    let q = para;
    while (q > 0 && (!NON_SPACE.test(locals[q - 1]!.text) || locals[q - 1]!.quotes[0]?.cue.cue === 'transcript' || locals[q - 1]!.quotes[0]?.cue.cue === 'answer')) q--;
    // (worked out once for each run of turns, where its first turn is)
    const known = initialsInterviews.get(q);
    if (known) return known;
    const labels = initialsInRun(q);
    initialsInterviews.set(q, labels);
    return labels;
  };
  const initialsInRun = (q: number): Set<string> => {
    const intro = q - 1 >= 0 ? locals[q - 1]! : null;
    if (!intro) return new Set();
    const labels = new Set<string>();
    for (let k = q; k < locals.length; k++) {
      const l = locals[k]!;
      if (!NON_SPACE.test(l.text)) continue;
      const m0 = l.mentions[0];
      if (!m0 || m0.i0 !== 0 || l.toks[m0.i1]?.t !== ':') break;
      const raw = l.toks[m0.n0]?.t ?? '';
      if (!/^\p{Lu}{2,3}$/u.test(raw) || m0.tokens.length !== 1) return new Set();
      labels.add(raw);
    }
    if (labels.size < 2) return new Set();
    const people = intro.mentions.filter((x) => x.type === 'person' || (x.personEvidence && x.tokens.length >= 2));
    let journalist = false;
    for (const label of labels) {
      const who = people.filter((x) => initialsOf(x) === label);
      if (new Set(who.map((x) => x.key)).size !== 1) return new Set();
      const x = who[0]!;
      if (describedJournalistBefore(intro.toks, x) >= 0 || x.titleWords.some((w) => JOURNALISTS.has(w.toLowerCase())) || JOURNALISTS.has(intro.toks[x.i0 - 1]?.lo ?? '')) journalist = true;
    }
    return journalist ? labels : new Set();
  };
  const expansionOf = (m: Mention, para: number): Member | undefined => {
    if (m.tokens.length !== 1 || !/^\p{Lu}{2,6}$/u.test(m.tokens[0]!)) return undefined;
    const at = pos(para, m.n0);
    let found: { o: Mention; at: number; given?: boolean } | null = null;
    for (const e of initialsIndex().get(m.tokens[0]!) ?? []) {
      if (e.at >= at) break;
      if (found && found.o.key !== e.o.key) return undefined;
      found ??= e;
    }
    if (!found) return undefined;
    const known = byFull.get(found.o.key);
    // (a person only by initials the story gave: "MQR:" after "Marisol Quintana-Reid (MQR)"; or
    // those of a transcript's turn, opening its paragraph before a colon: "ZK:" after "She spoke to our
    // science correspondent, Zaid Khoury")
    // (only in an interview of two named in the paragraph before the turns, one of them a journalist,
    // every turn labelled by initials: not "PM:" after "Paul Mercer of the Northern Courier asked",
    // "CC:" for the Chief Constable after "Carl Cox, the press officer")
    const turn = m.i0 === 0 && locals[para]!.toks[m.i1]?.t === ':' && initialsInterview(para).has(m.tokens[0]!);
    if (known && (found.given || turn) && known.kind === 'person' && !known.described) return known;
    if (known) return known.kind === 'organization' && !known.described ? known : undefined;
    const mem = create(found.o, found.o.name, found.o.tokens, 'organization', found.at);
    // (found under its capitals from now on too)
    byFull.set(m.key, mem);
    return mem;
  };
  const mentionMember: (Member | null)[][] = [];
  const mentionAmbiguous: boolean[][] = [];
  /** the age the story gave someone ("Curtis Hayes, 94,") */
  const ages = new Map<Member, number>();
  /** who a surname alone has meant so far ("says Montoya, 52," before her mother is named) */
  const calledBySurname = new Map<string, Member>();
  /** the keys of names the story gave a body, where it kept no member for them (not a subject) */
  const bodyNamed = new Set<string>();
  locals.forEach((lp, p) => {
    const mm: (Member | null)[] = [];
    const ma: boolean[] = [];
    lp.mentions.forEach((m, mi) => {
      const at = pos(p, m.n0);
      let mem: Member | null = null;
      let amb = false;
      // (the dateline read as a turn's label is no one)
      if (p === datelineTurn && m.i0 === 0 && lp.quotes[0]?.cue.mention === mi) {
        mm.push(null);
        ma.push(false);
        return;
      }
      const isSpeaker = speakerMention[p]!.has(mi);
      // (an organisation that is a sentence subject is kept too, not in the cast but for a later "it
      // said": "Tandem Bank cut jobs. "...," it said.")
      // (unless one word of it is the surname of someone named before: "Dimaculangan-Tan insisted it
      // would not.")
      // (nor a place's one word at a speech cue that is someone's surname: "“…,” says Albuquerque.")
      if ((m.type === 'place' && !(isSpeaker && m.tokens.length === 1 && !!personBySurname(m))) || (m.type === 'org' && !isSpeaker && !m.subj && !(m.tokens.length === 1 && !m.poss && !!personBySurname(m)))) {
        if (m.type === 'org') bodyNamed.add(m.key);
        mm.push(null);
        ma.push(false);
        return;
      }
      if (m.maybe) {
        const h = find(m.tokens, m.lower, m.gender);
        // (one that may only be a given name is that of someone named in full with it first: not
        // "Power still goes off" in a story of Ed Power, nor "Sugar now accounts for ..." of Lord Sugar)
        const given = (x: Member) => x.lower.length >= 2 && x.lower[0] === m.lower[0];
        if (!h || h.variant || h.mem.kind !== 'person' || h.mem.described || (m.maybe === 'given' && !given(h.mem))) { mm.push(null); ma.push(false); return; }
        // (named mid-sentence before and now a subject: a person, whatever else the word means)
        h.mem.weak = false;
      }
      // (a word in capitals the story has not read as a body may stand for one it named: a
      // transcript's "GAW:" after "She spoke to Global Affairs Weekly")
      // (not someone's surname: "Grace Ho ... / HO: “…”" is Grace Ho, not the Home Office)
      const capsOnly = m.type !== 'org' && m.tokens.length === 1 && /^\p{Lu}{2,6}$/u.test(lp.toks[m.n0]?.t ?? '') && !find(m.tokens, m.lower, m.gender) ? expansionOf({ ...m, tokens: [lp.toks[m.n0]!.t] }, p) : undefined;
      const orgHit = m.type === 'org' ? (byFull.get(m.key) ?? expansionOf(m, p)) : capsOnly;
      let hit: Match | null = m.type === 'org' || capsOnly ? (orgHit ? { mem: orgHit, variant: false, ambiguous: false } : null) : find(m.tokens, m.lower, m.gender);
      // (a full name set off after a relative's word is that relative, never a misspelling of someone
      // named before: "Marangos's widow, Eleni Marangou," as Greek surnames change with gender)
      if (hit?.variant && m.tokens.length >= 2 && kinBefore(lp, m)) hit = null;
      // "the elder Hayes said" in a story of a grandfather and his grandson: the one older by the
      // ages the story gave, or the one it did not call a son, daughter or grandchild
      const seniority = hit?.ambiguous ? seniorityBefore(lp, m) : '';
      /** the people named before with this one-word mention as their surname */
      const familyOf = () => members.filter((x) => x.kind === 'person' && !x.described && x.firstSeen < at && surnameIs(x, m.lower[0]!));
      if (seniority) {
        const family = familyOf();
        const aged = family.every((x) => ages.has(x)) ? [...family].sort((a, b) => ages.get(b)! - ages.get(a)!) : [];
        const young = (x: Member) => [...x.roleWords].some((w) => YOUNGER_KIN.has(w));
        const byKin = family.filter((x) => (seniority === 'elder') !== young(x));
        const pick = aged.length >= 2 && ages.get(aged[0]!) !== ages.get(aged[aged.length - 1]!) ? (seniority === 'elder' ? aged[0]! : aged[aged.length - 1]!) : byKin.length === 1 && family.length === 2 ? byKin[0]! : null;
        if (pick) hit = { mem: pick, variant: true, ambiguous: false };
      } else if (hit?.ambiguous && m.tokens.length === 1 && m.type !== 'org') {
        // "Montoya says" in a story of Graciela Montoya, called "Montoya" before "her mother, Rosa
        // Montoya" came in: a surname alone stays the one the story already called by it, when the
        // others of that name came in as someone's relatives (called by a first name, as newsrooms do)
        const family = familyOf();
        const notKin = family.filter((x) => ![...x.roleWords].some((w) => w in KIN));
        // (or not yet called by it, when the one not a relative came in a paragraph before the
        // relatives: "Sandeep Malhotra became the oldest winner ... / His son, Arjun Malhotra, ... /
        // Malhotra collects $540,000." is Sandeep - unless the story up to them told a death, a
        // disappearance or a jailing, a "he" or "she" of the other gender follows, or the paragraph
        // just before is about a relative and quotes no one: "His father, Neil Lockhart, 49, suffered
        // a cardiac arrest ... / “…,” Lockhart said.")
        const paraOf = (x: Member) => Math.floor(x.firstSeen / 100000);
        /** a gender the story gave them, else their given name's */
        const givenGender = (x: Member) => x.gender ?? nameGender(x.lower[0]!);
        const firstUse = (x: Member) => {
          if (calledBySurname.has(m.lower[0]!) || honorificIn(lp, m) || !family.every((y) => y === x || paraOf(y) > paraOf(x))) return false;
          if (locals.slice(0, paraOf(x) + 1).some((l) => ABSENT_WORDS.test(l.text))) return false;
          const g = givenGender(x);
          const pr = pronounAfterName(lp, m);
          if (g && pr && pr !== g) return false;
          let q = p - 1;
          while (q >= 0 && !NON_SPACE.test(locals[q]!.text)) q--;
          return !(q >= 0 && !locals[q]!.quotes.length && locals[q]!.mentions.some((y, yi) => y.subj && mentionMember[q]![yi] !== x && family.includes(mentionMember[q]![yi]!)));
        };
        // "Mrs Lowther" in a story of John and Mary Lowther: the one of that name of the honorific's
        // gender, when the others are plainly of the other
        const ofHonorific = m.gender && honorificIn(lp, m) ? family.filter((x) => (givenGender(x) ?? m.gender) === m.gender) : [];
        if (family.length >= 2 && notKin.length === 1 && (calledBySurname.get(m.lower[0]!) === notKin[0] || firstUse(notKin[0]!))) hit = { mem: notKin[0]!, variant: true, ambiguous: false };
        else if (family.length >= 2 && ofHonorific.length === 1) hit = { mem: ofHonorific[0]!, variant: true, ambiguous: false };
        // "Mrs Ferreira" in a story of Lucia Ferreira, 16, and her mother Ana Ferreira: with an
        // honorific, the one of that name and gender the story did not give a child's age
        // (only "Mrs" and "Mr", which no one calls a child: "Miss Ferreira", "Ms Hall" may be the teenager)
        else if (m.gender && honorificIn(lp, m) && lp.toks.slice(Math.max(0, Math.min(m.i0, m.n0) - 1), m.n0).some((t) => /^mrs?\.?$/.test(t.lo))) {
          const grown = family.filter((x) => (!x.gender || x.gender === m.gender) && !((ages.get(x) ?? 99) < 18));
          if (grown.length === 1 && family.some((x) => (ages.get(x) ?? 99) < 18)) hit = { mem: grown[0]!, variant: true, ambiguous: false };
        }
        // ("Treloar says she is not giving up" in a story of Morwenna and Jory Treloar: the pronoun
        // right after the surname's own verb of saying says which of them)
        else {
          const v = lp.toks[m.i1];
          const pr = lp.toks[m.i1 + 1];
          const g = pr?.lo === 'she' ? 'f' : pr?.lo === 'he' ? 'm' : null;
          // (a gender the story gave by a name, a pronoun or a relative's word: "Her husband, Jory Treloar")
          const genderOf = (x: Member) => x.gender ?? [...x.roleWords].map((w) => KIN[w] ?? ROLE_GENDER[w] ?? null).find((k) => !!k) ?? null;
          // (or the one left when the others are of the other gender: "landlady Morwenna Treloar")
          const fits = g && v?.k === 'w' && !v.cap && SPEECH_VERBS.has(v.lo) && v.sent === m.sent && pr!.sent === m.sent ? family.filter((x) => genderOf(x) === g || !genderOf(x)) : [];
          // (only when the quote after it speaks in the first person and never of "her" or "him": in
          // "Treloar says she was happy at school. “She had lots of friends.”" the pronoun is the
          // missing girl her father speaks of)
          const next = lp.quotes.find((x) => lp.toks[x.qtok]!.sent >= m.sent)?.raw.text ?? '';
          const spokenOf = g === 'f' ? /\b(?:she|her|hers|herself)\b/i : /\b(?:he|him|his|himself)\b/i;
          if (fits.length === 1 && /\b(?:I|my|me|we|our)\b/.test(next) && !spokenOf.test(next) && family.length >= 2 && family.every((x) => x === fits[0] || (!!genderOf(x) && genderOf(x) !== g))) hit = { mem: fits[0]!, variant: true, ambiguous: false };
        }
      }
      // (who a surname alone has meant so far)
      if (hit && !hit.ambiguous && m.tokens.length === 1 && hit.mem.kind === 'person' && hit.mem.lower.length >= 2) calledBySurname.set(m.lower[0]!, hit.mem);
      // a surname that is also a company name ("Ford"): a person already in the cast wins
      if (!hit && m.type === 'org' && m.tokens.length === 1) {
        const h = find(m.tokens, m.lower);
        if (h && h.mem.kind === 'person' && !h.variant) hit = h;
      }
      // ("Birchwood said" after "Restaurant chain Birchwood Grill": the one organisation whose name
      // opens with that word)
      let orgByFirst: Member | null = null;
      if (!hit && m.type === 'unknown' && m.tokens.length === 1) {
        const orgs = (byFirst.get(m.lower[0]!) ?? NO_MEMBERS).filter((x) => x.kind === 'organization' && !x.described);
        if (orgs.length === 1) orgByFirst = orgs[0]!;
      }
      // ("The Taoiseach said" after "Taoiseach Pádraig Ó Súilleabháin": a word after "the" that the
      // story gave one person as a title before their name is that person)
      if (!hit && !orgByFirst && m.type === 'unknown' && m.tokens.length === 1 && lp.toks[m.n0 - 1]?.lo === 'the' && lp.toks[m.n0 - 1]!.sent === m.sent) {
        const titled = members.filter((x) => x.kind === 'person' && !x.described && x.lower.length >= 2 && x.roleWords.has(m.lower[0]!));
        if (titled.length === 1) hit = { mem: titled[0]!, variant: true, ambiguous: false };
      }
      // ("Velvet Lane was founded in 1998 by ..." after "Fashion chain Velvet Lane has collapsed";
      // "Skyrill said it was ‘disappointed’" after "Cabin crew at Skyrill, the low-cost carrier,"):
      // the very words of a body the story named, with nothing to say they are a person, are that body
      const bodyWords = m.type === 'unknown' && !m.personEvidence && !m.gender;
      const sameBodyHit = bodyWords && !orgByFirst && !!hit && !hit.variant && !hit.ambiguous && hit.mem.kind === 'organization' && !hit.mem.described && hit.mem.lower.join(' ') === m.lower.join(' ');
      // (and so is a firm's whole name again, taken for a person by its first word alone: "a cooper at
      // Glen Torrach ... / Glen Torrach's managing director, Siobhan Rennick-Dow,")
      const firstWordOnly = m.type === 'person' && !isSpeaker && !m.title && !m.titleWords.length && m.tokens.length >= 2;
      const sameBody = (bodyWords || firstWordOnly) && !hit && !orgByFirst && bodyNamed.has(m.key);
      if (orgByFirst || sameBodyHit) {
        mem = orgByFirst ?? hit!.mem;
        attach(mem, m, !sameBodyHit, at);
      } else if (hit && ((hit.mem.kind === 'person') === (m.type !== 'org') || (m.tokens.length === 1 && hit.mem.kind === 'person') || (capsOnly && hit.mem === capsOnly))) {
        mem = hit.mem;
        amb = hit.ambiguous;
        attach(mem, m, hit.variant, at);
        // ("hotel software provider Stratavue ... Stratavue said it would appeal": named as a firm now,
        // and nothing ever said it was a person)
        // (not a surname alone of someone named in full: "Folake Adeyemi-Cole ... / Adeyemi-Cole insisted
        // it would not.")
        if (m.type === 'org' && mem.kind === 'person' && !hit.variant && !(m.lower.length === 1 && surnameIs(mem, m.lower[0]!)) && !mem.personEvidence && !mem.gender && !mem.speaker && !mem.described) mem.kind = 'organization';
      } else if (m.type === 'org' || sameBody) {
        mem = create(m, m.name, m.tokens, 'organization', at);
      } else if (openingWord(lp, m) && !isSpeaker && !hit) {
        // ("Retired postmistress Jean Whitlock", "First across the line was ..."): a common word opening
        // the sentence, before the words it goes with, is no one (a word the lexicon does not know,
        // "Backstage, Reixa was ...", stays as it was)
      } else if (m.type === 'person' || isSpeaker || (m.type === 'unknown' && m.tokens.length <= 3)) {
        const shared = sharedSurname(lp, mi);
        mem = shared ? create(m, `${m.name} ${shared}`, [...m.tokens, shared], 'person', at) : create(m, m.name, m.tokens, 'person', at);
        if (m.type === 'unknown' && !isSpeaker) mem.weak = true;
      }
      if (mem && (m.type === 'person' || isSpeaker)) mem.weak = false;
      // (capitalised inside a sentence: some evidence of a name, for "Green denied it." later)
      const before = lp.toks[m.n0 - 1];
      if (mem && before && before.sent === lp.toks[m.n0]!.sent && before.k === 'w') midSentence.add(mem);
      if (mem && isSpeaker) mem.speaker = true;
      // (the sentence takes its subject up as "he" or "she": "Gwilym Prosser was 15 when he first went
      // underground")
      // (a possessive only in the story's first paragraph, before anyone else is named)
      // (or the relative's word set off after the name: "Ainhoa Etxeberria, the wife of one of the cavers,")
      if (mem && mem.kind === 'person' && !mem.gender) mem.gender = genderSetOffAfter(lp, m);
      if (mem && mem.kind === 'person' && !mem.gender) {
        mem.gender = selfGendered(lp, mi, p === firstWithText && !members.some((x) => x !== mem && x.kind === 'person' && !x.described && !x.weak));
        if (mem.gender) inferredGender.add(mem);
      }
      // ("with his father, Seán,": the relative's word is a role the story gave them)
      const kin = mem && mem.kind === 'person' ? kinBefore(lp, m) : null;
      if (kin) mem!.roleWords.add(kin);
      // ("Gilded Marsh, trained by Fergal Mulqueen and ridden by Kayleigh Trounson,": the agent of
      // "trained by" is the trainer, a role the story may call them by later)
      if (mem && mem.kind === 'person') for (const w of agentRolesBefore(lp, m)) mem.roleWords.add(w);
      const age = mem && mem.kind === 'person' ? ageAfter(lp, m) : -1;
      if (age >= 0) ages.set(mem!, age);
      // (named somewhere other than right after a place preposition: "in Maltby Fen", "off Dunnet Head")
      if (mem && honorificIn(lp, m)) honoured.add(mem);
      if (mem && !afterPlacePrep(lp, m)) freeMention.add(mem);
      if (mem && !(afterPlacePrep(lp, m) && PLAIN_PLACE_PREPS.has(lp.toks[m.i0 - 1]!.lo))) notPlaceOnly.add(mem);
      const placeLike = placeLikeMention(lp, m);
      if (mem && placeLike && !seenMembers.has(mem)) firstPlaceLike.add(mem);
      if (mem && !placeLike) notPlaceLike.add(mem);
      if (mem && placeOfMention(lp, m)) placeOfPeople.add(mem);
      if (mem && journalistMention(lp, m)) journalistsNamed.add(mem);
      if (mem) seenMembers.add(mem);
      if (mem && (lp.toks[m.n0 - 1]?.lo !== 'the' || lp.toks[m.n0 - 2]?.lo === 'as' || actsAsSubject(lp, m, mi) || m.lower.some((w) => (EPITHET_COMPOUND.test(w) && m.lower.length > 1) || isFirstName(w)))) bareMention.add(mem);
      mm.push(mem);
      ma.push(amb);
    });
    mentionMember.push(mm);
    mentionAmbiguous.push(ma);
  });

  // ---- pass 2: attribution
  interface Recent { mem: Member; at: number; para: number; sent: number; subj: boolean; main: boolean }
  const recent: Recent[] = [];
  /** where the story first said in passing that someone has died (diedBefore), by member */
  const diedFrom = new Map<Member, number>();
  /** where a sentence of the story said someone died (saidToDie), by member: dead to a pronoun once
   * someone else has been reported speaking since (diedAndGone; before that, and after the story
   * names them again, it may be an obituary quoting them) */
  const diedSaid = new Map<Member, number>();
  let lastSpeaker: Member | null = null;
  let lastSpeakerPara = 0;
  /** the last named person given a quote (the likely answerer in a transcript) */
  let lastPersonSpeaker: Member | null = null;
  let lastAnswerer: Member | null = null;
  let lastQuoteSpeaker: Member | null = null;
  /** the words of the last quote with a speaker */
  let lastQuoteText = '';
  /** the last quote's speaker was only a suggestion */
  let lastQuoteUnsure = false;
  /** the sure speaker of the quote before the last one's paragraph, and where (an exchange's other side) */
  let priorQuoteSpeaker: Member | null = null;
  let priorQuotePara = -1;
  let priorQuoteText = '';
  /** the last quote with a speaker was a question from someone unnamed ("a reporter asked"): the
   * next quote may well be the answer */
  let lastQuoteAsked = false;
  /** the last quote with a speaker answered someone else's question ("Were you there?" asked Lyle.
   * "I was not," Renner said.): who asked it, else null */
  let lastQuoteAnswered: Member | null = null;
  /** the last quote replied to the one quoted before it (lastQuoteAnswered) */
  let lastQuoteReply = false;
  let lastQuoteQuestion = false;
  const isQuestion = (lq: LocalQuote) => asks(lq.raw.text);
  const askedBy = (lq: LocalQuote, m: Member | null) => !!m && m.described && asks(lq.raw.text);
  let lastQuotePara = 0;
  /** where `recent` stood at the last quote with a speaker, and that quote's sentence */
  let lastQuoteRecent = 0;
  let lastQuoteSent = 0;
  /** no one but the last quote's speaker is mentioned between that quote and `at` */
  const noOneSinceLastQuote = (at: number): boolean => {
    for (let i = recent.length - 1; i >= lastQuoteRecent; i--) {
      const r = recent[i]!;
      if (r.at >= at) continue;
      if (r.para === lastQuotePara && r.sent < lastQuoteSent) break;
      if (r.mem !== lastQuoteSpeaker) return false;
    }
    // (nor a role as a subject no one could be found for: "The chief executive said engineers had
    // been wrong. "...," she added." after the councillor's questions)
    const para = Math.floor(at / 100000);
    const sent = locals[para]?.toks[at % 100000]?.sent ?? 0;
    for (let q = lastQuotePara; q <= para; q++) {
      for (let s = q === lastQuotePara ? lastQuoteSent + 1 : 0; s < (q === para ? sent + 1 : locals[q]!.sentSubject.length); s++) if (unsureRoleSubject.has(pos(q, s))) return false;
    }
    return true;
  };
  /** someone else who is the subject of a sentence after the last attributed quote's sentence (the latest) */
  const interrupter = (): Member | null => {
    for (let i = recent.length - 1; i >= lastQuoteRecent; i--) {
      const r = recent[i]!;
      if (r.para === lastQuotePara && r.sent <= lastQuoteSent) break;
      // (or a name the lexicon does not know, before a verb only a person does: "Maya Singh laughed.")
      if (r.subj && r.mem !== lastQuoteSpeaker && r.mem.kind === 'person' && (!r.mem.weak || (!r.mem.described && (nameLikePair(r.mem) || surnameLike(r.mem)) && humanVerbAfter(r)))) return r.mem;
    }
    return null;
  };
  /** a sentence between the last quote with a speaker and sentence `sent` of paragraph `para` has
   * an unnamed person as its subject ("His rival sees it differently.") */
  const otherPersonSince = (para: number, sent: number, gender: Gender = null): boolean => {
    for (let q = lastQuotePara; q <= para; q++) {
      const so = locals[q]!.sentOtherPerson;
      const sg = locals[q]!.sentOtherGender;
      for (let s = q === lastQuotePara ? lastQuoteSent + 1 : 0; s < (q === para ? sent : so.length); s++) if ((so[s] && !(gender && sg[s] && sg[s] !== gender)) || unsureRoleSubject.has(pos(q, s))) return true;
    }
    return false;
  };
  /** sentences (by pos(paragraph, sentence)) whose subject is a role no one surely holds ("The
   * visitors' coach was less pleased."): someone else a later "he" may mean, like sentOtherPerson */
  const unsureRoleSubject = new Set<number>();
  /** paragraph `para` ends with a sentence whose subject is "he" or "she" and that reports speech,
   * with no quote in it */
  const pronounReportEnds = (para: number): boolean => {
    const pl = locals[para]!;
    const ls = pl.sentSpeech.length - 1;
    const sc = ls >= 0 ? pl.sentSubjectCue[ls] : null;
    if (!sc || sc.ref !== 'pronoun' || !sc.gender || pl.quotes.some((x) => x.sent === ls)) return false;
    return !!pl.sentSpeech[ls] || talkedAfter(pl, sc.at);
  };
  /** the mention recorded at r, set off by commas, is followed by a verb of its own ("..., Councillor
   * Delia Rourke-Banda, would be sworn in") */
  const reportedSubject = (r: Recent): boolean => {
    const lp = locals[r.para]!;
    const mi = recentMention(r);
    const m = mi >= 0 ? lp.mentions[mi]! : null;
    if (!m || lp.toks[m.i1]?.t !== ',') return false;
    const v = lp.toks[m.i1 + 1];
    return !!v && v.k === 'w' && !v.cap && v.sent === m.sent && (AUXILIARIES.has(v.lo) || SPEECH_VERBS.has(v.lo));
  };
  /** the last person who was a sentence subject in paragraph `para` */
  const lastSubjectIn = (para: number): Member | null => {
    let last: Recent | null = null;
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i]!;
      if (r.para < para) break;
      // (or a name of two or three words the lexicon does not know: "Ramón Escobedo kept his belt")
      if (r.para !== para || !r.subj || r.mem.kind !== 'person' || !(!r.mem.weak || nameLikePair(r.mem))) continue;
      // (the sentence's main subject over a name set off later in it: "Delacroix-Whitfield said he
      // had called the winner, state Sen. Annette Brzezinski, to congratulate her.")
      if (!last) last = r;
      if (r.sent !== last.sent) break;
      // (but not past a name that is itself the subject of what the sentence reports: "Quilty said
      // his successor, Councillor Delia Rourke-Banda, would be sworn in on Monday.")
      if (r.main) return r === last || !reportedSubject(last) ? r.mem : last.mem;
    }
    return last?.mem ?? null;
  };
  /** the sentence before position `at`: [paragraph, sentence] (the last sentence of the paragraph
   * with text before, when `at` opens its paragraph; the sentence is -1 when that one has none) */
  const sentenceBefore = (at: number, para: number): [number, number] | null => {
    const sent = locals[para]!.toks[at % 100000]?.sent ?? 0;
    if (sent > 0) return [para, sent - 1];
    let tp = para - 1;
    while (tp >= 0 && !NON_SPACE.test(locals[tp]!.text)) tp--;
    return tp < 0 ? null : [tp, locals[tp]!.sentSubject.length - 1];
  };
  /** the member that is the main subject of the sentence before position `at`, whoever it is; else
   * null */
  const rawSubjectBefore = (at: number, para: number): Member | null => {
    const before = sentenceBefore(at, para);
    const sj = before && before[1] >= 0 ? locals[before[0]]!.sentSubject[before[1]]! : -1;
    return sj >= 0 ? mentionMember[before![0]]![sj] ?? null : null;
  };
  /** the named person the sentence just before position `at` is about (the last sentence of the
   * paragraph before when `at` is in a paragraph's first sentence), with no one else named in that
   * sentence or since (with `reported`, a word for someone else there does not count when that
   * sentence reports its subject speaking: "Nikos Papadimas, who found his mother dead, said ...") */
  /** the named main subject of the sentence before the one of position `at`, in its paragraph, when
   * that sentence has no quote */
  const mainSubjectBefore = (at: number, para: number): Member | null => {
    const lp = locals[para]!;
    const sent = lp.toks[at % 100000]?.sent ?? 0;
    if (sent === 0 || lp.quotes.some((q) => q.sent === sent - 1)) return null;
    const sj = lp.sentSubject[sent - 1] ?? -1;
    return sj >= 0 ? (mentionMember[para]![sj] ?? null) : null;
  };
  const subjectJustBefore = (at: number, para: number, reported = false, aged = false, bareAge = false): Member | null => {
    const before = sentenceBefore(at, para);
    if (!before) return null;
    const [tp, ts] = before;
    const lpp = locals[tp]!;
    // (a name or a title in quotation marks there is no one's words: "Rautiainen, nicknamed “The
    // Iceman”, was gracious in defeat. / “…,” said the Finn.")
    if (ts < 0 || lpp.quotes.some((x) => x.sent === ts && x.speech)) return null;
    if (recent.some((r) => r.at < at && (r.para > tp || (r.para === tp && r.sent > ts)))) return null;
    let sj = lpp.sentSubject[ts]!;
    let mem = sj >= 0 ? mentionMember[tp]![sj] : null;
    // ("Pennington, a former coal miner, has sung ...": a surname the lexicon knows as a place,
    // opening the sentence before a verb or a phrase set off, is the person the story gave it)
    if (sj < 0) {
      const pi = placeOpeningAsName(lpp, ts);
      const pm = pi >= 0 ? lpp.mentions[pi]! : null;
      const h = pm ? personBySurname(pm) : null;
      if (h && h.firstSeen < pos(tp, pm!.i0)) {
        sj = pi;
        mem = h;
      }
    }
    // (for a bare age, "said the 74-year-old", a pronoun subject reported speaking, sure of whom it
    // means, with no one else in its sentence: "retired postman Séamus Kinsella has taken part every
    // year. He said he used to count a flock of 30. / “…,” said the 74-year-old.")
    if (sj < 0 && bareAge) {
      const sc = lpp.sentSubjectCue[ts];
      if (sc?.ref === 'pronoun' && lpp.sentSpeech[ts] && !otherPersonIn(tp, ts, -1)) {
        const r = resolvePronoun(sc.gender, pos(tp, sc.at), tp);
        // (only a bare age, "said the 74-year-old", not "the 92-year-old grandmother"; and only when no
        // one else named in that paragraph or the one before has yet to speak: "The count was led by
        // Pádraig Moran and his neighbour Bridget Kinsella. / Moran ... He said ... / said the 92-year-old")
        const silentOther = [tp - 1, tp].some((q) => q >= 0 && locals[q]!.mentions.some((x, xi) => { const o = mentionMember[q]![xi]; return !!o && o !== r.mem && o.kind === 'person' && !o.described && !o.speaker && (x.type === 'person' || x.personEvidence); }));
        if (r.mem && !r.ambiguous && r.mem.kind === 'person' && !r.mem.described && !silentOther) return r.mem;
      }
    }
    // (with `aged`, for an age that can only be a person's, two or three words no lexicon calls common
    // right before a verb, even with a place's word among them: "Jordan Pickersgill left college")
    const agedName = aged && mem?.weak && mem.lower.length >= 2 && mem.lower.length <= 3 && !mem.lower.some((w) => isCommonWord(w) || isOrgWord(w)) && !!wordAfterName(lpp, lpp.mentions[sj]!.n0);
    if (!mem || mem.kind !== 'person' || mem.described || (mem.weak && !nameLikePair(mem) && !surnameLike(mem) && !agedName)) return null;
    // (a word for someone in the clause it reports still counts: "Dafydd Morgan said his son had been
    // told he would start" may be the son's)
    if (reported && lpp.sentSpeech[ts] && speechVerbAfterMention(tp, sj)) return lpp.mentions.some((m, mi) => mi !== sj && m.sent === ts && mentionMember[tp]![mi]?.kind === 'person' && mentionMember[tp]![mi] !== mem) || personWordReported(lpp, ts, lpp.mentions[sj]!) ? null : mem;
    // (nor, for such an age, a capitalised word after "in" the story never showed to be anyone: "in
    // Middlesbrough")
    if (agedName) return otherPersonWordIn(lpp, ts) || lpp.mentions.some((m, mi) => mi !== sj && m.sent === ts && mentionMember[tp]![mi]?.kind === 'person' && mentionMember[tp]![mi] !== mem && !(mentionMember[tp]![mi]!.weak && !m.personEvidence && afterPlacePrep(lpp, m))) ? null : mem;
    return otherPersonIn(tp, ts, sj, true) ? null : mem;
  };
  /** the person who is the main subject of the sentence before sentence `sent` of paragraph `para`,
   * when that sentence has no quote of its own, holds no one else, and surely names a person */
  const leadSubject = (para: number, lp: LocalParagraph, sent: number, words?: string): { mem: Member; sure: boolean } | null => {
    if (sent === 0 || lp.quotes.some((x) => x.sent === sent - 1)) return null;
    // ("A district head in the Dala area, who asked not to be identified by name, said views had
    // changed. “At first we thought ...”": someone unnamed the sentence before reports speaking)
    {
      // (not when the quote's own sentence names someone, or the one right after it opens with a name:
      // "“Pole pole!” Kamau calls after him.")
      const qt = lp.quotes.find((x) => x.sent === sent)?.qtok ?? -1;
      const nameAfter = qt >= 0 && nameRightAfter(lp, qt);
      // (a verb of saying of the source's own, not only the clause keeping them unnamed: not "Later, his
      // brother, who asked not to be named, was angrier.")
      const src = reportsSpeech(lp, sent - 1) && lp.sentSubject[sent - 1]! < 0 && !lp.sentSubjectCue[sent - 1] && !nameAfter && !lp.mentions.some((m) => m.sent === sent && m.type !== 'place') ? (lp.sentAnonSource[sent - 1] ?? lp.sentIndefSource[sent - 1]) : null;
      if (src && !src.group) {
        const mem = describedRole({ ref: 'described', mention: -1, gender: src.gender ?? null, roleHead: src.head, text: src.text, cue: null, at: src.at }, pos(para, src.at));
        return mem ? { mem, sure: true } : null;
      }
    }
    // ("Donors visit, she says, and take photographs. “They are kind people.”": the sentence is
    // what the one a pronoun set off in it reports, whoever its subject is)
    const aside = pronounAsides(lp)[sent - 1] ?? -1;
    if (aside >= 0) {
      const r = resolvePronoun(lp.toks[aside]!.lo === 'he' ? 'm' : 'f', pos(para, aside), para);
      return r.mem && !r.ambiguous && r.mem.kind === 'person' && !r.mem.described ? { mem: r.mem, sure: true } : null;
    }
    const si = lp.sentSubject[sent - 1]!;
    // ("Those were hard years, she says. "I slept in the kitchen."": the one a pronoun reporting
    // that sentence surely means)
    // (or, with no one else in the sentence, a verb of HUMAN_VERBS right after the pronoun, which
    // holds "was" and "had" too: "Asked about export plans, she smiled. "One market at a time."")
    const sc = si < 0 ? lp.sentSubjectCue[sent - 1] : null;
    if (sc?.ref === 'pronoun' && (lp.sentSpeech[sent - 1] || (HUMAN_VERBS.has(lp.toks[sc.at + 1]?.lo ?? '') && lp.toks[sc.at + 1]!.sent === sent - 1 && !otherPersonIn(para, sent - 1, -1)))) {
      const r = resolvePronoun(sc.gender, pos(para, sc.at), para);
      return r.mem && !r.ambiguous && r.mem.kind === 'person' && !r.mem.described ? { mem: r.mem, sure: true } : null;
    }
    // (or a role there doing what only a person does, alone in the sentence: "The MP laughs. “I did.”",
    // whoever holds the role)
    if (sc?.ref === 'role' && sc.roleHead && HUMAN_VERBS.has(lp.toks[sc.at + 1]?.lo ?? '') && !AUX_HUMAN.has(lp.toks[sc.at + 1]!.lo) && lp.toks[sc.at + 1]!.sent === sent - 1 && !otherPersonIn(para, sent - 1, -1)) {
      const r = resolveRole(sc.roleHead, sc.gender, pos(para, sc.at), para, sc.text ?? null);
      return r.mem && !r.ambiguous && r.mem.kind === 'person' ? { mem: r.mem, sure: true } : null;
    }
    // (or a body named as that sentence's speaker: "The Cullen Sound Trust said in a statement that it
    // would name the room after him. “Con carried every one of us ...”")
    // (not words in the first person, nor when the sentence reports what a person or a document says:
    // "Northfield Rovers said the striker had signed. “It is a dream for me.”", "Reuters said it had
    // obtained the letter. “We will not pay.”")
    const ownWords = !!words && /(?:^|[^\p{L}])(?:I|[Mm]e|[Mm]y|[Mm]ine)(?![\p{L}'’])/u.test(words);
    // (a person's word after its article or owner, not modifying a noun after it: "the striker",
    // "its director", not "its new visitor centre")
    const reportsOther = lp.toks.some((x, i) => x.sent === sent - 1 && x.k === 'w' && !x.cap && (isPersonNoun(x.lo) || ROLE_NOUNS.has(x.lo) || x.lo in KIN || DOCUMENT_NOUNS.has(x.lo)) && x.lo !== 'statement' && (DETERMINERS.has(lp.toks[i - 1]?.lo ?? '') || !!lp.toks[i - 1]?.poss) && !(lp.toks[i + 1]?.k === 'w' && !lp.toks[i + 1]!.cap && isNounish(lp.toks[i + 1]!.lo) && !isVerbish(lp.toks[i + 1]!.lo)));
    if (si < 0 && lp.sentSpeech[sent - 1] && !ownWords && !reportsOther) {
      const bi = lp.mentions.findIndex((m) => m.sent === sent - 1 && m.type === 'org' && m.subj && !m.poss);
      const bm = bi >= 0 ? lp.mentions[bi]! : null;
      const before = bm ? (lp.toks[bm.i0 - 1]?.lo === 'the' ? bm.i0 - 2 : bm.i0 - 1) : -1;
      const opens = !!bm && (before < 0 || lp.toks[before]!.sent !== bm.sent);
      // (not when the sentence names someone else, who may be the one speaking: "... that its
      // chairman, Declan Roe, would step down. “It is time.”"; "him" is no one else named)
      const body = bm && opens && speechVerbAfterMention(para, bi) && !lp.mentions.some((m, mi) => mi !== bi && m.sent === sent - 1 && mentionMember[para]![mi]?.kind === 'person') ? mentionMember[para]![bi] : null;
      if (body) return body.kind === 'organization' && !body.described ? { mem: body, sure: true } : null;
    }
    const mem = si >= 0 ? mentionMember[para]![si] : null;
    // (someone else in the sentence may be speaking, unless the subject's own verb is one of saying:
    // "Her team-mate Saskia Verbeek, who had led her out, said the plan was made the night before.")
    // (a possessive and a person noun opening the sentence with the name set off after them are the
    // subject's own description: "Her husband, Bill, shook his head.")
    // ("Okoro put it to him that the advisers had called it a mistake. "...?"": putting a point to
    // someone is saying it)
    const sm = si >= 0 ? lp.mentions[si] : undefined;
    const putTo = !!sm && wordAfterName(lp, sm.n0) === 'put' && puttingIt(lp, sm);
    if (mem?.kind !== 'person' || mem.described || (otherPersonIn(para, sent - 1, si, false, true) && !(lp.sentSpeech[sent - 1] && speechVerbAfterMention(para, si)) && !putTo)) return null;
    const r = recent.find((x) => x.para === para && x.sent === sent - 1 && x.main && x.mem === mem);
    if (!r) return null;
    // (named when that sentence reports speech or has a verb only a person does)
    const sure = lp.sentSpeech[sent - 1]! || humanVerbAfter(r) || putTo;
    return !mem.weak || ((nameLikePair(mem) || surnameLike(mem)) && sure) ? { mem, sure } : null;
  };
  let prevNonEmpty = -1;

  interface Seg {
    para: number;
    lq: LocalQuote;
    speaker: Member | null;
    ambiguous: boolean;
    cue: string | null;
    explicit: boolean;
    group: number;
  }
  const segs: Seg[] = [];
  /** the story gives its transcript turns' words in quotation marks ('NOVAKOVIĆ: “Good afternoon.”'):
   * three turns or more so given, at least three times as many as those not (a story that gives one
   * or two turns in marks and others without may quote them all) */
  const markedTurns = (() => {
    let marked = 0;
    let bare = 0;
    for (const lp of locals) for (const q of lp.quotes) if (turnQuote(q)) markedQuote(q) ? marked++ : bare++;
    return marked >= 3 && marked >= 3 * bare;
  })();
  /** the turns of a label the story never gives in quotation marks while it gives every other label's
   * in them ("Q: How did you start? / A: “I broke my uncle’s guitar …”"): the transcript's own
   * words, not quotes; the labels (by their cue text) so left out */
  const bareLabels = (() => {
    const counts = new Map<string, [number, number]>();
    for (const lp of locals) for (const q of lp.quotes) {
      if (!turnQuote(q)) continue;
      const k = q.cue.cue === 'answer' ? 'answer' : (q.cue.text ?? '').toLowerCase();
      const c = counts.get(k) ?? [0, 0];
      c[markedQuote(q) ? 0 : 1]++;
      counts.set(k, c);
    }
    const bareOnly = [...counts].filter(([k, [m, b]]) => k === 'interviewer' && m === 0 && b >= 2).map(([k]) => k);
    const others = [...counts].filter(([k]) => !bareOnly.includes(k));
    return bareOnly.length && others.length && others.every(([, [m, b]]) => m >= 2 && b === 0) ? new Set(bareOnly) : new Set<string>();
  })();
  const lastSegOfGroup = new Map<number, Seg>();
  let openGroup = -1;
  let groupCount = 0;

  /** "Teo Marr": two or three capitalised words, none of them a common word, is as likely a person
   * as a named one, even with no first name the lexicon knows (so it competes for "he", "the Swede") */
  const nameLikePair = (m: Member) => m.lower.length >= 2 && m.lower.length <= 3 && !m.lower.some((w) => isCommonWord(w) || isOrgWord(w) || isPlaceWord(w));
  /** the words of the quote whose pronoun is being resolved: someone they name in the third person
   * ("“I do the fun bit and Sam does the boring bit,” she said.") is not who "she" is */
  let pronounQuote: string | null = null;
  /** while a role nobody holds is read as a pronoun would be: the role's words (anonSourceBefore
   * brings in no one described by another title: "A spokesperson for President Mart Kivisild said
   * ... / The prime minister-designate remained defiant.") */
  let roleAsPronoun: string[] | null = null;
  /** ... or by the given name alone ("“Rui is a big loss for us,” he said." is not Rui Sampaio-Costa),
   * when no one else in the cast has that given name */
  const givenNamedInQuote = (text: string, m: Member): boolean => {
    const first = givenNameAlone(m);
    if (!first) return false;
    const re = new RegExp(`(^|[^\\p{L}])${escapeRegExp(first)}(?!\\p{L})`, 'gu');
    for (const hit of text.matchAll(re)) if (spokenOf(text, hit.index! + hit[1]!.length, first.length)) return true;
    return false;
  };
  /** The quote opens a sentence with `m`'s given name alone and a verb after it, as one speaks of
   * someone else ("Lotte has said that since ..."), in no words of the speaker's own ("I", "my"),
   * and the name is no place's ("Florence became home"). */
  const givenNameAsOther = (text: string, m: Member): boolean => {
    const first = givenNameAlone(m);
    if (!first || isPlaceWord(first.toLowerCase()) || /(?:^|[^\p{L}])(?:I|[Mm]y|[Mm]e|[Mm]ine|I['’]\p{L}+)(?![\p{L}'’])/u.test(text)) return false;
    const re = new RegExp(`(?:^|[.!?]\\s+)${escapeRegExp(first)}\\s+(?:has|had|is|was|always|never|says|said|will|would|keeps|thinks)\\b`, 'u');
    return re.test(text.trim()) && givenNamedInQuote(text, m);
  };
  /** `m`'s given name, when a quote may name them by it alone: a person's of three letters or more, no
   * common word, shared with no one else in the cast; else null */
  const givenNameAlone = (m: Member): string | null => {
    if (m.kind !== 'person' || m.described || m.tokens.length < 2) return null;
    const first = m.tokens[0]!;
    if (first.length < 3 || !/^\p{Lu}\p{Ll}/u.test(first) || isCommonWord(m.lower[0]!) || FUNCTION_WORDS.has(m.lower[0]!)) return null;
    return members.some((o) => o !== m && o.kind === 'person' && o.lower[0] === m.lower[0]) ? null : first;
  };
  /** The quote has `m`'s given name right after a word in lower case ("People write to Edna, not to
   * me"): someone it speaks of, not to. */
  const givenAfterWord = (text: string, m: Member): boolean => {
    const first = givenNameAlone(m);
    if (!first) return false;
    // (not after a word that makes it a place's or the speaker's own name: "home from Florence", "a tour
    // of Adelaide", "calls me Edna")
    for (const hit of text.matchAll(new RegExp(`(\\p{Ll}+)\\s+${escapeRegExp(first)}(?!\\p{L})`, 'gu'))) if (!NOT_SPOKEN_OF_AFTER.has(hit[1]!)) return true;
    return false;
  };
  /** the name at r is set off right before the pronoun at `at` that reports it ("Winter, he said,
   * “favours the defender”", "Isla, he added, “is still gone.”"): what the pronoun's one speaks
   * of, never the pronoun's one */
  const reportedBefore = (r: Recent, at: number, para: number): boolean => {
    const toks = locals[para]!.toks;
    if (r.para !== para || toks[(at % 100000) - 1]?.t !== ',' || !/^(?:he|she|they)$/.test(toks[at % 100000]?.lo ?? '')) return false;
    const m = locals[para]!.mentions[recentMention(r)];
    return !!m && m.i1 === (at % 100000) - 1;
  };
  /** a sentence said m died (diedSaid), in reach of `at`, and someone else has been reported speaking
   * since, with m not named again after it */
  const diedAndGone = (m: Member, at: number): boolean => {
    const s = diedSaid.get(m);
    if (s === undefined || s >= at || eff[Math.floor(at / 100000)]! - eff[Math.floor(s / 100000)]! > 3) return false;
    // (someone else reported speaking since, the story's turn to them, and the dead not named again
    // after it: an obituary goes back to its subject, "Pryor rode 1,200 winners. ... “…,” he said.")
    let spoke = -1;
    for (const r of recent) {
      if (r.at >= at) break;
      if (r.at <= s) continue;
      if (r.mem === m) spoke = -1;
      else if (r.main && r.mem.kind === 'person' && !r.mem.weak && locals[r.para]!.sentSpeech[r.sent]) spoke = r.at;
    }
    return spoke >= 0;
  };
  /** the one person of gender `gender` the story has named before `at`, with no one described of
   * that gender (or of none) the subject of a sentence since their last mention, and not one the
   * story has said is dead; else null */
  const onlyNamedOfGender = (gender: Gender, at: number): Member | null => {
    // (of that gender; else, when the story named no one of it, the one named person with no gender
    // it made a subject: "Dr. Amara Diallo-Fischer, a heart surgeon ..., has died at 84.")
    // (one pass: each person's latest mention before `at`, and where anyone of no gender was last
    // named)
    const of = new Map<Member, Recent>();
    const ungendered = new Map<Member, Recent>();
    const lastUngenderedAt = new Map<Member, number>();
    for (const r of recent) {
      if (r.at >= at) break;
      if (r.mem.kind !== 'person' || r.mem.described) continue;
      if (r.mem.gender === gender) of.set(r.mem, r);
      else if (!r.mem.gender && !r.mem.weak && r.main) ungendered.set(r.mem, r);
      if (!r.mem.gender && (!r.mem.weak || nameLikePair(r.mem) || r.mem.personEvidence)) lastUngenderedAt.set(r.mem, r.at);
    }
    const pick = of.size ? of : ungendered;
    if (pick.size !== 1) return null;
    const [only, last] = [...pick][0]!;
    if ((diedFrom.get(only) ?? Infinity) < at || diedAndGone(only, at)) return null;
    // (nor anyone named since whose gender the story never gave)
    for (const [mem, a] of lastUngenderedAt) if (mem !== only && a > last.at) return null;
    const para = Math.floor(at / 100000);
    const sent = locals[para]!.toks[at % 100000]?.sent ?? 0;
    for (let q = last.para; q <= para; q++) {
      const so = locals[q]!.sentOtherPerson;
      const sg = locals[q]!.sentOtherGender;
      for (let s2 = q === last.para ? last.sent + 1 : 0; s2 < (q === para ? sent + 1 : so.length); s2++) if ((so[s2] && !(sg[s2] && sg[s2] !== gender)) || unsureRoleSubject.has(pos(q, s2)) || locals[q]!.sentAnonSource[s2]) return null;
    }
    return only;
  };
  /** the entries of `recent` in paragraph `para`, read back from the latest (the paragraph being
   * linked or one before it, so this walks only its own entries and those after it) */
  const inPara = (para: number): Recent[] => {
    const out: Recent[] = [];
    for (let i = recent.length - 1; i >= 0 && recent[i]!.para >= para; i--) if (recent[i]!.para === para) out.push(recent[i]!);
    return out;
  };
  const candidates = (gender: Gender, at: number, para: number) => {
    const out: { mem: Member; score: number; r: Recent }[] = [];
    const seen = new Set<Member>();
    // (not one the story has said in passing is dead, in reach, wherever else it names them; a death
    // told further back may be the story's subject, quoted from a letter or an old interview)
    const dead = (m: Member): boolean => {
      const d = gender ? diedFrom.get(m) : undefined;
      return (d !== undefined && d < at && eff[para]! - eff[Math.floor(d / 100000)]! <= 3) || (!!gender && diedAndGone(m, at));
    };
    for (let i = recent.length - 1, rank = 0; i >= 0 && rank < 40; i--, rank++) {
      const r = recent[i]!;
      if (r.at >= at) continue;
      if (eff[para]! - eff[r.para]! > 3) break;
      if (reportedBefore(r, at, para) || dead(r.mem)) continue;
      if (seen.has(r.mem)) continue;
      seen.add(r.mem);
      const m = r.mem;
      if (m.kind !== 'person') continue;
      if (gender && m.gender && m.gender !== gender) continue;
      // (a group named by one plural word is no "he" or "she": "Locals call it ...")
      if (gender && isGroupMember(m)) continue;
      // (nor one capitalised plural the story never showed to be anyone: "Cases this year have passed
      // 18,000, according to Dr. Paulo Henrique Tavares ... / He blamed ...")
      if (gender && m.weak && !m.speaker && !m.personEvidence && !m.gender && m.lower.length === 1 && /[^s]s$/.test(m.lower[0]!) && !isFirstName(m.lower[0]!) && !isCommonWord(m.lower[0]!)) continue;
      // (nor a name of two words or more nothing showed to be anyone's, which the story only ever gives
      // after "the": "unlocks the side door of the Regal Cinema in Hull ... / “…,” she says.", and no
      // "-born" word: "The Pretoria-born nurse"; one word alone may be an epithet, "the Vicar")
      if (gender && m.weak && !m.speaker && !m.personEvidence && !m.gender && !bareMention.has(m) && (m.lower.length >= 2 || /-born$/.test(m.lower[0]!))) continue;
      // (nor a place's name alone the story never showed to be anyone: "in east Bristol")
      if (gender && m.weak && !m.speaker && !m.personEvidence && !m.gender && m.lower.length === 1 && isPlaceWord(m.lower[0]!) && !isFirstName(m.lower[0]!) && inPlace(r)) continue;
      let score = -0.15 * seen.size - 1.0 * (eff[para]! - eff[r.para]!);
      if (gender && m.gender === gender) score += 2;
      if (m === lastSpeaker && eff[para]! - eff[lastSpeakerPara]! <= 1) score += 1.5;
      if (r.subj) score += 1;
      // (the main clause's subject over one in a clause of its own: "Ayres scored twice as Brentmoor beat Ashgate")
      if (r.main) score += 0.5;
      if (m.weak && !r.subj && !nameLikePair(m)) score -= 1.5;
      if (m.speaker) score += 0.5;
      out.push({ mem: m, score, r });
    }
    out.sort((a, b) => b.score - a.score);
    // (unless no one else is in reach: then the pick stays, unsure, as before)
    const others = pronounQuote ? out.filter((x) => !namedInQuote(pronounQuote!, x.mem) && !givenNamedInQuote(pronounQuote!, x.mem)) : out;
    return others.length ? others : out;
  };

  /** the sentence before position `at`, in its paragraph, reports its main subject speaking
   * ("Okamoto Reis said abstention could be decisive.") */
  const saidJustBefore = (para: number, at: number): boolean => {
    const pl = locals[para]!;
    const sent = pl.toks[at % 100000]?.sent ?? 0;
    const sj = sent > 0 ? pl.sentSubject[sent - 1]! : -1;
    return sj >= 0 && !!pl.sentSpeech[sent - 1] && speechVerbAfterMention(para, sj);
  };
  /** The paragraph before `para` quotes no one, has `mem` as the named subject of a sentence reported
   * speaking ("Marinescu said the investigation ..."), and names no other person after that. */
  const saidInParagraphBefore = (mem: Member, para: number): boolean => {
    let prev = para - 1;
    while (prev >= 0 && !NON_SPACE.test(locals[prev]!.text)) prev--;
    if (prev < 0 || locals[prev]!.quotes.length) return false;
    const pl = locals[prev]!;
    // (or a role the story gave them as that subject: "The imam said the mosque hoped to ...")
    const roleSaid = recent.find((r) => r.para === prev && r.mem === mem && r.main && r.subj && pl.sentSubject[r.sent] === -1 && pl.sentSubjectCue[r.sent]?.ref === 'role' && !!pl.sentSpeech[r.sent] && SAID.test(pl.toks[pl.sentSubjectCue[r.sent]!.at + 1]?.lo ?? ''));
    let said = false;
    for (let mi = 0; mi < pl.mentions.length; mi++) {
      const o = mentionMember[prev]![mi];
      const s = pl.mentions[mi]!.sent;
      if (o === mem) said ||= pl.sentSubject[s] === mi && !!pl.sentSpeech[s] && speechVerbAfterMention(prev, mi);
      // (a capitalised name nothing showed to be a person's is no one: "Operation Tern")
      else if ((said || (roleSaid && pl.mentions[mi]!.sent >= roleSaid.sent)) && o?.kind === 'person' && !o.described && (!o.weak || o.personEvidence || !!o.gender)) return false;
    }
    return said || !!roleSaid;
  };
  /** mention `mi` of paragraph `para` is followed by a verb of saying (past an appositive) */
  const speechVerbAfterMention = (para: number, mi: number): boolean => {
    const w = wordAfterName(locals[para]!, locals[para]!.mentions[mi]!.n0);
    return SPEECH_VERBS.has(w) && !WEAK_SPEECH.has(w);
  };
  /** the word after a mention is a verb only a person does ("Okoro agreed.", "Bell shrugged"), not
   * one anything may ("Covid changed everything.") */
  const humanVerbAfter = (r: Recent): boolean => {
    const lp = locals[r.para]!;
    let w = wordAfterName(lp, r.at % 100000);
    // (past an affiliation: "Hyun-woo Baek of Meridian Capital Research noted")
    if (w === 'of') {
      const m = lp.mentions[recentMention(r)];
      if (m) w = wordAfterAffiliation(lp, m);
    }
    return HUMAN_VERBS.has(w) || (SPEECH_VERBS.has(w) && !WEAK_SPEECH.has(w)) || (ADDRESSED.has(w) && addressedAudience(lp, r.at % 100000));
  };
  /** someone besides mention `self` is in sentence `sent` of paragraph `para`, outside quotes: a
   * person named, "him", or "her rival", "His counsel" (a possessive before a person noun) */
  const otherPersonIn = (para: number, sent: number, self: number, skipOwner = false, ownSubjectOk = false, skipQualifiers = false): boolean => {
    const lp = locals[para]!;
    if (otherPersonWordIn(lp, sent, ownSubjectOk)) return true;
    // (with skipOwner, not a possessive right before it: "New Zealand’s Wiremu Tane")
    // (with skipQualifiers, not a capitalised word qualifying a noun: "taught Arabic literature")
    // (nor a word nothing showed to be anyone's after "from", "in" or "on", or one word after "at" or
    // "into": "Graham Tolley, from Swindon,"; not "ran into Ifeoma George")
    // (nor a building's name after a place's preposition: "at the former Station Hotel")
    return lp.mentions.some((m, mi) => mi !== self && m.sent === sent && !(skipQualifiers && qualifierWord(lp, m)) && mentionMember[para]![mi]?.kind === 'person' && mentionMember[para]![mi] !== mentionMember[para]![self] && !(skipOwner && ownerBefore(lp, mi) === self) && !firmBeforeTitle(lp, mi, self, mentionMember[para]![mi]!) && !(mentionMember[para]![mi]!.weak && !m.personEvidence && ((afterPlacePrep(lp, m) && (m.tokens.length === 1 || /^(?:from|in|on)$/.test(lp.toks[m.i0 - 1]!.lo))) || builtPlace(lp, m))));
  };
  /** mention mi is one word nothing showed to be a person's, right before the lower-case title of
   * mention `self` ("Skylark chief operating officer Hamish Strachan"): whose officer they are */
  const firmBeforeTitle = (lp: LocalParagraph, mi: number, self: number, mem: Member): boolean => {
    const m = lp.mentions[mi]!;
    const s = lp.mentions[self];
    if (!s || m.tokens.length !== 1 || m.poss || !mem.weak || mem.personEvidence || mem.gender || mem.speaker || m.i1 >= s.n0 || s.n0 - m.i1 > 4) return false;
    for (let k = m.i1; k < s.n0; k++) {
      const t = lp.toks[k]!;
      if (t.k !== 'w' || t.cap) return false;
    }
    return s.titleWords.length > 0 || ROLE_NOUNS.has(lp.toks[s.n0 - 1]!.lo);
  };
  /** "Newton agreed.": one capitalised word the lexicon knows as nothing else, so likely a surname */
  const surnameLike = (m: Member) => m.lower.length === 1 && !isCommonWord(m.lower[0]!) && !isOrgWord(m.lower[0]!) && !isPlaceWord(m.lower[0]!);
  /** the index of the mention recorded at r in its paragraph, else -1 */
  const recentMention = (r: Recent): number => locals[r.para]!.mentions.findIndex((m) => m.n0 === r.at % 100000);
  /** the mention recorded at r comes after a place preposition (inPlaceAfterPrep) */
  const inPlace = (r: Recent): boolean => {
    const lp = locals[r.para]!;
    const m = lp.mentions[recentMention(r)];
    return !!m && inPlaceAfterPrep(lp, m);
  };
  /** the mention recorded at r only says more about its sentence's subject: an affiliation, an
   * appositive's organisation, or someone in what the subject is reported saying */
  const besideSubject = (para: number, r: Recent): boolean => {
    const lp = locals[para]!;
    const mi = recentMention(r);
    return mi >= 0 && (affiliationOfMain(lp, mi) || inAppositiveOfMain(lp, mi) || inDescriptionOfMain(lp, mi) || inParticipleOfMain(lp, mi) || inReportedClause(lp, mi));
  };
  /** the mention recorded at r is behind a pronoun subject of `gender` (behindPronounSubjectOf) */
  const behindPronounSubject = (para: number, r: Recent, gender: Gender): boolean => {
    const mi = recentMention(r);
    return mi >= 0 && behindPronounSubjectOf(locals[para]!, mi) === gender;
  };
  /** the person noun `word` in lower case before sentence `sent` of paragraph `para` */
  const calledBefore = (word: string, para: number, sent: number): boolean => {
    for (let q = 0; q <= para; q++) for (const t of locals[q]!.toks) if ((q < para || t.sent < sent) && t.k === 'w' && !t.cap && t.lo === word) return true;
    return false;
  };
  /** "A parent at the school, who asked not to be named, said letters had gone home. "...," she
   * said.": a pronoun right after a sentence that opens with someone a clause keeps unnamed (in its
   * paragraph, or the last sentence of the paragraph before when the pronoun opens its own) is
   * theirs, when the gender does not rule them out and no one else is named from that sentence on
   * (`c`: the pronoun's candidates, as resolvePronounPick has them) */
  /** Sentence `sent` of paragraph `para` opens "One of his", "One of her" or "One of Mr Okoro’s": the
   * owner's gender, else null. */
  const oneOfOwnerGender = (para: number, sent: number): Gender => {
    const lp = locals[para]!;
    const k = oneOfOpenings(lp)[sent] ?? -1;
    if (k < 0) return null;
    const o = lp.toks[k + 2];
    if (o?.lo === 'his') return 'm';
    if (o?.lo === 'her') return 'f';
    const mi = lp.mentions.findIndex((m) => m.i0 === k + 2 && m.poss);
    return mi >= 0 ? (mentionMember[para]![mi]?.gender ?? null) : null;
  };
  /** The questions in a transcript are the ones an earlier paragraph says the speaker took "from the
   * audience" (or the floor, readers, viewers, listeners, fans, students, delegates): the one asking
   * as one of them ("audience member"), else null. */
  const questionsFromBefore = (para: number): string | null => {
    for (let q = para - 1; q >= 0 && para - q <= 6; q--) {
      const lq = locals[q]!;
      if (!NON_SPACE.test(lq.text)) continue;
      const w = questionsFrom(lq);
      if (w) return w;
      // (only across the turns since: a paragraph of prose between may bring in another interview,
      // "In an interview afterwards, she defended the policy.")
      if (!TURN_OPENING.test(lq.text)) return null;
    }
    return null;
  };
  const anonSourceBefore = (gender: Gender, at: number, para: number, c: ReturnType<typeof candidates>): Member | null => {
    const sent = locals[para]!.toks[at % 100000]?.sent ?? 0;
    // (or one opening the pronoun's own sentence, before "what he called" there, with no one named or
    // spoken of between: "A ministry spokesman declined to comment on what he described as
    // “speculation”."; not "A lawyer for Mr Tan said he would appeal what he called ...", "A club
    // spokesman said the player was banned and that he had called ...")
    {
      const lp = locals[para]!;
      const own = lp.sentAnonSource[sent];
      const k = at % 100000;
      const ownGender = own ? (own.gender ?? ROLE_GENDER[own.head] ?? null) : null;
      const between = (x: number) => x > own!.at && x < k;
      if (pronounQuote !== null && own && own.at < k && lp.toks[k - 1]?.lo === 'what' && !(gender && ownGender && ownGender !== gender) && !lp.mentions.some((m) => m.sent === sent && m.i0 < k) && !lp.toks.some((t, x) => between(x) && t.k === 'w' && !t.cap && (isPersonNoun(t.lo) || t.lo in KIN || /^(?:he|she|him|her)$/.test(t.lo))) && !lp.quotes.some((q) => q.sent === sent && q.qtok < k)) {
        return describedRole({ ref: 'described', mention: -1, gender: ownGender ?? gender, roleHead: own.head, text: own.text, cue: null, at: own.at }, at);
      }
    }
    let p = para;
    let s = sent - 1;
    if (sent === 0) {
      p = para - 1;
      while (p >= 0 && !NON_SPACE.test(locals[p]!.text)) p--;
      if (p < 0) return null;
      s = locals[p]!.sentAnonSource.length - 1;
    }
    // (someone new who opens the sentence, for a role's quote only when reported speaking there: "A
    // junior official from his team was absent. / “…,” the official said." may be anyone's official)
    const src = s >= 0 ? (locals[p]!.sentAnonSource[s] ?? (pronounQuote !== null || locals[p]!.sentSpeech[s] ? locals[p]!.sentIndefSource[s] : null)) : null;
    if (!src || (gender && src.gender && src.gender !== gender)) return null;
    if (roleAsPronoun && ROLE_NOUNS.has(src.head) && !roleAsPronoun.includes(src.head)) return null;
    // (one of someone's people, not kept unnamed, when the pronoun may be that someone: "One of his
    // former students accused him of plagiarism. / “…,” he said.")
    if (!src.anonymous && gender && oneOfOwnerGender(p, s) === gender) return null;
    // (after "the", only one the story called by that word before: "a woman in her 80s handed over
    // £4,000 ... / The woman, who asked not to be named, told ..."; not "A mother whose son waited
    // ... / The woman, who asked not to be named, said", whom the story calls a mother)
    if (src.definite && !calledBefore(src.head, p, s)) return null;
    // (one not said to be unnamed only when no one named in reach may be meant instead - unless
    // brought in as someone new, "A greengrocer who has run a stall there ... said", "The skipper, a
    // broad man in a yellow oilskin, shrugs": then the sentence just before is about them, round 9)
    if (!src.anonymous && c.length && !src.indefinite && !src.introduced) return null;
    // (one brought in by a role someone named in the story holds may be them: "The mayor, a former
    // teacher, ..."; one a quote speaks of by the pronoun's own word may be the one spoken of; and
    // the owner of "his quarterback" may be the "he" speaking: "Coach Dan Evers watched. His
    // quarterback, a transfer, threw four interceptions. "It was ugly," he said.")
    if (src.introduced) {
      if (members.some((m) => !m.described && m.roleWords.has(src.head))) return null;
      if (gender && pronounQuote && thirdPersonWords(gender).test(pronounQuote)) return null;
      if (src.introduced !== 'the' && !((src.introduced === 'his' && gender === 'f') || (src.introduced === 'her' && gender === 'm'))) return null;
    }
    for (let q = p; q <= para; q++) {
      const lp = locals[q]!;
      for (const [mi, m] of lp.mentions.entries()) {
        // (a body's name only when it is no one's: "Adeyemi-Cole insisted it would not" is the person)
        if ((q === p && m.sent < s) || pos(q, m.n0) >= at || m.type === 'place' || (m.type === 'org' && mentionMember[q]![mi]?.kind !== 'person')) continue;
        // (a capitalised word after a preposition is a place more likely than a person: "two tours in Kessel")
        const before = lp.toks[m.i0 - 1];
        if (m.type === 'unknown' && m.tokens.length === 1 && before?.k === 'w' && !before.cap && /^(?:in|at|from|to|near|across|around|into|outside)$/.test(before.lo)) continue;
        // (... and so is any name after one inside the source's own description, before its verb: "A
        // pensioner who has lived on Garth Road since 1974, and who asked not to be named, said")
        // (... not one the story showed to be a person, after "for", "of", "to": "A solicitor for
        // Farouk asked for bail. “…,” she said." after "Nadia Farouk, 33, appeared")
        const owner = mentionMember[q]![mi];
        // (... nor the one whose people the source is one of: "One of Mr Okoro’s former colleagues,
        // who asked not to be named, said")
        if (q === p && m.sent === s && m.poss && m.i1 <= src.at && lp.toks[m.i0 - 1]?.lo === 'of' && lp.toks[m.i0 - 2]?.lo === 'one') continue;
        // (... nor a name inside the source's own words, before its noun: "A Skyrill flight attendant")
        if (q === p && m.sent === s && !m.poss && src.text.startsWith(`${m.name} `)) continue;
        if (q === p && m.sent === s && inSourceDescription(lp, m) && !(/^(?:for|of|to)$/.test(lp.toks[m.i0 - 1]!.lo) && owner?.kind === 'person' && (owner.personEvidence || !!owner.gender || owner.speaker) && !(gender && owner.gender && owner.gender !== gender))) continue;
        return null;
      }
    }
    // (someone introduced as new - "a", "one", "another" - is not the one the story described that
    // way before: "One resident ... Another resident said she ..." are two people)
    const known = byDescription.get(src.text.toLowerCase());
    if (src.indefinite && known && known.firstSeen < pos(p, src.at)) return null;
    return describedRole({ ref: 'described', mention: -1, gender: src.gender ?? gender, roleHead: src.head, text: src.text, cue: null, at: src.at }, at);
  };
  /** the sentence just before position `at` (in its paragraph, or the last of the paragraph before
   * when `at` is in a paragraph's first sentence) opens with someone new, indefinite and unnamed */
  const indefPersonBefore = (at: number, para: number): '' | 'm' | 'f' | 'x' => {
    const sent = locals[para]!.toks[at % 100000]?.sent ?? 0;
    if (sent > 0) return locals[para]!.sentIndefPerson[sent - 1] ?? '';
    let p = para - 1;
    while (p >= 0 && !NON_SPACE.test(locals[p]!.text)) p--;
    if (p < 0) return '';
    const si = locals[p]!.sentIndefPerson;
    return si[si.length - 1] ?? '';
  };
  /** `mem` is named right after "asked" in sentence `sent` of paragraph `para` */
  const askedInSentence = (para: number, sent: number, mem: Member): boolean => {
    const lp = locals[para]!;
    return lp.mentions.some((m, mi) => m.sent === sent && mentionMember[para]![mi] === mem && lp.toks[m.i0 - 1]?.lo === 'asked');
  };
  /** the pick is the last quote's speaker, and that quote spoke of someone else by this very
   * pronoun (""She played better today," Holt said. / "I just hung on," she said."): the one it
   * spoke of, if in reach, may be answering */
  /** The first paragraph set at a news conference or briefing (Infinity when none), worked out once. */
  let pressSetting: number | null = null;
  const firstPressSetting = () => (pressSetting ??= (() => {
    const i = locals.findIndex((l) => PRESS_SETTING.test(l.text));
    return i < 0 ? Infinity : i;
  })());
  /** The one the paragraph after `p` (a paragraph that is only a quote) says put it so: "That was how
   * Amara Nwosu, a trainee teacher, described the moment", "This is how she puts it" (a named person,
   * not "That was how the council described it"); else null. */
  const howSaid = (p: number): Member | null => {
    const nx = nextNonEmpty(p);
    if (nx < 0) return null;
    const lp = locals[nx]!;
    const t = lp.toks;
    if (!/^(?:that|this)$/.test(t[0]?.lo ?? '') || !/^(?:was|is)$/.test(t[1]?.lo ?? '') || t[2]?.lo !== 'how') return null;
    const mi = lp.mentions.findIndex((m) => m.i0 === 3 || m.n0 === 3);
    const m = mi >= 0 ? lp.mentions[mi]! : null;
    if (!m || m.poss || m.type === 'org' || m.type === 'place') return null;
    const v = pastSetOff(t, m);
    // (or how they remember or recall it: "That is how Tobiah Rosenthal-Achebe, now a third-year law
    // student, remembers arriving on campus in 2022."; or how they found out, learned or discovered
    // something, when the words speak as "I" and to no "you": "“I walked in on Monday morning and the
    // locks had been changed.” / That is how Nkechi Ude, a packer at the plant, found out ...", not
    // "“You’re not needed any more.” / That is how she found out")
    const told = /^(?:described|describes|put|puts|summed|sums|characterised|characterized|remembers|remembered|recalls|recalled|recounts|recounted)$/.test(t[v]?.lo ?? '');
    const found = /^(?:found|finds|learned|learnt|learns|discovered|discovers)$/.test(t[v]?.lo ?? '') && FIRST_PERSON_ANY.test(locals[p]!.quotes[0]?.raw.text ?? '') && !/\b[Yy]ou(?:r|rs|rself)?\b/.test(locals[p]!.quotes[0]?.raw.text ?? '');
    if (!(told || found) || t[v]!.sent !== 0) return null;
    // (what they described is a moment, a scene, "it": not someone else's words, "the minister’s claim",
    // "the message she received", "the call he received from Carla Moss", "his mother’s last words")
    // (up to the first preposition: "described the scene in a voice message sent to reporters")
    for (let k = v + 1; k < t.length && k <= v + 7 && t[k]!.sent === 0 && t[k]!.k === 'w' && !(k > v + 1 && /^(?:in|at|on|from|to|for|with|by|of|after|before|during|as)$/.test(t[k]!.lo)); k++) {
      const w = t[k]!;
      if (OTHERS_WORDS.has(w.lo) || (w.poss && !(w.cap && isDateWord(w.lo)))) return null;
    }
    const mem = mentionMember[nx]![mi] ?? null;
    return mem && mem.kind === 'person' && !mem.described ? mem : null;
  };
  /** The paragraph that introduces the run of transcript turns paragraph `p` is in: the nearest
   * before it (or `p` itself) that is neither blank nor a turn. */
  const introBefore = (p: number): number => {
    let q = p;
    while (q > 0 && (!NON_SPACE.test(locals[q]!.text) || locals[q]!.quotes[0]?.cue.cue === 'transcript' || locals[q]!.quotes[0]?.cue.cue === 'answer')) q--;
    return q;
  };
  /** The one the intro before the run of turns at `p` says faced, answered or took the questions, as
   * its sentence's subject: "Gilded Harbour coach Ngozi Ebuka-Hartley faced questions on Friday about
   * ... The exchange is reproduced below."; else null. */
  const questionsFacedBy = (p: number): Member | null => {
    const intro = introBefore(p);
    const lq = locals[intro]!;
    if (lq.quotes.length) return null;
    let found: Member | null = null;
    for (let s = 0; s < lq.sentSubject.length; s++) {
      const mi = lq.sentSubject[s] ?? -1;
      const m = mi >= 0 ? lq.mentions[mi]! : null;
      const v = m ? pastSetOff(lq.toks, m) : -1;
      if (!m || m.poss || !/^(?:faced|faces|answered|answers|took|takes|fielded|fields)$/.test(lq.toks[v]?.lo ?? '') || lq.toks[v + 1]?.lo !== 'questions' || lq.toks[v + 1]!.sent !== m.sent) continue;
      const o = mentionMember[intro]![mi];
      if (!o || o.kind !== 'person' || o.described || (found && found !== o)) return null;
      found = o;
    }
    return found;
  };
  /** "Questions were put by accredited correspondents": those who put a transcript's questions, as
   * the story calls them in a paragraph up to `p` (singular), when not reporters; else null. */
  const questionersBefore = (p: number): string | null => {
    // (in the paragraph before the run of turns, with no interview set after it: not "Last week
    // questions were put by residents at a public meeting. This week ... spoke to the Echo.")
    const text = locals[introBefore(p)]!.text;
    const hit = QUESTIONERS.exec(text);
    if (!hit || /\b(?:spoke|talked|speaking|talking) (?:to|with)\b|\binterview/i.test(text.slice(hit.index + hit[0].length))) return null;
    return /^(?:reporters|journalists)$/i.test(hit[1]!) ? null : singular(hit[1]!.toLowerCase());
  };
  /** The paragraph before the run of turns paragraph `p` is in sets a results call, and no interview
   * or press conference besides ("Holloway Bank told analysts on its investor call ... Kath Mills spoke
   * to the Courier." is the Courier's). */
  const analystIntro = (p: number): boolean => analystSetting(locals[introBefore(p)]!.text);
  /** The interviewer the story names before its Q and A (see interviewerNamed), worked out once. */
  let interviewer: { para: number; sent: number; mem: Member | null } | null = null;
  /** the story's bylines, lower-cased ("by cormac delahunt") */
  const bylines = locals.map(bylineText).filter((t) => t !== '');
  /** "... spoke to Cormac Delahunt from her studio" in a story bylined "By Cormac Delahunt": the one
   * spoken to is the story's writer, who asks the questions that follow */
  const spokeToBylined = (lp: LocalParagraph, m: Mention): boolean => {
    if (m.tokens.length < 2 || m.poss || lp.toks[m.i0 - 1]?.sent !== m.sent || lp.toks[m.i0 - 2]?.sent !== m.sent || !spokeWithAt(lp.toks, m.i0 - 1)) return false;
    const name = m.name.toLowerCase();
    return bylines.some((t) => t.includes(name));
  };
  const namedInterviewer = (p: number): Member | null => {
    interviewer ??= (() => {
      for (let li = 0; li < locals.length; li++) {
        // (one who "asked" someone only right before the questions: not "Marta Quill asked the
        // minister, Tom Reyes, whether ... / ... / The Gazette interviewed Reyes afterwards. / Q: ...")
        let next = li + 1;
        while (next < locals.length && !NON_SPACE.test(locals[next]!.text)) next++;
        // (and not a question about a he or she: "She spoke to Tom Reid until the ambulance came. / Q:
        // “How was he?”")
        // ("them" may be anything: "What did the bank say when you called them?")
        const qNext = locals[next]?.quotes[0]?.cue.cue === 'transcript' && locals[next]!.quotes[0]!.cue.text === 'interviewer' && !asksOfSomeone(locals[next]!);
        const mi = locals[li]!.mentions.findIndex((m) => (interviewerNamed(locals[li]!, m) && (askedWhom(locals[li]!, m) < 0 || qNext)) || (qNext && askerBeforeQuestions(locals[li]!, m) !== '') || (qNext && (spokeToBylined(locals[li]!, m) || spokeToPapers(locals[li]!, m))));
        if (mi >= 0) return { para: li, sent: locals[li]!.mentions[mi]!.sent, mem: mentionMember[li]![mi] ?? null };
      }
      return { para: Infinity, sent: -1, mem: null };
    })();
    return interviewer.para < p ? interviewer.mem : null;
  };
  /** a person the story showed to be one, not a capitalised word alone (not "in Surrey’s Ward 6"),
   * nor a pair of them only ever after "the" ("shortlisted for the Lindqvist Prize") */
  const shownPerson = (m: Member | null | undefined): boolean => !!m && m.kind === 'person' && (!m.weak || m.personEvidence || !!m.gender || m.speaker || (nameLikePair(m) && bareMention.has(m)));
  /** Whom the named interviewer spoke to: the subject of the sentence naming them ("She spoke to
   * Callum Ferriday, the Courier's transport correspondent"), a person other than the interviewer. */
  const interviewee = (p: number): Member | null => {
    const asker = namedInterviewer(p);
    if (!asker || !interviewer) return null;
    const lp = locals[interviewer.para]!;
    const toks = lp.toks;
    // ("presenter Carys Vaughan put listeners' questions to the leader of the council, Obinna Eze":
    // the one named after "to"; "Hallie Brennock spoke to her for our weekend section": the one person
    // the paragraph named before)
    {
      const ami = lp.mentions.findIndex((m, mi) => m.sent === interviewer!.sent && mentionMember[interviewer!.para]![mi] === asker);
      const am = ami >= 0 ? lp.mentions[ami] : undefined;
      const kind = am ? askerBeforeQuestions(lp, am) : '';
      if (kind === 'put') {
        // (the name set off after the role it holds: "to the leader of the county council, Nia Okoro,";
        // not "to the health secretary, deputising for the absent Alma Reyes")
        for (let k = am!.i1 + 1; k < toks.length && toks[k]!.sent === am!.sent; k++) {
          const mi = lp.mentions.findIndex((x) => x.i0 === k && x !== am);
          const mem = mi >= 0 ? mentionMember[interviewer.para]![mi] : null;
          // (or the name right after "to": "put readers’ questions to Yetunde Okafor-Blake, the council’s
          // head of parks")
          // (not an owner, "to Pat Reilly’s successor, Siobhan Greer", nor one of two, "to Tom Reid and Ana Sousa")
          const x = lp.mentions[mi];
          const alone = !!x && !x.poss && toks[x.i1]?.lo !== 'and' && toks[x.i1]?.t !== '&';
          if (mem && mem.kind === 'person' && mem !== asker) return toks[k - 1]?.t === ',' || (toks[k - 1]?.lo === 'to' && toks[k - 1]!.sent === am!.sent && alone) ? mem : null;
        }
        return null;
      }
      // (questioned "by" the asker: the sentence's subject, named or a pronoun that surely means
      // someone: "Under cross-examination by prosecutor Simon Achterberg KC, she was asked about ...")
      if (kind === 'by') {
        const sj = lp.sentSubject[am!.sent] ?? -1;
        const named = sj >= 0 ? mentionMember[interviewer.para]![sj] : null;
        const sc = lp.sentSubjectCue[am!.sent];
        // (a pronoun only when the story named no one else it may mean: not "Anneke Vos denies fraud.
        // Her sister, Lotte Vos, was also in court. Under cross-examination by ..., she was asked")
        const at0 = sc ? pos(interviewer.para, sc.at) : 0;
        const rivals = sc?.ref === 'pronoun' ? members.filter((x) => x.kind === 'person' && !x.described && x !== asker && x.firstSeen < at0 && (!x.gender || !sc.gender || x.gender === sc.gender)).length : 0;
        const r = !named && sc?.ref === 'pronoun' && rivals === 1 ? resolvePronoun(sc.gender, at0, interviewer.para) : null;
        const mem = named ?? (r && !r.ambiguous ? r.mem : null);
        return mem && mem !== asker && mem.kind === 'person' && !mem.described ? mem : null;
      }
      // ("Vaidehi Raman, a retired chief engineer ..., spoke to Karthik Subramaniam about ...": the
      // sentence's named subject, set off with what they are, is the one who answers)
      if (kind === 'to') {
        const sj = lp.sentSubject[am!.sent] ?? -1;
        let mem = sj >= 0 ? mentionMember[interviewer.para]![sj] : null;
        // (or "she" or "he" for the one person the story named before but the journalist: "Henrietta
        // Lindqvist-Amadi has run the terminal for six years. Ahead of the peak season she spoke to
        // Freight Ledger’s Tomasz Wierzbicki ...")
        const sc = lp.sentSubjectCue[am!.sent];
        if (!mem && sc?.ref === 'pronoun') {
          const at0 = pos(interviewer.para, sc.at);
          const r = resolvePronoun(sc.gender, at0, interviewer.para);
          if (r.mem && !r.ambiguous && r.mem.firstSeen < pos(interviewer.para, am!.n0)) mem = r.mem;
        }
        if (mem && mem !== asker && mem.kind === 'person' && !mem.described) return mem;
      }
      // ("Ahead of her first UK tour, the Malian kora player Mariam Koné-Dembélé spoke to Cormac Delahunt
      // from her studio", bylined "By Cormac Delahunt": the sentence's named subject, or else the one
      // person it named before the writer)
      if (am && spokeToBylined(lp, am)) {
        const before = new Set(lp.mentions.flatMap((x, xi) => (x.sent === am.sent && x.i1 < am.i0 && !x.poss && toks[x.i1]?.lo !== 'and' && shownPerson(mentionMember[interviewer!.para]![xi]) ? [mentionMember[interviewer!.para]![xi]!] : [])));
        const sj = lp.sentSubject[am.sent] ?? -1;
        const mem = sj >= 0 ? mentionMember[interviewer.para]![sj] : before.size === 1 ? [...before][0]! : null;
        if (mem && mem !== asker && mem.kind === 'person' && !mem.described && before.has(mem)) return mem;
      }
      const describedAt = am ? describedJournalistBefore(toks, am) : -1;
      const putBy = !!am && questionsPutBy(toks, am, describedAt >= 0 ? describedAt : am.i0 - 1);
      // ("Giulia Ferrante, the centre-left candidate for ..., spoke to our political editor, Sofia
      // Marchetti, ...": the sentence's named subject, who spoke to the journalist described)
      // (the name opening the sentence, which ends the paragraph: not "Neighbours of the victim,
      // Shabnam Akhtar, spoke to ...", nor "... spoke to our reporter, Amy Colbert. The interview below
      // is with the gallery's director.")
      // (nor one who has not: "has not spoken to our Madrid correspondent, Elena Ruiz, since")
      const negated = toks.slice(Math.max(0, describedAt - 4), describedAt - 1).some((t) => t.sent === am!.sent && /^(?:not|never|n't|no)$/.test(t.lo));
      // (or followed only by sentences that name no one and no person: "The interview has been edited
      // for length and clarity.")
      const lastSay = am!.sent === lp.sentSubject.length - 1 || (!lp.mentions.some((x) => x.sent > am!.sent) && toks.every((t) => t.sent <= am!.sent || (t.k !== 'q' && !(t.k === 'w' && (/^(?:he|she|they|we)$/.test(t.lo) || (!t.cap && (isPersonNoun(t.lo) || JOURNALISTS.has(t.lo))))))));
      if (describedAt >= 0 && /^(?:to|with)$/.test(toks[describedAt]!.lo) && INTERVIEW_VERBS.has(toks[describedAt - 1]?.lo ?? '') && lastSay && !negated) {
        const sj = lp.sentSubject[am!.sent] ?? -1;
        // (past a capitalised word of the title before it: "Foreign Minister Catalina Ferreyra-Oyarzún")
        const s0 = toks.findIndex((t) => t.sent === am!.sent);
        // (not "Both Tom Reid and Ann Lee", "Ana Sousa and her husband": one of two)
        // (or "The" and what they are: "The novelist Chidinma Eze-Lawal talks to our literary editor, ...")
        // (or the name set off right before the verb, after its title: "Jamaica’s Minister of Local
        // Government, Desmond Aiken-Shaw, spoke to our political editor, ...")
        const sm = sj >= 0 ? lp.mentions[sj]! : null;
        const setOffBeforeVerb = !!sm && toks[sm.i0 - 1]?.t === ',' && toks[sm.i1]?.t === ',' && toks[sm.i1 + 1]?.k === 'w' && INTERVIEW_VERBS.has(toks[sm.i1 + 1]!.lo) && toks[sm.i1 + 1]!.sent === sm.sent && !lp.mentions.some((x) => x !== sm && x.sent === sm.sent && x.i0 < sm.i0 && (x.type === 'person' || x.personEvidence));
        // (past a dateline: "WELLINGTON — Tevita Lauaki, the foreign minister of Maronesia, spoke to ...")
        const dash = sm ? toks.findIndex((t, x) => x >= s0 && x < sm.i0 && /^[\u2014\u2013]$/.test(t.t)) : -1;
        const from = dash > s0 && toks.slice(s0, dash).every((t) => t.t === ',' || (t.k === 'w' && t.t === t.t.toUpperCase())) ? dash + 1 : s0;
        const opens = sj >= 0 && (setOffBeforeVerb || toks.slice(from, lp.mentions[sj]!.i0).every((t, x) => t.k === 'w' && !t.poss && ((t.cap && !FUNCTION_WORDS.has(t.lo) && !/^(?:both|all|neither|either)$/.test(t.lo)) || (x === 0 && t.lo === 'the') || (x > 0 && toks[from]!.lo === 'the' && !t.cap && (isPersonNoun(t.lo) || ROLE_NOUNS.has(t.lo)))))) && toks[lp.mentions[sj]!.i1]?.lo !== 'and';
        const mem = opens && lp.mentions[sj]!.i1 <= describedAt ? mentionMember[interviewer.para]![sj] : null;
        if (mem && mem !== asker && mem.kind === 'person' && !mem.described) return mem;
      }
      if (kind === 'subject' || putBy) {
        // (not a capitalised word nothing showed to be anyone's name: "in Surrey’s Ward 6")
        const before = new Set(lp.mentions.flatMap((x, xi) => (x.sent < interviewer!.sent && shownPerson(mentionMember[interviewer!.para]![xi]) && mentionMember[interviewer!.para]![xi] !== asker ? [mentionMember[interviewer!.para]![xi]!] : [])));
        const one = before.size === 1 ? [...before][0]! : null;
        // (of the pronoun's gender: "Ben Quill died last year. His widow ... spoke to her" is no Ben)
        const pro = putBy ? '' : toks[am!.i1 + 2]?.lo;
        // (nor when the pronoun is one of two spoken to, or owns whom: "spoke with her and her deputy",
        // "spoke with her son")
        const after = toks[am!.i1 + 3];
        const more = !putBy && after?.k === 'w' && after.sent === am!.sent && (after.lo === 'and' || (!after.cap && (isPersonNoun(after.lo) || after.lo in KIN)));
        return one && !more && !((pro === 'her' && one.gender === 'm') || (pro === 'him' && one.gender === 'f')) ? one : null;
      }
    }
    // ("Callum Ritchie-Osei asked its headteacher, Lorraine Mbeki-Shaw, how ...", "an edited transcript
    // of an interview with Soraya Benali, the foreign minister, conducted ... by")
    const askedMi = lp.mentions.findIndex((m) => m.sent === interviewer!.sent && askedWhom(lp, m) >= 0);
    const withMi = askedMi >= 0 ? askedWhom(lp, lp.mentions[askedMi]!) : lp.mentions.findIndex((m) => m.sent === interviewer!.sent && afterInterviewWith(lp, m));
    if (withMi >= 0) {
      const mem = mentionMember[interviewer.para]![withMi];
      return mem && mem !== asker && mem.kind === 'person' ? mem : null;
    }
    // ("The Evening Ledger sat down with Tomasz Wierzbicki, ... The interview was conducted by our
    // local democracy reporter, Helen Ugwuoke": the one the paper spoke to)
    // (only when the paragraph names no one else: not "The Harmon Review spoke to Desmond Achebe,
    // her line manager, ... This week she spoke to our health correspondent", "sat down with Tomasz
    // Wierzbicki and his finance director, Greta Halloran")
    const paperMi = paperSpokeTo(lp);
    if (paperMi >= 0) {
      const mem = mentionMember[interviewer.para]![paperMi];
      const someoneElse = lp.mentions.some((m, mi) => {
        const o = mentionMember[interviewer!.para]![mi];
        return !!o && o !== mem && o !== asker && o.kind === 'person' && !o.described && (!o.weak || o.personEvidence || !!o.gender || nameLikePair(o) || m.type === 'person');
      }) || lp.sentSubjectCue.some((c) => c?.ref === 'pronoun');
      return mem && mem !== asker && mem.kind === 'person' && !someoneElse ? mem : null;
    }
    const sc = lp.sentSubjectCue[interviewer.sent];
    // (the subject itself, opening its sentence and right before "spoke to", "talked to": not "The
    // family of Sam Odu spoke to", "Greta Lind's agent spoke to", "Her best friend, who asked not to
    // be named, spoke to")
    // (past an age set off after the name, and a role before it: "the leg-spinner Haris Qureshi, 22,
    // sat down with our cricket correspondent, Naomi Achterberg")
    const sm = sc?.ref === 'name' ? lp.mentions[sc.mention] : undefined;
    const v = sc ? (sm && ageAfter(lp, sm) >= 0 ? sm.i1 + 3 : sc.at + 1) : -1;
    if (!sc || (sc.ref !== 'name' && sc.ref !== 'pronoun') || !(INTERVIEW_VERBS.has(toks[v]?.lo ?? '') || (SITTING.test(toks[v]?.lo ?? '') && toks[v + 1]?.lo === 'down')) || !(subjectOpens(lp, sc) || (sc.ref === 'name' && roleOpens(lp, lp.mentions[sc.mention]?.n0 ?? sc.at)))) return null;
    // (and no one else brought in after it in the paragraph: "Today we put questions to her deputy.")
    // (nor a person named after the interviewer in their sentence: "spoke to our reporter, Kirsty
    // Logan, alongside his manager, Dermot Quigley")
    const askerEnd = Math.max(-1, ...lp.mentions.filter((m, mi) => m.sent === interviewer!.sent && mentionMember[interviewer!.para]![mi] === asker).map((m) => m.i1));
    for (let k = sc.at + 1; k < toks.length; k++) {
      const t = toks[k]!;
      if (t.sent > interviewer.sent && t.k === 'w' && ((!t.cap && isPersonNoun(t.lo)) || lp.mentions.some((m) => m.i0 === k && m.type !== 'place' && m.type !== 'org'))) return null;
      if (askerEnd >= 0 && k >= askerEnd && t.sent === interviewer.sent && lp.mentions.some((m) => m.i0 === k && m.type === 'person')) return null;
    }
    let r = resolveCue(sc, interviewer.para, lp);
    // ("Folasade Adeyemi-Brandt co-founded Lumen Ledger in 2019. She spoke to Paylines reporter Ingrid
    // Solheim-Barros": a "she" no gender settles is the one an earlier sentence named as its subject)
    // (past a sentence about something else: "Last week it raised $48m.")
    // (or a capitalised phrase nothing showed to be anyone: "a Persian-language Bible study group. She
    // spoke to our community editor")
    const proven = (m: Member | null) => shownPerson(m) && !m!.described;
    if ((!r.mem || r.ambiguous || r.mem === asker || !proven(r.mem)) && sc.ref === 'pronoun') {
      let s = interviewer.sent - 1;
      while (s >= 0 && !lp.sentSubjectCue[s]) s--;
      const prev = s >= 0 ? lp.sentSubjectCue[s] : null;
      if (prev?.ref === 'name') r = resolveCue(prev, interviewer.para, lp);
      // (or, with no named subject found there, the one person the paragraph named before, the
      // pronoun's gender allowing: "Professor Nkemdirim Oduya leads the flood attribution group ...
      // Ahead of the rainy season she spoke to our environment correspondent, Sunniva Halvorsen.")
      // (only one who opens the paragraph as its subject, or owns a thing that does: "Novelist Tendai
      // Marufu’s fourth book ... has been shortlisted"; not "Dr Amara Osei-Bonsu's mother worked as a
      // midwife", "A man whose wife died ... has criticised the trust's chief executive, Alexis
      // Morrow-Keane", and no one described in the paragraph as a person who may be the "she")
      if (!r.mem || r.ambiguous || r.mem === asker || !proven(r.mem)) {
        const named = new Set<Member>();
        lp.mentions.forEach((m, mi) => {
          const o = mentionMember[interviewer!.para]![mi];
          if (m.sent < interviewer!.sent && o && o !== asker && proven(o) && o.lower.length >= 2 && m.type !== 'org') named.add(o);
        });
        const one = named.size === 1 ? [...named][0]! : null;
        const om = one ? lp.mentions.find((m, mi) => mentionMember[interviewer!.para]![mi] === one) : undefined;
        const opens = !!om && om.sent === 0 && om.i0 <= 1 && (lp.sentSubject[0] === lp.mentions.indexOf(om) || (om.poss && !personNounAfter(lp, om)));
        const described = lp.toks.some((t, k) => t.sent < interviewer!.sent && t.k === 'w' && !t.cap && (isKnownPersonNoun(t.lo) || t.lo in KIN) && !(om && k >= om.i0 && k < om.i1));
        if (one && opens && !described && !(sc.gender && one.gender && one.gender !== sc.gender)) return one;
      }
    }
    return r.mem && !r.ambiguous && r.mem !== asker && r.mem.kind === 'person' ? r.mem : null;
  };
  /** The two a Q and A's intro names, where the rules above found no interviewer: the one journalist
   * the (up to three) paragraphs before its first turn name as asking (`journalistRole`), and who
   * answers — the one they met or put questions to, the subject who spoke to them, or after a credit
   * line the one other person named ("Marine chemist Yusuf Demirci-Aksoy has spent a decade ...
   * Interview by Clara Montfort."). Worked out once per intro. */
  const qaCastMemo = new Map<number, { asker: Member | null; answerer: Member | null }>();
  const qaCast = (p: number): { asker: Member | null; answerer: Member | null } => {
    const intro = introBefore(p);
    let cast = qaCastMemo.get(intro);
    if (!cast) {
      cast = readQaCast(p, intro);
      qaCastMemo.set(intro, cast);
    }
    return cast;
  };
  type QaFound = { q: number; mi: number; role: 'credit' | 'to' | 'subject'; mem: Member };
  /** A Q and A's credit line in the two paragraphs after its turn at `p` ("This interview has been
   * edited for length and clarity. Interview by Nomvula Dube."): the credit shows a name of two words
   * to be someone's; not one of two ("Interviews by Nomvula Dube and Pieter Smit."), nor one of
   * `people` already in the intro. */
  const closingCredit = (p: number, people: Set<Member>): QaFound[] => {
    const found: QaFound[] = [];
    for (let q = p + 1, n = 0; q < locals.length && n < 2; q++) {
      const lq = locals[q]!;
      if (!NON_SPACE.test(lq.text) || lq.quotes.some((x) => x.cue.cue === 'transcript' || x.cue.cue === 'answer')) continue;
      n++;
      lq.mentions.forEach((m, mi) => {
        const o = mentionMember[q]![mi];
        if (o && o.kind === 'person' && !o.described && (shownPerson(o) || m.lower.length >= 2) && !people.has(o) && journalistRole(lq, m, mi) === 'credit' && !lq.mentions.some((x, xi) => xi !== mi && x.sent === m.sent) && !/^(?:and|&|,|with)$/.test(lq.toks[m.i1]?.lo ?? '')) found.push({ q, mi, role: 'credit', mem: o });
      });
    }
    return found;
  };
  /** In an intro (paragraph `intro`) naming the two `people`, the one the other "spoke to", named
   * bare: "Bartholomew Osei-Mensah’s fourth novel ... He spoke to Lorna Teague by phone from Kumasi.";
   * not one described, "spoke to Marit Solbakken, the union’s leader", nor one with a title or an
   * owner. */
  const spokenToBare = (intro: number, people: Set<Member>): QaFound[] => {
    const found: QaFound[] = [];
    const lq = locals[intro]!;
    lq.mentions.forEach((m, mi) => {
      const o = mentionMember[intro]![mi];
      if (!o || !people.has(o) || m.poss || m.titleWords.length || o.roleWords.size || lq.sentSubject[m.sent] === mi) return;
      const to = lq.toks[m.i0 - 1];
      const verb = lq.toks[m.i0 - 2];
      if (to?.lo !== 'to' || to.sent !== m.sent || verb?.sent !== m.sent || !/^(?:spoke|speaks|talked|talks)$/.test(verb.lo)) return;
      const after = lq.toks[m.i1];
      if (after && after.sent === m.sent && after.t !== '.' && !(after.k === 'w' && /^(?:by|from|in|at|over|on|last|this|before|after|ahead|shortly|recently|during|about)$/.test(after.lo))) return;
      // (only the intro's subject, as a pronoun or named first, speaking to someone named here first,
      // and nothing after but where, when or what about ("about a century of beginnings"): not "Lorna
      // Teague spoke to Osei-Mensah by phone", "She spoke to Hiroshi Kato in Osaka, her first
      // employer,", "He spoke to Ruth Banda after the match, and she told him")
      const sj = lq.sentSubject[m.sent] ?? -1;
      const sjMem = sj >= 0 ? mentionMember[intro]![sj] : null;
      const first = lq.mentions.findIndex((_, xi) => !!mentionMember[intro]![xi] && mentionMember[intro]![xi] !== o);
      const firstMem = first >= 0 ? mentionMember[intro]![first] : null;
      // (or a role opening the sentence for the one named in the sentence before: "Agnes Mbatha-Lowe
      // turns 100 on Saturday. The former midwife, who delivered ..., spoke to Seo-yeon Park-Whitlock")
      const s0 = lq.toks.findIndex((t) => t.sent === m.sent);
      const rw = lq.toks[s0 + 1]?.lo === 'former' || lq.toks[s0 + 1]?.lo === 'retired' ? s0 + 2 : s0 + 1;
      const roleOpening = sj < 0 && m.sent > 0 && lq.toks[s0]?.lo === 'the' && lq.toks[rw]?.k === 'w' && !lq.toks[rw]!.cap && (isPersonNoun(lq.toks[rw]!.lo) || ROLE_NOUNS.has(lq.toks[rw]!.lo)) && first >= 0 && lq.mentions[first]!.sent === m.sent - 1 && !lq.mentions.some((x, xi) => xi !== first && x.sent === m.sent - 1 && mentionMember[intro]![xi]?.kind === 'person');
      if (!roleOpening && (sj >= 0 ? sjMem !== firstMem : lq.sentSubjectCue[m.sent]?.ref !== 'pronoun')) return;
      if (o.firstSeen < pos(intro, m.n0)) return;
      // (a "he" or "she" after the name that may be theirs says more of them: "spoke to Rosa Lindqvist
      // from her farm" is the one at home answering, "He spoke to Elena Ruiz on the day she died" the
      // one the film is about; "spoke to Anneliese Brandt from his home in Kumasi" is the novelist's)
      const subjectGender = sj >= 0 ? (sjMem?.gender ?? null) : (lq.sentSubjectCue[m.sent]?.gender ?? null);
      for (let k = m.i1; k < lq.toks.length && lq.toks[k]!.sent === m.sent; k++) {
        const t = lq.toks[k]!;
        if (t.t === ',' || t.k === 'q' || (t.k === 'w' && /^(?:and|who|whose|which|where|but)$/.test(t.lo)) || k - m.i1 > 8) return;
        if (t.k !== 'w' || !/^(?:he|she|him|her|his|hers|they|them|their)$/.test(t.lo)) continue;
        const g = /^(?:she|her|hers)$/.test(t.lo) ? 'f' : /^(?:he|him|his)$/.test(t.lo) ? 'm' : null;
        if (!g || o.gender === g || (subjectGender && subjectGender !== g)) return;
      }
      found.push({ q: intro, mi, role: 'to', mem: o });
    });
    return found;
  };
  const readQaCast = (p: number, intro: number): { asker: Member | null; answerer: Member | null } => {
    const none = { asker: null, answerer: null };
    if (namedInterviewer(p)) return none;
    const people = new Set<Member>();
    const found: QaFound[] = [];
    // (and no other word for a journalist in the intro: not "Presenter Kate Innes spoke to our reporter
    // Sam Ojo", where the reporter answers)
    let trade = 0;
    for (let q = intro, n = 0; q >= 0 && n < 3; q--) {
      const lq = locals[q]!;
      if (!NON_SPACE.test(lq.text)) continue;
      if (lq.quotes.some((x) => x.cue.cue === 'transcript' || x.cue.cue === 'answer')) break;
      n++;
      for (const t of lq.toks) if (t.k === 'w' && (JOURNALISTS.has(t.lo) || t.lo === 'anchor')) trade++;
      lq.mentions.forEach((m, mi) => {
        const o = mentionMember[q]![mi];
        if (!o || o.kind !== 'person' || o.described || !shownPerson(o)) return;
        // (a credit for something else names no one in the interview: "Photographs by Ayo Balogun")
        if (lq.toks[m.i0 - 1]?.lo === 'by' && /^(?:photographs|photos|pictures|words|illustrations|reporting)$/.test(lq.toks[m.i0 - 2]?.lo ?? '')) return;
        // (nor a name after a role and "of", a body whoever's name it looks like: "became chief
        // executive of Brannock Mutual")
        if (lq.toks[m.i0 - 1]?.lo === 'of' && /^(?:executive|director|chairman|chairwoman|chair|president|founder|owner|governor|ceo|boss|officer|manager)$/.test(lq.toks[m.i0 - 2]?.lo ?? '') && m.type !== 'person' && !m.personEvidence && !m.gender && !m.lower.some((w) => isFirstName(w))) return;
        people.add(o);
        const role = journalistRole(lq, m, mi);
        if (role) found.push({ q, mi, role, mem: o });
      });
    }
    // (or, with no one found there, the credit line closing the interview, or the one the intro's
    // subject "spoke to", named bare)
    if (!found.length) found.push(...closingCredit(p, people));
    // ("Packaging Today Weekly sat down with Hamid Farouqi, managing director of Corrugan Boards,":
    // with no journalist named, the paper asks and the one it sat down with answers, the intro naming
    // no other person)
    if (!found.length && trade === 0) {
      const lq = locals[intro]!;
      const mi = paperSpokeTo(lq);
      const s = mi >= 0 ? lq.mentions[mi]!.sent : -1;
      // (the paper: the sentence's subject, or the body's name opening it)
      const pi = s < 0 ? -1 : (lq.sentSubject[s] ?? -1) >= 0 ? lq.sentSubject[s]! : lq.mentions.findIndex((m) => m.sent === s && m.type === 'org' && m.i1 <= lq.mentions[mi]!.i0);
      const paper = pi >= 0 ? mentionMember[intro]![pi] : null;
      const who = mi >= 0 ? mentionMember[intro]![mi] : null;
      // (a paper's name the story gave nothing else to, "Pottery Today", may have been kept as a name of no kind)
      const body = !!paper && !paper.described && (paper.kind === 'organization' || (paper.weak && !paper.personEvidence && !paper.gender && !paper.speaker));
      if (body && who?.kind === 'person' && who !== paper && !who.described && [...people].every((o) => o === who)) return { asker: paper, answerer: who };
    }
    if (found.length) for (const f of found) people.add(f.mem);
    else if (people.size >= 2) found.push(...spokenToBare(intro, people));
    const askers = new Set(found.map((f) => f.mem));
    if (askers.size !== 1 || trade > 1) return none;
    const f = found[0]!;
    const others = [...people].filter((o) => o !== f.mem);
    const lq = locals[f.q]!;
    const m = lq.mentions[f.mi]!;
    let answerer: Member | null = null;
    if (f.role === 'subject') {
      const xi = journalistsSubject(lq, m);
      const x = xi >= 0 ? mentionMember[f.q]![xi] : null;
      answerer = x && x !== f.mem && people.has(x) ? x : null;
      // (or the one other person, when the journalist asked or interviewed "her" or "him": "Education
      // reporter Pieter Olivier asked her about her first term.")
      const pg = xi < 0 ? pronounAfterVerb(lq, m) : null;
      if (!answerer && pg && others.length === 1 && !(others[0]!.gender && others[0]!.gender !== pg)) answerer = others[0]!;
    } else if (f.role === 'to') {
      const sj = lq.sentSubject[m.sent] ?? -1;
      const named = sj >= 0 ? mentionMember[f.q]![sj] : null;
      const sc = lq.sentSubjectCue[m.sent];
      // (or a role opening the sentence, "The former midwife, ..., spoke to", for the one other person)
      const theRole = (!sc || sc.ref === 'role') && sj < 0 && lq.toks[lq.toks.findIndex((t) => t.sent === m.sent)]?.lo === 'the';
      // (with others named, the pronoun's one is the subject of the sentence before: "Former heavyweight
      // champion Chidubem Okafor, 38, has ruled out retirement despite his defeat by Ruslan Bekmuratov.
      // He spoke to Efua Mensah-Cole on Radio Eastfield’s Sportsdesk.")
      const sb = m.sent > 0 ? (lq.sentSubject[m.sent - 1] ?? -1) : -1;
      const before = sb >= 0 ? mentionMember[f.q]![sb] : null;
      const pronounsOne = others.length === 1 ? others[0]! : before && others.includes(before) ? before : null;
      answerer = named ? (people.has(named) ? named : null) : (sc?.ref === 'pronoun' || theRole) && pronounsOne && !(sc?.gender && pronounsOne.gender && sc.gender !== pronounsOne.gender) ? pronounsOne : null;
    } else if (others.length === 1) answerer = others[0]!;
    // (nor when the intro then turns to someone it does not name: "Today we put questions to her
    // deputy.", "The interview below is with the gallery’s director.")
    for (let q = f.q; q <= intro && answerer; q++) {
      const l = locals[q]!;
      // (a person's word right before a name is its title: "Retired miner Gwilym Pryce")
      const turns = l.toks.some((t, k) => (q > f.q || t.sent > m.sent) && t.k === 'w' && !t.cap && (isPersonNoun(t.lo) || t.lo in KIN) && !l.mentions.some((x) => x.i0 <= k + 1 && k < x.i1));
      if (turns) answerer = null;
    }
    return { asker: f.mem, answerer };
  };
  /** The organisation named last before `at` with `word` for its kind right before the name ("the
   * exam board Northern Qualifications") or set off after it ("Hope Aloud, the housing charity,"). */
  /** The organisation named with `word` that `namedWithKindAt` finds before `at`, when no mention
   * before `at` is a rival (`rival`), and the word in lower case is nowhere between it and `at`. */
  type KindFound = NonNullable<ReturnType<typeof namedWithKindAt>>;
  const onlyNamedWithKind = (word: string, at: number, p: number, found: KindFound, rival: (l: LocalParagraph, m: Mention, mem: Member | null) => boolean): boolean => {
    for (let q = 0; q <= p; q++) {
      const l = locals[q]!;
      for (let mi = 0; mi < l.mentions.length; mi++) {
        const m = l.mentions[mi]!;
        if (pos(q, m.n0) >= at || m.key === found.m.key) continue;
        if (rival(l, m, mentionMember[q]![mi] ?? null)) return false;
      }
      for (let k = 0; k < l.toks.length; k++) if (l.toks[k]!.k === 'w' && !l.toks[k]!.cap && l.toks[k]!.lo === word && pos(q, k) > found.at && pos(q, k) < at) return false;
    }
    return true;
  };
  /** the member of what namedWithKindAt found (named in passing, it may be in no one's cast yet) */
  const kindMember = (found: KindFound): Member => found.mem ?? byFull.get(found.m.key) ?? create(found.m, found.m.name, found.m.tokens, 'organization', found.pos);
  /** The organisation named last before `at` with `word` for its kind right before the name ("the
   * exam board Northern Qualifications") or set off after it ("Hope Aloud, the housing charity,"). */
  const namedWithKind = (word: string, at: number, p: number): Member | null => {
    const found = namedWithKindAt(word, at, p);
    if (!found) return null;
    // (only with no other organisation named before, and the word in lower case nowhere between:
    // not "Halvorsen Foods ... said its board would meet. The board said", "Tidewell, the housing
    // charity, ... Shelterline, another housing charity, ... the charity said")
    // (initials aside: "GCSE students")
    const rival = (_l: LocalParagraph, m: Mention, mem: Member | null) => m.type === 'org' && !/^[A-Z]{2,5}$/.test(m.name) && (!mem || mem !== found.mem);
    return onlyNamedWithKind(word, at, p, found, rival) ? kindMember(found) : null;
  };
  /** the one firm named before `at` with the word `word` ("freight company Southern Cross Haulage"),
   * when every other organisation named before is a public body by its name, no one else named
   * before may be a firm the engine did not know for one, and the word is nowhere between: else null */
  const firmNamedWithKind = (word: string, at: number, p: number): Member | null => {
    const found = namedWithKindAt(word, at, p);
    if (!found || found.mem?.described) return null;
    // (a body of the state, by its name's words, is no rival for a firm's word; an association, a
    // federation or a union may be: "logistics group Halden Freight ... The Road Haulage Association
    // said ... the group said")
    const publicBody = (lower: string[]) => lower.some((w) => STATE_BODY_WORDS.has(w));
    if (publicBody(found.m.lower)) return null;
    const rival = (l: LocalParagraph, m: Mention, mem: Member | null) => {
      if (mem && mem === found.mem) return false;
      if (m.type === 'org' && !publicBody(m.lower)) return true;
      if (mem && mem.kind === 'person' && !mem.described && mayBeOrganisation(mem, true)) return true;
      // (nor one word the story never showed to be a person's, as a subject or a speaker:
      // "Swiftline's biggest client, Zentrix, said")
      return !!mem && mem.kind === 'person' && !mem.described && (mem.speaker || (m.subj && !afterPrepWithin(l.toks, m.i0))) && mem.lower.length === 1 && !mem.gender && !mem.title && !mem.personEvidence && mem.roleWords.size === 0 && !isFirstName(mem.lower[0]!);
    };
    if (!onlyNamedWithKind(word, at, p, found, rival)) return null;
    if (found.mem && found.mem.kind === 'person') {
      found.mem.kind = 'organization';
      found.mem.weak = false;
    }
    return kindMember(found);
  };
  /** a member the engine took for a person on a capitalised name alone: no first name, title,
   * gender, role or speech showed them to be one */
  const unprovenPerson = (m: Member): boolean => m.kind === 'person' && m.weak && !m.personEvidence && !m.gender && !m.title && !m.speaker && !m.described && m.roleWords.size === 0 && !isFirstName(m.lower[0]!);
  const namedWithKindAt = (word: string, at: number, p: number): { mem: Member | null; m: Mention; at: number; pos: number } | null => {
    for (let q = p; q >= 0; q--) {
      const l = locals[q]!;
      for (let mi = l.mentions.length - 1; mi >= 0; mi--) {
        const m = l.mentions[mi]!;
        const mem = mentionMember[q]![mi];
        // (or a name the engine took for someone's, which nothing showed to be a person's: "freight
        // company Southern Cross Haulage")
        if (pos(q, m.n0) >= at || m.poss || m.personEvidence || (mem ? (mem.kind !== 'organization' && !unprovenPerson(mem)) || mem.described : m.type !== 'org' && m.type !== 'unknown')) continue;
        const before = l.toks[m.i0 - 1];
        // (not one who founded or runs it: "the firm Obuya Mwangi started in Mombasa", its founder)
        const nx = l.toks[m.i1];
        if (nx?.k === 'w' && nx.sent === m.sent && FOUNDING_VERBS.test(nx.lo)) continue;
        const kindBefore = before?.k === 'w' && !before.cap && before.lo === word && before.sent === m.sent;
        const after = setOffWords(l, m);
        const kindAfter = after.length <= 3 && after[after.length - 1] === word && l.toks[m.i1 + 1]?.lo === 'the';
        // (the word itself, right before the name or in the phrase set off after it)
        let w = m.i0 - 1;
        if (kindAfter) for (w = m.i1 + 1; w < l.toks.length && l.toks[w]!.lo !== word; w++);
        if (kindBefore || kindAfter) return { mem: mem ?? null, m, at: pos(q, w), pos: pos(q, m.n0) };
      }
    }
    return null;
  };
  /** "He spoke to Ellie Novak.": the one who spoke to someone named at the end of a sentence, its
   * subject, in the paragraph right before the story's first question paragraph (the first such
   * sentence of the story), worked out once; null when none, or when the answer at paragraph
   * `answer` is not theirs to give: a question about "he" or "she", or words that speak of them so. */
  let spokenTo: { para: number; mem: Member | null } | null = null;
  const spokenToBefore = (before: number, answer: number): Member | null => {
    const q = locals[before]!;
    if (THIRD_PERSON_WORDS.test(q.text)) return null;
    const mem = spokenToFirst(before);
    if (!mem) return null;
    const words = locals[answer]!.quotes[0]?.raw.text ?? '';
    if (mem.gender && thirdPersonWords(mem.gender).test(words)) return null;
    return mem;
  };
  const spokenToFirst = (before: number): Member | null => {
    spokenTo ??= (() => {
      for (let q = 0; q < locals.length; q++) {
        const l = locals[q]!;
        for (let s = 0; s < l.sentSubjectCue.length; s++) {
          const sc = l.sentSubjectCue[s];
          if (!sc || (sc.ref !== 'name' && sc.ref !== 'pronoun') || !INTERVIEW_VERBS.has(l.toks[sc.at + 1]?.lo ?? '') || !/^(?:to|with)$/.test(l.toks[sc.at + 2]?.lo ?? '') || !subjectOpens(l, sc)) continue;
          const mi = l.mentions.findIndex((m) => m.i0 === sc.at + 3);
          const asker = mi >= 0 ? mentionMember[q]![mi] : null;
          // (the name ends the sentence: "He spoke to Ellie Novak.", not "spoke to Mia Torres, 38, at
          // her home", where the one who spoke may be the reporter)
          const end = l.toks[l.mentions[mi]?.i1 ?? -1];
          if (!asker || asker.kind !== 'person' || end?.t !== '.' || end.sent !== s) continue;
          let r = resolveCue(sc, q, l);
          // (a "he" no gender settles is the subject of the sentence before: "Kofi Mensah-Barrow set up
          // Second Wind ... He spoke to Ellie Novak.")
          if ((!r.mem || r.ambiguous) && sc.ref === 'pronoun' && s > 0 && l.sentSubjectCue[s - 1]?.ref === 'name') r = resolveCue(l.sentSubjectCue[s - 1]!, q, l);
          return { para: q, mem: r.mem && !r.ambiguous && r.mem !== asker && r.mem.kind === 'person' && !r.mem.described ? r.mem : null };
        }
        // ("Chef Rashida Benali-Moreau runs Zitoun ... We asked her four questions between services.":
        // the paper asks, and "her" is the one the sentence before named as its subject)
        const we = weAskedIn(l);
        if (we) {
          const prev = l.sentSubjectCue[we.sent - 1];
          const r = prev?.ref === 'name' ? resolveCue(prev, q, l) : null;
          // (the one person that sentence names, not of the other gender: not "Councillor Ngozi Ade
          // appointed Shirin Haddad ...")
          const named = l.mentions.filter((x, xi) => x.sent === we.sent - 1 && mentionMember[q]![xi]?.kind === 'person' && (x.type === 'person' || x.personEvidence || nameLikePair(mentionMember[q]![xi]!)));
          // (nor one who does something there to another of that gender: "Her teacher, Dele Bankole,
          // entered her on a whim.", "Her granddaughter, Daria, brought her to Warsaw.")
          if (r?.mem && !r.ambiguous && r.mem.kind === 'person' && !r.mem.described && (!r.mem.gender || r.mem.gender === we.gender) && named.every((x) => mentionMember[q]![l.mentions.indexOf(x)] === r.mem) && !objectPronounIn(l, we.gender).includes(we.sent - 1)) return { para: q, mem: r.mem };
        }
      }
      return { para: Infinity, mem: null };
    })();
    // (and the questions start right after it)
    let first = spokenTo.para + 1;
    while (first < locals.length && !NON_SPACE.test(locals[first]!.text)) first++;
    return first <= before && bareQuestion(locals[first]!) ? spokenTo.mem : null;
  };
  /** Where the story first brings in each public body without a name, worked out once. */
  let unnamedBodies: Map<string, number> | null = null;
  const firstUnnamedBody = () => {
    if (unnamedBodies) return unnamedBodies;
    unnamedBodies = new Map();
    locals.forEach((l, li) => {
      for (const [w, k] of unnamedBodiesIn(l)) if (!unnamedBodies!.has(w)) unnamedBodies!.set(w, pos(li, k));
    });
    return unnamedBodies;
  };
  const resolvePronoun = (gender: Gender, at: number, para: number): { mem: Member | null; ambiguous: boolean } => {
    const r = resolvePronounPick(gender, at, para);
    // (the one the last quote's speaker called "he" may be answering; not when the sentence just
    // before, in a paragraph after that quote's, has the speaker as its named subject: "Antoniadis also
    // confirmed that ... “...,” he said.")
    // (not when the words themselves speak of a "he": "Briggs has complained three times. “Every
    // repair he asked for has been done,” he said." may be the landlord answering)
    if (r.subjectBefore && lastQuotePara < para && !(pronounQuote && gender && !lastQuoteUnsure && thirdPersonWords(gender).test(pronounQuote))) return r;
    // (nor is the one who asked the last quote's question, in the paragraph before, sure to answer it:
    // "“What was the worst thing you cleaned up?” asked Adaeze, 9. / “...,” he said.")
    // (either way, only when someone else the story showed to be a person is in reach)
    const asked = asks(lastQuoteText) && lastQuotePara < para && !!pronounQuote && !asks(pronounQuote) && (locals[para]!.toks[at % 100000]?.sent ?? 0) === 0;
    if (r.mem && !r.ambiguous && gender && r.mem === lastQuoteSpeaker && (asked || thirdPersonWords(gender).test(lastQuoteText))) {
      if (candidates(gender, at, para).some((x) => x.mem !== r.mem && x.mem.kind === 'person' && !x.mem.described && (!x.mem.weak || nameLikePair(x.mem)))) return { mem: r.mem, ambiguous: true };
    }
    return r;
  };
  /** the sentence just before position `at`, in its paragraph, brings in a source kept unnamed ("who
   * asked not to be named") reported speaking there with no quote of its own */
  const unnamedSpeakerJustBefore = (at: number, para: number): boolean => {
    const lp = locals[para]!;
    const sent = lp.toks[at % 100000]?.sent ?? 0;
    if (sent === 0 || lp.quotes.some((q) => q.sent === sent - 1) || !lp.sentSpeech[sent - 1]) return false;
    const words = lp.toks.filter((t) => t.sent === sent - 1).map((t) => t.lo).join(' ');
    return /\b(?:asked|wished|requested|declined|refused) not to be (?:named|identified)\b|\bcondition of anonymity\b|\brequesting anonymity\b/.test(words);
  };
  /** someone the story named was reported speaking, or quoted, in paragraph `para` before `at` */
  const namedSpokeHere = (para: number, at: number): boolean => recent.some((r) => r.para === para && r.at < at && r.mem.kind === 'person' && !r.mem.described && (locals[para]!.sentSpeech[r.sent] || locals[para]!.quotes.some((q) => q.sent === r.sent)));
  /** the last sentence before position `at` that names `mem` names no other person the story showed
   * to be one */
  const aloneInSentence = (mem: Member, at: number): boolean => {
    let last: Recent | null = null;
    for (let i = recent.length - 1; i >= 0 && !last; i--) if (recent[i]!.mem === mem && recent[i]!.at < at) last = recent[i]!;
    if (!last) return false;
    const r0 = last;
    return !recent.some((r) => r.para === r0.para && r.sent === r0.sent && r.mem !== mem && r.mem.kind === 'person' && (!r.mem.weak || r.mem.personEvidence || !!r.mem.gender || nameLikePair(r.mem)));
  };
  /** the one named right after the verb that follows the pronoun at position `at`, when it is a verb
   * of telling or asking someone ("she told Doolan"): whom the words were spoken to, else null */
  const addresseeAfter = (para: number, at: number): Member | null => {
    const lp = locals[para]!;
    const i = at % 100000;
    const v = lp.toks[i + 1];
    if (v?.k !== 'w' || !ADDRESSEE_VERBS.test(v.lo) || v.sent !== lp.toks[i]?.sent) return null;
    const mi = lp.mentions.findIndex((m) => m.n0 === i + 2);
    return mi >= 0 ? (mentionMember[para]![mi] ?? null) : null;
  };
  /** a pronoun subject `sc` in paragraph `para` of the same gender as the one being resolved, with
   * no one named since: whom it surely means, else null */
  const throughPronoun = (sc: LocalCue, gender: Gender, para: number, depth: number): { mem: Member; ambiguous: false } | null => {
    if (!gender || depth >= 2 || sc.ref !== 'pronoun' || sc.gender !== gender) return null;
    const r = resolvePronounPick(gender, pos(para, sc.at), para, depth + 1);
    return r.mem && !r.ambiguous ? { mem: r.mem, ambiguous: false } : null;
  };
  /** "The judge asked him whether he had tried a coop. He said he had ...": the sentence before, in
   * this paragraph, asks someone of the pronoun's gender; who asked (its subject), else null
   * (or the last of the paragraph before, when this one opens with the answer and that one quotes no
   * one: "Prosecutor Huw Lyle put it to him that ... / “…,” he replied.") */
  const askerBefore = (gender: Gender, at: number, para: number): Member | null => {
    // (not when the words ask again: "... put it to him that ... / ‘You were drowning, weren’t you?’ he asked.")
    if (!gender || stillAsking(para, at)) return null;
    let lp = locals[para]!;
    let sent = lp.toks[at % 100000]?.sent ?? 0;
    let from = para;
    if (sent === 0) {
      const q = prevNonEmptyOf(para);
      if (q < 0 || lp.toks[0]?.k !== 'q' || locals[q]!.quotes.length) return null;
      from = q;
      lp = locals[q]!;
      sent = lp.sentSubject.length;
    }
    const sc = askedPronounIn(lp)[sent - 1] === gender ? lp.sentSubjectCue[sent - 1] : null;
    if (!sc || sc.ref === 'pronoun') return null;
    // (from the paragraph before, or after "put it to him", a reply ("“…,” he replied."), or words
    // that do not speak to a "you" after the subject's own asking ("Achebe put it to him that ... /
    // “That is simply not true,” he said."); not "“You have told this jury a story,” he said.", which
    // may be counsel going on, nor after asking told of ("PC Cole told the court he ... asked him whether"))
    const putIt = lp.toks.some((t, k) => t.sent === sent - 1 && /^puts?$/.test(t.lo) && lp.toks[k + 1]?.lo === 'it' && lp.toks[k + 2]?.lo === 'to');
    if (from !== para || putIt) {
      const own = wordAfterName(lp, sc.ref === 'name' && sc.mention >= 0 ? lp.mentions[sc.mention]!.n0 : sc.at);
      const direct = (ASKING.has(own) || /^puts?$/.test(own)) && !(pronounQuote && SPEAKS_TO_YOU.test(pronounQuote));
      if (!REPLYING.has(locals[para]!.toks[(at % 100000) + 1]?.lo ?? '') && !direct) return null;
    }
    const r = resolveCue(sc, from, lp);
    return r.mem && r.mem.kind === 'person' ? r.mem : null;
  };
  /** The last sentence of the paragraph before `para`, which quotes no one, opens with someone new and
   * unnamed who asked whether a "he" or "she" of the pronoun's gender ...; the pronoun at `at` opens
   * `para` with a quote that does not speak to a "you" (the one asked answering). */
  const unnamedAskerBefore = (gender: Gender, at: number, para: number): boolean => {
    if (!gender || stillAsking(para, at) || (locals[para]!.toks[at % 100000]?.sent ?? 0) !== 0 || locals[para]!.toks[0]?.k !== 'q') return false;
    const q = prevNonEmptyOf(para);
    if (q < 0 || locals[q]!.quotes.length) return false;
    const lp = locals[q]!;
    const last = lp.sentSubject.length - 1;
    return !!lp.sentIndefPerson[last] && !lp.sentSubjectCue[last] && askedPronounIn(lp)[last] === gender && !(pronounQuote && SPEAKS_TO_YOU.test(pronounQuote));
  };
  /** the mention is a surname alone for someone named in full before ("Escobedo, his left eye
   * almost closed, did not agree."), as newsrooms call people and not firms */
  const bySurname = (r: Recent): boolean => {
    const m = locals[r.para]!.mentions[recentMention(r)];
    return !!m && m.tokens.length === 1 && surnameIs(r.mem, m.lower[0]!);
  };
  /** the sentence of the mention goes on to call its subject by the pronoun's gender ("Mélanie
   * Gauthier-Roy spent the night at a warming centre with her two kids."): a person, not a firm */
  const gendersItself = (r: Recent, gender: Gender): boolean => {
    const lp = locals[r.para]!;
    const m = lp.mentions[recentMention(r)];
    return !!m && !!gender && genderedAfter(lp, m).includes(gender);
  };
  /** the sentence of the mention recorded at r calls them only by the other gender's pronouns after
   * their name ("the lieutenant, Cristián Rojas Vergara, lowering his launcher": not "she") */
  const otherGenderAfter = (r: Recent, gender: Gender): boolean => {
    const lp = locals[r.para]!;
    const m = lp.mentions[recentMention(r)];
    return !!m && !!gender && genderedAfter(lp, m) === (gender === 'f' ? 'm' : 'f');
  };
  /** the sentences of paragraph `para` strictly between `from` and `to` have no one as their
   * subject, no one unnamed in them and no quote: "Laura Fitch spent the winter installing a new
   * system. Survival rates have since tripled. "...," she said." */
  const quietBetween = (para: number, from: number, to: number): boolean => {
    const lp = locals[para]!;
    if (to - from < 2 || to - from > 3) return false;
    for (let s = from + 1; s < to; s++) if (lp.sentSubjectCue[s] || lp.sentOtherPerson[s] || lp.sentAnonSource[s] || lp.quotes.some((q) => q.sent === s)) return false;
    return true;
  };
  /** the quotes of paragraph `para` from the sentence of token position `at` on ask something
   * themselves ("It's a simple question," he said. "Yes or no?") */
  const stillAsking = (para: number, at: number): boolean => {
    const lp = locals[para]!;
    const sent = lp.toks[at % 100000]?.sent ?? 0;
    return lp.quotes.some((q) => q.sent >= sent && isQuestion(q));
  };
  /** quote lq, in paragraph p, is in the sentence of the last quote, attributed for sure, in a
   * second clause of the same report ("... and that it is used "..."") with no one named and no
   * other verb of saying between */
  const sameReport = (lp: LocalParagraph, p: number, lq: LocalQuote): boolean =>
    !!lastQuoteSpeaker && !lastQuoteUnsure && lastQuotePara === p && lastQuoteSent === lq.sent && secondClause(lp, lq);
  /** the paragraph `q` ends "the family said:" (someone described or a body; a name, a pronoun or a
   * role there is read by the rules for the paragraph before): whom it means, else null */
  const colonLeadMember = (q: number): { mem: Member; ambiguous: boolean } | null => {
    const c = locals[q]!.colonLead;
    if (!c || (c.ref !== 'described' && c.ref !== 'org')) return null;
    const r = resolveCue(c, q, locals[q]!);
    return r.mem ? { mem: r.mem, ambiguous: r.ambiguous } : null;
  };
  /** quote lq opens paragraph p, a paragraph of quotes only, and the next paragraph says whose the
   * words were ("“Ireland has been clear ...” / That was the response of a spokesman for ..."). */
  const backReferenceNext = (p: number, lq: LocalQuote): boolean => {
    if (!lq.raw.atParaStart || !lq.standalone) return false;
    const nx = nextNonEmpty(p);
    return nx >= 0 && GIVEN_BACK.test(locals[nx]!.text);
  };
  /** the people the story has named, not described, before position `at` */
  const namedBefore = (at: number): Member[] => members.filter((m) => m.kind === 'person' && !m.described && !m.weak && m.firstSeen < at);
  /** a quote of paragraph `para` stands between positions `a` and `b` */
  const quoteBetween = (para: number, a: number, b: number): boolean => locals[para]!.quotes.some((q) => pos(para, q.qtok) > a && pos(para, q.qtok) < b);
  /** the story brought in a club by a common noun before position `at` (paragraph `p`): "outside a
   * nightclub", "a club in the town", which a later "the club" may mean */
  const commonClubBefore = (at: number, p: number): boolean => locals.some((l, li) => li <= p && commonClubsIn(l).some((k) => pos(li, k) < at));
  /** the first paragraph after `p` with any text, else -1 */
  const nextNonEmpty = (p: number): number => {
    for (let i = p + 1; i < locals.length; i++) if (NON_SPACE.test(locals[i]!.text)) return i;
    return -1;
  };
  /** the last paragraph before `p` with any text, else -1 */
  const prevNonEmptyOf = (p: number): number => {
    for (let i = p - 1; i >= 0; i--) if (NON_SPACE.test(locals[i]!.text)) return i;
    return -1;
  };
  /** the mention recorded at r comes right after "the" ("let the Skua reach"), or after "a" before
   * the noun it modifies ("a Sydney radio station") */
  const afterThe = (r: Recent): boolean => {
    const lp = locals[r.para]!;
    const m = lp.mentions[recentMention(r)];
    const before = m ? lp.toks[m.n0 - 1]?.lo : undefined;
    return !!m && (before === 'the' || ((before === 'a' || before === 'an') && wordModifiedAfter(lp, m)));
  };
  /** one word the story first named the way a place is, and nothing since showed to be anyone's */
  const placeFirst = (m: Member): boolean => firstPlaceLike.has(m) && m.weak && m.lower.length === 1 && !m.personEvidence && !m.gender && !m.speaker && !m.roleWords.size;
  const resolvePronounPick = (gender: Gender, at: number, para: number, depth = 0): { mem: Member | null; ambiguous: boolean; subjectBefore?: boolean } => {
    // (the one asked answers: anyone but the asker, sure when it is whoever spoke last)
    const asker = depth === 0 ? askerBefore(gender, at, para) : null;
    // ("At a press conference afterward, a reporter asked whether she had faced pressure. / “Of
    // course,” she said.": someone new and unnamed asks, and the one asked, named, answers)
    if (!asker && depth === 0 && unnamedAskerBefore(gender, at, para)) {
      const others = candidates(gender, at, para).filter((x) => !x.mem.described && x.mem.kind === 'person' && !x.mem.weak);
      if (others.length) return { mem: others[0]!.mem, ambiguous: others[0]!.mem !== lastQuoteSpeaker || others.length > 1 };
    }
    if (asker) {
      const others = candidates(gender, at, para).filter((x) => x.mem !== asker && !x.mem.described);
      if (others.length) return { mem: others[0]!.mem, ambiguous: others[0]!.mem !== lastQuoteSpeaker };
    }
    const c = candidates(gender, at, para);
    const anon = anonSourceBefore(gender, at, para, c);
    if (anon) return { mem: anon, ambiguous: false };
    // no one in reach the story showed to be a person, far from the last name: the one person of
    // the pronoun's gender the story has named, when no one described of it came in since (an
    // obituary's "she" paragraphs after her name: "In a 2011 interview, she said ... "...," she said.")
    // (two words one of which is a common word are no more a person: "the Penhallow Show")
    // (a capitalised common word is no person for being a subject: "the charity Type One Together")
    const commonWord = (m: Member) => m.lower.length === 1 && isCommonWord(m.lower[0]!) && !isFirstName(m.lower[0]!);
    if (gender && !c.some((x) => !x.mem.weak || x.mem.personEvidence || x.mem.gender || x.mem.speaker || (x.r.subj && !commonWord(x.mem)) || nameLikePair(x.mem))) {
      const only = onlyNamedOfGender(gender, at);
      if (only) return { mem: only, ambiguous: false };
    }
    if (!c.length) return { mem: null, ambiguous: false };
    let weakSubjectBefore: Member | null = null;
    let askedBefore = false;
    // "Bell shrugged off the praise. "...," he said.": the named subject of the sentence just before,
    // in the same paragraph, with no one mentioned since, is the one speaking
    {
      const sent = locals[para]!.toks[at % 100000]?.sent ?? 0;
      let last: Recent | null = null;
      for (let i = recent.length - 1; i >= 0; i--) {
        const r = recent[i]!;
        if (r.at >= at || reportedBefore(r, at, para)) continue;
        // (past a name inside a clause set off after the subject: "Ireland coach Declan Rooney, who
        // coached Moir at school, said he had always known.")
        if (r.para === para && r.sent === sent - 1 && !r.main && inSetOffRelative(locals[para]!.toks, r.at % 100000)) continue;
        // (... or a name in a phrase opening the pronoun's own sentence: "Speaking at her final rally
        // in Sjövik, she said:", "Asked whether Tully had trained, he said:")
        if (r.para === para && r.sent === sent && !r.main && inIntroPhrase(locals[para]!.toks, r.at % 100000)) continue;
        // (... or the organisation or place right after the subject's name: "Analyst Camille Dorne of
        // Berrin Securities said ...")
        if (r.para === para && r.sent === sent - 1 && !r.main && besideSubject(para, r)) continue;
        // (... or any organisation that is not the subject: "Jean-Paul Tremblay of the group Fair
        // Bills Canada welcomed the ruling.", "... with Canada's foreign minister, Julien Ferland,")
        if (r.para === para && r.sent === sent - 1 && !r.main && r.mem.kind === 'organization') continue;
        // (nor a place the story first named as one: "Residents of Ashworth have complained ... /
        // Ashworth charges £12 a year for a plot. ‘…,’ she said.")
        if (placeFirst(r.mem)) continue;
        // (... or, after a pronoun subject of the pronoun's gender, someone in what they are reported
        // saying or whose something they did: "He said his neighbour, Derek Fairley, had woken him.",
        // "He praised Okonkwo's team.")
        if (r.para === para && r.sent === sent - 1 && !r.main && gender && behindPronounSubject(para, r, gender)) continue;
        // (... or a single word the story has not shown to be anyone's name, after "the": "She said
        // the open water had let the Skua reach a new site.")
        if (r.para === para && r.sent === sent - 1 && !r.main && r.mem.weak && !r.mem.gender && r.mem.lower.length === 1 && afterThe(r)) continue;
        // (... or a place named after "in", "at", "near", which nothing showed to be anyone's: "Hugh
        // Penhaligon had his car taken from outside his home in Sedgefield Drive. “…,” he said.")
        if (r.para === para && r.sent === sent - 1 && !r.main && r.mem.weak && !r.mem.personEvidence && !r.mem.gender && !r.mem.speaker && !r.mem.roleWords.size && inPlace(r) && !(pronounQuote && gender && thirdPersonWords(gender === 'm' ? 'f' : 'm').test(pronounQuote))) continue;
        // (... or a person of the other gender named after the subject: "Defending, Emma Clague said
        // Mr Garvey had been drinking. "...," she said.")
        if (r.para === para && r.sent === sent - 1 && !r.main && gender && r.mem.kind === 'person' && r.mem.gender && r.mem.gender !== gender) continue;
        last = r;
        break;
      }
      // (not one who asked something: "Host Themba Khumalo-Reddy asked why ... "...," she said." may
      // well be the one asked, answering)
      // (unless the asker is of the other gender: "defense attorney Lionel Haskett asked Solano how
      // she could be sure. "...," she said." is the one asked)
      // (nor one who "asked for" something, a request that is no question: "Defence counsel Babatunde
      // Olaniyan asked for a short adjournment. “…,” he said.")
      // (nor when the words go on asking: "Whitcombe asked whether the budget had doubled. 'It's a
      // simple question,' he said. 'Yes or no?'")
      if (last && last.para === para && last.sent === sent - 1 && wordAfterName(locals[para]!, last.at % 100000) === 'asked' && !askedFor(locals[para]!, last.at % 100000) && !stillAsking(para, at)) askedBefore = !(gender && last.mem.gender && last.mem.gender !== gender);
      else if (last && last.para === para && last.main && (last.sent === sent - 1 || quietBetween(para, last.sent, sent)) && last.mem.kind === 'person' && (!last.mem.weak || (surnameLike(last.mem) && humanVerbAfter(last)) || (nameLikePair(last.mem) && gender !== null && (bySurname(last) || gendersItself(last, gender) || last.mem.roleWords.size > 0))) && !last.mem.described && (!gender || !last.mem.gender || last.mem.gender === gender)) {
        if (gender && !last.mem.gender) last.mem.gender = gender;
        return { mem: last.mem, ambiguous: false, subjectBefore: !(pronounQuote && (namedInQuote(pronounQuote, last.mem) || givenNamedInQuote(pronounQuote, last.mem))) };
      }
      // ("Speaking after the passage, the Speaker, Rt. Hon. Yakubu Danladi Musa, commended members for
      // what he described as "...": the named main subject of the pronoun's own sentence, no one
      // named between)
      // (not a "he said" set off inside the sentence, which is the one reporting it: "Mr Whitlock-Ryan,
      // he said, had ...")
      else if (last && last.para === para && last.sent === sent && last.main && last.mem.kind === 'person' && !last.mem.described && !last.mem.weak && gender && (!last.mem.gender || last.mem.gender === gender) && !quoteBetween(para, last.at, at) && locals[para]!.toks[(at % 100000) - 1]?.t !== ',') {
        if (!last.mem.gender) last.mem.gender = gender;
        return { mem: last.mem, ambiguous: false };
      }
      // "Smith's voice cracked. "...," he said.": the one whose voice it was, when the sentence just
      // before, in this paragraph, opens with it
      else if (last && last.para === para && last.sent === sent - 1 && !last.main && last.mem.kind === 'person' && !last.mem.described && (!gender || !last.mem.gender || last.mem.gender === gender) && ownsSubject(locals[para]!, recentMention(last))) {
        if (gender && !last.mem.gender) last.mem.gender = gender;
        return { mem: last.mem, ambiguous: false };
      }
      // ("Green denied it.": a capitalised word the lexicon also knows as a common one, named as
      // someone in the story, as that subject: it may be the one speaking)
      // ... and so may a name of two or three words the lexicon does not know, as that subject
      // ("Kenzie Brown said she had barely slept. "...," she said." is not the coach quoted before);
      // before a speech verb, it is the one speaking
      if (last && last.para === para && last.main && last.sent === sent - 1 && last.mem.kind === 'person' && last.mem.weak && !last.mem.described && (last.mem.lower.length === 1 ? midSentence.has(last.mem) || surnameLike(last.mem) || humanVerbAfter(last) : last.mem.lower.length <= 3) && (!gender || !last.mem.gender || last.mem.gender === gender)) {
        if (last.mem.lower.length >= 2 && humanVerbAfter(last)) {
          if (gender && !last.mem.gender) last.mem.gender = gender;
          return { mem: last.mem, ambiguous: false };
        }
        weakSubjectBefore = last.mem;
      }
      // "Okafor rejected that. He said the figures were old. "...," he said.": a pronoun of the
      // same gender as the subject of the sentence just before, with no one named since, means who
      // that one does
      const sc = sent > 0 ? locals[para]!.sentSubjectCue[sent - 1] : null;
      const through = sc && (!last || last.at < pos(para, sc.at)) ? throughPronoun(sc, gender, para, depth) : null;
      if (through) return through;
      // "Outside, Warsame's brother, Abdullahi Warsame, greeted mourners. "...," he said.": a role as
      // the subject just before is the one person in the story who has it
      if (sc?.ref === 'role' && sc.roleHead && (!gender || !sc.gender || sc.gender === gender)) {
        const syn = ROLE_SYNONYMS[sc.roleHead] ?? [sc.roleHead];
        let holders = holdersOf(syn, at);
        // (of two, the one whose title has every word the role does: "the finance minister smiled")
        if (holders.length > 1) {
          const fit = holders.filter((m) => titleFits(sc.text, syn, m));
          if (fit.length === 1) holders = fit;
        }
        const h = holders.length === 1 ? holders[0]! : null;
        if (h && (!gender || !h.gender || h.gender === gender) && (!last || last.mem === h || last.at < pos(para, sc.at))) return { mem: h, ambiguous: false };
      }
    }
    // "Resident Gwen Ellis, 67, said she had been without water. / "...," she said.": a pronoun in the
    // first sentence of a paragraph, with no one named before it there, is the named main subject of
    // the last sentence of the paragraph before, when the story gave that person the pronoun's gender
    if (gender) {
      const sent = locals[para]!.toks[at % 100000]?.sent ?? 0;
      let prev = para - 1;
      while (prev >= 0 && !NON_SPACE.test(locals[prev]!.text)) prev--;
      // (recent is in reading order: look back only over this paragraph and the one before)
      const near: Recent[] = [];
      for (let i = recent.length - 1; i >= 0 && recent[i]!.para >= prev; i--) near.push(recent[i]!);
      const mentionedHere = near.some((r) => r.para === para && r.at < at && !(r.sent === sent && inIntroPhrase(locals[para]!.toks, r.at % 100000)));
      if (sent === 0 && prev >= 0 && !mentionedHere) {
        const pl = locals[prev]!;
        // (past closing sentences about no one: "... said the family had done “everything right”. Of
        // the 41 homes in the valley, 23 were lost. / "...," he said.")
        let ls = pl.sentSubject.length - 1;
        while (ls > 0 && !pl.sentSubjectCue[ls] && !pl.sentSpeech[ls] && !pl.quotes.some((x) => x.sent === ls) && !pl.sentOtherPerson[ls] && !pl.mentions.some((m) => m.sent === ls)) ls--;
        // ("Marlow-Adeyemi, 31, shot the film there. She said it felt right. / "...," she said.": the
        // paragraph before ends with that pronoun as its subject, and no one named after it)
        const psc = ls >= 0 ? pl.sentSubjectCue[ls] : null;
        // (past a capitalised word after "the" the story never showed to be anyone's name: "He blamed
        // a treatment used at the Loch Brae salmon farm.")
        // (nor past the one the pronoun speaks to: "She acknowledged Doolan had a history of trauma. /
        // “…,” she told Doolan.")
        // (nor by one inside what that pronoun is reported saying: "He said he had held Mr Cheetham down
        // ‘…’. / After the verdict, he said: ‘…’")
        // (only when what they report is about themselves, a pronoun its subject, and asks or tells no one
        // anything: not "He said Gordon Ellis had raised the matter many times. / “Nobody listens,” he
        // said.", "He said he had asked Mohamed Kamara to respond.")
        const rv = psc ? psc.at + 1 : -1;
        const rs = pl.toks[rv + 1]?.lo === 'that' ? rv + 2 : rv + 1;
        const reportsAfter = !!psc && psc.ref === 'pronoun' && SPEECH_VERBS.has(pl.toks[rv]?.lo ?? '') && !WEAK_SPEECH.has(pl.toks[rv]!.lo) && !ADDRESSEE_VERBS.test(pl.toks[rv]!.lo) && /^(?:he|she|they|we|i)$/.test(pl.toks[rs]?.lo ?? '') && !pl.toks.some((t, k) => k > rv && t.sent === ls && t.k === 'w' && (ADDRESSEE_VERBS.test(t.lo) || /^(?:invited|introduced|handed|passed)$/.test(t.lo)));
        const blocks = (r: Recent, skip: Member | null, reported = false) => r.para === prev && r.at > pos(prev, psc!.at) && r.mem !== skip && !(r.mem.weak && !r.mem.personEvidence && !r.mem.gender && !r.mem.speaker && afterThe(r)) && !(reported && r.sent === ls);
        let through = psc && !near.some((r) => blocks(r, null)) ? throughPronoun(psc, gender, prev, depth) : null;
        // (... when the earlier pronoun's person was the one person of their sentence: not "Judge Mary
        // Keane heard from the victim, Orla Nash. / She said Doolan had broken in.")
        if (!through && psc && reportsAfter) {
          const t = !near.some((r) => blocks(r, null, true)) ? throughPronoun(psc, gender, prev, depth) : null;
          if (t && aloneInSentence(t.mem, pos(prev, psc.at))) through = t;
        }
        // (... nor by the one the pronoun speaks to, when the earlier pronoun's person was the one
        // person of their sentence: "Judge Sandra Okonjo said ... / She acknowledged Doolan had ... / “…,”
        // she told Doolan."; not "Judge Mary Keane heard from the victim, Orla Nash. / She said ...")
        if (!through && psc) {
          const addressee = addresseeAfter(para, at);
          const t = addressee && !near.some((r) => blocks(r, addressee)) ? throughPronoun(psc, gender, prev, depth) : null;
          if (t && aloneInSentence(t.mem, pos(prev, psc.at))) through = t;
        }
        if (through) return through;
        // ("The hospital’s director said staff had not been paid for three months. / “…,” he said.": a
        // role as the subject of that last sentence, reported speaking there, is the one person the
        // story gave it, with no one named after it there)
        if (psc?.ref === 'role' && psc.roleHead && pl.sentSpeech[ls] && (!psc.gender || psc.gender === gender)) {
          const syn = ROLE_SYNONYMS[psc.roleHead] ?? [psc.roleHead];
          let holders = holdersOf(syn, at);
          if (holders.length > 1) holders = holders.filter((m) => titleFits(psc.text, syn, m));
          const h = holders.length === 1 ? holders[0]! : null;
          if (h && h.kind === 'person' && !h.described && (!h.gender || h.gender === gender) && !near.some((r) => blocks(r, h))) return { mem: h, ambiguous: false };
        }
        const sj = ls >= 0 ? pl.sentSubject[ls]! : -1;
        const mem = sj >= 0 ? mentionMember[prev]![sj] : null;
        // (and no one else of that gender named after it there)
        // (not a capitalised word the story never showed to be anyone's name: "a year group whose
        // GCSEs had been disrupted")
        // (not one only spoken of in what the subject is reported saying, when the quote itself speaks
        // of someone by the pronoun's word: "Anthony Meadowcroft-Bakare ... said Quilliam had taught him
        // everything. / ‘He would do nothing ...,’ he said."; "Prosecutor Alan Hartigan said Peter
        // Doyle-Marsh had lied. / ‘I never took a penny,’ he said." may be either)
        const quoteSpeaksOfOne = !!gender && !!pronounQuote && thirdPersonWords(gender).test(pronounQuote);
        const reportsHere = !!mem && !!pl.sentSpeech[ls] && speechVerbAfterMention(prev, sj) && quoteSpeaksOfOne;
        // (not one the sentence itself says died: "Moffatt said a post-mortem had confirmed Mr
        // Tautahi-Walker died before the car was set alight. / “…,” he said.")
        // (nor the one the subject praised there, when the quote speaks of someone by the pronoun's word:
        // "Rourke reserved special praise for Wielgosz, who had only been on for eleven minutes. / “He’s
        // been patient ...,” he said.")
        // (nor whom the subject's own pronoun spoke of there: "Claire Obi-Reynolds fought back tears as
        // she recalled canvassing for Dame Winifred. / ‘…,’ she said.")
        const praisedHere = mem && quoteSpeaksOfOne ? praiseLead(pl, sj) : -1;
        // (nor one only named inside what the subject reports about themselves: "Transport minister Ilse
        // Okonkwo-Berg said she had spoken to the airline’s chief executive, Marten Vos-Adeyemi, twice
        // this week. / “I asked him …,” she said." is the minister)
        const aboutSelf = !!mem && !!gender && saidOfSelf(pl, sj) === gender;
        const later = mem ? near.some((r) => r.para === prev && r.sent === ls && r.mem !== mem && r.mem.kind === 'person' && !diesThere(pl, recentMention(r)) && r.at > pos(prev, pl.mentions[sj]!.n0) && (!r.mem.gender || r.mem.gender === gender) && !(r.mem.weak && !r.mem.personEvidence && !r.mem.speaker && !nameLikePair(r.mem)) && !otherGenderAfter(r, gender) && !((reportsHere || aboutSelf) && inReportedClause(pl, recentMention(r))) && !(praisedHere >= 0 && r.at > pos(prev, praisedHere)) && !(gender && behindOwnPronounOf(pl, recentMention(r)) === gender) && !(pronounQuote && (namedInQuote(pronounQuote, r.mem) || givenNamedInQuote(pronounQuote, r.mem)))) : true;
        // (not when that sentence quotes them at someone: "Cole accused her rival of "rewriting
        // history." / "That is a lie," she said." may be the rival answering)
        // (nor when someone else of that gender was the main subject of a sentence of that paragraph
        // and neither has spoken yet: "Jenna Walsh, the union's negotiator, met management. The
        // company's vice president, Carla Duarte, left early. / "...," she said." may be either)
        // (a rival whose sentence reports no one speaking does not count against a subject whose
        // own sentence does: "Magistrates heard that Colin Barraclough ignored eleven letters.
        // Officer Mark Penney said the family had used a stove. / "...," he said." is Penney)
        const reports = !!mem && ((!!pl.sentSpeech[ls] && speechVerbAfterMention(prev, sj)) || speechLead(pl, sj) || askedLead(pl, sj) || praiseLead(pl, sj) >= 0);
        // (... nor one whose sentence came before a last sentence that reports the subject speaking,
        // and does not name the subject: "Board chair Margaret Oduya said enrolment had fallen.
        // Trustee Helen Sauvé argued that the numbers were temporary. / "...," she said." is Sauvé;
        // "Grant accused Foyle of blocking every scheme. Foyle said ..." stays an exchange)
        const rival = mem ? near.some((r) => r.para === prev && r.main && r.subj && r.mem !== mem && r.mem.kind === 'person' && !r.mem.described && r.mem.gender === gender && !(reports && (!pl.sentSpeech[r.sent] || (r.sent < ls && !near.some((o) => o.para === prev && o.sent === r.sent && o.mem === mem))))) && !mem.speaker : false;
        // (... and one the lexicon gives no gender, who has a first name and that verb of saying, when
        // nobody of the pronoun's gender but a rival so set aside is in reach, and no one of it was
        // quoted last in the paragraph before or since)
        // (... or a full name the lexicon does not know at all, when the story gives them a title or
        // a role or otherwise shows them to be a person: "A villager, Kamla Devi, said her house had
        // gone. / "...," she said.", "Fijian Foreign Minister Ratu Josefa Nailatikau ... said")
        // (with a role or a title, even a first name that is also a word: "Fellow cast member Jean Ashworth ... said")
        // (... or one of it reported speaking in an earlier sentence of that paragraph, when this
        // last sentence quoted the subject: "Mr Ballantyne said ... His deputy, Ewan Strachan, said
        // conditions had changed “in a matter of minutes”. / “...,” he said.")
        const quotedLast = !!mem && mem === lastQuoteSpeaker && !lastQuoteUnsure && lastQuotePara === prev && lastQuoteSent === ls && !pl.quotes.some((x) => x.sent === ls && asks(x.raw.text));
        const sameGender = mem && !mem.gender && reports && (isFirstName(mem.lower[0]!) || (!nameGender(mem.lower[0]!) && (!isCommonWord(mem.lower[0]!) || mem.roleWords.size > 0 || mem.personEvidence) && (mem.personEvidence || mem.roleWords.size > 0))) && mem.lower.length >= 2 && !near.some((r) => r.mem !== mem && r.mem.gender === gender && !(r.para === prev && !pl.sentSpeech[r.sent]) && !(praisedHere >= 0 && r.para === prev && r.at > pos(prev, praisedHere)) && !(quotedLast && goesOnAlone(prev, ls, sj) && r.para === prev && r.sent < ls) && !diesThere(locals[r.para]!, recentMention(r))) && !(lastQuoteSpeaker && lastQuoteSpeaker !== mem && lastQuoteSpeaker.kind === 'person' && lastQuoteSpeaker.gender === gender && eff[lastQuotePara]! >= eff[prev]!);
        if (mem && mem.kind === 'person' && !mem.weak && !mem.described && (mem.gender === gender || sameGender) && !later && !rival && !(pl.quotes.some((x) => x.sent === ls && x.speech) && (quotedLast ? !goesOnAlone(prev, ls, sj, gender) : otherPersonIn(prev, ls, sj))) && !diedBefore(pl, pl.mentions[sj]!)) {
          // (the pronoun, sure, tells their gender: a later "he" is not Jean Ashworth after her "she said")
          if (gender && !mem.gender) mem.gender = gender;
          return { mem, ambiguous: false };
        }
      }
    }
    const best = c[0]!;
    // the main subject of the sentence just before, in this paragraph, a person the pronoun may be
    // ("Holloway, a junior from Maple Falls, said she had barely slept. "...," she said."): a pick
    // other than them is no sure one
    let subjectBefore: Member | null = null;
    {
      const sent = locals[para]!.toks[at % 100000]?.sent ?? 0;
      for (let i = recent.length - 1; i >= 0 && recent[i]!.para === para; i--) {
        const r = recent[i]!;
        if (r.at >= at || r.sent !== sent - 1 || !r.main) continue;
        // (not a capitalised common word opening the sentence: "Environment campaigner Feargal Byrne")
        // (nor is a gender known only from a first name enough to rule them out: "Bernie Walsh ... /
        // Walsh said the secret was the gear. "...," she said." may well be Walsh)
        if (r.mem.kind === 'person' && !r.mem.described && !(r.mem.weak && r.mem.lower.length === 1 && isCommonWord(r.mem.lower[0]!)) && (!gender || !r.mem.gender || r.mem.gender === gender || genderFromNameOnly(r.mem, honoured))) subjectBefore = r.mem;
        break;
      }
      // (the pick quoted earlier in this paragraph is the "interrupter" rule's case, below)
      if (best.mem === lastQuoteSpeaker && lastQuotePara === para) subjectBefore = null;
      // (nor is the subject when the pick is whom they asked, answering: "Defense attorney Lionel
      // Haskett asked Solano how she could be sure. "...," she said.")
      if (subjectBefore && subjectBefore !== best.mem && askedInSentence(para, sent - 1, best.mem)) subjectBefore = null;
    }
    // ... and when that subject was reported speaking there, with the pronoun's gender and no one
    // else of it named after them in that sentence, the pronoun is theirs: "One woman, who gave only
    // her first name, Nour, said she had waited nine years. "...," she said." (not the prosecutor
    // quoted before her)
    // (... and so, when the story never gave that subject a gender, is the one every other person in
    // reach is ruled out by theirs: "Loss adjuster Philippa Haverstock, of Crane & Lisle, said claims
    // would run into the millions. ‘…,’ she said." after a man quoted before)
    if (subjectBefore && gender && !subjectBefore.gender && !askedBefore && c.some((x) => x.mem === subjectBefore) && c.every((x) => x.mem === subjectBefore || (x.mem.gender && x.mem.gender !== gender) || x.mem.kind !== 'person' || x.mem.described || (x.mem.weak && !x.mem.personEvidence && !x.mem.speaker && !nameLikePair(x.mem)) || (x.r.para < para && !(pronounQuote && thirdPersonWords(gender === 'm' ? 'f' : 'm').test(pronounQuote))) || (x.mem.weak && !x.mem.speaker && !x.mem.gender && !x.mem.personEvidence && !x.r.subj))) {
      const pl = locals[para]!;
      const sent = pl.toks[at % 100000]?.sent ?? 0;
      const sj = pl.sentSubject[sent - 1] ?? -1;
      const r = sj >= 0 ? inPara(para).find((x) => x.at === pos(para, pl.mentions[sj]!.n0)) : undefined;
      // (or the sentence opens with "According to" them: "According to Letícia Carvalho Ramos, an
      // analyst at Cerrado Commodities, the record crop would keep a lid on prices. “…,” she said.")
      // (only for one shown to be a person, with no one else known to be of the pronoun's gender in
      // reach, who may be answering the claim: not "According to Zoopla, ...", nor "Analyst Freya
      // Dunmore said ... / According to Kagiso Mthembu, ... “…,” she said.")
      const according = sj >= 0 && accordingOpens(pl, sj) && (subjectBefore.personEvidence || isFirstName(subjectBefore.lower[0]!)) && !c.some((x) => x.mem !== subjectBefore && x.mem.gender === gender);
      if (r && r.mem === subjectBefore && ((pl.sentSpeech[sent - 1] && speechVerbAfterMention(para, sj)) || according)) {
        subjectBefore.gender = gender;
        return { mem: subjectBefore, ambiguous: false };
      }
    }
    if (subjectBefore && subjectBefore !== best.mem && gender && subjectBefore.gender === gender && !askedBefore) {
      const pl = locals[para]!;
      const sent = pl.toks[at % 100000]?.sent ?? 0;
      const sj = pl.sentSubject[sent - 1] ?? -1;
      const here = inPara(para);
      const r = sj >= 0 ? here.find((x) => x.at === pos(para, pl.mentions[sj]!.n0)) : undefined;
      if (r && r.mem === subjectBefore && pl.sentSpeech[sent - 1] && speechVerbAfterMention(para, sj) && !here.some((x) => x.para === para && x.sent === sent - 1 && x.at > r.at && x.mem !== subjectBefore && x.mem.kind === 'person' && (!x.mem.gender || x.mem.gender === gender) && !(x.mem.weak && !x.mem.personEvidence && !x.mem.speaker && !nameLikePair(x.mem))) && c.some((x) => x.mem === subjectBefore)) return { mem: subjectBefore, ambiguous: false };
    }
    // (a runner-up whose gender the story never gave may still be "he" or "she": knowing the best
    // one's gender does not settle it)
    // (... unless the best is the main subject of the sentence just before, in this paragraph, of the
    // pronoun's own gender, and the runner-up was last seen in a paragraph before: "Penny Basket's
    // chief executive, Stefan Holmqvist, rejected that. "...," he said.")
    // (or the runner-up is a capitalised word the story never showed to be anyone, and the best was
    // reported speaking in the sentence just before: "Aoife Ní Bhraonáin, 17, ..., said she had been
    // campaigning since January. “...,” she said." over "Grand Parade")
    // (the pick was quoted as the subject of the last sentence of the paragraph just before, and the
    // pronoun's paragraph opens with the quote: "Mr Ballantyne said ... His deputy, Ewan Strachan,
    // said conditions had changed “in a matter of minutes”. / “...,” he said."; a rival named before
    // that sentence is behind it; not when the pick asked something there, nor when the sentence
    // speaks of anyone else (goesOnAlone): the pronoun may answer)
    const pronounOpens = (locals[para]!.toks[at % 100000]?.sent ?? 0) === 0 && !recent.some((r) => r.para === para && r.at < at);
    const lastSentQuoted = pronounOpens && best.mem === lastQuoteSpeaker && !lastQuoteUnsure && best.r.para === lastQuotePara && eff[para]! - eff[lastQuotePara]! === 1 && best.r.subj && best.r.sent === lastQuoteSent && lastQuoteSent === locals[lastQuotePara]!.sentSubject.length - 1 && !locals[lastQuotePara]!.quotes.some((q) => q.sent === lastQuoteSent && asks(q.raw.text)) && goesOnAlone(lastQuotePara, lastQuoteSent, recentMention(best.r));
    // (nor a runner-up of one capitalised word nothing showed to be anyone's, a place's name, when the
    // pick has the pronoun's gender: "He grows them ... in three polytunnels outside Wymondham. / “…,”
    // he says.")
    // (the one the pronoun speaks to stays a rival: "She said Doolan had broken in. / “…,” she told Doolan.")
    const addressee = addresseeAfter(para, at);
    // (only one the story has only ever named after a place's preposition: a surname alone may be
    // anyone, "Okonkwo was more forthcoming.", "Next came Draxler.")
    const bareWord = (x: (typeof c)[number]) => x.mem.weak && !x.mem.personEvidence && !x.mem.speaker && !x.mem.gender && x.mem.lower.length === 1 && !x.mem.roleWords.size && x.mem !== addressee && !notPlaceOnly.has(x.mem);
    // (not when someone new and unnamed is the subject of the pronoun's own sentence: "One neighbor, who
    // asked KPVL 12 not to use her name because of what she called “…”, said")
    const ownIndef = !!locals[para]!.sentIndefPerson[locals[para]!.toks[at % 100000]?.sent ?? 0];
    // (no one unnamed opened a sentence since the pick was named: "On Sadova Street, a woman in her
    // seventies ... She said ... “…,” she said.")
    const unnamedSince = (from: number, to: number) => {
      for (let q = from; q <= to; q++) if (locals[q]!.sentIndefPerson.some((g) => !!g) || locals[q]!.sentAnonSource.some((x) => !!x)) return true;
      // (nor was anyone brought in as anyone, wherever in the sentence: "Speaking outside Tembe market,
      // a man who had waited nine hours said he was exhausted.")
      for (let q = from; q <= to; q++) {
        const t = locals[q]!.toks;
        for (let k = 0; k < t.length; k++) {
          if (pos(q, k) <= best.r.at || pos(q, k) >= at) continue;
          if (t[k]!.k !== 'w' || !/^(?:a|an|one)$/.test(t[k]!.lo)) continue;
          // (not the pick's own description: "When Ikechukwu Obi, a trainee electrician, was ...")
          if (t[k - 1]?.t === ',' && locals[q]!.mentions.some((m, mi) => mentionMember[q]![mi] === best.mem && m.i1 === k - 1)) continue;
          for (let h = k + 1; h <= k + 4 && h < t.length && t[h]!.k === 'w' && !t[h]!.cap && t[h]!.sent === t[k]!.sent; h++) if (isKnownPersonNoun(t[h]!.lo) && !isGroupNoun(t[h]!.lo)) return true;
        }
      }
      // (nor did an earlier sentence of the pronoun's paragraph report anyone but the pick speaking:
      // "An IT manager at a logistics company ... said he had found signs of intrusion. “…,” he said.")
      const pl = locals[to]!;
      const s0 = pl.toks[at % 100000]?.sent ?? 0;
      for (let s2 = 0; s2 < s0; s2++) if (pl.sentSpeech[s2] && (pl.sentSubject[s2]! < 0 || mentionMember[to]![pl.sentSubject[s2]!] !== best.mem)) return true;
      // (or the pronoun's own sentence, before it: "An IT manager ... said he had found")
      for (let k = (at % 100000) - 1; k >= 0 && pl.toks[k]!.sent === s0; k--) if (pl.toks[k]!.k === 'w' && SPEECH_VERBS.has(pl.toks[k]!.lo)) return true;
      return false;
    };
    /** a rival the story only ever named as a place is named, and never showed to be anyone */
    const placeWord = (x: (typeof c)[number]) => x.mem.weak && !x.mem.personEvidence && !x.mem.speaker && !x.mem.gender && !x.mem.roleWords.size && x.mem !== addressee && !notPlaceLike.has(x.mem);
    // (nor one the quote itself names, whom it speaks of: "Dorothy Pennington-Hume has played the
    // postmistress Edna Capper since 1962. ‘People write to Edna, not to me,’ she says.")
    const spokenOfHere = (x: (typeof c)[number]) => x !== best && !!pronounQuote && (namedInQuote(pronounQuote, x.mem) || givenNamedInQuote(pronounQuote, x.mem) || givenAfterWord(pronounQuote, x.mem));
    const rivals0 = !!gender && best.mem.gender === gender && !ownIndef ? c.filter((x) => x === best || !bareWord(x)) : gender && !best.mem.gender && best.mem.personEvidence && !ownIndef && !unnamedSince(best.r.para, para) ? c.filter((x) => x === best || !placeWord(x)) : c;
    const rivals = rivals0.filter((x) => !spokenOfHere(x));
    // (the pick reported speaking in the paragraph just before one the pronoun opens: read once)
    let saidBefore: boolean | undefined;
    const pickSaidBefore = () => (saidBefore ??= pronounOpens && saidInParagraphBefore(best.mem, para));
    /** the runner-up is a name nothing showed to be anyone's, after the pick as the subject reported
     * speaking (or with a name in its predicate), and the third is far behind */
    const weakRunnerUpBehindSpeaker = () => {
      const ru = rivals[1]!;
      const pickSpoke = (subjectBefore === best.mem && (saidJustBefore(para, at) || (ru.r.para === para && ru.r.sent === best.r.sent && ru.r.at > best.r.at))) || pickSaidBefore();
      return pickSpoke && ru.mem.weak && !ru.mem.personEvidence && !ru.mem.speaker && !ru.mem.gender && (rivals.length < 3 || best.score - rivals[2]!.score >= 1.5);
    };
    /** the pick's sentence opens with "his" or "her" of the pronoun's gender ("His counsel, Adam Reyes, said") */
    const ownedSubject = () => {
      const bp = locals[best.r.para]!;
      const t = bp.toks.find((x) => x.sent === best.r.sent);
      return t?.k === 'w' && t.lo === (gender === 'm' ? 'his' : 'her');
    };
    /** a quote in paragraph q speaks of someone of the pronoun's gender ("She tells people …") */
    const spokeOfGender = (q: number) => !!gender && locals[q]!.quotes.some((x) => thirdPersonWords(gender).test(x.raw.text));
    // (nor a close runner-up who spoke in a paragraph before the one the pick is the named main
    // subject of, just before the pronoun's: "“…,” said Dr Ravindra Sethi-Morgan. / Among the first
    // patients was retired postman Clive Dunstable, 68, … / “…,” he said.")
    /** the pronoun opens its paragraph, and the pick is the named main subject of the paragraph just
     * before, whose words there (if any) speak of no one of the pronoun's gender */
    const ledParagraphBefore = () => pronounOpens && best.r.subj && best.r.main && best.r.para < para && eff[para]! - eff[best.r.para]! === 1 && !spokeOfGender(best.r.para);
    /** paragraphs between the one the pick was last met in and the one x was */
    const paragraphsBehind = (x: (typeof c)[number]) => eff[best.r.para]! - eff[x.r.para]!;
    const newSubjectAfterSpeaker = () => ledParagraphBefore() && pronounQuote !== null && best.mem.kind === 'person' && !best.mem.described && !best.mem.weak && best.mem.lower.length >= 2 && !ownedSubject() && rivals.every((x) => x === best || x.mem === best.mem || (paragraphsBehind(x) >= 1 && (x.mem.speaker || best.score - x.score >= 1.5)));
    const closeRunnerUp = rivals.length > 1 && best.score - rivals[1]!.score < 1.5 && !(lastSentQuoted && rivals.every((x) => x === best || best.score - x.score >= 1.5 || pos(x.r.para, x.r.sent) < pos(best.r.para, best.r.sent))) && !(subjectBefore === best.mem && !!gender && best.mem.gender === gender && rivals[1]!.r.para < para && !rivals[1]!.mem.gender) && !weakRunnerUpBehindSpeaker() && !newSubjectAfterSpeaker();
    let amb = closeRunnerUp || (!!weakSubjectBefore && weakSubjectBefore !== best.mem) || (!!subjectBefore && subjectBefore !== best.mem) || askedBefore;
    // the pronoun's pick is the last quote's speaker, but someone else has been the subject of a
    // sentence since ("Roe disagreed. "...," he said."): either may be speaking
    // (unless the one since asked the pick something, just before: the pick is answering)
    if (!amb && best.mem === lastQuoteSpeaker && !askedInSentence(para, (locals[para]!.toks[at % 100000]?.sent ?? 0) - 1, best.mem)) {
      const other = interrupter();
      if (other && other !== best.mem && (!gender || !other.gender || other.gender === gender)) amb = true;
      // ... or someone the story describes without naming ("His rival sees it differently.")
      const sent = locals[para]!.toks[at % 100000]?.sent ?? 0;
      if (otherPersonSince(para, sent, gender)) amb = true;
      // ... or the one a passive sentence just before, in this paragraph, names last as its agent,
      // the pick its subject, whom nothing rules out: "Matsudaira will be replaced on an interim basis
      // by the company's chief technology officer, Rie Takabatake. “…,” she said."
      const pl = locals[para]!;
      const ag = sent > 0 ? agentNamedLast(pl, sent - 1) : -1;
      const agent = ag >= 0 ? mentionMember[para]![ag] : null;
      const sj = sent > 0 ? pl.sentSubject[sent - 1]! : -1;
      if (agent && agent !== best.mem && agent.kind === 'person' && !agent.described && (!gender || !agent.gender || agent.gender === gender) && (sj < 0 || mentionMember[para]![sj] === best.mem)) amb = true;
    }
    // two people known to be "she" (or "he") in reach: only the speaker of this very paragraph is a
    // safe antecedent; otherwise it is the reviewer's call (the other may be answering)
    // (... unless the pick spoke in the paragraph just before and the other has never spoken nor
    // been a subject since: "Drake's counsel, Simon Hart, said ... / "...," he said.")
    // (... or the pick is the main subject of the sentence just before, in this paragraph, reported
    // speaking there: "Juliana Okamoto Reis, of the institute, said abstention could be decisive.
    // “...,” she said.")
    // (... or, when the pronoun opens its paragraph, the pick is the named subject reported speaking in
    // the paragraph just before, which quotes no one and names no one after them: "Detective Chief
    // Inspector Bogdan Marinescu said the investigation had taken 18 months. / “…,” he said.")
    // (... or, when the pronoun opens its paragraph, the pick is the named main subject of the
    // paragraph just before, which names no one else of the pronoun's gender, everyone of it last met
    // before the paragraph before that (who may be the one answered: "His counsel, Adam Reyes, said …"
    // after Marsh quoted) and far behind: "Reform League candidate Trevor Bagshawe drew groans when he blamed
    // immigration. Lindqvist shook her head as he spoke. / “…,” he said.")
    // (or last met in the paragraph before it when they spoke there, and the pick's sentence is not
    // "His counsel, Adam Reyes, said …": "Judge Margaret Holloway said: ‘…’ / …, the pedestrian’s
    // mother, Susan Marwood, said … / ‘…,’ she said.")
    // (not when the pick's words there speak of someone of the gender, who may be answering: "“She
    // tells people that like it’s a batting average,” Bakri says. / “It’s an excellent number,” she
    // says.")
    const subjectOfParaBefore = () => ledParagraphBefore() && c.every((x) => x === best || x.mem === best.mem || x.mem.gender !== gender || (best.score - x.score >= 1.5 && (paragraphsBehind(x) >= 2 || (paragraphsBehind(x) === 1 && x.mem.speaker && !ownedSubject()))));
    if (gender && c.filter((x) => x.mem.gender === gender && !spokenOfHere(x)).length >= 2 && !(best.mem === lastSpeaker && lastSpeakerPara === para) && !(subjectBefore === best.mem && saidJustBefore(para, at)) && !pickSaidBefore() && !subjectOfParaBefore()) {
      const prevPara = best.mem === lastSpeaker && eff[para]! - eff[lastSpeakerPara]! === 1 && !interrupter();
      // (a rival who spoke or was a subject makes it unsure; not one last met before the paragraph in
      // which the pick, as its subject, was just quoted, far behind on the scores: "Bethany Kurtz, who
      // manages the lot, said tenants had been “on edge.” / “...,” she said." after the sheriff quoted
      // two paragraphs before)
      // (and no one else in that paragraph, not even "her rival" or "Her counsel, Ann Reyes,")
      const alone = () => {
        const bp = locals[best.r.para]!;
        const self = recentMention(best.r);
        if (self < 0 || bp.sentSubject.some((_, s2) => otherPersonWordIn(bp, s2))) return false;
        // (a name after "on", "in", "near" that nothing showed to be a person is a place: "the café on
        // Station Road")
        // (nor one of the other gender: "According to Naledi’s brother, Sipho Khumalo, “…”. / “…,” he said.")
        return bp.mentions.every((m, mi) => {
          const o = mentionMember[best.r.para]![mi];
          return mi === self || !o || o === best.mem || o.kind !== 'person' || (o.weak && !o.personEvidence && !o.speaker && (!nameLikePair(o) || afterPlacePrep(bp, m))) || (!!gender && !!o.gender && o.gender !== gender);
        });
      };
      // (nor one named before the pick in the paragraph whose last sentence quoted the pick as its
      // subject, when the pronoun's paragraph opens with the quote: "Mr Ballantyne said ... His
      // deputy, Ewan Strachan, said conditions had changed “in a matter of minutes”. / “...,” he
      // said.")
      const behind = (x: (typeof c)[number]) => (pronounOpens && best.r.para === lastSpeakerPara && best.r.subj && x.r.para < best.r.para && alone()) || (lastSentQuoted && pos(x.r.para, x.r.sent) < pos(best.r.para, best.r.sent));
      // (or one brought in by name in the pronoun's own paragraph, before it, shown to be someone: "He
      // was found by Priya Chandrasekhar, 34, while she was clearing brambles. “…,” she said.")
      if (!prevPara || c.some((x) => x.mem !== best.mem && x.mem.gender === gender && !spokenOfHere(x) && (x.mem.speaker || x.r.subj || (x.r.para === para && x.r.at < at && x.mem.personEvidence && x.mem.firstSeen >= pos(para, 0))) && !behind(x))) amb = true;
    }
    // someone described but not named became the subject after the pick was last mentioned ("Her
    // son, who had waited since Monday, wept. "...," he said."): either may be speaking
    if (!amb) {
      const sent = locals[para]!.toks[at % 100000]?.sent ?? 0;
      // (from the pick's own last quote, when it came later: "Her husband said the family felt
      // “vindicated”. Isla, he added, “is still gone.”" is the husband the first quote went to)
      let fromPara = best.r.para;
      let fromSent = best.r.sent;
      if (best.mem === lastQuoteSpeaker && !lastQuoteUnsure && pos(lastQuotePara, lastQuoteSent) > pos(fromPara, fromSent)) {
        fromPara = lastQuotePara;
        fromSent = lastQuoteSent;
      }
      for (let q = fromPara; q <= para && !amb; q++) {
        const so = locals[q]!.sentOtherPerson;
        const sg = locals[q]!.sentOtherGender;
        // (not a person of the other gender: "A 19-year-old man has been arrested. "...," she added.")
        for (let s2 = q === fromPara ? fromSent + 1 : 0; s2 < (q === para ? sent + 1 : so.length); s2++) if ((so[s2] && !(gender && sg[s2] && sg[s2] !== gender)) || unsureRoleSubject.has(pos(q, s2))) amb = true;
      }
    }
    // the pick wins only by a gender the story never gave the runner-up, a named person who is a
    // subject nearer the pronoun ("Striker Jon Pell was sent off. His manager, Ray Dunn, was
    // furious. / "...," he said."): either may be meant
    if (!amb && gender && best.mem.gender === gender) {
      const ru = c.find((x) => x.mem !== best.mem && !x.mem.gender && x.mem.kind === 'person' && !x.mem.described && (!x.mem.weak || nameLikePair(x.mem)) && x.r.subj && x.r.at > best.r.at);
      // (not one who asked the pick something: "Defence lawyer Gareth Pennington asked Achterberg how
      // she knew. "...," she said." is the one asked answering)
      // (nor a name nothing showed to be a person's after the pick reported speaking in the paragraph
      // before: "Marinescu said the investigation, Operation Tern, had taken 18 months. / “…,” he said.")
      if (ru && best.score - 2 - ru.score < 1.5 && !askedInSentence(ru.r.para, ru.r.sent, best.mem) && !(ru.mem.weak && !ru.mem.personEvidence && pickSaidBefore())) amb = true;
    }
    // a capitalised common word the story never showed to be a person, and not a subject ("of St
    // Aidan’s Primary"), is no sure antecedent
    if (best.mem.weak && !best.r.subj && best.mem.lower.length === 1 && isCommonWord(best.mem.lower[0]!)) amb = true;
    // ... nor one the story never showed to be a person at all, when it is no subject and never
    // spoke ("A spokesman for Network Rail said ... "...," he said.": the spokesman, not the railway)
    if (best.mem.weak && !best.r.subj && !best.mem.speaker && !best.mem.personEvidence && !nameLikePair(best.mem)) amb = true;
    // ... nor one the story has only ever named after "in", "at", "near", "off" and the like, as a
    // place is ("A keeper who lived on a rock off Dunnet Head said ... "...," he said."), however much
    // it reads like a name
    if (best.mem.weak && !best.mem.speaker && !best.mem.personEvidence && !freeMention.has(best.mem)) amb = true;
    // ... nor one the story first named as a place is named, doing something since ("Residents of
    // Ashworth have complained ... / Ashworth charges £12 a year for a plot. ‘…,’ she said.")
    if (placeFirst(best.mem)) amb = true;
    // someone new, indefinite and unnamed, is the subject of the sentence just before the pronoun
    // ("A woman who fled with her dogs said she did not know. "...," she said."): a pick named
    // earlier is no sure one (a gender the noun gives may rule them out)
    // (not when that someone, in the sentence just before in this paragraph, asked the pick something,
    // which the pick answers: "A reporter asked Batista-Reis whether smaller operators had been
    // squeezed out. "...," she replied.")
    if (!best.mem.described) {
      const ip = indefPersonBefore(at, para);
      const s0 = locals[para]!.toks[at % 100000]?.sent ?? 0;
      if (ip && (!gender || ip === 'x' || ip === gender) && !(s0 > 0 && askedInSentence(para, s0 - 1, best.mem))) amb = true;
      // (... or of the pronoun's own sentence: "An IT contractor at a depot in Leeds, who was not
      // authorised to comment, said he had seen the error.")
      // (right after its speech verb, reporting what that someone said of themselves; not one who
      // only asked the pronoun something: "Asked by a reporter whether ..., he replied")
      const pt = locals[para]!.toks;
      const own = locals[para]!.sentIndefPerson[s0];
      const k = (at % 100000) - (pt[(at % 100000) - 1]?.lo === 'that' ? 2 : 1);
      if (own && (!gender || own === 'x' || own === gender) && pt[k]?.sent === s0 && SPEECH_VERBS.has(pt[k]!.lo)) amb = true;
    }
    // the quote just before, in the paragraph just before, went to review, and that paragraph names
    // someone else who may be meant: a pronoun opening the next paragraph is no surer of the pick
    // ("The problems were first flagged by Dr Emeka Obiorah-Lund, … He said the panels were “…”. /
    // “…,” he said." after Wróblewski quoted)
    if (!amb && pronounOpens && pronounQuote !== null && lastQuoteUnsure && lastQuotePara < para && eff[para]! - eff[lastQuotePara]! === 1 && best.r.para < lastQuotePara && mentionMember[lastQuotePara]!.some((o) => !!o && o !== best.mem && o.kind === 'person' && !o.described && (!gender || !o.gender || o.gender === gender))) amb = true;
    // (a gender learnt only from a pick that is unsure is no evidence: "“...,” he says." after
    // "Walker ... alongside Trade Minister Hemi Rangi" does not make Walker "he")
    if (gender && !best.mem.gender && !amb) best.mem.gender = gender;
    return { mem: best.mem, ambiguous: amb };
  };

  /** Sentence `sent` of paragraph `para`, which quotes its subject (mention `self`), speaks of no one
   * else: no other name, no "him", "her rival" or "the senator" ("Cole accused her rival of ...",
   * "His manager, Sean Devlin, said the teenager had been “unplayable”", "called the senator “a
   * relic”": the next quote may be the other answering). A possessive opening it is allowed only for
   * the subject of the sentence before, reported speaking there ("Mr Ballantyne said ... His deputy,
   * Ewan Strachan, said ..."), not for someone the story is about ("Ms Kaur has run the bakery since
   * 1989. Her landlord, Gemma Thorne, said ...", "His counsel, Adam Reyes, said ..." after the
   * accused spoke a paragraph before). */
  // (... nor for one who cannot answer, whose death the sentence before told or whose widow the
  // subject is: "Mr Whitcombe’s widow, Mei-Ling Whitcombe, said ...", "The rider died of head
  // injuries. His uncle, Joseph Were, said ..."; and a capitalised word the story never showed to be
  // anyone is no one: "told NWS by telephone", "a bakery in Surulere")
  const goesOnAlone = (para: number, sent: number, self: number, gender: Gender = null): boolean => {
    const lp = locals[para]!;
    const sj = sent > 0 ? (lp.sentSubject[sent - 1] ?? -1) : -1;
    const ownerSpoke = sj >= 0 && SAID.test(wordAfterName(lp, lp.mentions[sj]!.n0));
    const ownerGone = ownerIsGone(lp, sent);
    const oneOf = lp.toks.some((t, k) => t.sent === sent && t.lo === 'one' && lp.toks[k + 1]?.lo === 'of' && lp.toks[k + 2]?.lo === 'them' && (k === 0 || lp.toks[k - 1]!.sent !== sent));
    if (otherPersonWordIn(lp, sent, ownerSpoke || ownerGone || oneOf, gender) || personSpokenOfAfterSubject(lp, sent)) return false;
    const own = mentionMember[para]![self];
    return !lp.mentions.some((m, mi) => {
      const o = mentionMember[para]![mi];
      if (mi === self || m.sent !== sent || !o || o === own || o.kind !== 'person') return false;
      if (o.weak && !o.personEvidence && !o.speaker && !o.gender) return false;
      // (the owner opening the sentence: "Mr Whitcombe’s widow, ...")
      return !(ownerGone && m.poss && (m.i0 === 0 || lp.toks[m.i0 - 1]!.sent !== sent));
    });
  };
  /** a capitalised name of two words or more with nothing that says person (no first name, title,
   * honorific, gender, or quote of its own): "Castlemere Dairies recalled two cheeses" */
  /** the mention recorded at r opens its sentence (after "The" at most) */
  const opensSentence = (r: Recent): boolean => {
    const toks = locals[r.para]!.toks;
    const i = r.at % 100000;
    const s = toks[i]?.sent;
    return !(toks[i - 1]?.sent === s && !(toks[i - 1]!.lo === 'the' && toks[i - 2]?.sent !== s));
  };
  /** `spoken`: whether a name that has already spoken may still be a firm (only when nothing showed it to be a person) */
  // (not one the story gave a person's role: "said Priya Ramachandran, chair of the trust")
  const mayBeOrganisation = (m: Member, spoken = false) => m.tokens.length >= 2 && (!m.speaker || (spoken && !m.personEvidence)) && !m.gender && !m.title && !isFirstName(m.lower[0]!) && !personRoleOf(m);
  const personRoleOf = (m: Member) => {
    for (const w of m.roleWords) if (isKnownPersonNoun(w) && !ORG_ANAPHORS.has(w)) return true;
    return false;
  };
  /** the organisation an "it said" or "the company said" refers to: the latest one named in this or
   * the paragraph before (or a capitalised name never shown to be a person, as the subject of its
   * sentence: "Halden Airways will cut jobs"); unsure when another is in reach too */
  /** "The lender also raised its dividend.": a sentence opening with "the company" (or the like), in
   * this paragraph before `at` or the one before, keeps the organisation named before it in reach */
  const anaphorSubjectNear = (at: number, para: number): boolean => {
    for (let q = para; q >= 0 && para - q <= 1; q--) {
      const toks = locals[q]!.toks;
      for (let i = 0; i + 1 < toks.length; i++) {
        if (pos(q, i) >= at) break;
        const t = toks[i]!;
        if (t.lo === 'the' && (i === 0 || toks[i - 1]!.sent !== t.sent) && toks[i + 1]!.sent === t.sent && ORG_ANAPHORS.has(toks[i + 1]!.lo)) return true;
      }
    }
    return false;
  };
  /** The one organisation named in passing (no subject, so no member yet) in this paragraph before
   * `at` or the one before, when its name says it is no public body: "Customers of Northgate
   * Building Society were locked out ... after what the lender described as “…”"; else null. `far`:
   * found far back only by the word before its name, the desk's to confirm ("... / a figure the
   * company called “…”" may be a landlord the story did not name). */
  const firmNamedNear = (at: number, para: number): { mem: Member; far: boolean } | null => {
    let far = false;
    const names = new Map<string, [Mention, number]>();
    // (not where someone works: "said Sanjay Kulkarni, senior ports analyst at Maritime Intelligence Partners")
    const someonesEmployer = (t: LocalParagraph['toks'], m: Mention) => /^(?:at|of|for|with)$/.test(t[m.i0 - 1]?.lo ?? '') && t[m.i0 - 2]?.k === 'w' && !t[m.i0 - 2]!.cap && (isPersonNoun(t[m.i0 - 2]!.lo) || ROLE_NOUNS.has(t[m.i0 - 2]!.lo));
    // (and only one the story is about, named after its customers, staff or shares: "Customers of
    // Northgate Building Society", "Workers at Haedong Heavy Industries’ shipyard"; not one named in
    // passing beside a firm brought in unnamed, "a baggage system supplied by Corvane Systems")
    const about = (t: LocalParagraph['toks'], m: Mention) => /^(?:of|at|in|with|from)$/.test(t[m.i0 - 1]?.lo ?? '') && /^(?:customers|workers|staff|employees|passengers|clients|users|members|shareholders|savers|borrowers|tenants|shares|investors|drivers)$/.test(t[m.i0 - 2]?.lo ?? '');
    for (let q = para; q >= 0 && eff[para]! - eff[q]! <= 1; q--) for (const m of locals[q]!.mentions) if (m.type === 'org' && pos(q, m.n0) < at && !someonesEmployer(locals[q]!.toks, m) && about(locals[q]!.toks, m)) names.set(m.lower.join(' '), [m, q]);
    // (or, anywhere before, the one the story brought in by a firm's word, "the annual meeting of the
    // utility Severnmouth Water", when no other organisation is named: "... / ... / a figure the
    // company called “…”")
    if (!names.size) {
      const kinded = (t: LocalParagraph['toks'], m: Mention) => t[m.i0 - 2]?.lo === 'the' && ORG_ANAPHORS.has(t[m.i0 - 1]?.lo ?? '') && !VENUE_ANAPHORS.has(t[m.i0 - 1]!.lo) && t[m.i0 - 1]!.sent === m.sent;
      const all = new Map<string, [Mention, number]>();
      for (let q = para; q >= 0; q--) for (const m of locals[q]!.mentions) if (m.type === 'org' && (!m.poss || about(locals[q]!.toks, m)) && pos(q, m.n0) < at) all.set(m.lower.join(' '), [m, q]);
      const only = all.size === 1 ? [...all.values()][0]! : null;
      // (or the one the story is about, further back, when it named no other: "ULSAN — Workers at
      // Haedong Heavy Industries’ shipyard began a strike. / [the union's leader] / The company said")
      const aboutIt = !!only && about(locals[only[1]]!.toks, only[0]);
      if (only && ((aboutIt && !someonesEmployer(locals[only[1]]!.toks, only[0])) || kinded(locals[only[1]]!.toks, only[0]))) {
        names.set(only[0].lower.join(' '), only);
        far = !aboutIt;
      }
    }
    if (names.size !== 1) return null;
    const [m, q] = [...names.values()][0]!;
    const key = m.lower.join(' ');
    if (m.lower.some((w) => BODY_KINDS.has(w) && !/^(?:company|corporation|bank|group|society)$/.test(w)) || PUBLIC_BODIES.has(m.lower[m.lower.length - 1]!)) return null;
    return { mem: members.find((x) => x.kind === 'organization' && !x.described && x.lower.join(' ') === key) ?? create(m, m.name, m.tokens, 'organization', pos(q, m.n0)), far };
  };
  const orgAntecedent = (at: number, para: number, far = false, business = false): { mem: Member; ambiguous: boolean } | null => {
    const found: Member[] = [];
    /** capitalised names in reach that may be organisations too, though not subjects ("sued Fenwick Foods") */
    const rivals = new Set<Member>();
    const reach = anaphorSubjectNear(at, para) ? 2 : 1;
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i]!;
      if (r.at >= at) continue;
      if (eff[para]! - eff[r.para]! > reach) break;
      const m = r.mem;
      if (m.described || found.includes(m)) continue;
      // (a name that has spoken may be the firm too, when nothing ever showed it to be a person)
      if (m.kind === 'organization' || (m.kind === 'person' && mayBeOrganisation(m, true) && r.subj)) found.push(m);
      // (not one named as a place of people: "in the village of Little Wenham")
      else if (m.kind === 'person' && mayBeOrganisation(m) && !placeOfPeople.has(m)) rivals.add(m);
    }
    // ("Shares in Brennan Foods fell ... / The company said ...": the one name in reach that may be a
    // firm, though not a subject, when no organisation is)
    if (!found.length && rivals.size === 1) found.push(...rivals);
    // ("Saraswati Motors, India's largest carmaker, will build ... / ... / "...," the company said":
    // with `far` (a "the company", not an "it"), the one organisation the story has named before,
    // further back, when none is in reach and no name that may be a firm is either)
    if (!found.length && !rivals.size && far) {
      for (const r of recent) {
        if (r.at >= at) break;
        const m = r.mem;
        if (m.described || found.includes(m)) continue;
        if (m.kind === 'organization' || (m.kind === 'person' && mayBeOrganisation(m))) found.push(m);
      }
      if (found.length !== 1 || found[0]!.kind !== 'organization') return null;
    }
    // ("The Kestrel Valley Gazette will publish its final edition ... / Marlow Regional Media said ...
    // “…,” the company said.": a paper is no "company" when a firm is in reach too)
    if (business) {
      const paper = (m: Member) => paperEnd(m.lower[m.lower.length - 1]!);
      if (found.some((m) => !paper(m))) {
        for (let i = found.length - 1; i >= 0; i--) if (paper(found[i]!)) found.splice(i, 1);
        for (const m of rivals) if (paper(m)) rivals.delete(m);
      }
    }
    if (!found.length) return null;
    const mem = found[0]!;
    rivals.delete(mem);
    let ambiguous = found.length > 1 || rivals.size > 0;
    // ("Dunmore Athletic have sacked Phil Garside ... / Garside was appointed after leading Crossby
    // Town to promotion. / The club said: ...": the one in reach is no subject, and the story's
    // subject before it is another organisation: either may be meant)
    if (!ambiguous && !recent.some((r) => r.mem === mem && r.subj && r.at < at)) {
      // (an organisation the lexicon knows as one by its name is its sentence's subject too: "Dunmore
      // Athletic have sacked ...")
      const other = recent.find((r) => r.at < at && (r.main || (r.subj && r.mem.kind === 'organization')) && r.mem !== mem && !r.mem.described && (r.mem.kind === 'organization' || (r.mem.kind === 'person' && mayBeOrganisation(r.mem))));
      if (other && opensSentence(other)) ambiguous = true;
    }
    if (!ambiguous && mem.kind === 'person') {
      mem.kind = 'organization';
      mem.weak = false;
    }
    return { mem, ambiguous };
  };

  /** "a cross-party committee", "an independent arbitration panel": a body of the word `head` brought
   * in with "a" or "an" between positions `from` and `at` */
  const unnamedOfKindSince = (head: string, from: number, at: number): boolean => {
    for (let q = Math.floor(from / 100000); q <= Math.floor(at / 100000); q++) {
      if (indefiniteBodies(locals[q]!).some(([h, k]) => h === head && pos(q, k) > from && pos(q, k) < at)) return true;
    }
    return false;
  };
  /** The one organisation named before `at` (as far back as paragraph 0, but not beyond `para`)
   * whose name has one of the words `kinds` ("the hospital": "... Medical Center"), a member made for
   * it if it was only named in passing ("Nurses at Pine Hollow Regional Medical Center say"); a name
   * owned by a name before it is read whole ("St. Aldhelm’s Medical Center"). Null when none or more
   * than one is. */
  const bodyOfKind = (kinds: string[], at: number, para: number, words: string[] = []): Member | null => {
    let found: { name: string; tokens: string[]; m: Mention; at: number } | null = null;
    for (let q = 0; q <= para; q++) {
      const lp = locals[q]!;
      for (const [mi, m] of lp.mentions.entries()) {
        if (pos(q, m.n0) >= at) break;
        if (m.type !== 'org' || m.poss || !m.lower.some((w) => kinds.includes(w)) || !words.every((w) => m.lower.includes(w))) continue;
        const whole = nameWithOwner(lp, mi);
        if (found && found.name.toLowerCase() !== whole.toLowerCase()) return null;
        found ??= { name: whole, tokens: whole.split(/\s+/), m, at: pos(q, m.n0) };
      }
    }
    if (!found) return null;
    const key = found.tokens.map(lc).join(' ');
    const known = byFull.get(key);
    if (known) return known.kind === 'organization' && !known.described ? known : null;
    return create(found.tokens.length === found.m.tokens.length ? found.m : null, found.name, found.tokens, 'organization', found.at);
  };
  /** Who issued the statement the story last spoke of, in this paragraph before `at` or the two
   * before it: the name after "a statement from" (or "by", "issued by"), else the named subject of
   * the sentence that has it ("X confirmed the attack in a statement", "X, who confirmed the arrest
   * in a statement, said"), or with a role or nothing for a subject, the one person set off before
   * the word ("The state police command's spokesman, SP Adebayo Cole, confirmed the attack in a
   * statement."); null when none of them is there. */
  const statementIssuer = (at: number, para: number): Member | null => {
    for (let q = para; q >= 0 && eff[para]! - eff[q]! <= 2; q--) {
      const lp = locals[q]!;
      const here = statementsIn(lp);
      // (the last one before `at`: in this paragraph, one in a sentence before the quote's or its own)
      const sentAt = q === para ? (lp.toks[at % 100000]?.sent ?? 0) : Infinity;
      const st = here.filter((x) => x.sent <= sentAt).pop();
      if (!st) continue;
      if (st.from === -2) return null;
      if (st.from >= 0) {
        const m = lp.mentions[st.from]!;
        const mem = mentionMember[q]![st.from] ?? byFull.get(m.key) ?? null;
        if (mem) return mem.described ? null : mem;
        return m.type === 'org' ? create(m, m.name, m.tokens, 'organization', pos(q, m.n0)) : null;
      }
      let sj = lp.sentSubject[st.sent] ?? -1;
      // ("In a statement, the Foreign Ministry said ...": a body saying it, right before its verb)
      if (sj < 0) {
        const said = lp.mentions.findIndex((m) => m.sent === st.sent && m.type === 'org' && !m.poss && lp.toks[m.i1]?.k === 'w' && lp.toks[m.i1]!.sent === m.sent && SPEECH_VERBS.has(lp.toks[m.i1]!.lo) && !WEAK_SPEECH.has(lp.toks[m.i1]!.lo));
        if (said >= 0) {
          const m = lp.mentions[said]!;
          const mem = mentionMember[q]![said] ?? byFull.get(m.key) ?? create(m, m.name, m.tokens, 'organization', pos(q, m.n0));
          return mem.described ? null : mem;
        }
      }
      if (sj < 0 && (lp.sentSubjectCue[st.sent]?.ref ?? 'role') === 'role') {
        const named = st.setOff.filter((mi) => mentionMember[q]![mi]?.kind === 'person');
        if (named.length === 1) sj = named[0]!;
      }
      const mem = sj >= 0 ? mentionMember[q]![sj] : null;
      return mem && !mem.described && !(mem.weak && mem.kind === 'person') ? mem : null;
    }
    return null;
  };
  /** a name in this paragraph or the one before, before `at`, other than `except`, that may be a
   * firm: one that is no one's for sure (no first name, title, honorific or gender) and a subject,
   * or with `orgs`, one known as an organisation */
  const firmLikeNear = (at: number, para: number, except: Member | null = null, orgs = false): boolean => {
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i]!;
      if (r.at >= at) continue;
      if (eff[para]! - eff[r.para]! > 1) break;
      const m = r.mem;
      // (nor one the story gave an age, as it gives no firm: "Dilys Morgan, 71, who uses the 43")
      if (m === except || m.described || m.gender || m.title || ages.has(m)) continue;
      if (orgs && m.kind === 'organization') return true;
      if (m.kind === 'person' && !isFirstName(m.lower[0]!) && r.subj) return true;
    }
    return false;
  };
  /** Visits the sentences before `at`, in its paragraph and the one before, newest paragraph first,
   * until `visit` returns true; says whether it did. */
  const someSentenceBefore = (at: number, para: number, visit: (lp: LocalParagraph, p: number, s: number) => boolean): boolean => {
    const sent = locals[para]!.toks[at % 100000]?.sent ?? 0;
    for (let q = para; q >= 0 && eff[para]! - eff[q]! <= 1; q--) {
      const lp = locals[q]!;
      for (let s2 = 0; s2 < (q === para ? sent : lp.sentAppositiveName.length); s2++) if (visit(lp, q, s2)) return true;
    }
    return false;
  };
  /** a name set off by an appositive saying what it is ("Chatterly, the messaging app, said") opens
   * a sentence before `at`, in its paragraph or the one before: the organisation a generic "the
   * company said" may mean, which the engine did not take for one */
  const appositiveNameNear = (at: number, para: number): boolean => someSentenceBefore(at, para, (lp, _q, s2) => !!lp.sentAppositiveName[s2]);
  /** "the company said" (or "the firm", "the business", or the appositive's own word: "the
   * developer said"): the one name in reach, in this paragraph before `at` or the one before, that
   * opens a sentence set off by an appositive whose head is an organisation word ("Vantage Land, the
   * developer, had argued"), when no other name that may be a firm (no first name, title or gender,
   * a subject) is in reach; else null */
  const appositiveOrgNear = (word: string, at: number, para: number): Member | null => {
    let found: Member | null = null;
    const refused = someSentenceBefore(at, para, (lp, q, s2) => {
      const a = lp.sentAppositiveOrg[s2];
      if (!a) return false;
      const m = mentionMember[q]![a.mention] ?? null;
      if (!m || m.described || (m.kind === 'person' && (m.gender || m.title || isFirstName(m.lower[0]!)))) return true;
      if (!(word === a.head || word === 'company' || word === 'firm' || word === 'business')) return true;
      if (found && found !== m) return true;
      found = m;
      return false;
    });
    if (refused || !found) return null;
    return firmLikeNear(at, para, found, true) ? null : found;
  };
  /** the people named before `at` whose title or setting-off has one of these words */
  const holdersOf = (syn: string[], at: number): Member[] =>
    members.filter((m) => m.kind === 'person' && !m.described && m.firstSeen < at && syn.some((w) => m.roleWords.has(w)));
  /** A story's opening often describes someone and names them in the next paragraph ("Supermarket
   * bosses were accused ... by the chair of the Commons business and trade committee. / The chair,
   * Olusegun Fairweather, pressed ..."): the one person first named in the first sentence of the
   * paragraph after `para`, given that very role there; else null. */
  const holderAhead = (syn: string[], para: number): Member | null => {
    const next = nextNonEmpty(para);
    if (next < 0 || next - para > 1) return null;
    const lp = locals[next]!;
    const t = lp.toks;
    const found = new Set<Member>();
    // (exactly "The chair, Olusegun Fairweather,", "The officer, Detective Sergeant Rhys Pugh,"; not
    // "The shadow minister, Priya Lal,", "The headteacher of a neighbouring school, Carol Penn,"):
    // only a name at the fourth word of the paragraph's first sentence can be that one
    lp.mentions.forEach((m, mi) => {
      if (m.i0 !== 3 || m.sent !== 0) return;
      const mem = mentionMember[next]![mi];
      const other = m.titleWords.some((w) => OTHER_HOLDER.has(w)) || t.slice(0, m.i0).some((w) => OTHER_HOLDER.has(w.lo));
      const exact = t[2]?.t === ',' && (syn.includes(t[1]?.lo ?? '') || (ROLE_NOUNS.has(t[1]?.lo ?? '') && m.titleWords.some((w) => syn.includes(w)))) && t[0]?.lo === 'the';
      // (not a name after its title alone, "Winning coach Martin Doyle said", "Finance Minister Jo Park
      // said", which a story uses as readily for someone else in that role)
      if (other) return;
      if (exact && mem && mem.kind === 'person' && !mem.described && mem.firstSeen >= pos(next, 0)) found.add(mem);
    });
    return found.size === 1 ? [...found][0]! : null;
  };
  /** The story's first paragraph with text, past a headline opening it (its lede). */
  const ledeParagraph = (): number => {
    let first = 0;
    while (first < locals.length && (!NON_SPACE.test(locals[first]!.text) || first === headline)) first++;
    return first;
  };
  /** A wire story's opening quotes someone it describes and names them as the next paragraph opens
   * ("A senior aviation official told a House subcommittee that staffing had reached “a critical
   * level.” / Marcus Delacroix-Finn, the agency's chief operating officer for air traffic, said ..."):
   * the one named, when the next paragraph opens with a full name set off by a phrase and then a verb
   * of saying, and paragraph `para` is the story's first; else null. */
  const namedNextInLede = (para: number): Member | null => {
    if (para !== ledeParagraph()) return null;
    const next = nextNonEmpty(para);
    if (next < 0 || !namedAsItOpens(locals[next]!)) return null;
    const mem = mentionMember[next]![0];
    return mem && mem.kind === 'person' && !mem.described ? mem : null;
  };
  /** ... or the wire story's next paragraph opens with a quote that names its speaker, first met
   * there, with a description set off after ("‘We have people eating animal fodder …,’ said Dr Eleanor
   * Achterberg-Mensah, regional director for East and Southern Africa at the ..."): that person, when
   * paragraph `para` is the story's first; else null. */
  const quotedNextInLede = (para: number): Member | null => {
    if (para !== ledeParagraph()) return null;
    const next = nextNonEmpty(para);
    if (next < 0) return null;
    const ln = locals[next]!;
    const q = ln.quotes[0];
    const qm = q && q.raw.atParaStart && q.cue.ref === 'name' && q.cue.mention >= 0 ? ln.mentions[q.cue.mention]! : null;
    if (!qm || qm.lower.length < 2 || qm.poss || qm.sent !== 0 || ln.toks[qm.i1]?.t !== ',' || ln.toks[qm.i1 + 1]?.k !== 'w' || ln.toks[qm.i1 + 1]!.cap) return null;
    // (not one answering the warning, "said Education Minister Carys Pendry-Okoye, replying to the
    // warning": a title of office before the name, or a phrase of replying after it)
    if (ln.toks.slice(qm.i0, qm.n0).some((t) => TITLE_WORDS.has(t.lo) && !/^(?:dr|prof|professor|mr|mrs|ms|miss)\.?$/.test(t.lo)) || setOffWords(ln, qm).some((w) => /^(?:responding|replying|answering|rejecting|dismissing|denying|rebutting)$/.test(w))) return null;
    const mem = mentionMember[next]![q.cue.mention];
    return mem && mem.kind === 'person' && !mem.described && mem.firstSeen >= pos(next, 0) ? mem : null;
  };
  /** The story opens bringing in someone as anyone ("A retired headteacher ... has told a jury she
   * “…”") and the next paragraph opens with a full name and an age set off ("Margaret Hollins, 68,"):
   * that person, when no pronoun of the other gender speaks of the one described; else null. */
  const agedNextInLede = (para: number, cue: LocalCue): Member | null => {
    const lp = locals[para]!;
    if (para !== ledeParagraph() || !indefiniteOpening(lp) || lp.toks[cue.at]?.sent !== 0) return null;
    // (the one the opening phrase itself describes, "A retired headteacher", "A Leicester doctor", not
    // one brought in later in the sentence: "..., with a judge saying she had betrayed ‘…’"; and words
    // the sentence reports them saying, not a thing it calls something, "told detectives a ‘pack of
    // lies’")
    const h = lp.toks.findIndex((t, i) => i >= 1 && i <= 4 && t.lo === cue.roleHead);
    if (h < 1 || lp.toks.slice(1, h + 1).some((t) => t.k !== 'w')) return null;
    if (lp.quotes.some((q) => q.sent === 0 && /^(?:a|an)$/.test(lp.toks[q.qtok - 1]?.lo ?? ''))) return null;
    const next = nextNonEmpty(para);
    if (next < 0) return null;
    const ln = locals[next]!;
    const m = ln.mentions[0];
    if (!m || m.i0 !== 0 || m.poss || m.lower.length < 2 || ageAfter(ln, m) < 0) return null;
    const mem = mentionMember[next]![0];
    if (!mem || mem.kind !== 'person' || mem.described) return null;
    const g = genderedAfter(lp, { ...m, i1: cue.at + 1, sent: 0 } as Mention);
    const lede: Gender = g === 'f' || g === 'm' ? g : null;
    return lede && mem.gender && mem.gender !== lede ? null : mem;
  };
  /** The story opens bringing in someone as anyone ("A pub doorman has told a jury he saw ‘…’") and one
   * of the next three paragraphs names one person first met there by that very role, as a title
   * before the name or set off after it ("Doorman Lukas Abernethy-Oduya told the court", "Zofia Kral,
   * a doorman at the pub, said"): that person; else null (none, or two). */
  const titledLaterInLede = (para: number, cue: LocalCue): Member | null => {
    const lp = locals[para]!;
    if (para !== ledeParagraph() || lp.toks[cue.at]?.sent !== 0 || lp.toks[cue.at]!.lo !== cue.roleHead) return null;
    // (brought in as anyone, "A pub doorman", "…, a colleague told an inquest"; not a role set apart
    // from its plain holder: "A former minister has called …" is not "Minister Rahul Deshmukh")
    let d = cue.at - 1;
    while (d >= 0 && d > cue.at - 4 && lp.toks[d]!.k === 'w' && !/^(?:a|an)$/.test(lp.toks[d]!.lo)) d--;
    if (d < 0 || !/^(?:a|an)$/.test(lp.toks[d]!.lo) || lp.toks.slice(d + 1, cue.at + 1).some((t) => t.k !== 'w' || OTHER_HOLDER.has(t.lo) || t.lo === 'senior')) return null;
    const syn = ROLE_SYNONYMS[cue.roleHead] ?? [cue.roleHead];
    // (or, when the opening has them give evidence, "a colleague told an inquest", the one newly named
    // as the one who told the hearing: "Bartholomew Nkemelu, who was working alongside him, told the
    // hearing")
    const hearing = toldHearingAt(lp.toks, cue.at + 1);
    const found = new Set<Member>();
    for (let q = nextNonEmpty(para), n = 0; q >= 0 && n < 3; q = nextNonEmpty(q), n++) {
      const ln = locals[q]!;
      ln.mentions.forEach((m, mi) => {
        if (m.poss) return;
        const titled = ln.toks.slice(m.i0, m.n0).some((t) => syn.includes(t.lo)) || setOffWords(ln, m).slice(0, 3).some((w) => syn.includes(w)) || (hearing && m.i0 === 0 && toldHearingAt(ln.toks, pastSetOff(ln.toks, m)));
        const mem = mentionMember[q]![mi];
        if (titled && mem && mem.kind === 'person' && !mem.described && mem.firstSeen >= pos(q, 0)) found.add(mem);
      });
    }
    return found.size === 1 ? [...found][0]! : null;
  };
  /** the callers callerNamed has named so far (their names are no guest's) */
  const callers = new Set<Member>();
  /** a phone-in's "CALLER:" turn: the one first name the presenter handed over to ("We've got Denise
   * on the line from Swindon. Denise, go ahead.", "Barry in Saltholme, you're on the air") in the
   * nearest turn before that is not the caller's and gives a name; with none, the name a later turn
   * opens speaking to them by ("Bridget, stay on the line.", "Thanks, Barry."). Not a first name of
   * someone in the cast ("Sabine, is that a good idea?" to the guest), and never a guess between two. */
  const callerNamed = (p: number, at: number): Member | null => {
    const turnOf = (k: number) => {
      const q = locals[k]?.quotes[0];
      return q && q.cue.cue === 'transcript' && q.raw.atParaStart === false ? q : null;
    };
    const isCaller = (k: number) => lc(turnOf(k)?.cue.text ?? '') === 'caller';
    const known = (w: string) => members.some((m) => m.kind === 'person' && m.lower[0] === w && !callers.has(m));
    // (in a turn before, only a name it hands over to, and no further back than a turn that hands over
    // to no one named, "Next caller, go ahead."; after, only one a turn opens speaking to and does not
    // hand over to, the next caller's: "Maureen, go ahead.")
    const pick = (k: number, later: boolean): string | null | undefined => {
      const text = turnOf(k)!.raw.text;
      const names = new Set<string>();
      // (or, before, in a turn handing over to no one, the name a turn already gave the caller speaking
      // to them again: "Lorraine, has he ...", not "Thanks, Denise. Line two, you're on.")
      const handing = HAND_OVER.test(text);
      for (const n of turnNames(text)) if (n.name && (later ? n.addressed && !n.handedOver : n.handedOver || (!handing && n.addressed && [...callers].some((c) => c.name === n.w))) && !known(n.w.toLowerCase())) names.add(n.w);
      if (names.size === 1) return [...names][0]!;
      return names.size > 1 ? null : handing ? '' : undefined;
    };
    let name: string | null | undefined;
    for (let k = p - 1; k >= 0 && name === undefined && turnOf(k); k--) if (!isCaller(k)) name = pick(k, false);
    if (name === '') name = undefined;
    for (let k = p + 1; k < locals.length && name === undefined && turnOf(k); k++) if (!isCaller(k)) name = pick(k, true);
    if (!name) return null;
    const mem = members.find((m) => m.kind === 'person' && m.name === name) ?? create(null, name, [name], 'person', at);
    callers.add(mem);
    return mem;
  };
  /** of these, the one seen most recently (the first such when two were seen together) */
  const latest = (ms: Member[]): Member | null => ms.reduce<Member | null>((best, m) => (!best || m.lastSeen > best.lastSeen ? m : best), null);
  /** the person in the cast who holds this title (most recently seen) */
  const roleHolder = (head: string, at: number): Member | null => latest(holdersOf(ROLE_SYNONYMS[head] ?? [head], at));
  /** the holder of this title the role's words mean: of two or more, the one whose title has every
   * word of the role's text ("the finance minister" after "Finance Minister Gustav Ahlqvist and
   * Deputy Prime Minister Elin Forsberg"), else the one seen most recently */
  const titledHolder = (head: string, text: string | null, at: number): Member | null => {
    const syn = ROLE_SYNONYMS[head] ?? [head];
    const holders = holdersOf(syn, at);
    if (holders.length > 1 && text) {
      const fit = holders.filter((m) => titleFits(text, syn, m));
      if (fit.length === 1) return fit[0]!;
    }
    return latest(holders);
  };
  /** The person named before `at` whom "his/her/their <kin>" means: the possessive's referent is
   * found as a pronoun would be, and the relative is another person the word's gender allows. Sure
   * when one of them is plainly family (a shared surname, or a kinship word either was named with),
   * or when only one person fits and has spoken; otherwise the likeliest, for review; null when the
   * story named no one who fits. */
  const relative = (word: string, ownerGender: Gender, at: number, para: number): { mem: Member; ambiguous: boolean } | null => {
    // (the one person the story set off after that very word: "moving cattle with his father, Seán,")
    const named = holdersOf([word], at);
    if (named.length === 1) return { mem: named[0]!, ambiguous: false };
    const owner = ownerGender ? resolvePronoun(ownerGender, at, para).mem : lastQuoteSpeaker;
    const gender = KIN[word] ?? null;
    const surname = (m: Member) => (m.lower.length >= 2 ? m.lower[m.lower.length - 1]! : null);
    const kinWord = (m: Member) => [...m.roleWords].some((w) => w in KIN);
    const fits: Member[] = [];
    for (const m of members) {
      if (m === owner || m.kind !== 'person' || m.described || m.firstSeen >= at || isGroupMember(m)) continue;
      if (m.weak && !(owner && surname(m) && surname(m) === surname(owner))) continue;
      if (gender && m.gender && m.gender !== gender) continue;
      fits.push(m);
    }
    if (!fits.length) return null;
    const family = fits.filter((m) => (owner && surname(m) && surname(m) === surname(owner)) || kinWord(m) || (owner && kinWord(owner)));
    if (family.length === 1) return { mem: family[0]!, ambiguous: false };
    if (fits.length === 1) return { mem: fits[0]!, ambiguous: !fits[0]!.speaker };
    const pool = family.length ? family : fits;
    return { mem: pool.reduce((a, b) => (b.lastSeen > a.lastSeen ? b : a)), ambiguous: true };
  };
  /** a role nobody in the story is named as ("the opposition leader"): a described person */
  const describedRole = (cue: LocalCue, at: number): Member | null => (cue.text ? describedPerson(oneOfDescribed(cue.text), cue.gender, at) : null);
  /** The unnamed person the story describes as `txt` ("judge (unnamed)"), made when first met. */
  const describedPerson = (txt: string, gender: Gender, at: number): Member => {
    const mem = byDescription.get(txt.toLowerCase()) ?? create(null, txt, txt.split(/\s+/), 'person', at, true);
    if (!mem.gender && gender) mem.gender = gender;
    mem.lastSeen = at;
    return mem;
  };

  /** The organisation that was the subject of a sentence in this paragraph or the one before, before
   * `at`, with no person a subject since (who a bare "a spokesman said" speaks for); else null. */
  const orgSubjectInReach = (at: number, para: number): Member | null => {
    let prev = para - 1;
    while (prev >= 0 && !NON_SPACE.test(locals[prev]!.text)) prev--;
    for (let i = recent.length - 1; i >= 0; i--) {
      const r = recent[i]!;
      if (r.para < prev) break;
      if (r.at >= at || !r.subj) continue;
      if (r.mem.kind === 'organization' && !r.mem.described) return r.mem;
      if (r.mem.kind === 'person' && r.main) return null;
    }
    return null;
  };

  /** "one of them said" after "two officials said": one of the latest group counted as a source in
   * this paragraph or the two before, as an unnamed person ("official (unnamed)");
   * nobody when there is none (then "them" may be anyone). */
  const oneOfGroup = (at: number, para: number, head?: string): Member | null => {
    /** the sentence just before position `at`, [paragraph, sentence] */
    const justBefore = sentenceBefore(at, para);
    for (let q = para; q >= 0 && para - q <= 2; q--) {
      const gs = locals[q]!.groupSources;
      for (let i = gs.length - 1; i >= 0; i--) {
        if (pos(q, gs[i]!.at) >= at || !gs[i]!.group || (head && gs[i]!.head !== head)) continue;
        // (a group reported doing anything but speaking, only in the sentence just before: not
        // "Refugees arrived overnight. Aid workers handed out blankets. “…,” one said.")
        if (gs[i]!.silent && !(justBefore && justBefore[0] === q && justBefore[1] === locals[q]!.toks[gs[i]!.at]!.sent)) continue;
        const txt = `${gs[i]!.text} (unnamed)`;
        return byDescription.get(txt.toLowerCase()) ?? create(null, txt, txt.split(/\s+/), 'person', at, true);
      }
    }
    return null;
  };

  /** the latest unnamed person reported as a source ("a hospital spokesman said") with one of these
   * head nouns, in this paragraph or the one before, as a described member */
  /** where describedSource last found each unnamed source */
  const sourceAt = new Map<Member, number>();
  /** someone named was the subject of a sentence between the unnamed source and `at`
   * ("According to a senior police officer, ... Detective Inspector Jo Kerr said ... “…,” the
   * officer said." may be either) */
  const namedSubjectSince = (source: Member, at: number): boolean => {
    const from = sourceAt.get(source) ?? at;
    // (one with a title or a role, reported speaking: not "the boy, Liam Dunn, ... Dunn had been
    // cycling home")
    return recent.some((r) => {
      if (r.at <= from || r.at >= at || !r.subj || r.mem === source || r.mem.kind !== 'person' || r.mem.described || r.mem.weak || !r.mem.roleWords.size) return false;
      const mi = recentMention(r);
      return mi >= 0 && speechVerbAfterMention(r.para, mi);
    });
  };
  const describedSource = (syn: string[], at: number, para: number, after = -1, reach = 1): Member | null => {
    // (counted in paragraphs with words: empty ones are transparent)
    for (let q = para; q >= 0 && eff[para]! - eff[q]! <= reach; q--) {
      const gs = locals[q]!.groupSources;
      for (let i = gs.length - 1; i >= 0; i--) {
        const g = gs[i]!;
        if (pos(q, g.at) >= at || pos(q, g.at) <= after || g.group || !syn.includes(g.head)) continue;
        const txt = `${g.text} (unnamed)`;
        const mem = byDescription.get(txt.toLowerCase()) ?? create(null, txt, txt.split(/\s+/), 'person', at, true);
        sourceAt.set(mem, pos(q, g.at));
        return mem;
      }
    }
    return null;
  };

  /** How many different unnamed sources in the role `syn` the story brought in before `at`. */
  const unnamedSourcesOf = (syn: string[], at: number, para: number): number => {
    const texts = new Set<string>();
    for (let q = 0; q <= para; q++) for (const g of locals[q]!.groupSources) if (!g.group && syn.includes(g.head) && pos(q, g.at) < at) texts.add(g.text.toLowerCase());
    return texts.size;
  };

  /** "the woman said": the unnamed woman reported just before ("A woman who lives nearby said"); else
   * the person the pronoun rules pick, only as a suggestion (the story may not have named her); else
   * an unnamed "woman (unnamed)" */
  const plainPerson = (cue: LocalCue, at: number, para: number): { mem: Member | null; ambiguous: boolean } => {
    const head = cue.roleHead ?? '';
    const source = describedSource([head], at, para);
    if (source) return { mem: source, ambiguous: false };
    // "Its cellist, Jonas Ebert, ... / "...," the cellist said.": the person the story set off after
    // that very noun (unsure when two people were)
    const holders = holdersOf([head], at);
    const holder = latest(holders);
    if (holder) return { mem: holder, ambiguous: holders.length > 1 };
    const r = resolvePronoun(cue.gender, at, para);
    // (sure when the story has named no one else yet: "Gwen Tallis-Morgan won the stage. / "...,"
    // the 24-year-old Welsh rider said.")
    // (an epithet with an age, a nationality or a record: "the 24-year-old Welsh rider", "the
    // two-time Olympic champion")
    // (not "the former employee": that says what they were, not who)
    const aged = (cue.text ?? '').split(' ').slice(1, -1).some((w) => !/^(?:former|retired)$/i.test(w));
    // (a word or two of what they were alone, "the former soldier", only with a clause set off after it
    // that says more of them: "says the former soldier, who lost the use of his legs in 2016")
    // (a clause that names no one: not "says the former soldier, who served alongside Brandt")
    const told = !aged && locals[para]!.toks[cue.at + 1]?.t === ',' && locals[para]!.toks[cue.at + 2]?.lo === 'who' && !locals[para]!.mentions.some((m) => m.i0 > cue.at && m.sent === locals[para]!.toks[cue.at]!.sent);
    if (r.mem && !r.mem.described) return { mem: r.mem, ambiguous: (!aged && !told) || r.ambiguous || members.some((m) => m !== r.mem && m.kind === 'person' && !m.described && !m.weak && m.firstSeen < at) || ageRival(r.mem, cue.text, at, para) };
    // ("A Taranui mother says ... / The woman, who asked not to be named, said": the one the story
    // brought in unnamed just before, when the plain word fits them, is who "the woman" is)
    if (r.mem && !r.ambiguous && r.mem.kind === 'person' && !aged && /^(?:woman|man|person)$/.test(head) && (!r.mem.gender || !cue.gender || r.mem.gender === cue.gender) && !isGroupMember(r.mem)) return { mem: r.mem, ambiguous: false };
    return { mem: describedRole({ ...cue, text: `${head} (unnamed)` }, at), ambiguous: false };
  };
  /** the one person the story gave, before `at`, the age in `text` ("the 25-year-old"), else null */
  const agedOne = (text: string | null, at: number): Member | null => {
    const age = /\b(\d+)-year-old\b/.exec(text ?? '');
    if (!age) return null;
    let one: Member | null = null;
    for (const [m, a] of ages) {
      if (a !== Number(age[1]) || m.firstSeen >= at || m.kind !== 'person') continue;
      if (one && one !== m) return null;
      one = m;
    }
    // (and the story gives that age nowhere else before: not "Another 25-year-old, Róisín Moran",
    // "aged 25", "now 25 himself", "a 25-year-old man")
    if (one) {
      let seen = 0;
      for (let q = 0; q < locals.length && q <= Math.floor(at / 100000); q++) {
        locals[q]!.toks.forEach((t, k) => {
          if (pos(q, k) < at && t.k === 'w' && (t.lo === age[1] || t.lo === `${age[1]}-year-old`)) seen++;
        });
      }
      if (seen > 1) return null;
    }
    return one;
  };
  /** Someone called by an age (`text`, "the 24-year-old vet") may not be `mem`: the story gave `mem`
   * another age ("Gwyn Rees, 62,"), or the sentence just before spoke of someone else in what it
   * reported ("Gwyn Rees said his daughter had found the ewes dead"). */
  const ageRival = (mem: Member, text: string | null, at: number, para: number): boolean => {
    const age = /\b(\d+)-year-old\b/.exec(text ?? '');
    if (!age) return false;
    if ((ages.get(mem) ?? Number(age[1])) !== Number(age[1])) return true;
    const before = sentenceBefore(at, para);
    if (!before || before[1] < 0) return false;
    const lpp = locals[before[0]]!;
    const sj = lpp.sentSubject[before[1]]!;
    // (not one the sentence gives another age: "Ciara Flanagan said her 18-month-old son, Oisín, was
    // rushed to hospital. “…,” said the 38-year-old.")
    // (unless it gives this age too: "her husband, a 38-year-old electrician", "who turned 70")
    const inSentence = lpp.toks.filter((t) => t.sent === before[1] && t.k === 'w');
    // (and the subject is someone named in full: not "Gardaí said a 40-year-old man had been arrested")
    if (sj >= 0 && lpp.mentions[sj]!.tokens.length >= 2 && inSentence.some((t) => /^\d+-(?:year|month|week)-old$/.test(t.lo)) && !inSentence.some((t) => t.lo === `${age[1]}-year-old` || t.lo === age[1])) return false;
    return sj >= 0 && !!lpp.sentSpeech[before[1]] && !lpp.quotes.some((q) => q.sent === before[1]) && personWordReported(lpp, before[1], lpp.mentions[sj]!);
  };

  /** the body a story calls only by what it is ("the union"), as a speaker */
  const describedBody = (txt: string, at: number): Member => {
    const mem = byDescription.get(lc(txt)) ?? create(null, txt, txt.split(/\s+/), 'organization', at, true);
    mem.speaker = true;
    return mem;
  };
  /** a public body's word in lower case, not right before a name nor set off after one
   * (bodyWordsIn), before position `at`, in paragraph `para` or the two with text before it */
  /** (`modified`: only with a modifier before it, a body of its own: "the foreign ministry") */
  const wordBefore = (word: string, at: number, para: number, modified = false): boolean => {
    for (let q = para; q >= 0 && eff[para]! - eff[q]! <= 2; q--) {
      const toks = locals[q]!.toks;
      if (bodyWordsIn(locals[q]!).some(([w, i]) => w === word && pos(q, i) < at && (!modified || modifiedBodyWord(toks, i)))) return true;
    }
    return false;
  };
  /** an organisation the story does not name was a sentence subject after `mem` was last seen, in
   * this paragraph or the one before ("Halden Airways will cut jobs. The union called it a
   * betrayal. "...," it said."): "it" may be either */
  const unnamedOrgSince = (mem: Member, at: number, para: number): boolean => {
    for (let q = para; q >= 0 && para - q <= 1; q--) {
      for (const g of locals[q]!.groupSources) if (g.org && !ORG_ANAPHORS.has(g.head) && pos(q, g.at) < at && pos(q, g.at) > mem.lastSeen) return true;
    }
    return false;
  };

  const resolveRole = (head: string, gender: Gender, at: number, para: number, text: string | null): { mem: Member | null; ambiguous: boolean } => {
    const syn = ROLE_SYNONYMS[head] ?? [head];
    const all = holdersOf(syn, at);
    let best = latest(all);
    let holders = all.length;
    // ("A spokesperson for Vaultguard Security said ... "...," the spokesperson said." after a police
    // spokesperson was named earlier: the unnamed one reported since)
    if (best) {
      const since = describedSource(syn, at, para, best.lastSeen);
      if (since) return { mem: since, ambiguous: false };
    }
    // (of two or more with the title, the one whose title has every word the role does: "the deputy
    // prime minister" is the Deputy Prime Minister, not the Finance Minister)
    if (best && holders > 1 && text) {
      const fit = all.filter((m) => titleFits(text, syn, m));
      if (fit.length === 1) {
        best = fit[0]!;
        holders = 1;
      }
    }
    // two people with the title ("the senator" in a story with two senators): not sure which
    if (best) {
      // "the Bellfield coach" when the coach the story named was Rovers': maybe someone else
      if (!sameAffiliation(text, head, best)) {
        // (unless that one holder is the subject of the sentence just before, no one else named
        // there or since, and no one in the story goes with the side the role names: "captain Ravi
        // Chaudhry ... / Chaudhry, who made 71, praised the opener. ‘…,’ said the Hollinsby captain.";
        // not "said the Wexcombe captain" after "Wexcombe coach Alan Prothero")
        // (or a nationality, whatever side they play for: "Castlegate striker Yusuf Demirci ... /
        // Demirci insisted he had been fouled. “…,” the Turkish forward said.")
        if (holders === 1 && (!best.affiliation || nationalityOnly(text, head, best)) && mainSubjectBefore(at, para) === best && !members.some((m) => m !== best && m.kind === 'person' && !m.described && (!m.weak || m.personEvidence) && sideNamed(text, head, m))) return { mem: best, ambiguous: false };
        const r = resolvePronoun(gender, at, para);
        return { mem: r.mem ?? best, ambiguous: true };
      }
      return { mem: best, ambiguous: holders > 1 };
    }
    // "A hospital spokesman said ... "...," the spokesman said.": the unnamed source just reported
    const source = describedSource(syn, at, para);
    if (source) return { mem: source, ambiguous: namedSubjectSince(source, at) };
    // (or, with no one named in that role, the one unnamed source of it the story brought in further
    // back: "A spokesman for SkyLattice said ... / ... / The spokesman said refunds would be processed
    // “within 28 days”")
    if (SOURCE_ROLES.has(head)) {
      const far = describedSource(syn, at, para, -1, Infinity);
      // (unsure of it when the story brought in more than one: "A spokesman for the police ... A
      // spokesman for the council ... / The spokesman said")
      if (far) return { mem: far, ambiguous: unnamedSourcesOf(syn, at, para) > 1 };
    }
    // (or the one the next paragraph opens by naming in that role: "“…,” the minister said. / The
    // minister, Rini Wulandari-Sastro, ...")
    {
      const ahead = KEPT_UNNAMED.test(locals[para]!.text) ? null : holderAhead(syn, para);
      if (ahead) return { mem: ahead, ambiguous: false };
    }
    // ""...," the German said", "the 23-year-old said": an epithet for the person the sentence just
    // before is about, when no one else is named there or since
    // ("Whitfield-Ogun, 25, finished with 34 points ... / “…,” the 25-year-old said": the one person
    // the story gave that age)
    {
      const one = agedOne(text, at);
      if (one) return { mem: one, ambiguous: false };
    }
    // (a nationality of two words the story gave someone before, "the South African Pieter de Wet",
    // "Grace Tuilagi, a New Zealander living in Melbourne,": the one it was given to; unsure when it
    // was given to no one named)
    {
      const two = /^the (\S+ \S+)$/i.exec(text ?? '');
      if (two && TWO_WORD_DEMONYMS.has(two[1]!.toLowerCase())) {
        // (or its country: "Lindiwe Dube of South Africa", "South Africa’s Lindiwe Dube")
        const demonym = two[1]!.toLowerCase();
        const country = (DEMONYM_COUNTRIES[demonym.replace(/(?:wo)?man$/, '')] ?? '').toLowerCase();
        const given = new Set<Member>();
        let seen = false;
        for (let q = 0; q <= para; q++) {
          const lq = locals[q]!;
          for (const [k, phrase] of demonymPhrases(lq)) {
            if (pos(q, k) >= at - 1 || (phrase !== demonym && phrase !== country)) continue;
            const t = lq.toks[k]!;
            seen = true;
            // (the name right after it, or the name an appositive with it is set off after)
            const after = lq.mentions.findIndex((m) => m.i0 <= k + 3 && m.i1 > k + 2 && m.sent === t.sent);
            const before = lq.mentions.findIndex((m) => m.i1 < k && k - m.i1 <= 3 && (lq.toks[m.i1]?.t === ',' || (lq.toks[m.i1]?.lo === 'of' && m.i1 === k - 1)) && m.sent === t.sent);
            // (or the subject it is said of: "Kamal Fofanah became the first Sierra Leonean to ...")
            const sj = lq.sentSubject[t.sent] ?? -1;
            const said = sj >= 0 && lq.mentions[sj]!.i1 <= k && lq.toks.slice(lq.mentions[sj]!.i1, k).some((x) => /^(?:is|was|became|becomes|as)$/.test(x.lo)) ? sj : -1;
            const mi = after >= 0 ? after : before >= 0 ? before : said;
            const mem = mi >= 0 ? mentionMember[q]![mi] : null;
            if (mem && mem.kind === 'person') given.add(mem);
          }
        }
        if (given.size === 1) return { mem: [...given][0]!, ambiguous: false };
        // (given to no one the story named, or to more than one: only a suggestion)
        if (seen) return { mem: given.size ? [...given][0]! : null, ambiguous: true };
        // (never given: read as one word is, unless the sentence before names another nation, whose
        // person may be the other: "Ireland’s captain Conor Byrne also impressed. / “…,” said the New
        // Zealander.")
        const sb = sentenceBefore(at, para);
        const otherNation = !!sb && sb[1] >= 0 && !!paragraphFacts(locals[sb[0]]!).nations[sb[1]];
        if (otherNation) return { mem: subjectJustBefore(at, para), ambiguous: true };
      }
    }
    if (isEpithet(head)) {
      const s = subjectJustBefore(at, para, false, /^\d+-year-old$/.test(head), /^the \d+-year-old$/i.test(text ?? ''));
      // (a person: "Gardaí said ... / said the 52-year-old" is no body)
      if (s && s.kind === 'person' && !ageRival(s, text, at, para)) return { mem: s, ambiguous: false };
      // (someone unnamed, brought in just before as a source kept unnamed and reported speaking, with no
      // quote of their own there: "Another former moderator, a man who asked not to be named, said he
      // had been disciplined. “They timed me,” said the 29-year-old."; unsure when the one person named
      // spoke in this paragraph too)
      const anon = unnamedSpeakerJustBefore(at, para) ? anonSourceBefore(gender, at, para, candidates(gender, at, para)) : null;
      if (anon) return { mem: anon, ambiguous: namedSpokeHere(para, at) };
      // (an age alone, "“...,” says the 61-year-old", when the story has named one person so far: that
      // person, not a place the pronoun rules might pick)
      // (not when the sentence just before has someone else of two names or more as its subject, whom
      // the lexicon did not take for a person: "Jordan Pickersgill left college ... / “...,” said the
      // 22-year-old")
      // (nor when a pair of words the lexicon does not know may be someone too: "Nils Aberg beat Teo
      // Marr")
      const named = /^\d+-year-old$/.test(head) ? members.filter((m) => m.kind === 'person' && !m.described && (!m.weak || nameLikePair(m)) && m.firstSeen < at) : [];
      const before = named.length === 1 ? rawSubjectBefore(at, para) : null;
      if (named.length === 1 && !ageRival(named[0]!, text, at, para) && (!gender || !named[0]!.gender || named[0]!.gender === gender) && !(before && before !== named[0] && before.kind === 'person' && before.lower.length >= 2)) return { mem: named[0]!, ambiguous: false };
    }
    // (a role with an age, "“...,” said the 56-year-old taxi driver", for the person the sentence just
    // before is about, when the story gave them no other role: "Nikos Papadimas, who found his mother
    // dead, said the study confirmed it.")
    // (not one the story gave another age: "Gwyn Rees, 62, ... / said the 24-year-old vet")
    if (/\b\d+-year-old\b/.test(text ?? '')) {
      const s = subjectJustBefore(at, para, true);
      if (s && !ageRival(s, text, at, para) && (!gender || !s.gender || s.gender === gender) && ![...s.roleWords].some((w) => ROLE_NOUNS.has(w) && !syn.includes(w))) return { mem: s, ambiguous: false };
      // (with no person the subject just before, the one person the story has named so far, as for an
      // age alone: "Siobhan Kearney won the seat … / supporters began to chant … / “…,” the 38-year-old
      // primary school teacher said")
      // (a role after the age, and someone the lexicon took for a person: not "said the 88-year-old"
      // after "the Bukit Seraya market")
      if (!s && /^the \d+-year-old \S/i.test(text ?? '')) {
        const named = members.filter((m) => m.kind === 'person' && !m.described && !m.weak && m.firstSeen < at);
        if (named.length === 1 && !ageRival(named[0]!, text, at, para) && (!gender || !named[0]!.gender || named[0]!.gender === gender) && ![...named[0]!.roleWords].some((w) => ROLE_NOUNS.has(w) && !syn.includes(w))) return { mem: named[0]!, ambiguous: false };
      }
    }
    // (a judge, a magistrate or a coroner nobody in the story is named as presides unnamed: "A court
    // sentenced a former port worker, identified only as Ruud V. ... / “…,” the presiding judge said"
    // is no defendant's)
    // (only "the judge" of a story that used the word nowhere before: not "This year's judge, retired
    // headteacher Arthur Penwarden, said")
    const firstUse = () => !locals.some((l, q) => l.toks.some((t, i) => t.lo === head && pos(q, i) < at - 1));
    if (/^(?:judge|magistrate|coroner)$/.test(head) && /^the /i.test(text ?? '') && firstUse()) return { mem: describedPerson(`${head} (unnamed)`, gender, at), ambiguous: false };
    // nobody in the story holds the title: the person the pronoun rules would pick (right on the
    // tuning part every time; abstaining here cost accuracy and saved no wrong speaker), unsure when
    // the story gave that person another role ("the secretary of state said" after Mayor Whitlock)
    roleAsPronoun = syn;
    const r = resolvePronoun(gender, at, para);
    roleAsPronoun = null;
    // (not someone the story brought in unnamed by another word: "A woman in the front row stood up.
    // “Sit down,” the chairman said." is no woman's)
    // (but one brought in unnamed by that very word is: "The prime minister's official spokesman said
    // ... / ‘…,’ the spokesman told the briefing.")
    if (r.mem?.described && !syn.some((w) => r.mem!.lower.includes(w))) {
      const by = members.filter((m) => m.described && m.kind === 'person' && m.firstSeen < at && syn.some((w) => m.lower.includes(w)));
      return by.length === 1 ? { mem: by[0]!, ambiguous: false } : { mem: null, ambiguous: true };
    }
    // (for any person noun the lexicon knows: "The singer added:" is not for sure the producer the
    // story named, when no singer was named)
    // (a traditional ruler is a monarch: "the traditional ruler of the community, Oba Kolawole
    // Adetunji, ... / the monarch said"; a military ruler is not)
    const traditional = head === 'monarch' && !!r.mem && (r.mem.roleWords.has('traditional') || /^(?:oba|emir|sultan|king|queen|obi|igwe)$/.test(r.mem.lower[0] ?? ''));
    // (a member of a parliament may hold a post in it too: "Opposition leader Ann Burke ... / “…,” the
    // Cork South TD said.")
    const heldByMember = (w: string) => MEMBER_LETTER_WORDS.has(head) && MEMBER_POSTS.has(w);
    // (nor is a relation another role: "His neighbour, Francisco Morales Vega, has refused to sign.
    // “…,” the farmer said.")
    const relation = (w: string) => /^(?:neighbour|neighbor|friend|colleague|classmate|flatmate|housemate|teammate)$/.test(w);
    const anotherRole = (w: string) => (ROLE_NOUNS.has(w) || isKnownPersonNoun(w)) && !syn.includes(w) && !TITLE_MODIFIERS.has(w) && !(traditional && w === 'ruler') && !heldByMember(w) && !relation(w);
    if (r.mem && (ROLE_NOUNS.has(head) || isKnownPersonNoun(head)) && [...r.mem.roleWords].some(anotherRole)) return { mem: r.mem, ambiguous: true };
    // (nor is it sure when that person is named earlier in the role's own sentence: "Adaeze Nwachukwu
    // won, a result the coach described as “...”" speaks of her by name, so the coach is likely
    // someone else)
    const sent = locals[para]!.toks[at % 100000]?.sent ?? -1;
    if (r.mem && !r.ambiguous && inPara(para).some((x) => x.mem === r.mem && x.sent === sent && x.at < at)) return { mem: r.mem, ambiguous: true };
    // (nor when the age may be someone else's: "Gwyn Rees, 62, said his daughter had found them. /
    // “...,” said the 24-year-old vet.")
    if (r.mem && !r.ambiguous && ageRival(r.mem, text, at, para)) return { mem: r.mem, ambiguous: true };
    // (nor for a title written short that nobody in the story holds: "Governor Tom Reid visited. /
    // “...,” the CP told reporters." may be anyone)
    if (r.mem && !r.ambiguous && SHORT_RANKS.has(head)) return { mem: r.mem, ambiguous: true };
    return r;
  };

  /** "Doe's lawyer said": someone of Doe's, never Doe. Unless the story has named the holder of that
   * role, an unnamed person, or (when the pronoun rules point at a named person other than Doe)
   * the reviewer's call. Null when the role has no owner or someone holds it. */
  const ownedRole = (cue: LocalCue, at: number, p: number): { mem: Member | null; ambiguous: boolean } | null => {
    const own = cue.text ? OWNED_ROLE.exec(cue.text) : null;
    if (!own || roleHolder(cue.roleHead ?? '', at)) return null;
    // (without the role's gender: the pick only decides between unnamed and unsure, and must not
    // give anyone a gender)
    const r = resolvePronoun(null, at, p);
    const owner = own[1]!;
    const ownerRole = owner.startsWith('the ') ? owner.slice(4).toLowerCase() : null;
    const isOwner = (m: Member) => (ownerRole ? m.name === owner || roleHolder(ownerRole, at) === m : m.lower.includes(lc(owner)));
    // (a role's unnamed person is described as unnamed sources are: "prime minister’s spokesman (unnamed)",
    // "Obi-Sutherland’s spokesman (unnamed)")
    const described = { ...cue, text: `${ownerRole ? cue.text!.slice(4) : cue.text} (unnamed)` };
    // (a single capitalised word with nothing that says person - "the naval base at Portlow" - is no
    // one who may hold the role)
    const unlikelyPerson = !!r.mem && r.mem.weak && !r.mem.speaker && !nameLikePair(r.mem) && r.mem.lower.length === 1 && !r.mem.gender && !r.mem.title;
    // (nor an organisation: "The bank's chief executive said" after "Harlow Mutual cut 400 jobs")
    // (nor, for someone's kin, one the story titled by a job before their name: "Lakeshore Memorial
    // spokesperson Greg Tollefson said ... / The patient's daughter, reached by phone, said only:";
    // not "Ann Lee, a nurse, sat beside her father ...", who may well be the daughter)
    const jobTitle = r.mem?.title?.toLowerCase().split(/\s+/).pop() ?? '';
    const working = !!r.mem && (cue.roleHead ?? '') in KIN && ROLE_NOUNS.has(jobTitle) && !(jobTitle in KIN);
    if (!r.mem || r.mem.described || r.mem.kind === 'organization' || isOwner(r.mem) || unlikelyPerson || working) return { mem: describedRole(described, at), ambiguous: false };
    return { mem: r.mem, ambiguous: true };
  };

  /** anywhere in the story before `at`, an organisation, or a name of one word nothing showed to be
   * a person's ("Vantage said it would raise prices. ... The company said ..."), other than `self` */
  const firmNamedBefore = (self: Member, at: number): boolean =>
    members.some((m) => m !== self && !m.described && m.firstSeen < at && (m.kind === 'organization' || (m.kind === 'person' && m.lower.length === 1 && !m.personEvidence && !m.gender && !m.title && !m.speaker)));

  /** The people named, not `not`, whom a pronoun of `gender` at `at` may be, best first: the best of
   * them, unsure when there is none or another comes within 1.5 of it. */
  const otherThan = (not: Member | null, gender: Gender, at: number, para: number): { mem: Member | null; ambiguous: boolean; count: number } => {
    const others = candidates(gender, at, para).filter((x) => x.mem !== not && !x.mem.described && x.mem.kind === 'person');
    return { mem: others[0]?.mem ?? null, ambiguous: !others.length || (others.length > 1 && others[1]!.score > others[0]!.score - 1.5), count: others.length };
  };
  /** An unnamed reporter, journalist or correspondent at a briefing. */
  const pressAsker = (m: Member | null): boolean => !!m?.described && m.lower.some((w) => PRESS_ASKERS.has(w));
  const resolveCue = (cue: LocalCue, p: number, lp: LocalParagraph): { mem: Member | null; ambiguous: boolean; cueName: string | null } => {
    const at = pos(p, cue.at);
    switch (cue.ref) {
      case 'name': {
        if (cue.cue === 'transcript' && lc(cue.text ?? '') === 'caller') {
          // (one the presenter gave no name is a caller unnamed, as any unnamed source is labelled)
          const caller = callerNamed(p, at) ?? describedRole({ ...cue, ref: 'described', roleHead: 'caller', text: 'caller (unnamed)' }, at);
          if (caller) return { mem: caller, ambiguous: false, cueName: cue.cue };
        }
        const mem = mentionMember[p]![cue.mention] ?? null;
        return { mem, ambiguous: mentionAmbiguous[p]![cue.mention] ?? false, cueName: cue.cue };
      }
      case 'org': {
        const m = cue.mention >= 0 ? lp.mentions[cue.mention] : undefined;
        const txt = cue.text ?? m?.name ?? null;
        if (!txt) return { mem: null, ambiguous: false, cueName: cue.cue };
        if (m && txt === m.name) {
          const mem = mentionMember[p]![cue.mention];
          if (mem) return { mem, ambiguous: false, cueName: cue.cue };
        }
        // "In a statement, Crestline said ... / The statement added that ...": whoever issued the
        // statement quoted in the paragraph before
        // (or the post it put out: "In a post on social media, the carnival committee said it was
        // “heartbroken” ... / “…,” the post said.")
        if (/^the (?:statement|release|post)$/i.test(txt) && lastQuoteSpeaker && !lastQuoteUnsure && lastQuotePara < p && eff[p]! - eff[lastQuotePara]! === 1 && ISSUED_HERE.test(locals[lastQuotePara]!.text)) {
          return { mem: lastQuoteSpeaker, ambiguous: false, cueName: cue.cue };
        }
        // ("The command's spokesperson, SP Folasade Ade, said in a statement ... / ... / "...," the
        // statement added", "according to a statement from the Harlan Springs Police Department.
        // "...," the statement said."): whoever the story last said issued a statement
        if (/^the (?:statement|release|letter)$/i.test(txt)) {
          // (a letter is its writer's when a person wrote it; a firm's letter stays the letter's)
          const issuer0 = statementIssuer(at, p);
          // (a person the story showed to be one: not "the Serrat Basin" an open letter is about)
          const issuer = issuer0 && (!/letter$/i.test(txt) || (issuer0.kind === 'person' && (!issuer0.weak || issuer0.personEvidence))) ? issuer0 : null;
          if (issuer) {
            issuer.speaker = true;
            return { mem: issuer, ambiguous: false, cueName: cue.cue };
          }
          // ("The National Renewal Party on Wednesday denied any role ... / "...," the statement
          // said.": the one organisation in reach, which the statement was from)
          // (not a letter, which stays the letter's when no person wrote it)
          const o = /^(?:said|says|added|adds|read|reads|continued)$/.test(cue.cue ?? '') && !/letter$/i.test(txt) ? orgAntecedent(at, p) : null;
          if (o && !o.ambiguous && o.mem.kind === 'organization') {
            o.mem.speaker = true;
            return { mem: o.mem, ambiguous: false, cueName: cue.cue };
          }
        }
        /** "the company", "the firm", "the airline": the word for an organisation, else null */
        let orgWord = cue.mention < 0 && /^the \S+$/i.test(txt) && (ORG_ANAPHORS.has(lc(txt.slice(4))) || PUBLIC_BODIES.has(lc(txt.slice(4)))) ? lc(txt.slice(4)) : null;
        // ("the four-piece said": the band the story named as one)
        if (!orgWord && /^the (?:three|four|five|six)-piece$/i.test(txt)) orgWord = 'band';
        // ("The Kildare-based company said": a company word after where it is based)
        const based = /^(?:the )?\S+-based (\S+)$/i.exec(txt);
        if (!orgWord && based && ORG_ANAPHORS.has(lc(based[1]!))) orgWord = lc(based[1]!);
        // ("A club statement said": the statement of the club the story named as one)
        const issued = /^(?:the |a )?(\S+) (?:statement|release)$/i.exec(txt);
        if (!orgWord && issued && cue.mention < 0 && ORG_ANAPHORS.has(lc(issued[1]!))) orgWord = lc(issued[1]!);
        // ("an error at the exam board Northern Qualifications ... / The board said", "Hope Aloud, the
        // housing charity, ... / the charity said": the organisation the story named with that word)
        // (not the words any firm is, "the company", "the firm", "the group": two firms in reach may
        // each be one)
        if (orgWord && !/^(?:company|firm|group|business)$/.test(orgWord)) {
          const named = namedWithKind(orgWord, at, p);
          if (named) {
            named.speaker = true;
            return { mem: named, ambiguous: false, cueName: cue.cue };
          }
        }
        if (txt === 'it') {
          const s = lp.toks[cue.at]!.sent;
          // ("The report recommends a minimum rate, which it says “would cost ...”": the document its
          // own sentence opens with, as the subject of a relative clause's "it")
          // (no one named before the "it" in that sentence, whom it may mean: not "The report was
          // published by the regulator, Ofwat, in a move that it says")
          const relative = cue.at > 0 && /^(?:which|that)$/.test(lp.toks[cue.at - 1]!.lo) && lp.toks[cue.at - 1]!.sent === s && !lp.mentions.some((m) => m.sent === s && m.i0 < cue.at);
          // "The report, titled ..., was released Monday. It says ...": the document the sentence
          // before opened with
          // (also after the quote: "The inspection report says ... “…,” it says.")
          const opening = cue.at === 0 || lp.toks[cue.at - 1]!.sent !== s || documentQuotedAfter(lp, cue.at, s > 0 && !!documentSubjects(lp)[s - 1]);
          const doc = (relative ? documentSubjects(lp)[s] : null) ?? (opening && s > 0 && !(NAMING_CUES.test(cue.cue ?? '') && itAnswers(lp, cue.at)) ? documentSubjects(lp)[s - 1] : null);
          if (doc) {
            const mem = byDescription.get(doc) ?? create(null, doc, doc.split(' '), 'organization', at, true);
            mem.speaker = true;
            return { mem, ambiguous: false, cueName: cue.cue };
          }
        }
        // ("the three-member panel wrote", "the disciplinary panel said": the named body of that kind,
        // past words that only describe it)
        // (a word of its name among them must be in the name: "the district council" is not the
        // parish council)
        const described = !orgWord && cue.mention < 0 ? /^the ((?:[a-z][\w-]* ){1,2})([a-z]+)$/.exec(txt) : null;
        if (described && PUBLIC_BODIES.has(described[2]!)) {
          const kind = bodyOfKind(BODY_WORD_KINDS[described[2]!]!, at, p, described[1]!.trim().split(' ').filter((w) => !/[-\d]/.test(w)));
          // (not when the story brought in another of that kind since, unnamed: "Boateng appealed, and
          // an independent arbitration panel heard his case")
          if (kind && !unnamedOfKindSince(described[2]!, kind.firstSeen, at)) {
            kind.speaker = true;
            return { mem: kind, ambiguous: false, cueName: cue.cue };
          }
        }
        // ("Ashe’s solicitor, Maureen Tilley, read a statement on his behalf. “…,” it said.": the
        // statement the sentence just before brought in, in the words of the one it was read for, or of
        // whoever issued it)
        if (txt === 'it') {
          const s = lp.toks[cue.at]?.sent ?? 0;
          const st = s > 0 ? statementsIn(lp).find((x) => x.sent === s - 1 && x.put) : undefined;
          if (st?.behalf) {
            // (not the one reading it: "Holm's lawyer, Karin Ek, read a statement on her behalf.")
            const sj = lp.sentSubject[s - 1] ?? -1;
            const reader = sj >= 0 ? mentionMember[p]![sj] : null;
            const r = resolvePronoun(st.behalf.gender, pos(p, st.behalf.at), p);
            const other = r.mem === reader ? candidates(st.behalf.gender, pos(p, st.behalf.at), p).find((x) => x.mem !== reader && !x.mem.described) : null;
            if (r.mem && r.mem !== reader) return { mem: r.mem, ambiguous: r.ambiguous, cueName: cue.cue };
            if (other) return { mem: other.mem, ambiguous: true, cueName: cue.cue };
          } else if (st) {
            const issuer = statementIssuer(at, p);
            if (issuer && !issuer.described && (issuer.kind === 'organization' || !issuer.weak || issuer.personEvidence)) {
              issuer.speaker = true;
              return { mem: issuer, ambiguous: false, cueName: cue.cue };
            }
          }
        }
        // "it said", "the company said": the organisation the story has just been about, when only one is in reach
        if (txt === 'it' || orgWord) {
          // ("The Financial Conduct Board fined Ridgeway Bank ... / ... the regulator said", "Nurses at
          // Pine Hollow Regional Medical Center ... / The hospital said": the one organisation named
          // before whose name says it is of the word's kind)
          const kinds = orgWord ? BODY_WORD_KINDS[orgWord] : undefined;
          const kind = kinds ? bodyOfKind(kinds, at, p) : null;
          if (kind && !unnamedOfKindSince(orgWord!, kind.firstSeen, at)) {
            kind.speaker = true;
            return { mem: kind, ambiguous: false, cueName: cue.cue };
          }
          // ("An independent regulatory commission found ... / The commission said": the body the
          // story brought in unnamed, not the club named since)
          const unnamed = !!orgWord && PUBLIC_BODIES.has(orgWord) && (firstUnnamedBody().get(orgWord) ?? Infinity) < at;
          if (unnamed) return { mem: describedBody(txt, at), ambiguous: false, cueName: cue.cue };
          // ("Kilbride responded within hours. "...," it said in a statement": the organisation that
          // is the subject of the sentence just before, in this paragraph)
          // (... and "the company said" after "Linkstream said in a statement that it accepted the
          // findings.", when that organisation's name says it is no public body)
          const firmWord = !!orgWord && ORG_ANAPHORS.has(orgWord) && !VENUE_ANAPHORS.has(orgWord);
          if (txt === 'it' || firmWord) {
            const s = lp.toks[cue.at]?.sent ?? 0;
            const sj = s > 0 ? lp.sentSubject[s - 1]! : -1;
            const sm = sj >= 0 ? mentionMember[p]![sj] : null;
            // (... or one named by its kind and its name: "The consumer group Euroconsumo said it
            // remained concerned. The remedy “…,” it said")
            const om = s > 0 && lp.sentSubjectCue[s - 1] == null ? lp.mentions.findIndex((m) => m.sent === s - 1 && m.subj && m.type === 'org') : -1;
            const o = om >= 0 ? mentionMember[p]![om] : null;
            let subjectOrg = sm && !sm.described && (sm.kind === 'organization' || (sm.kind === 'person' && mayBeOrganisation(sm, true))) ? sm : o && o.kind === 'organization' && !o.described ? o : null;
            // (not when that sentence names another that may be a firm: "Castlemere Dairies sued Fenwick
            // Foods. “…,” the company said." is either)
            // (nor when another that may be a firm is in reach, in this paragraph or the one before,
            // unless its name says it is a public body: "Oakridge Mining has been accused of polluting the
            // river. Greenpeace said in a statement ... “…,” the company said.", "... errors in the
            // accounts of Linkstream, its former client")
            const publicBody = (o: Member) => o.lower.some((w) => BODY_KINDS.has(w) && !/^(?:company|corporation|bank|group)$/.test(w));
            const firmLike = (q: number, mi: number) => {
              const m = locals[q]!.mentions[mi]!;
              const o = mentionMember[q]![mi];
              if (m.type === 'place' || !o || o === subjectOrg || o.lower.join(' ') === subjectOrg!.lower.join(' ')) return false;
              // (a person the story shows to be one, by a given name or a gender, is no firm)
              if (o.kind === 'person' && (o.gender || isFirstName(o.lower[0]!) || o.described)) return false;
              return !publicBody(o);
            };
            const otherFirm = () => [p - 1, p].some((q) => q >= 0 && locals[q]!.mentions.some((m, mi) => (q < p || m.sent < s || (m.sent === s - 1 && mi !== sj && mi !== om)) && mi !== (q === p ? sj : -1) && firmLike(q, mi)));
            // (the sentence need not report speech when the story brought the body in by the very word:
            // "The human rights group Tana Watch ... welcomed the sanctions. “…,” the group said")
            const subjMention = sj >= 0 ? lp.mentions[sj] : om >= 0 ? lp.mentions[om] : undefined;
            const byKind = !!orgWord && !!subjMention && lp.toks[subjMention.i0 - 1]?.lo === orgWord && lp.toks[subjMention.i0 - 1]!.sent === subjMention.sent;
            if (txt !== 'it' && subjectOrg && ((!lp.sentSpeech[s - 1] && !byKind) || otherFirm() || publicBody(subjectOrg))) subjectOrg = null;
            // (what "it" called something is only a body's words when the story showed it to be one:
            // not "Her debut album, Salt Lines, is released on Friday. It describes her childhood as ...")
            if (subjectOrg && txt === 'it' && NAMING_CUES.test(cue.cue ?? '') && subjectOrg.kind !== 'organization') subjectOrg = null;
            if (subjectOrg && !lp.quotes.some((x) => x.sent === s - 1)) {
              subjectOrg.speaker = true;
              return { mem: subjectOrg, ambiguous: false, cueName: cue.cue };
            }
          }
          // ("The county council said it had 'no choice' ... In a statement, it said: '...'": the
          // organisation quoted, for sure, in the sentence just before)
          // (or a document quoted at the end of the paragraph before, "it" opening this one: "The
          // complaint ... says the company “knew or should have known” ... / It says internal memos show
          // managers chose “to monitor rather than remediate.”")
          const itSent = lp.toks[cue.at]?.sent ?? 0;
          // (not "It said in a statement ...", "It says it has always been ...", "... defend itself": a
          // body answering the document, which no document does)
          // (past a paragraph between that only goes on reporting it as "It": "... the report says. / It
          // estimates that yields will fall. / “…,” it adds.")
          // (with a verb a document does: not "It is expected to face a fine", "It has 28 days to
          // respond", the body the document is about)
          const itOnly = (q: number) => q >= 0 && !locals[q]!.quotes.length && !locals[q]!.mentions.length && locals[q]!.toks[0]?.lo === 'it' && DOCUMENT_VERBS.test(locals[q]!.toks[1]?.lo ?? '') && locals[q]!.sentSubjectCue.every((c) => !c);
          const documentBefore = () => {
            let before = itSent === 0 ? prevNonEmptyOf(p) : -1;
            if (before >= 0 && lastQuotePara < before && itOnly(before)) before = prevNonEmptyOf(before);
            return before >= 0 && lastQuotePara === before && lastQuoteSent === locals[before]!.sentSpeech.length - 1 && !!lastQuoteSpeaker?.described && DOCUMENT_NOUNS.has(lastQuoteSpeaker.lower[lastQuoteSpeaker.lower.length - 1]!) && !itAnswers(lp, cue.at);
          };
          // (not a document answered: "The ruling says it was “…”. It described the ban as “absurd”.")
          const docAnswered = !!lastQuoteSpeaker?.described && DOCUMENT_NOUNS.has(lastQuoteSpeaker.lower[lastQuoteSpeaker.lower.length - 1]!) && itAnswers(lp, cue.at);
          // (or a body quoted at the end of the paragraph before, "It" opening this one: "The military
          // said in a statement that it had carried out “a precise strike”. / It said “numerous steps”
          // had been taken")
          // (and nothing between "It said" and its quote that may say it instead: not "It said the
          // findings, which described conditions as “squalid”, ...", "It said, quoting its chief of
          // staff, General Ilan Dror, that ...")
          const bodyBefore = () => {
            const before = itSent === 0 && cue.at === 0 ? prevNonEmptyOf(p) : -1;
            const clear = itSaidAlone(lp).some((x, qi) => x && lp.quotes[qi]!.cue.at === cue.at);
            // (nor after one that speaks of a document, which "It" may be: "... received the review and
            // found it “thorough”. / It recommends “urgent reform”")
            const documentThere = before >= 0 && paragraphFacts(locals[before]!).document;
            return clear && !documentThere && before >= 0 && lastQuotePara === before && lastQuoteSent === locals[before]!.sentSpeech.length - 1 && !!lastQuoteSpeaker?.described && !itAnswers(lp, cue.at);
          };
          if (txt === 'it' && lastQuoteSpeaker?.kind === 'organization' && !lastQuoteUnsure && !docAnswered && ((lastQuotePara === p && lastQuoteSent === itSent - 1) || documentBefore() || bodyBefore())) {
            return { mem: lastQuoteSpeaker, ambiguous: false, cueName: cue.cue };
          }
          // ("It describes ... as “…”", "It called ... “…”" found no document or body for sure: "It" may
          // be a film, an album, a chatbot or a body the story did not name, "The union balloted members
          // at Portside Logistics. It called the result ...")
          if (txt === 'it' && NAMING_CUES.test(cue.cue ?? '') && lp.toks[cue.at - 1]?.lo !== 'what') return { mem: null, ambiguous: false, cueName: null };
          const o = orgAntecedent(at, p, txt !== 'it', /^(?:company|firm|group|business|corporation|conglomerate)$/.test(orgWord ?? ''));
          // (a public body's word names no organisation whose name says it is another kind: "The
          // ministry said" after "The Grain Growers' Association said" is the ministry)
          // (nor is a firm's word a public body's: "The Financial Services Tribunal said ... / “…,” the
          // company said.")
          const otherKind = !!o && !!orgWord && ((PUBLIC_BODIES.has(orgWord) && BODY_KINDS.has(o.mem.lower[o.mem.lower.length - 1]!) && !o.mem.lower.includes(orgWord)) || (firmWord && PUBLIC_BODIES.has(o.mem.lower[o.mem.lower.length - 1]!)));
          // (nor one whose name says no kind at all, when the story used the word for a body before
          // it named that one: "members of the dockworkers’ union walked off the job at the Port of
          // Tarrant Bay ... “…,” the union said" is the union, not Tarrant Bay)
          // (and an alliance, a coalition, a network or a movement is only one whose name says so: "the
          // alliance said" after a contractor was named is some alliance, not the contractor)
          // (or, for a name of one word, used the word for one since: "Qastan's official news agency,
          // QNA, carried a statement in which the foreign ministry rejected ... / “…,” the ministry said")
          // (but the word alone after it is that one: "MOFA said ... The ministry has summoned", "NASA
          // ... Engineers at the agency"; and an acronym may stand for a name of the kind: "The NTSB
          // said ... the board said")
          const acronym = /^[A-Z]{2,6}$/.test(o?.mem.name ?? '');
          const kindless = !!o && !otherKind && !!orgWord && PUBLIC_BODIES.has(orgWord) && !o.mem.lower.some((w) => BODY_WORD_KINDS[orgWord]!.includes(w)) && (wordBefore(orgWord, Math.min(at, o.mem.firstSeen), p) || (o.mem.lower.length === 1 && wordBefore(orgWord, at, p, true)) || (NAMED_KINDS.has(orgWord) && !acronym));
          // (a union is never a firm named with two words or more and no word a union is called by:
          // "Workers at the Fennimore Glass plant have voted to strike, their union said ... / “…,” the
          // union said"; only a firm the story shows to be a workplace, "the Fennimore Glass plant", not
          // "The Royal College of Nursing said ... / the union said"; and not when the story named one by
          // such a word: "Her union, the Performers’ Guild,")
          const workersSite = (m: Member) => locals.some((l) => l.text.includes(m.name) && new RegExp(`${escapeRegExp(m.name)}(?:['\u2019]s?)? (?:plant|factory|mill|site|depot|yard|warehouse|works|mine|store|stores|shipyard|refinery|smelter)\\b`).test(l.text));
          const firmForUnion = !!o && !otherKind && orgWord === 'union' && o.mem.lower.length >= 2 && !acronym && !o.mem.lower.some((w) => UNION_WORDS.test(w)) && !locals.some((l, q) => q <= p && l.toks.some((t, i) => t.k === 'w' && t.cap && i > 0 && l.toks[i - 1]!.sent === t.sent && pos(q, i) < at && UNION_WORDS.test(t.lo))) && workersSite(o.mem);
          if (kindless || firmForUnion) return { mem: describedBody(txt, at), ambiguous: false, cueName: cue.cue };
          // (a body of the word's kind the story quoted by description, when the organisation in reach
          // is of no such kind: "The shipping ministry said ... / “...,” the ministry said." after the
          // port operator was named)
          if (orgWord && PUBLIC_BODIES.has(orgWord) && !o?.mem.lower.some((w) => BODY_WORD_KINDS[orgWord]!.includes(w))) {
            let quoted: Member | null = null;
            for (const d of members) if (d.kind === 'organization' && d.described && d.speaker && d.lower.length >= 2 && d.lower[d.lower.length - 1] === orgWord && d.firstSeen < at && (!quoted || d.lastSeen > quoted.lastSeen)) quoted = d;
            if (quoted) return { mem: quoted, ambiguous: false, cueName: cue.cue };
          }
          // (nor surely a firm when a club is named in reach, in full or short: "Kessler Capital has
          // agreed to buy Portbridge Albion. / Albion have been in administration. / “…,” the club said.")
          const clubNear = (orgWord === 'club' || orgWord === 'team') && !!o && !clubNamed(o.mem.lower) && [p - 2, p - 1, p].some((q) => q >= 0 && locals[q]!.mentions.some((m) => CLUB_HEADS.has(m.lower[m.lower.length - 1]!) && pos(q, m.n0) < at));
          if (o && !otherKind) return { mem: o.mem, ambiguous: o.ambiguous || clubNear || unnamedOrgSince(o.mem, at, p) || ((orgWord === 'club' || orgWord === 'team') && commonClubBefore(at, p)), cueName: cue.cue };
          // (a firm named only in passing, "Workers at Haedong Heavy Industries’ shipyard began a strike.
          // / The company said ...": the one in reach)
          const n = !o && firmWord ? firmNamedNear(at, p) : null;
          if (n) return { mem: n.mem, ambiguous: n.far, cueName: cue.cue };
          // ("has handed in a transfer request at Saltmarsh Athletic ... / The club confirmed the request
          // but said ...": the one club the story named before, by a name a club is called by; not
          // one of two, "Brackenfield Town" and "Oldcastle Wanderers")
          if (!o && (orgWord === 'club' || orgWord === 'team')) {
            const clubs = new Map<string, [Mention, number]>();
            for (let q = 0; q <= p; q++) for (const m of locals[q]!.mentions) if (m.lower.length >= 2 && !m.poss && (clubNamed(m.lower) || m.lower[0] === 'fc') && pos(q, m.n0) < at) clubs.set(m.lower.join(' '), [m, q]);
            // (a club's word read apart from the place before it is a club too: "Brackenfield Town and
            // Oxley United", where "United" is read with Oxley as its place, makes two)
            const splitClub = [0, 1, 2, 3].some((d) => p - d >= 0 && locals[p - d]!.mentions.some((m) => m.lower.length === 1 && CLUB_HEADS.has(m.lower[0]!) && !!m.affiliation && pos(p - d, m.n0) < at));
            // (unsure when the story brought in a club by a common noun before: "an incident outside a
            // nightclub in the town centre ... “…,” the club said.")
            if (clubs.size === 1 && !splitClub) {
              const [m, q] = [...clubs.values()][0]!;
              const key = m.lower.join(' ');
              const mem = members.find((x) => x.kind === 'organization' && !x.described && x.lower.join(' ') === key) ?? create(m, m.name, m.tokens, 'organization', pos(q, m.n0));
              return { mem, ambiguous: commonClubBefore(at, p), cueName: cue.cue };
            }
          }
          if (txt === 'it') return { mem: null, ambiguous: false, cueName: null };
        }
        const toks = txt.split(/\s+/);
        const key = toks.map(lc).join(' ');
        let mem = byFull.get(key) ?? byDescription.get(key);
        // "the agency": the organisation of that kind named before, else the description itself
        if (!mem && cue.mention < 0 && toks.length === 2 && key.startsWith('the ')) {
          // (or whose head comes before "of": "the Whitford Museum of Art")
          const w = toks[1]!.toLowerCase();
          const headed = (o: Member) => o.lower[o.lower.length - 1] === w || (o.lower.indexOf(w) > 0 && o.lower[o.lower.indexOf(w) + 1] === 'of');
          for (const o of members) if (o.kind === 'organization' && !o.described && headed(o) && o.firstSeen < at && (!mem || o.lastSeen > mem.lastSeen)) mem = o;
        }
        // ("The report, commissioned by the Western Hospitals Group, ... / The hospital group said": the
        // one organisation named before whose name ends with the head and has the word before it)
        if (!mem && cue.mention < 0 && toks.length === 3 && key.startsWith('the ') && !/[A-Z]/.test(txt.slice(4))) {
          const [, mod, head] = key.split(' ') as [string, string, string];
          // (named in passing, it may be in no one's cast yet: the mention itself)
          const fits = new Map<string, Mention>();
          for (let q = 0; q <= p; q++) {
            for (const m of locals[q]!.mentions) {
              if (m.type !== 'org' || m.poss || m.lower.length < 2 || m.lower[m.lower.length - 1] !== head || pos(q, m.n0) >= at) continue;
              if (m.lower.some((x) => x === mod || x === `${mod}s` || x === `${mod}es`)) fits.set(m.lower.join(' '), m);
            }
          }
          // (not when the story brought in an unnamed one with that head: "A patients' group said ...",
          // "a new rail group, Northern Lines,", "Another insurance group, Haldane Re,")
          let unnamedOne = false;
          for (let q = 0; q <= p && !unnamedOne; q++) {
            const tk = locals[q]!.toks;
            for (let i = 0; i < tk.length && !unnamedOne; i++) {
              if (tk[i]!.lo !== head || pos(q, i) >= at) continue;
              for (let b = i - 1; b >= 0 && i - b <= 4 && tk[b]!.sent === tk[i]!.sent; b--) if (/^(?:a|an|another)$/.test(tk[b]!.lo)) unnamedOne = true;
            }
          }
          if (fits.size === 1 && !unnamedOne) {
            const m = [...fits.values()][0]!;
            mem = byFull.get(m.lower.join(' ')) ?? create(m, m.name, m.tokens, 'organization', at);
          }
        }
        // ("the company said" that found no organisation, while a name in reach that is no one's
        // (no first name, title or gender) may be the firm the engine did not know for one: "Greenfield
        // Mining said output fell. / "...," the company said." is unsure, not "the company")
        // ("Norvane, the logistics software start-up, has raised £18m. / "...," the company said.": the
        // one name set off by an organisation word in reach, when no other name that may be a firm is)
        // ("dismissed by freight company Southern Cross Haulage ... / The company had argued": the one
        // firm the story named with that word, when every other organisation it named before is a
        // public body, "the Fair Work Commission")
        if (!mem && orgWord && ORG_ANAPHORS.has(orgWord) && !VENUE_ANAPHORS.has(orgWord)) {
          const firm = firmNamedWithKind(orgWord, at, p);
          if (firm) {
            firm.speaker = true;
            return { mem: firm, ambiguous: false, cueName: cue.cue };
          }
        }
        // ("Veltris Pharma said in a statement that ... / “…,” the company said.", "The manufacturer, Alveon
        // Medical, said ... “…,” the company said.": a name nothing showed to be a person's, of two
        // words or more, that said something in the very sentence before, is the company; not with
        // another sentence between, "Greenfield Mining said output fell. Chief executive Tom Vance
        // blamed the weather.")
        // (over a company the story described before it named one: "A pharmaceutical company has recalled")
        if ((!mem || mem.described) && orgWord && ORG_ANAPHORS.has(orgWord) && !VENUE_ANAPHORS.has(orgWord)) {
          const b = sentenceBefore(at, p);
          const sj = b && b[1] >= 0 ? locals[b[0]]!.sentSubject[b[1]]! : -1;
          const x = sj >= 0 ? mentionMember[b![0]]![sj] : null;
          if (x && !x.described && !x.gender && !x.title && x.roleWords.size === 0 && (x.kind === 'organization' || (x.lower.length >= 2 && !isFirstName(x.lower[0]!))) && locals[b![0]]!.sentSpeech[b![1]] && speechVerbAfterMention(b![0], sj)) {
            x.kind = 'organization';
            x.weak = false;
            x.speaker = true;
            return { mem: x, ambiguous: false, cueName: cue.cue };
          }
        }
        if (!mem && orgWord) {
          const a = appositiveOrgNear(orgWord, at, p);
          if (a) {
            a.kind = 'organization';
            a.weak = false;
            a.speaker = true;
            return { mem: a, ambiguous: false, cueName: cue.cue };
          }
        }
        mem ??= cue.mention < 0 ? create(null, txt, toks, 'organization', at, true) : create(null, txt, toks, 'organization', at);
        const unsure = !!orgWord && !VENUE_ANAPHORS.has(orgWord) && mem.described && (firmLikeNear(at, p) || appositiveNameNear(at, p) || (ORG_ANAPHORS.has(orgWord) && firmNamedBefore(mem, at)));
        if (!unsure) mem.speaker = true;
        return { mem, ambiguous: unsure, cueName: cue.cue };
      }
      case 'described': {
        if (cue.roleHead === ONE_OF) {
          const one = oneOfGroup(at, p);
          // "The other said": another of them, not the one who spoke before
          if (one && cue.text === 'the other') {
            const txt = `other ${one.name}`;
            return { mem: byDescription.get(txt.toLowerCase()) ?? create(null, txt, txt.split(/\s+/), 'person', at, true), ambiguous: false, cueName: cue.cue };
          }
          return { mem: one, ambiguous: false, cueName: cue.cue };
        }
        // (a transcript's "Q:" is the interviewer the story named: "She spoke to Benedikt Sørlie, ...")
        if (cue.cue === 'transcript' && cue.text === 'interviewer') {
          const iv = namedInterviewer(p) ?? qaCast(p).asker;
          if (iv) return { mem: iv, ambiguous: false, cueName: cue.cue };
        }
        // (a transcript's "Q:" at a news conference or briefing is a reporter's question)
        // (an analyst's on a results call)
        const asked = cue.cue === 'transcript' && cue.text === 'interviewer';
        // (or those the story says put the questions, unnamed: "Questions were put by accredited
        // correspondents")
        const put = asked ? questionersBefore(p) : null;
        const txt = asked && analystIntro(p) ? 'analyst' : put ? `${put} (unnamed)` : asked && firstPressSetting() <= p ? 'reporter' : (cue.text ?? '');
        // "DISTRICT MANAGER: “...”" after "district manager Eimear Costigan": the one in that role;
        // with nobody named in it, that role unnamed, for review
        if (cue.label) {
          const holder = roleHolder(cue.roleHead ?? '', at);
          if (holder) return { mem: holder, ambiguous: false, cueName: cue.cue };
          const mem = byDescription.get(txt.toLowerCase()) ?? create(null, txt, txt.split(/\s+/), 'person', at, true);
          // (a transcript's "REPORTER:" is a reporter the story need not name; "MODERATOR:" is someone
          // it may have named otherwise, "moderated by ...")
          // (nor "OPERATOR:" on an emergency call, a role a transcript names by its job: no one the
          // story named holds it)
          return { mem, ambiguous: !(cue.cue === 'transcript' && (QUESTIONER_ROLES.has(cue.roleHead ?? '') || JOB_LABELS.has(cue.roleHead ?? ''))), cueName: cue.cue };
        }
        // "one of the people told Reuters" after "two people familiar with the matter said": one of that group
        if (txt.startsWith('one of the ') && cue.roleHead) {
          const g = oneOfGroup(at, p, cue.roleHead);
          if (g) return { mem: g, ambiguous: false, cueName: cue.cue };
          const one = oneOfDescribed(txt);
          return { mem: byDescription.get(one.toLowerCase()) ?? create(null, one, one.split(/\s+/), 'person', at, true), ambiguous: false, cueName: cue.cue };
        }
        // "“It was small hail,” her grandmother says." after the granddaughter spoke: the relative the
        // story named, when the family is plain (a shared surname or a kinship set off with a name)
        const kin = /^(his|her|their) (\S+)$/.exec(txt);
        // (or "my father said" in an answer: the one person the story set off as that relative)
        const mine = /^my (\S+)$/.exec(txt);
        if (mine && mine[1]! in KIN) {
          const named = holdersOf([mine[1]!], at);
          if (named.length === 1) return { mem: named[0]!, ambiguous: false, cueName: cue.cue };
        }
        if (kin && kin[2]! in KIN) {
          const r = relative(kin[2]!, kin[1] === 'his' ? 'm' : kin[1] === 'her' ? 'f' : null, at, p);
          if (r) return { ...r, cueName: cue.cue };
        }
        // "her lawyer said" in a story that has named a lawyer: maybe that one, for the reviewer to say
        if (/^(?:his|her|their) /.test(txt)) {
          const holder = roleHolder(cue.roleHead ?? '', at);
          if (holder) return { mem: holder, ambiguous: true, cueName: cue.cue };
        }
        // "The Northern Rivers Authority said its defences had held. "...," a spokesman said.": a
        // spokesperson the story gives no organisation speaks for the one that was just the subject
        // (a kind the description gives must be that organisation's: "a council spokesman" after "The
        // district council said", not "a ministry spokeswoman" after "The Farmers' Union said")
        const kind = BARE_SPOKESPERSON.exec(txt)?.[1];
        let org = BARE_SPOKESPERSON.test(txt) ? orgSubjectInReach(at, p) : null;
        if (org && kind && kind !== 'company' && kind !== 'firm' && !org.lower.includes(kind)) org = null;
        // (a role the next paragraph opens by naming: "... by the chair of the Commons business and
        // trade committee. / The chair, Olusegun Fairweather, pressed ..."; not one kept unnamed)
        if (!org && cue.roleHead && ROLE_NOUNS.has(cue.roleHead) && !/^(?:my|his|her|their) /.test(txt) && !KEPT_UNNAMED.test(lp.text)) {
          const ahead = holderAhead(ROLE_SYNONYMS[cue.roleHead] ?? [cue.roleHead], p);
          if (ahead) return { mem: ahead, ambiguous: false, cueName: cue.cue };
        }
        // (or one the story's opening brings in as anyone, "A retired headteacher who gave evidence
        // ... has told a jury she “…”", whom the next paragraph opens by naming with an age: "Margaret
        // Hollins, 68, was a prosecution witness")
        if (!org && cue.roleHead && (ROLE_NOUNS.has(cue.roleHead) || isPersonNoun(cue.roleHead)) && !isGroupNoun(cue.roleHead) && !KEPT_UNNAMED.test(lp.text)) {
          const aged = titledLaterInLede(p, cue) ?? agedNextInLede(p, cue);
          if (aged) return { mem: aged, ambiguous: false, cueName: cue.cue };
        }
        // (or a person the wire story's opening describes, named as the next paragraph opens)
        if (!org && cue.roleHead && (ROLE_NOUNS.has(cue.roleHead) || isPersonNoun(cue.roleHead)) && !isGroupNoun(cue.roleHead) && !/^(?:my|his|her|their) /.test(txt) && !KEPT_UNNAMED.test(lp.text)) {
          // (unsure: the paragraph may as well name someone answering, "Jo Park, the opposition's
          // spokesman, said the claim was “alarmist nonsense.”")
          const named = namedNextInLede(p);
          // (sure when the phrase set off after the name gives them the lede's role: "A civil servant
          // was accused by the chair of a committee of “stonewalling”. / Deborah Ashcombe-Reid, who
          // chairs the committee, pressed ...")
          // (not "the committee’s deputy chair", nor "who chairs a separate committee")
          if (named) {
            const ln = locals[nextNonEmpty(p)]!;
            const so = ln.mentions[0]?.i0 === 0 ? setOffWords(ln, ln.mentions[0]) : [];
            const syn = ROLE_SYNONYMS[cue.roleHead] ?? [cue.roleHead];
            const inRole = so.some((w, i) => syn.some((r) => w === r || w === `${r}s`) && !/^(?:deputy|vice|former|acting|assistant|interim)$/.test(so[i - 1] ?? '')) && !so.some((w) => /^(?:separate|another|other|different|rival)$/.test(w));
            return { mem: named, ambiguous: !inRole, cueName: cue.cue };
          }
        }
        // (a transcript's "Q:" after an opening that says whose the questions were: "the director took
        // questions from the audience" is an audience member's)
        const askers = txt === 'interviewer' ? questionsFromBefore(p) : null;
        // ("my husband said" with no husband named: the speaker's relative, unnamed)
        const full = askers ? (ASKING_GROUPS.has(askers) ? askers : `${askers} (unnamed)`) : org ? `${org.name} ${cue.roleHead} (unnamed)` : txt.startsWith('my ') ? `${txt.slice(3)} (unnamed)` : txt;
        // (or, rather than someone new and unnamed, the one the wire story's next paragraph quotes by a
        // name it meets there, as a suggestion: "Famine is ‘likely within weeks’ ..., a senior aid
        // official has warned. / ‘…,’ said Dr Eleanor Achterberg-Mensah, regional director for ...")
        if (!byDescription.has(full.toLowerCase()) && !org && !askers && cue.roleHead && (ROLE_NOUNS.has(cue.roleHead) || isPersonNoun(cue.roleHead)) && !isGroupNoun(cue.roleHead) && !KEPT_UNNAMED.test(lp.text)) {
          // (not when that paragraph gives its speaker the lede's very role, which the story reads as
          // theirs later on: "the spokesman, Gao Wenliang, said", "who takes over as chair")
          const syn = ROLE_SYNONYMS[cue.roleHead] ?? [cue.roleHead];
          const nx = nextNonEmpty(p);
          const sameRole = nx >= 0 && openingPersonWords(locals[nx]!).some((w) => syn.includes(w));
          const quoted = sameRole ? null : quotedNextInLede(p);
          if (quoted) return { mem: quoted, ambiguous: true, cueName: cue.cue };
        }
        const mem = byDescription.get(full.toLowerCase()) ?? create(null, full, full.split(/\s+/), 'person', at, true);
        if (!mem.gender && cue.gender) mem.gender = cue.gender;
        // (a transcript's "Q:" with no asker found, in a story that has named two people or more who
        // have not spoken: one of them may be asking, in a form no rule reads; for review)
        // (not the ones who have spoken already: "KENT: ... / AMES: ... / Q: ..." in a debate)
        const unread = asked && txt === 'interviewer' && namedBefore(at).filter((m) => !m.speaker).length >= 2;
        return { mem, ambiguous: unread, cueName: cue.cue };
      }
      case 'pronoun': {
        const r = resolvePronoun(cue.gender, at, p);
        // ("‘If you only meant to frighten him, Mr Tebbutt, why did you reload?’ / ‘I don’t remember
        // reloading,’ he replied.": the one the question named, replying)
        if (REPLYING.has(cue.cue ?? '') && lastQuoteQuestion && lastQuoteSpeaker && !lastQuoteUnsure && (p === lastQuotePara || eff[p]! - eff[lastQuotePara]! === 1)) {
          const named = addressedSurname(lastQuoteText);
          const addressed = named ? candidates(cue.gender, at, p).filter((x) => x.mem !== lastQuoteSpeaker && x.mem.kind === 'person' && !x.mem.described && x.mem.tokens[x.mem.tokens.length - 1] === named) : [];
          if (addressed.length === 1) return { mem: addressed[0]!.mem, ambiguous: false, cueName: 'pronoun' };
        }
        // ("‘So you cannot say who it was?’ Mr Fenwick asked. / ‘No, I can’t say that,’ he replied.":
        // one who replies to a question is not the one who put it, but whom it was put to)
        if (REPLYING.has(cue.cue ?? '') && lastQuoteQuestion && lastQuoteSpeaker && r.mem === lastQuoteSpeaker && !lastQuoteUnsure && (p === lastQuotePara || eff[p]! - eff[lastQuotePara]! === 1)) {
          const others = candidates(cue.gender, at, p).filter((x) => x.mem !== lastQuoteSpeaker && !x.mem.described);
          if (others.length) return { mem: others[0]!.mem, ambiguous: others.length > 1 && others[1]!.score > others[0]!.score - 1.5, cueName: 'pronoun' };
        }
        // ("Asked by the coroner, Tobias Mensah-Holt, whether he had considered stopping, he said: “…”":
        // the one who asked is not the one answering; the one person named who fits the pronoun, else
        // unsure)
        {
          const lp = locals[p]!;
          const s0 = lp.toks[cue.at]?.sent ?? -1;
          const ab = s0 >= 0 ? askedByOpening(lp, s0) : -1;
          if (ab >= 0 && r.mem && mentionMember[p]![ab] === r.mem && lp.mentions[ab]!.i0 < cue.at) {
            const o = otherThan(r.mem, cue.gender, at, p);
            return { mem: o.mem, ambiguous: o.ambiguous, cueName: 'pronoun' };
          }
        }
        // ("One reporter asked whether he had met the developer. “I meet hundreds of people,” he
        // replied.": a reporter the story never names, who asked, does not answer; the one asked does,
        // the one person named who fits the pronoun)
        if (pressAsker(r.mem) && !asks(lp.quotes.find((q) => q.cue === cue)?.raw.text ?? '?')) {
          const o = otherThan(r.mem, cue.gender, at, p);
          if (o.mem) return { mem: o.mem, ambiguous: o.ambiguous, cueName: 'pronoun' };
        }
        // ("“Then when?” the reporter pressed. / “When the board has met,” he said.": the answer to an
        // unnamed reporter's question is from someone named, never the reporter; sure when only one
        // named person fits the pronoun)
        if (r.ambiguous && lastQuoteQuestion && pressAsker(lastQuoteSpeaker) && !lastQuoteUnsure && (p === lastQuotePara || eff[p]! - eff[lastQuotePara]! === 1)) {
          const o = otherThan(lastQuoteSpeaker, cue.gender, at, p);
          if (o.count === 1) return { mem: o.mem, ambiguous: false, cueName: 'pronoun' };
        }
        // ("... Niazi said. / "Give the youngsters a chance," he added.": adding to the words just
        // quoted, right after them, with no one else in view since, is the same speaker)
        if (r.ambiguous && r.mem && r.mem === lastQuoteSpeaker && !lastQuoteUnsure && ADDING.has(cue.cue ?? '') && (p === lastQuotePara || eff[p]! - eff[lastQuotePara]! === 1) && noOneSinceLastQuote(at)) return { mem: r.mem, ambiguous: false, cueName: 'pronoun' };
        return { ...r, cueName: cue.cue === 'colon' ? 'colon' : 'pronoun' };
      }
      case 'role': {
        // ("said the baker, who gave only her first name, Lucía": the name the role's holder gave)
        {
          const lp = locals[p]!;
          const sent = lp.toks[cue.at]?.sent ?? -1;
          const given = lp.mentions.findIndex((m) => m.sent === sent && m.i0 > cue.at && m.i0 - cue.at <= 14 && !m.poss && !!nameGivenBefore(lp.toks, m.i0));
          const mem = given >= 0 ? mentionMember[p]![given] : null;
          // (only the "who" clause's own verb giving the name: not "said the officer, who arrested a man who
          // gave his name as Dmitri", "said the farmer, who employs a labourer named Ismail")
          // (past "would only", "also", "declined to", "did not want to": "who would only give his first name")
          let g = cue.at + 3;
          while (g < cue.at + 9 && WHO_GIVES_BEFORE.has(lp.toks[g]?.lo ?? '')) g++;
          const gives = /^(?:gave|gives|give|provided|offered)$/.test(lp.toks[g]?.lo ?? '');
          if (mem && mem.kind === 'person' && gives && lp.toks[cue.at + 1]?.t === ',' && lp.toks[cue.at + 2]?.lo === 'who') return { mem, ambiguous: false, cueName: cue.cue === 'colon' ? 'colon' : 'role' };
        }
        const o = ownedRole(cue, at, p);
        if (o) return { ...o, cueName: cue.cue === 'colon' ? 'colon' : 'role' };
        // ("“Then when?” the reporter pressed.": a reporter the story never named, putting a question,
        // is a reporter unnamed, the one it brought in before if it did, never the one who answers)
        if (PRESS_ASKERS.has(cue.roleHead ?? '') && !roleHolder(cue.roleHead!, at) && lp.quotes.some((q) => q.cue === cue && asks(q.raw.text))) {
          const syn = ROLE_SYNONYMS[cue.roleHead!] ?? [cue.roleHead!];
          const mem = describedSource(syn, at, p, -1, Infinity) ?? describedRole({ ...cue, text: `${cue.roleHead} (unnamed)` }, at);
          return { mem, ambiguous: false, cueName: 'role' };
        }
        // "the operator said" (a word for an organisation that reads like a person noun): the
        // organisation just named, as "the company said"
        if (cue.plain && ORG_ANAPHORS.has(cue.roleHead ?? '')) {
          // (unless the story gave someone that very role: "The paper's publisher, Joseph Kurian, ...
          // / "...," the publisher added.")
          const holder = roleHolder(cue.roleHead ?? '', at);
          if (holder) return { mem: holder, ambiguous: false, cueName: cue.cue === 'colon' ? 'colon' : 'role' };
          const o = orgAntecedent(at, p);
          if (o) return { mem: o.mem, ambiguous: o.ambiguous || unnamedOrgSince(o.mem, at, p), cueName: cue.cue === 'colon' ? 'colon' : 'role' };
          const n = firmNamedNear(at, p);
          if (n) return { mem: n.mem, ambiguous: n.far, cueName: cue.cue === 'colon' ? 'colon' : 'role' };
        }
        const r0 = cue.plain ? plainPerson(cue, at, p) : resolveRole(cue.roleHead ?? '', cue.gender, at, p, cue.text);
        // (one person's role or age is never a group: "Supporters waving placards chanted ... / said the
        // 61-year-old former headteacher")
        // (a surname that reads as a plural is no group: "Sanders ... / The Vermont senator emailed ...")
        const r = r0.mem && isGroupMember(r0.mem) && !lexTags(r0.mem.lower[0]!).some((t) => /Name$/.test(t)) && cue.roleHead && !isGroupNoun(cue.roleHead) ? { mem: null, ambiguous: false } : r0;
        // ("“What would you have us do?” he asked. / “I would have you negotiate,” the pilot replied.":
        // a role no one holds, replying to a question, is not the one who put it)
        if (REPLYING.has(cue.cue ?? '') && lastQuoteQuestion && lastQuoteSpeaker && r.mem === lastQuoteSpeaker && !lastQuoteUnsure && !roleHolder(cue.roleHead ?? '', at) && (p === lastQuotePara || eff[p]! - eff[lastQuotePara]! === 1)) {
          const o = otherThan(lastQuoteSpeaker, cue.gender, at, p);
          if (o.mem) return { mem: o.mem, ambiguous: o.ambiguous, cueName: 'role' };
          // (with no one else in reach, the one quoted before the question, whom it was put to: "Doorman
          // Lukas Abernethy-Oduya told the court ... / Cross-examined by Rupert Elland-Achebe, he agreed
          // ... / ‘So you cannot be sure?’ Mr Elland-Achebe asked. / ‘…,’ the witness replied.")
          const prior = priorQuoteSpeaker;
          if (prior && prior !== lastQuoteSpeaker && prior.kind === 'person' && !prior.described && (!cue.gender || !prior.gender || prior.gender === cue.gender) && eff[lastQuotePara]! - eff[priorQuotePara]! <= 2) return { mem: prior, ambiguous: false, cueName: 'role' };
        }
        // ("“I voted for a roof repair,” Greaves shouted back. / “There is no marble lobby,” the leader
        // replied.": of two holders of the role, the one replying is the other one)
        if (r.ambiguous && REPLYING.has(cue.cue ?? '') && lastQuoteSpeaker && !lastQuoteUnsure && (p === lastQuotePara || eff[p]! - eff[lastQuotePara]! === 1)) {
          const syn = ROLE_SYNONYMS[cue.roleHead ?? ''] ?? [cue.roleHead ?? ''];
          const all = holdersOf(syn, at);
          if (all.length === 2 && all.includes(lastQuoteSpeaker)) {
            const other = all.find((x) => x !== lastQuoteSpeaker)!;
            if (!cue.gender || !other.gender || other.gender === cue.gender) return { mem: other, ambiguous: false, cueName: 'role' };
          }
        }
        if (cue.plain) return { ...r, cueName: cue.cue === 'colon' ? 'colon' : 'role' };
        // ("the Rovers manager said" with no manager named: never "Rovers", the word in the role itself)
        // (... but "the chief executive of Harlow Water" is someone: the role's holder, unnamed, for
        // review, since the story may name them elsewhere)
        const ofName = !!cue.text && / of \p{Lu}/u.test(cue.text);
        // (the one the pronoun rules would pick holds it only when the story gave them that role: not
        // "Inspector Kai Roth ... / The chief executive of Werder Events said")
        const holds = !!r.mem && (r.mem.roleWords.has(cue.roleHead ?? '') || (ROLE_SYNONYMS[cue.roleHead ?? ''] ?? []).some((w) => r.mem!.roleWords.has(w)));
        if ((r.mem || ofName) && cue.text && (!r.mem || (' ' + cue.text + ' ').includes(` ${r.mem.name} `) || (ofName && !holds))) {
          const of = ofName ? describedRole({ ...cue, text: `${cue.text.replace(/^the /i, '')} (unnamed)` }, at) : null;
          return { mem: of, ambiguous: !!of, cueName: cue.cue === 'colon' ? 'colon' : 'role' };
        }
        return { ...r, cueName: cue.cue === 'colon' ? 'colon' : 'role' };
      }
      default:
        return { mem: null, ambiguous: false, cueName: null };
    }
  };

  // A headline opening the text (short, no closing punctuation, more text after it): its quotation
  // marks are not a quote from someone in the story (the story itself quotes them).
  let headline = -1;
  {
    const first = locals.findIndex((lp) => NON_SPACE.test(lp.text));
    if (first >= 0 && locals[first]!.headlineLike && locals.some((lp, i) => i > first && NON_SPACE.test(lp.text))) headline = first;
  }
  locals.forEach((lp, p) => {
    // events: mentions and quotes in token order
    const evs = lp.events;
    if (!NON_SPACE.test(lp.text)) return;
    const prevOpen = prevNonEmpty >= 0 && locals[prevNonEmpty]!.openAtEnd && openGroup >= 0;
    const prevNonEmptyBefore = prevNonEmpty;
    // (what the paragraph before leads in with "X said:", resolved once and only when a quote asks)
    let colonLedMemo: ReturnType<typeof colonLeadMember> | undefined;
    const colonLed = () => {
      if (colonLedMemo === undefined) colonLedMemo = colonLeadMember(prevNonEmptyBefore);
      return colonLedMemo;
    };
    prevNonEmpty = p;
    const paraSegs: Seg[] = [];
    for (const ev of evs) {
      if (ev.kind === 2) {
        // "The opposition leader says ...": someone the pronouns may refer to, named or not
        const sc = lp.sentSubjectCue[ev.i]!;
        const at = pos(p, sc.at);
        // the titled person; else whom the pronoun rules would take the role for; else, when no one
        // is around, an unnamed person the later pronouns can refer to
        let mem = titledHolder(sc.roleHead ?? '', sc.text, at);
        const o = mem ? null : ownedRole(sc, at, p);
        if (o) mem = o.ambiguous ? null : o.mem;
        else if (!mem) mem = describedSource(ROLE_SYNONYMS[sc.roleHead ?? ''] ?? [sc.roleHead ?? ''], at, p);
        if (!mem && !o) {
          roleAsPronoun = ROLE_SYNONYMS[sc.roleHead ?? ''] ?? [sc.roleHead ?? ''];
          const r = resolvePronoun(sc.gender, at, p);
          roleAsPronoun = null;
          // (one person's role cannot be held by a group: "Villagers in Upper Wexcombe ... / The
          // parish council chairman, a retired postman ..., said" is not the villagers)
          mem = r.mem && !isGroupMember(r.mem) ? (r.ambiguous ? null : r.mem) : describedRole(sc, at);
          // ("... her campaign manager, Devon Ashgrove, said ... / The candidate himself is
          // unbothered.": not one the story gave another role)
          const syn = ROLE_SYNONYMS[sc.roleHead ?? ''] ?? [sc.roleHead ?? ''];
          // (nor, for any person noun, one the story gave a title that is another's: "Garda Síle
          // Brennan told the court ... / The pharmacist, in a victim impact statement, said")
          const otherRole = (w: string) => ROLE_NOUNS.has(w) || (TITLE_WORDS.has(w) && !TITLE_MODIFIERS.has(w) && !MALE_HON.has(w) && !FEMALE_HON.has(w));
          if (mem && !mem.described && (ROLE_NOUNS.has(sc.roleHead ?? '') || isKnownPersonNoun(sc.roleHead ?? '')) && [...mem.roleWords].some(otherRole) && ![...mem.roleWords].some((w) => syn.includes(w))) mem = null;
        }
        if (mem) recent.push({ mem, at, para: p, sent: ev.i, subj: true, main: true });
        else unsureRoleSubject.add(pos(p, ev.i));
        continue;
      }
      if (ev.kind === 0) {
        const mem = mentionMember[p]![ev.i];
        const m = lp.mentions[ev.i]!;
        if (mem) recent.push({ mem, at: pos(p, m.n0), para: p, sent: m.sent, subj: m.subj || lp.sentSubject[m.sent] === ev.i, main: lp.sentSubject[m.sent] === ev.i });
        if (mem && !diedFrom.has(mem) && diedBefore(lp, m)) diedFrom.set(mem, pos(p, m.n0));
        // (a sentence of their own saying so, of one named in full and its subject: "Marek Danso, 19,
        // died in hospital", not "Police said Mr Danso died")
        if (mem && !diedSaid.has(mem) && m.lower.length >= 2 && lp.sentSubject[m.sent] === ev.i && saidToDie(lp, ev.i)) diedSaid.set(mem, pos(p, m.n0));
        continue;
      }
      const lq = lp.quotes[ev.i]!;
      const continuesPrev = ev.i === 0 && prevOpen && lq.raw.atParaStart;
      if ((!lq.speech && !continuesPrev) || p === headline || p === datelineTurn) continue;
      // (a transcript whose turns are in quotation marks quotes only those: a turn left out of them
      // is the transcript's own word, "MODERATOR: Last question, please.", "EBDON: Dr Asante-Mills,
      // thank you very much.")
      if (turnQuote(lq) && !markedQuote(lq) && ((markedTurns && (runsTheMeeting(lq.raw.text) || asks(lq.raw.text))) || bareLabels.has(lq.cue.cue === 'answer' ? 'answer' : (lq.cue.text ?? '').toLowerCase()))) continue;
      let group: number;
      if (continuesPrev) group = openGroup;
      else group = groupCount++;
      pronounQuote = lq.cue.ref === 'pronoun' ? lq.raw.text : null;
      const r = resolveCue(lq.cue, p, lp);
      pronounQuote = null;
      let speaker = r.mem;
      let cue = r.cueName;
      const explicit = lq.cue.ref !== 'none' && !!speaker;
      let ambiguous = r.ambiguous || !!lq.cue.weak;
      /** the quote takes its turn in an exchange of two, answering the one before it */
      let turned = false;
      if (!explicit) {
        speaker = null;
        cue = null;
        ambiguous = false;
        const lead = (lq.standalone || lq.kind === 'direct') && lq.cue.ref === 'none' && !lp.sentSpeech[lq.sent] && !continuesPrev && lq.cue.cue !== 'answer' ? leadSubject(p, lp, lq.sent, lq.raw.text) : null;
        // (a paragraph that is only this quote, the next saying who put it so: `howSaid`, read once)
        const said = lq.standalone && lq.raw.atParaStart && ev.i === 0 && lp.quotes.length === 1 ? howSaid(p) : null;
        if (lq.cue.cue === 'answer') {
          // "A: ..." in a transcript: most likely the person the story quotes, but the label does not say
          // (never the interviewer the story named: they ask)
          const asker = namedInterviewer(p) ?? qaCast(p).asker;
          const lastOther = lastPersonSpeaker === asker ? null : lastPersonSpeaker;
          speaker = lastOther ?? lastAnswerer ?? resolvePronoun(null, pos(p, ev.t), p).mem;
          // (nor the one nearest before when that is the interviewer: whom the story says they spoke to)
          // (or the one other person the intro names: qaCast)
          const spokenTo = asker ? (interviewee(p) ?? qaCast(p).answerer) : null;
          if (asker && speaker === asker) speaker = spokenTo;
          // (nor one the story calls a journalist, as a suggestion)
          if (speaker && journalistsNamed.has(speaker) && !spokenTo) speaker = null;
          lastAnswerer = speaker;
          cue = 'answer';
          // ... unless the story so far has named no one else: an interview with one person (or the
          // story says whom the interviewer it named spoke to)
          const at = pos(p, ev.t);
          const named = namedBefore(at).filter((m) => m !== asker);
          ambiguous = true;
          // (or whom the interviewer the story named spoke to, whoever else it named: "The Fraser
          // Valley Ledger’s Moira Flaherty spoke with her")
          // (or the one the intro says faced the questions: questionsFacedBy)
          const one = named.length === 1 ? named[0]! : named.length === 0 || (asker && spokenTo) ? spokenTo : questionsFacedBy(p);
          // (with an interviewer named, only when the story says whom they spoke to: not "The family of
          // Sam Odu spoke to our correspondent, Beth Rowley.", which leaves Sam Odu the one named)
          // (never one the story calls a journalist: "Our legal affairs correspondent, Priyanka Holm,
          // spoke to the barrister who won the case, ...")
          if (one && !journalistsNamed.has(one) && (asker ? spokenTo === one : true) && (!lastOther || lastOther === one)) {
            speaker = one;
            lastAnswerer = speaker;
            // (a quote inside the answer with no cue of its own may be words the answerer reports)
            ambiguous = !!lq.cue.weak;
          }
        } else if (lq.standalone && lq.raw.atParaStart && ev.i === 0 && prevNonEmptyBefore >= 0 && bareQuestion(locals[prevNonEmptyBefore]!) && spokenToBefore(prevNonEmptyBefore, p)) {
          // ("Kofi Mensah-Barrow set up Second Wind ... He spoke to Ellie Novak. / Why bikes? / “Because a
          // bus pass costs money ...”": the answer to a question the story puts in its own words, in an
          // interview it opened by saying who spoke to whom, is the one who spoke)
          speaker = spokenToBefore(prevNonEmptyBefore, p);
          cue = 'answer';
          ambiguous = false;
        } else if (said) {
          // ("“I thought it was a prank call.” / That was how Amara Nwosu, a 24-year-old trainee teacher,
          // described the moment ...": the one the next paragraph says put it so)
          speaker = said;
          cue = 'following';
          ambiguous = false;
        } else if (continuesPrev) {
          const prevSeg = lastSegOfGroup.get(group);
          if (prevSeg) { speaker = prevSeg.speaker; cue = 'continuation'; ambiguous = prevSeg.ambiguous; }
        } else if (lq.standalone && lq.raw.atParaStart && ev.i === 0 && prevNonEmptyBefore >= 0 && colonLed()) {
          // ("In a statement released through their solicitors, the family said: / “Anita was sent
          // to Fairhaven ...”": the words after a paragraph that ends "X said:" are X's)
          const r = colonLed()!;
          speaker = r.mem;
          cue = 'following';
          ambiguous = r.ambiguous;
        } else if (lead) {
          // "Pilots manager Curtis Lyle was blunt. "We got beat."", "Kerrigan herself said she had
          // watched it once. "It was hard."": the person the sentence before is about, in the same
          // paragraph, when no quote is in that sentence
          speaker = lead.mem;
          cue = 'following';
          ambiguous = !lead.sure;
        } else if ((lq.standalone || lq.kind === 'direct') && lastQuoteSpeaker && eff[p]! - eff[lastQuotePara]! <= 1) {
          // the previous speaker goes on, unless someone else has become the subject since: then
          // that person may be speaking, but only a reviewer can say
          const other = interrupter();
          // (the answer to an unnamed questioner's question: suggest the person last in view)
          const answerer = lastQuoteAsked && !other ? resolvePronoun(null, pos(p, ev.t), p).mem : null;
          speaker = other ?? (answerer && answerer !== lastQuoteSpeaker ? answerer : lastQuoteSpeaker);
          cue = 'continuation';
          // a speech verb in the quote's own sentence that the engine could not tie to anyone ("A
          // woman in the audience shouted, ...") says someone else is speaking
          ambiguous = lastQuoteUnsure || lastQuoteAsked || !!other || lp.sentSpeech[lq.sent]! || otherPersonSince(p, lq.sent) || backReferenceNext(p, lq);
          // ("“The president knew the record,” Whitlock-Osei said. / “So he knew?” the reporter pressed. /
          // “I’ve answered the question.”": a paragraph of quotes only answering an unnamed questioner,
          // paragraph by paragraph, is the one the question followed)
          if (ambiguous && lastQuoteAsked && !lastQuoteUnsure && !other && answerer && answerer === priorQuoteSpeaker && answerer.kind === 'person' && !answerer.described && p !== lastQuotePara && lq.raw.atParaStart && lq.standalone && !isQuestion(lq) && eff[p]! - eff[lastQuotePara]! === 1 && eff[lastQuotePara]! - eff[priorQuotePara]! === 1 && !lp.sentSpeech[lq.sent] && !otherPersonSince(p, lq.sent) && !backReferenceNext(p, lq)) ambiguous = false;
          // ("“That’s simply not true, Dana.”" after Dana Kerrigan spoke: words that call the one
          // going on by name are someone else's, for the reviewer to say)
          if (speaker && speaker.kind === 'person' && !speaker.described && calledByName(lq.raw.text, speaker, members)) {
            speaker = null;
            cue = null;
            ambiguous = false;
          }
          // ("Her sister rolls her eyes. “Solveig has been saying that since 1998.”": words that speak of
          // the one going on by their given name alone, as someone else, may be another's; the reviewer's)
          else if (speaker && speaker === lastQuoteSpeaker && speaker.kind === 'person' && !speaker.described && p !== lastQuotePara && givenNameAsOther(lq.raw.text, speaker)) ambiguous = true;
          // ("“It started as a drawing on a napkin —” Vaitkutė began. / “— in a very bad restaurant,”
          // Karaca-Bauer said. / “The restaurant was fine.”": after one finishing another's sentence,
          // a paragraph of quotes only may be either of them; the one interrupted is suggested)
          if (!other && p !== lastQuotePara && lq.raw.atParaStart && /^[\u2014\u2013]/.test(lastQuoteText.trim()) && /[\u2014\u2013]\s*$/.test(priorQuoteText) && priorQuoteSpeaker && priorQuoteSpeaker !== lastQuoteSpeaker) {
            speaker = priorQuoteSpeaker;
            ambiguous = true;
          }
          // ("“Did you read the report?” Reid asked. / “Every page.”": a new paragraph that opens with
          // an answer to a named asker's question is most likely the one asked; the reviewer's call,
          // suggesting someone other than the asker)
          // (a question put to "you", not one the asker answers: "“Why would we stop now?” Holm
          // asked. / “We are finally winning.”" goes on)
          // (... or one that does not speak of the asker's own side at all: "“Did the accountants also
          // write this?” the prosecutor asked. / “I don’t remember that email.”")
          if (lastQuoteQuestion && !lastQuoteAsked && !other && p !== lastQuotePara && lq.raw.atParaStart && lq.standalone && !isQuestion(lq) && putToSomeone(lastQuoteText)) {
            ambiguous = true;
            const asked = candidates(null, pos(p, ev.t), p).find((x) => x.mem !== lastQuoteSpeaker && x.mem.kind === 'person' && !x.mem.described);
            if (asked) speaker = asked.mem;
            // (sure in an exchange of two, paragraph by paragraph: the one the asker had just heard from,
            // "... replied Dr. Ruiz. / "Incomplete how?" / "It doesn't include permafrost feedback."")
            if (asked && asked.mem === priorQuoteSpeaker && !lastQuoteUnsure && eff[p]! - eff[lastQuotePara]! === 1 && eff[lastQuotePara]! - eff[priorQuotePara]! === 1) ambiguous = false;
            // (... or when the story has named only the two of them: "The debate between Senator Obiora
            // Eze and Senator Chidi Nwankwo ... “Who approved that?” / “The committee approved it.”")
            const at = pos(p, ev.t);
            const named = namedBefore(at);
            if (asked && !lastQuoteUnsure && eff[p]! - eff[lastQuotePara]! === 1 && named.length === 2 && named.includes(asked.mem) && named.includes(lastQuoteSpeaker!)) ambiguous = false;
          }
          // a new paragraph after an answer to someone else's question: the exchange may go on either way
          if (lastQuoteAnswered && !other && p !== lastQuotePara && lq.raw.atParaStart) {
            ambiguous = true;
            if (isQuestion(lq) || lastQuoteReply) speaker = lastQuoteAnswered;
            // (a question back from the one who was answered, in a paragraph of its own, right after
            // a sure answer, is theirs: ""Are you telling this committee ...?" asked Senator
            // Delacroix. / "I am telling you it is incomplete," replied Dr. Ruiz. / "Incomplete how?"")
            if (isQuestion(lq) && !lastQuoteUnsure && eff[p]! - eff[lastQuotePara]! === 1 && lastQuoteAnswered.kind === 'person' && !lastQuoteAnswered.described) ambiguous = false;
            // (a paragraph of quotes only, in an exchange of two going paragraph by paragraph, goes
            // back to the one just answered, for sure when the story has named only those two: "“We
            // updated the survey,” Salgado replied. / “Then publish it.”", "“Who approved that?” /
            // “The committee approved it.” / “I voted against it.” / “You abstained.”")
            const at = pos(p, ev.t);
            const named = namedBefore(at);
            if (lq.standalone && !lastQuoteUnsure && lastQuoteAnswered === priorQuoteSpeaker && eff[p]! - eff[lastQuotePara]! === 1 && eff[lastQuotePara]! - eff[priorQuotePara]! === 1 && lastQuoteAnswered.kind === 'person' && !lastQuoteAnswered.described) {
              speaker = lastQuoteAnswered;
              turned = true;
              // (unless the next paragraph says whose the words were: "The remark, from an elderly woman
              // at the back of the hall, drew loud applause.")
              const next = nextNonEmpty(p);
              // (nor when the next goes on with the one who replied, as "she" saying more: "“They are tired?
              // …,” Halldórsdóttir replied. / “I understand fatigue.” / She said the agency would cut …")
              const sc0 = next >= 0 ? locals[next]!.sentSubjectCue[0] : null;
              const goesOnWithReplier = !!sc0 && sc0.ref === 'pronoun' && sc0.at === 0 && !!lastQuoteSpeaker?.gender && sc0.gender === lastQuoteSpeaker.gender && SAID.test(locals[next]!.toks[1]?.lo ?? '');
              if (named.length === 2 && named.includes(lastQuoteAnswered) && named.includes(lastQuoteSpeaker!) && !(next >= 0 && BACK_OPENER.test(locals[next]!.text)) && !goesOnWithReplier) ambiguous = false;
            }
          }
          // "Captain Leo Marsh agreed. "No excuses."": the subject of the sentence just before, when
          // that sentence reports speech, is the one speaking
          // (... or one who pressed or challenged the one quoted before: "Metcalfe pressed him on the
          // figure. "That number was three hundred million a year ago."")
          const sj = lq.sent > 0 ? lp.sentSubject[lq.sent - 1]! : -1;
          if (other && sj >= 0 && (lp.sentSpeech[lq.sent - 1] || PRESSING_VERBS.has(wordAfterName(lp, lp.mentions[sj]!.n0))) && mentionMember[p]![sj] === other) {
            ambiguous = false;
            cue = 'following';
          }
          // ("“A prophecy does not pay for wool.” / Aydemir does not look up from his cutting table when
          // he says this.": a paragraph of quotes only, the next opening with someone who "says this")
          if (lq.standalone && lq.raw.atParaStart && lp.quotes.length === 1) {
            const next = nextNonEmpty(p);
            const mi = next >= 0 ? saysThisBy(locals[next]!) : -1;
            const mem = mi >= 0 ? mentionMember[next]![mi] : null;
            if (mem && mem.kind === 'person' && !mem.described) {
              speaker = mem;
              ambiguous = false;
              cue = 'following';
            }
          }
        } else if (/^[\p{Lu}]/u.test(lq.raw.text) && lq.raw.text.split(/\s+/).length >= 5 && lastQuoteSpeaker && eff[p]! - eff[lastQuotePara]! <= 1) {
          // a full sentence in quotes after a short lead-in ("Indeed, "...""): same speaker
          const other = interrupter();
          speaker = other ?? lastQuoteSpeaker;
          cue = 'continuation';
          // (unsure too when someone unnamed became a subject since: "A woman at the counter, asked
          // whether she would vote for Ms Marsh-Ebo, shrugged. “Maybe. She seems nice.”")
          ambiguous = lastQuoteUnsure || lastQuoteAsked || !!other || lp.sentSpeech[lq.sent]! || otherPersonSince(p, lq.sent) || backReferenceNext(p, lq);
        } else if (lq.standalone && lq.raw.atParaStart && ev.i === 0 && prevNonEmptyBefore >= 0 && lastSubjectIn(prevNonEmptyBefore)) {
          // a quote-only paragraph after a paragraph about someone (not quoting them): maybe theirs
          speaker = lastSubjectIn(prevNonEmptyBefore);
          cue = 'continuation';
          ambiguous = true;
          // ... theirs when that paragraph ends reporting their speech ("Lisa Chen, an analyst, said
          // prices could rise again."), with no quote of its own there
          const pl = locals[prevNonEmptyBefore]!;
          const ls = pl.sentSpeech.length - 1;
          // (or says only how they were, as papers introduce someone's words: "Another rider, Kamil
          // Nowak, who had driven in from Stretton, was angrier.")
          // (... or with a gesture only a person makes, named alone in that sentence: "Eze shook her
          // head before the translation had finished.")
          const gesture = ls >= 0 && pl.sentSubject[ls]! >= 0 && !otherPersonIn(prevNonEmptyBefore, ls, pl.sentSubject[ls]!) && ((HUMAN_VERBS.has(wordAfterName(pl, pl.mentions[pl.sentSubject[ls]!]!.n0)) && !AUX_HUMAN.has(wordAfterName(pl, pl.mentions[pl.sentSubject[ls]!]!.n0))) || (ADDRESSED.has(wordAfterName(pl, pl.mentions[pl.sentSubject[ls]!]!.n0)) && addressedAudience(pl, pl.mentions[pl.sentSubject[ls]!]!.n0)));
          // (not when the speech there is a pronoun's set off after the subject, telling of them: "Santoni,
          // she says, refused to let her touch a saw." is hers, whom the pronoun means)
          const told = ls >= 0 && pl.sentSubject[ls]! >= 0 ? toldBySetOffPronoun(pl, ls, pl.sentSubject[ls]!) : -1;
          // (nor when it is the pronoun's after the sentence, telling what the subject did: "Mairead
          // Costello had not visited the refuge since taking up her post, she added." is the one
          // "she" is, not Costello)
          const trailing = told < 0 && ls >= 0 && pl.sentSubject[ls]! >= 0 ? toldByTrailingPronoun(pl, ls, pl.sentSubject[ls]!) : -1;
          if (told >= 0) {
            const r = resolvePronoun(pl.toks[told]!.lo === 'he' ? 'm' : 'f', pos(prevNonEmptyBefore, told), prevNonEmptyBefore);
            if (r.mem && r.mem !== speaker) {
              speaker = r.mem;
              ambiguous = r.ambiguous;
            }
          } else if (trailing >= 0) {
            const o = otherThan(speaker, pl.toks[trailing]!.lo === 'he' ? 'm' : 'f', pos(prevNonEmptyBefore, trailing), prevNonEmptyBefore);
            if (o.mem) {
              speaker = o.mem;
              ambiguous = o.ambiguous;
            }
          } else if (ls >= 0 && (pl.sentSpeech[ls] || gesture || (pl.sentSubject[ls]! >= 0 && speechLead(pl, pl.sentSubject[ls]!))) && pl.sentSubject[ls]! >= 0 && mentionMember[prevNonEmptyBefore]![pl.sentSubject[ls]!] === speaker && !pl.quotes.some((x) => x.sent === ls && !capitalisedTerm(x))) {
            ambiguous = false;
            cue = 'following';
          }
          // (the name that paragraph ends leading in with, "X said:", past a phrase naming someone else
          // before it: "In a statement read outside the ground by the club secretary, Margaret Ngata,
          // Lumsden said:" is Lumsden's)
          // (or the one whose words that sentence speaks of as "what" they said: "Wróbel-Mensah still
          // remembers what her father, Stanisław Wróbel, told her on the day of the sale. / “…”")
          const wt = ls >= 0 ? whatToldBy(pl, ls) : -1;
          const teller = wt >= 0 ? mentionMember[prevNonEmptyBefore]![wt] : null;
          if (teller && teller.kind === 'person' && !teller.described) {
            speaker = teller;
            ambiguous = false;
            cue = 'following';
          }
          const lead = pl.colonLead?.ref === 'name' && pl.colonLead.mention >= 0 ? mentionMember[prevNonEmptyBefore]![pl.colonLead.mention] : null;
          if (lead && lead !== speaker && lead.kind === 'person' && !lead.described && ls >= 0 && pl.toks[pl.colonLead!.at]?.sent === ls && !pl.quotes.some((x) => x.sent === ls)) {
            speaker = lead;
            ambiguous = false;
            cue = 'following';
          }
          // ... or when that paragraph is one sentence about them alone, and the words speak as "I"
          // ("Batbayar Ganzorig, the institute's field team leader, spent six weeks in the valley. /
          // “When I saw the first photo, I didn't believe it.”")
          // (a capitalised word qualifying a noun is no one: "taught Arabic literature"; and "my" speaks
          // as "I" does: "It is a job. But the 9 was my route.")
          // (not when they do something there to another of their gender: "Ms Lindsay entered her for a
          // national olympiad, and she finished in the top 50." may be either; "Customers still queue
          // for her." is about them)
          // (or whose first sentence only sets the scene, a place or a body its subject, when the words
          // speak as "I": "The Phoenix Amateur Boxing Club sits above a tyre fitter’s. Its head coach,
          // Gideon Afolabi-Crane, has run it for 22 years. / “… I don’t ask. I just hand them a rope.”")
          const singular = /(?:^|[^\p{L}])I(?:[^\p{L}]|$)/u.test(lq.raw.text);
          const opener = pl.mentions[pl.sentSubject[0]!];
          const openerMem = opener ? mentionMember[prevNonEmptyBefore]![pl.sentSubject[0]!] : null;
          const sceneSubject = !opener ? !pl.sentSubjectCue[0] : opener.type !== 'person' && !opener.personEvidence && !opener.gender && (!openerMem || openerMem.kind !== 'person' || (openerMem.weak && !openerMem.gender));
          const scene = singular && pl.sentSubject.length === 2 && sceneSubject && pl.sentSubject[1]! >= 0;
          const aboutMi = scene ? pl.sentSubject[1]! : pl.sentSubject[0]!;
          if (ambiguous && speaker && speaker.kind === 'person' && !speaker.described && !speaker.weak && !objectPronounIn(pl, speaker.gender).some((s2) => pl.sentSubject[s2]! >= 0 && mentionMember[prevNonEmptyBefore]![pl.sentSubject[s2]!] === speaker) && pl.sentSubject.length <= 3 && aboutMi >= 0 && mentionMember[prevNonEmptyBefore]![aboutMi] === speaker && !pl.quotes.length && pl.sentSubject.every((_, k) => (scene && k === 0) || !otherPersonIn(prevNonEmptyBefore, k, aboutMi, false, false, true)) && pl.mentions.every((m, mi) => mentionMember[prevNonEmptyBefore]![mi] === speaker || m.type === 'place' || (m.type !== 'person' && (!m.subj || qualifierWord(pl, m) || (scene && m.sent === 0)))) && FIRST_PERSON_ANY.test(lq.raw.text) && !(speaker.gender === 'f' ? SHE_WORDS : speaker.gender === 'm' ? HE_WORDS : ANY_THIRD).test(lq.raw.text) && !passiveAfter(pl, pl.mentions[aboutMi]!)) {
            ambiguous = false;
            cue = 'following';
          }
          // ... or when that paragraph is only a question about what they think, put by the writer, and
          // they have spoken in the story already ("Does Nwosu-Brandt think the work is better than
          // before? / “Different. Slower.”": the answer is theirs)
          if (ambiguous && speaker?.speaker && pl.sentSubject.length === 1 && pl.sentSubject[0]! >= 0 && mentionMember[prevNonEmptyBefore]![pl.sentSubject[0]!] === speaker && !pl.quotes.length && writersQuestion(pl) && !otherPersonIn(prevNonEmptyBefore, 0, pl.sentSubject[0]!)) {
            ambiguous = false;
            cue = 'following';
          }
          // ... or with "she said ..." there, when the pronoun surely means them ("Sister Ann Moran has
          // run the shelter for 22 years. She said this winter was the worst.")
          const sc = ls >= 0 ? pl.sentSubjectCue[ls] : null;
          // (or "the 38-year-old wrote:")
          // (or "Her speech ended:", the paragraph's colon leading to the words)
          if (ambiguous && (sc?.ref === 'pronoun' || (sc?.ref === 'role' && /^the \d+-year-old$/.test(sc.text ?? ''))) && (pl.sentSpeech[ls] || (pl.colonLead?.ref === 'pronoun' && sc?.ref === 'pronoun')) && !pl.quotes.some((x) => x.sent === ls)) {
            // (an age only when the story has named one person and brought in no one unnamed: not
            // "Mia Torres, 38, ... Her victim, Joan Ellis, wept. ... the 38-year-old wrote:", nor "A
            // 38-year-old man has been charged ... Mia Torres said ... the 38-year-old wrote:")
            const aged = sc.ref === 'role';
            const at0 = pos(prevNonEmptyBefore, sc.at);
            // (someone unnamed brought in by a sentence before this one: sentences, not tokens, compared)
            const lone = !aged || (namedBefore(at0).length <= 1 && !locals.some((l, li) => li <= prevNonEmptyBefore && l.sentIndefPerson.some((x, si) => !!x && (li < prevNonEmptyBefore || si < pl.toks[sc.at]!.sent))));
            const r = !lone ? { mem: null, ambiguous: true } : sc.ref === 'pronoun' ? resolvePronoun(sc.gender, at0, prevNonEmptyBefore) : resolveCue(sc, prevNonEmptyBefore, pl);
            if (r.mem === speaker && !r.ambiguous) {
              ambiguous = false;
              cue = 'following';
            }
          }
        } else if (lq.standalone && lq.raw.atParaStart && ev.i === 0 && prevNonEmptyBefore >= 0 && pronounReportEnds(prevNonEmptyBefore)) {
          // ("Afterwards he spoke at length about the horses and people who had carried him. / "My
          // father put me on a pony ..."": a paragraph of quotes only after one that ends with a
          // pronoun reporting speech and no quote of its own, when the pronoun surely means someone)
          const pl = locals[prevNonEmptyBefore]!;
          const sc = pl.sentSubjectCue[pl.sentSpeech.length - 1]!;
          const r = resolvePronoun(sc.gender, pos(prevNonEmptyBefore, sc.at), prevNonEmptyBefore);
          if (r.mem && r.mem.kind === 'person' && !r.mem.described) {
            speaker = r.mem;
            cue = 'following';
            ambiguous = r.ambiguous;
          }
        } else if (lq.standalone && lq.raw.atParaStart && ev.i === 0 && prevNonEmptyBefore >= 0 && FIRST_PERSON_I.test(lq.raw.text) && !locals[prevNonEmptyBefore]!.quotes.length) {
          // ("The New Zealander, who had surgery on his wrist in 2022, recalled the months when he could
          // not hold a club. / “I sat on the couch ...”", "He is 74, has driven for the scheme for 15
          // years ... / “Some of them, I’m the only person they’ll speak to all day.”": a paragraph of
          // quotes only, speaking as "I", after one whose sentences are all about one person, called by
          // an epithet or a pronoun that means them, and about no one else)
          const q = prevNonEmptyBefore;
          const pl = locals[q]!;
          let one: Member | null = null;
          let unsure = false;
          let alone = pl.sentOtherPerson.every((x) => !x) && pl.sentSubject.every((si) => si < 0);
          for (const sc of pl.sentSubjectCue) {
            if (!alone || !sc) continue;
            if (sc.ref !== 'pronoun' && !(sc.ref === 'role' && isEpithet(sc.roleHead ?? ''))) {
              alone = false;
              continue;
            }
            const r = sc.ref === 'pronoun' ? resolvePronoun(sc.gender, pos(q, sc.at), q) : resolveCue(sc, q, pl);
            if (!r.mem || r.mem.kind !== 'person' || r.mem.described || (one && r.mem !== one)) alone = false;
            else {
              one = r.mem;
              unsure ||= r.ambiguous;
            }
          }
          // (not one that paragraph says died, was killed or is missing: "He died at the scene ... / “I
          // wake up every morning ...”" is a relative's; nor a word the lexicon took for a name, "The Scot")
          const gone = [q, prevNonEmptyOf(q)].some((x) => x >= 0 && paragraphFacts(locals[x]!).gone);
          // (nor when the next paragraph pays tribute: "The club’s chairman, Ken Tattersall, was among
          // the first to pay tribute")
          const nx = nextNonEmpty(p);
          const tribute = nx >= 0 && paragraphFacts(locals[nx]!).tribute;
          if (alone && one && !gone && !tribute && (!one.weak || nameLikePair(one)) && pl.mentions.every((m, mi) => mentionMember[q]![mi] === one || (m.type !== 'person' && !m.subj)) && !(one.gender === 'f' ? SHE_WORDS : one.gender === 'm' ? HE_WORDS : ANY_THIRD).test(lq.raw.text)) {
            speaker = one;
            cue = 'following';
            ambiguous = unsure;
          }
        } else if (lq.kind === 'partial' && sameReport(lp, p, lq)) {
          // ("Connexa says the software is "a coaching tool" and that it is used "in full compliance
          // with data protection law."": a second clause of the same report, "and that ...", is the
          // same speaker's)
          speaker = lastQuoteSpeaker;
          cue = 'continuation';
        } else if (lq.kind === 'partial' && !HEARD_CRY.test(lq.cue.cue ?? '')) {
          // no speech cue links the fragment to anyone: the sentence's subject is only a suggestion
          // (not of a cry someone heard: "She told police she heard a shout of “Leave him alone”")
          const sc = lp.sentSubjectCue[lq.sent];
          const r = sc ? resolveCue(sc, p, lp) : null;
          if (r?.mem && r.mem.kind === 'person' && (lq.speechContext || sc!.ref === 'pronoun' || !r.mem.weak)) { speaker = r.mem; cue = 'subject'; ambiguous = true; }
          else if (lastQuoteSpeaker && p === lastQuotePara && lq.speechContext) { speaker = lastQuoteSpeaker; cue = 'continuation'; ambiguous = true; }
        }
      }
      // ("“Answer it, it might be a publisher!” somebody called out": words the story says someone it
      // does not know spoke, or a question it says anyone may ask, are no one's, not the last speaker's
      // nor the next sentence's subject's)
      if (!explicit && (lq.cue.cue === 'someone' || lq.cue.cue === 'asking') && lq.cue.ref === 'none') {
        speaker = null;
        cue = null;
        ambiguous = false;
      }
      // ("Quintero, 24, finished in a group of favourites and leads by 1:08. / “It was a hard day,” he
      // said.": a pronoun right after a quote opening a paragraph, after a paragraph with no quote
      // about one named person alone, is that person, whom the lexicon may not know to be a he)
      if (cue === 'pronoun' && lq.cue.ref === 'pronoun' && lq.raw.atParaStart && lq.sent === 0 && prevNonEmptyBefore >= 0) {
        const pl = locals[prevNonEmptyBefore]!;
        const subj = lastSubjectIn(prevNonEmptyBefore);
        const g = lq.cue.gender;
        // (only when the words speak as "I" and do not name them: "“The lad was unplayable today,” he
        // said." after "Jack Smith scored twice" is his manager's, and so may "“Galway owes the man
        // everything,” she said." be after a paragraph about the man)
        if (subj && subj !== speaker && subj.kind === 'person' && !subj.described && !pl.quotes.length && (!subj.gender || !g || subj.gender === g)
          && FIRST_PERSON_I.test(lq.raw.text) && !namedInQuote(lq.raw.text, subj)
          && pl.sentSubject.every((si) => si < 0 || mentionMember[prevNonEmptyBefore]![si] === subj) && pl.sentOtherPerson.every((x) => !x)
          // (nor when that paragraph names someone else of the pronoun's gender, whose the words may be:
          // "Jennifer Armstrong’s statement was read ... before Robson, 28, was sentenced. / “…,” she wrote.")
          // (a subject or an owner there: not a relative of theirs brought in, "Sian Caddick said she was
          // woken by her sister, Eleri", nor one they beat or replaced, "Okonkwo-Reid beat Maria Sakkari")
          && !(g && !subj.gender && pl.mentions.some((m, mi) => { const o = mentionMember[prevNonEmptyBefore]![mi]; return !!o && o !== subj && o.kind === 'person' && !o.described && o.gender === g && !kinBefore(pl, m) && (m.poss || m.subj); }))
          && pl.sentSubject.every((si) => si < 0 || ((!passiveAfter(pl, pl.mentions[si]!) || askedAfter(pl, pl.mentions[si]!)) && !puttingIt(pl, pl.mentions[si]!) && !PRESSING_VERBS.has(wordAfterName(pl, pl.mentions[si]!.n0))))
          // (nor words that speak of a he or a she, maybe that person: "Ferrandis, who died in 2019, ... /
          // “I have nothing against her family ...,” he said.")
          && !thirdPersonWords(subj.gender).test(lq.raw.text) && !thirdPersonWords(g).test(lq.raw.text)) {
          speaker = subj;
          ambiguous = false;
        }
      }
      // ""Hale is a liar," he said.": a pronoun, role or continuation that lands on the person the
      // quote speaks of by name is no sure speaker (a quote about someone is not theirs)
      // (nor an age's or a nationality's: "The New Zealander beat Rebecca Stone. / “Rebecca pushed me
      // all the way,” said the 22-year-old.")
      const epithetCue = lq.cue.ref === 'role' && isEpithet(lq.cue.roleHead ?? '');
      const firstNamed = (m: Member) => m.kind === 'person' && m.tokens.length >= 2 && m.tokens[0]!.length >= 3 && new RegExp(`(?:^|[^\\p{L}])${escapeRegExp(m.tokens[0]!)}(?![\\p{L}])`, 'u').test(lq.raw.text);
      if (speaker && !ambiguous && (cue === 'pronoun' || epithetCue) && (namedInQuote(lq.raw.text, speaker) || (epithetCue && firstNamed(speaker)))) ambiguous = true;
      // (... nor is one the quote goes on from when it speaks to them by title and name: "“I don't
      // recall seeing that letter,” Drury said. / “It was addressed to you, Mr Drury.”")
      // (nor a role nobody in the story holds: "The umpire, whose name was not released, responded:
      // “Mr Lerner-Saavedra, that is a warning.”")
      if (speaker && !ambiguous && (cue === 'continuation' || (lq.cue.ref === 'role' && !roleHolder(lq.cue.roleHead ?? '', pos(p, ev.t)))) && speaker.kind === 'person' && !speaker.described && addressedSurname(lq.raw.text) === speaker.tokens[speaker.tokens.length - 1]) ambiguous = true;
      // (nor one the words open by calling by name, when no cue of the quote's own named them: "Her most
      // recent message was different, he says. ‘Tariq, if you do not hear from me, do not panic.’")
      if (speaker && !ambiguous && cue === 'following' && speaker.kind === 'person' && !speaker.described && calledByName(lq.raw.text, speaker, members, true)) ambiguous = true;
      if (speaker && !ambiguous) {
        speaker.speaker = true;
        speaker.weak = false;
        lastSpeaker = speaker;
        lastSpeakerPara = p;
        if (speaker.kind === 'person' && !speaker.described) lastPersonSpeaker = speaker;
      } else if (speaker) speaker.suggested = true;
      if (speaker) {
        // (still the answer while the one answering goes on: ""In cereal boxes," said Brandt.
        // "Frosted ones."")
        // (... or a reply to what someone said: ""The science is five years old," he said. / "We
        // updated the survey," Salgado replied." — the exchange may go back the other way next)
        const replied = REPLYING.has(lq.cue.cue ?? '') && !ambiguous && !!lastQuoteSpeaker && lastQuoteSpeaker !== speaker && lastQuoteSpeaker.kind === 'person' && eff[p]! - eff[lastQuotePara]! <= 1;
        lastQuoteAnswered = (lastQuoteQuestion || replied || (turned && !ambiguous)) && lastQuoteSpeaker && lastQuoteSpeaker !== speaker && !isQuestion(lq) ? lastQuoteSpeaker : speaker === lastQuoteSpeaker && !isQuestion(lq) && p === lastQuotePara ? lastQuoteAnswered : null;
        lastQuoteReply = replied;
        // (who spoke, sure, in the paragraph before a new speaker's: the other side of an exchange)
        if (speaker !== lastQuoteSpeaker || p !== lastQuotePara) {
          priorQuoteSpeaker = lastQuoteUnsure ? null : lastQuoteSpeaker;
          priorQuotePara = lastQuotePara;
          priorQuoteText = lastQuoteText;
        }
        lastQuoteQuestion = isQuestion(lq);
        lastQuoteSpeaker = speaker;
        lastQuoteText = lq.raw.text;
        lastQuoteUnsure = ambiguous;
        lastQuoteAsked = askedBy(lq, speaker);
        lastQuotePara = p;
        lastQuoteSent = lq.sent;
        lastQuoteRecent = recent.length;
      }
      const seg: Seg = { para: p, lq, speaker, ambiguous, cue, explicit, group };
      segs.push(seg);
      paraSegs.push(seg);
      lastSegOfGroup.set(group, seg);
    }
    // quotes with no cue that open a paragraph and are followed by an attributed quote in it
    for (let i = 0; i < paraSegs.length; i++) {
      const s = paraSegs[i]!;
      if (s.speaker) continue;
      const nxt = paraSegs.slice(i + 1).find((x) => x.explicit && x.speaker);
      // (unsure when the quote's own sentence has a speech verb the engine could not tie to anyone:
      // ""We are ready" to take over, the minister told Ann Lee, who said ...")
      // (not a quote whose own cue named someone the engine could not resolve: "The Prime Minister
      // said: "..." Labour's leader called it "..."")
      // (nor words the story says someone it does not know spoke: "“Sit down,” someone shouted back")
      if (nxt && (s.lq.standalone || s.lq.kind === 'direct') && !(s.lq.cue.ref !== 'none' && s.lq.cue.ref !== 'pronoun') && s.lq.cue.cue !== 'someone' && s.lq.cue.cue !== 'asking') { s.speaker = nxt.speaker; s.cue = 'following'; s.ambiguous = nxt.ambiguous || (!s.lq.standalone && lp.sentSpeech[s.lq.sent]! && nxt.lq.sent === s.lq.sent); }
    }
    const lastQ = lp.quotes[lp.quotes.length - 1];
    if (lp.openAtEnd && lastQ) {
      const s = paraSegs.find((x) => x.lq === lastQ);
      openGroup = s ? s.group : -1;
    } else openGroup = -1;
    if (lp.quotes.length && paraSegs.length) {
      const last = paraSegs[paraSegs.length - 1]!;
      if (last.speaker && last.speaker !== lastQuoteSpeaker) { lastQuoteSpeaker = last.speaker; lastQuoteText = last.lq.raw.text; lastQuoteUnsure = last.ambiguous; lastQuotePara = p; lastQuoteSent = last.lq.sent; lastQuoteRecent = recent.length; lastQuoteAsked = askedBy(last.lq, last.speaker); }
      else if (last.speaker) { lastQuoteUnsure = last.ambiguous; lastQuotePara = p; lastQuoteAsked = askedBy(last.lq, last.speaker); }
    }
  });

  // "A spokeswoman for West Ridings Police said ... / The spokeswoman, Detective Inspector Helen
  // Marsh, later added": the unnamed one the story described is the person it names later
  const namedLater = new Map<Member, Member>();
  locals.forEach((lp, p) => {
    lp.mentions.forEach((m, mi) => {
      const mem = mentionMember[p]![mi];
      const role = namedAfterDefiniteRole(lp, m);
      if (!mem || !role || mem.kind !== 'person' || mem.described) return;
      const at = pos(p, m.n0);
      const prior = members.filter((d) => d.described && d.kind === 'person' && d.firstSeen < at && inDescriptionHead(d.lower, role) && !isGroupMember(d));
      if (prior.length === 1 && !namedLater.has(prior[0]!)) namedLater.set(prior[0]!, mem);
    });
  });
  // ("A senior civil servant was accused by the chair of a parliamentary committee of
  // “stonewalling” ... / Deborah Ashcombe-Reid, who chairs the Public Administration Committee,
  // pressed ...": the one the story opens with by their role is the person the next paragraph's
  // first sentence names in that role, as news copy names someone after its first line)
  {
    const first = ledeParagraph();
    const next = first < locals.length ? nextNonEmpty(first) : -1;
    if (next >= 0) {
      const ln = locals[next]!;
      const named: [Member, string[]][] = [];
      ln.mentions.forEach((m, mi) => {
        const mem = mentionMember[next]![mi];
        if (m.sent !== 0 || m.poss || !mem || mem.kind !== 'person' || mem.described) return;
        // (not a former holder, nor one of somewhere else: "Former mayor Piet Olivier", "Mayor Hendrik
        // Claassen of neighbouring Stellenbosch")
        if (m.titleWords.some((w) => /^(?:former|ex|retired|then)$/i.test(w)) || ln.toks[m.i1]?.lo === 'of') return;
        const roles = [...m.titleWords.map((w) => w.toLowerCase()), ...mem.roleWords];
        // (a King's or Queen's Counsel is a barrister: "Thaddeus Mwale KC said")
        // (not one set off with the side they are for, which may be the other: "Thaddeus Mwale KC, for
        // the Metropolitan Police, said")
        if (counselNamed(ln, m) && !(ln.toks[m.i1]?.t === ',' && ln.toks[m.i1 + 1]?.lo === 'for')) roles.push('barrister', 'counsel');
        // ("..., who chairs the committee,")
        if (ln.toks[m.i1]?.t === ',' && ln.toks[m.i1 + 1]?.lo === 'who') {
          const v = ln.toks[m.i1 + 2]?.lo ?? '';
          if (/^(?:chairs|heads|leads)$/.test(v)) roles.push(v === 'chairs' ? 'chair' : v === 'heads' ? 'head' : 'leader');
        }
        // (reported saying or pressing something there, as the lede's words were: not "Judge Amara
        // Okoye ... declined to comment", "Minister Rahul Deshmukh defended the agreement")
        if (roles.length && (SAID.test(wordAfterName(ln, m.n0)) || PRESSING_VERBS.has(wordAfterName(ln, m.n0)) || ASKING.has(wordAfterName(ln, m.n0)))) named.push([mem, roles.flatMap((w) => (w === 'leader' ? [w] : ROLE_SYNONYMS[w] ?? [w]))]);
      });
      for (const d of members) {
        // (not one the lede gives an owner, whose title another may hold: "The union’s president ... /
        // President Tomas Brenner said")
        // (nor one the lede sets apart from the title's holder: "A former minister", "A junior minister",
        // "An assistant coach", "A deputy mayor")
        if (!d.described || d.kind !== 'person' || isGroupMember(d) || namedLater.has(d) || Math.floor(d.firstSeen / 100000) !== first || d.lower.some((w) => /['\u2019]s$/.test(w) || SET_APART.test(w))) continue;
        const match = named.filter(([, roles]) => roles.some((w) => inDescriptionHead(d.lower, w)));
        if (match.length === 1) namedLater.set(d, match[0]![0]);
      }
      // ("A woman who saw a man pushed from a platform told a jury she “heard the thud before the
      // scream”. / Lucy Abernethy was giving evidence ...": one the lede brings in as a plain woman or
      // man, who spoke there, is the one the next paragraph opens with by a plain name, new to the story)
      const opener = ln.mentions.findIndex((m) => m.sent === 0 && m.subj && !m.poss);
      const om = opener >= 0 ? mentionMember[next]![opener] : null;
      const plainName = !!om && om.kind === 'person' && !om.described && (!om.weak || nameLikePair(om)) && ln.mentions[opener]!.titleWords.length === 0 && om.roleWords.size === 0 && Math.floor(om.firstSeen / 100000) === next && ln.sentSubject[0] === opener;
      // (not one the next paragraph tells dead or missing: "A man who knew the victim said he was
      // “a gentle giant”. / Marcus Bell was found dead at his flat")
      if (plainName && !goneAfter(ln, ln.mentions[opener]!)) {
        // (the one the description is, not one it is of: not "family of a man")
        const plain = members.filter((d) => d.described && d.kind === 'person' && d.speaker && Math.floor(d.firstSeen / 100000) === first && !namedLater.has(d) && !d.lower.includes('of') && /^(?:man|woman|boy|girl|teenager|pensioner|mother|father)$/.test(d.lower.filter((w) => w !== '(unnamed)').slice(-1)[0] ?? ''));
        const d = plain.length === 1 ? plain[0]! : null;
        const g = d ? (/^(?:woman|girl|mother)$/.test(d.lower.filter((w) => w !== '(unnamed)').slice(-1)[0]!) ? 'f' : /^(?:man|boy|father)$/.test(d.lower.filter((w) => w !== '(unnamed)').slice(-1)[0]!) ? 'm' : null) : null;
        if (d && (!g || !om!.gender || om!.gender === g)) namedLater.set(d, om!);
      }
    }
  }
  for (const s of segs) {
    const to = s.speaker ? namedLater.get(s.speaker) : undefined;
    if (!to) continue;
    if (!s.ambiguous) to.speaker = true;
    s.speaker!.speaker = false;
    s.speaker = to;
  }

  // a paragraph of quotes only, and the next says whose they were ("That was Liam Boudreau, 9, who
  // ..."): that person's, whoever spoke before
  // (or the sentence after the quote's says it: '"...," That was the verdict of Kristen Alvarado')
  for (const s of segs) {
    if (s.explicit || !s.lq.standalone) continue;
    let q = s.para;
    let sent = s.lq.sent + 1;
    if (sent >= locals[q]!.sentSubject.length) {
      if (!locals[q]!.quotes.every((x) => x.standalone)) continue;
      q++;
      while (q < locals.length && !NON_SPACE.test(locals[q]!.text)) q++;
      sent = 0;
    }
    let mi = q < locals.length ? (backReferences(locals[q]!).find(([bs]) => bs === sent)?.[1] ?? -1) : -1;
    // ("“Three hours is an eternity in this business.” Per Lindahl, chairman of the association,
    // said he would demand compensation.": a paragraph opening with a quote of its own, then a
    // sentence whose named subject reports speech, is that subject's)
    if (mi < 0 && q === s.para && s.lq.raw.atParaStart && !s.explicit && sent < locals[q]!.sentSubject.length) {
      const sj = locals[q]!.sentSubject[sent]!;
      const sm = sj >= 0 ? locals[q]!.mentions[sj]! : null;
      const smem = sm ? mentionMember[q]![sj] : null;
      if (smem && smem.kind === 'person' && !smem.described && (smem.lower.length >= 2 || smem.personEvidence || personRoleOf(smem) || locals[q]!.toks[sm!.i1]?.t === ',') && locals[q]!.sentSpeech[sent] && speechVerbAfterMention(q, sj) && !locals[q]!.quotes.some((x) => x.sent === sent)) mi = sj;
    }
    const mem = mi >= 0 ? mentionMember[q]![mi] : null;
    if (mem?.kind !== 'person') continue;
    mem.speaker = true;
    s.speaker = mem;
    s.cue = 'following';
    s.ambiguous = false;
  }

  // ("A coroner has ruled that failures in care “more than minimally contributed” to the death ... /
  // ... the senior coroner, Helena Marchetti, said": an office the story's opening brings in unnamed,
  // and names later as the one person holding it, is that person)
  const officeHolders = new Map<string, Member[]>();
  for (const s of segs) {
    const d = s.speaker;
    if (!d?.described || d.kind !== 'person' || s.ambiguous || eff[s.para]! > 1) continue;
    const office = /^(\S+) \(unnamed\)$/.exec(d.name)?.[1];
    if (!office || !OFFICES.has(office)) continue;
    const holders = officeHolders.get(office) ?? officeHolders.set(office, holdersOf([office], Infinity)).get(office)!;
    if (holders.length !== 1 || holders[0]!.firstSeen < pos(s.para, s.lq.qtok)) continue;
    s.speaker = holders[0]!;
    holders[0]!.speaker = true;
    // (the unnamed one goes on speaking only if another of its quotes stays theirs)
    if (!segs.some((x) => x.speaker === d)) d.speaker = false;
  }

  // ("Florida’s emergency management chief urged residents ... to leave “today, not tomorrow” / “...,”
  // Reginald Okonjo-Price, the director of the state Division of Emergency Management, said"): a
  // person the story's opening describes is the one the next paragraph names as the speaker of a
  // quote there, when the description set off after that name shares two of its words and is no
  // spokesman's
  for (const s of segs) {
    const d = s.speaker;
    if (!d?.described || d.kind !== 'person' || s.ambiguous || eff[s.para]! > 1) continue;
    const words = new Set(d.name.toLowerCase().replace(/\(unnamed\)/, '').split(/\s+/).filter((w) => w.length > 3 && !/['\u2019]s$/.test(w) && !GENERIC_DESCRIPTION.has(w) && !TITLE_MODIFIERS.has(w) && !FUNCTION_WORDS.has(w)));
    const q = nextNonEmpty(s.para);
    // ("The city's mayor used her annual address to ..., telling councillors the system “...” /
    // Mayor Nomvula Dlamini-Petersen said ..."): a described office holder is the one the next
    // paragraph opens by naming with that very title, when no one else there holds it
    const head = /^(?:the |an? )?(?:[\p{L}-]+['\u2019]s )?([a-z-]+) \(unnamed\)$/u.exec(d.name)?.[1];
    // (only an office one place holds, not a title a body's head shares with a country's: "The
    // union's president ... / President Tomas Brenner said"; and only the name right before a verb of
    // saying, not "Mayor Hendrik Claassen of neighbouring Stellenbosch said", nor a possessive)
    if (q >= 0 && q - s.para === 1 && head && TITLE_WORDS.has(head) && ROLE_NOUNS.has(head) && !/^(?:president|chairman|chairwoman|chair|chief|director|secretary|leader|head)$/.test(head)) {
      const lp = locals[q]!;
      const titled = new Set<Member>();
      lp.mentions.forEach((m, mi) => {
        const mem = mentionMember[q]![mi];
        if (m.sent === 0 && mem?.kind === 'person' && !mem.described && m.titleWords.includes(head) && !m.titleWords.some((w) => OTHER_HOLDER.has(w))) titled.add(mem);
      });
      const m0 = lp.mentions[0];
      const to = titled.size === 1 ? [...titled][0]! : null;
      const verb = m0 ? lp.toks[m0.i1] : undefined;
      if (to && m0 && !m0.poss && verb?.k === 'w' && SPEECH_VERBS.has(verb.lo) && mentionMember[q]![0] === to && m0.i0 === 0 && to.firstSeen >= pos(q, 0)) {
        s.speaker = to;
        if (!segs.some((x) => x.speaker === d)) d.speaker = false;
        continue;
      }
    }
    if (words.size < 2 || q < 0) continue;
    const named = new Set<Member>();
    locals[q]!.mentions.forEach((m, mi) => {
      const mem = mentionMember[q]![mi];
      if (mem?.kind !== 'person' || mem.described || !segs.some((x) => x.para === q && x.explicit && x.speaker === mem)) return;
      const set = setOffWords(locals[q]!, m);
      if (set.filter((w) => words.has(w)).length >= 2 && !set.some((w) => /^spokes/.test(w))) named.add(mem);
    });
    if (named.size !== 1) continue;
    const to = [...named][0]!;
    s.speaker = to;
    if (!segs.some((x) => x.speaker === d)) d.speaker = false;
  }

  /** the segment is a transcript's question: "Q:", a questioner's label, or the interviewer the
   * story named speaking in a turn */
  const asking = (s: Seg): boolean => {
    const c = s.lq.cue;
    if (c.cue !== 'transcript') return false;
    if (c.text === 'interviewer' || (c.label && QUESTIONER_ROLES.has(c.roleHead ?? '') && c.roleHead !== 'caller' && c.roleHead !== 'member')) return true;
    // (or one the story calls a journalist or a presenter: "her exchange with presenter Gareth Mbeki")
    return !!s.speaker && (s.speaker === namedInterviewer(s.para) || [...s.speaker.roleWords].some((w) => JOURNALISTS.has(w) || w === 'moderator'));
  };
  // group speakers: the first explicit attribution in a group wins for segments without one
  const groups = new Map<number, Seg[]>();
  for (const s of segs) (groups.get(s.group) ?? groups.set(s.group, []).get(s.group)!).push(s);
  const quotes: DetectedQuote[] = [];
  const evidence = model || checkModel || options.onEvidence ? evidenceReader(locals, mentionMember, eff, pos) : null;
  for (const g of groups.values()) {
    const exp = g.find((s) => s.explicit && s.speaker) ?? g.find((s) => s.speaker);
    for (const s of g) if (!s.speaker && exp) { s.speaker = exp.speaker; s.cue = 'continuation'; s.ambiguous = exp.ambiguous; }
    const first = g[0]!;
    const last = g[g.length - 1]!;
    const ev = evidence && (exp ?? first).speaker ? evidence.read(exp ?? first, g.length > 1) : null;
    // a speaker the rules are sure of, on evidence that has often misled them: to review
    if (ev && model && !ev.rulesUnsure && inScope(model, ev) && probability(model, ev) < model.nameAt) for (const s of g) s.ambiguous = true;
    // a speaker the engine is not sure of is not named: the quote goes to review with a suggestion
    const segments: QuoteSegment[] = g.map((s) => ({
      paragraph: s.para, start: s.lq.raw.start, end: s.lq.raw.end, text: s.lq.raw.text,
      speakerId: s.ambiguous ? null : (s.speaker?.id ?? null), cue: s.cue,
    }));
    const head = exp ?? first;
    const sure = head.ambiguous ? null : head.speaker;
    // a speaker named on evidence that has often misled the rules: named, and marked for the desk
    const check = !!sure && !!ev && !!checkModel && !ev.rulesUnsure && inScope(checkModel, ev) && probability(checkModel, ev) < checkModel.nameAt;
    quotes.push({
      id: `q${first.para}-${first.lq.raw.start}`,
      paragraph: first.para,
      start: first.lq.raw.start,
      end: last.lq.raw.end,
      endParagraph: last.para,
      text: g.map((s) => s.lq.raw.text).join('\n'),
      kind: first.lq.kind,
      speakerId: sure?.id ?? null,
      speakerName: sure?.name ?? null,
      ambiguous: head.ambiguous,
      suggestedSpeakerId: head.ambiguous ? (head.speaker?.id ?? null) : null,
      cue: head.cue,
      ...(asking(head) ? { asks: true } : {}),
      ...(check ? { check: true } : {}),
      segments,
    });
    if (ev && options.onEvidence) options.onEvidence(quotes[quotes.length - 1]!, ev);
  }
  quotes.sort((a, b) => a.paragraph - b.paragraph || a.start - b.start);

  const cast: CastMember[] = members
    .filter((m) => m.speaker || m.suggested || (m.kind === 'person' && !m.weak && !m.described && (m.personEvidence || m.tokens.length >= 2)))
    .map((m) => ({
      id: m.id, name: m.name, title: m.title, affiliation: m.affiliation, firstReference: m.firstRef, ...(m.described ? { described: true } : {}),
      references: [...m.refs], spellingVariants: [...m.variants], kind: m.kind, gender: m.gender,
    }));
  return { quotes, cast };
}

// ---- incremental support
//
// `link` reads a paragraph's local analysis only through the fields serialised below. Token
// positions (mention starts, cue positions) are only ever compared with each other — within a
// paragraph, or across paragraphs where the paragraph index decides — so they enter the key as
// ranks. Two paragraphs with equal keys therefore lead `link` to exactly the same decisions; the
// only differences in its output are the quote offsets and texts copied from the raw quotes
// (see `AttributionSession` in index.ts, which patches those instead of re-linking).
/** A quote speaking of a "he" or "she" (the one it is about is not the one speaking). */
const ANY_THIRD = /\b(?:he|she|him|her|his)\b/i;
/** "Meenakshi Sundaram, was asked why ...": a passive of asking, whose subject is the one who answers.
 * (Read from what the link key has, as passiveAfter.) */
function askedAfter(lp: LocalParagraph, m: Mention): boolean {
  const w = wordAfterName(lp, m.n0);
  if (!/^(?:was|were|is|are)$/.test(w)) return false;
  for (let j = m.i1; j < lp.toks.length && lp.toks[j]!.sent === m.sent; j++) if (lp.toks[j]!.lo === w) return /^(?:asked|questioned|pressed|challenged)$/.test(lp.toks[j + 1]?.lo ?? '');
  return false;
}
/** The sentence of mention m says what befell them ("Daniel Kerr was jailed for six years", "Ahmed
 * Saleh was cleared"), not what they did. (Read from what the link key has: the word after the name,
 * and the word after that one.) */
function passiveAfter(lp: LocalParagraph, m: Mention): boolean {
  const w = wordAfterName(lp, m.n0);
  if (!/^(?:was|were|is|are)$/.test(w)) return false;
  for (let j = m.i1; j < lp.toks.length && lp.toks[j]!.sent === m.sent; j++) if (lp.toks[j]!.lo === w) return /(?:ed|en)$/.test(lp.toks[j + 1]?.lo ?? '') && lp.toks[j + 1]!.sent === m.sent;
  return false;
}
/** The name at `at` (`length` characters) in a quote's words is spoken of there, "Rui is a big loss",
 * "Tomas's goal": followed by a lower-case word or a possessive; not called by it, "‘Stay with me,
 * Marcus.’", "‘Leon!’" (a quotation mark or a comma before it), nor part of another name, "an Ivy
 * League school". Read by givenNamedInQuote and, for the link key, namesInQuote. */
function spokenOf(text: string, at: number, length: number): boolean {
  // (read in place, with no copy of the text: this runs for each capitalised word of a quote being typed)
  SPOKEN_AFTER.lastIndex = at + length;
  if (!SPOKEN_AFTER.test(text) || /['‘"“]/.test(text[at - 1] ?? '')) return false;
  let b = at - 1;
  while (b >= 0 && /\s/.test(text[b]!)) b--;
  return text[b] !== ',';
}
const SPOKEN_AFTER = /\s+\p{Ll}|['’]s\b/uy;
/** Words after which a given name in a quote is a place's or the speaker's own, not someone spoken of
 * (givenAfterWord; also in namesInQuote's link key). */
const NOT_SPOKEN_OF_AFTER = new Set(['in', 'from', 'at', 'of', 'near', 'around', 'across', 'into', 'outside', 'through', 'via', 'me', 'myself', 'called', 'named', 'call', 'calls', 'am']);
/** Words that speak as "I". */
const FIRST_PERSON_I = /(?:^|[^\p{L}])I(?:[^\p{L}]|$)/u;
/** The words speak as "I", "me" or "my" (not "Oh my God"). */
const FIRST_PERSON_ANY = /(?:^|[^\p{L}])(?:I|[Mm]e|(?<![Oo]h )[Mm]y(?! (?:God|god|goodness|word|gosh)\b)|[Mm]yself)(?:[^\p{L}]|$)/u;
/** The capitalised words a quote has that may be given names (not function or common words):
 * what `givenNamedInQuote` can find in it, so that typing a lower-case word inside a quote re-links
 * nothing. */
function namesInQuote(text: string): string {
  let out = '';
  for (const hit of text.matchAll(/\p{Lu}[\p{L}'’-]{2,}/gu)) {
    const w = hit[0];
    const lo = w.toLowerCase();
    if (FUNCTION_WORDS.has(lo) || isCommonWord(lo)) continue;
    // (and whether it is spoken of there, as givenNamedInQuote reads it, and after a word in lower
    // case, as givenAfterWord does)
    const before = /(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, hit.index! - 30), hit.index!));
    out += `${w}${spokenOf(text, hit.index!, w.length) ? '+' : ''}${before && !NOT_SPOKEN_OF_AFTER.has(before[1]!) ? '<' : ''} `;
  }
  return out;
}

/** Words a presenter calls a caller by that are no one's name ("Madam, you're on the air"). */
const ADDRESS_WORDS = new Set(['madam', 'sir', 'caller', 'mate', 'love', 'dear', 'folks', 'everyone', 'friend']);
/** A presenter handing over to a caller: "go ahead", "you're on (the air)", "over to you". */
const HAND_OVER = /\b(?:go ahead|go on|you['\u2019]re on|you are on|over to you)\b/i;
/** What follows a name the presenter hands over to, past where they are calling from ("Barry in
 * Saltholme, you're on the air"). */
const HANDED_OVER = new RegExp(`^(?:\\s+(?:in|from)\\s+\\p{Lu}[\\p{L}'\u2019-]*(?:\\s+\\p{Lu}[\\p{L}'\u2019-]*)*)?[,.!]?\\s*${HAND_OVER.source}`, 'iu');
/** What follows a name a presenter says they have waiting ("We have Marion on the line from
 * Eastleigh.", "Marion is on the line."): a caller handed over to when no later name is, and none is
 * handed over to with "go ahead" or the like. */
const ON_THE_LINE = /^\s+(?:is\s+)?on the line\b/i;
/** The capitalised words of a transcript turn, each with whether it may be a first name (one the
 * lexicon knows, or one it does not know at all that is handed over to: "Sipho, go ahead.", not
 * "Hello, you're on"), whether the turn hands over to it ("Denise, go ahead.", "Barry in Saltholme,
 * you're on the air") and whether the turn opens speaking to it ("Bridget, stay on the line", "Thanks,
 * Barry."), for a phone-in's "CALLER:" (callerNamed). (In the link key.) */
function turnNames(text: string): { w: string; name: boolean; handedOver: boolean; addressed: boolean }[] {
  const out: { w: string; name: boolean; handedOver: boolean; addressed: boolean }[] = [];
  /** the first name a presenter says is waiting "on the line", else -1 */
  let waiting = -1;
  for (const hit of text.matchAll(/(?<=^|[\s,.?!])(\p{Lu}\p{Ll}+)(?=[\s,.?!]|$)/gu)) {
    const w = hit[1]!;
    const lo = w.toLowerCase();
    const before = text.slice(0, hit.index).trimEnd();
    const after = text.slice(hit.index + w.length);
    const opens = before === '' || /[.!?]$/.test(before);
    const handedOver = HANDED_OVER.test(after);
    const name = isFirstName(lo) || (opens && handedOver && !lexTags(lo).length && !ADDRESS_WORDS.has(lo));
    if (waiting < 0 && isFirstName(lo) && ON_THE_LINE.test(after)) waiting = out.length;
    out.push({ w, name, handedOver, addressed: /^[,.!?]/.test(after) && (before === '' || /^(?:thanks|thank you),?$/i.test(before)) });
  }
  // ("We have Marion on the line from Eastleigh. Marion, you’ve got a question": a name waiting on the
  // line is handed over to when no one is handed over to otherwise and no other first name follows)
  if (waiting >= 0 && !out.some((n) => n.handedOver) && !out.slice(waiting + 1).some((n) => n.name && n.w !== out[waiting]!.w)) out[waiting]!.handedOver = true;
  return out;
}

/** Each "he" and "she" by sentence, and whether a speech verb comes right before it ("said he",
 * "said that she"). (In the link key.) */
function pronounsAfterSpeech(lp: LocalParagraph): string {
  const out: string[] = [];
  const toks = lp.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k !== 'w' || (t.lo !== 'he' && t.lo !== 'she')) continue;
    const v = toks[i - (toks[i - 1]?.lo === 'that' ? 2 : 1)];
    out.push(`${t.sent}:${v?.sent === t.sent && SPEECH_VERBS.has(v.lo) ? 1 : 0}`);
  }
  return out.join(' ');
}
/** Pronouns for one person, who, opening a sentence, may be the one whose words follow it. */
const PERSON_PRONOUNS = /^(?:he|she|him|her|his)$/;
/** For each sentence, a "he" or "she" set off by commas with its verb of saying, after its first
 * words ("Donors visit, she says, and take photographs."): the pronoun's index, else -1 (one pass
 * over the paragraph; the first such aside in a sentence decides it). */
const pronounAsides = perParagraph((lp): number[] => {
  const t = lp.toks;
  const out = lp.sentSpeech.map(() => -1);
  const decided = lp.sentSpeech.map(() => false);
  for (let k = 1; k < t.length - 2; k++) {
    const w = t[k]!;
    const sent = w.sent;
    if (decided[sent] || t[k - 1]!.t !== ',' || (w.lo !== 'he' && w.lo !== 'she')) continue;
    const v = t[k + 1]!;
    if (!(v.k === 'w' && !v.cap && SPEECH_VERBS.has(v.lo) && !WEAK_SPEECH.has(v.lo) && t[k + 2]?.t === ',' && t[k + 2]!.sent === sent && t[k - 2]?.k === 'w' && t[k - 2]!.sent === sent)) continue;
    decided[sent] = true;
    // (only where what comes before it is no one who might be the one saying the quote after: a thing
    // or a group, "Donors visit, she says,", "Business, he says,"; not "The defendant, he said, ...",
    // "He promised, she said, ...", "Her manager, Derek Stone, she said, ...")
    let b = k - 1;
    while (b > 0 && t[b - 1]!.sent === sent) b--;
    const someone = t.slice(b, k).some((x, n) => x.k === 'w' && (PERSON_PRONOUNS.test(x.lo) || (!x.cap && (isPersonNoun(x.lo) || x.lo in KIN || ROLE_NOUNS.has(x.lo)) && singular(x.lo) === x.lo && (n === 0 || DETERMINERS.has(t[b + n - 1]!.lo) || t[b + n - 1]!.poss || (t[b + n - 1]!.k === 'w' && !t[b + n - 1]!.cap && DETERMINERS.has(t[b + n - 2]?.lo ?? '')))) || lp.mentions.some((m) => m.i0 === b + n && (m.type === 'person' || m.personEvidence || (m.type === 'unknown' && m.tokens.length >= 2)))));
    if (!someone) out[sent] = k;
  }
  return out;
});

export const linkKey = perParagraph((lp): string => {
  const at: number[] = [];
  // (and where a name set off by a comma is followed: "Winter, he said," reads whether the pronoun
  // comes right after it)
  for (const m of lp.mentions) {
    at.push(m.n0);
    if (lp.toks[m.i1]?.t === ',') at.push(m.i1 + 1);
  }
  for (const q of lp.quotes) at.push(q.cue.at, q.qtok);
  for (const c of lp.sentSubjectCue) if (c) at.push(c.at);
  for (const g of lp.groupSources) at.push(g.at);
  for (const [, i] of bodyWordsIn(lp)) at.push(i);
  for (const [, i] of indefiniteBodies(lp)) at.push(i);
  const asides = pronounAsides(lp);
  for (const a of asides) if (a >= 0) at.push(a);
  // (and a pronoun closing a sentence about its subject: "X had not visited the refuge, she added.")
  const trailing = lp.sentSubject.map((sj, s) => (sj >= 0 ? toldByTrailingPronoun(lp, s, sj) : -1));
  for (const k of trailing) if (k >= 0) at.push(k);
  const sorted = [...new Set(at)].sort((a, b) => a - b);
  const rank = (n: number) => sorted.indexOf(n);
  // (and the sentence a cue sits in: "it said" reads the subject of the sentence before it)
  // (and whether a comma sits right before it: "Mr Whitlock-Ryan, he said, had ...")
  const cueKey = (c: LocalCue | null) => (c ? [c.ref, c.mention, c.gender, c.roleHead, c.text, c.cue, rank(c.at), lp.toks[c.at]?.sent ?? -1, !!c.weak, !!c.plain, !!c.label, lp.toks[c.at - 1]?.t === ','] : null);
  const key = JSON.stringify([
    !NON_SPACE.test(lp.text),
    // (a byline's words: whom an interview's questions are put by)
    bylineText(lp),
    lp.openAtEnd,
    lp.headlineLike,
    objectPronounIn(lp, 'm'),
    objectPronounIn(lp, 'f'),
    weAskedIn(lp),
    asides.map((a) => (a >= 0 ? rank(a) : -1)),
    trailing.map((k) => (k >= 0 ? rank(k) : -1)),
    lp.sentSubject.map((sj, s) => [whatToldBy(lp, s), sj >= 0 ? saidOfSelf(lp, sj) : null]),
    lp.events.map((e) => e.kind * 1e6 + e.i),
    lp.mentions.map((m, mi) => {
      const verb = wordAfterName(lp, m.n0);
      return [
        m.type, m.key, m.name, m.tokens, m.lower, m.firstRef, m.title, m.affiliation, m.personEvidence, m.gender, m.titleWords, rank(m.n0), m.subj, m.sent, m.maybe ?? false,
        // (what the linking pass reads around a mention: a place preposition before it, an honorific in its prefix)
        afterPlacePrep(lp, m), honorificIn(lp, m), inSourceDescription(lp, m), verb, namedAfterDefiniteRole(lp, m),
        affiliationOfMain(lp, mi), inAppositiveOfMain(lp, mi), inDescriptionOfMain(lp, mi), inParticipleOfMain(lp, mi), inReportedClause(lp, mi), ownerBefore(lp, mi),
        behindPronounSubjectOf(lp, mi), behindOwnPronounOf(lp, mi), kinBefore(lp, m), seniorityBefore(lp, m), ageAfter(lp, m), genderedAfter(lp, m), genderSetOffAfter(lp, m), selfGendered(lp, mi), selfGendered(lp, mi, true), roleOpens(lp, m.n0), nameWithOwner(lp, mi), lp.toks[m.i0 - 1]?.lo === 'asked', lp.toks[m.n0 - 1]?.lo ?? '', `${lp.toks[m.i0 - 2]?.lo ?? ''} ${lp.toks[m.i0 - 1]?.lo ?? ''}`, wordModifiedAfter(lp, m), wordAfterAffiliation(lp, m), ownsSubject(lp, mi), inSetOffRelative(lp.toks, m.n0), inIntroPhrase(lp.toks, m.n0),
        speechLead(lp, mi), askedLead(lp, mi), praiseLead(lp, mi), askedFor(lp, m.n0), puttingIt(lp, m), interviewerNamed(lp, m), spokeToPapers(lp, m), askedWhom(lp, m), askerBeforeQuestions(lp, m), personWordReported(lp, m.sent, m), passiveAfter(lp, m), ADDRESSED.has(verb) && addressedAudience(lp, m.n0), afterInterviewWith(lp, m),
        // (a name set off right before the pronoun that reports it: "Winter, he said,")
        diesThere(lp, mi), saidToDie(lp, mi), inPlaceAfterPrep(lp, m), accordingOpens(lp, mi), counselNamed(lp, m), goneAfter(lp, m), journalistRole(lp, m, mi), journalistsSubject(lp, m), pronounAfterVerb(lp, m), lp.toks[m.i1]?.t === '.', lp.toks[m.i1]?.t === ',' ? rank(m.i1 + 1) : -1, lp.toks[m.i1]?.t === ',' ? (lp.toks[m.i1 + 1]?.lo ?? '') : '', diedBefore(lp, m), setOffWords(lp, m).join(' '), placeLikeMention(lp, m), placeOfMention(lp, m), journalistMention(lp, m), qualifierWord(lp, m), openingWord(lp, m),
        // (and after "to", the verb before it and the words after the name: "He spoke to Lorna Teague
        // by phone", "spoke to Rosa Lindqvist from her farm", "on the day she died")
        lp.toks[m.i0 - 1]?.lo === 'to' ? `${lp.toks[m.i0 - 2]?.lo ?? ''} ${lp.toks.slice(m.i1, m.i1 + 9).filter((t) => t.sent === m.sent).map((t) => t.lo).join(' ')}` : '',
      ];
    }),
    statementsIn(lp),
    askedPronounIn(lp),
    unnamedBodiesIn(lp),
    bodyWordsIn(lp).map(([w, i]) => [w, rank(i), modifiedBodyWord(lp.toks, i)]),
    lp.quotes.map((q) => (q.cue.text === 'it' ? [itAnswers(lp, q.cue.at), lp.toks[q.cue.at - 1]?.lo ?? ''] : null)),
    // (and whether it opens "That was how": the one a quote-only paragraph before it is theirs)
    /^(?:that|this) (?:was|is) how\b/i.test(lp.text),
    // (and whether a "who" clause is set off right after a quote's cue: "said the baker, who gave only
    // her first name, Lucía")
    lp.quotes.map((q) => lp.toks[q.cue.at + 1]?.t === ',' && lp.toks[q.cue.at + 2]?.lo === 'who' && lp.toks.slice(q.cue.at + 3, q.cue.at + 10).map((t) => t.lo).join(' ')),
    indefiniteBodies(lp).map(([w, i]) => [w, rank(i)]),
    backReferences(lp),
    documentSubjects(lp),
    // (and which of its names are a building's: "at the former Station Hotel")
    lp.mentions.map((m) => builtPlace(lp, m)),
    // (and a given name that shares the surname after "and", the "he" or "she" after a name, and
    // whether it tells a death, a disappearance or a jailing: who a surname alone may mean)
    lp.mentions.map((m, mi) => [sharedSurname(lp, mi), pronounAfterName(lp, m)]),
    lp.sentSubject.map((_, s) => askedByOpening(lp, s)),
    // (and where it says "judge", "magistrate" or "coroner": a later "the judge said" is someone unnamed
    // only in a story that used the word nowhere before)
    lp.toks.flatMap((t, i) => (/^(?:judge|magistrate|coroner)$/.test(t.lo) ? [rank(i)] : [])),
    ABSENT_WORDS.test(lp.text),
    initialsGiven(lp),
    paragraphFacts(lp),
    demonymPhrases(lp).map(([k, w]) => [rank(k), w]),
    itSaidAlone(lp),
    // (and whether "It" opens it: a paragraph that only goes on reporting a document)
    lp.toks[0]?.lo === 'it' && DOCUMENT_VERBS.test(lp.toks[1]?.lo ?? ''),
    PRESS_SETTING.test(lp.text),
    QUESTIONERS.exec(lp.text)?.[1] ?? '',
    KEPT_UNNAMED.test(lp.text),
    questionsFrom(lp),
    namedAsItOpens(lp),
    indefiniteOpening(lp),
    asksOfSomeone(lp),
    paperSpokeTo(lp),
    analystSetting(lp.text),
    BACK_OPENER.test(lp.text),
    GIVEN_BACK.test(lp.text),
    saysThisBy(lp),
    commonClubsIn(lp),
    openingPersonWords(lp),
    lp.mentions.map((m) => !!lp.toks[m.i1 + 1]?.cap),
    lp.sentSubject.map((sj, s) => [otherPersonWordIn(lp, s), otherPersonWordIn(lp, s, true), otherPersonWordIn(lp, s, false, 'm'), otherPersonWordIn(lp, s, false, 'f'), otherPersonWordIn(lp, s, true, 'm'), otherPersonWordIn(lp, s, true, 'f'), placeOpeningAsName(lp, s), personSpokenOfAfterSubject(lp, s), ownerIsGone(lp, s), agentNamedLast(lp, s), sj >= 0 ? toldBySetOffPronoun(lp, s, sj) : -1]),
    // (and whose people a sentence opening "One of his", "One of her" is about)
    oneOfOpenings(lp).map((k) => (k >= 0 ? lp.toks[k + 2]?.lo ?? '' : '')),
    ISSUED_HERE.test(lp.text),
    ONE_WORD_LABEL.test(lp.text),
    writersQuestion(lp),
    bareQuestion(lp),
    // (and whether it asks of a "he" or "she")
    bareQuestion(lp) && THIRD_PERSON_WORDS.test(lp.text),
    // (and the words for a kind of body in lower case, which may come between a body the story named
    // by its kind and "the board said")
    orgWordsIn(lp),
    lp.sentSubject,
    lp.sentSpeech,
    lp.sentOtherPerson,
    lp.sentOtherGender,
    lp.sentAppositiveName,
    lp.sentAppositiveOrg.map((a) => a && [a.mention, a.head]),
    // (and the word right after a pronoun subject: "she smiled.")
    lp.sentSubjectCue.map((c) => c && [...cueKey(c)!, wordAfterName(lp, c.at), talkedAfter(lp, c.at), lp.toks[c.at + 1]?.lo ?? '', lp.toks[c.at + 2]?.lo ?? '', subjectOpens(lp, c)]),
    lp.groupSources.map((g) => [g.text, g.head, g.group, !!g.org, !!g.silent, rank(g.at)]),
    lp.sentAnonSource.map((g) => g && [g.text, g.head, g.gender, !!g.anonymous, !!g.indefinite, g.introduced ?? '', !!g.definite]),
    // (and the person nouns a later "The woman, who asked not to be named," may take up)
    personNounsIn(lp),
    // (and the ages it gives, by sentence: "her 18-month-old son")
    lp.toks.filter((t) => t.k === 'w' && /^\d+(?:-(?:year|month|week)-old)?$/.test(t.lo)).map((t) => `${t.sent}:${t.lo}`).join(' '),
    lp.sentIndefPerson,
    lp.sentIndefSource.map((g) => g && [g.text, g.head, g.gender]),
    // (and, for a bare quote after someone unnamed reported speaking, whether each sentence reports
    // speech of its own and whether a name follows each quote)
    lp.sentSpeech.map((_, s) => reportsSpeech(lp, s)),
    lp.quotes.map((q) => nameRightAfter(lp, q.qtok)),
    // (and which of its "he"s and "she"s come right after a speech verb: "An IT manager ... said he
    // had found" is someone else's report before the pronoun)
    pronounsAfterSpeech(lp),
    cueKey(lp.colonLead),
    lp.quotes.map((q) => [
      cueKey(q.cue), q.speech, q.kind, q.raw.atParaStart, q.standalone, q.sent, q.speechContext, markedQuote(q),
      /^[\p{Lu}]/u.test(q.raw.text) && q.raw.text.split(/\s+/).length >= 5,
      // (a quote speaking of someone as "he" or "she" makes a later pronoun unsure)
      HE_WORDS.test(q.raw.text), SHE_WORDS.test(q.raw.text),
      // (and whom it speaks to: a question put to someone, a title and surname set off)
      putToSomeone(q.raw.text), addressedSurname(q.raw.text), secondClause(lp, q),
      // (and whether it asks something: one who asked and goes on asking)
      asks(q.raw.text),
      // (and whom it names: someone a quote names by a given name is not its "he" or "she")
      namesInQuote(q.raw.text),
      // (and, in a transcript's turn, the first names a phone-in's caller may be given)
      q.cue.cue === 'transcript' ? JSON.stringify(turnNames(q.raw.text)) : '',
      // (and whether it speaks as "I": a quote-only paragraph after one about someone alone)
      FIRST_PERSON_I.test(q.raw.text), FIRST_PERSON_ANY.test(q.raw.text),
    ]),
  ]);
  return key;
});
