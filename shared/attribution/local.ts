// Per-paragraph ("local") phase: quote marks, frame tokens, sentences, name mentions and the
// speech cue of each quote. Everything here depends on the paragraph text alone, so the result
// is cached by text and reused across keystrokes.
import {
  AUX_ADVERBS, CHARACTERISING, DETERMINERS, DOCUMENT_NOUNS, EPITHET_COMPOUND, FEMALE_HON, GROUP_NOUNS, FUNCTION_WORDS, INTRO_WORDS, INVERTIBLE, KIN, MALE_HON, MEDIA_CONTEXT, MEMBER_LETTER_WORDS,
  CLUB_HEADS, NAMING_CUES, ORG_ANAPHORS, ORG_HEADS, PLACE_HEADS, PRONOUNS_M, ROLE_GENDER, ROLE_NOUNS, SPEECH_NOUNS, SPEECH_VERBS,
  TITLE_MODIFIERS, TITLE_WORDS, TWO_WORD_DEMONYMS, WEAK_SPEECH, isCommonWord, isDateWord, isDemonym, isFirstName, isNounish,
  BEFORE_NAME_PERSON_NOUNS, isCountry, isGroupNoun, isKnownPersonNoun, isOrgWord, isPersonNoun, isPlaceWord, lexTags as lexTagsOf, nameGender,
} from './lexicon';

export type Gender = 'm' | 'f' | null;

export interface RawQuote {
  /** offset of the first char inside the marks */
  start: number;
  /** offset just past the last char inside the marks (trimmed to paragraph end when unclosed) */
  end: number;
  openStart: number;
  closeEnd: number;
  closed: boolean;
  /** the opening mark is the first non-space character of the paragraph */
  atParaStart: boolean;
  text: string;
}

export interface Tok {
  /** 'w' word, 'p' punctuation, 'q' quote placeholder */
  k: 'w' | 'p' | 'q';
  t: string;
  lo: string;
  s: number;
  e: number;
  cap: boolean;
  poss: boolean;
  /** quote index for 'q' tokens */
  qi: number;
  sent: number;
  /** in the paragraph's dateline ("THE HAGUE —"), before its first sentence's own words */
  dateline?: true;
}

export interface Mention {
  /** frame token range of the whole noun phrase (prefix + name) */
  i0: number;
  i1: number;
  /** first token of the name part */
  n0: number;
  name: string;
  tokens: string[];
  /** lower-cased name tokens (trailing dots dropped) and their join, precomputed for the global pass */
  lower: string[];
  key: string;
  /** lower-cased title words */
  titleWords: string[];
  firstRef: string;
  title: string | null;
  affiliation: string | null;
  type: 'person' | 'org' | 'place' | 'unknown';
  /** some evidence that this is a person (title, honorific, known first name) */
  personEvidence: boolean;
  gender: Gender;
  poss: boolean;
  subj: boolean;
  sent: number;
  start: number;
  end: number;
  /** a common word that may be a surname ("Green denied it."): a name only if the story has that
   * person; 'given' when it may only be a given name ("Hope now volunteers", not "Power still goes off"
   * in a story of Ed Power) */
  maybe?: boolean | 'given';
}

/** 'described': a person or group the story does not name ("a government official", "protesters") */
export type RefKind = 'name' | 'pronoun' | 'role' | 'org' | 'described' | 'none';
export interface LocalCue {
  ref: RefKind;
  mention: number;
  gender: Gender;
  roleHead: string | null;
  text: string | null;
  cue: string | null;
  /** frame token index where the referring expression sits (for recency) */
  at: number;
  /** the link between the speech verb and this speaker is a guess (reported as uncertain) */
  weak?: boolean;
  /** a role that is only a person noun ("the woman"): never resolved for sure to a named person */
  plain?: boolean;
  /** a turn labelled with a role in capitals ("MODERATOR: “...”"): its holder, not whoever spoke last */
  label?: boolean;
}

export interface LocalQuote {
  raw: RawQuote;
  qtok: number;
  sent: number;
  kind: 'direct' | 'partial';
  /** the quote is a whole sentence on its own (only quotes and punctuation in its sentence) */
  standalone: boolean;
  speech: boolean;
  nonSpeechReason: string | null;
  cue: LocalCue;
  /** the sentence contains speech words even if no cue was resolved */
  speechContext: boolean;
}

export interface LocalParagraph {
  text: string;
  quotes: LocalQuote[];
  toks: Tok[];
  mentions: Mention[];
  /** last raw quote is unclosed at paragraph end */
  openAtEnd: boolean;
  /** first raw quote opens at the paragraph start */
  opensAtStart: boolean;
  /** short and without closing punctuation: a headline when it opens the text */
  headlineLike: boolean;
  /** sentence-subject person mention for each sentence (-1 none) */
  sentSubject: number[];
  /** the sentence has a speech verb (not a weak one) outside quotes, per sentence */
  sentSpeech: boolean[];
  /** the sentence's subject is a person the story does not name there ("His rival sees it
   * differently."), per sentence: someone a later "he" or "she" may mean */
  sentOtherPerson: boolean[];
  /** that person's gender when the noun gives it ("A 19-year-old man has been arrested."), per sentence */
  sentOtherGender: Gender[];
  /** the sentence opens with a capitalised name the engine did not take for anyone, set off by an
   * appositive saying what it is ("Chatterly, the messaging app, said ..."), per sentence: a thing
   * named that a later "the company said" may mean */
  sentAppositiveName: boolean[];
  /** per sentence: the mention opening it with an appositive whose head is an organisation word
   * ("Norvane, the logistics software start-up, has raised"), and that word; else null */
  sentAppositiveOrg: ({ mention: number; head: string } | null)[];
  /** sentence subject as a referring expression (name or pronoun), per sentence */
  sentSubjectCue: (LocalCue | null)[];
  /** unnamed sources the paragraph reports ("two officials said", "according to three people familiar
   * with the talks", "a hospital spokesman said"), for a later "one of them said" or "the spokesman
   * said": a group counted (`group`, its text one of them) or one person, with the head noun */
  groupSources: DescribedSource[];
  /** a person the sentence opens with, described and kept unnamed by a clause ("A parent at the
   * school, who asked not to be named, said ..."), per sentence: who a "she said" right after is */
  sentAnonSource: (DescribedSource | null)[];
  /** the sentence opens with someone new, indefinite and not named ("A woman who fled with her dogs
   * said ...", "An engineer who inspected it, and who ..., said ..."), per sentence: '' none, else
   * their gender when the noun gives it ('m', 'f') or 'x'. A pronoun right after may well be them. */
  sentIndefPerson: ('' | 'm' | 'f' | 'x')[];
  /** someone new and unnamed opening the sentence (sentIndefPerson's), described, when
   * sentAnonSource has no one there */
  sentIndefSource: (DescribedSource | null)[];
  /** the paragraph ends "X said:" with no quote after it, the words in the paragraphs that follow
   * ("In a statement released through their solicitors, the family said:"): who X is; else null */
  colonLead: LocalCue | null;
  /** mentions (kind 0) and quotes (kind 1) in reading order, for the global pass */
  /** mentions (0), quotes (1) and sentence subjects given by a role ("the opposition leader", 2, i = sentence) */
  events: { t: number; kind: 0 | 1 | 2; i: number }[];
}

// ---------------------------------------------------------------------------------------------
// Quote marks

const isSpace = (c: string | undefined) => c === undefined || /\s/.test(c);
const OPEN_CTX = /[\s([{\u2014\u2013\-/:;,]/;

export function scanQuotes(text: string): RawQuote[] {
  const double = scanDoubleQuotes(text);
  // British house style quotes with single marks; only in a paragraph with no double marks, where a
  // single mark inside double ones is a nested quote
  if (!double.length && !DOUBLE_MARK.test(text)) return scanSingleQuotes(text);
  // ... or where every pair of double marks sits inside single ones, a quote within the quote
  // (‘He said, “Then we’ll have a good six months.”’): the single ones are the quotes
  if (double.length && SINGLE_OPEN.test(text)) {
    const single = scanSingleQuotes(text);
    if (single.length && double.every((d) => single.some((q) => q.openStart < d.openStart && d.closeEnd <= q.closeEnd))) return single;
  }
  return double;
}
const SINGLE_OPEN = /['\u2018]/;

const DOUBLE_MARK = /["\u201c\u201d\u201e\u00ab\u00bb]|''|``|\u2018\u2018|\u2019\u2019/;
const LETTER = /[\p{L}\p{N}]/u;

/** '...' and ‘...’ quotes. A mark between letters is an apostrophe (don't, O'Neil); an opening mark
 * follows a space or an opening bracket and precedes a letter; a closing mark follows a non-space and
 * precedes a space, punctuation or the end. "the players' union" (an s, a space, a lower-case word)
 * closes only if no better closing mark follows. */
/** "... she said. ‘Everybody knew everybody." with the quote going on in the next paragraph: an
 * opening mark at a sentence start, before a capital, with no mark after it and a sentence end at
 * the paragraph's end, is a quote left open there (British style, as with double marks). */
function opensToParagraphEnd(text: string, i: number): boolean {
  const before = text.slice(0, i).trimEnd();
  if (before && !/[.!?:\u2019']$/.test(before)) return false;
  if (!/^\p{Lu}/u.test(text.slice(i + 1))) return false;
  const rest = text.slice(i + 1);
  return !/['\u2018\u2019](?!\p{L})/u.test(rest) && /[.!?\u2026]\s*$/.test(rest);
}

/** A word right after "s’ " that shows the mark closes a quote: no possessive is followed by it. */
const NO_OWNED_WORD = /^ (?:and|or|but|the|a|an|to|in|on|at|of|for|with|from|by|as|that|which|who|is|was|were|are|he|she|they|it|when|while|after|before|if|because|so|said|says|added)\b/;

function scanSingleQuotes(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  const n = text.length;
  const firstNonSpace = text.search(/\S/);
  const isMark = (c: string | undefined) => c === "'" || c === '\u2018' || c === '\u2019';
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if (!(c === "'" || c === '\u2018')) { i++; continue; }
    const prev = text[i - 1];
    const next = text[i + 1];
    const opens = (prev === undefined || OPEN_CTX.test(prev)) && next !== undefined && LETTER.test(next) && !/\d/.test(next);
    if (!opens) { i++; continue; }
    // the closing mark
    let close = -1;
    let weak = -1;
    for (let j = i + 2; j < n; j++) {
      const d = text[j]!;
      if (!isMark(d) || d === '\u2018') continue;
      const before = text[j - 1]!;
      const after = text[j + 1];
      if (/\s/.test(before)) continue;
      if (after !== undefined && LETTER.test(after)) continue; // apostrophe inside a word
      if (after !== undefined && !/[\s,.;:!?)\]\u2014\u2013-]/.test(after)) continue;
      // (not before a word no possessive comes before: "had ‘run out of excuses’ and added", "it
      // ‘deeply regrets’ the incident")
      const plural = before === 's' && after === ' ' && /^ [a-z]/.test(text.slice(j + 1, j + 3)) && !/[,.!?]/.test(before) && !NO_OWNED_WORD.test(text.slice(j + 1, j + 12));
      if (plural) { if (weak < 0) weak = j; continue; }
      close = j;
      break;
    }
    if (close < 0) close = weak;
    if (close < 0 && opensToParagraphEnd(text, i)) {
      const s0 = i + 1;
      let e0 = n;
      while (e0 > s0 && /\s/.test(text[e0 - 1]!)) e0--;
      out.push({ start: s0, end: e0, openStart: i, closeEnd: n, closed: false, atParaStart: i === firstNonSpace, text: text.slice(s0, e0) });
      break;
    }
    if (close < 0) { i++; continue; }
    let s0 = i + 1;
    let e0 = close;
    while (s0 < e0 && /\s/.test(text[s0]!)) s0++;
    while (e0 > s0 && /\s/.test(text[e0 - 1]!)) e0--;
    if (e0 > s0) out.push({ start: s0, end: e0, openStart: i, closeEnd: close + 1, closed: true, atParaStart: i === firstNonSpace, text: text.slice(s0, e0) });
    i = close + 1;
  }
  return out;
}

function scanDoubleQuotes(text: string): RawQuote[] {
  const out: RawQuote[] = [];
  let open = -1; // index of first char inside
  let openStart = -1;
  const n = text.length;
  const firstNonSpace = text.search(/\S/);
  const push = (end: number, closeEnd: number, closed: boolean) => {
    let s = open;
    let e = end;
    while (s < e && /\s/.test(text[s]!)) s++;
    while (e > s && /\s/.test(text[e - 1]!)) e--;
    if (e > s) out.push({ start: s, end: e, openStart, closeEnd, closed, atParaStart: openStart === firstNonSpace, text: text.slice(s, e) });
    open = -1;
  };
  for (let i = 0; i < n; i++) {
    const c = text[i]!;
    let len = 0;
    let dir: 'o' | 'c' | 't' = 't';
    if (c === '\u201c' || c === '\u00ab' || c === '\u201e') { len = 1; dir = 'o'; }
    else if (c === '\u201d' || c === '\u00bb') { len = 1; dir = 'c'; }
    else if (c === '"') { len = 1; dir = 't'; }
    else if (c === "'" && text[i + 1] === "'") { len = 2; dir = 't'; }
    else if (c === '`' && text[i + 1] === '`') { len = 2; dir = 'o'; }
    else if (c === '\u2018' && text[i + 1] === '\u2018') { len = 2; dir = 'o'; }
    else if (c === '\u2019' && text[i + 1] === '\u2019') { len = 2; dir = 'c'; }
    if (!len) continue;
    const prev = text[i - 1];
    const next = text[i + len];
    if (open < 0) {
      // opening: needs a boundary before and text after
      const boundaryBefore = prev === undefined || OPEN_CTX.test(prev);
      if (dir === 'c' && !(boundaryBefore && !isSpace(next))) { i += len - 1; continue; }
      if (dir === 't' && !boundaryBefore && !isSpace(next) && /[\p{L}\p{N}]/u.test(prev ?? '')) {
        // a mark glued between letters (6'2'', O''Neil): not a quote
        i += len - 1;
        continue;
      }
      open = i + len;
      openStart = i;
    } else if (dir === 'o' && (prev === undefined || /\s/.test(prev)) && !isSpace(next)) {
      // a new opening mark while open: the previous quote was never closed
      push(i, i, false);
      open = i + len;
      openStart = i;
    } else {
      push(i, i + len, true);
    }
    i += len - 1;
  }
  if (open >= 0) push(n, n, false);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Tokens

const ABBREV = new Set(('mr mrs ms dr sen sens rep reps gov gen lt col maj capt sgt adm cmdr st jr sr rev prof ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec no vs etc inc corp co ltd mt ft ave blvd dept univ assn ' +
  'calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo ' +
  'ariz ark est approx const cst cpl det pte spc pfc insp supt brig lcpl sqn wg cdr coun eng engr hon barr atty fr ma').split(/\s+/));

const LN = /^[\p{L}\p{N}]$/u;
const UPPER = /^\p{Lu}/u;

/** Length of the letter or digit (one code point) at `j`, or 0. */
function letterOrDigitAt(text: string, j: number): number {
  if (j >= text.length) return 0;
  const c = text.charCodeAt(j);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const cp = text.codePointAt(j)!;
    return cp > 0xffff && LN.test(String.fromCodePoint(cp)) ? 2 : 0;
  }
  return LN.test(text[j]!) ? 1 : 0;
}

/** End of the word starting at `i` (= i when none): what /[\p{L}\p{N}]+(?:[\u2019'\-.&][\p{L}\p{N}]+)*\/uy matches there. */
function scanWord(text: string, i: number): number {
  let e = i;
  for (let l = letterOrDigitAt(text, e); l > 0; l = letterOrDigitAt(text, e)) e += l;
  if (e === i) return i;
  for (;;) {
    const c = text[e];
    // (a figure with thousands set off by commas is one word: "tests with 3,400 pupils")
    if (c === ',' && /^\d{3}(?!\d)/.test(text.slice(e + 1, e + 5)) && /\d/.test(text[e - 1] ?? '')) {
      e += 4;
      continue;
    }
    if (c !== '\u2019' && c !== "'" && c !== '-' && c !== '.' && c !== '&') return e;
    let f = e + 1;
    for (let l = letterOrDigitAt(text, f); l > 0; l = letterOrDigitAt(text, f)) f += l;
    if (f === e + 1) return e;
    e = f;
  }
}

/** /^\p{Lu}/u (names like McCain and O'Brien start with a capital anyway). */
function startsUpper(w: string): boolean {
  const c = w.charCodeAt(0);
  // (an Arabic name's article or patronymic joined to it counts as its capital: "al-Rashidi", "bin-Salem")
  if (c >= 97 && c <= 122 && w.length > 4 && LOWER_NAME_PREFIX.test(w)) return true;
  return c < 128 ? c >= 65 && c <= 90 : UPPER.test(w);
}
// (and a French or Italian article elided before one: "d’Arcy", "Côte d’Ivoire", "de l’Ovale")
const LOWER_NAME_PREFIX = /^(?:(?:al|el|ad|ar|as|ash|at|az|an|bin|ibn|abu|bint)-|[dl][\u2019'])\p{Lu}/u;

/** Exactly what /\s/ matches (ECMAScript WhiteSpace and LineTerminator), without a regex per character. */
function isWs(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 160) return false;
  return c === 160 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

const HANDLE = /^[\p{L}\p{N}_]{2,30}/u;
const BRACKETED_HONORIFIC = /^\((Mrs|Mr|Ms|Miss|Dr|Prof)\.?\)/;
function tokenizeRange(text: string, from: number, to: number, out: Tok[]): void {
  let i = from;
  while (i < to) {
    const c = text[i]!;
    if (isWs(text.charCodeAt(i))) { i++; continue; }
    const wordEnd = scanWord(text, i);
    if (wordEnd > i) {
      let e = wordEnd;
      if (e > to) e = to;
      let w = text.slice(i, e);
      let poss = false;
      let se = e;
      // possessive 's / ’s
      const pm = w.length > 2 && w.charCodeAt(w.length - 1) === 115 /* s */ && (w[w.length - 2] === "'" || w[w.length - 2] === '\u2019') ? /^(.*\p{L})[\u2019']s$/u.exec(w) : null;
      if (pm) { w = pm[1]!; se = i + w.length; poss = true; }
      else if ((text[e] === "'" || text[e] === '\u2019') && /s$/i.test(w) && text[e + 1] !== "'" && !/[\p{L}]/u.test(text[e + 1] ?? '')) {
        poss = true;
        e += 1;
      }
      // trailing period of an abbreviation or initial
      if (!poss && text[e] === '.' && e < to) {
        const lo = w.toLowerCase();
        // (not a figure: "£1.2m." ends its sentence)
        if (ABBREV.has(lo) || /^\p{Lu}$/u.test(w) || (w.includes('.') && !/^[\p{N}.,]+\p{L}{0,3}$/u.test(w))) { w += '.'; e += 1; se = e; }
      }
      const lo = w.toLowerCase();
      out.push({ k: 'w', t: w, lo, s: i, e: poss ? se : e, cap: startsUpper(w), poss, qi: -1, sent: 0 });
      i = e;
      continue;
    }
    // an honorific in brackets among a name's titles ("Chief (Mrs) Folasade Ade", "Dr (Mrs) Ngozi
    // Eze", as Nigerian copy writes them) is the honorific itself
    if (c === '(') {
      const hm = BRACKETED_HONORIFIC.exec(text.slice(i, Math.min(to, i + 8)));
      if (hm && /^\s*\p{Lu}/u.test(text.slice(i + hm[0].length, to))) {
        const w = hm[1]!;
        out.push({ k: 'w', t: w, lo: w.toLowerCase(), s: i + 1, e: i + 1 + w.length, cap: true, poss: false, qi: -1, sent: 0 });
        i += hm[0].length;
        continue;
      }
    }
    // a social-media handle ("@RailWatch") is a name, not punctuation and a word
    if (c === '@' && (i === 0 || isWs(text.charCodeAt(i - 1)) || text[i - 1] === '(')) {
      const m = HANDLE.exec(text.slice(i + 1, to));
      if (m) {
        const w = `@${m[0]}`;
        out.push({ k: 'w', t: w, lo: w.toLowerCase(), s: i, e: i + w.length, cap: true, poss: false, qi: -1, sent: 0 });
        i += w.length;
        continue;
      }
    }
    // punctuation: collapse "..." and "--"
    if (c === '.' && text[i + 1] === '.') {
      let e = i;
      while (e < to && (text[e] === '.' || text[e] === ' ')) e++;
      while (text[e - 1] === ' ') e--;
      out.push({ k: 'p', t: '…', lo: '…', s: i, e, cap: false, poss: false, qi: -1, sent: 0 });
      i = e;
      continue;
    }
    if (c === '-' && text[i + 1] === '-') {
      out.push({ k: 'p', t: '—', lo: '—', s: i, e: i + 2, cap: false, poss: false, qi: -1, sent: 0 });
      i += 2;
      continue;
    }
    out.push({ k: 'p', t: c, lo: c, s: i, e: i + 1, cap: false, poss: false, qi: -1, sent: 0 });
    i++;
  }
}

function frameTokens(text: string, quotes: RawQuote[]): Tok[] {
  const out: Tok[] = [];
  let pos = 0;
  quotes.forEach((q, qi) => {
    tokenizeRange(text, pos, q.openStart, out);
    out.push({ k: 'q', t: '"', lo: '"', s: q.openStart, e: q.closeEnd, cap: false, poss: false, qi, sent: 0 });
    pos = q.closeEnd;
  });
  tokenizeRange(text, pos, text.length, out);
  return out;
}

const SENT_END_IN_QUOTE = /[.!?\u2026]["'\u2019)\]]*$/;

function splitSentences(toks: Tok[], quotes: RawQuote[]): number {
  let sent = 0;
  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i]!;
    tk.sent = sent;
    const next = toks[i + 1];
    if (!next) break;
    // ("... at 11:40 p.m. “The alerts went out,” she said.": an abbreviation's full stop ends the
    // sentence before a quote that opens the next)
    if (tk.k === 'w' && next.k === 'q' && /^(?:a\.m|p\.m|etc|inc|ltd|co|corp|jr|sr)\.$/.test(tk.lo) && /^\p{Lu}/u.test(quotes[next.qi]?.text ?? '')) {
      sent++;
      continue;
    }
    if (tk.k === 'w') continue; // only punctuation and quotes end a sentence
    const nextStarts = (next.k === 'w' && (next.cap || /^\p{N}/u.test(next.t))) || next.k === 'q' || next.t === '(';
    if (tk.k === 'p' && (tk.t === '.' || tk.t === '!' || tk.t === '?' || tk.t === '…') && nextStarts) {
      if (tk.t === '…' && next.k === 'w' && !next.cap) continue;
      sent++;
    } else if (tk.k === 'q' && nextStarts) {
      const q = quotes[tk.qi]!;
      if (!SENT_END_IN_QUOTE.test(q.text) || !q.closed) continue;
      if (/[!?\u2026]["'\u2019)]*$|\.\.\.$/.test(q.text) && next.k === 'w' && looksLikeAfterCue(toks, i + 1)) continue;
      sent++;
    } else if (tk.k === 'p' && tk.t === ')' && toks[i - 1]?.t === '.' && nextStarts) {
      sent++;
    }
  }
  return sent + 1;
}

function looksLikeAfterCue(toks: Tok[], i: number): boolean {
  // (up to six words before the verb: "Assistant U.S. Attorney Priya Venkataraman asked")
  for (let j = i; j < Math.min(toks.length, i + 7); j++) {
    const t = toks[j]!;
    if (t.k !== 'w') {
      // "...!" Doe, the head of the group, wrote: a name, one appositive between commas, the verb
      if (t.t !== ',' || j === i || !toks[j - 1]!.cap) return false;
      let c = j + 1;
      while (c < toks.length && c - j <= 14 && toks[c]!.k === 'w') c++;
      if (toks[c]?.t !== ',') return false;
      for (c++; isAdvTok(toks[c]); c++);
      const v = toks[c];
      return !!v && v.k === 'w' && (!v.cap || BRAND_VERBS.has(v.lo)) && SPEECH_VERBS.has(v.lo) && !WEAK_SPEECH.has(v.lo);
    }
    if (SPEECH_VERBS.has(t.lo) && !WEAK_SPEECH.has(t.lo)) return true;
    // ("“Four out of how many?” Oduya shot back.": a retort)
    if (RETORT_VERBS.has(t.lo) && toks[j + 1]?.lo === 'back') return true;
  }
  return false;
}
const isAdvTok = (t: Tok | undefined) => !!t && t.k === 'w' && !t.cap && (AUX_ADVERBS.has(t.lo) || /ly$/.test(t.lo));

// ---------------------------------------------------------------------------------------------
// Mentions

/** Articles that open the names of restaurants, shops, papers and places in other languages. */
const FOREIGN_ARTICLES = new Set(['le', 'la', 'les', 'el', 'los', 'las', 'il', 'der', 'die', 'das', 'het']);
const NAME_PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'da', 'di', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ben', 'der', 'den', 'dos', 'das', 'st.']);
const SUFFIXES = new Set(['jr.', 'jr', 'sr.', 'sr', 'ii', 'iii', 'iv']);

// ("Mayor-elect Ann Park": a title to be)
// (or a compound of titles: "Attorney-General", "Secretary-General", "Governor-General")
const isTitleTok = (lo: string) => TITLE_WORDS.has(lo.replace(/\.$/, '')) || (lo.endsWith('-elect') && TITLE_WORDS.has(lo.slice(0, -6))) || (/^[a-z]+-general$/.test(lo) && TITLE_WORDS.has(lo.slice(0, -8)));
const isAcronym = (t: string) => /^\p{Lu}{2,}$/u.test(t) || /^(?:\p{Lu}\.){2,}$/u.test(t);
/** "the Cork South TD", "the Bristol East MP": "the" at `det`, a place or a people in capitals and
 * a title at `end` name the role of whoever holds that seat, no one's name (read alike when the
 * mentions are built and when a cue is read back or forward from its verb) */
function placedTitle(toks: Tok[], det: number, end: number): boolean {
  const t = toks[end];
  if (!t || det < 0 || toks[det]!.lo !== 'the' || end < det + 2 || t.k !== 'w' || !t.cap || !isTitleTok(t.lo) || TITLE_MODIFIERS.has(t.lo)) return false;
  const first = toks[det + 1]!;
  if (!(isPlaceWord(first.lo) || isDemonym(first.lo))) return false;
  for (let x = det; x <= end; x++) {
    const w = toks[x]!;
    if (w.sent !== t.sent || (x > det && (w.k !== 'w' || !w.cap || w.poss || isFirstName(w.lo)))) return false;
  }
  return true;
}

/** A capitalised word the lexicon knows only as a noun, right before a verb a person is the usual
 * subject of ("Maya has other numbers.", "Rose says"). */
/** Verbs of speaking to someone ("speak to the media", "talk with the press"). */
const SPEAK_VERBS = /^(?:speak|speaking|talk|talking|spoke|talked|comment|commenting)$/;
/** Lower-case words for a feature of the land or the water, after its name ("the Lusar river"). */
const GEO_FEATURES = /^(?:river|rivers|lake|lakes|valley|valleys|mountains|hills|sea|bay|coast|coastline|delta|basin|plateau|desert|forest|glacier|estuary|creek|gorge|canyon|peninsula|strait|lagoon|gulf|highlands|plain|plains|floodplain|watershed|catchment)$/;
/** Words for a kind of body before its name ("consumer group Timbangan Watch", "rights charity Open Doors"). */
const BODY_KIND_WORDS = /^(?:group|groups|organisation|organization|charity|watchdog|body|network|coalition|alliance|campaign|association|union|lobby)$/;
/** Token k (a kind of body) comes after "of the" and a word or none: "Lukas Ferreira-Holm of the
 * rights group Open Witness", whose affiliation it is. */
function ofTheKind(toks: Tok[], k: number): boolean {
  const sent = toks[k]?.sent;
  let d = k - 1;
  if (toks[d]?.k === 'w' && !toks[d]!.cap && toks[d]!.lo !== 'the' && toks[d]!.sent === sent) d--;
  return toks[d]?.lo === 'the' && toks[d - 1]?.lo === 'of' && toks[d - 1]!.sent === sent;
}
/** Kinds of body no one is called by, whatever verb follows the name ("the rights group Open Witness
 * said"). */
const ADVOCACY_KINDS = /^(?:group|charity|organisation|organization|union|coalition|association|campaign|nonprofit|non-profit|foundation|movement|watchdog|think-tank|lobby)$/;
const nounBeforePersonVerb = (tk: Tok, next: Tok | undefined) =>
  !!next && next.k === 'w' && !next.cap && next.sent === tk.sent && PERSON_VERBS_AFTER.has(next.lo) && lexTagsOf(tk.lo).every((t) => t === 'Noun' || t === 'Singular');
/** ... and so is one before a surname the lexicon does not know, before such a verb: "Ray Sutcliffe
 * has worked the paint line", "Dawn Ellery says" (not "Storm Eunice hit", a storm does nothing a
 * person does; nor a person noun, which is what they are: "Rookie Brandt has impressed") */
const nounBeforeSurname = (tk: Tok, next: Tok | undefined, after: Tok | undefined) =>
  !isPersonNoun(tk.lo) && !!next && next.k === 'w' && next.cap && next.sent === tk.sent && !lexTagsOf(next.lo).length && !ORG_HEADS.has(next.lo) && !PLACE_HEADS.has(next.lo) && !!after && after.sent === tk.sent && nounBeforePersonVerb(tk, after) && !isTitleTok(tk.lo) && !ORG_HEADS.has(tk.lo) && !PLACE_HEADS.has(tk.lo) && !isGroupNoun(tk.lo);
const PERSON_VERBS_AFTER = new Set(['says', 'said', 'told', 'tells', 'recalls', 'recalled', 'remembers', 'remembered', 'laughs', 'laughed', 'smiles', 'smiled', 'shrugs', 'shrugged', 'nods', 'nodded', 'admits', 'admitted', 'insists', 'insisted', 'agrees', 'agreed', 'disagrees', 'disagreed', 'has', 'had']);
/** a month or weekday word is a name only right before a verb of saying ("Jun wrote", not "Jun. 3") */
const datedNameBeforeVerb = (tk: Tok, next: Tok | undefined) =>
  !tk.lo.endsWith('.') && !lexTagsOf(tk.lo).includes('WeekDay') && next?.k === 'w' && !next.cap && SAYS_AFTER_NAME.has(next.lo);
const SAYS_AFTER_NAME = new Set(['said', 'says', 'wrote', 'writes', 'told', 'tells', 'added', 'adds', 'asked', 'asks']);
function nameTok(tk: Tok | undefined, sentStart: boolean, next?: Tok, prev?: Tok, after?: Tok): boolean {
  if (tk?.k !== 'w' || !tk.cap) return false;
  // (a word with a digit in it is no name: "Sh380,000", "N1.2bn", "G7")
  if (/\p{N}/u.test(tk.t)) return false;
  // (nor a number written out: "Twenty-five years after she painted it")
  if (tk.lo.includes('-') && tk.lo.split('-').every((w) => lexTagsOf(w).includes('Cardinal') || lexTagsOf(w).includes('Ordinal'))) return false;
  // (a common word opening the sentence is no name, unless a capitalised place word follows it:
  // "Downing Street has rejected ..." is a street, not someone called "Street")
  // (but a word the lexicon knows only as a noun, before a verb a person is the usual subject of, is
  // a given name as much: "Maya has other numbers.", "Rose says she never left.")
  // (... but the first word of a paper's name is: "Daily Mail", "Packaging Today Weekly")
  const paperAhead = next?.k === 'w' && next.cap && next.sent === tk.sent && (PAPER_NAME_WORDS.test(next.lo) || next.lo === 'today' || (after?.k === 'w' && after.cap && after.sent === tk.sent && PAPER_NAME_WORDS.test(after.lo)));
  // (... and so is the first word of a firm's or a body's: "Maritime Broadcasting Corp., where he
  // worked, said")
  const orgHead = (t: Tok | undefined) => t?.k === 'w' && t.cap && t.sent === tk.sent && ORG_HEADS.has(t.lo.replace(/\.$/, ''));
  const orgAhead = next?.k === 'w' && next.cap && next.sent === tk.sent && !lexTagsOf(tk.lo).includes('Adverb') && !isDateWord(tk.lo) && (orgHead(next) || orgHead(after));
  if (sentStart && !isTitleTok(tk.lo) && (isCommonWord(tk.lo) || QUANTIFIERS.has(tk.lo)) && !(isCommonWord(tk.lo) && !QUANTIFIERS.has(tk.lo) && !FUNCTION_WORDS.has(tk.lo) && next?.k === 'w' && next.cap && next.sent === tk.sent && (PLACE_HEADS.has(next.lo) || paperAhead || orgAhead)) && !nounBeforePersonVerb(tk, next) && !nounBeforeSurname(tk, next, after)) return false;
  if (tk.lo === 'no.' || tk.lo === 'nos.') return false;
  // (nor the plural of a word for people the lexicon lists, opening it: "Fans had gathered 60,000
  // signatures", not a surname such as "Rogers")
  if (sentStart && !isFirstName(tk.lo) && (GROUP_NOUNS.has(tk.lo) || (/[^s]s$/.test(tk.lo) && isKnownPersonNoun(tk.lo.slice(0, -1)))) && next?.k === 'w' && !next.cap && next.sent === tk.sent) return false;
  // (nor "Someone", "Nobody", "Everyone" opening a sentence: no one's name)
  // (nor "Somewhere", "Nowhere": "Somewhere behind a curtain, a voice shouts")
  if (sentStart && (INDEFINITE_PRONOUNS.has(tk.lo) || tk.lo === 'no-one' || /^(?:somewhere|anywhere|everywhere|nowhere)$/.test(tk.lo))) return false;
  // (nor a span of time opening it: "Moments later came another shout", "Hours after the vote")
  if (sentStart && /^(?:moments|seconds|minutes|hours|days|weeks|months|years|decades)$/.test(tk.lo) && /^(?:later|earlier|after|before|ago|afterwards)$/.test(next?.lo ?? '') && next!.sent === tk.sent) return false;
  // (nor, opening the sentence, a compound in lower case after its hyphen or a word with an
  // adjective's ending the lexicon does not list: "Long-term data show ...", "Previous claims of ...")
  // (not a given name with its second part in lower case before its verb: "Jae-won was nine")
  if (sentStart && !isFirstName(tk.lo) && !isTitleTok(tk.lo) && ((/^\p{Lu}\p{Ll}+(?:-\p{Ll}+)+$/u.test(tk.t) && !AUXILIARIES.has(next?.lo ?? '') && !SPEECH_VERBS.has(next?.lo ?? '')) || (/(?:ous|ive|ical|ful|less|ible)$/.test(tk.lo) && tk.lo.length > 6)) && next?.k === 'w' && !next.cap && next.sent === tk.sent) return false;
  // (nor an Irish county's "Co" before its name: "the Co Kildare-based trainer")
  if ((tk.lo === 'co' || tk.lo === 'co.') && next?.k === 'w' && next.cap && next.sent === tk.sent) return false;
  // (a pronoun with its verb contracted is no one's name: "You’ve said the sector is ...")
  if (FUNCTION_WORDS.has(tk.lo) && /['\u2019]/.test(tk.lo)) return false;
  // (a person noun opening the sentence before a role: "Consumer advocate Jean-Paul Tremblay")
  // (... or before what kind of body the name after it is: "Consumer group Timbangan Watch welcomed")
  if (sentStart && isPersonNoun(tk.lo) && !isFirstName(tk.lo) && next?.k === 'w' && !next.cap && next.sent === tk.sent && (ROLE_NOUNS.has(next.lo) || isKnownPersonNoun(next.lo) || (BODY_KIND_WORDS.test(next.lo) && !!after?.cap && after.sent === tk.sent))) return false;
  // (... or a word saying what a firm trades in, before the kind of firm and its name: "Fashion chain
  // Velvet Lane", "Software company Brightforge")
  if (sentStart && !isFirstName(tk.lo) && next?.k === 'w' && !next.cap && next.sent === tk.sent && FIRM_WORDS_BEFORE_NAME.has(next.lo) && after?.k === 'w' && after.cap && after.sent === tk.sent) return false;
  // ("the Kildare-based company": where something is based, no one's name)
  if (tk.lo.endsWith('-based')) return false;
  // (nor where someone was born or raised, a place of two words: "the São Paulo-born swimmer")
  if ((/-(?:born|bred|raised)$/.test(tk.lo) && prev?.k === 'w' && prev.cap && prev.sent === tk.sent) || (next?.k === 'w' && next.cap && next.sent === tk.sent && PLACE_BORN.test(next.t))) return false;
  // a capitalised function word inside a sentence is a name only when it is also a given name or surname (Will, May)
  // (or a given name between a role noun and a surname: "chief executive Per Lindqvist")
  // (or a surname right after an honorific or a title: "Dr Were said")
  if (FUNCTION_WORDS.has(tk.lo) && !sentStart) return tk.lo === 'will' || tk.lo === 'may' || (!!prev && prev.k === 'w' && prev.cap && (MALE_HON.has(prev.lo.replace(/\.$/, '')) || FEMALE_HON.has(prev.lo.replace(/\.$/, '')) || /^(?:dr|prof)\.?$/.test(prev.lo)) && !(next?.k === 'w' && !next.cap && next.sent === tk.sent && !SAYS_AFTER_NAME.has(next.lo) && !isVerbish(next.lo))) || (!!prev && prev.k === 'w' && !prev.cap && ROLE_NOUNS.has(prev.lo) && !!next && next.k === 'w' && next.cap && !next.poss && next.sent === tk.sent && !FUNCTION_WORDS.has(next.lo) && !isCommonWord(next.lo));
  // (a day's word before a paper's is the paper's name: "Packaging Today Weekly", "the Sunday Herald")
  if (isDateWord(tk.lo) && !isFirstName(tk.lo) && !(datedNameBeforeVerb(tk, next) && !(prev?.k === 'w' && !prev.cap && FUNCTION_WORDS.has(prev.lo))) && !(next?.k === 'w' && next.cap && next.sent === tk.sent && PAPER_NAME_WORDS.test(next.lo) && !(prev?.k === 'w' && prev.sent === tk.sent && FUNCTION_WORDS.has(prev.lo) && prev.lo !== 'the'))) return false;
  if (tk.t === 'I') return false;
  return true;
}

/** The second word of a place of two where someone was born or raised ("São Paulo-born"). */
const PLACE_BORN = /^\p{Lu}[\p{L}'\u2019]*-(?:born|bred|raised)$/u;
/** The last word of a paper's or a programme's name ("Weekly", "Herald", "Times") */
export const PAPER_NAME_WORDS = /^(?:times|post|journal|herald|tribune|gazette|weekly|echo|chronicle|mirror|express|telegraph|ledger|courier|observer|review|magazine|bulletin|record|star|sun|mail|news|independent)$/;

/** "Shadow transport secretary Anita Bose": a capitalised word opening the sentence before a role
 * and a name is part of the title, not a name of its own (it was taken as the subject). */
function titleOpener(toks: Tok[], i: number): boolean {
  // ("Local MP Simon Crake": a word the lexicon does not know, before a title and a name)
  const t1 = toks[i + 1];
  if (t1 && t1.k === 'w' && t1.cap && t1.sent === toks[i]!.sent && isTitleTok(t1.lo) && !isTitleTok(toks[i]!.lo) && !TITLE_MODIFIERS.has(toks[i]!.lo) && lexTagsOf(toks[i]!.lo).length === 0 && nameTok(toks[i + 2], false) && toks[i + 2]!.sent === t1.sent) return true;
  // (or "head": "Studio head Camille Arsenault")
  const roleWord = (lo: string) => isPersonNoun(lo) || lo === 'head';
  let k = i + 1;
  while (k < toks.length && k - i <= 3 && toks[k]!.k === 'w' && !toks[k]!.cap && !toks[k]!.poss && toks[k]!.sent === toks[i]!.sent && !roleWord(toks[k]!.lo) && !FUNCTION_WORDS.has(toks[k]!.lo) && !SPEECH_VERBS.has(toks[k]!.lo) && !AUXILIARIES.has(toks[k]!.lo) && !/(?:ed|s)$/.test(toks[k]!.lo)) k++;
  const role = toks[k];
  if (!role || k === i || role.k !== 'w' || role.cap || !roleWord(role.lo) || role.sent !== toks[i]!.sent) return false;
  // (the role's portfolio in lower case between it and the name: "Cabinet member for environment
  // Ifeanyi Eze", "Council spokesman for the arts Jo Bell")
  let n = k + 1;
  if (toks[n]?.k === 'w' && (toks[n]!.lo === 'for' || toks[n]!.lo === 'of') && toks[n]!.sent === role.sent) {
    let e = n + 1;
    if (toks[e]?.lo === 'the') e++;
    const from = e;
    while (e < toks.length && e - from < 3 && toks[e]!.k === 'w' && !toks[e]!.cap && toks[e]!.sent === role.sent && !FUNCTION_WORDS.has(toks[e]!.lo) && !SPEECH_VERBS.has(toks[e]!.lo) && !AUXILIARIES.has(toks[e]!.lo)) e++;
    if (e > from) n = e;
  }
  return nameTok(toks[n], false, toks[n + 1], toks[n - 1]) && toks[n]!.sent === role.sent;
}

/** The name stands in the question an opening "Asked ..." puts to the sentence's subject ("Asked
 * whether Tarvenia had asked its allies for help, he paused."): what was asked about, not who
 * the sentence is about. */
function inAskedOpening(toks: Tok[], at: number): boolean {
  const sent = toks[at]!.sent;
  let k = at - 1;
  while (k >= 0 && toks[k]!.sent === sent) {
    if (toks[k]!.t === ',' || toks[k]!.k === 'q') return false;
    k--;
  }
  const first = toks[k + 1]!;
  return k + 1 < at && first.lo === 'asked' && first.cap;
}

/** From token `k` back to the first token of sentence `sent` it runs into (`k` itself when the token
 * before it is in another sentence). */
function sentenceStartFrom(toks: Tok[], k: number, sent: number): number {
  while (k > 0 && toks[k - 1]!.sent === sent && !toks[k - 1]!.dateline) k--;
  return k;
}

/** The name at token `i0` is one a person gave or goes by: "who gave only her first name, Nour",
 * "who gave his name only as Tavik Orm", "a woman named Nour" (the gender from "his"/"her" or the
 * person noun); else null. */
export function nameGivenBefore(toks: Tok[], i0: number): { gender: Gender } | null {
  const sent = toks[i0]!.sent;
  const at = (k: number) => (k >= 0 && toks[k]!.sent === sent && toks[k]!.k === 'w' && !toks[k]!.cap ? toks[k]!.lo : '');
  let k = i0 - 1;
  if (toks[k]?.t === ',' && toks[k]!.sent === sent) k--;
  // "a woman named Nour", "a man identified only as Tavik Orm"
  if (at(k) === 'as') k--;
  if (at(k) === 'only') k--;
  if (at(k) === 'named' || at(k) === 'identified') {
    const noun = at(k - 1);
    if (noun && isPersonNoun(noun) && !isGroupNoun(noun)) return { gender: NOUN_GENDER[noun] ?? null };
    return null;
  }
  // (or "his family name, Trần", "her surname, Adeyemi")
  if (at(k) !== 'name' && at(k) !== 'surname') return null;
  k--;
  if (at(k + 1) === 'name' && /^(?:first|full|real|given|family|last|second)$/.test(at(k))) k--;
  const pron = at(k);
  if (pron !== 'his' && pron !== 'her' && pron !== 'their') return null;
  k--;
  if (at(k) === 'only') k--;
  if (!/^(?:gave|give|gives|giving|provided|offered)$/.test(at(k))) return null;
  return { gender: pron === 'his' ? 'm' : pron === 'her' ? 'f' : null };
}

/** The name at `i0` is set off after a role and what it is of ("head of content, Mateus
 * Albuquerque,", "chief executive of the trust, ..."): a role noun opens the phrase before the
 * comma, followed by "of" or "for". */
function roleOfSetOffBefore(toks: Tok[], i0: number): boolean {
  const sent = toks[i0]!.sent;
  if (toks[i0 - 1]?.t !== ',') return false;
  // (past the name of the body the role is at, "her editor at Fernhill Press, Joachim Brandt,")
  let named = false;
  for (let k = i0 - 2; k >= 0 && i0 - k <= (named ? 10 : 7); k--) {
    const t = toks[k]!;
    if (t.sent !== sent || t.k !== 'w') return false;
    if (t.cap) {
      if (named || k !== i0 - 2) return false;
      while (k > 0 && toks[k - 1]!.k === 'w' && toks[k - 1]!.cap && toks[k - 1]!.sent === sent && i0 - k < 6) k--;
      if (!/^(?:at|of|for)$/.test(toks[k - 1]?.lo ?? '') || toks[k - 1]!.cap) return false;
      named = true;
      continue;
    }
    if ((ROLE_NOUNS.has(t.lo) || t.lo === 'head' || (isPersonNoun(t.lo) && !isGroupNoun(t.lo))) && (toks[k + 1]?.lo === 'of' || toks[k + 1]?.lo === 'for' || (named && toks[k + 1]?.lo === 'at'))) return !named || !FIRM_KINDS.has(t.lo);
  }
  return false;
}

/** Verbs that say what someone called a thing ("a result her coach described as “…”"). */
const NAMING_SPEECH = /^(?:described|describes|called|calls|dubbed)$/;
/** The name is set off and the group's verb of saying comes right after it, past an age at most
 * ("Patrick Hourigan, said", "Sean Fee, 42, said"): not a second description, "Joan Maher, his mother,
 * said", nor the name's own report, "Patrick Hourigan said, is". */
function groupVerbAfter(toks: Tok[], m: Mention): boolean {
  let v = m.i1 + 1;
  if (toks[m.i1]?.t !== ',') return false;
  if (/^\d{1,3}$/.test(toks[v]?.t ?? '') && toks[v + 1]?.t === ',') v += 2;
  const t = toks[v];
  return !!t && t.k === 'w' && !t.cap && t.sent === toks[m.i1]!.sent && isSpeechVerb(t);
}
/** Groups of someone's people, never one person a name set off after them could be: "The family of
 * the taxi driver, Patrick Hourigan," is Hourigan's family. */
const KIN_GROUPS = new Set(['family', 'parents', 'relatives', 'children', 'siblings']);
/** What a firm is to someone, named after it ("the pub’s owner, Wearside Taverns"). */
const FIRM_KINDS = new Set(['owner', 'owners', 'supplier', 'servicer', 'developer', 'landlord', 'employer', 'operator', 'insurer', 'provider', 'lender', 'manufacturer', 'maker', 'retailer', 'contractor', 'builder', 'distributor', 'publisher', 'carrier', 'franchisee', 'franchisor', 'parent']);
/** Words a spokesperson's firm goes by that its spokesperson's own name may follow as well ("A
 * spokeswoman for the company, Olumide Bankole, said"): the name set off after them is the firm's
 * only when it reads as a firm's (firmLikeName): "for her bank, Lakeshore Trust,". */
const GENERIC_FIRM_KINDS = new Set(['bank', 'company', 'firm', 'broker', 'airline', 'label']);
/** A name of two words or more ending in a word English knows or a body's word ("Lakeshore Trust",
 * "Fellside Travel", "Laurentian Civil Group"), with no title, no given name: a firm's, not a person's ("Olumide Bankole",
 * "Ms Holt", "Captain Obinna Okeke"). */
function firmLikeName(m: Mention): boolean {
  const last = m.lower[m.lower.length - 1]!;
  return m.tokens.length >= 2 && !m.title && m.titleWords.length === 0 && !isFirstName(m.lower[0]!) && (isCommonWord(last) || ORG_HEADS.has(last) || (last.endsWith('s') && (isCommonWord(last.slice(0, -1)) || isCommonWord(last.slice(0, -2)))));
}
/** The name at `i0` is set off after what a firm is to someone, at the end of a spokesman's "for"
 * phrase opening the sentence ("A spokesman for the pub’s owner, Wearside Taverns,"), or after the
 * body a role is of ("chief executive of the regulator, Energia Oversight,"). */
function firmAppositiveAt(toks: Tok[], i0: number): boolean {
  const c = i0 - 1;
  if (toks[c]?.t !== ',') return false;
  const sent = toks[i0]!.sent;
  const s0 = sentenceStartFrom(toks, c, sent);
  for (let h = s0; h < c; h++) if (/^spokes/.test(toks[h]!.lo)) return ownerNounBefore(toks, s0, c, toks[h]!.lo);
  // (or after what a role is of, the role itself set off after someone's name: "Olumide Bankole,
  // chief executive of the regulator, Energia Oversight, said" names the regulator; not "The director
  // of the charity, Olumide Bankole-Ajayi, said", where the name is the director's)
  const [r, of, the, noun] = [toks[c - 4], toks[c - 3], toks[c - 2], toks[c - 1]];
  if (!(!!r && r.sent === sent && r.k === 'w' && !r.cap && (ROLE_NOUNS.has(r.lo) || isTitleTok(r.lo)) && !(r.lo in KIN) && (of!.lo === 'of' || of!.lo === 'at') && the!.lo === 'the' && noun!.k === 'w' && !noun!.cap && !noun!.poss && !(noun!.lo in KIN) && !PERSON_ONLY_NOUNS.has(noun!.lo))) return false;
  let b = c - 4;
  while (b > s0 && c - 4 - b < 3 && toks[b - 1]!.k === 'w' && !toks[b - 1]!.cap && toks[b - 1]!.sent === sent) b--;
  return toks[b - 1]?.t === ',' && toks[b - 2]?.k === 'w' && toks[b - 2]!.cap && toks[b - 2]!.sent === sent;
}
/** Person nouns that never name a body ("the owner" may be a firm; "the family" is people). */
const PERSON_ONLY_NOUNS = new Set(['family', 'man', 'woman', 'boy', 'girl', 'child', 'victim', 'deceased', 'household']);
/** Between `from` and the comma at `c`, a spokesman's `head` is followed by "for" or "of" and a noun
 * of its own right before the comma ("spokesman for the pub’s owner,"): a name set off after it is
 * that noun's. */
function ownerNounBefore(toks: Tok[], from: number, c: number, head: string): boolean {
  let h = from;
  while (h < c && toks[h]!.lo !== head) h++;
  const last = toks[c - 1]!;
  if (h >= c - 2 || last.k !== 'w' || last.cap || last.poss || !FIRM_KINDS.has(last.lo) || !/^spokes/.test(head)) return false;
  for (let k = h + 1; k < c - 1; k++) if (toks[k]!.lo === 'for' || toks[k]!.lo === 'of') return true;
  return false;
}

/** "A spokesman for the pub’s owner, Wearside Taverns, said": the described source the sentence
 * opens with, when mention `m` (no person's name by its first word) is set off right after the noun
 * that ends the source's "for" phrase; else null. */
function ownerAppositiveSource(ctx: Ctx, m: Mention, sent: number): LocalCue | null {
  const { toks } = ctx;
  const c = m.i0 - 1;
  if (toks[c]?.t !== ',') return null;
  const s0 = sentenceStartFrom(toks, c, sent);
  const d = describedStartingAt(ctx, s0, sent);
  if (d?.cue.ref !== 'described' || !d.cue.roleHead) return null;
  // ("The family of the taxi driver, Patrick Hourigan, said": a group of someone's people opening the
  // sentence, the name set off after the role of whose they are, is that group, as "The family of
  // Patrick Hourigan said" is)
  if (KIN_GROUPS.has(d.cue.roleHead) && toks[s0]?.lo === 'the' && toks[s0 + 1]?.lo === d.cue.roleHead && toks[s0 + 2]?.lo === 'of' && toks[s0 + 3]?.lo === 'the' && c - s0 <= 7 && toks.slice(s0 + 4, c).every((t) => t.k === 'w' && !t.cap) && (m.type === 'person' || m.personEvidence || isFirstName(m.lower[0]!)) && groupVerbAfter(toks, m)) {
    return { ...d.cue, text: `the ${d.cue.roleHead} of ${m.name}`, at: d.end };
  }
  // ("A spokeswoman for the sitting member, Bronwyn Halvorsen, says Ms Halvorsen has visited": the
  // person whose spokeswoman she is, set off after the role that ends the "for" phrase, when the
  // sentence goes on to speak of them by surname; "A spokeswoman for the mayor, Ella Shaw, said" may
  // well be Shaw)
  const holder = toks[c - 1]?.k === 'w' && !toks[c - 1]!.cap && !toks[c - 1]!.poss && (ROLE_NOUNS.has(toks[c - 1]!.lo) || isPersonNoun(toks[c - 1]!.lo)) && !FIRM_KINDS.has(toks[c - 1]!.lo) && /^spokes/.test(d.cue.roleHead) && (m.type === 'person' || isFirstName(m.lower[0]!)) && toks.slice(s0, c).some((t) => t.lo === 'for') && toks.some((t, k) => k > m.i1 && t.sent === sent && t.k === 'w' && t.lo === m.lower[m.lower.length - 1]);
  // (the "for" phrase right before the name: "A spokesperson for her bank, Lakeshore Trust,"; not "A
  // spokesman for the airline declined to comment, but its parent company, Skyward Group, said")
  const h = toks.findIndex((t, x) => x >= s0 && x < c && /^spokes/.test(t.lo));
  const forPhrase = h >= 0 && c - h <= 6 && toks[h + 1]?.lo === 'for' && toks.slice(h + 1, c).every((t) => t.k === 'w');
  const generic = GENERIC_FIRM_KINDS.has(toks[c - 1]?.lo ?? '') && !toks[c - 1]!.cap && /^spokes/.test(d.cue.roleHead) && forPhrase && firmLikeName(m);
  if (!holder && !generic && (isFirstName(m.lower[0]!) || !forPhrase || !ownerNounBefore(toks, s0, c, d.cue.roleHead))) return null;
  return { ...d.cue, text: `${m.name} ${d.cue.roleHead} (unnamed)`, at: d.end };
}

/** The capitalised word after a possessive name makes the two one organisation's name: an acronym
 * or an organisation's head ("Parkinson’s UK", "Sainsbury’s Bank", "Children’s Hospital"), not a
 * person's ("Obama’s White House" has no such word). */
function orgAfterPossessive(next: Tok | undefined, poss: Tok): boolean {
  return !!next && next.k === 'w' && next.cap && next.sent === poss.sent && !next.poss && (isAcronym(next.t) || ORG_HEADS.has(next.lo));
}

/** "Finance Minister Gustav Ahlqvist ..." opening a sentence: the capitalised word left out of the
 * name's run there (a common word at a sentence's start) is the title's department, as it is
 * anywhere else in a sentence ("On Thursday, Finance Minister Gustav Ahlqvist"). */
function departmentOpener(toks: Tok[], m: Mention): void {
  const p = toks[m.i0 - 1];
  const first = toks[m.i0];
  if (!p || !first || m.affiliation || !m.title || p.k !== 'w' || !p.cap || p.poss || p.sent !== first.sent || !isTitleTok(first.lo.replace(/\.$/, ''))) return;
  if (m.i0 - 1 > 0 && toks[m.i0 - 2]!.sent === p.sent && !/^[(\u2014:;]$/.test(toks[m.i0 - 2]!.t)) return;
  if (FUNCTION_WORDS.has(p.lo) || INTRO_WORDS.has(p.lo) || isDateWord(p.lo) || isTitleTok(p.lo) || TITLE_MODIFIERS.has(p.lo) || isFirstName(p.lo)) return;
  m.affiliation = p.t;
  m.firstRef = `${p.t} ${m.firstRef}`;
}

/** A word the lexicon does not know opening a sentence as the first noun of a plural subject
 * ("Survival rates have since tripled.", "Turnout figures were lower"): a common noun, no name
 * (the plural's verb follows it; "Obi never was" has an adverb, not a noun, between). */
function nounBeforePlural(toks: Tok[], i: number): boolean {
  const tk = toks[i]!;
  const nx = toks[i + 1];
  const v = toks[i + 2];
  if (tk.k !== 'w' || tk.poss || lexTagsOf(tk.lo).length || !nx || nx.k !== 'w' || nx.cap || nx.sent !== tk.sent || !v || v.sent !== tk.sent) return false;
  return /[^s']s$/.test(nx.lo) && !FUNCTION_WORDS.has(nx.lo) && !lexTagsOf(nx.lo).includes('Adverb') && (v.lo === 'are' || v.lo === 'were' || v.lo === 'have');
}

/** The first token after a short opening phrase of place or time set off by a comma ("Beside her,",
 * "Outside the court,", "On Tuesday,"), else `i` itself. */
function afterOpeningPhrase(toks: Tok[], i: number): number {
  const t = toks[i]!;
  // (or a time of two words with no comma, before someone new: "Last week one woman stood in the
  // doorway")
  if (t.k === 'w' && /^(?:last|this|earlier|later)$/.test(t.lo) && /^(?:week|month|year|night|morning|afternoon|evening|weekend|summer|winter|spring|autumn|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/.test(toks[i + 1]?.lo ?? '') && toks[i + 1]!.sent === t.sent && /^(?:a|an|one)$/.test(toks[i + 2]?.lo ?? '') && toks[i + 2]!.sent === t.sent) return i + 2;
  // (or an adverb of where before one: "Back in the hall,", "Out on the pitch,")
  const adverb = t.k === 'w' && /^(?:back|out|over|up|down|further|inside|outside)$/.test(t.lo) && PREPOSITIONS.has(toks[i + 1]?.lo ?? '') && toks[i + 1]!.sent === t.sent;
  if (t.k !== 'w' || !(PREPOSITIONS.has(t.lo) || /^(?:beside|behind|across|nearby|below|above)$/.test(t.lo) || adverb)) return i;
  for (let k = i + 1; k < toks.length && k - i <= (adverb ? 6 : 5) && toks[k]!.sent === t.sent; k++) {
    if (toks[k]!.t === ',') return k + 1 < toks.length && toks[k + 1]!.sent === t.sent ? k + 1 : i;
    if (toks[k]!.k !== 'w') return i;
  }
  return i;
}

/** Adverbs that come between a subject and its verb ("Green still denies it"). */
const PLAIN_ADVERBS = new Set(['still', 'also', 'never', 'now', 'always', 'often', 'later', 'then', 'rarely', 'seldom', 'once', 'already', 'just', 'usually', 'sometimes', 'again', 'barely', 'hardly', 'finally', 'eventually', 'quickly', 'simply', 'only']);
function buildMentions(toks: Tok[]): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  while (i < toks.length) {
    const tk = toks[i]!;
    const sentStart = i === 0 || toks[i - 1]!.sent !== tk.sent || /^[(\u2014:;]$/.test(toks[i - 1]!.t);
    // a sentence-initial common word is still a name right before a speech verb ("Park said")
    // ... and before an age set off by commas ("Brown, 38, said")
    const aged = sentStart && tk.cap && agedAfter(toks, i + 1) && toks[i + 3]!.sent === tk.sent;
    // ... and so is one before an unknown capitalised word and an age set off by commas, a given name
    // and a surname ("Bill Trevaskis, 88, first rolled a wood"; not "Police Chief ...", "Farmer Tull, 70,")
    const nx1 = toks[i + 1];
    // (nor a word that describes them, as tabloids do: "Hero Obafemi, 31,", "Proud Adeyemi, 54,", "Mum Shanice, 29,")
    const agedPair = sentStart && tk.cap && tk.k === 'w' && isCommonWord(tk.lo) && !FUNCTION_WORDS.has(tk.lo) && !isPersonNoun(tk.lo) && !lexTagsOf(tk.lo).some((x) => x === 'Actor' || x === 'Adjective' || x === 'Gerund') && !(tk.lo in KIN) && !isTitleTok(tk.lo) && !ORG_HEADS.has(tk.lo) && !PLACE_HEADS.has(tk.lo) && !isGroupNoun(tk.lo) && !lexTagsOf(tk.lo).includes('Plural') && nx1?.k === 'w' && nx1.cap && nx1.sent === tk.sent && !nx1.poss && !lexTagsOf(nx1.lo).length && agedAfter(toks, i + 2) && toks[i + 4]!.sent === tk.sent;
    // (not a determiner: "Several said they had received a text message")
    const beforeVerb = aged || agedPair || (sentStart && tk.cap && isSpeechVerb(toks[i + 1]) && /(?:ed|said|says|told|wrote|tells|adds|notes|asks)$/.test(toks[i + 1]!.lo) && !FUNCTION_WORDS.has(tk.lo) && !lexTagsOf(tk.lo).includes('Plural') && !lexTagsOf(tk.lo).includes('Determiner') && !/[^s]s$/.test(tk.lo));
    if (!nameTok(tk, sentStart && !beforeVerb, toks[i + 1], toks[i - 1], toks[i + 2]) || epithetAt(toks, i) || demonymPairAt(toks, i) || (sentStart && titleOpener(toks, i)) || (sentStart && nounBeforePlural(toks, i))) {
      // "Green denied it.": a common word opening a sentence before a verb in the past may be a
      // surname the story has given someone; kept as a mention the linking pass drops unless it is
      const nx = toks[i + 1];
      // ... and so may one set off by a comma ("Park, in a statement, said", "Park, who has led
      // the union since 2015, said")
      const setOff = nx?.t === ',' && nx.sent === tk.sent && !INTRO_WORDS.has(tk.lo) && !PREPOSITIONS.has(tk.lo) && !/ly$/.test(tk.lo) && !lexTagsOf(tk.lo).some((x) => x === 'Adverb' || x === 'Preposition' || x === 'Conjunction');
      // ... or in the present ("Pengelly takes that as a win.", a surname only its ending made common)
      // ... and so may one before an auxiliary ("Kitching was blunter."), or with a possessive, when
      // only its ending made it a common word ("Kitching's evidence was shorter.")
      // ... past an adverb or two ("Bill no longer recognises the café", "Green still denies it")
      let vk = i + 1;
      while (vk < i + 3 && toks[vk]?.k === 'w' && toks[vk]!.sent === tk.sent && !toks[vk]!.cap && (PLAIN_ADVERBS.has(toks[vk]!.lo) || (toks[vk]!.lo === 'no' && toks[vk + 1]?.lo === 'longer'))) vk += toks[vk]!.lo === 'no' ? 2 : 1;
      const vb = toks[vk];
      if (sentStart && tk.k === 'w' && tk.cap && !INDEFINITE_PRONOUNS.has(tk.lo) && (!tk.poss || !lexTagsOf(tk.lo).length) && !beforeVerb && nx && nx.sent === tk.sent && (setOff || tk.poss || (vb?.k === 'w' && !vb.cap && vb.sent === tk.sent && (((/ed$/.test(vb.lo) || /[^s]s$/.test(vb.lo)) && isVerbish(vb.lo)) || AUXILIARIES.has(vb.lo)))) && isCommonWord(tk.lo) && !FUNCTION_WORDS.has(tk.lo) && !QUANTIFIERS.has(tk.lo) && !lexTagsOf(tk.lo).includes('Plural') && !/[^s]s$/.test(tk.lo)) {
        const m = analyzeRun(toks, i, i + 1, [tk]);
        if (m && m.type !== 'place' && m.type !== 'org') out.push({ ...m, maybe: vk > i + 1 && !setOff && !tk.poss ? 'given' : true });
      }
      i++;
      continue;
    }
    let j = i;
    const run: Tok[] = [];
    while (j < toks.length) {
      const t = toks[j]!;
      // (a capitalised function word after two words of a name is its surname: "Dr Roselyne Auma
      // Were dismissed the claims"; after a given name too, set off by a comma: "His uncle, Joseph
      // Were, said", "Kevin Ochieng Were, 23,"; or after a given name the lexicon does not know, before
      // a verb of saying: "County transport executive Otieno Were said")
      const after = toks[j + 1];
      const unknownGiven = run.length === 1 && !isCommonWord(run[0]!.lo) && !isPlaceWord(run[0]!.lo) && !isOrgWord(run[0]!.lo) && !run[0]!.poss && after?.k === 'w' && SAYS_AFTER_NAME.has(after.lo);
      // (a day's word inside a paper's or a programme's name: "Packaging Today Weekly", "Pottery Today")
      const paperDay = t.k === 'w' && t.cap && isDateWord(t.lo) && ((t.lo === 'today' && run.every((r) => !isFirstName(r.lo))) || (toks[j + 1]?.k === 'w' && toks[j + 1]!.cap && toks[j + 1]!.sent === t.sent && PAPER_NAME_WORDS.test(toks[j + 1]!.lo)));
      const okCap = run.length === 0 ? true : nameTok(t, false) || SUFFIXES.has(t.lo) || paperDay || ((run.length >= 2 || (isFirstName(run[0]!.lo) && after?.t === ',') || unknownGiven) && t.k === 'w' && t.cap && t.t !== 'I' && FUNCTION_WORDS.has(t.lo) && !t.poss && run.every((r) => !FUNCTION_WORDS.has(r.lo)) && !!after && after.sent === t.sent && ((after.k === 'w' && !after.cap) || after.t === ','));
      // (two in a row too: "Johannes van der Westhuizen", "Ana de la Cruz")
      const okParticle = run.length > 0 && NAME_PARTICLES.has(t.lo) && toks[j + 1]?.sent === t.sent && (nameTok(toks[j + 1], false) || (NAME_PARTICLES.has(toks[j + 1]!.lo) && nameTok(toks[j + 2], false) && toks[j + 2]!.sent === t.sent));
      // "Harrow & Finch", "Pike & Lowe": names joined by an ampersand are one firm's name
      const okAmp = run.length > 0 && t.t === '&' && !run[run.length - 1]!.poss && nameTok(toks[j + 1], false) && toks[j + 1]!.sent === t.sent;
      // "Clarence “Sweet Pea” Delacroix-Moore": a short nickname in quotation marks between a first
      // name and a surname is skipped, and the name goes on
      // (or a particle and a surname: 'Johannes "Jojo" van der Westhuizen')
      const particleAfter = NAME_PARTICLES.has(toks[j + 1]?.lo ?? '') && (nameTok(toks[j + 2], false) || (NAME_PARTICLES.has(toks[j + 2]?.lo ?? '') && nameTok(toks[j + 3], false)));
      if (run.length === 1 && t.k === 'q' && t.e - t.s <= 24 && !run[0]!.poss && isFirstName(run[0]!.lo) && (nameTok(toks[j + 1], false) || particleAfter) && toks[j + 1]!.sent === tk.sent && !(j + 2 < toks.length && toks[j + 2]!.k === 'q')) {
        j++;
        continue;
      }
      if (!(okCap || okParticle || okAmp) || t.sent !== tk.sent) break;
      run.push(t);
      j++;
      // (a possessive goes on into an organisation's name: "Parkinson’s UK", "Sainsbury’s Bank")
      if (t.poss && !orgAfterPossessive(toks[j], t)) break;
    }
    // "Ministry of Health", "Department of Health and Human Services": an organisation named with "of"
    // (or with "for": "the Federal Office for Consumer Goods", "Centre for Policy Studies")
    // (and "the Department for Education", "the Office for Students": a government's body of one word
    // and "for", never a day or a month after it)
    // (or any body's word after "the": "the Institute for Regional Economics")
    const bodyFor = run.length === 1 && (DEPARTMENT_HEADS.has(run[0]!.lo) || (ORG_HEADS.has(run[0]!.lo) && toks[i - 1]?.lo === 'the')) && !isDateWord(toks[j + 1]?.lo ?? '') && !MONTHS.has(toks[j + 1]?.lo ?? '');
    // (and "of the" before a capital: "the Office of the Data Commissioner", "the Ministry of the Interior")
    const ofThe = toks[j]?.lo === 'of' && toks[j + 1]?.lo === 'the' && !toks[j + 1]!.cap && toks[j + 1]!.sent === tk.sent && nameTok(toks[j + 2], false) && toks[j + 2]!.sent === tk.sent;
    if (run.length && !run[run.length - 1]!.poss && ORG_HEADS.has(run[run.length - 1]!.lo) && (toks[j]?.lo === 'of' || (toks[j]?.lo === 'for' && (run.length >= 2 || bodyFor))) && toks[j]!.sent === tk.sent && (nameTok(toks[j + 1], false) || ofThe)) {
      run.push(toks[j]!);
      j++;
      if (ofThe) {
        run.push(toks[j]!);
        j++;
      }
      // (up to a title or a given name, which begin someone's name: "the Department for Infrastructure
      // Permanent Secretary Katrina Godfrey", "the Department for Education and Rowena Stallard")
      const personStarts = (t: Tok | undefined) => !!t && t.k === 'w' && (isTitleTok(t.lo) || (isFirstName(t.lo) && !isPlaceWord(t.lo)));
      while (j < toks.length && toks[j]!.sent === tk.sent && (nameTok(toks[j], false) || (toks[j]!.lo === 'and' && nameTok(toks[j + 1], false) && !personStarts(toks[j + 1]))) && !(run.length > 2 && personStarts(toks[j]))) {
        run.push(toks[j]!);
        j++;
        if (toks[j - 1]!.poss) break;
      }
    }
    // "the Consumer Affairs and Price Control Ministry": two words joined by "and" before a body's
    // name are that body's
    // (a body's word before "and" too, when two words or more follow it after "the": "the Services and
    // Retail Union"; not "the Senate and House")
    const headBeforeAnd = run.length >= 1 && ORG_HEADS.has(run[run.length - 1]!.lo) && toks[i - 1]?.lo === 'the';
    if (run.length >= 1 && run.length <= 3 && !run[run.length - 1]!.poss && (!ORG_HEADS.has(run[run.length - 1]!.lo) || headBeforeAnd) && !isFirstName(run[0]!.lo) && toks[j]?.lo === 'and' && toks[j]!.sent === tk.sent) {
      let e = j + 1;
      while (e < toks.length && e - j <= 4 && toks[e]!.sent === tk.sent && nameTok(toks[e], false) && !toks[e]!.poss) e++;
      // (a plural head only after no person's name: not "Professor Ian Hart and Leeds Teaching Hospitals")
      const pluralHead = PLURAL_ORG_HEADS.has(toks[e - 1]!.lo) && !run.some((t) => isFirstName(t.lo) || isTitleTok(t.lo.replace(/\.$/, '')));
      // (or anything so joined after a spokesperson's "for": "A spokesperson for Kessock Fire and Rescue said")
      const spokesFor = toks[i - 1]?.lo === 'for' && /^spokes/.test(toks[i - 2]?.lo ?? '') && !run.some((t) => isFirstName(t.lo) || isTitleTok(t.lo.replace(/\.$/, '')));
      if (e > j + 1 && (ORG_HEADS.has(toks[e - 1]!.lo) || pluralHead || spokesFor) && !ORG_HEADS.has(toks[j + 1]!.lo) && (!headBeforeAnd || (e - j >= 3 && ORG_HEADS.has(toks[e - 1]!.lo)))) {
        for (let x = j; x < e; x++) run.push(toks[x]!);
        j = e;
      }
    }
    // "the Prime Minister", "the Foreign Secretary": titles alone after "the" are a role, not a name
    const titlesOnly = run.length > 0 && toks[i - 1]?.lo === 'the' && toks[i - 1]!.sent === tk.sent && run.every((t) => !t.poss && (isTitleTok(t.lo) || TITLE_MODIFIERS.has(t.lo))) && isTitleTok(run[run.length - 1]!.lo) && !TITLE_MODIFIERS.has(run[run.length - 1]!.lo);
    // ... and so are place words before a title ("the Cork South TD", "the Bristol East MP"): a
    // constituency or a state names where the role is held, not who holds it
    const seatTitle = !titlesOnly && run.length > 1 && j === i + run.length && placedTitle(toks, i - 1, j - 1);
    // ("the two-time Olympic champion": a record's word before a person noun names no one)
    const recordWord = run.length === 1 && EPITHET_MODIFIERS.test(tk.lo) && toks[j]?.k === 'w' && !toks[j]!.cap && toks[j]!.sent === tk.sent && isPersonNoun(toks[j]!.lo);
    // ("The record, titled Tide Tables,": a work's title is no one)
    // (not a person's title and name: "The newly titled Sir Kenneth Oduya said")
    const workTitle = toks[i - 1]?.k === 'w' && /^(?:titled|entitled)$/.test(toks[i - 1]!.lo) && toks[i - 1]!.sent === tk.sent && !isTitleTok(tk.lo.replace(/\.$/, '')) && !MALE_HON.has(tk.lo.replace(/\.$/, '')) && !FEMALE_HON.has(tk.lo.replace(/\.$/, '')) && !/^(?:sir|dame|lord|lady)$/.test(tk.lo);
    // (nor a letter alone: "the category B jail", "Plan B")
    if (run.length === 1 && /^\p{Lu}$/u.test(run[0]!.t) && toks[i - 1]?.k === 'w' && !toks[i - 1]!.cap && toks[i - 1]!.sent === tk.sent && toks[j]?.t !== ':') {
      i = Math.max(j, i + 1);
      continue;
    }
    // ("Senior coroner for North Marlshire Helena Cartwright recorded": the area a role is for, then
    // the holder's name from a given name on, are two)
    const split = run.length >= 3 && !titlesOnly && !seatTitle && !workTitle ? areaThenHolder(toks, i, run) : -1;
    if (split > 0) {
      const area = analyzeRun(toks, i, i + split, run.slice(0, split));
      if (area) out.push(area);
      const holder = analyzeRun(toks, i + split, j, run.slice(split));
      // (the role before the area is the holder's: "the coroner said" is Cartwright)
      if (holder) out.push({ ...holder, type: 'person', personEvidence: true, title: holder.title ?? toks[i - 2]!.lo, titleWords: holder.titleWords.length ? holder.titleWords : [toks[i - 2]!.lo] });
    } else if (run.length && !titlesOnly && !seatTitle && !recordWord && !workTitle) {
      const m = analyzeRun(toks, i, j, run);
      if (m) out.push(m);
    }
    i = Math.max(j, i + 1);
  }
  return out;
}

/** A run of capitalised words after a role and "for" or "of" ("coroner for North Marlshire Helena
 * Cartwright") that goes on from the area into a name opening with a known given name: where the name
 * starts in the run, else -1. */
function areaThenHolder(toks: Tok[], i: number, run: Tok[]): number {
  const prep = toks[i - 1];
  const role = toks[i - 2];
  if (prep?.k !== 'w' || !/^(?:for|of)$/.test(prep.lo) || role?.k !== 'w' || role.sent !== prep.sent || !(ROLE_NOUNS.has(role.lo) || isTitleTok(role.lo))) return -1;
  // (a given name and a surname: "Santa Clara Lisa Gillmor" is Lisa Gillmor of Santa Clara; not when
  // the area's last word is a given name too, "Lake Charles Nic Hunter")
  const s = run.length - 2;
  if (!isFirstName(run[s]!.lo) || isFirstName(run[s - 1]!.lo) || run.slice(0, s).some((t) => t.poss || isTitleTok(t.lo.replace(/\.$/, ''))) || run.slice(s).some((t) => ORG_HEADS.has(t.lo) || PLACE_HEADS.has(t.lo))) return -1;
  return s;
}

const isSurnameLikePlace = (lo: string) => !isCountry(lo) && !isDemonym(lo);
/** The words before token i are "spoke to", "talked to", "sat down with", "spoke with", maybe with
 * one or two lower-case words of a title between ("sat down with independent candidate"). */
function spokeWithBefore(toks: Tok[], i: number): boolean {
  if (!toks[i]) return false;
  let k = i - 1;
  const sent = toks[i]!.sent;
  while (k > i - 3 && toks[k]?.k === 'w' && !toks[k]!.cap && toks[k]!.sent === sent && !FUNCTION_WORDS.has(toks[k]!.lo) && (isPersonNoun(toks[k]!.lo) || ROLE_NOUNS.has(toks[k]!.lo) || lexTagsOf(toks[k]!.lo).includes('Adjective'))) k--;
  return toks[k]?.sent === sent && toks[k - 1]?.sent === sent && spokeWithAt(toks, k);
}
/** Verbs of an interview before "to" or "with" ("spoke to", "talked with"). */
export const INTERVIEW_VERBS = new Set(['spoke', 'spoken', 'speaks', 'speaking', 'talked', 'talks', 'talking']);
/** "sat down with our political editor": an interview, as "spoke to" is */
export const SITTING = /^(?:sat|sits|sitting)$/;
/** "spoke to", "talked with", "sat down with": the interview's words ending with the preposition at
 * token `at`. */
export function spokeWithAt(toks: Tok[], at: number): boolean {
  const a = toks[at];
  const b = toks[at - 1];
  return !!a && !!b && (a.lo === 'to' || a.lo === 'with') && (INTERVIEW_VERBS.has(b.lo) || (b.lo === 'down' && SITTING.test(toks[at - 2]?.lo ?? '')));
}

function verbFollows(toks: Tok[], i: number): boolean {
  let t = toks[i];
  if (t && t.t === ',' && toks[i + 1]?.lo === 'who') return true;
  while (t && t.k === 'w' && !t.cap && (AUX_ADVERBS.has(t.lo) || /ly$/.test(t.lo))) t = toks[++i];
  // (or one in the present: "Bellingham keeps a tally on the back of the door.")
  return !!t && t.k === 'w' && !t.cap && (SPEECH_VERBS.has(t.lo) || /ed$/.test(t.lo) || (/[^s]s$/.test(t.lo) && lexTagsOf(t.lo).includes('PresentTense'))) && !FUNCTION_WORDS.has(t.lo);
}

/** Token j ("for" or "of") follows a title, maybe with a department between ("Minister for",
 * "Minister of State for", "Secretary of State for"). */
function titleChainBefore(toks: Tok[], j: number): boolean {
  const sent = toks[j]!.sent;
  const at = (k: number) => (k >= 0 && toks[k]!.sent === sent && toks[k]!.k === 'w' ? toks[k]! : null);
  if (at(j - 1)?.cap && isTitleTok(at(j - 1)!.lo)) return true;
  // ("Member of Parliament Claudette Ferguson-Bailey": a member of a house that sits)
  if (at(j - 1)?.cap && at(j - 1)!.lo === 'member' && toks[j]!.lo === 'of' && !!at(toks[j + 1]?.lo === 'the' ? j + 2 : j + 1)?.cap && HOUSES.has(at(toks[j + 1]?.lo === 'the' ? j + 2 : j + 1)!.lo)) return true;
  // ("Minister of State for": a department between two prepositions)
  let k = j - 1;
  while (k >= 0 && j - k <= 3 && at(k)?.cap && !isTitleTok(at(k)!.lo)) k--;
  if (k === j - 1 || !at(k) || at(k)!.cap || (at(k)!.lo !== 'for' && at(k)!.lo !== 'of')) return false;
  return !!at(k - 1)?.cap && isTitleTok(at(k - 1)!.lo);
}
/** The first word of a house whose members are titled so ("Member of Parliament", "Member of the Legislative Assembly"). */
const HOUSES = new Set(['parliament', 'congress', 'assembly', 'legislative', 'senate', 'knesset', 'provincial', 'european', 'national', 'scottish', 'welsh', 'house', 'council', 'legislature']);
/** Words that name a ministry's brief ("Minister for Foreign Affairs", "Commissioner for Climate Action"). */
const DEPARTMENT_WORDS = new Set(
  ('affairs health education justice finance housing transport defence defense agriculture environment energy climate action trade ' +
    'enterprise employment culture heritage tourism sport communications children equality integration youth rural community development ' +
    'planning local government social protection welfare public expenditure reform infrastructure works labour labor industry commerce ' +
    'science technology innovation research home interior state police security immigration arts media water land fisheries marine ' +
    'forestry food mines railways aviation information broadcasting women revenue treasury budget economy foreign external digital ' +
    'skills training veterans pensions disability disabilities care consumer competition regional urban opposition').split(' '),
);
/** ", 48," right after token i1 - 1: an age set off after a name. */
function agedAfter(toks: Tok[], i1: number): boolean {
  return toks[i1]?.t === ',' && /^\d{1,3}$/.test(toks[i1 + 1]?.t ?? '') && toks[i1 + 2]?.t === ',';
}
/** The run at i0 is set off by a comma after a person noun ("His son, Everton Allen-Whyte"). */
function setOffAfterPersonNoun(toks: Tok[], i0: number): boolean {
  const n = toks[i0 - 2];
  return toks[i0 - 1]?.t === ',' && !!n && n.k === 'w' && !n.cap && n.sent === toks[i0]!.sent && isPersonNoun(n.lo) && !isGroupNoun(n.lo);
}
/** Words that open a surname, in capitals too ("Seán Mac Cárthaigh", "Órla Ní Bhriain", "Ana de la Cruz"). */
export const SURNAME_PARTICLES = new Set([...NAME_PARTICLES, 'mac', 'mc', 'ó', "o'", 'ní', 'nic', 'ua', 'ter', 'ten']);
/** Letters after a name, in capitals: a member of a parliament, senior counsel. */
const POST_NOMINALS = new Set(['TD', 'MP', 'MLA', 'MSP', 'MEP', 'MHK', 'MS', 'QC', 'KC', 'SC', 'SAN', 'BL', 'OBE', 'MBE', 'CBE', 'KBE', 'DBE', 'PhD', 'FRS']);
/** Participles whose agent is who found or quoted the speaker ("an aide reached by Al Jazeera"). */
const REACHED_BY = new Set(['reached', 'contacted', 'interviewed', 'quoted', 'cited', 'approached', 'questioned', 'asked', 'telephoned', 'phoned']);
/** Words of a service a district is named for ("Lakeside Unified School District"): a body. */
const SERVICE_DISTRICT_WORDS = new Set('health school schools water fire hospital hospitals transit sanitation irrigation utility library park parks unified independent conservation drainage flood sewer'.split(' '));

/** a person's role opens at k, set off after a name: "chairman of ...", "the former minister" */
function roleSetOffAt(toks: Tok[], k: number): boolean {
  const sent = toks[k - 1]?.sent;
  let j = k;
  if (toks[j]?.lo === 'the' || toks[j]?.lo === 'a' || toks[j]?.lo === 'an') j++;
  for (const end = j + 2; j <= end && j < toks.length; j++) {
    const t = toks[j]!;
    if (t.k !== 'w' || t.cap || t.poss || t.sent !== sent) return false;
    if (ROLE_NOUNS.has(t.lo) && !isGroupNoun(t.lo)) return true;
    if (FUNCTION_WORDS.has(t.lo) || SPEECH_VERBS.has(t.lo)) return false;
  }
  return false;
}

function analyzeRun(toks: Tok[], i0: number, i1: number, run: Tok[]): Mention | null {
  if (run.length === 1 && COUNT_NOUNS.has(run[0]!.lo)) return null;
  // ("09:14 GMT —", "at 4pm BST": a time zone is no one)
  // (only after a time: "the CAT said" is a tribunal, "HKT said" a firm)
  if (run.length === 1 && TIME_ZONES.has(run[0]!.t) && /^\d|(?:am|pm)$/i.test(toks[i0 - 1]?.t ?? '')) return null;
  // ("a rebel MP", "the MLA said": a member of a parliament by their letters alone is a role, no name)
  if (run.length === 1 && memberLetters(run[0]!.t) && !run[0]!.t.endsWith('s')) return null;
  // (a nationality before a person noun is its modifier: "One senior British official said")
  if (run.length === 1 && isDemonym(run[0]!.lo) && !isFirstName(run[0]!.lo) && toks[i1]?.k === 'w' && !toks[i1]!.cap && toks[i1]!.sent === run[0]!.sent && (isPersonNoun(toks[i1]!.lo) || ROLE_NOUNS.has(toks[i1]!.lo))) return null;
  // ("Backstage, she said the win had not sunk in.": one word opening the sentence, set off before a
  // pronoun and its verb of saying with no comma after, is where or when, no one's name; not "Winter,
  // he said, had ...", a name set off before the one reporting about it; only a word the lexicon knows
  // as no name)
  if (run.length === 1 && (i0 === 0 || toks[i0 - 1]!.sent !== run[0]!.sent) && toks[i1]?.t === ',' && /^(?:he|she|they|we|i)$/.test(toks[i1 + 1]?.lo ?? '') && SPEECH_VERBS.has(toks[i1 + 2]?.lo ?? '') && toks[i1 + 3]?.k === 'w' && toks[i1 + 3]!.sent === run[0]!.sent && !isFirstName(run[0]!.lo) && !lexTagsOf(run[0]!.lo).some((x) => x === 'LastName' || x === 'Person' || x === 'ProperNoun' || x === 'Place' || x === 'City' || x === 'Country' || x === 'Organization')) return null;
  const lastRunLo = run[run.length - 1]!.lo.replace(/\.$/, '');
  // ("Chair of selectors Wayne Pemberton": a title alone before what it is of, opening the name
  // that follows, is no one's name)
  if (run.length === 1 && isTitleTok(lastRunLo) && !isFirstName(lastRunLo) && (toks[i1]?.lo === 'of' || toks[i1]?.lo === 'for') && toks[i1]!.sent === run[0]!.sent) return null;
  // (so is "Member" before the house it sits in: "Member of Parliament Claudette Ferguson-Bailey")
  if (run.length === 1 && lastRunLo === 'member' && toks[i1]?.lo === 'of' && titleChainBefore(toks, i1)) return null;
  // "the Chief Public Relations Officer of ...": a title in capitals after "the", no one's name
  // (a post-nominal after a name is no title: "Leader of the Opposition Siobhán Walsh TD")
  if (run.length >= 2 && toks[i0 - 1]?.lo === 'the' && !toks[i0 - 1]!.cap && (ROLE_NOUNS.has(lastRunLo) || TITLE_WORDS.has(lastRunLo)) && !run.some((t) => isFirstName(t.lo)) && !(run.length >= 3 && POST_NOMINALS.has(run[run.length - 1]!.t))) return null;
  // split into prefix (titles, demonyms, places) and the name part
  let cut = -1;
  for (let k = 0; k < run.length - 1; k++) {
    const lo = run[k]!.lo;
    if (isTitleTok(lo) || TITLE_MODIFIERS.has(lo) || (lo === 'lance' && /^(?:cpl\.?|corporal|sergeant|sgt\.?|bombardier)$/.test(run[k + 1]!.lo))) cut = k;
    // a person noun before a full name is a title too ("Striker Ade Bello", "Shopkeeper Jo Amis")
    else if (k === cut + 1 && run.length - k >= 3 && isPersonNoun(lo) && !isFirstName(lo)) cut = k;
  }
  // leading demonyms / party words / places before a name: "Ukrainian President ...", "Republican Jane Doe"
  let k0 = cut + 1;
  while (k0 < run.length - 1 && (isDemonym(run[k0]!.lo) || (isPlaceWord(run[k0]!.lo) && !isFirstName(run[k0]!.lo)) || isAcronym(run[k0]!.t)) && !isFirstName(run[k0]!.lo)) k0++;
  // (but a place's name that is someone's first name stays, where the two words are surely a person:
  // "His son, Everton Allen-Whyte, 48,", "Everton Allen-Whyte, 48, said")
  const placeFirstName = k0 === 1 && cut < 0 && run.length === 2 && !isDemonym(run[0]!.lo) && !isAcronym(run[0]!.t) && (agedAfter(toks, i1) || setOffAfterPersonNoun(toks, i0));
  if (placeFirstName) k0 = 0;
  // "Minister for Health Seán Mac Cárthaigh": a title and "for" or "of" before the run name the
  // department, which comes before the name; the title alone before them is no one
  const pre = toks[i0 - 1];
  // ("Leader of the Opposition Siobhán Walsh": "the" after the title's "of")
  const pre2 = toks[i0 - 2];
  const titleBefore = !!pre && pre.k === 'w' && !pre.cap && pre.sent === run[0]!.sent &&
    (((pre.lo === 'for' || pre.lo === 'of') && titleChainBefore(toks, i0 - 1)) || (pre.lo === 'the' && pre2?.k === 'w' && (pre2.lo === 'for' || pre2.lo === 'of') && pre2.sent === pre.sent && titleChainBefore(toks, i0 - 2)));
  let department = false;
  // ("said the Minister for Foreign Affairs": a department and no name)
  if (titleBefore && run.length <= 2 && !run.some((t) => isFirstName(t.lo))) return null;
  if (titleBefore) {
    // (the name is the last two words, or three with a first name or a particle before a surname)
    let d = k0;
    // (a word the lexicon does not know before the last two is a first name, unless a known first
    // name follows it: "Police Harjeet Singh Bhullar", but "Foreign Affairs Simon Harris")
    const known = (lo: string) => isCommonWord(lo) || isOrgWord(lo) || isPlaceWord(lo) || DEPARTMENT_WORDS.has(lo) || HOUSES.has(lo);
    // (but after the department's own words, an unknown word opening a name of three is its first:
    // "Minister for Transport Lim Wei Ling", a surname first)
    while (d < run.length - 2 && !isFirstName(run[d]!.lo) && !SURNAME_PARTICLES.has(run[d + 1]!.lo) && (known(run[d]!.lo) || isFirstName(run[d + 1]!.lo) || run.length - d > 3) && !(d > 0 && known(run[d - 1]!.lo) && !known(run[d]!.lo) && run.length - d === 3)) d++;
    if (d > 0) { k0 = d; department = true; }
  }
  const nx = toks[i1];
  if (run.length === 1 && isTitleTok(run[0]!.lo) && nx?.k === 'w' && !nx.cap && (nx.lo === 'for' || nx.lo === 'of') && nx.sent === run[0]!.sent && toks[i1 + 1]?.k === 'w' && toks[i1 + 1]!.cap && toks[i1 + 1]!.sent === nx.sent) return null;
  let nameToks = run.slice(k0);
  let prefixToks = run.slice(0, k0);
  if (!nameToks.length) { nameToks = run; prefixToks = []; }
  // (letters after the name are no part of it: "Ann Roe MP", "Ade Bello SAN")
  if (nameToks.length >= 3 && POST_NOMINALS.has(nameToks[nameToks.length - 1]!.t)) nameToks = nameToks.slice(0, -1);
  // lower-case role words right before the run: "aide Jane Doe", "Former Ohio governor John Roe"
  const orgName = ORG_HEADS.has(lastRunLo) || isOrgWord(lastRunLo) || PLURAL_ORG_HEADS.has(lastRunLo);
  let p0 = i0;
  const lowerRole: Tok[] = [];
  {
    let p = i0 - 1;
    let seenRole = false;
    while (p >= 0 && i0 - p <= 6) {
      const t = toks[p]!;
      if (t.k !== 'w' || t.sent !== toks[i0]!.sent || t.poss) break;
      // ("Taoiseach Pádraig Ó Súilleabháin said": a person noun in capitals opening the sentence, right
      // before the name, is the title the lexicon does not list)
      if (t.cap && p === i0 - 1 && (p === 0 || toks[p - 1]!.sent !== t.sent) && isKnownPersonNoun(t.lo) && !isFirstName(t.lo) && !isTitleTok(t.lo) && !isGroupNoun(t.lo)) { seenRole = true; lowerRole.unshift(t); p--; break; }
      // (any person noun the lexicon knows, when the name is no organisation's: "Hollins guard
      // Terrence Vaughn"; not one guessed from its ending: "the dairy processor Milnor Foods")
      // (nor a word for a kind of firm: "operator MetroLink SG said")
      // (or one guessed from its ending after a title's modifier: "Senior meteorologist Jean-Luc
      // Ouellet", "chief economist ...")
      const modified = p === i0 - 1 && !orgName && isPersonNoun(t.lo) && !isGroupNoun(t.lo) && !ORG_HEADS.has(t.lo) && !ORG_KIND_BEFORE.has(t.lo) && toks[p - 1]?.k === 'w' && toks[p - 1]!.sent === t.sent && TITLE_MODIFIERS.has(toks[p - 1]!.lo);
      // (or a word for a person only before a name, right before it: "Mountain guide Thibault Roux-Mercier")
      const beforeName = p === i0 - 1 && !orgName && BEFORE_NAME_PERSON_NOUNS.has(t.lo);
      if (!t.cap && (ROLE_NOUNS.has(t.lo) || (isKnownPersonNoun(t.lo) && !orgName && !ORG_KIND_BEFORE.has(t.lo)) || modified || beforeName)) { seenRole = true; lowerRole.unshift(t); p--; continue; }
      if (seenRole && (t.cap || (!FUNCTION_WORDS.has(t.lo) && !DETERMINERS.has(t.lo) && !SPEECH_VERBS.has(t.lo) && /^[a-z-]+$/.test(t.lo) && !t.lo.endsWith('ly')))) {
        if (!t.cap && (isVerbish(t.lo) || /ly$/.test(t.lo)) && !TITLE_PARTICIPLES.has(t.lo)) break;
        if (t.cap && (p === 0 || toks[p - 1]!.sent !== t.sent) && isCommonWord(t.lo) && !isTitleTok(t.lo)) break;
        lowerRole.unshift(t); p--; continue;
      }
      break;
    }
    if (lowerRole.length) p0 = lowerRole[0]!.s >= 0 ? p + 1 : i0;
  }
  const last = nameToks[nameToks.length - 1]!;
  const lastLo = last.lo.replace(/\.$/, '');
  const allLo = nameToks.map((t) => t.lo);
  // type
  let type: Mention['type'] = 'unknown';
  let personEvidence = false;
  let gender: Gender = null;
  const prefixLo = prefixToks.map((t) => t.lo.replace(/\.$/, ''));
  const roleLo = lowerRole.map((t) => t.lo);
  for (const p of prefixLo) {
    if (MALE_HON.has(p)) { gender = 'm'; personEvidence = true; }
    else if (FEMALE_HON.has(p)) { gender = 'f'; personEvidence = true; }
    else if (TITLE_WORDS.has(p) && !['first', 'former', 'chief', 'acting', 'deputy', 'assistant', 'executive'].includes(p)) personEvidence = true;
    // "Striker Leo Park": a person noun as the title says person, even when the surname is a place's
    else if (isPersonNoun(p) && !isGroupNoun(p) && prefixLo.length === 1 && nameToks.length >= 2) personEvidence = true;
  }
  if (department || placeFirstName) personEvidence = true;
  // (and a person noun right before the name by an ending no firm has: "Principal cellist Mireille
  // Dubois-Nakamura", "the historian Ines Vartan", where "carmaker" and "lender" may name firms)
  const nounBefore = toks[i0 - 1];
  // (or a member before a full name: "Fellow cast member Jean Ashworth"; "Nato member Hungary" is a country)
  // (not a party's creed: "backed the nationalist Plaid Cymru")
  if (nameToks.length >= 2 && nounBefore?.k === 'w' && !nounBefore.cap && !nounBefore.poss && nounBefore.sent === toks[i0]!.sent && ((/(?:ist|ian)$/.test(nounBefore.lo) && isPersonNoun(nounBefore.lo) && !CREEDS.test(nounBefore.lo)) || nounBefore.lo === 'member')) personEvidence = true;
  // (or a full name ending its sentence, set off after a role of something: "We put readers’ questions
  // to the council’s head of waste services, Olamide Fairbrother.")
  if (nameToks.length >= 2 && toks[i1]?.t === '.' && roleOfSetOffBefore(toks, i0)) personEvidence = true;
  for (const r of roleLo) {
    if (ROLE_NOUNS.has(r) || (isKnownPersonNoun(r) && !orgName)) personEvidence = true;
    if (ROLE_GENDER[r]) gender = ROLE_GENDER[r]!;
  }
  const ofAt = run.findIndex((t) => t.lo === 'of' || t.lo === 'for');
  const namedWithOf = ofAt > 0 && ORG_HEADS.has(run[ofAt - 1]!.lo);
  if (namedWithOf) {
    nameToks = run.slice(Math.min(k0, ofAt - 1));
    prefixToks = run.slice(0, Math.min(k0, ofAt - 1));
  }
  // (a body whose name reads like a title and a name is named whole: "Garda Síochána")
  if (prefixToks.length && isOrgWord(run.map((t) => t.lo).join(' '))) {
    nameToks = run;
    prefixToks = [];
  }
  // ("Winger Sam Church": a person's title and a first name outweigh a surname that heads organisations)
  const titledPerson = personEvidence && nameToks.length >= 2 && isFirstName(allLo[0]!);
  if (namedWithOf || run.some((t) => t.t === '&') || ((ORG_HEADS.has(lastLo) || PLURAL_ORG_HEADS.has(lastLo) || (CLUB_HEADS.has(lastLo) && nameToks.length >= 2)) && !titledPerson) || isOrgWord(allLo.join(' ')) || isOrgWord(run.map((t) => t.lo).join(' ')) || (nameToks.length === 1 && isAcronym(last.t) && !personEvidence)) type = 'org';
  // ("the Western Plains Local Health District", "Lakeside Unified School District": a district that
  // runs a service is a body, not a place)
  else if (lastLo === 'district' && nameToks.length > 1 && allLo.some((w) => SERVICE_DISTRICT_WORDS.has(w))) type = 'org';
  // (not a name set off after a person noun: "The city’s utilities director, Min-jun Park,")
  else if (PLACE_HEADS.has(lastLo) && nameToks.length > 1 && !personEvidence && !(isFirstName(allLo[0]!) && !isPlaceWord(allLo[0]!)) && !setOffAfterPersonNoun(toks, i0)) type = 'place';
  else if (nameToks.length > 1 && isPlaceWord(allLo.join(' ')) && !personEvidence) type = 'place';
  else if (nameToks.length === 1 && (isPlaceWord(lastLo) || isDemonym(lastLo)) && !personEvidence && !isFirstName(lastLo) && !(isSurnameLikePlace(lastLo) && verbFollows(toks, i1))) type = 'place';
  else if (nameToks.length > 1 && nameToks.every((t) => isPlaceWord(t.lo) || isDemonym(t.lo) || t.lo === 'new' || t.lo === 'north' || t.lo === 'south' || t.lo === 'united' || t.lo === 'east' || t.lo === 'west') && !personEvidence) type = 'place';
  else if (nameToks.length === 1 && isCommonWord(lastLo) && !personEvidence && !isFirstName(lastLo)) type = 'unknown';
  // ("Le Comptoir Benhadj", "La Pointe Rouge": a name of three words or more that opens with an article
  // of French, Spanish, Italian, German or Dutch is a place or a business, not a person; "Le Pen" is)
  if (type === 'unknown' && !personEvidence && nameToks.length >= 3 && FOREIGN_ARTICLES.has(allLo[0]!)) type = 'org';
  // (an Irish county after "Co": "Co Clare dairy farmer Eileen Moriarty")
  if ((toks[i0 - 1]?.t === 'Co' || toks[i0 - 1]?.t === 'Co.') && toks[i0 - 1]!.sent === run[0]!.sent && nameToks.length === 1) { type = 'place'; personEvidence = false; }
  // (a street named the way French, Spanish, Italian and Portuguese write it, its word in lower case:
  // "on rue Oberkampf", "calle Alcalá", "via Tornabuoni")
  // (not a name with a title or a given name: "put in place Gov. Ada Reed's order")
  if (STREET_WORDS_BEFORE.has(toks[i0 - 1]?.t ?? '') && toks[i0 - 1]!.sent === run[0]!.sent && STREET_PREPS.has(toks[i0 - 2]?.lo ?? '') && !prefixToks.length && !isFirstName(allLo[0]!)) { type = 'place'; personEvidence = false; }
  // (... or in capitals, opening the name: "on Rue Sainte-Anne", "Avenue Foch")
  // (after a preposition of where: not "Rue Barton, 54, opened the bar", "Quai d'Orsay said")
  else if (type === 'unknown' && !personEvidence && nameToks.length >= 2 && STREET_WORDS_BEFORE.has(allLo[0]!) && !isFirstName(allLo[1]!) && STREET_PREPS.has(toks[i0 - 1]?.lo ?? '') && toks[i0 - 1]!.sent === run[0]!.sent) type = 'place';
  if (type === 'org' && (ORG_HEADS.has(lastLo) || namedWithOf)) {
    personEvidence = false;
    gender = null;
    nameToks = run;
    prefixToks = [];
  }
  // (a name after "at" right after a person noun is where they work, whatever its first word: "a
  // cooper at Glen Torrach", "a nurse at Rose Hartley", "a senior nurse at ...")
  const nb = toks[i0 - 2];
  // (the trade with "a" or bare, "chief investment strategist at": not "A lunge by the defender at Tom
  // Banks", one particular defender)
  const tradeA = (k: number) => {
    while (k > i0 - 7 && toks[k]?.k === 'w' && !toks[k]!.cap && !FUNCTION_WORDS.has(toks[k]!.lo) && !DETERMINERS.has(toks[k]!.lo)) k--;
    return !/^(?:the|this|that|his|her|their|its|our|my|your)$/.test(toks[k]?.lo ?? '');
  };
  const workplace = type === 'unknown' && !personEvidence && !prefixToks.length && toks[i0 - 1]?.lo === 'at' && toks[i0 - 1]!.sent === run[0]!.sent && nb?.k === 'w' && !nb.cap && nb.sent === run[0]!.sent && (ROLE_NOUNS.has(nb.lo) || (isPersonNoun(nb.lo) && !isGroupNoun(nb.lo))) && tradeA(i0 - 3);
  if (workplace) type = 'org';
  if (type === 'unknown' || (personEvidence && type !== 'org')) {
    const first = nameToks[0]!.lo;
    if (nameToks.length >= 2 && isFirstName(first) && !isPlaceWord(lastLo)) { personEvidence = true; gender = nameGender(first) ?? gender; }
    if (personEvidence) type = 'person';
  }
  // person whose first token is an initial: "J. K. Smith"
  if (type === 'unknown' && nameToks.length >= 2 && /^\p{Lu}\.$/u.test(nameToks[0]!.t)) { type = 'person'; personEvidence = true; }
  // (not after a first name that is no place: "Sandra Pelham" is someone, whatever "Pelham" is)
  // (not a surname's particle the lexicon has as a place: "Marieke Van den Broeck")
  if (type === 'unknown' && nameToks.length >= 2 && nameToks.some((t, k) => (isPlaceWord(t.lo) && !(k > 0 && NAME_PARTICLES.has(t.lo))) || isAcronym(t.t)) && !(isFirstName(allLo[0]!) && !isPlaceWord(allLo[0]!))) type = 'org';
  // (a side's name ending in "Women" or "Men" is a team's, no person's: "Penmore Rovers Women")
  if (nameToks.length >= 2 && /^(?:women|men|ladies)$/.test(lastLo) && !personEvidence) type = 'org';
  // two or three unknown capitalised words doing the speaking ("Ade Bello agreed") are a person
  // (not the object of a preposition: "A spokesman for Network Rail said")
  const objectOfPrep = toks[i0 - 1]?.k === 'w' && !toks[i0 - 1]!.cap && toks[i0 - 1]!.sent === toks[i0]!.sent && POST_PREPS.has(toks[i0 - 1]!.lo);
  if (type === 'unknown' && nameToks.length >= 2 && nameToks.length <= 3 && !run[run.length - 1]!.poss && verbFollows(toks, i1) && strongSpeech(toks[i1]) && !objectOfPrep && !itReported(toks, i1)) { type = 'person'; personEvidence = true; }
  // ... and so are two or three that someone spoke or talked to, or sat down with ("He spoke to Efua
  // Mensah-Cole on Radio Eastfield’s Sportsdesk.", "sat down with independent candidate Folasade
  // Adeyemi-Clarke"), a hyphen or a given name in them; not a paper's or a station's
  if (type === 'unknown' && nameToks.length >= 2 && nameToks.length <= 3 && !run[run.length - 1]!.poss && spokeWithBefore(toks, i0) && (isFirstName(allLo[0]!) || nameToks[nameToks.length - 1]!.t.includes('-')) && !allLo.some((w) => isOrgWord(w) || ORG_HEADS.has(w) || PAPER_NAME_WORDS.test(w))) { type = 'person'; personEvidence = true; }
  // ... and so are a noun and a surname opening a sentence before a person's verb ("Ray Sutcliffe has
  // worked the paint line": the noun is a given name)
  if (type === 'unknown' && run.length === 2 && nameToks.length === 2 && (i0 === 0 || toks[i0 - 1]!.sent !== toks[i0]!.sent) && isCommonWord(allLo[0]!) && nounBeforeSurname(run[0]!, run[1], toks[i1])) { type = 'person'; personEvidence = true; }
  // ... and so are two or three set off after a person noun ("his striker, Ade Bello,")
  // (not a firm's name after what it is to someone, in a spokesman's description: "A spokesman for
  // the pub’s owner, Wearside Taverns, said")
  const firmAppositive = !isFirstName(allLo[0]!) && firmAppositiveAt(toks, i0);
  if (type === 'unknown' && nameToks.length >= 2 && nameToks.length <= 3 && toks[i0 - 1]?.t === ',' && toks[i0 - 2]?.k === 'w' && !toks[i0 - 2]!.cap && isPersonNoun(toks[i0 - 2]!.lo) && !isGroupNoun(toks[i0 - 2]!.lo) && !firmAppositive) { type = 'person'; personEvidence = true; }
  // (... or after a role with what it is of, even when a word of the name is also a place's:
  // "Sonari’s head of content, Mateus Albuquerque, said")
  if ((type === 'unknown' || (type === 'org' && !ORG_HEADS.has(lastLo))) && nameToks.length >= 2 && nameToks.length <= 3 && !run[run.length - 1]!.poss && toks[i1]?.t === ',' && roleOfSetOffBefore(toks, i0) && !firmAppositive) { type = 'person'; personEvidence = true; }
  // ... and so is one word set off after a relative ("Mr Albrecht’s wife, Helga, called"): a first name,
  // with the relative's gender
  if (type === 'unknown' && nameToks.length === 1 && !run[run.length - 1]!.poss && toks[i0 - 1]?.t === ',' && toks[i1]?.t === ',' && toks[i0 - 2]?.k === 'w' && !toks[i0 - 2]!.cap && toks[i0 - 2]!.lo in KIN) { type = 'person'; personEvidence = true; gender = KIN[toks[i0 - 2]!.lo] ?? gender; }
  // ... and so is the name someone gave, or went by ("One woman, who gave only her first name, Nour,
  // said", "a commander who gave his name as Tavik Orm", "a woman named Nour"), with the gender the
  // words give
  const given = nameGivenBefore(toks, i0);
  if (given && (type === 'unknown' || type === 'person') && nameToks.length <= 3 && !run[run.length - 1]!.poss) { type = 'person'; personEvidence = true; gender = gender ?? given.gender; }
  // ... and so is a name with an age set off after it ("Pachuau, 20, dedicated his goal")
  // (even one the lexicon files as a firm: "Ford, 19, scored both goals")
  // (or of two or three words none of which names a body: "Fatimetou Mint Salem, 39," whose last
  // word the lexicon knows as a city)
  // (not a team's name in a table, whose first word is a place's and whose last is plural or a
  // mascot's: "Toronto Raptors, 41,", "Miami Heat, 38,")
  const manyWordFirm = nameToks.length > 1 && (allLo.some((w) => isOrgWord(w) || ORG_HEADS.has(w)) || isPlaceWord(allLo[0]!) || /s$/.test(lastLo));
  if ((type === 'unknown' || (type === 'org' && (nameToks.length === 1 || !manyWordFirm) && !ORG_HEADS.has(lastLo))) && nameToks.length <= 3 && !run[run.length - 1]!.poss && agedAfter(toks, i1)) { type = 'person'; personEvidence = true; }
  // ... and so is one of four or five set off before a role ("said Mian Khurram Shahzad Sehgal,
  // chairman of the forum", "Datuk Seri Ahmad Zaki Rahman, the minister,"): no firm is a chairman
  if (type === 'unknown' && nameToks.length >= 4 && nameToks.length <= 5 && !run[run.length - 1]!.poss && toks[i1]?.t === ',' && roleSetOffAt(toks, i1 + 1)) { type = 'person'; personEvidence = true; }
  // (not a name with a particle in capitals: "Gráinne Mac Giolla Phádraig", "Órla Ní Bhriain Walsh")
  if (type === 'unknown' && nameToks.length >= 4 && !nameToks.some((t, k) => k > 0 && SURNAME_PARTICLES.has(t.lo))) type = 'org';
  // "the group Rent Fair Aldersby", "the airline SkyBharat": a name right after "the" and a noun for
  // a kind of organisation is that organisation's, whatever its words say
  // (... or after a word saying what kind, opening the sentence or after "the": "Restaurant chain
  // Birchwood Grill is closing", "the bakery chain Crumbwell")
  // (not a person's name after a word for a trade a person may follow: "the broadcaster Imogen
  // Tullis-Baird", "the developer Tom Reyes")
  const tradeBefore = PERSON_TRADES.has(toks[i0 - 1]?.lo ?? '') && nameToks.length >= 2 && nameToks.length <= 3 && (isFirstName(allLo[0]!) || /^\p{Lu}[\p{Ll}']+-\p{Lu}[\p{Ll}']+$/u.test(nameToks[nameToks.length - 1]!.t)) && !allLo.some((w) => isOrgWord(w) || ORG_HEADS.has(w));
  // (whatever verb of saying follows: "the rights group Open Witness said", when no given name opens it)
  if (type !== 'org' && (!personEvidence || (!isFirstName(allLo[0]!) && !nameToks.some((t) => isTitleTok(t.lo)) && ADVOCACY_KINDS.test(toks[i0 - 1]?.lo ?? '') && ofTheKind(toks, i0 - 1))) && !tradeBefore && ORG_KIND_BEFORE.has(toks[i0 - 1]?.lo ?? '') && !toks[i0 - 1]!.cap && toks[i0 - 1]!.sent === run[0]!.sent) {
    const d = toks[i0 - 2];
    const det = (t: Tok | undefined) => t?.lo === 'the' || t?.lo === 'a' || t?.lo === 'an';
    // (past a word or two more saying what kind: "The human rights group Tana Watch")
    const modsFrom = (k: number) => {
      while (k > i0 - 6 && toks[k]?.k === 'w' && !toks[k]!.cap && !toks[k]!.poss && !FUNCTION_WORDS.has(toks[k]!.lo) && toks[k]!.sent === run[0]!.sent) k--;
      return k;
    };
    // (or whose members it is, after "the": "of the underwriters’ association Baltic Marine Assurance")
    const membersOwn = !!d?.poss && !d.cap && /s$/.test(d.lo) && det(toks[i0 - 3]);
    const kindWord = d?.k === 'w' && d.sent === run[0]!.sent && (!d.poss || membersOwn) && !FUNCTION_WORDS.has(d.lo) && (toks[i0 - 3]?.sent !== d.sent || det(toks[i0 - 3]) || det(toks[modsFrom(i0 - 3)]));
    if (det(d) || kindWord) {
      type = 'org';
      personEvidence = false;
    }
  }
  // ... and so is one set off by commas after it ("His company, ColdCircle, has sold ...")
  // (past words saying what kind, opening the sentence: "The regional grid operator, Severnet, said")
  if (type !== 'org' && !personEvidence && toks[i0 - 1]?.t === ',' && ORG_KIND_BEFORE.has(toks[i0 - 2]?.lo ?? '') && !toks[i0 - 2]!.cap && toks[i0 - 2]!.sent === run[0]!.sent && toks[i1]?.t === ',') {
    let o = i0 - 3;
    while (o > i0 - 6 && toks[o]?.k === 'w' && !toks[o]!.cap && !toks[o]!.poss && !ORG_OWNERS.has(toks[o]!.lo) && !FUNCTION_WORDS.has(toks[o]!.lo) && toks[o]!.sent === run[0]!.sent) o--;
    // (the words opening the sentence, when they are more than the owner and the kind: not "Her
    // supervisor at the city transport company, Nenad Stojanović, says")
    if (ORG_OWNERS.has(toks[o]?.lo ?? '') && toks[o]!.sent === run[0]!.sent && (o === i0 - 3 || o === 0 || toks[o - 1]!.sent !== run[0]!.sent)) type = 'org';
  }
  // ("the camps along the Lusar river", "the Tekeze valley": a name before the lower-case word for a
  // river, a valley or a coast is the place's)
  if (type === 'unknown' && !personEvidence && toks[i1]?.k === 'w' && !toks[i1]!.cap && toks[i1]!.sent === run[0]!.sent && GEO_FEATURES.test(toks[i1]!.lo)) type = 'place';
  // "St. Barnabas Cathedral, Okpala,", "the Federal Medical Centre, Ogbeleku,": one word set off by
  // commas right after a place or institution's name is where it is
  if (type === 'unknown' && !personEvidence && nameToks.length === 1 && toks[i0 - 1]?.t === ',' && (toks[i1]?.t === ',' || toks[i1]?.t === '.') && toks[i0 - 2]?.k === 'w' && toks[i0 - 2]!.cap && toks[i0 - 2]!.sent === run[0]!.sent && (ORG_HEADS.has(toks[i0 - 2]!.lo) || PLACE_HEADS.has(toks[i0 - 2]!.lo) || INSTITUTION_HEADS.has(toks[i0 - 2]!.lo))) type = 'place';
  // ("Torvald Ekström of Lillebror Förlag in Malmö, calls": one word the lexicon does not know after a
  // name's "in", closing the phrase, is where the body is; not read so after a given name, "a
  // listener, Conor in Ballyrath,")
  if (type === 'unknown' && !personEvidence && nameToks.length === 1 && !prefixToks.length && !run[run.length - 1]!.poss && !isFirstName(nameToks[0]!.lo) && toks[i0 - 1]?.lo === 'in' && toks[i0 - 2]?.k === 'w' && toks[i0 - 2]!.cap && !isFirstName(toks[i0 - 2]!.lo) && toks[i0 - 2]!.sent === run[0]!.sent && (toks[i1]?.t === ',' || toks[i1]?.t === '.')) type = 'place';
  // ("an independent Speyside distillery", "a small Kentish brewery": one word between an article's
  // words and the thing they name says where it is from, no one's name)
  if (type === 'unknown' && !personEvidence && nameToks.length === 1 && !prefixToks.length && !run[run.length - 1]!.poss) {
    const nx = toks[i1];
    let d = i0 - 1;
    while (d > i0 - 3 && toks[d]?.k === 'w' && !toks[d]!.cap && !FUNCTION_WORDS.has(toks[d]!.lo) && lexTagsOf(toks[d]!.lo).includes('Adjective') && toks[d]!.sent === run[0]!.sent) d--;
    if (/^(?:a|an)$/.test(toks[d]?.lo ?? '') && toks[d]!.sent === run[0]!.sent && nx?.k === 'w' && !nx.cap && nx.sent === run[0]!.sent && !isVerbish(nx.lo) && !SPEECH_VERBS.has(nx.lo) && !AUXILIARIES.has(nx.lo) && !isPersonNoun(nx.lo) && !ROLE_NOUNS.has(nx.lo) && !FUNCTION_WORDS.has(nx.lo)) type = 'place';
  }
  // ("Ruth Nyambura, an analyst at Savanna Metrics, says": a name right after a job's "at" is where
  // the job is, a firm, whatever first name its first word may be; not when a title says person)
  // (the job set off as the person's: ", an analyst at", ", a senior economist at"; not "a lunge by
  // the defender at Tom Banks")
  const jobAt = () => {
    let d = i0 - 3;
    while (d > i0 - 6 && toks[d]?.k === 'w' && !toks[d]!.cap && !FUNCTION_WORDS.has(toks[d]!.lo) && !DETERMINERS.has(toks[d]!.lo)) d--;
    return (toks[d]?.lo === 'a' || toks[d]?.lo === 'an') && toks[d - 1]?.t === ',' && toks[d - 1]!.sent === run[0]!.sent;
  };
  if ((type === 'person' || type === 'unknown') && nameToks.length >= 2 && !prefixToks.length && toks[i0 - 1]?.lo === 'at' && toks[i0 - 2]?.k === 'w' && !toks[i0 - 2]!.cap && toks[i0 - 2]!.sent === run[0]!.sent && (ROLE_NOUNS.has(toks[i0 - 2]!.lo) || isKnownPersonNoun(toks[i0 - 2]!.lo)) && !isGroupNoun(toks[i0 - 2]!.lo) && isCommonWord(nameToks[nameToks.length - 1]!.lo) && jobAt()) {
    type = 'org';
    personEvidence = false;
  }
  // ("Wanjiru Kamau-Odhiambo, who represents Nyando, said": what someone represents in a parliament
  // or a council is a place, one word the lexicon does not know)
  // (not a client: "Sunita Rao, who represents Ferreira, said he would appeal", in a paragraph of
  // lawyers and courts)
  const legal = () => toks.some((t) => t.k === 'w' && /^(?:lawyer|lawyers|solicitor|solicitors|attorney|attorneys|counsel|barrister|advocate|client|clients|court|appeal|trial|tribunal|defendant|accused|charges|charged|case)$/.test(t.lo));
  if (type === 'unknown' && !personEvidence && nameToks.length === 1 && /^(?:represents|represented|representing|represent)$/.test(toks[i0 - 1]?.lo ?? '') && (toks[i0 - 2]?.lo === 'who' || (/^(?:has|had|have)$/.test(toks[i0 - 2]?.lo ?? '') && toks[i0 - 3]?.lo === 'who')) && toks[i0 - 1]!.sent === run[0]!.sent && (toks[i1]?.t === ',' || toks[i1]?.t === '.' || (toks[i1]?.k === 'w' && !toks[i1]!.cap && toks[i1]!.sent === run[0]!.sent && FUNCTION_WORDS.has(toks[i1]!.lo))) && !isFirstName(nameToks[0]!.lo) && !legal()) type = 'place';
  // "Pellucid, the cloud storage company, said": an organisation noun set off right after the name
  if (type === 'unknown' && toks[i1]?.t === ',' && toks[i1 + 1]?.k === 'w' && /^(?:the|a|an|another)$/.test(toks[i1 + 1]!.lo)) {
    for (let k = i1 + 2; k <= i1 + 6 && k < toks.length; k++) {
      const t = toks[k]!;
      if (t.k !== 'w' || t.cap || t.poss || t.sent !== toks[i1]!.sent) break;
      // (or ending the sentence: "according to Tidewell, the housing charity.")
      if ((ORG_HEADS.has(t.lo) || ORG_KIND_BEFORE.has(t.lo)) && !ROLE_NOUNS.has(t.lo) && (toks[k + 1]?.t === ',' || (toks[k + 1]?.t === '.' && toks[k + 1]!.sent === t.sent))) { type = 'org'; break; }
      if (FUNCTION_WORDS.has(t.lo)) break;
    }
  }
  // ("a three-year-old cockapoo called Biscuit", "a boat named Sea Breeze": a name given to
  // something that is no person is no one's)
  if (!personEvidence && !prefixToks.length && !isFirstName(allLo[0]!) && nameGivenToThing(toks, p0)) type = 'org';
  // ("Qureshi’s Confectionery supplies 600 shops", "Allcott’s Hardware": one word a trade is called
  // by, after an owner's name, is the owner's business)
  if (type === 'unknown' && !personEvidence && nameToks.length === 1 && !prefixToks.length && !isFirstName(allLo[0]!) && TRADE_WORDS.test(allLo[0]!) && toks[i0 - 1]?.k === 'w' && toks[i0 - 1]!.cap && toks[i0 - 1]!.poss && toks[i0 - 1]!.sent === run[0]!.sent) type = 'org';
  /** a verb right after the name, past an adverb: "the firm Nowak built", "the company Brandt now runs" (the name is its subject) */
  const verbAfterName = () => {
    let k = i1;
    if (toks[k]?.k === 'w' && isAdv(toks[k]) && toks[k]!.sent === run[0]!.sent) k++;
    const v = toks[k];
    return v?.k === 'w' && !v.cap && v.sent === run[0]!.sent && (isVerbish(v.lo) || pastTenseAt(toks, k) || /ed$/.test(v.lo) || lexTagsOf(v.lo).some((x) => x === 'PastTense' || x === 'PresentTense' || x === 'Infinitive'));
  };
  // ("the annual meeting of the utility Severnmouth Water", "shares in the carmaker Tata Motors": a
  // name right after "the" and a firm's word is that firm; not a word for someone, "the broadcaster
  // Imogen Tullis-Baird")
  if (type === 'unknown' && !personEvidence && !prefixToks.length && !isFirstName(allLo[0]!) && toks[i0 - 2]?.lo === 'the' && FIRM_WORDS_BEFORE_NAME.has(toks[i0 - 1]?.t ?? '') && toks[i0 - 1]!.sent === run[0]!.sent && toks[i0 - 2]!.sent === run[0]!.sent && !verbAfterName()) type = 'org';
  // "On Marsh Lane, a man in his sixties ...": a name in the place's phrase that opens the sentence,
  // set off by a comma, is that place, and what follows the comma is the sentence's subject, not a
  // description of it
  // (only a name with no given name in it, and only when what follows the comma is someone or
  // something brought in as anyone and runs on to its verb: not "Near Tamsin Holt, a nurse, the
  // patients waited", "Behind Mensah, a 34-year-old nurse, the queue stretched", "In Kamara, City
  // have found a leader", "In Okonjo, the party has chosen a fighter")
  const opening = toks[p0 - 1];
  const runsToVerb = () => {
    const d = toks[i1 + 1];
    // (or "the" before a word for a person: "In Kibera, the mother of four said")
    const thePerson = d?.lo === 'the' && [2, 3, 4].some((n) => toks[i1 + n]?.k === 'w' && !toks[i1 + n]!.cap && isKnownPersonNoun(toks[i1 + n]!.lo) && !isGroupNoun(toks[i1 + n]!.lo));
    if (d?.k !== 'w' || d.cap || d.sent !== opening!.sent || !(d.lo === 'a' || d.lo === 'an' || thePerson || (!FUNCTION_WORDS.has(d.lo) && !DETERMINERS.has(d.lo)))) return false;
    for (let k = i1 + 2; k < toks.length && k <= i1 + 16 && toks[k]!.sent === d.sent; k++) {
      const t = toks[k]!;
      if (t.t === ',' || t.k === 'q' || t.cap) return false;
      if (t.k === 'w' && (strongSpeech(t) || (isVerbish(t.lo) && !isNounish(t.lo)))) return true;
    }
    return false;
  };
  if (!personEvidence && type !== 'org' && !prefixToks.length && toks[i1]?.t === ',' && opening?.k === 'w' && opening.cap && OPENING_PLACE_PREPS.has(opening.lo) && opening.sent === run[0]!.sent && (p0 - 1 === 0 || toks[p0 - 2]!.sent !== opening.sent) && !nameToks.some((t) => isFirstName(t.lo)) && runsToVerb()) type = 'place';
  const nameTokStrs = nameToks.map((t) => t.t);
  const poss = run[run.length - 1]!.poss;
  // title and affiliation
  const titleParts: string[] = [];
  const affParts: string[] = [];
  for (const t of [...lowerRole, ...prefixToks]) {
    const lo = t.lo.replace(/\.$/, '');
    if (MALE_HON.has(lo) || FEMALE_HON.has(lo)) continue;
    if (TITLE_WORDS.has(lo) || ROLE_NOUNS.has(lo) || TITLE_MODIFIERS.has(lo) || (!t.cap && !isDemonym(lo)) || (t.cap && lowerRole.includes(t) && isKnownPersonNoun(lo))) titleParts.push(t.t);
    else affParts.push(t.t);
  }
  // ("Member of Parliament Claudette Ferguson-Bailey" is an MP, "Member of the Legislative Assembly
  // ..." an MLA: the letters a story goes on to call them by)
  if (titleBefore && prefixToks.length) {
    const house = prefixToks.map((t) => t.lo).join(' ');
    const letters = house === 'parliament' || house === 'house of commons' ? 'MP' : house === 'legislative assembly' ? 'MLA' : house === 'scottish parliament' ? 'MSP' : house === 'european parliament' ? 'MEP' : null;
    const member = toks[toks[i0 - 1]?.lo === 'the' ? i0 - 3 : i0 - 2];
    if (letters && member?.lo === 'member') titleParts.push(letters);
  }
  // keep the text order for title
  const startTok = toks[p0]!;
  const firstRef = (poss ? '' : '') + (startTok.s < nameToks[0]!.s ? '' : '');
  const textOf = (a: number, b: number) => toks.slice(a, b).map((t) => t.t).join(' ');
  const fr = textOf(p0, i1);
  void firstRef;
  const lastTok = toks[i1 - 1]!;
  // subject position: not preceded by a preposition, followed by a lower-case word or an appositive
  let before = toks[p0 - 1];
  // "of St Aidan's Primary": a possessed name is where its possessor is
  if (before?.poss && before.cap) {
    let b = p0 - 1;
    while (b > 0 && toks[b - 1]!.k === 'w' && toks[b - 1]!.cap && toks[b - 1]!.sent === before.sent) b--;
    before = toks[b - 1];
  }
  // (past an acronym in brackets: "The ruling Progressive Unity Congress (PUC) has cancelled")
  const after = toks[i1]?.t === '(' && toks[i1 + 1]?.k === 'w' && isAcronym(toks[i1 + 1]!.t) && toks[i1 + 2]?.t === ')' ? toks[i1 + 3] : toks[i1];
  // ("According to Priya Shah, an analyst at ..., the warning was worse": the source the sentence
  // opens with is who it reports, as a subject is)
  const accordingOpening = before?.lo === 'to' && toks[p0 - 2]?.lo === 'according' && toks[p0 - 2]!.sent === before.sent && (p0 - 2 === 0 || toks[p0 - 3]!.sent !== before.sent);
  // (or one past the words naming what it is, after "of": "commercial director of Dutch second-tier
  // club FC Zeewolde Haven, which ..., said")
  const ofBefore = (): boolean => {
    if (!before || before.k !== 'w' || before.cap || FUNCTION_WORDS.has(before.lo) || !ORG_HEADS.has(before.lo)) return false;
    for (let b = p0 - 2; b >= 0 && p0 - b <= 5; b--) {
      const w = toks[b]!;
      if (w.k !== 'w' || w.sent !== before.sent || w.poss) return false;
      if (w.lo === 'of' || w.lo === 'for' || w.lo === 'at') return true;
      if (FUNCTION_WORDS.has(w.lo) || (!w.cap && isVerbish(w.lo) && !isNounish(w.lo))) return false;
    }
    return false;
  };
  // (the agent of a passive is who did it, as a subject is: "The result was welcomed by Professor Aiko
  // Matsushita, ..., though she cautioned that ...")
  const agent = !!before && before.lo === 'by' && /^(?:welcomed|praised|criticised|criticized|condemned|questioned|challenged|disputed|rejected|dismissed|backed|supported|opposed|hailed|attacked|endorsed|described)$/.test(toks[p0 - 2]?.lo ?? '') && /^(?:was|were|been|is|are)$/.test(toks[p0 - 3]?.lo ?? '') && toks[p0 - 3]!.sent === before.sent && (toks[p0 - 2]?.lo ?? '') !== 'accompanied' && (toks[p0 - 2]?.lo ?? '') !== 'joined' &&
    // (of a thing, not a person, who stays the one the sentence is about: "Temitope Adeyemi-Cole was
    // coached by Joanna Baptiste")
    toks[p0 - 4]?.k === 'w' && !toks[p0 - 4]!.cap && toks[p0 - 4]!.sent === before.sent && !isPersonNoun(toks[p0 - 4]!.lo) && !FUNCTION_WORDS.has(toks[p0 - 4]!.lo) &&
    // (a thing the lexicon knows, not "The 19-year-old", "The mother-of-two"; and a person, not "was
    // condemned by Amnesty International")
    !/[-\d]/.test(toks[p0 - 4]!.lo) && isNounish(toks[p0 - 4]!.lo) && (type === 'person' || personEvidence);
  const prepBefore = !accordingOpening && !agent && !!before && before.k === 'w' && ((!before.cap && FUNCTION_WORDS.has(before.lo) && !['and', 'but', 'then', 'also', 'so', 'yet', 'that', 'when', 'while', 'as', 'because', 'if', 'although', 'though', 'after', 'before', 'since', 'until', 'where', 'who'].includes(before.lo)) || ofBefore());
  const subj = !poss && !prepBefore && type !== 'place' && !!after && (agent || (after.k === 'w' && !after.cap && !FUNCTION_WORDS.has(after.lo) && !/^\p{N}/u.test(after.t)) || after.t === ',' || (after.k === 'w' && AUX_ADVERBS.has(after.lo))) && !inAskedOpening(toks, p0);
  const lowerToks = nameTokStrs.map((x) => x.toLowerCase().replace(/[\u2019]/g, "'").replace(/\.$/, ''));
  const title = titleParts.length ? titleParts.join(' ') : null;
  return {
    i0: p0, i1, n0: i0 + (run.length - nameToks.length),
    name: nameTokStrs.join(' '), tokens: nameTokStrs, lower: lowerToks, key: lowerToks.join(' '),
    titleWords: title ? title.split(/\s+/).map((x) => x.toLowerCase().replace(/[\u2019]/g, "'").replace(/\.$/, '')) : [], firstRef: fr.replace(/\s+([,.])/g, '$1'),
    title: titleParts.length ? titleParts.join(' ') : null,
    affiliation: affParts.length ? affParts.join(' ') : null,
    type, personEvidence, gender, poss, subj, sent: toks[i0]!.sent,
    start: nameToks[0]!.s, end: lastTok.e,
  };
}

// ---------------------------------------------------------------------------------------------
// Cues

const NONE: LocalCue = { ref: 'none', mention: -1, gender: null, roleHead: null, text: null, cue: null, at: -1 };

interface Ctx {
  text: string;
  toks: Tok[];
  mentions: Mention[];
  /** mention index by frame token index (for any token inside a mention's name part) */
  mentionAt: Int32Array;
  /** mention index whose prefix (title / role words) covers this token */
  modOf: Int32Array;
  quotes: RawQuote[];
  /** the first token after a wire dateline ("ALMENARA, Spain — "), else 0 (and 0 when the dateline is all there is) */
  opening: number;
}

export function isVerbish(lo: string): boolean {
  if (SPEECH_VERBS.has(lo)) return true;
  let t = lexTagsOf(lo);
  // (British spelling, which the lexicon lacks: "recognises", "apologised" as "recognizes", "apologized")
  if (!t.length && /is(?:e|es|ed|ing)$/.test(lo)) t = lexTagsOf(lo.replace(/is(e|es|ed|ing)$/, 'iz$1'));
  if (t.some((x) => x === 'PastTense' || x === 'PresentTense' || x === 'Infinitive' || x === 'Copula' || x === 'Modal' || x === 'Gerund')) return !t.some((x) => x === 'Singular' || x === 'Plural' || x === 'Noun');
  return false;
}

function isAppositiveStart(first: Tok): boolean {
  if (first.k !== 'w') return false;
  // party and state after a US politician's name: "R-Ky.", "D-Calif."
  if (/^[RDI]-\p{Lu}/u.test(first.t)) return true;
  if (/^\p{N}/u.test(first.t)) return true;
  if (first.cap) return false;
  if (first.lo.endsWith('ing') && first.lo.length > 4) return true;
  // a participle phrase: "Doe, asked about the deal, said", "Doe, pressed by reporters, said"
  if (first.lo.endsWith('ed') && first.lo.length > 4 && isVerbish(first.lo) && !isNounish(first.lo)) return true;
  return DETERMINERS.has(first.lo) || ['who', 'which', 'of', 'then', 'now', 'herself', 'himself', 'also', 'too', 'for', 'from', 'at', 'in', 'with', 'whose', 'once', 'like', 'both', 'still', 'already', 'its', 'until', 'after', 'as'].includes(first.lo) || /^(?:former|chief|senior|longtime|deputy|acting|then-)/.test(first.lo) || ROLE_NOUNS.has(first.lo) || first.lo.endsWith('ly') ||
    // (a role with no determiner: "Ann Park, head of research at Brightwater Bank, said")
    first.lo === 'head' || isTitleTok(first.lo) ||
    // (or a role with a prefix: "Diane Lathbury, vice-chancellor of Castlegate University, said",
    // "co-founder", "pro-vice-chancellor")
    (/^(?:vice|co|pro|deputy|joint|assistant)-/.test(first.lo) && ROLE_NOUNS.has(first.lo.split('-').pop()!));
}

/** The segment from token `s` to token `k` opens with a role with no article, after a word or two in
 * lower case of what it covers, and ends there or goes on with what it is of: "home affairs spokesman
 * for the opposition Citizens’ Union parliamentary group" set off after "Konstantin Adeyemi-Roth,". */
function bareRoleOpening(toks: Tok[], s: number, k: number): boolean {
  for (let r = s + 1; r <= s + 2 && r <= k; r++) {
    if (toks.slice(s, r).some((w) => w.k !== 'w' || w.cap || FUNCTION_WORDS.has(w.lo) || SPEECH_VERBS.has(w.lo))) return false;
    if (toks[r]!.k === 'w' && !toks[r]!.cap && ROLE_NOUNS.has(toks[r]!.lo) && (r === k || /^(?:for|of|at|with|to)$/.test(toks[r + 1]?.lo ?? ''))) return true;
  }
  return false;
}

/** Who does the speaking in "... to call him X": the nearest name in the clause followed by its own
 * verb ("with Doe taking to Twitter to call ..."); else the sentence's subject, as a guess ("Doe
 * asked Roe to call ..." could be either). */
function infinitiveSubject(ctx: Ctx, sent: number, to: number): LocalCue | null {
  const { toks } = ctx;
  // "asked Roe to call": the one asked may be the one calling
  let objectBefore = false;
  for (let m = to - 1; m >= 0 && to - m <= 16; m--) {
    const t = toks[m]!;
    if (t.sent !== sent || t.k === 'q' || t.t === ';' || t.t === ':') break;
    const mi = ctx.mentionAt[m]!;
    if (mi < 0 || ctx.mentions[mi]!.i1 - 1 !== m) continue;
    const mm = ctx.mentions[mi]!;
    let n = m + 1;
    while (isAdv(toks[n]) && toks[n]!.lo !== 'to') n++;
    const nx = toks[n];
    const pre = toks[mm.i0 - 1];
    if (m + 1 === to && pre?.k === 'w' && !pre.cap && isVerbish(pre.lo)) objectBefore = true;
    if (nx && nx.k === 'w' && !nx.cap && nx.lo !== 'to' && (isVerbish(nx.lo) || /ing$/.test(nx.lo))) {
      if (mm.type === 'place' || mm.poss) return null;
      return { ...NONE, ref: mm.type === 'org' ? 'org' : 'name', mention: mi, at: m, text: mm.name, weak: objectBefore };
    }
  }
  const r = mainSubject(ctx, sent, to);
  // (the formula that keeps a source unnamed is theirs alone: "a security official who was not
  // authorised to speak publicly said:")
  if (r && /^(?:authori[sz]ed|allowed|permitted|cleared|entitled|empowered)$/.test(toks[to - 1]?.lo ?? '') && toks[to - 1]!.sent === sent) return r;
  return r ? { ...r, weak: true } : null;
}

/** Words for a time after "that" ("hit back that evening"): a time, not what was said. */
const TIME_AFTER_THAT = /^(?:morning|afternoon|evening|night|day|week|weekend|month|season|year|half|time|same)$/;
/** Verbs that with "back" are a retort ("shot back", "hit back", "fired back"). */
const RETORT_VERBS = new Set(['shot', 'shoots', 'hit', 'hits', 'fired', 'fires', 'snapped', 'snaps', 'struck', 'strikes', 'bit', 'bites', 'pushed', 'pushes']);
const SET_OFF_PARTICIPLES = new Set(['sent', 'written', 'given', 'made', 'held', 'seen', 'drawn', 'taken', 'brought', 'built', 'kept', 'known', 'shown', 'put', 'set', 'read', 'found', 'drafted', 'hidden', 'begun', 'run', 'won', 'lost', 'struck', 'sworn', 'spoken']);
/** Tokens a..b (inclusive) modify a subject: no finite verb, quote or clause edge ("carrying placards",
 * "displaced by the flood", "from the north"). */
function onlyModifiers(toks: Tok[], a: number, b: number): boolean {
  if (b - a > 8) return false;
  /** inside a phrase a participle opened ("Protesters, many carrying photographs of detained
   * relatives, chanted"): its object's words, whatever they look like */
  let participle = false;
  for (let m = a; m <= b; m++) {
    const t = toks[m]!;
    if (t.k === 'q' || (t.k === 'p' && t.t !== ',')) return false;
    if (t.t === ',') participle = false;
    if (t.k !== 'w' || t.cap) continue;
    // ("Doe, quoted by the Herald, said": a participle with its agent modifies the subject)
    if (/ed$/.test(t.lo) && toks[m + 1]?.lo === 'by' && m > a && toks[m - 1]?.t === ',') continue;
    // ("the platforms named in the report": a participle of naming after its noun, no verb of saying)
    const namedIn = t.lo === 'named' && m > a && toks[m - 1]!.k === 'w' && POST_PREPS.has(toks[m + 1]?.lo ?? '');
    if (AUXILIARIES.has(t.lo) || t.lo === 'that' || t.lo === 'and' || t.lo === 'but' || (SPEECH_VERBS.has(t.lo) && !namedIn)) return false;
    if (participle) continue;
    if (/ing$/.test(t.lo) && m > a && toks[m - 1]!.k === 'w' && QUANTIFIERS.has(toks[m - 1]!.lo) && toks[m - 2]?.t === ',') participle = true;
    if (/ing$/.test(t.lo) || (/ed$/.test(t.lo) && POST_PREPS.has(toks[m + 1]?.lo ?? '')) || toks[m + 1]?.lo === 'by') continue;
    // (an irregular participle opening a phrase set off by commas: "The offer document, sent to
    // shareholders last week, states", "The letter, written in 1963, says")
    if (SET_OFF_PARTICIPLES.has(t.lo) && toks[m - 1]?.t === ',') continue;
    // (a word right after a determiner is a noun: "familiar with the plans")
    if (isVerbish(t.lo) && !isNounish(t.lo) && !(m > a && toks[m - 1]!.k === 'w' && DETERMINERS.has(toks[m - 1]!.lo) && toks[m - 1]!.lo !== 'that')) return false;
  }
  return true;
}
/** The mention is the object of a verb in a relative clause ("who treated Ellis Ward"). */
function objectInRelative(ctx: Ctx, mi: number): boolean {
  const { toks } = ctx;
  const m = ctx.mentions[mi];
  if (!m) return false;
  const v = toks[m.i0 - 1];
  if (v?.k !== 'w' || v.cap || v.sent !== m.sent || FUNCTION_WORDS.has(v.lo) || SPEECH_VERBS.has(v.lo) || !isVerbish(v.lo)) return false;
  for (let k = m.i0 - 2; k >= 0 && m.i0 - k <= 5; k--) {
    const t = toks[k]!;
    if (t.k !== 'w' || t.sent !== m.sent) return false;
    if (t.lo === 'who' || t.lo === 'that') return true;
  }
  return false;
}

/** Tokens a..b are a short relative clause ("who lives nearby", "that left"), maybe after
 * modifiers ("of the delegation that left"): no punctuation, quote or verb of saying in it. */
function relativeModifier(toks: Tok[], a: number, b: number): boolean {
  if (b - a > 12) return false;
  let r = a;
  while (r <= b && !(toks[r]!.k === 'w' && (toks[r]!.lo === 'who' || toks[r]!.lo === 'that'))) r++;
  if (r > b || r === b || b - r > 6) return false;
  if (r > a && !onlyModifiers(toks, a, r - 1)) return false;
  for (let m = r + 1; m <= b; m++) {
    const t = toks[m]!;
    if (t.k !== 'w' || SPEECH_VERBS.has(t.lo) || t.lo === 'that' || t.lo === 'who' || t.lo === 'and' || t.lo === 'but') return false;
  }
  return true;
}
/** Prepositions after a source that say whose source it is ("a spokesman for", "an official at"). */
const AFFILIATION_PREPS = new Set(['for', 'of', 'at', 'from', 'with']);
/** Auxiliaries and modals, the verb of a clause of its own ("the turbines would be visible"). */
export const AUXILIARIES = new Set(['is', 'was', 'are', 'were', 'has', 'had', 'have', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'be', 'been']);
const HYPOTHETICAL = new Set(['would', 'could', 'might', 'may', 'should', 'not', "n't", 'never']);
const TELL_FORMS = new Set(['tell', 'tells', 'told', 'telling']);
/** Verbs of saying that take the one they speak of or to as their object and never stand before
 * their own subject ("thanked the authorities", "praised the crews"): no inverted "said X". */
const OBJECT_FIRST_VERBS = /^(?:thank|thanks|thanked|praise|praises|praised|criticise|criticises|criticised|criticize|criticizes|criticized|blame|blames|blamed|welcome|welcomes|welcomed|condemn|condemns|condemned|hail|hails|hailed|congratulate|congratulates|congratulated|applaud|applauds|applauded)$/;
/** Verbs of believing, which report what someone thinks, not words they said. */
const BELIEF_VERBS = /^(?:believe|believes|believed|think|thinks|thought|suspect|suspects|suspected|fear|fears|feared)$/;
const isSpeechVerb = (t: Tok | undefined) => !!t && t.k === 'w' && !t.cap && SPEECH_VERBS.has(t.lo);
// (not a noun in -ly: "his family said", "the assembly said")
const isAdv = (t: Tok | undefined) => !!t && t.k === 'w' && !t.cap && (AUX_ADVERBS.has(t.lo) || (/ly$/.test(t.lo) && t.lo.length > 4 && !ROLE_NOUNS.has(t.lo) && !GROUP_NOUNS.has(t.lo) && !ORG_HEADS.has(t.lo) && !NOUNS_IN_LY.has(t.lo)));
const NOUNS_IN_LY = new Set(['family', 'families', 'ally', 'rally', 'assembly', 'supply', 'monopoly', 'anomaly', 'bully', 'belly', 'folly', 'jelly', 'homily', 'melancholy']);

/** Forms of "be" that make a following past participle passive. */
const BE_FORMS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being']);
/** Irregular past participles of speech verbs (regular ones end in -ed). */
const IRREGULAR_PARTICIPLES = new Set(['told', 'said', 'written', 'spoken', 'heard', 'shown', 'given', 'read', 'sworn', 'sung', 'taught', 'thought', 'known']);
/** The speech verb at v is passive ("was called", "has been accused", "is widely described"): its
 * subject is the one spoken of, not the one speaking. */
function passiveAt(toks: Tok[], v: number): boolean {
  const tv = toks[v];
  if (tv?.k !== 'w' || !(/ed$/.test(tv.lo) || IRREGULAR_PARTICIPLES.has(tv.lo))) return false;
  for (let k = v - 1; k >= 0 && toks[k]!.sent === tv.sent && isAdv(toks[k]); k--) if (BE_FORMS.has(toks[k]!.lo)) return true;
  return false;
}
/** The agent of a passive speech verb at v: "was called "a fraud" by Doe" -> Doe (the same sentence,
 * no clause edge between). */
function passiveAgent(ctx: Ctx, v: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  for (let m = v + 1; m < toks.length && m - v <= 14; m++) {
    const t = toks[m]!;
    if (t.sent !== sent || CLAUSE_EDGE.has(t.t)) return null;
    if (t.k === 'w' && t.lo === 'by') {
      const r = refStartingAt(ctx, m + 1, sent);
      return r && r.ref !== 'none' ? r : null;
    }
  }
  return null;
}

/** "Judge Ruth Bellingham then intervened. JUDGE: “…”": a role as a transcript labels it, opening a
 * sentence in the middle of a paragraph, is whoever the story named in that role. */
function roleLabelAt(toks: Tok[], j: number): LocalCue | null {
  const t = toks[j];
  if (t?.k !== 'w' || toks[j + 1]?.t !== ':' || t.t.length < 4 || t.t !== t.t.toUpperCase() || (j > 0 && toks[j - 1]!.sent === t.sent) || !(ROLE_NOUNS.has(t.lo) || TITLE_WORDS.has(t.lo))) return null;
  // (whoever holds the role, else that role unnamed, as a transcript's label is: "DETECTIVE:" after a
  // suspect was named is no one the story named)
  return { ...NONE, ref: 'described', roleHead: t.lo, gender: ROLE_GENDER[t.lo] ?? null, text: t.lo, at: j, label: true };
}

/** A referring expression ending at token index j (inclusive), scanning backwards. */
function refEndingAt(ctx: Ctx, j: number, sent: number, depth = 0): LocalCue | null {
  const { toks } = ctx;
  const t = toks[j];
  if (!t || t.sent !== sent) return null;
  if (depth === 0) {
    const doc = documentOpening(toks, j, sent);
    if (doc) return doc;
  }
  {
    const label = roleLabelAt(toks, j);
    if (label) return label;
  }
  // ("her Honour said": a judge addressed by the form of address: the judge the story named, else a
  // judge unnamed, for review, as a transcript's label is)
  if (t.k === 'w' && (t.lo === 'honour' || t.lo === 'honor') && /^(?:her|his)$/.test(toks[j - 1]?.lo ?? '') && toks[j - 1]!.sent === sent) return { ...NONE, ref: 'described', roleHead: 'judge', text: 'judge', gender: toks[j - 1]!.lo === 'her' ? 'f' : 'm', at: j, label: true };
  if (t.k === 'w') {
    if (!t.cap || t.lo === 'he' || t.lo === 'she' || t.lo === 'it') {
      if (PRONOUNS_M.has(t.lo) && (t.lo === 'he')) return { ...NONE, ref: 'pronoun', gender: 'm', at: j, text: t.t };
      if (orgPronounAt(toks, j)) return { ...NONE, ref: 'org', at: j, text: 'it' };
      // ("“…,” its statement said": the organisation "it" means)
      if (STATEMENT_NOUNS.has(t.lo) && toks[j - 1]?.lo === 'its' && toks[j - 1]!.sent === sent) return { ...NONE, ref: 'org', at: j - 1, text: 'it' };
      // ("Its final chapter reads:", "Its conclusion says": a part of the document "it" means)
      if (DOCUMENT_PARTS.has(t.lo)) {
        const o = /^(?:final|opening|closing|last|first|concluding|executive)$/.test(toks[j - 1]?.lo ?? '') ? j - 2 : j - 1;
        if (toks[o]?.lo === 'its' && toks[o]!.sent === sent && o > 0 && toks[o - 1]!.sent === sent - 1 && documentAloneBefore(toks, sent - 1)) return { ...NONE, ref: 'org', at: o, text: 'it' };
      }
      if (t.lo === 'she') return { ...NONE, ref: 'pronoun', gender: 'f', at: j, text: t.t };
      if (t.lo === 'who') {
        // relative: "X, who said" / "X who said"
        let k = j - 1;
        // (past an appositive to the name before it: "Andras Kovacs-Remy, a spokesman for the
        // foreign ministry, who told Reuters")
        if (toks[k]?.t === ',' && depth === 0) {
          const a = refEndingAt(ctx, k, sent, depth + 1);
          if (a && a.ref === 'name') return { ...a, cue: 'relative' };
        }
        if (toks[k]?.t === ',') k--;
        const r = refEndingAt(ctx, k, sent, depth + 1);
        // (an unnamed one set off after a name is that name: "Viktor Halloway, a critic who has called
        // bestseller lists “…”")
        if (r?.ref === 'described' && r.text?.endsWith('(unnamed)')) {
          let a = k;
          while (a > 0 && k - a <= 4 && toks[a]!.k === 'w' && !toks[a]!.cap && !/^(?:a|an)$/.test(toks[a]!.lo) && toks[a]!.sent === sent) a--;
          const mi = /^(?:a|an)$/.test(toks[a]?.lo ?? '') && toks[a - 1]?.t === ',' ? (ctx.mentionAt[a - 2] ?? -1) : -1;
          const m = mi >= 0 ? ctx.mentions[mi]! : null;
          if (m && m.i1 === a - 1 && !m.poss && (m.type === 'person' || m.personEvidence || (m.type === 'unknown' && m.tokens.length >= 2))) return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name, cue: 'relative' };
        }
        if (r && r.ref !== 'pronoun') return { ...r, cue: 'relative' };
        return null;
      }
      // ("organised by the Committee of Families, which said in a statement that ...": an
      // organisation's relative clause)
      // ("found a handwritten note that read: “…”": the document the clause is of, not the finder)
      if ((t.lo === 'that' || t.lo === 'which') && depth === 0 && /^(?:read|reads|said|says|stated|states|declared|declares)$/.test(toks[j + 1]?.lo ?? '') && toks[j - 1]?.k === 'w' && !toks[j - 1]!.cap && toks[j - 1]!.sent === sent && DOCUMENT_NOUNS.has(toks[j - 1]!.lo)) {
        let k = j - 2;
        while (k >= 0 && k >= j - 4 && toks[k]!.k === 'w' && !toks[k]!.cap && toks[k]!.sent === sent && !DETERMINERS.has(toks[k]!.lo)) k--;
        const d = k >= 0 && toks[k]!.sent === sent && DETERMINERS.has(toks[k]!.lo) ? describedStartingAt(ctx, k, sent) : null;
        if (d && d.cue.ref === 'org' && d.end === j - 1) return { ...d.cue, cue: 'relative' };
      }
      if (t.lo === 'which' && toks[j - 1]?.t === ',' && depth === 0) {
        const r = refEndingAt(ctx, j - 2, sent, depth + 1);
        if (r && r.ref === 'org' && r.mention >= 0) return { ...r, cue: 'relative' };
        return null;
      }
      // ""...," the Public Protector's report says": a document a name owns
      const owner = toks[j - 1];
      if (DOCUMENT_NOUNS.has(t.lo) && owner?.k === 'w' && owner.poss && owner.cap && owner.sent === sent) {
        let k = j - 1;
        while (k > 0 && toks[k - 1]!.k === 'w' && toks[k - 1]!.cap && !toks[k - 1]!.poss && toks[k - 1]!.sent === sent && j - k < 5) k--;
        if (toks[k - 1]?.lo === 'the' && toks[k - 1]!.sent === sent) {
          const words = toks.slice(k, j).map((w) => w.t).join(' ');
          return { ...NONE, ref: 'org', mention: -1, roleHead: t.lo, text: `the ${words}\u2019s ${t.t}`, at: j };
        }
      }
      // ""...," Tom Reid's family said": a named owner's people speak, never the owner
      if ((GROUP_NOUNS.has(t.lo) || isGroupNoun(t.lo)) && owner?.k === 'w' && owner.poss && owner.cap && owner.sent === sent) {
        const om = ctx.mentionAt[j - 1] ?? -1;
        const on = om >= 0 ? ctx.mentions[om]! : null;
        if (on && on.type !== 'place') return { ...NONE, ref: 'described', roleHead: t.lo, text: `${on.name}\u2019s ${t.lo}`, at: j };
      }
      // role noun phrase: "the president", "the Ohio senator", "the former secretary of state"
      let head = j;
      if (t.lo === 'state' && toks[j - 1]?.lo === 'of' && toks[j - 2]?.lo === 'secretary') head = j - 2;
      const ht = toks[head]!;
      // ("“…,” the district said": a district that speaks is the body that runs it)
      const bodyHead = ORG_HEADS.has(ht.lo) || (ht.lo === 'district' && toks[head - 1]?.lo === 'the' && toks[head - 1]!.sent === sent);
      if (ROLE_NOUNS.has(ht.lo) || bodyHead) {
        // walk back to a determiner
        let k = head - 1;
        while (k >= 0 && head - k <= 4 && toks[k]!.k === 'w' && toks[k]!.sent === sent && !DETERMINERS.has(toks[k]!.lo) && !toks[k]!.poss) k--;
        const dk = toks[k];
        if (bodyHead && !ROLE_NOUNS.has(ht.lo)) {
          // ("Qadira's mission to the union called the decision “…”": a country's mission or delegation
          // to the body, opening the sentence, speaks, never the body it was sent to)
          {
            const to = toks[k - 1];
            const envoy = toks[k - 2];
            const owner = toks[k - 3];
            if (dk?.lo === 'the' && to?.lo === 'to' && to.sent === sent && envoy?.k === 'w' && /^(?:mission|delegation|envoy|embassy|representation)$/.test(envoy.lo) && owner?.k === 'w' && owner.poss && owner.cap && owner.sent === sent && sentenceStartFrom(toks, k - 3, sent) === k - 3) {
              return { ...NONE, ref: 'org', mention: -1, roleHead: envoy.lo, text: ctx.text.slice(owner.s, toks[j]!.e).replace(/\s+/g, ' '), at: j };
            }
          }
          // ("The union representing healthcare staff at the hospital described ...": the body that
          // opens the sentence, a participle's phrase after it, not the one inside that phrase)
          {
            let s0 = k;
            while (s0 > 0 && toks[s0 - 1]!.sent === sent) s0--;
            const b = toks[s0 + 1];
            const pt = toks[s0 + 2];
            if (s0 + 1 < k && toks[s0]!.lo === 'the' && b?.k === 'w' && !b.cap && ORG_HEADS.has(b.lo) && b.lo !== ht.lo && pt?.k === 'w' && !pt.cap && pt.sent === sent && /ing$/.test(pt.lo) && isVerbish(pt.lo)) return { ...NONE, ref: 'org', mention: -1, roleHead: b.lo, text: `the ${b.lo}`, at: s0 + 1 };
          }
          // ("meteorologist Karla Swenson of the weather service’s Platte Valley office said": the
          // person the office is theirs, named right before "of")
          {
            let d = k;
            // (past a possessive owner of the office: "the weather service’s")
            while (d >= 0 && k - d <= 4 && toks[d]!.sent === sent && toks[d]!.lo !== 'the' && toks[d]!.k === 'w' && (toks[d]!.poss || !toks[d]!.cap || d === k)) d--;
            if (toks[d]?.lo === 'the' && toks[d - 1]?.lo === 'of' && toks[d - 1]!.sent === sent) {
              const pm = mentionAtOrMod(ctx, d - 2);
              const pmn = pm >= 0 ? ctx.mentions[pm]! : null;
              if (pmn && pmn.i1 === d - 1 && !pmn.poss && (pmn.type === 'person' || (pmn.personEvidence && pmn.type !== 'org'))) return { ...NONE, ref: 'name', mention: pm, at: pmn.i1 - 1, text: pmn.name };
            }
          }
          // "the Doe campaign", "Roe's office"
          const words = toks.slice(k + 1, j + 1);
          const owner = dk?.poss && dk.cap ? dk : words.find((w) => w.cap);
          // "the mayor's office": an office described by its holder
          // ("the prime minister's office": a holder of two words or three)
          let o = k - 1;
          while (dk?.poss && !dk.cap && o >= 0 && k - o <= 2 && toks[o]!.k === 'w' && !toks[o]!.cap && toks[o]!.sent === sent && !DETERMINERS.has(toks[o]!.lo)) o--;
          if (dk?.poss && !dk.cap && ROLE_NOUNS.has(dk.lo) && toks[o]?.lo === 'the') {
            // (not one a spokesperson speaks for: "A spokesperson for the state prosecutor's office said")
            const pp = toks[o - 1];
            const noun = toks[o - 2];
            const det = toks[o - 3];
            if (pp?.k === 'w' && !pp.cap && pp.sent === sent && POST_PREPS.has(pp.lo) && noun?.k === 'w' && !noun.cap && noun.sent === sent && (ROLE_NOUNS.has(noun.lo) || isPersonNoun(noun.lo)) && det?.k === 'w' && det.sent === sent && /^(?:a|an|the|one)$/.test(det.lo) && (!toks[o - 4] || toks[o - 4]!.sent !== sent || toks[o - 4]!.k === 'q' || toks[o - 4]!.t === ',')) {
              const d = describedEndingAt(ctx, j, sent);
              if (d?.ref === 'described') return d;
            }
            return { ...NONE, ref: 'org', mention: -1, text: ctx.text.slice(toks[o]!.s, toks[j]!.e).replace(/\s+/g, ' '), roleHead: ht.lo, at: j };
          }
          // (nor one a spokesperson speaks for: "A spokesperson for the UN refugee agency said"; the person
          // noun heading the subject, after "a", "an", "the" or "one" that opens it: not "a memo to
          // employees from the ministry", "the father of a soldier at the ministry")
          {
            const pp = toks[k - 1];
            const noun = toks[k - 2];
            // (past one word before the noun: "A currency trader at a London bank said:")
            const mod = toks[k - 3]?.k === 'w' && !toks[k - 3]!.cap && toks[k - 3]!.sent === sent && !/^(?:a|an|the|one)$/.test(toks[k - 3]!.lo) && !FUNCTION_WORDS.has(toks[k - 3]!.lo) ? 1 : 0;
            const det = toks[k - 3 - mod];
            const opens = (t: Tok | undefined) => !t || t.sent !== sent || t.k === 'q' || t.t === ',';
            // (or a body no one named: "A reporter from a Moroccan weekly said:")
            if (/^(?:the|a|an)$/.test(dk?.lo ?? '') && pp?.k === 'w' && !pp.cap && pp.sent === sent && POST_PREPS.has(pp.lo) && noun?.k === 'w' && !noun.cap && noun.sent === sent && (ROLE_NOUNS.has(noun.lo) || isPersonNoun(noun.lo)) && det?.k === 'w' && det.sent === sent && /^(?:a|an|the|one)$/.test(det.lo) && opens(toks[k - 4 - mod])) {
              const d = describedEndingAt(ctx, j, sent);
              if (d?.ref === 'described') return d;
            }
            // (... past an owner of the body: "A spokeswoman for the city council’s trading standards
            // service said:", "An official with Asunción's bid committee, speaking on condition of
            // anonymity, said:" - the unnamed one, as "a spokesman for the council" is)
            if (dk?.poss && dk.sent === sent) {
              let o = k - 1;
              if (dk.cap) while (o >= 0 && k - o <= 3 && toks[o]!.k === 'w' && toks[o]!.cap && !toks[o]!.poss && toks[o]!.sent === sent) o--;
              else while (o >= 0 && k - o <= 3 && toks[o]!.k === 'w' && !toks[o]!.cap && toks[o]!.lo !== 'the' && toks[o]!.sent === sent) o--;
              if (!dk.cap && toks[o]?.lo === 'the') o--;
              const p2 = toks[o];
              const n2 = toks[o - 1];
              const d2 = toks[o - 2];
              if ((dk.cap || toks[o + 1]?.lo === 'the') && p2?.k === 'w' && !p2.cap && p2.sent === sent && /^(?:for|with|at|from)$/.test(p2.lo) && n2?.k === 'w' && !n2.cap && n2.sent === sent && (ROLE_NOUNS.has(n2.lo) || isKnownPersonNoun(n2.lo)) && !isGroupNoun(n2.lo) && d2?.k === 'w' && d2.sent === sent && /^(?:a|an|one)$/.test(d2.lo) && opens(toks[o - 3])) {
                return { ...NONE, ref: 'described', roleHead: n2.lo, gender: ROLE_GENDER[n2.lo] ?? null, text: `${n2.t} (unnamed)`, at: j };
              }
            }
            // (nor the body someone has served so long: "A machine operator with fourteen years at
            // the company said")
            if (dk?.lo === 'the' && pp?.k === 'w' && /^(?:at|in|with)$/.test(pp.lo) && pp.sent === sent) {
              const w = toks.slice(Math.max(0, k - 6), k - 1).findLastIndex((x) => x.lo === 'with') + Math.max(0, k - 6);
              const pn = toks[w - 1];
              if (w >= Math.max(0, k - 6) && servedFor(toks, w) && /^(?:years?|decades?|months?)$/.test(toks[k - 2]?.lo ?? '') && pn?.k === 'w' && !pn.cap && pn.sent === sent && (ROLE_NOUNS.has(pn.lo) || isPersonNoun(pn.lo))) {
                let dd = w - 2;
                while (dd >= 0 && w - dd <= 4 && toks[dd]!.k === 'w' && toks[dd]!.sent === sent && !/^(?:a|an|the|one)$/.test(toks[dd]!.lo)) dd--;
                if (toks[dd]?.k === 'w' && toks[dd]!.sent === sent && /^(?:a|an|one)$/.test(toks[dd]!.lo) && opens(toks[dd - 1])) return { ...NONE, ref: 'described', roleHead: pn.lo, gender: ROLE_GENDER[pn.lo] ?? null, text: `${toks.slice(dd + 1, w).map((x) => x.t).join(' ')} (unnamed)`, at: j };
              }
            }
          }
          // (not a body where the subject before it stands: "Strikers outside a major Brisbane
          // hospital chanted")
          const at = toks[k - 1];
          if (at?.k === 'w' && at.sent === sent && SUBJECT_PLACE_PREPS.has(at.lo) && toks[k - 2]?.k === 'w' && toks[k - 2]!.sent === sent && !FUNCTION_WORDS.has(toks[k - 2]!.lo)) return describedEndingAt(ctx, j, sent);
          if (owner) {
            const mi = ctx.mentionAt[toks.indexOf(owner)] ?? -1;
            const txt = dk?.poss && dk.cap ? `${dk.t}'s ${toks.slice(k + 1, j + 1).map((w) => w.t).join(' ')}` : words.map((w) => w.t).join(' ');
            return { ...NONE, ref: 'org', mention: mi, text: txt, at: j };
          }
          // (not a body that is the object of a preposition: "... not authorised to speak to the media said:")
          const bp = toks[k - 1];
          if (dk?.lo === 'the' && words.length === 1 && bp?.k === 'w' && !bp.cap && bp.sent === sent && (bp.lo === 'to' || bp.lo === 'with') && SPEAK_VERBS.test(toks[k - 2]?.lo ?? '')) return null;
          if (!ORG_HEADS.has(ht.lo) && words.length === 1) return { ...NONE, ref: 'org', mention: -1, roleHead: ht.lo, text: `the ${ht.lo}`, at: j };
          // ("His club said it would support him": someone's club, team or party is the one of that
          // kind the story named, as "the club" is; not one named right after, "Their union, the
          // Police and Correctional Workers’ Alliance, said")
          if (/^(?:his|her|their)$/.test(dk?.lo ?? '') && dk!.sent === sent && words.length === 1 && OWNED_BODIES.has(ht.lo) && sentenceStartFrom(toks, k, sent) === k && toks[j + 1]?.k === 'w') return { ...NONE, ref: 'org', mention: -1, roleHead: ht.lo, text: `the ${ht.lo}`, at: j };
          return describedEndingAt(ctx, j, sent);
        }
        // "a spokeswoman for the mayor said": the role is the object of a preposition; the speaker is
        // the unnamed person before it, never the mayor
        const pp = toks[k - 1];
        if (dk && dk.lo === 'the' && pp && pp.k === 'w' && !pp.cap && pp.sent === sent && POST_PREPS.has(pp.lo)) return describedEndingAt(ctx, j, sent);
        if (dk && dk.k === 'w' && (dk.lo === 'the' || dk.poss) && dk.sent === sent) {
          const words = toks.slice(k + 1, j + 1).map((w) => w.t).join(' ');
          // "Ann Dey and her deputy said": both, as one group, not the deputy alone
          const pair = namedAndRole(ctx, k, j, sent);
          if (pair) return pair;
          // ("the prime minister's spokesman": an owner of two words or three after "the")
          let o = k - 1;
          while (!dk.cap && dk.poss && o >= 0 && k - o <= 2 && toks[o]!.k === 'w' && !toks[o]!.cap && toks[o]!.sent === sent && toks[o]!.lo !== 'the' && !DETERMINERS.has(toks[o]!.lo)) o--;
          const owner = dk.lo !== 'the' && !dk.cap && toks[o]?.lo === 'the' && toks[o]!.sent === sent ? `the ${toks.slice(o + 1, k).map((w) => `${w.t} `).join('')}${dk.t}\u2019s ` : '';
          return { ...NONE, ref: 'role', roleHead: ht.lo, gender: ROLE_GENDER[ht.lo] ?? null, text: (dk.lo === 'the' ? 'the ' : dk.cap ? `${dk.t}\u2019s ` : owner) + words, at: j };
        }
        // "aide Jane Doe" is handled as a name; "a spokesman", "an official for the ministry": unnamed
        return describedEndingAt(ctx, j, sent);
      }
      // ""...," the 70-year-old said": resolved like a pronoun, as "said the 70-year-old" is
      const ep = epithetAt(toks, j);
      if (ep) return epithetCue(toks, j, ep);
      const plain = plainPersonAt(toks, j);
      if (plain) return plain;
      return describedEndingAt(ctx, j, sent);
    }
    // "the MP said", "the Prime Minister said": titles alone after "the" are the role, not a name
    if (isTitleTok(t.lo) && !(toks[j + 1]?.k === 'w' && toks[j + 1]!.cap && toks[j + 1]!.sent === sent)) {
      let b = j - 1;
      while (b >= 0 && j - b <= 3 && toks[b]!.k === 'w' && toks[b]!.cap && toks[b]!.sent === sent && (isTitleTok(toks[b]!.lo) || TITLE_MODIFIERS.has(toks[b]!.lo))) b--;
      // (and past the place it is held for: "the Dublin Bay North TD said")
      if (toks[b]?.lo !== 'the') {
        let p = b;
        while (p >= 0 && j - p <= 4 && toks[p]!.lo !== 'the' && toks[p]!.sent === sent) p--;
        if (placedTitle(toks, p, j)) b = p;
      }
      if (toks[b]?.lo === 'the' && toks[b]!.sent === sent) {
        return { ...NONE, ref: 'role', roleHead: t.lo, gender: ROLE_GENDER[t.lo] ?? null, text: `the ${toks.slice(b + 1, j + 1).map((w) => w.t).join(' ')}`, at: j };
      }
    }
    // ""...," the German said", as "said the German" is: a nationality for someone named before
    if (ctx.mentionAt[j]! < 0) {
      const ep = epithetAt(toks, j);
      if (ep) return epithetCue(toks, j, ep);
    }
    const mi = ctx.mentionAt[j]!;
    // "Doe in March said", "Doe on Tuesday said": a date after a preposition; the subject is before it
    {
      const i0 = mi >= 0 ? ctx.mentions[mi]!.i0 : j;
      const pb = toks[i0 - 1];
      if ((mi < 0 || ctx.mentions[mi]!.tokens.length === 1) && (isDateWord(t.lo) || MONTHS.has(t.lo)) && pb?.k === 'w' && !pb.cap && pb.sent === sent && DATE_PREPS.has(pb.lo)) {
        return depth < 3 ? refEndingAt(ctx, i0 - 2, sent, depth + 1) : null;
      }
    }
    if (mi >= 0) {
      const m = ctx.mentions[mi]!;
      if (m.poss) return null;
      // "Prof Ines Duarte of Lisbon University said": the organisation or place is where the person is from
      const affiliated = m.type !== 'person' ? personBeforePhrase(ctx, m.i0, sent) ?? groupBeforeAffiliation(ctx, m, j, sent) : null;
      if (affiliated) return affiliated;
      // "An aide reached by Al Jazeera said", "a source quoted by the Herald said": the agent of a
      // participle describing the one speaking is never that one
      {
        const by = toks[m.i0 - 1]?.lo === 'the' ? m.i0 - 2 : m.i0 - 1;
        const pp = toks[by - 1];
        if (j === m.i1 - 1 && toks[by]?.lo === 'by' && pp?.k === 'w' && !pp.cap && pp.sent === sent && REACHED_BY.has(pp.lo)) {
          const d = describedEndingAt(ctx, by - 2, sent);
          if (d?.ref === 'described') return { ...d, at: j };
        }
      }
      // "A lawyer representing Tom Hale said": the name is the participle's object, never the speaker
      // (but "marketing director Odette Park said": a word in -ing before a lower-case role is the role's)
      const pt = toks[m.i0 - 1];
      const lowerRoleFirst = m.i0 < m.n0 && toks[m.i0]!.k === 'w' && !toks[m.i0]!.cap;
      if (j === m.i1 - 1 && pt?.k === 'w' && !pt.cap && pt.sent === sent && pt.lo.length > 5 && pt.lo.endsWith('ing') && !SPEECH_VERBS.has(pt.lo) && !DETERMINERS.has(toks[m.i0 - 2]?.lo ?? '') && !isNounish(pt.lo) && !lowerRoleFirst) {
        const d = describedEndingAt(ctx, m.i0 - 2, sent);
        if (d?.ref !== 'described') return null;
        const txt = d.text ?? '';
        const words = `${pt.t} ${m.name}`;
        return { ...d, at: j, text: txt.endsWith(' (unnamed)') ? `${txt.slice(0, -10)} ${words} (unnamed)` : `${txt} ${words}` };
      }
      if ((m.type === 'place' || (m.type === 'unknown' && m.tokens.length === 1)) && toks[m.i0 - 1]?.lo === 'of' && toks[m.i0 - 2] && !toks[m.i0 - 2]!.cap && ROLE_NOUNS.has(toks[m.i0 - 2]!.lo) && toks[m.i0 - 3]?.lo === 'the' && j === m.i1 - 1) {
        const head = toks[m.i0 - 2]!;
        return { ...NONE, ref: 'role', roleHead: head.lo, gender: ROLE_GENDER[head.lo] ?? null, text: `the ${head.t} of ${m.firstRef}`, at: j };
      }
      // ("The foreign ministry in Beijing accused ...": the body, where it sits after it)
      if ((m.type === 'place' || (m.type === 'unknown' && m.tokens.length === 1)) && j === m.i1 - 1 && toks[m.i0 - 1]?.lo === 'in' && toks[m.i0 - 1]!.sent === sent && toks[m.i0 - 2]?.k === 'w' && !toks[m.i0 - 2]!.cap && ORG_HEADS.has(toks[m.i0 - 2]!.lo) && depth < 3) {
        const d = refEndingAt(ctx, m.i0 - 2, sent, depth + 1);
        if (d && (d.ref === 'org' || d.ref === 'described')) return { ...d, at: j };
      }
      if (m.type === 'place') {
        // a country or city speaking for its government, right before the verb: "South Korea called the test ..."
        const b = toks[m.i0 - 1];
        const verb = toks[j + 1];
        if (j === m.i1 - 1 && isSpeechVerb(verb) && !(b && b.k === 'w' && !b.cap && FUNCTION_WORDS.has(b.lo) && b.lo !== 'and' && b.lo !== 'but')) {
          // a capitalised word the sentence start kept out of the name belongs to it ("South Korea")
          const pre = toks[m.i0 - 1];
          const text = pre && pre.k === 'w' && pre.cap && pre.sent === sent && (m.i0 - 1 === 0 || toks[m.i0 - 2]!.sent !== sent) ? `${pre.t} ${m.firstRef}` : m.firstRef;
          return { ...NONE, ref: 'org', mention: -1, at: j, text };
        }
        return null;
      }
      // "the family of Ann Lee said", "friends of Ann Lee said": the group, never the person it is of
      {
        const g = toks[m.i0 - 2];
        if (toks[m.i0 - 1]?.lo === 'of' && g && g.k === 'w' && !g.cap && g.sent === sent && j === m.i1 - 1 && (GROUP_NOUNS.has(g.lo) || isGroupNoun(g.lo))) {
          const the = toks[m.i0 - 3]?.lo === 'the' && toks[m.i0 - 3]!.sent === sent;
          return { ...NONE, ref: 'described', roleHead: g.lo, text: `${the ? 'the ' : ''}${g.lo} of ${m.firstRef}`, at: j };
        }
      }
      // "the president of Ukraine said": the role, held by someone in the cast
      if (toks[m.i0 - 1]?.lo === 'of' && toks[m.i0 - 2] && !toks[m.i0 - 2]!.cap && ROLE_NOUNS.has(toks[m.i0 - 2]!.lo) && toks[m.i0 - 3]?.lo === 'the' && j === m.i1 - 1) {
        const head = toks[m.i0 - 2]!;
        return { ...NONE, ref: 'role', roleHead: head.lo, gender: ROLE_GENDER[head.lo] ?? null, text: `the ${head.t} of ${m.firstRef}`, at: j };
      }
      // "A report by the Institute for Conflict Studies said": the document speaks, never a name
      // in its phrase (but "a document filed by Doe", above, is Doe's; and a post or a letter by a
      // person is theirs: "The post by Attorney General Ann Roe, published late Wednesday, said")
      {
        const doc = documentBy(toks, m.i0, sent);
        if (doc && PERSONAL_DOCUMENTS.has(doc.roleHead ?? '') && (m.type === 'person' || (m.type === 'unknown' && m.tokens.length >= 2))) return { ...NONE, ref: 'name', mention: mi, at: j, text: m.name };
        if (doc) return { ...doc, at: j };
      }
      // "a spokesman for Sen. Jane Doe said": the spokesman spoke, not Doe
      // (past a word or two describing the name: "An official at the national Ministry of Health said")
      // (an "-ing" word after the article among them: "A spokesperson for the streaming service Tunely said")
      let bi = m.i0 - 1;
      while (bi > m.i0 - 3 && toks[bi]?.k === 'w' && !toks[bi]!.cap && toks[bi]!.sent === sent && !FUNCTION_WORDS.has(toks[bi]!.lo) && !DETERMINERS.has(toks[bi]!.lo) && (!isVerbish(toks[bi]!.lo) || (bi < m.i0 - 1 && /ing$/.test(toks[bi]!.lo) && DETERMINERS.has(toks[bi - 1]?.lo ?? '')))) bi--;
      if (bi < m.i0 - 1 && !DETERMINERS.has(toks[bi]?.lo ?? '')) bi = m.i0 - 1;
      let b = toks[bi];
      if (b && b.k === 'w' && !b.cap && DETERMINERS.has(b.lo)) b = toks[bi - 1];
      if (b && b.k === 'w' && POST_PREPS.has(b.lo) && b.sent === sent) {
        const d = describedEndingAt(ctx, j, sent);
        if (d && d.ref === 'described') return d;
      }
      // "Doe and Roe said": both, as one group of speakers, not the nearer one
      const and = toks[m.i0 - 1];
      const mj = and?.lo === 'and' && and.sent === sent && j === m.i1 - 1 && m.type !== 'org' ? ctx.mentionAt[m.i0 - 2]! : -1;
      if (mj >= 0) {
        const other = ctx.mentions[mj]!;
        const ob = toks[other.i0 - 1];
        if (!other.poss && other.type !== 'place' && other.type !== 'org' && !(ob && ob.k === 'w' && !ob.cap && ob.sent === sent && (FUNCTION_WORDS.has(ob.lo) || isVerbish(ob.lo)) && ob.lo !== 'both')) {
          // ("Ann Lee, Tom Dyer and Sue Moss said": the names listed before, set off by commas, too)
          const names = [other.name, m.name];
          let first = other;
          while (toks[first.i0 - 1]?.t === ',' && toks[first.i0 - 1]!.sent === sent && names.length < 6) {
            const pm = ctx.mentionAt[first.i0 - 2]!;
            const p = pm >= 0 ? ctx.mentions[pm]! : null;
            if (!p || p.poss || p.type === 'place' || p.type === 'org' || p.i1 !== first.i0 - 1) break;
            names.unshift(p.name);
            first = p;
          }
          const fb = toks[first.i0 - 1];
          if (names.length > 2 && fb && fb.sent === sent && fb.k === 'w' && !fb.cap) return { ...NONE, ref: 'described', at: j, text: `${other.name} and ${m.name}` };
          return { ...NONE, ref: 'described', at: j, text: names.length > 2 ? `${names.slice(0, -1).join(', ')} and ${m.name}` : `${other.name} and ${m.name}` };
        }
      }
      // ("Edelstam, on a visit to Lisbourne, later told reporters": a name ending a phrase set off
      // after another name is where that one was; the one before the phrase speaks)
      {
        // (past a word for a body and a nationality or a word or two describing it: "commercial
        // director of Dutch second-tier club FC Zeewolde Haven, which ..., said")
        let pi = m.i0 - 1;
        if (toks[pi]?.k === 'w' && !toks[pi]!.cap && ORG_HEADS.has(toks[pi]!.lo)) {
          let x = pi - 1;
          while (x > pi - 4 && toks[x]?.k === 'w' && toks[x]!.sent === sent && ((toks[x]!.cap && isDemonym(toks[x]!.lo)) || (!toks[x]!.cap && !FUNCTION_WORDS.has(toks[x]!.lo) && !DETERMINERS.has(toks[x]!.lo) && !isVerbish(toks[x]!.lo)))) x--;
          if (toks[x]?.k === 'w' && (toks[x]!.lo === 'of' || DETERMINERS.has(toks[x]!.lo))) pi = x;
        }
        const pb = toks[pi]?.k === 'w' && DETERMINERS.has(toks[pi]!.lo) ? toks[pi - 1] : toks[pi];
        if (pb?.k === 'w' && !pb.cap && pb.sent === sent && POST_PREPS.has(pb.lo) && toks[m.i1]?.t === ',') {
          let c = m.i0 - 1;
          while (c > 0 && m.i0 - c <= 8 && toks[c]!.k === 'w' && (!toks[c]!.cap || (c > pi && isDemonym(toks[c]!.lo))) && toks[c]!.sent === sent) c--;
          // (not a phrase that joins someone to them: "Ann Cole, along with Tom Reid, said")
          const before = toks[c]?.t === ',' && toks[c]!.sent === sent && !JOINING.has(toks[c + 1]?.lo ?? '') ? ctx.mentionAt[c - 1]! : -1;
          const bm = before >= 0 ? ctx.mentions[before]! : null;
          // (only when that name opens the sentence: not "A letter sent to Ann Cole, on behalf of ...")
          if (bm && bm.i1 === c && !bm.poss && bm.type !== 'place' && bm.type !== 'org' && (bm.i0 === 0 || toks[bm.i0 - 1]!.sent !== sent)) return { ...NONE, ref: 'name', mention: before, at: c - 1, text: bm.name };
        }
      }
      // ("The government of Dhambara said": a body of a country the lexicon does not know is that
      // body, as "the government of Kenya" is; not the country)
      if (j === m.i1 - 1 && toks[m.i0 - 1]?.lo === 'of' && m.type !== 'person' && m.type !== 'org' && !m.personEvidence && !m.gender && !m.poss && m.tokens.length <= 2) {
        const head = toks[m.i0 - 2];
        // (the body opening the sentence: not "The head of the army of Dhambara said", "Rebels fighting
        // the army of Varnesia said")
        if (head?.k === 'w' && !head.cap && head.sent === sent && /^(?:government|ministry|parliament|army|military|embassy|cabinet|presidency|junta|authorities)$/.test(head.lo) && toks[m.i0 - 3]?.lo === 'the' && toks[m.i0 - 3]!.sent === sent && sentenceStartFrom(toks, m.i0 - 3, sent) === m.i0 - 3) return { ...NONE, ref: 'org', roleHead: head.lo, text: `the ${head.lo} of ${m.name}`, at: j };
      }
      // "The mother of a woman who died after a night out in Corbridge told ...": a name that is the
      // object of a place preposition is no sure subject of the verb after it
      let ob = toks[m.i0 - 1];
      if (ob && ob.k === 'w' && !ob.cap && DETERMINERS.has(ob.lo)) ob = toks[m.i0 - 2];
      const objectOfPrep = j === m.i1 - 1 && !!ob && ob.k === 'w' && !ob.cap && ob.sent === sent && OBJECT_PREPS.has(ob.lo);
      return { ...NONE, ref: m.type === 'org' ? 'org' : 'name', mention: mi, at: j, text: m.name, ...(objectOfPrep ? { weak: true } : {}) };
    }
    // a capitalised common word opening the sentence: "Critics said", "Officials said"
    return describedEndingAt(ctx, j, sent);
  }
  if (t.t === ')' && depth < 2) {
    // "Sen. Jane Doe (D-Ohio) said"
    let k = j - 1;
    while (k >= 0 && toks[k]!.t !== '(' && j - k < 8) k--;
    if (toks[k]?.t === '(') return refEndingAt(ctx, k - 1, sent, depth + 1);
    return null;
  }
  if ((t.t === ',' || t.t === '\u2014' || t.t === '\u2013') && depth < 3) {
    // appositive: walk back over comma segments, "X, the minister, said"
    let k = j - 1;
    // "The teachers union, the Brightwater Education Association, said": an organisation's name set
    // off after a word for its kind is the one speaking
    let orgNamed = -1;
    for (let seg = 0; seg < 4; seg++) {
      let a = k;
      while (a >= 0 && toks[a]!.sent === sent && toks[a]!.t !== ',' && toks[a]!.t !== '\u2014' && toks[a]!.t !== '\u2013' && toks[a]!.k !== 'q' && k - a < 30) a--;
      const first = toks[a + 1];
      if (!first || a + 1 > k) return null;
      // ("A man who lives next door, who gave his name only as Mr Habibi, said": the clause gives the
      // name of the one speaking)
      if (first.lo === 'who') {
        const gm = ctx.mentions.findIndex((x) => x.i1 === k + 1 && x.i0 > a);
        const g = gm >= 0 ? ctx.mentions[gm]! : null;
        if (g && !g.poss && nameGivenBefore(toks, g.i0)) return { ...NONE, ref: 'name', mention: gm, at: k, text: g.name };
      }
      const atStart = a < 0 || toks[a]!.sent !== sent || toks[a]!.k === 'q';
      // ("Doe, quoted by the Herald, said": a participle with its agent, whatever the lexicon calls it)
      // ("The memo, dated March 4 and obtained by The Ledger, warned": a participle whose agent comes
      // later in the segment, or a date)
      const agentLater = () => toks.slice(a + 2, k + 1).some((t) => t.lo === 'by' && t.k === 'w');
      // ("Hon. Kwabena Asante, MP for Ashanti North, said": a title in capitals and what it is for)
      const titleFor = !atStart && first.cap && isTitleTok(first.lo) && !TITLE_MODIFIERS.has(first.lo) && /^(?:for|of)$/.test(toks[a + 2]?.lo ?? '') && a + 2 <= k;
      // ("Gethin Aubrey-Lloyd, Welsh secretary of the Nursing and Midwifery Union, said": a demonym
      // before a role)
      const demonymRole = !atStart && first.cap && isDemonym(first.lo) && a + 2 <= k && toks[a + 2]!.k === 'w' && !toks[a + 2]!.cap && (ROLE_NOUNS.has(toks[a + 2]!.lo) || isTitleTok(toks[a + 2]!.lo));
      const isApp = isAppositiveStart(first) || titleFor || demonymRole || (!atStart && bareRoleOpening(toks, a + 1, k)) || (!first.cap && first.lo.endsWith('ed') && toks[a + 2]?.lo === 'by') || (!first.cap && (first.lo === 'dated' || ((first.lo.endsWith('ed') || AUTHORED.has(first.lo) || first.lo === 'seen') && agentLater())));
      // ("..., who spoke at St. Jude Cathedral, Umuleri, said": a town set off after the place it
      // names is part of the clause before it)
      const town = ctx.mentionAt[a + 1] ?? -1;
      // (or any one word after an address set off with "of": "Terence Blakemore, of Orchard Close,
      // Lydbury, told magistrates")
      // (or after a place named with "of" in the segment before: "vicar of St Bega’s, Ennerholme,")
      const address = () => {
        let b = a - 1;
        while (b >= 0 && toks[b]!.sent === sent && toks[b]!.t !== ',' && toks[b]!.k !== 'q') b--;
        if (toks[b]?.t === ',' && /^(?:of|from)$/.test(toks[b + 1]?.lo ?? '') && a - 1 - (b + 1) <= 5) return true;
        let o = a - 1;
        while (o > b + 1 && toks[o]!.k === 'w' && toks[o]!.cap && a - 1 - o <= 3) o--;
        return o < a - 1 && toks[o]?.lo === 'of' && o > b + 1 && toks[o - 1]?.k === 'w' && !toks[o - 1]!.cap && (ROLE_NOUNS.has(toks[o - 1]!.lo) || isPersonNoun(toks[o - 1]!.lo));
      };
      if (!isApp && !atStart && town >= 0 && (ctx.mentions[town]!.type === 'place' || (ctx.mentions[town]!.tokens.length === 1 && !ctx.mentions[town]!.personEvidence && address())) && ctx.mentions[town]!.i0 === a + 1 && ctx.mentions[town]!.i1 - 1 === k && toks[a - 1]?.cap) {
        k = a - 1;
        continue;
      }
      // ("Mr Featherstonhaugh, the Minister for Energy, Climate Transition and Emissions Reduction,
      // told": the rest of a portfolio's list of capitalised words, ending "and ...", after a title's
      // "for" or "of")
      // (not a pair of people, "The parents of Ellie, Mark and Joanne Pryce,", nor a body's name, "the
      // Friends of Ashdown, Residents and Traders Alliance,": three capitalised words or more, none a
      // given name, the last no body's head)
      const segWords = toks.slice(a + 1, k + 1);
      const portfolioRest = !isApp && !atStart && toks[a - 1]?.k === 'w' && toks[a - 1]!.cap && /^(?:for|of)$/.test(toks[a - 2]?.lo ?? '') && toks[a - 2]!.sent === sent && segWords.some((t) => t.lo === 'and') && segWords.every((t) => t.k === 'w' && (t.cap || t.lo === 'and' || t.lo === 'of')) && segWords.filter((t) => t.cap).length >= 3 && !segWords.some((t) => t.cap && isFirstName(t.lo)) && !ORG_HEADS.has(toks[k]!.lo);
      // (... or of lower-case words after a role's "for": "Councillor Bronwen Asante, the city’s
      // cabinet member for education, children and families, said", not the families)
      const roleBefore = toks[a - 3];
      const listRest = !isApp && !atStart && !portfolioRest && toks[a - 1]?.k === 'w' && !toks[a - 1]!.cap && /^(?:for|of)$/.test(toks[a - 2]?.lo ?? '') && toks[a - 2]!.sent === sent && roleBefore?.k === 'w' && !roleBefore.cap && (ROLE_NOUNS.has(roleBefore.lo) || isTitleTok(roleBefore.lo) || isPersonNoun(roleBefore.lo)) && segWords.length <= 6 && segWords.some((t) => t.lo === 'and') && segWords.every((t) => t.k === 'w' && !t.cap);
      if (portfolioRest || listRest) {
        k = a - 1;
        continue;
      }
      if (!isApp) {
        // this segment should end with the referring expression
        const r = refEndingAt(ctx, k, sent, depth + 1);
        // (also after an owner's body: "Germany's product safety agency, the Federal Office for
        // Consumer Goods, said")
        // (but not the body a spokesperson speaks for: "A spokesperson for the testing authority, the
        // National Anti-Doping Bureau, said" is the spokesperson's)
        const bodyWord = (r?.text ?? '').split(' ').pop()!.toLowerCase();
        if (r && r.ref === 'org' && (r.mention < 0 || ctx.mentions[r.mention]!.poss) && orgNamed >= 0 && (ctx.mentions[orgNamed]!.type === 'org' || ORG_HEADS.has(bodyWord) || isGroupNoun(bodyWord))) {
          const d = describedStartingAt(ctx, a + 1, sent);
          if (d && d.cue.ref === 'described' && /\(unnamed\)$/.test(d.cue.text ?? '') && (d.end === k || (toks[d.end + 1]?.lo === 'for' && d.end + 1 < k))) return d.cue;
          return { ...r, mention: orgNamed, text: ctx.mentions[orgNamed]!.name };
        }
        // ("The paper's owner, the Lowland Newspaper Group, said": a role a firm may hold, set off
        // before a body's name, is that body)
        // (only the role heading its own phrase, after "the" or an owner: not "A trustee of the charity,
        // the Oakfield Foundation, said", "A manager at the supermarket, the FreshWay Group, said",
        // "The site manager for the builder, the Ridgeway Homes Group, said")
        const ownPhrase = /^(?:the|its|their|his|her)$/.test(segWords[0]?.lo ?? '') && toks[k]!.lo === r?.roleHead && !segWords.some((w) => w.k === 'w' && /^(?:of|at|for|to|with|from|by|in|on)$/.test(w.lo));
        if (r && (r.ref === 'role' || r.ref === 'described') && r.mention < 0 && ownPhrase && BODY_ROLES.has(r.roleHead ?? '') && orgNamed >= 0 && ctx.mentions[orgNamed]!.type === 'org') return { ...NONE, ref: 'org', mention: orgNamed, at: k, text: ctx.mentions[orgNamed]!.name };
        return r;
      }
      // ("The festival's jury president, the German actor Helmut Vossberg, said": a name after a
      // second description of the role's holder is the one speaking)
      // (the role heading its own phrase: not "A lawyer for the club's owner, the Qatari businessman
      // Hamad Al-Sulaiti, said", the owner being the object of "for")
      const roleHeads = (() => {
        for (let x = a - 2; x >= 0 && a - x <= 8 && toks[x]!.sent === sent && toks[x]!.k === 'w'; x--) if (/^(?:of|for|to|with|from|by|at)$/.test(toks[x]!.lo)) return false;
        return true;
      })();
      if (seg === 0 && first.lo === 'the' && a + 3 <= k && roleHeads && toks[a - 1]?.k === 'w' && !toks[a - 1]!.cap && (ROLE_NOUNS.has(toks[a - 1]!.lo) || isPersonNoun(toks[a - 1]!.lo))) {
        const mi = mentionAtOrMod(ctx, k);
        const m = mi >= 0 ? ctx.mentions[mi]! : null;
        const n0 = m ? Math.max(m.n0, a + 2) : -1;
        const noun = toks[n0 - 1];
        if (m && !m.poss && m.i1 - 1 === k && (m.type === 'person' || (m.type === 'unknown' && m.tokens.length >= 2)) && n0 > a + 2 && noun?.k === 'w' && !noun.cap && (ROLE_NOUNS.has(noun.lo) || isPersonNoun(noun.lo)) && toks.slice(a + 2, n0).every((w) => w.k === 'w' && !FUNCTION_WORDS.has(w.lo) && (!w.cap || isDemonym(w.lo)))) return { ...NONE, ref: 'name', mention: mi, at: k, text: m.name };
      }
      if (seg === 0 && first.lo === 'the' && a + 2 <= k) {
        const mi = mentionAtOrMod(ctx, a + 2);
        const m = mi >= 0 ? ctx.mentions[mi]! : null;
        // (or a name of two words or more the lexicon does not know, after a body's word: "Mr
        // Fifita's union, the United Freight Workers, said")
        // (not a building: "The mayor's office, the Old Town Hall, said")
        if (m && (m.type === 'org' || (m.type === 'unknown' && m.tokens.length >= 2 && !m.personEvidence && !PLACE_HEADS.has(m.lower[m.lower.length - 1]!) && !BUILDING_WORDS.test(m.lower[m.lower.length - 1]!))) && m.i0 === a + 2 && m.i1 - 1 === k) orgNamed = mi;
      }
      // "Doe, a contestant on the show "Star Search," who later ..., said": a title in quotation
      // marks inside the appositives is part of them
      const tq = toks[a];
      if (tq && tq.k === 'q' && tq.sent === sent && titleLike(ctx.quotes[tq.qi]!.text)) {
        k = toks[a - 1]?.t === ',' ? a - 2 : a - 1;
        if (k < 0) return null;
        continue;
      }
      if (atStart) return null;
      if (toks[a]!.k === 'q') return null;
      k = a - 1;
    }
    return null;
  }
  return null;
}

/** A sentence opening at s0 with a word for a body's kind and a clause saying which (kindThenClause),
 * then the body's name set off by commas ("The armed group that claimed the kidnapping, the Sahel
 * Brotherhood Front, said"): the body, else null. */
function kindThenName(ctx: Ctx, s0: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  let c = s0;
  while (c < toks.length && c - s0 <= 12 && toks[c]!.k === 'w' && toks[c]!.sent === sent) c++;
  if (toks[c]?.t !== ',' || toks[c]!.sent !== sent || !kindThenClause(toks, s0, c - 1)) return null;
  const n = toks[c + 1]?.lo === 'the' ? c + 2 : c + 1;
  const mi = mentionAtOrMod(ctx, n);
  const m = mi >= 0 ? ctx.mentions[mi]! : null;
  if (!m || m.i0 !== n || m.poss || toks[m.i1]?.t !== ',' || !(m.type === 'org' || (m.type === 'unknown' && m.tokens.length >= 2 && !m.personEvidence))) return null;
  return { ...NONE, ref: 'org', mention: mi, at: m.i1 - 1, text: m.name };
}

/** Tokens i..k are "the" or "a(n)", lower-case words ending in a body's or a group's noun, then a
 * clause or phrase saying which ("The armed group that claimed the kidnapping", "The company behind
 * the bridge"), with no verb of saying and no one's name in it. */
function kindThenClause(toks: Tok[], i: number, k: number): boolean {
  if (!/^(?:the|a|an)$/.test(toks[i]?.lo ?? '')) return false;
  let j = i + 1;
  const opener = /^(?:that|which|behind|responsible)$/;
  while (j <= k && toks[j]!.k === 'w' && !toks[j]!.cap && !FUNCTION_WORDS.has(toks[j]!.lo) && !opener.test(toks[j]!.lo)) j++;
  const head = toks[j - 1]!;
  if (j === i + 1 || j > k || !(ORG_HEADS.has(head.lo) || isGroupNoun(head.lo)) || ROLE_NOUNS.has(head.lo)) return false;
  if (!opener.test(toks[j]!.lo)) return false;
  // (a verb of saying only with its object, "that claimed the kidnapping", not "that said it was")
  return toks.slice(j + 1, k + 1).every((t, x, all) => t.k === 'w' && !t.cap && !(isSpeechVerb(t) && !/^(?:the|a|an|its|responsibility)$/.test(all[x + 1]?.lo ?? '')));
}

/** The referring expression right after token i (inverted cue "said X", "according to X"). */
const AUTHORED = new Set(['filed', 'written', 'issued', 'released', 'signed', 'sent', 'published', 'posted', 'submitted', 'prepared', 'authored', 'drafted']);
/** "the aide to Gov. Doe", "the president of the union": a definite role made specific by a phrase
 * (but "the president of Ukraine" is the role of someone the story names, see refEndingAt) */
function definitePP(toks: Tok[], k: number): boolean {
  const pp = toks[k + 1];
  if (pp?.k !== 'w' || !POST_PREPS.has(pp.lo)) return false;
  if (pp.lo !== 'of') return true;
  const nx = toks[k + 2];
  return !!nx && nx.k === 'w' && !nx.cap && DETERMINERS.has(nx.lo);
}
/** adjectives and participles that follow a noun with their own phrase ("people close to Doe") */
const POSTNOMINAL_ADJ = /^(?:close|closest|familiar|loyal|opposed|allied|linked|tied|connected|sympathetic|briefed|involved|knowledgeable|near|critical|friendly|hostile|aligned)$/;
const INDEFINITE = new Set(['a', 'an', 'one', 'another']);
/** "Tens of thousands of students", "Hundreds of residents": a count, never a name. */
const COUNT_NOUNS = new Set(['tens', 'dozens', 'scores', 'hundreds', 'thousands', 'millions', 'billions']);
const QUANTIFIERS = new Set(['some', 'several', 'many', 'two', 'three', 'four', 'five', 'other', 'most', 'few', ...COUNT_NOUNS]);
/** Words that join someone else to a name in a phrase set off after it ("Ann Cole, along with Tom Reid,"). */
const JOINING = new Set(['and', 'or', 'but', 'along', 'together', 'with', 'alongside', 'plus']);
/** Prepositions whose object is no sure subject of the verb after it (not "after", "before",
 * "since": "The deal fell apart after Doe said ..." is Doe speaking; nor "with": "with Doe noting"). */
const OBJECT_PREPS = new Set(['in', 'at', 'near', 'outside', 'inside', 'from', 'into', 'through', 'via', 'over', 'under', 'behind', 'among', 'beside', 'across', 'around', 'towards', 'toward']);
/** Nouns for a kind of organisation, which name one when a name follows ("the charity Hope Aloud"). */
/** Plural heads of a body's name that no one is called ("Wrexford and Dee Valley Hospitals", "Harrow
 * Academies"): an organisation, whatever given name opens it. */
const PLURAL_ORG_HEADS = new Set(['hospitals', 'schools', 'colleges', 'universities', 'clinics', 'councils', 'churches', 'libraries', 'museums', 'academies', 'galleries', 'theatres', 'theaters']);
/** Words for a kind of organisation that are also trades a person follows ("the broadcaster Imogen
 * Tullis-Baird", "the property developer Tom Reyes"). */
const PERSON_TRADES = new Set(['broadcaster', 'publisher', 'developer', 'builder', 'operator', 'maker', 'brewer']);
const ORG_KIND_BEFORE = new Set(
  ('group charity organisation organization company firm airline carrier union coalition association campaign ' +
    'nonprofit non-profit foundation trust movement network agency start-up startup retailer chain supermarket bank lender ' +
    'insurer broadcaster publisher label brand manufacturer maker brewer brewery operator developer builder consortium ' +
    'club party watchdog regulator think-tank band ' +
    // ("the exam board Northern Qualifications", "the magazine Corvid", "the app Tandem")
    'board authority commission outlet magazine newspaper website platform app').split(' '),
);
/** Heads of the names of buildings and institutions a town's name may follow ("St. Mary's Hospital, Enugu"). */
const INSTITUTION_HEADS = new Set(['cathedral', 'centre', 'center', 'hospital', 'clinic', 'university', 'college', 'school', 'academy', 'church', 'mosque', 'synagogue', 'gurdwara', 'temple', 'prison', 'barracks', 'stadium', 'hall', 'market', 'polytechnic']);
/** Words that may open "<owner> company, <Name>," ("His company, ColdCircle,", "The charity, Hope Aloud,"). */
const ORG_OWNERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
/** Subject pronouns of a reported clause ("said she was told ..."). */
const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'i', 'we']);
/** Participles that are part of a title before a role noun ("managing director", "presiding judge"). */
const TITLE_PARTICIPLES = new Set(['managing', 'acting', 'presiding', 'founding', 'commanding', 'ranking', 'outgoing', 'incoming', 'retiring', 'serving', 'governing', 'reigning', 'leading', 'consulting', 'supervising', 'investigating', 'visiting', 'attending', 'reporting', 'arresting']);
/** Where a subject stands, set after it ("Protesters outside the ministry chanted"). */
const SUBJECT_PLACE_PREPS = new Set(['outside', 'inside', 'near', 'behind', 'beside', 'opposite']);
/** Roles a firm or a body may hold as much as a person ("The paper's owner, the Lowland Newspaper
 * Group, said"). */
const BODY_ROLES = new Set(['owner', 'owners', 'parent', 'landlord', 'landlords', 'operator', 'operators', 'publisher', 'publishers', 'developer', 'developers', 'supplier', 'suppliers', 'vendor', 'contractor', 'contractors', 'insurer', 'insurers', 'buyer', 'buyers', 'seller', 'employer', 'sponsor', 'sponsors', 'manufacturer', 'maker', 'distributor', 'provider', 'lender', 'lenders', 'broadcaster', 'organiser', 'organisers', 'organizer', 'organizers', 'promoter', 'promoters', 'regulator', 'freeholder', 'leaseholder', 'tenant', 'tenants', 'funder', 'funders', 'backer', 'backers', 'partner', 'partners', 'importer', 'exporter', 'builder', 'builders', 'manager', 'managers', 'trustee', 'trustees', 'administrator', 'administrators', 'liquidator', 'liquidators', 'receiver', 'receivers', 'auditor', 'auditors']);
/** The characterising verb at `v` gives the quote at `qt` its words: right after "as" with no clause
 * between ("rejected the findings as “…”"), or for "brand", right after its object of a few words
 * ("branded the plan “reckless”"); never a passive one ("were rejected “within seconds”"). (Read of
 * the tokens between: the cue, so in the link key.) */
function characterisesQuote(toks: Tok[], v: number, qt: number): boolean {
  if (BE_FORMS.has(toks[v - 1]?.lo ?? '') || /^(?:being|been)$/.test(toks[v + 1]?.lo ?? '')) return false;
  // (not a gerund after a denial: "denied branding referee Mike Dean “a disgrace”")
  if (/ing$/.test(toks[v]!.lo) && /^(?:denied|denies|deny|denying)$/.test(toks[v - 1]?.lo ?? '')) return false;
  const object = toks.slice(v + 1, toks[qt - 1]?.lo === 'as' ? qt - 1 : qt);
  // (its object a plain noun phrase of a few words: no one's description or decision of it, "the
  // government’s characterisation of the protests as", no phrase hanging on it, "the proposal,
  // described by critics as", "the decision to list the cooperative as", "chants such as")
  // (nor another's account of it, "characterisation of the protests as"; its own "as well as"; nor a
  // clause with its own verb of saying, "the raids on villages the army describes as")
  // (or one named to a post, "his own reappointment as “special adviser”")
  const othersTerm = object.some((t, x) => OTHERS_TERMS.has(t.lo) && object.slice(x + 1).some((w) => w.lo === 'of')) || /^(?:appointment|reappointment|nomination|election|selection|role|job|post|position|status)$/.test(object[object.length - 1]?.lo ?? '');
  const plain = object.length >= 1 && object.length <= 12 && !othersTerm && object.every((t) => t.k === 'w' && !t.poss && !(/ed$/.test(t.lo) && isVerbish(t.lo)) && !(SPEECH_VERBS.has(t.lo) && !WEAK_SPEECH.has(t.lo)) && !/^(?:to|by|such|which|that|who|what|whose|being|well)$/.test(t.lo));
  if (!plain) return false;
  if (toks[qt - 1]?.lo === 'as') return true;
  // (its object a noun, not the quote itself: "which the gallery has branded its “spring season”"
  // names the show)
  return /^brand/.test(toks[v]!.lo) && !DETERMINERS.has(object[object.length - 1]!.lo) && !/^(?:its|his|her|their|our|my|your)$/.test(object[object.length - 1]!.lo);
}
/** Nouns for someone's account of a thing, taking "of" and "as" ("the government's characterisation
 * of the protests as"): the words after "as" are theirs. */
const OTHERS_TERMS = new Set(['characterisation', 'characterization', 'description', 'descriptions', 'portrayal', 'depiction', 'designation', 'classification', 'assessment', 'labelling', 'labeling', 'framing', 'listing', 'ranking', 'rating', 'appointment', 'reappointment', 'nomination', 'treatment']);
/** A word made with "-born", "-winning" and the like ("Lagos-born", "Oscar-winning"), letters before
 * its hyphen. */
const epithetWord = (lo: string) => EPITHET_COMPOUND.test(lo) && /^\p{L}[\p{L}'’.]*-\p{L}+$/u.test(lo);
/** A broadcast's or a hearing's words for who is speaking, as transcript labels give them ("HOST",
 * "CALLER", "PRESENTER"). */
const BROADCAST_ROLES = new Set(['host', 'co-host', 'presenter', 'caller', 'interviewer', 'anchor', 'moderator', 'chair', 'reporter', 'correspondent', 'listener', 'guest', 'panellist', 'panelist', 'questioner', 'narrator', 'announcer', 'commentator']);
/** The name at token p0 follows "called", "named", "nicknamed" or "dubbed" after a word for something
 * that is no person ("a three-year-old cockapoo called Biscuit", "a boat named Sea Breeze"); not "a
 * woman called Mary", "a friend named Sam", "a vet named Carys Pugh", "eventually named Diego Santos". */
function nameGivenToThing(toks: Tok[], p0: number): boolean {
  const by = toks[p0 - 1];
  const what = toks[p0 - 2];
  const sent = toks[p0]!.sent;
  if (by?.k !== 'w' || by.sent !== sent || !/^(?:called|named|nicknamed|dubbed)$/.test(by.lo)) return false;
  if (what?.k !== 'w' || what.cap || what.poss || what.sent !== sent || PREPOSITIONS.has(toks[p0 - 3]?.lo ?? '')) return false;
  const w = what.lo;
  return !FUNCTION_WORDS.has(w) && !DETERMINERS.has(w) && !isPersonNoun(w) && !isGroupNoun(w) && !(w in KIN) && !ROLE_NOUNS.has(w) && !/ly$/.test(w) && !PEOPLE_NAMED.has(w) && !isVerbish(w);
}
/** Words for people that may come before "named" or "called" and that the lexicon does not call
 * person nouns ("a vet named", "a local named", "a passer-by called"). */
const PEOPLE_NAMED = new Set(['vet', 'local', 'locals', 'passer-by', 'resident', 'neighbour', 'neighbor', 'stranger', 'customer', 'client', 'patient', 'pupil', 'student', 'volunteer', 'worker', 'driver', 'nurse', 'doctor', 'teacher', 'him', 'her', 'them', 'himself', 'herself', 'someone', 'somebody', 'one', 'man', 'woman', 'boy', 'girl', 'baby', 'child', 'son', 'daughter']);
/** Prepositions that open a sentence with where it happens ("On Marsh Lane, ..."). */
const OPENING_PLACE_PREPS = new Set(['on', 'in', 'at', 'outside', 'inside', 'along', 'across', 'off', 'beyond', 'opposite']);
const POST_PREPS = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'to', 'near', 'outside', 'inside', 'behind', 'among', 'on', 'beside']);

/** "people" -> "person", "officials" -> "official": one of a group, as the group's description says it */
export function singular(w: string): string {
  const irregular: Record<string, string> = { people: 'person', men: 'man', women: 'woman', children: 'child', staff: 'staff member' };
  if (irregular[w]) return irregular[w]!;
  if (/ies$/.test(w)) return w.replace(/ies$/, 'y');
  if (/(?:ss|sh|ch|x)es$/.test(w)) return w.slice(0, -2);
  return w.replace(/s$/, '');
}

/** the roleHead of a "one of them" cue */
export const ONE_OF = 'one of';
/** Nouns that count people without saying who they are ("a group of parishes", "a coalition of
 * charities"): the speakers are what they count. */
const COLLECTIVES = new Set(['group', 'coalition', 'alliance', 'handful', 'number', 'collective']);

export interface DescribedSource {
  at: number;
  text: string;
  head: string;
  group: boolean;
  /** an organisation or document the story does not name, as a sentence subject ("The ministry
   * denied the claims."): what a later "it said" may be */
  org?: boolean;
  /** a group opening a sentence that reports no one speaking ("Residents packed the hall."): only a
   * "one said" in the very next sentence may be one of them */
  silent?: boolean;
  /** the person's gender, when the noun or a pronoun in its clause gives it */
  gender?: Gender;
  /** a clause keeps the person unnamed ("who asked not to be named") */
  anonymous?: boolean;
  /** introduced by "a", "an", "one" or "another": someone new to the story, never one described before */
  indefinite?: boolean;
  /** kept unnamed after "the" ("The woman, who asked not to be named, told ..."): the one the story
   * called by that word before, if it did */
  definite?: boolean;
  /** a definite or possessive description with an appositive "a ..." set off after it ("The skipper,
   * a broad man in a yellow oilskin, ..."): someone brought in unnamed, whatever the sentence's verb
   * (but "be" or "have"); its determiner ("the", "his", "her", "their") */
  introduced?: string;
}

/** Unnamed sources in the paragraph ("Two officials said ...", "according to three people close to
 * the talks", "A hospital spokesman said ..."): who a later "one of them" is one of, and who a later
 * "the spokesman" is. */
function groupSourcesOf(ctx: Ctx, sentSpeech0: boolean[]): DescribedSource[] {
  const { toks } = ctx;
  const out: DescribedSource[] = [];
  // ("Two nurses spoke to the Courier.": speaking to someone reports them as sources too)
  const sentSpeech = sentSpeech0.slice();
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i]!;
    if (t.k === 'w' && !t.cap && /^(?:spoke|spoken|talked)$/.test(t.lo) && /^(?:to|with)$/.test(toks[i + 1]!.lo) && toks[i + 1]!.sent === t.sent) sentSpeech[t.sent] = true;
  }
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k !== 'w') continue;
    const group = t.lo !== 'one' && (QUANTIFIERS.has(t.lo) || countEnd(toks, i, t.sent) > i);
    const prev0 = toks[i - 1];
    if (t.lo === 'the' && (!prev0 || prev0.sent !== t.sent)) {
      // (an organisation's head noun within the next four words, else no need to look)
      let head = false;
      for (let k = i + 1; k <= i + 4 && k < toks.length && toks[k]!.sent === t.sent; k++) if (ORG_HEADS.has(toks[k]!.lo)) head = true;
      if (!head) continue;
      const d = describedStartingAt(ctx, i, t.sent);
      if (d && d.cue.ref === 'org' && d.cue.mention < 0 && d.cue.text) out.push({ at: i, text: d.cue.text, head: d.cue.roleHead ?? '', group: false, org: true });
      continue;
    }
    // "Passengers told a different story.", "But residents said ...": a group as the subject
    const atStart = !prev0 || prev0.sent !== t.sent || (['but', 'and', 'so'].includes(prev0.lo) && (!toks[i - 2] || toks[i - 2]!.sent !== t.sent));
    // (or doing anything, for a later "one said" to be one of: "Residents packed the hall. “…,” one
    // said."; only "one of them" reads a group)
    if (!group && atStart && (GROUP_NOUNS.has(t.lo) || isGroupNoun(t.lo)) && /s$/.test(t.lo)) {
      if (sentSpeech[t.sent]) out.push({ at: i, text: singular(t.lo), head: t.lo, group: true });
      // (silent, only people, and with no things of theirs a later "One read:" may be one of: not
      // "Protesters carried banners.", "Fans sent hundreds of letters.")
      else if (isPersonNoun(singular(t.lo)) && !toks.some((x, k) => k > i && x.sent === t.sent && x.k === 'w' && !x.cap && x.lo.length > 3 && /[^su]s$/.test(x.lo) && !FUNCTION_WORDS.has(x.lo) && !/^(?:hours|days|weeks|months|years|minutes|seconds|times|decades|nights|mornings|evenings|weekends)$/.test(x.lo) && !isPersonNoun(singular(x.lo)) && !isGroupNoun(x.lo))) out.push({ at: i, text: singular(t.lo), head: t.lo, group: true, silent: true });
      continue;
    }
    // ("According to one senior party official, who requested anonymity": "one" before a noun, no "of")
    const oneBefore = t.lo === 'one' && toks[i + 1]?.k === 'w' && !toks[i + 1]!.cap && toks[i + 1]!.lo !== 'of' && toks[i + 1]!.sent === t.sent;
    // (or "another": "Another rebel MP, who did not want to be named, said")
    if (!group && t.lo !== 'a' && t.lo !== 'an' && t.lo !== 'another' && !oneBefore) continue;
    const prev = toks[i - 1];
    // (not a description set off after a name, which is that one's: "Diane Abbott, a Labour MP, said")
    if (prev?.t === ',' && prev.sent === t.sent) {
      const nm = ctx.mentionAt[i - 2] ?? -1;
      const n = nm >= 0 ? ctx.mentions[nm]! : null;
      // (set off on both sides: not "..., a police spokesperson said on Saturday.")
      let c = i + 1;
      while (c < toks.length && c - i <= 8 && toks[c]!.sent === t.sent && toks[c]!.k === 'w' && !strongSpeech(toks[c])) c++;
      if (n && n.i1 === i - 1 && !n.poss && n.type !== 'place' && n.type !== 'org' && toks[c]?.t === ',' && toks[c]!.sent === t.sent) continue;
    }
    const opens = !prev || prev.sent !== t.sent || prev.k !== 'w' || prev.lo === 'to' || prev.lo === 'and';
    // (or, opening the sentence, says how they were, as papers introduce someone's words: "A senior
    // official from one of the Western delegations was more optimistic.")
    const lead = !group && (!prev || prev.sent !== t.sent) && !sentSpeech[t.sent] && leadAfter(toks, i);
    if (!opens || !(sentSpeech[t.sent] || lead || (prev?.lo === 'to' && toks[i - 2]?.lo === 'according'))) continue;
    const d = describedStartingAt(ctx, i, t.sent);
    // ("One senior official, Mark Tan, said": named after all)
    if (oneBefore && d && toks[d.end + 1]?.t === ',' && toks[d.end + 2]?.k === 'w' && toks[d.end + 2]!.cap && (ctx.mentionAt[d.end + 2] ?? -1) >= 0 && !ctx.mentions[ctx.mentionAt[d.end + 2]!]!.poss && toks[ctx.mentions[ctx.mentionAt[d.end + 2]!]!.i1]?.t === ',') continue;
    if (d && d.cue.ref === 'described' && d.cue.roleHead !== ONE_OF && (group || d.cue.text?.endsWith(' (unnamed)'))) {
      const words = (d.cue.text ?? '').replace(/ \(unnamed\)$/, '').replace(/^\p{Lu}/u, (c) => c.toLowerCase());
      const head = d.cue.roleHead ?? '';
      out.push({ at: i, text: group && head ? words.replace(new RegExp(`\\b${head}\\b`), singular(head)) : words, head, group });
      i = d.end;
    }
  }
  return out;
}

const APPROX = new Set(['about', 'around', 'some', 'nearly', 'almost', 'roughly', 'over', 'approximately']);
/** "About 40", "more than 200", "at least 1,000", "300": a count before a group ("About 40 residents
 * chanted"), read like "some"; the token after the count, or k when there is none. */
function countEnd(toks: Tok[], k: number, sent: number): number {
  let j = k;
  const w0 = wordIn(toks, j, sent);
  if (!COUNT_OPENERS.has(w0) && !(w0.charCodeAt(0) >= 48 && w0.charCodeAt(0) <= 57)) return k;
  const w1 = wordIn(toks, j + 1, sent);
  if ((w0 === 'more' || w0 === 'fewer') && w1 === 'than') j += 2;
  else if (w0 === 'at' && w1 === 'least') j += 2;
  else if (w0 === 'up' && w1 === 'to') j += 2;
  else if (APPROX.has(w0)) j++;
  return /^\d[\d,]*$/.test(wordIn(toks, j, sent)) ? j + 1 : k;
}
/** the lower-cased word at n in sentence `sent`, or '' */
function wordIn(toks: Tok[], n: number, sent: number): string {
  const t = toks[n];
  return t?.k === 'w' && t.sent === sent ? t.lo : '';
}
const COUNT_OPENERS = new Set(['more', 'fewer', 'at', 'up', 'about', 'around', 'some', 'nearly', 'almost', 'roughly', 'over', 'approximately']);

/** Words for a part of a body that speaks as one ("the youth wing said", "the party’s caucus"); no
 * name's last word makes it an organisation's, so apart from ORG_HEADS. */
const BODY_PARTS = new Set(['wing', 'caucus', 'faction', 'branch', 'chapter', 'subsidiary', 'division']);
/** Plurals of words for bodies that speak together ("three regional beekeeping associations said"). */
const PLURAL_BODIES = new Set(['associations', 'unions', 'federations', 'councils', 'firms', 'banks', 'agencies', 'parties', 'charities', 'organisations', 'organizations', 'clubs', 'societies', 'leagues', 'committees', 'commissions', 'authorities', 'trusts', 'cooperatives', 'co-operatives']);
/** Bodies that own bodies of their own ("the ministry’s debt agency", "the party’s youth wing"), and
 * places that do ("the island’s rescue coordination centre", "the country’s health ministry"). */
const BODY_OWNERS = new Set(['ministry', 'department', 'government', 'party', 'council', 'union', 'company', 'bank', 'agency', 'commission', 'church', 'club', 'university', 'army', 'police', 'state', 'city', 'county', 'federation', 'league', 'association', 'group', 'firm', 'board', 'authority', 'service',
  'island', 'country', 'nation', 'region', 'province', 'town', 'district', 'borough', 'territory', 'republic', 'kingdom', 'capital']);
/** After an owner's possessive at `k`, a document it issued, past up to two modifiers: "the
 * ombudsman's report", "the mission's daily report" (its issuer's, but a document speaks for
 * itself in a story; a statement or letter is the owner's own words, see OWNED_WRITING). */
function ownedDocumentAfter(toks: Tok[], k: number): boolean {
  const sent = toks[k]!.sent;
  for (let h = k + 1; h <= k + 3; h++) {
    const t = toks[h];
    if (t?.k !== 'w' || t.cap || t.sent !== sent || t.poss) return false;
    if (DOCUMENT_NOUNS.has(t.lo)) return !OWNED_WRITING.has(t.lo);
    if (FUNCTION_WORDS.has(t.lo) || SPEECH_VERBS.has(t.lo)) return false;
  }
  return false;
}
/** Words for what a party or movement believes, which end like a person noun ("the nationalist Plaid
 * Cymru", "the centrist Renew party"). */
const CREEDS = /(?:nationalist|socialist|communist|unionist|centrist|populist|separatist|loyalist|leftist|marxist|islamist|federalist|royalist|reformist|globalist|republican|libertarian|authoritarian|totalitarian|egalitarian)$/;
/** Adverbs between a speaker and the verb that do not change who speaks ("my coach once told me"). */
const ONCE_ADVERBS = new Set(['once', 'always', 'often', 'later', 'also', 'then', 'still']);
/** Time zones as a live page or a wire stamps its times ("09:14 GMT", "4pm BST"). */
const TIME_ZONES = new Set('GMT BST UTC CET CEST EET EEST WET WEST EST EDT CST CDT MST MDT PST PDT AEST AEDT ACST AWST NZST NZDT SAST EAT WAT CAT JST KST HKT SGT PKT'.split(' '));
/** A member of a parliament by the letters after their name, as a role ("a rebel MP", "the MLA"). */
const memberLetters = (t: string): boolean => {
  const m = /^(\p{Lu}+)s?$/u.exec(t);
  return !!m && MEMBER_LETTER_WORDS.has(m[1]!.toLowerCase());
};
/** An unnamed speaker starting at token i: "a government official", "one resident", "a spokesperson
 * for the company", "protesters", "the complaint", "a state news agency". Definite singular roles
 * ("the president") are not here: they refer to someone in the cast (see refEndingAt). */
/** "One of his former colleagues", "One of Mr Okoro’s neighbours", from token `i` (the owner):
 * one of someone's people, as "former colleague (unnamed)"; else null. */
function oneOfSomeones(ctx: Ctx, i: number, sent: number): { cue: LocalCue; end: number } | null {
  const { toks } = ctx;
  let k = i;
  if (/^(?:his|her|their)$/.test(toks[k]?.lo ?? '')) k++;
  else {
    while (k < i + 3 && toks[k]?.k === 'w' && toks[k]!.cap && !toks[k]!.poss && toks[k]!.sent === sent) k++;
    if (!toks[k]?.poss || !toks[k]!.cap || toks[k]!.sent !== sent) return null;
    k++;
  }
  const start = k;
  for (; k < start + 3 && toks[k]?.k === 'w' && !toks[k]!.cap && toks[k]!.sent === sent; k++) {
    const lo = toks[k]!.lo;
    const one = singular(lo);
    if (one !== lo && isPersonNoun(one)) {
      // (not when the sentence goes on to name them: "One of his guests, a retired general
      // identified on screen as Anatoly Berezkin, went further.")
      if (ctx.mentions.some((m) => m.sent === sent && m.i0 > k && m.type !== 'place' && m.type !== 'org' && (m.type === 'person' || m.personEvidence || m.tokens.length >= 2))) return null;
      const before = start < k ? `${ctx.text.slice(toks[start]!.s, toks[k - 1]!.e).replace(/\s+/g, ' ')} ` : '';
      return { cue: { ...NONE, ref: 'described', roleHead: one, gender: ROLE_GENDER[one] ?? null, text: `${before}${one} (unnamed)`, at: k }, end: k };
    }
    if (FUNCTION_WORDS.has(lo) || isVerbish(lo)) return null;
  }
  return null;
}
const COPULAS = new Set(['was', 'is', 'were', 'are', 'became', 'becomes', 'remained', 'remains']);
/** Token k comes right after a word in capitals and a colon opening the paragraph ("VELSKAR:
 * Protesters chanted", read as a dateline or a transcript's label). */
const afterCapsLabel = (toks: Tok[], k: number) => k === 2 && toks[1]!.t === ':' && /^\p{Lu}{2,}$/u.test(toks[0]!.t);
function describedStartingAt(ctx: Ctx, i: number, sent: number): { cue: LocalCue; end: number } | null {
  const { toks } = ctx;
  let k = i;
  const d = toks[k];
  if (d?.k !== 'w' || d.sent !== sent) return null;
  let det: string | null = null;
  if (!d.cap || k === 0 || toks[k - 1]!.sent !== sent || toks[k - 1]!.k !== 'w') {
    const counted = countEnd(toks, k, sent);
    if (counted > k) { det = 'some'; k = counted; }
    else if (DETERMINERS.has(d.lo) || QUANTIFIERS.has(d.lo) || d.lo === 'some') { det = d.lo; k++; }
  }
  // "His family said", "Her lawyers said": someone's unnamed people speaking (never the owner)
  // (or, in an answer or a first-person account, "My father said, “...”": the speaker's relative)
  // (or what they called it: "a result her coach described as “...”")
  // (and "my old coach once told me, “...”": someone the speaker knew, not only a relative)
  const own = (det === 'my' || det === 'his' || det === 'her' || det === 'their') && (toks[k]?.lo === 'own' || toks[k]?.lo === 'old') && toks[k]!.sent === sent ? 1 : 0;
  const verbAt = ONCE_ADVERBS.has(toks[k + own + 1]?.lo ?? '') && toks[k + own + 1]!.sent === sent ? k + own + 2 : k + own + 1;
  if ((det === 'his' || det === 'her' || det === 'their' || (det === 'my' && toks[k + own]?.lo !== undefined && (toks[k + own]!.lo in KIN || ROLE_NOUNS.has(toks[k + own]!.lo) || isKnownPersonNoun(toks[k + own]!.lo)))) && toks[k + own]?.k === 'w' && !toks[k + own]!.cap && toks[k + own]!.sent === sent && (isGroupNoun(toks[k + own]!.lo) || isPersonNoun(toks[k + own]!.lo)) && (strongSpeech(toks[verbAt]) || NAMING_SPEECH.test(toks[verbAt]?.lo ?? '')) && toks[verbAt]!.sent === sent) {
    k += own;
    const head = toks[k]!;
    return { cue: { ...NONE, ref: 'described', roleHead: head.lo, gender: ROLE_GENDER[head.lo] ?? null, text: `${det} ${head.lo}`, at: k }, end: k };
  }
  if (det === 'that' || det === 'this' || det === 'his' || det === 'her' || det === 'my' || det === 'your' || det === 'our') return null;
  // (nor what the subject is, after its verb "to be": "she was a classically trained stage actor who
  // once said ...", the subject herself, not someone new)
  // (only when that subject is someone already in view, a pronoun or a name right before the verb: not
  // "The first person to reach him was a taxi driver who said ...", someone new)
  // (or a name set off before it, "..., Gerald Featherstone, is a retired rancher who says", or a title
  // in quotation marks, "“The Night Shift Body” was a modest bestseller")
  const subjectBefore = (k: number): boolean => /^(?:he|she|they)$/.test(toks[k]?.lo ?? '') || toks[k]?.k === 'q' || (toks[k]?.k === 'w' && toks[k]!.cap && (ctx.mentionAt[k] ?? -1) >= 0) || (toks[k]?.t === ',' && toks[k - 1]?.k === 'w' && toks[k - 1]!.cap && (ctx.mentionAt[k - 1] ?? -1) >= 0);
  if ((det === 'a' || det === 'an') && COPULAS.has(toks[i - 1]?.lo ?? '') && toks[i - 1]!.sent === sent && subjectBefore(i - 2)) return null;
  // "one of them said": one of a group counted before (the linking pass finds which)
  if (det === 'one' && toks[k]?.lo === 'of' && (toks[k + 1]?.lo === 'them' || toks[k + 1]?.lo === 'those') && toks[k + 1]!.sent === sent) {
    return { cue: { ...NONE, ref: 'described', roleHead: ONE_OF, text: 'one of them', at: k + 1 }, end: k + 1 };
  }
  // "The other said:" after "one of them said": the other one of the same group
  if (det === 'the' && toks[k]?.lo === 'other' && toks[k]!.sent === sent && (toks[k + 1]?.sent !== sent || toks[k + 1]!.k !== 'w' || strongSpeech(toks[k + 1]))) {
    return { cue: { ...NONE, ref: 'described', roleHead: ONE_OF, text: 'the other', at: k }, end: k };
  }
  // "..., said one." / "One said": one of them too
  // (not one of the things a phrase set off after it says whose: "One, signed by a girl named Maya,
  // says:", "One, from a retired lorry driver in Chepstow, read:")
  if (det === 'one' && toks[k]?.t === ',' && toks[k]!.sent === sent && /^(?:signed|from|by|written|addressed|left|posted|sent|dated|handwritten)$/.test(toks[k + 1]?.lo ?? '')) return null;
  if (det === 'one' && (toks[k]?.sent !== sent || toks[k]!.k !== 'w' || strongSpeech(toks[k]))) {
    return { cue: { ...NONE, ref: 'described', roleHead: ONE_OF, text: 'one of them', at: k - 1 }, end: k - 1 };
  }
  // "one of the climbers", "some of the residents": part of a group
  if (det && (det === 'one' || QUANTIFIERS.has(det)) && toks[k]?.lo === 'of' && toks[k]!.sent === sent) {
    const inner = describedStartingAt(ctx, k + 1, sent);
    // ("One of his former colleagues", "One of Mr Okoro’s former colleagues": one of someone's
    // people, described by what they are to them)
    if (det === 'one' && inner?.cue.ref !== 'described') return oneOfSomeones(ctx, k + 1, sent);
    if (inner?.cue.ref !== 'described' || inner.cue.text?.endsWith('(unnamed)')) return null;
    // ("one of the people, a senior administration official who ...": the vague group's one is
    // what the appositive says they are)
    if (det === 'one' && VAGUE_PEOPLE.has(toks[inner.end]?.lo ?? '') && toks[inner.end + 1]?.t === ',' && /^(?:a|an)$/.test(toks[inner.end + 2]?.lo ?? '') && toks[inner.end + 2]!.sent === sent) {
      for (let h = inner.end + 3; h <= inner.end + 6; h++) {
        const w = toks[h];
        if (w?.k !== 'w' || w.sent !== sent || w.poss || FUNCTION_WORDS.has(w.lo)) break;
        if (!w.cap && (ROLE_NOUNS.has(w.lo) || isPersonNoun(w.lo)) && !(toks[h + 1]?.k === 'w' && !toks[h + 1]!.cap && (ROLE_NOUNS.has(toks[h + 1]!.lo) || isPersonNoun(toks[h + 1]!.lo)))) {
          const words = ctx.text.slice(toks[inner.end + 3]!.s, w.e).replace(/\s+/g, ' ');
          return { cue: { ...inner.cue, roleHead: w.lo, text: `${words} (unnamed)`, gender: ROLE_GENDER[w.lo] ?? null }, end: inner.end };
        }
        if (!w.cap && isVerbish(w.lo) && !isNounish(w.lo)) break;
      }
    }
    const words = ctx.text.slice(d.s, toks[inner.end]!.e).replace(/\s+/g, ' ');
    const text = det === 'one' ? `${words.replace(/^One/, 'one')} (unnamed)` : words.replace(/^\p{Lu}/u, (c) => c.toLowerCase());
    return { cue: { ...inner.cue, text, gender: null }, end: inner.end };
  }
  const start = k;
  // modifiers: "senior government", "state news", "Ohio" (not verbs, not function words)
  // (a body's name in capitals may run longer: "A Department of Health and Social Care spokesperson")
  // (with commas in a list of its words: "A Foreign, Commonwealth and Development Office spokesperson")
  const longName = (at: number) => !!det && at - start < 9 && toks[start]!.cap && toks.slice(start, at).every((w, x) => (w.k === 'w' && !w.poss && (w.cap || /^(?:for|of|and)$/.test(w.lo))) || (w.t === ',' && toks[start + x + 1]?.cap === true));
  while (k < toks.length && (k - start < 4 || longName(k))) {
    const t = toks[k]!;
    // ("The finance ministry’s debt agency said", "the party’s youth wing": a body's own body, named
    // by what owns it, or a document it issued, "the board’s report"; not its statement or letter,
    // which are the owner’s words)
    if (t.k === 'w' && t.poss && !t.cap && det === 'the' && t.sent === sent && (BODY_OWNERS.has(t.lo) || ownedDocumentAfter(toks, k)) && toks[k + 1]?.k === 'w' && !toks[k + 1]!.cap && toks[k + 1]!.sent === sent && !OWNED_WRITING.has(toks[k + 1]!.lo)) { k++; continue; }
    // ("The national farmers' federation", "the nurses' union": the people a body is of)
    if (t.k === 'w' && t.poss && !t.cap && det === 'the' && t.sent === sent && /[^s]s$/.test(t.lo) && (isPersonNoun(t.lo) || isGroupNoun(t.lo)) && toks[k + 1]?.k === 'w' && !toks[k + 1]!.cap && toks[k + 1]!.sent === sent && (ORG_HEADS.has(toks[k + 1]!.lo) || BODY_PARTS.has(toks[k + 1]!.lo))) { k++; continue; }
    if (t.t === ',' && k > start && longName(k + 1) && toks[k + 1]?.k === 'w' && toks[k + 1]!.cap) { k++; continue; }
    if (t.k !== 'w' || t.sent !== sent || t.poss) break;
    // ("A second person said", "a third resident"): a word of order is a modifier, whatever else it may be
    if (det && !t.cap && SEQUENCE_WORDS.has(t.lo)) { k++; continue; }
    // ("A Department for Education spokesperson said"): "for", "of" or "and" inside a body's name in
    // capitals
    if (det && !t.cap && k > start && /^(?:for|of|and)$/.test(t.lo) && toks[k - 1]!.cap && toks[k + 1]?.k === 'w' && toks[k + 1]!.cap && toks[k + 1]!.sent === sent) { k++; continue; }
    // (or the story's first after its dateline or a label in capitals: "PATNA: Supporters chanted")
    const opensSentence = k === i && (k === 0 || toks[k - 1]!.sent !== sent || toks[k - 1]!.k === 'q' || !!toks[k - 1]!.dateline || afterCapsLabel(toks, k));
    if ((!t.cap || opensSentence || memberLetters(t.t)) && (GROUP_NOUNS.has(t.lo) || DOCUMENT_NOUNS.has(t.lo) || ROLE_NOUNS.has(t.lo) || ORG_HEADS.has(t.lo) || BODY_PARTS.has(t.lo) || PLURAL_BODIES.has(t.lo) || isPersonNoun(t.lo) || isGroupNoun(t.lo) || headOfWord(toks, k) || (det === 'the' && ORG_ANAPHORS.has(t.lo) && strongSpeech(toks[k + 1]) && toks[k + 1]!.sent === sent))) {
      const nx = toks[k + 1];
      // a noun modifying another ("news agency", "government official"): keep going
      // (and a body's word before a person noun: "A board member", "a union member")
      // (and "volunteer" before one: "A volunteer driver")
      if (nx && nx.k === 'w' && (!nx.cap || memberLetters(nx.t)) && nx.sent === sent && (GROUP_NOUNS.has(nx.lo) || DOCUMENT_NOUNS.has(nx.lo) || ROLE_NOUNS.has(nx.lo) || ORG_HEADS.has(nx.lo) || BODY_PARTS.has(nx.lo) || ((ORG_HEADS.has(t.lo) || t.lo === 'volunteer') && isPersonNoun(nx.lo) && !isGroupNoun(nx.lo)))) { k++; continue; }
      break;
    }
    const nx = toks[k + 1];
    // (a word right after the article is no verb, when a noun follows it: "A state health department
    // official")
    const modifiesNext = !!nx && nx.k === 'w' && !nx.cap && nx.sent === sent && (GROUP_NOUNS.has(nx.lo) || DOCUMENT_NOUNS.has(nx.lo) || ROLE_NOUNS.has(nx.lo) || ORG_HEADS.has(nx.lo) || isNounish(nx.lo) || (k === start && det !== null && DETERMINERS.has(det) && !FUNCTION_WORDS.has(nx.lo) && !SPEECH_VERBS.has(nx.lo) && !AUXILIARIES.has(nx.lo)));
    if (FUNCTION_WORDS.has(t.lo) || ((SPEECH_VERBS.has(t.lo) || (!t.cap && isVerbish(t.lo) && !/ed$/.test(t.lo))) && !modifiesNext)) return null;
    if (t.cap && ctx.mentionAt[k]! >= 0 && ctx.mentions[ctx.mentionAt[k]!]!.type === 'person') return null;
    k++;
  }
  const head = toks[k];
  // a capitalised head only as the sentence's first word ("Critics said ...")
  const firstWord = !!head && (k === 0 || toks[k - 1]!.sent !== sent || toks[k - 1]!.k === 'q' || !!toks[k - 1]!.dateline || afterCapsLabel(toks, k));
  if (head?.k !== 'w' || (head.cap && !(firstWord && k === i) && !memberLetters(head.t)) || head.sent !== sent) return null;
  if (head.poss) return null; // "the government's offer": the owner, not a speaker
  const lo = head.lo;
  // "A group of traditionalist parishes said": the members the collective noun counts, plural
  // nouns with up to three modifiers ("group" alone says nothing of who is speaking)
  if (COLLECTIVES.has(lo) && det !== null && (INDEFINITE.has(det) || det === 'the') && toks[k + 1]?.lo === 'of' && toks[k + 1]!.sent === sent) {
    let m = k + 2;
    while (m < toks.length && m - k <= 5 && toks[m]!.k === 'w' && toks[m]!.sent === sent && !toks[m]!.cap && !toks[m]!.poss && !FUNCTION_WORDS.has(toks[m]!.lo) && !SPEECH_VERBS.has(toks[m]!.lo)) m++;
    const last = toks[m - 1]!;
    const nx = toks[m];
    if (m > k + 2 && last.k === 'w' && /[^s]s$/.test(last.lo) && !/(?:ed|ing)$/.test(last.lo) && (!nx || nx.sent !== sent || nx.k !== 'w' || strongSpeech(nx) || AUXILIARIES.has(nx.lo) || POST_PREPS.has(nx.lo) || nx.lo === 'who')) {
      return { cue: { ...NONE, ref: 'described', roleHead: last.lo, text: toks.slice(k + 2, m).map((w) => w.lo).join(' '), at: m - 1 }, end: m - 1 };
    }
  }
  let kind: 'person' | 'group' | 'document' | 'org';
  // ("three regional beekeeping associations said", "Unions said"): bodies of a kind, speaking together
  if (GROUP_NOUNS.has(lo) || PLURAL_BODIES.has(lo) || (isGroupNoun(lo) && !DOCUMENT_NOUNS.has(lo) && !ORG_HEADS.has(lo))) kind = 'group';
  // (not with an age, which news copy gives someone it has named: "says the 71-year-old retired
  // teacher")
  else if (ROLE_NOUNS.has(lo) && det !== null && (INDEFINITE.has(det) || (det === 'the' && definitePP(toks, k) && !/^\d+-year-old$/.test(toks[start]?.lo ?? '')))) kind = 'person';
  else if ((isPersonNoun(lo) || headOfWord(toks, k)) && !DOCUMENT_NOUNS.has(lo) && !ORG_HEADS.has(lo) && det !== null && INDEFINITE.has(det)) kind = 'person';
  else if (DOCUMENT_NOUNS.has(lo) && det !== null && !QUANTIFIERS.has(det)) kind = 'document';
  else if ((ORG_HEADS.has(lo) || BODY_PARTS.has(lo)) && det !== null && (det === 'the' || INDEFINITE.has(det))) kind = 'org';
  // "the airline said", "the carrier said": a word for an organisation right before a verb of saying
  // is the organisation the story named ("the company said" is read the same way)
  else if (det === 'the' && ORG_ANAPHORS.has(lo) && k === start && strongSpeech(toks[k + 1]) && toks[k + 1]!.sent === sent) kind = 'org';
  else return null;
  // a group noun needs no determiner only at a clause start or before its verb ("Protesters chanted")
  let end = k;
  // "for the company", "of the union", "at the ministry" (one phrase, up to 6 words)
  // ... or an adjective with its phrase: "close to the mayor", "familiar with the talks", "briefed on the plan"
  const adjPP = !!toks[k + 1] && toks[k + 1]!.k === 'w' && !toks[k + 1]!.cap && toks[k + 1]!.sent === sent && POSTNOMINAL_ADJ.test(toks[k + 1]!.lo) && POST_PREPS.has(toks[k + 2]?.lo ?? '') && toks[k + 2]!.sent === sent;
  const pp = adjPP ? toks[k + 2] : toks[k + 1];
  if (pp && pp.k === 'w' && pp.sent === sent && POST_PREPS.has(pp.lo) && (kind === 'person' || kind === 'group')) {
    let m = adjPP ? k + 3 : k + 2;
    let last = -1;
    /** token x is a body's noun in lower case ("authority", "ministry") */
    const bodyAfter = (x: number) => toks[x]?.k === 'w' && !toks[x]!.cap && toks[x]!.sent === sent && (ORG_HEADS.has(toks[x]!.lo) || GROUP_NOUNS.has(toks[x]!.lo));
    while (m < toks.length && m - k <= 8) {
      const t = toks[m]!;
      if (t.k !== 'w' || t.sent !== sent) break;
      // (nor when it was said: "said a senior planner on Monday", "by a visiting engineer last week")
      if (isDateWord(t.lo) || MONTHS.has(t.lo)) break;
      // (a weak word of saying that modifies the noun after it is no verb: "An official at the state
      // health ministry")
      const nt = toks[m + 1];
      // (and a word that may be a verb before a body's noun is its kind: "the state transport authority")
      const modifier = (WEAK_SPEECH.has(t.lo) && !!nt && nt.k === 'w' && !nt.cap && nt.sent === sent && !FUNCTION_WORDS.has(nt.lo) && !SPEECH_VERBS.has(nt.lo) && (!isVerbish(nt.lo) || bodyAfter(m + 2)) && DETERMINERS.has(toks[m - 1]?.lo ?? '')) || (!SPEECH_VERBS.has(t.lo) && bodyAfter(m + 1));
      if (t.lo === 'who' || t.lo === 'which' || t.lo === 'that' || (SPEECH_VERBS.has(t.lo) && !modifier)) break;
      if (!t.cap && FUNCTION_WORDS.has(t.lo) && !DETERMINERS.has(t.lo) && t.lo !== 'of' && t.lo !== 'and') break;
      if (!t.cap && !t.poss && isVerbish(t.lo) && !modifier && !GROUP_NOUNS.has(t.lo) && !ORG_HEADS.has(t.lo) && !ROLE_NOUNS.has(t.lo)) break;
      // (nor a past tense the lexicon does not list: "A senior diplomat from a large country defended")
      // (or a verb of getting up to speak: "A woman in a yellow head-wrap stands up.")
      if ((m > k + 3 && pastTenseAt(toks, m)) || (m > k + 2 && standingVerbAt(toks, m))) break;
      if (!DETERMINERS.has(t.lo) && t.lo !== 'of' && t.lo !== 'and') last = m;
      m++;
    }
    if (last > k + 1) end = last;
  }
  // "a court document filed by Jane Doe": the document speaks for its author
  if (kind === 'document') {
    const by = toks[k + 2];
    if (toks[k + 1]?.k === 'w' && AUTHORED.has(toks[k + 1]!.lo) && by?.lo === 'by' && by.sent === sent) {
      const r = refStartingAt(ctx, k + 3, sent);
      if (r && r.ref !== 'none') return { cue: r, end: r.at };
    }
  }
  // ("A second person, an official in the prime minister's office, said": the one a word that says
  // only "someone" is, by the description set off after it)
  if (kind === 'person' && (lo === 'person' || lo === 'source' || lo === 'individual') && toks[end + 1]?.t === ',' && /^(?:a|an)$/.test(toks[end + 2]?.lo ?? '') && toks[end + 2]!.sent === sent) {
    const inner = describedStartingAt(ctx, end + 2, sent);
    if (inner && inner.cue.ref === 'described' && inner.cue.text?.endsWith(' (unnamed)') && toks[inner.end + 1]?.t === ',') return { cue: { ...inner.cue, at: k }, end };
  }
  const words = ctx.text.slice(toks[start]!.s, toks[end]!.e + (toks[end]!.poss ? 2 : 0)).replace(/\s+/g, ' ').replace(/[\u2019']s?$/, '');
  const text = kind === 'person' ? `${words.replace(/^(?:unnamed|anonymous|unidentified) /i, '')} (unnamed)` : kind === 'group' ? words : det === 'the' ? `the ${words}` : words;
  const ref: RefKind = kind === 'person' || kind === 'group' ? 'described' : 'org';
  return { cue: { ...NONE, ref, roleHead: lo, gender: ROLE_GENDER[lo] ?? null, text, at: k }, end };
}

/** "A letter from the bank to customers described ...", "The report, by the Centre for Rail
 * Policy, called ...": a sentence opening with a document noun and a phrase after it (a preposition,
 * or one set off by a comma) running up to token j, the word before the speech verb: the document
 * speaks, never a name or a group in its phrase ("a memo written by Ann Dey" is left to documentBy) */
const DOC_PHRASE = /^(?:by|from|to|of|on|into|for|about|against|in)$/;
function documentOpening(toks: Tok[], j: number, sent: number): LocalCue | null {
  // (the sentence's own opening: not "In a statement to the exchange, the company said")
  const k = sentenceStartFrom(toks, j, sent);
  const det = toks[k];
  // (or a word saying what kind of document, with no article: "New guidance for doctors treating long
  // Covid says")
  const article = det?.k === 'w' && /^(?:a|an|the|its|their|his|her)$/.test(det.lo);
  if (det?.k !== 'w' || !(article || /^(?:new|draft|revised|updated|interim|final)$/.test(det.lo))) return null;
  let d = k + 1;
  while (d < j && d <= k + 3 && toks[d]!.k === 'w' && !toks[d]!.cap && !DOCUMENT_NOUNS.has(toks[d]!.lo)) d++;
  let dn = toks[d];
  // (a statement is its issuer's words: "A statement from the club read:" is the club's)
  if (!dn || d >= j || dn.k !== 'w' || dn.cap || dn.poss || !DOCUMENT_NOUNS.has(dn.lo) || dn.lo === 'statement') return null;
  // (someone's own writing is theirs: "Her weekly newsletter to constituents says: “I will ...”")
  if (/^(?:his|her|their)$/.test(det.lo) && PERSONAL_DOCUMENTS.has(dn.lo)) return null;
  // (to the last of two: "A draft report obtained by Reuters")
  if (toks[d + 1]?.k === 'w' && !toks[d + 1]!.cap && d + 1 < j && DOCUMENT_NOUNS.has(toks[d + 1]!.lo) && toks[d + 1]!.lo !== 'statement') dn = toks[++d]!;
  // (past its title in quotation marks set off by commas: "The report, “Nobody Knocks”, based on ...";
  // not before its author: "The report, “Casey Review”, by Dame Louise Casey, says")
  const titled = toks[d + 1]?.t === ',' && toks[d + 2]?.k === 'q' && toks[d + 3]?.t === ',' && d + 3 < j && !/^(?:by|from)$/.test(toks[d + 4]?.lo ?? '') ? 2 : 0;
  // (a document "new" or "draft" with no article: only one no person wrote, "New guidance for doctors
  // ... says"; not "New post from Jess Phillips on X says", "New analysis by ... Sir John Curtice says")
  if (!article && (PERSONAL_DOCUMENTS.has(dn.lo) || toks.slice(d + 1, j + 1).some((t) => t.k === 'w' && /^(?:by|from)$/.test(t.lo)))) return null;
  const nx = toks[d + 1 + titled];
  const nx2 = toks[d + 2 + titled];
  // (or a participle first: "A briefing note seen by the Gazette says", "a report obtained by Reuters")
  // (not a letter, a post or an email, whose words are their writer's: "A letter sent to staff by chief
  // executive Maria Olsen says")
  // (issued, produced or compiled only by a body described, not a person who wrote it: "The
  // avalanche bulletin issued by the regional warning service says", not "The opinion issued by
  // Justice Sonia Marwick says")
  const issued = nx?.k === 'w' && /^(?:issued|produced|compiled)$/.test(nx.lo) && nx2?.lo === 'by' && /^(?:the|a|an)$/.test(toks[d + 3]?.lo ?? '') && toks[d + 4]?.k === 'w' && !toks[d + 4]!.cap && !toks.slice(d + 4, d + 9).some((t) => t.k === 'w' && t.sent === sent && !t.cap && (ROLE_NOUNS.has(t.lo) || isKnownPersonNoun(t.lo)));
  const participle = nx?.k === 'w' && !nx.cap && (/^(?:seen|shown|obtained|leaked|commissioned|published|prepared|reviewed|filed|released|circulated|sent|given|presented|submitted|tabled|delivered)$/.test(nx.lo) || issued) && nx2?.k === 'w' && DOC_PHRASE.test(nx2.lo) && !(PERSONAL_DOCUMENTS.has(dn.lo) && dn.lo !== 'note');
  // (or a participle set off by commas: "The report, based on tests with 3,400 secondary school
  // pupils, says")
  // (not a letter, a note or a post, whose words are their writer's: "The note, found on the kitchen
  // table, says he was ...")
  const setOffParticiple = nx?.t === ',' && nx2?.k === 'w' && !nx2.cap && (/ed$/.test(nx2.lo) || SET_OFF_PARTICIPLES.has(nx2.lo)) && !SPEECH_VERBS.has(nx2.lo) && !PERSONAL_DOCUMENTS.has(dn.lo);
  const phrase = (nx?.k === 'w' && DOC_PHRASE.test(nx.lo)) || (nx?.t === ',' && nx2?.k === 'w' && (nx2.lo === 'by' || nx2.lo === 'from')) || participle || setOffParticiple;
  if (!phrase) return null;
  // (or, after a phrase of its own, a participle's phrase set off by commas: "The audit of Bedford
  // Harbour Regional Hospital, obtained through a freedom of information request, says")
  let setOffAt = -1;
  // (not one by its writer: "The post by Attorney General Renata Kowalski-Dunn, published late
  // Wednesday, said" is hers)
  if (nx?.k === 'w' && DOC_PHRASE.test(nx.lo) && nx.lo !== 'by' && nx.lo !== 'from' && !PERSONAL_DOCUMENTS.has(dn.lo) && toks[j]?.t === ',') {
    for (let m = d + 2; m < j; m++) {
      if (toks[m]!.t !== ',') continue;
      const pt = toks[m + 1];
      if (setOffAt < 0 && pt?.k === 'w' && !pt.cap && (DOCUMENT_PARTICIPLES.test(pt.lo) || SET_OFF_PARTICIPLES.has(pt.lo))) setOffAt = m;
      else return null;
    }
  }
  for (let m = d + 1; m <= j; m++) {
    const tm = toks[m]!;
    if (setOffAt >= 0 && (m === setOffAt || m === j)) continue;
    if (titled && (m === d + 1 || m === d + 2)) continue;
    // (no comma but the one setting the phrase off: "The report, by ..., called")
    // (a word in -ing before a noun is a modifier, no verb: "issued by the regional warning service")
    const modifier = tm.lo.endsWith('ing') && toks[m + 1]?.k === 'w' && !toks[m + 1]!.cap && toks[m + 1]!.sent === sent && !FUNCTION_WORDS.has(toks[m + 1]!.lo) && isNounish(toks[m + 1]!.lo);
    if ((tm.t === ',' && !((m === d + 1 + titled || m === j) && nx?.t === ',')) || tm.k === 'q' || (tm.k === 'w' && !tm.cap && !modifier && (SPEECH_VERBS.has(tm.lo) || AUXILIARIES.has(tm.lo) || tm.lo === 'who' || tm.lo === 'which' || tm.lo === 'that'))) return null;
  }
  return { ...NONE, ref: 'org', roleHead: dn.lo, text: `the ${dn.lo}`, at: j };
}

/** Participles that open a phrase about a document or a statement right after it, with no comma
 * ("A joint statement issued later in the evening said"); not a main verb ("The trustees visited
 * farmers who said"). */
const DOCUMENT_PARTICIPLES = /^(?:issued|published|released|signed|sent|seen|obtained|leaked|commissioned|prepared|filed|tabled|circulated|dated|headed|titled|marked|presented|submitted|posted|distributed|drafted|read|delivered|laid|written|compiled|produced|provided|shared|given|handed)$/;
/** Heads of a subject that a body or its people speak through, beyond ORG_HEADS, GROUP_NOUNS and the
 * document nouns: "The orchestra’s management", "The study's authors", "The military". */
const BODY_SUBJECT_HEADS = new Set(['management', 'military', 'authors', 'trustees', 'leadership', 'delegation', 'advisory']);
/** A sentence opening with a document, a body or its people ("The orchestra’s management said", "The
 * Auditor-General’s report, tabled in parliament in May, says", "The advisory, issued at 4 a.m.,
 * warns", "In a statement, the station said"), owned or not, with a phrase set off
 * by commas or a participle's phrase between it and the verb of saying at v: that subject as the
 * speaker, as written; else null. (A statement or a release is its owner's words, and a letter or
 * a note no one's when the sentence does not say whose.) */
function ownedOrSetOffSubject(ctx: Ctx, v: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  let s0 = sentenceStartFrom(toks, v, sent);
  // (past a phrase opening the sentence: "In a statement released later, the team said")
  s0 = afterIntroPhrase(toks, s0);
  const det = toks[s0];
  if (det?.k !== 'w' || det.sent !== sent || s0 >= v || !/^(?:the|a|an)$/.test(det.lo)) return null;
  let k = s0 + 1;
  // (an owner ending in a possessive: "The orchestra’s", "The pension scheme’s", "The Auditor-General’s")
  let owned = false;
  for (let o = k; o < v && o - k < 4; o++) {
    const t = toks[o]!;
    if (t.k !== 'w' || t.sent !== sent || (!t.cap && FUNCTION_WORDS.has(t.lo))) break;
    if (t.poss) {
      owned = true;
      k = o + 1;
      break;
    }
  }
  // (modifiers, then the head: "212-page", "joint", "written")
  let h = k;
  while (h + 1 < v && h + 1 - k < 4 && toks[h + 1]!.k === 'w' && !toks[h + 1]!.cap && !toks[h + 1]!.poss && toks[h + 1]!.sent === sent && !FUNCTION_WORDS.has(toks[h + 1]!.lo) && !/ed$/.test(toks[h + 1]!.lo) && !isAdv(toks[h + 1]) && !isSpeechVerb(toks[h + 1]!)) h++;
  const head = toks[h];
  if (head?.k !== 'w' || head.cap || head.poss || head.sent !== sent || h >= v) return null;
  for (let m = k; m < h; m++) if (FUNCTION_WORDS.has(toks[m]!.lo) || toks[m]!.cap || (isVerbish(toks[m]!.lo) && !isNounish(toks[m]!.lo) && !/^\d/.test(toks[m]!.t))) return null;
  const lo = head.lo;
  const document = DOCUMENT_NOUNS.has(lo) || lo === 'advisory';
  const group = GROUP_NOUNS.has(lo) || lo === 'authors' || lo === 'trustees';
  if (!document && !group && !ORG_HEADS.has(lo) && !BODY_SUBJECT_HEADS.has(lo)) return null;
  // (a statement, a release, a letter or a note is its writer's words: none when the sentence does
  // not say whose)
  if ((STATEMENT_NOUNS.has(lo) || PERSONAL_DOCUMENTS.has(lo)) && !owned) return null;
  // (nor "the document", which most often stands for one the story named before: the linking pass's)
  if (lo === 'document' || lo === 'documents') return null;
  // (what stands between it and the verb: nothing but adverbs, a phrase set off by commas, or a
  // participle's phrase with no comma)
  let e = v - 1;
  while (e > h && isAdv(toks[e])) e--;
  if (e !== h) {
    const nx = toks[h + 1]!;
    const between = toks.slice(h + 1, e + 1);
    if (between.length > 16 || between.some((t) => t.sent !== sent || (t.k === 'w' && !t.cap && strongSpeech(t)))) return null;
    if (nx.t === ',') {
      const after = toks[h + 2];
      // ("The report, due to go before the cabinet next week, says": when it is due, too)
      if (toks[e]!.t !== ',' || e === h + 1 || between.slice(1, -1).some((t) => t.t === ',') || after?.k !== 'w' || !(/(?:ed|en)$/.test(after.lo) || SET_OFF_PARTICIPLES.has(after.lo) || /^(?:laid|paid|led|told|a|an|which|due)$/.test(after.lo))) return null;
    } else if (!(nx.k === 'w' && !nx.cap && DOCUMENT_PARTICIPLES.test(nx.lo) && !between.some((t) => t.t === ',' || /^(?:who|whom|that|which)$/.test(t.lo)))) return null;
  }
  // (a statement or a release is its owner's words: "The club’s statement read:" is the club's)
  const last = STATEMENT_NOUNS.has(lo) ? toks[k - 1]! : head;
  const words = ctx.text.slice(toks[s0 + 1]!.s, last.e).replace(/\s+/g, ' ').replace(/[\u2019']s?$/, '');
  const text = det.lo === 'the' || owned ? `the ${words}` : words;
  return { ...NONE, ref: group ? 'described' : 'org', roleHead: lo, text, at: h };
}

/** Works a sentence may name besides the document it opens with ("The report described the novel as
 * ..."), any of which a later "its" may mean. */
const OTHER_WORKS = /^(?:novel|memoir|book|biography|album|film|play|poem|strategy|contract|manifesto|bill|act|law|policy|budget|constitution|treaty|agreement|deal|scheme|paper|white)$/;
/** Sentence `sent` opens with "the" and a document noun (up to three words before it), and names no
 * other document or work: the one a next sentence's "its" means ("The 212-page report, published on
 * Thursday, is unusually blunt. Its final chapter reads:"). */
function documentAloneBefore(toks: Tok[], sent: number): boolean {
  const s0 = toks.findIndex((t) => t.sent === sent);
  if (s0 < 0 || toks[s0]!.lo !== 'the') return false;
  let d = s0 + 1;
  while (d < toks.length && d - s0 <= 3 && toks[d]!.k === 'w' && !toks[d]!.cap && toks[d]!.sent === sent && !DOCUMENT_NOUNS.has(toks[d]!.lo)) d++;
  if (!DOCUMENT_NOUNS.has(toks[d]?.lo ?? '') || toks[d]!.sent !== sent || toks[d]!.poss) return false;
  return !toks.some((t, k) => k > d && t.sent === sent && t.k === 'w' && (DOCUMENT_NOUNS.has(t.lo) || OTHER_WORKS.test(t.lo)));
}
/** Parts of a document that speak for it ("Its final chapter reads:"). */
const DOCUMENT_PARTS = new Set(['chapter', 'conclusion', 'conclusions', 'summary', 'introduction', 'foreword', 'preface', 'preamble', 'section', 'paragraph', 'page', 'recommendations', 'findings', 'verdict']);
/** Documents that are their issuer's words ("a statement from the club", "a release by the company"). */
const STATEMENT_NOUNS = new Set(['statement', 'release']);
/** Things a person writes in their own voice: their words are theirs ("The post by Attorney General
 * Ann Roe, published late Wednesday, said ..."), where a report by someone stays the report's. */
const PERSONAL_DOCUMENTS = new Set(['post', 'tweet', 'letter', 'email', 'e-mail', 'message', 'blog', 'column', 'op-ed', 'essay', 'memoir', 'note', 'newsletter']);
/** "A report by ...", "The letter from ...": a document noun opening its clause, then "by" or
 * "from", ending before token i; the document as the speaker ("the report"). */
function documentBy(toks: Tok[], i: number, sent: number): LocalCue | null {
  for (let k = i - 1; k >= 2 && i - k <= 8; k--) {
    const t = toks[k]!;
    if (t.k !== 'w' || t.sent !== sent) return null;
    if (t.cap || (t.lo !== 'by' && t.lo !== 'from')) continue;
    const dn = toks[k - 1]!;
    if (dn.k !== 'w' || dn.cap || dn.sent !== sent || !DOCUMENT_NOUNS.has(dn.lo)) return null;
    // the determiner, up to two modifiers before the noun ("A new report by", "The annual review from")
    let d = k - 2;
    while (d >= 0 && k - 1 - d <= 3 && toks[d]!.k === 'w' && toks[d]!.sent === sent && !DETERMINERS.has(toks[d]!.lo)) d--;
    const det = toks[d];
    if (det?.k !== 'w' || det.sent !== sent || !(det.lo === 'a' || det.lo === 'an' || det.lo === 'the')) return null;
    const before = toks[d - 1];
    if (before && before.sent === sent && before.k === 'w') return null;
    return { ...NONE, ref: 'org', roleHead: dn.lo, text: `the ${dn.lo}`, at: k - 1 };
  }
  return null;
}

/** Irregular participles whose agent follows "by" ("a boy hit by a van"). */
const AGENT_PARTICIPLES = new Set(['hit', 'struck', 'shot', 'beaten', 'bitten', 'caught', 'run', 'hurt', 'taken', 'held', 'brought', 'driven', 'stolen', 'thrown', 'led', 'sent', 'made', 'built', 'chosen', 'bought', 'sold', 'paid', 'left', 'kept', 'seen']);
/** The phrase opening at s0 is the object of a preposition hung on words before it, not the
 * subject: the agent of a participle ("a woman killed by a drink-driver"), after "because of", or a
 * place after "someone" ("someone in the public gallery shouted"). */
function phraseObject(toks: Tok[], s0: number): boolean {
  const p = toks[s0 - 1];
  const p2 = toks[s0 - 2];
  if (p?.k !== 'w' || p2?.k !== 'w' || p2.sent !== p.sent) return false;
  if (p.lo === 'by') return /ed$/.test(p2.lo) || IRREGULAR_PARTICIPLES.has(p2.lo) || AGENT_PARTICIPLES.has(p2.lo);
  if (p.lo === 'of') return /^(?:because|instead|regardless)$/.test(p2.lo);
  // (or whom a document went to: "An advisory issued to farmers says", "an email sent to staff said")
  if (p.lo === 'to') return /^(?:sent|issued|addressed|circulated|distributed|handed|delivered|emailed|posted)$/.test(p2.lo);
  // (or a place where the subject was, after a word of theirs: "A woman walking her dog on the
  // opposite bank told police")
  if (/^(?:on|along|across|beside|opposite|near|behind|outside|inside|over|under|past|through)$/.test(p.lo) && !p2.cap && !FUNCTION_WORDS.has(p2.lo) && !strongSpeech(p2)) return true;
  // (or after a voice: "a voice from the public gallery shouted", "a voice somewhere in the crowd")
  // (or "members of the public in the gallery shouted": where the public were)
  if (/^(?:in|at|from|among|inside|outside|behind)$/.test(p.lo) && p2.lo === 'public' && toks[s0 - 3]?.lo === 'the' && toks[s0 - 4]?.lo === 'of') return true;
  return /^(?:in|at|from|among|near|inside|outside|behind)$/.test(p.lo) && /^(?:someone|somebody|anyone|anybody|nobody|voice|voices|somewhere)$/.test(p2.lo);
}
/** A finding reported before token v in its sentence: "found that", "ruled that", "concluded that". */
function findingBefore(toks: Tok[], v: number, sent: number): boolean {
  for (let k = v - 1; k > 0 && toks[k]!.sent === sent; k--) if (toks[k]!.lo === 'that' && /^(?:found|finds|ruled|rules|concluded|concludes|held|holds|decided|determined|accepted)$/.test(toks[k - 1]!.lo)) return true;
  return false;
}
/** Bodies someone belongs to, called theirs ("his club", "her party"). */
const OWNED_BODIES = new Set(['club', 'team', 'party', 'union', 'employer', 'school', 'university', 'college', 'church', 'band', 'label', 'publisher', 'agency', 'department', 'regiment', 'firm', 'company']);
/** Words of where a crowd stood or was put, between it and the place ("packed into the hall"). */
const CROWD_PLACED = /^(?:packed|crammed|gathered|assembled|squeezed|huddled|massed|lined|queued|queueing|queuing|waiting|standing)$/;
/** After a crowd ending at token `end`, the words up to token `j` say only where it was put ("packed
 * into the leisure centre"): a place with no verb in it and no one else's ("around her"). */
function crowdPlacedUpTo(toks: Tok[], end: number, j: number): boolean {
  if (!CROWD_PLACED.test(toks[end + 1]?.lo ?? '') || !/^(?:into|in|at|outside|inside|around|along|behind)$/.test(toks[end + 2]?.lo ?? '') || end + 3 > j) return false;
  return toks.slice(end + 3, j + 1).every((t) => t.k === 'w' && !PRONOUN_WORDS.has(t.lo) && (!isVerbish(t.lo) || DETERMINERS.has(t.lo) || t.cap));
}
/** An unnamed speaker whose phrase ends at token j (the word before the speech verb). */
function describedEndingAt(ctx: Ctx, j: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  for (let s0 = Math.max(0, j - 10); s0 <= j; s0++) {
    if (toks[s0]!.sent !== sent) continue;
    let ok = true;
    for (let m = s0; m <= j; m++) if (toks[m]!.k !== 'w') ok = false;
    if (!ok) continue;
    const prev = toks[s0 - 1];
    // the phrase starts a clause or follows punctuation, a conjunction or a preposition
    // (or, with "his", "her" or "their", a clause that says what the noun before was called: "a
    // result her coach described as “...”")
    const ownerClause = /^(?:his|her|their)$/.test(toks[s0]!.lo) && !!prev && prev.k === 'w' && !prev.cap && isNounish(prev.lo) && NAMING_SPEECH.test(toks[j + 1]?.lo ?? '');
    // (or right after a verb of saying, opening the clause it reports: "Several witnesses said a coach
    // had told a crying ten-year-old: “…”")
    const reportedClause = !!prev && prev.sent === sent && prev.k === 'w' && !prev.cap && strongSpeech(prev) && /^(?:a|an|one)$/.test(toks[s0]!.lo) && AUXILIARIES.has(toks[j + 1]?.lo ?? '') && (isPersonNoun(toks[j]!.lo) || ROLE_NOUNS.has(toks[j]!.lo)) && !DOCUMENT_NOUNS.has(toks[j]!.lo);
    if (prev && prev.sent === sent && prev.k === 'w' && !FUNCTION_WORDS.has(prev.lo) && !INTRO_WORDS.has(prev.lo) && !ownerClause && !reportedClause) continue;
    if (prev && prev.k === 'w' && prev.sent === sent && DETERMINERS.has(prev.lo)) continue;
    // (nor a verb after "to" and its object: "continued to send customers estimated bills")
    if (prev?.lo === 'to' && !toks[s0]!.cap && isVerbish(toks[s0]!.lo) && !isNounish(toks[s0]!.lo) && !isPersonNoun(toks[s0]!.lo)) continue;
    // (never the object of a preposition hung on words before it: "A senior officer who asked not
    // to be named because of the ongoing investigation said", "someone in the chamber shouted",
    // "The mother of a woman killed by a drink-driver has told")
    if (prev && prev.k === 'w' && prev.sent === sent && phraseObject(toks, s0)) continue;
    // (nor a verb of saying after a name set off: "..., Dale Voorhees, said members felt “...”")
    if (!toks[s0]!.cap && strongSpeech(toks[s0])) continue;
    const r = describedStartingAt(ctx, s0, sent);
    // (a crowd and where it was put before the verb: "Supporters packed into the leisure centre
    // chanted", "Fans gathered outside the ground sang")
    // (only opening its clause: not "she turned to the workers gathered around her and said:")
    if (r && r.end < j && r.cue.ref === 'described' && !(prev?.k === 'w' && prev.sent === sent && (POST_PREPS.has(prev.lo) || prev.lo === 'to')) && crowdPlacedUpTo(toks, r.end, j)) return r.cue;
    if (r && r.end === j) return (/^(?:his|her|their) /.test(r.cue.text ?? '') ? namedAndRole(ctx, s0, j, sent) : null) ?? (toks[s0]!.lo === 'the' ? personBeforePhrase(ctx, s0 + 1, sent) : null) ?? r.cue;
  }
  return null;
}

/** "it said", "it added in a statement", "what it called": an organisation's words (the linking
 * pass finds which) */
const orgPronounAt = (toks: Tok[], i: number) =>
  toks[i]?.lo === 'it' && toks[i + 1]?.k === 'w' && toks[i + 1]!.sent === toks[i]!.sent &&
  (((strongSpeech(toks[i + 1]) || (/^(?:states|stated)$/.test(toks[i + 1]!.lo) && (i === 0 || toks[i - 1]!.sent !== toks[i]!.sent))) && /(?:said|says|added|adds|wrote|writes|stated|states|warned|warns|noted|notes|concluded|concludes|insisted|insists|urged|urges|acknowledged|acknowledges|recommended|recommends)$/.test(toks[i + 1]!.lo)) ||
    // (or what it calls a thing, opening its sentence: "It describes the backups as “optimistic”")
    ((toks[i - 1]?.lo === 'what' || i === 0 || toks[i - 1]!.sent !== toks[i]!.sent) && /^(?:called|calls|described|describes|termed|terms)$/.test(toks[i + 1]!.lo)));

/** A subject noun phrase starting exactly at token i: pronoun, name (with its titles), or "the ... role". */
function npStartingAt(ctx: Ctx, i: number, sent: number): { ref: LocalCue; end: number } | null {
  const { toks } = ctx;
  const t = toks[i];
  if (!t || t.sent !== sent || t.k !== 'w') return null;
  if (t.lo === 'he' || t.lo === 'she') return { ref: { ...NONE, ref: 'pronoun', gender: t.lo === 'he' ? 'm' : 'f', at: i, text: t.t }, end: i };
  if (orgPronounAt(toks, i)) return { ref: { ...NONE, ref: 'org', at: i, text: 'it' }, end: i };
  // "one of them, speaking on condition of anonymity, said"
  const oneOf = t.lo === 'one' ? describedStartingAt(ctx, i, sent) : null;
  if (oneOf?.cue.roleHead === ONE_OF) return { ref: oneOf.cue, end: oneOf.end };
  let mi = ctx.modOf[i]! >= 0 ? ctx.modOf[i]! : ctx.mentionAt[i]!;
  if (mi >= 0) {
    let m = ctx.mentions[mi]!;
    // "the Gazette's Jane Doe": a possessive owner followed by the real name
    if (m.poss) {
      const nx = m.i1 < toks.length ? mentionAtOrMod(ctx, m.i1) : -1; // nothing after a possessive at the end
      if (nx < 0) return null;
      mi = nx;
      m = ctx.mentions[mi]!;
    }
    if (m.type === 'place') return null;
    return { ref: { ...NONE, ref: m.type === 'org' ? 'org' : 'name', mention: mi, at: m.i1 - 1, text: m.name }, end: m.i1 - 1 };
  }
  if (t.lo === 'the' || t.poss) {
    for (let k = i + 1; k < Math.min(toks.length, i + 6); k++) {
      const tk = toks[k]!;
      if (tk.sent !== sent || tk.k !== 'w') return null;
      const nx = toks[k + 1];
      const headHere = ROLE_NOUNS.has(tk.lo) && !(nx && nx.k === 'w' && (ROLE_NOUNS.has(nx.lo) || nx.lo === 'of'));
      if (headHere || (tk.lo === 'state' && toks[k - 1]?.lo === 'of')) {
        const r = refEndingAt(ctx, k, sent);
        if (r) return { ref: r, end: k };
        return null;
      }
      if (mentionAtOrMod(ctx, k) >= 0) {
        // "the mayor of Leeds", "the wife of John Hale": the role, never the place or the person it is of
        if (toks[k - 1]?.lo === 'of' && (ROLE_NOUNS.has(toks[k - 2]?.lo ?? '') || GROUP_NOUNS.has(toks[k - 2]?.lo ?? '') || isGroupNoun(toks[k - 2]?.lo ?? ''))) {
          const m = ctx.mentions[mentionAtOrMod(ctx, k)]!;
          const r = refEndingAt(ctx, m.i1 - 1, sent);
          return r && (r.ref === 'role' || r.ref === 'described') ? { ref: r, end: m.i1 - 1 } : null;
        }
        const r = npStartingAt(ctx, k, sent);
        if (r) return r;
      }
    }
  }
  return null;
}

const mentionAtOrMod = (ctx: Ctx, k: number) => (ctx.modOf[k]! >= 0 ? ctx.modOf[k]! : ctx.mentionAt[k]!);

/** "the Frenchman", "the 22-year-old": a person the story named before, called by nationality or
 * age (a role nobody holds, resolved like a pronoun); its gender when the word gives one */
function epithetAt(toks: Tok[], j: number): { gender: Gender; first?: number; last?: number } | null {
  const t = toks[j];
  // (a nationality of two words: "said the New Zealander", "the South African said", at either word)
  const pair = (a: number) => toks[a - 1]?.lo === 'the' && toks[a - 1]!.sent === toks[a]?.sent && twoWordDemonymAt(toks, a) && bareDemonymEnds(toks[a + 2], toks[a]!.sent);
  if (t?.k === 'w' && pair(j)) return { gender: /woman$/.test(toks[j + 1]!.lo) ? 'f' : /man$/.test(toks[j + 1]!.lo) ? 'm' : null, first: j, last: j + 1 };
  if (t?.k === 'w' && pair(j - 1)) return { gender: /woman$/.test(t.lo) ? 'f' : /man$/.test(t.lo) ? 'm' : null, first: j - 1, last: j };
  if (t?.k !== 'w' || toks[j - 1]?.lo !== 'the' || toks[j - 1]!.sent !== t.sent) return null;
  if (/^\d+-year-old$/.test(t.lo)) return { gender: null };
  const nx = toks[j + 1];
  if (!t.cap || (nx?.k === 'w' && nx.cap && nx.sent === t.sent)) return null;
  const m = /^(\p{L}{3,}?)(man|woman)$/u.exec(t.lo);
  if (m && isDemonym(m[1]!)) return { gender: m[2] === 'man' ? 'm' : 'f' };
  if (isDemonym(t.lo) && bareDemonymEnds(nx, t.sent)) return { gender: null };
  // ("says the Glaswegian, who fights ...", "said the Lagosian": a city's people, by their ending,
  // where no noun follows; not a word the lexicon knows as anything else)
  if (/(?:[^aeiou]ian|egian|onian|ese|ite|ean)$/.test(t.lo) && t.lo.length >= 6 && lexTagsOf(t.lo).length === 0 && bareDemonymEnds(nx, t.sent)) return { gender: null };
  return null;
}

/** Token i is a word of a nationality of two words ("South African", "New Zealander"), no name's
 * word even before a name ("the South African Pieter de Wet"). */
function demonymPairAt(toks: Tok[], i: number): boolean {
  return twoWordDemonymAt(toks, i) || twoWordDemonymAt(toks, i - 1);
}

/** Tokens a and a + 1 are a nationality of two words in capitals, in one sentence. */
function twoWordDemonymAt(toks: Tok[], a: number): boolean {
  return !!toks[a]?.cap && !!toks[a + 1]?.cap && toks[a]!.sent === toks[a + 1]!.sent && TWO_WORD_DEMONYMS.has(`${toks[a]!.lo} ${toks[a + 1]!.lo}`);
}

/** The role cue for an epithet found at token j ("the German", "the New Zealander"). */
function epithetCue(toks: Tok[], j: number, ep: { gender: Gender; first?: number; last?: number }): LocalCue {
  const first = ep.first ?? j;
  const last = ep.last ?? j;
  return { ...NONE, ref: 'role', roleHead: toks[last]!.lo, gender: ep.gender, text: `the ${toks.slice(first, last + 1).map((w) => w.t).join(' ')}`, at: last };
}

/** "said the Australian." is a person, "the Australian government" is not: a bare nationality is
 * an epithet only where no noun follows it (punctuation, a speech verb or a function word). */
function bareDemonymEnds(nx: Tok | undefined, sent: number): boolean {
  if (!nx || nx.sent !== sent || nx.k !== 'w') return true;
  return SPEECH_VERBS.has(nx.lo) || (FUNCTION_WORDS.has(nx.lo) && !DETERMINERS.has(nx.lo));
}

/** "Prof Ines Duarte of Lisbon University", "Dr Omar Haq at Kent", "Anneke Visser of the national
 * public health institute": a person named right before "of", "at" or "from" and the organisation
 * or place whose phrase starts at token i0; null when no person comes before it. */
function personBeforePhrase(ctx: Ctx, i0: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  // (past a word or two saying what kind it is: "Emil Sørvik of the opposition Liberal Party")
  let b = i0;
  while (b > i0 - 2 && toks[b - 1]?.k === 'w' && !toks[b - 1]!.cap && toks[b - 1]!.sent === sent && !FUNCTION_WORDS.has(toks[b - 1]!.lo) && toks[b - 2]?.k === 'w' && (toks[b - 2]!.lo === 'the' || !toks[b - 2]!.cap)) b--;
  if (b < i0 && toks[b - 1]?.lo !== 'the') b = i0;
  const at = toks[b - 1]?.lo === 'the' ? b - 2 : b - 1;
  const prep = toks[at];
  if (prep?.k !== 'w' || prep.sent !== sent || !['of', 'at', 'from'].includes(prep.lo)) return null;
  const pi = ctx.mentionAt[at - 1] ?? -1;
  const p = pi >= 0 ? ctx.mentions[pi]! : null;
  if (!p || p.poss || !(p.type === 'person' || (p.type === 'unknown' && p.tokens.length >= 2)) || p.i1 !== at) return null;
  return { ...NONE, ref: 'name', mention: pi, at: p.i1 - 1, text: p.name };
}

/** "Parents at St Mark's School said": an unnamed group or person described with a phrase ending in
 * the name (ending at j), not the name; null when the name is not the object of a preposition. */
function groupBeforeAffiliation(ctx: Ctx, m: Mention, j: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  let b = m.i0 - 1;
  // back over a possessive name before it ("St Mark's School") and a determiner
  while (b >= 0 && toks[b]!.sent === sent && toks[b]!.k === 'w' && (toks[b]!.poss || (toks[b]!.cap && toks[b + 1]?.cap)) && m.i0 - b < 4) b--;
  if (toks[b]?.lo === 'the') b--;
  const prep = toks[b];
  if (prep?.k !== 'w' || prep.sent !== sent || !POST_PREPS.has(prep.lo)) return null;
  const d = describedEndingAt(ctx, j, sent);
  if (d?.ref === 'described') return d;
  // a longer phrase than the description reads ("Workers at the Ford plant in Dagenham"): the
  // description opening the sentence, with its words up to the name
  let s0 = b;
  while (s0 > 0 && toks[s0 - 1]!.sent === sent && toks[s0 - 1]!.k === 'w' && b - s0 < 10) s0--;
  const open = describedStartingAt(ctx, s0, sent);
  if (open?.cue.ref !== 'described' || open.end >= j) return null;
  const words = ctx.text.slice(toks[s0]!.s, toks[j]!.e).replace(/\s+/g, ' ').replace(/^(?:a|an|one) /i, '');
  return { ...open.cue, at: j, text: open.cue.text?.endsWith(' (unnamed)') ? `${words} (unnamed)` : words };
}

/** "Ann Dey and her deputy said": a named person and a role joined by "and" (the role's determiner
 * at k, its head at j) speak as one group; null when no name comes right before "and". */
function namedAndRole(ctx: Ctx, k: number, j: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  if (toks[k - 1]?.lo !== 'and' || toks[k - 1]!.sent !== sent) return null;
  const mi = ctx.mentionAt[k - 2] ?? -1;
  const m = mi >= 0 ? ctx.mentions[mi]! : null;
  if (!m || m.poss || m.type === 'place' || m.type === 'org' || m.i1 !== k - 1) return null;
  const ob = toks[m.i0 - 1];
  if (ob && ob.k === 'w' && !ob.cap && ob.sent === sent && (FUNCTION_WORDS.has(ob.lo) || isVerbish(ob.lo))) return null;
  const role = ctx.text.slice(toks[k]!.s, toks[j]!.e).replace(/\s+/g, ' ');
  return { ...NONE, ref: 'described', at: j, text: `${m.name} and ${role}` };
}

/** Words of a record or a standing before a person noun ("the two-time Olympic champion"). */
const EPITHET_MODIFIERS = /^(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)-times?|olympic|paralympic|world|defending|reigning|former|retired)$/;
/** "the woman", "the boy": a person noun that is no role, right after "the" (resolved like a role
 * nobody holds, but never for sure: see resolveRole); its gender when the noun gives one */
function plainPersonAt(toks: Tok[], j: number): LocalCue | null {
  const t = toks[j]!;
  // (past an age and a nationality or two: "the 24-year-old Welsh rider")
  let d = j - 1;
  // (or a record: "the two-time Olympic champion", "the defending world champion")
  // (or where they were born or what they won: "the Lagos-born entrepreneur", "the Oscar-winning director")
  // (and a place of two words before "-born": "the São Paulo-born swimmer")
  const placeFirstWord = (k: number) => toks[k]!.cap && !toks[k]!.poss && (PLACE_BORN.test(toks[k + 1]?.t ?? '') || /^\p{Lu}[\p{L}'\u2019]*-based$/u.test(toks[k + 1]?.t ?? ''));
  while (d > 0 && j - d <= 4 && toks[d]!.k === 'w' && toks[d]!.sent === t.sent && (/^\d+-year-old$/.test(toks[d]!.lo) || (toks[d]!.cap && isDemonym(toks[d]!.lo)) || EPITHET_MODIFIERS.test(toks[d]!.lo) || epithetWord(toks[d]!.lo) || placeFirstWord(d)) && toks[d - 1]!.sent === t.sent) d--;
  if (t.k !== 'w' || t.cap || toks[d]?.lo !== 'the' || toks[d]!.sent !== t.sent || ROLE_NOUNS.has(t.lo) || !isPersonNoun(t.lo)) return null;
  if (GROUP_NOUNS.has(t.lo) || isGroupNoun(t.lo)) return null;
  // (nor one owning the words after it: "the operator’s customer services director, Rupert Quayle-Ibsen")
  if (t.poss && toks[j + 1]?.k === 'w' && !toks[j + 1]!.cap && toks[j + 1]!.sent === t.sent) return null;
  // (nor one saying what a role after it is for: "the customer experience director, Rupert
  // Quayle-Ibsen", "the patient safety and quality manager")
  for (let k = j + 1; k <= j + 5 && toks[k]?.k === 'w' && toks[k]!.sent === t.sent && !toks[k]!.cap && (!FUNCTION_WORDS.has(toks[k]!.lo) || toks[k]!.lo === 'and'); k++) if (ROLE_NOUNS.has(toks[k]!.lo)) return null;
  // (a suffix alone is weak evidence of a person: "the restaurant", "the president" are not plain people)
  if (!lexTagsOf(t.lo).includes('Actor') && /(?:ant|ent|ian|ee)$/.test(t.lo)) return null;
  const gender: Gender = /(?:woman|girl|mother|wife|daughter|sister|widow|lady)$/.test(t.lo) ? 'f' : /(?:man|boy|father|husband|son|brother|widower)$/.test(t.lo) ? 'm' : null;
  return { ...NONE, ref: 'role', roleHead: t.lo, gender, text: `the ${toks.slice(d + 1, j + 1).map((w) => w.t).join(' ')}`, at: j, plain: true };
}

/** "the Spanish ambassador", "the Labour leader": one capitalised word between "the" and a role
 * noun describes the role; it is not the name of whoever speaks. */
function adjectivalName(ctx: Ctx, mi: number, i: number): boolean {
  const m = ctx.mentions[mi]!;
  // (also after an owner: "the company's UK managing director, Hugh Penberthy")
  const owned = ctx.toks[i + 1]?.k === 'w' && ctx.toks[i + 1]!.poss && !ctx.toks[i + 1]!.cap && m.n0 === i + 2;
  if (m.n0 !== m.i1 - 1 || (m.n0 !== i + 1 && !owned) || ctx.toks[i]?.lo !== 'the' || m.poss) return false;
  let k = m.i1;
  while (ctx.toks[k]?.k === 'w' && !ctx.toks[k]!.cap && !ROLE_NOUNS.has(ctx.toks[k]!.lo) && (isNounish(ctx.toks[k]!.lo) || TITLE_MODIFIERS.has(ctx.toks[k]!.lo)) && k - m.i1 < 2) k++;
  const nx = ctx.toks[k];
  return nx?.k === 'w' && !nx.cap && nx.sent === m.sent && ROLE_NOUNS.has(nx.lo);
}

/** "said one shopper, Mrs Ivy Harte, 78": the person's name set off right after an unnamed
 * description of them (ending at `end`) is who speaks; null when there is none. */
function namedAfter(ctx: Ctx, end: number, sent: number, pastNoun = false): LocalCue | null {
  const { toks } = ctx;
  if (toks[end + 1]?.t !== ',' || toks[end + 1]!.sent !== sent) return null;
  // (past "the" before a title of address: "the dean of the cathedral, the Very Reverend Lwazi Dube")
  // (or before a person noun: "one of the panellists, the novelist Cosmo Ferreira-Lunt")
  const nounAfterThe = pastNoun && toks[end + 2]?.lo === 'the' && toks[end + 3]?.k === 'w' && !toks[end + 3]!.cap && toks[end + 3]!.sent === sent && (ROLE_NOUNS.has(toks[end + 3]!.lo) || isPersonNoun(toks[end + 3]!.lo)) && toks[end + 4]?.k === 'w' && toks[end + 4]!.cap;
  const at = nounAfterThe ? end + 4 : toks[end + 2]?.lo === 'the' && toks[end + 3]?.k === 'w' && toks[end + 3]!.cap ? end + 3 : end + 2;
  const mi = mentionAtOrMod(ctx, at);
  const m = mi >= 0 ? ctx.mentions[mi]! : null;
  if (!m || m.poss || m.type !== 'person' || (m.i0 !== at && !(nounAfterThe && m.n0 === at)) || (at > end + 2 && !m.titleWords.length && !nounAfterThe)) return null;
  const after = toks[m.i1];
  // (or their institution after them: "said its lead author, Dr Mele Tupou of the University of the
  // Southern Pacific")
  const of = after?.k === 'w' && /^(?:of|at|from)$/.test(after.lo) && (toks[m.i1 + 1]?.cap || (toks[m.i1 + 1]?.lo === 'the' && toks[m.i1 + 2]?.cap)) && toks[m.i1 + 1]!.sent === sent;
  if (after && after.sent === sent && after.k === 'w' && !of) return null;
  return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name };
}

/** "a teacher in the town of Beshir who gave only her first name, Nour", "a nurse who would give
 * only his first name, Tomás", "a driver identified only as Vusi": the name the described person
 * gave, after the description ending at `end` (a name of one word or two, ending the sentence or
 * set off). */
function givenNameAfter(ctx: Ctx, end: number, sent: number, head: string | null): LocalCue | null {
  const { toks } = ctx;
  for (let k = end + 1; k < toks.length && k <= end + 14 && toks[k]!.sent === sent && toks[k]!.k !== 'q'; k++) {
    const t = toks[k]!;
    // (the name of someone else the description brings in is theirs: "a relative of a victim
    // identified only as Farah", "a woman whose son, identified only as Malik, was detained")
    if (t.k === 'w' && !t.cap && (t.lo === 'whose' || isPersonNoun(t.lo))) return null;
    const named = (t.lo === 'name' && /^(?:first|given|his|her|their)$/.test(toks[k - 1]?.lo ?? '')) || (t.lo === 'as' && toks[k - 1]?.lo === 'only' && /^(?:identified|known)$/.test(toks[k - 2]?.lo ?? ''));
    if (!named) continue;
    // (said of the person noun right before it, if that is not the one described: "a relative of a
    // victim identified only as Farah")
    let w = k;
    while (w > end && !/^(?:who|identified|known)$/.test(toks[w]!.lo)) w--;
    const before = toks[w - 1];
    if (before?.k === 'w' && !before.cap && isPersonNoun(before.lo) && before.lo !== head) return null;
    const at = toks[k + 1]?.t === ',' || toks[k + 1]?.lo === 'as' ? k + 2 : k + 1;
    const mi = ctx.mentionAt[at] ?? -1;
    const m = mi >= 0 ? ctx.mentions[mi]! : null;
    if (!m || m.poss || m.i0 !== at || m.type === 'org' || m.type === 'place' || m.tokens.length > 2 || m.name.replace(/\./g, '').length < 2) return null;
    const after = toks[m.i1];
    if (after && after.sent === sent && after.k === 'w') return null;
    return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name };
  }
  return null;
}

/** "a user with the handle marginalia_77 wrote:": an unnamed person the story calls by a handle
 * (before token `end`) is called by it */
function byHandle(ctx: Ctx, r: LocalCue, end: number): LocalCue {
  const { toks } = ctx;
  if (r.ref !== 'described') return r;
  const h = toks.findIndex((t, x) => x > r.at && x < end && t.k === 'w' && HANDLE_WORDS.has(t.lo));
  const n = toks[h + 1];
  if (h < 0 || !n || n.sent !== toks[h]!.sent || !(n.k === 'w' || n.t === '@')) return r;
  let e = h + 1;
  while (e + 1 < end && toks[e + 1]!.s === toks[e]!.e) e++;
  return { ...r, text: ctx.text.slice(n.s, toks[e]!.e) };
}
/** Words a time phrase ends in ("last week", "on Monday"). */
const TIME_NOUNS = /^(?:week|month|year|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;
/** Words before the name someone goes by online. */
const HANDLE_WORDS = new Set(['handle', 'username', 'user-name', 'screen-name', 'screenname']);
/** Words of order before a role ("the next speaker"). */
const SEQUENCE_WORDS = new Set(['next', 'last', 'first', 'second', 'third', 'final', 'previous', 'latest']);
/** "head of": a role, whatever field follows ("head of operations", "head of privacy"). */
function headOfAt(toks: Tok[], k: number): boolean {
  return toks[k]?.lo === 'head' && toks[k + 1]?.lo === 'of' && toks[k + 1]!.sent === toks[k]!.sent;
}
/** A mention made of words no lexicon knows as common words, places or bodies: a person's name
 * more likely than a region or a firm set off in the same place ("Latin America", "Radio Kernow"). */
function nameLikeMention(m: Mention): boolean {
  return m.lower.every((w) => !isCommonWord(w) && !isPlaceWord(w) && !isOrgWord(w) && !isDemonym(w));
}
function refStartingAt(ctx: Ctx, i: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  let j = i;
  const t = toks[j];
  if (!t || t.sent !== sent || t.k !== 'w') return null;
  if (t.lo === 'he') return { ...NONE, ref: 'pronoun', gender: 'm', at: j, text: t.t };
  if (t.lo === 'she') return { ...NONE, ref: 'pronoun', gender: 'f', at: j, text: t.t };
  // ("said its spokeswoman, Beatrix Nagy": the name set off after an owner's role)
  // (past a word or two before the role: "said its operations director, Helen Sørensen")
  // (and past a market or region the role is for: "said its UK general manager, Sophie Ashdown-Reyes")
  // (or "the" and an owner in lower case with a possessive: "said the building’s architect,
  // Sebastián Ferreyra-Okafor", "said the group's co-founder, Wendell Pruitt")
  let owner = -1;
  if (t.lo === 'the') for (let o = j + 1; o <= j + 3 && toks[o]?.k === 'w' && toks[o]!.sent === sent && !toks[o]!.cap && !FUNCTION_WORDS.has(toks[o]!.lo); o++) if (toks[o]!.poss) { owner = o; break; }
  if (POSSESSIVE_DETS.has(t.lo) || owner >= 0) {
    const j0 = owner >= 0 ? owner : j;
    let h = j0 + 1;
    const market = (k: number) => toks[k]!.cap && k === j0 + 1 && (isDemonym(toks[k]!.lo) || (ctx.mentionAt[k]! >= 0 && /^(?:place|org)$/.test(ctx.mentions[ctx.mentionAt[k]!]!.type)));
    while (h < j0 + 4 && toks[h]?.k === 'w' && (!toks[h]!.cap || market(h)) && toks[h]!.sent === sent && !(ROLE_NOUNS.has(toks[h]!.lo) || isKnownPersonNoun(toks[h]!.lo) || headOfAt(toks, h)) && !FUNCTION_WORDS.has(toks[h]!.lo) && !SPEECH_VERBS.has(toks[h]!.lo)) {
      if (market(h)) while (ctx.mentionAt[h + 1] === ctx.mentionAt[h] && ctx.mentionAt[h]! >= 0) h++;
      h++;
    }
    if (toks[h]?.k === 'w' && !toks[h]!.cap && toks[h]!.sent === sent && (ROLE_NOUNS.has(toks[h]!.lo) || isKnownPersonNoun(toks[h]!.lo) || headOfAt(toks, h))) {
      // (to the last of two role words: "said its general secretary, Kwame Asante-Boateng")
      if (toks[h + 1]?.k === 'w' && !toks[h + 1]!.cap && toks[h + 1]!.sent === sent && (ROLE_NOUNS.has(toks[h + 1]!.lo) || isKnownPersonNoun(toks[h + 1]!.lo))) h++;
      // (past the field the role is for: "said its head of operations, Cathal Dunne", "its
      // director of communications, ...")
      let field = false;
      if ((toks[h + 1]?.lo === 'of' || toks[h + 1]?.lo === 'for') && toks[h + 1]!.sent === sent) {
        let e = h + 2;
        while (e < h + 5 && toks[e]?.k === 'w' && toks[e]!.sent === sent && !FUNCTION_WORDS.has(toks[e]!.lo) && !SPEECH_VERBS.has(toks[e]!.lo) && !toks[e]!.poss) e++;
        if (e > h + 2 && toks[e]?.t === ',') {
          h = e - 1;
          field = true;
          // (a role for a field is a person's, so a name of two words set off after it is theirs
          // though no first name is known: "said its head of operations, Cathal Ó Dúill")
          const mi = mentionAtOrMod(ctx, e + 1);
          const m = mi >= 0 ? ctx.mentions[mi]! : null;
          const after = m ? toks[m.i1] : undefined;
          // (not a region or a body set off after the field: "its director of operations, Western
          // Cape", "its head of news, Radio Kernow", "its head of procurement, Halden Logistics,
          // which ..."; the name ends the sentence)
          if (m && nameLikeMention(m) && m.i0 === e + 1 && m.type === 'unknown' && !m.poss && m.tokens.length >= 2 && (!after || after.sent !== sent || after.k === 'q' || after.t === '.')) return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name };
        }
      }
      const n = namedAfter(ctx, h, sent);
      if (n && (!field || nameLikeMention(ctx.mentions[n.mention]!))) return n;
    }
  }
  // "a spokesman for Sen. Jane Doe", "one resident", "protesters": the unnamed speaker, not the name after it
  // (not a description that is only the first field of a role: "said the customer services and
  // passenger experience director, Rupert Quayle-Ibsen")
  const d0 = describedStartingAt(ctx, i, sent);
  const described = d0 && toks[d0.end + 1]?.lo === 'and' && andInRoleAt(toks, d0.end + 1) ? null : d0;
  // ("according to a statement from the bank": a statement is its issuer's words)
  // (and "according to a note from analyst Ben Kwarteng": what a person writes in their own voice is theirs)
  const personal = PERSONAL_DOCUMENTS.has(described?.cue.roleHead ?? '');
  if (described && (STATEMENT_NOUNS.has(described.cue.roleHead ?? '') || personal) && /^(?:from|by)$/.test(toks[described.end + 1]?.lo ?? '') && toks[described.end + 1]!.sent === sent) {
    const issuer = refStartingAt(ctx, described.end + 2, sent);
    if (issuer && (issuer.ref === 'name' || (!personal && (issuer.ref === 'org' || issuer.ref === 'role' || issuer.ref === 'described')))) return issuer;
  }
  // (but a name set off after a document is no name of it: "According to the indictment, Howard
  // Leach "..."" is the indictment's)
  // (past "the" and a person noun only after "one of" a group: "one of the panellists, the novelist
  // Cosmo Ferreira-Lunt"; not "a lawyer for the defendant, the businessman Mark Tanaka", the defendant)
  if (described) return (DOCUMENT_NOUNS.has(described.cue.roleHead ?? '') ? null : (namedAfter(ctx, described.end, sent, /^one of /i.test(described.cue.text ?? '')) ?? givenNameAfter(ctx, described.end, sent, described.cue.roleHead))) ?? described.cue;
  // scan a noun phrase up to punctuation / preposition / verb; take the last non-possessive name in it
  let best: LocalCue | null = null;
  let role: LocalCue | null = null;
  for (; j < toks.length && j - i < 14; j++) {
    const tk = toks[j]!;
    if (tk.sent !== sent || tk.k !== 'w') break;
    const ep = best || role ? null : epithetAt(toks, j);
    if (ep) {
      role = epithetCue(toks, j, ep);
      break;
    }
    let mi = ctx.mentionAt[j]!;
    // a name that is only the modifier of a later one: "said Doe campaign manager Jane Roe"
    if (ctx.modOf[j]! >= 0 && ctx.modOf[j] !== mi) {
      const later = ctx.mentions[ctx.modOf[j]!]!;
      if (later.type !== 'place') {
        j = later.n0;
        mi = ctx.mentionAt[j]!;
      }
    }
    if (mi >= 0 && !best && adjectivalName(ctx, mi, i)) continue;
    if (mi >= 0) {
      const m = ctx.mentions[mi]!;
      // (a place's one word right after the verb may be a surname the story gave someone: "“…,” says
      // Albuquerque." after "A colleague, Rita Albuquerque,"; the linking pass drops it otherwise)
      const surnamePlace = m.type === 'place' && j === i && m.tokens.length === 1 && !m.poss && (toks[m.i1]?.t === '.' || toks[m.i1]?.t === ',') && toks[i - 1]?.k === 'w' && isSpeechVerb(toks[i - 1]);
      if (!m.poss && (m.type !== 'place' || surnamePlace)) best = { ...NONE, ref: m.type === 'org' ? 'org' : 'name', mention: mi, at: j, text: m.name };
      // skip to the end of the mention
      let e = j;
      while (e + 1 < toks.length && ctx.mentionAt[e + 1] === mi) e++;
      j = e;
      if (!m.poss && best) {
        const nx = toks[j + 1];
        // (a title taken for a name of one word, its department after it: "said Deputy Commissioner
        // of Police Kavita Saxena" is Saxena)
        if (m.type === 'unknown' && m.tokens.length === 1 && isTitleTok(m.lower[0]!) && (nx?.lo === 'of' || nx?.lo === 'for') && toks[j + 2]?.k === 'w' && toks[j + 2]!.cap && toks[j + 2]!.sent === sent) {
          best = null;
          j++;
          continue;
        }
        // (a branch's number, then a title and a name: "said Local 88 President Teresa Navarro")
        if (m.type !== 'person' && /^\d+$/.test(nx?.t ?? '') && toks[j + 2]?.k === 'w' && toks[j + 2]!.cap && toks[j + 2]!.sent === sent && isTitleTok(toks[j + 2]!.lo)) {
          best = null;
          j++;
          continue;
        }
        // (past a modifier or two before the role: "said Valley Transit planning director Owen
        // Castellanos-Reyes")
        let r = j + 1;
        // (or a person noun the lexicon does not list as a role, with a full name after it: "said
        // Metallbund negotiator Jürgen Kaltenbach")
        const nameAfter = (x: number) => toks[x + 1]?.k === 'w' && toks[x + 1]!.cap && toks[x + 1]!.sent === sent && toks[x + 2]?.k === 'w' && toks[x + 2]!.cap && toks[x + 2]!.sent === sent;
        const personRole = (x: number) => isPersonNoun(toks[x]!.lo) && !isGroupNoun(toks[x]!.lo) && nameAfter(x);
        while (r <= j + 2 && toks[r]?.k === 'w' && !toks[r]!.cap && toks[r]!.sent === sent && !FUNCTION_WORDS.has(toks[r]!.lo) && !ROLE_NOUNS.has(toks[r]!.lo) && !SPEECH_VERBS.has(toks[r]!.lo) && !personRole(r)) r++;
        if (nx?.k !== 'w' || nx.cap || toks[r]?.k !== 'w' || toks[r]!.cap || toks[r]!.sent !== sent || !(ROLE_NOUNS.has(toks[r]!.lo) || personRole(r))) break;
      }
      continue;
    }
    // (past an age or a standing: "said the retired schoolteacher")
    if (!best && !role && j - i <= 3) {
      const plain = plainPersonAt(toks, j);
      if (plain) {
        role = plain;
        break;
      }
    }
    // (co-ordinated roles: "said co-founder and chief executive Aditya Varma")
    // (or in capitals: "said Managing Director and CEO Anirudh Rao")
    // (or two fields joined before the role's noun: "said the operator’s customer experience and
    // passenger services director, Rupert Quayle-Ibsen", "the health and safety manager")
    if (tk.lo === 'and' && !best && !role && j > i && andInRoleAt(toks, j)) continue;
    if (tk.lo === 'and' && !best && !role && j > i && toks[j - 1]!.k === 'w' && isTitleTok(toks[j - 1]!.lo) && toks[j + 1]?.k === 'w' && toks[j + 1]!.cap === toks[j - 1]!.cap && toks[j + 1]!.sent === sent && (isTitleTok(toks[j + 1]!.lo) || TITLE_MODIFIERS.has(toks[j + 1]!.lo))) continue;
    // (a person noun after "his", "her", "their" or "its" with the name set off after it: "said their
    // conductor, Thandeka Mahlangu", "said its caseworker, Samir Haddad")
    const ownedPersonNoun = !tk.cap && !best && j === i + 1 && /^(?:his|her|their|its)$/.test(toks[i]!.lo) && toks[j + 1]?.t === ',' && isPersonNoun(tk.lo) && !isGroupNoun(tk.lo);
    // ("said the company's head of privacy, Dmitri Volkonsky": "head of" is a role)
    const headOf = !tk.cap && headOfAt(toks, j);
    if (!tk.cap && (ROLE_NOUNS.has(tk.lo) || ownedPersonNoun || headOf) && !best) {
      const d = toks[i]!;
      // ("said Doe's barrister, Ann Roe": an owned role, so the name set off after it can be taken)
      if (d.lo === 'the') role = { ...NONE, ref: 'role', roleHead: tk.lo, gender: ROLE_GENDER[tk.lo] ?? null, text: toks.slice(i, j + 1).map((w) => w.t).join(' '), at: j };
      // "said his father, Graham Tierney": the name set off after it; without one, "his father"
      else if ((d.lo === 'his' || d.lo === 'her' || d.lo === 'their' || (d.lo === 'its' && ownedPersonNoun)) && j <= i + 3 && toks.slice(i + 1, j).every((w) => w.k === 'w' && !w.cap && !FUNCTION_WORDS.has(w.lo) && !isVerbish(w.lo))) {
        role = { ...NONE, ref: 'described', roleHead: tk.lo, gender: ROLE_GENDER[tk.lo] ?? null, text: toks.slice(i, j + 1).map((w) => w.lo).join(' '), at: j };
      }
      else if (d.poss && d.cap && j === i + 1) role = { ...NONE, ref: 'role', roleHead: tk.lo, gender: ROLE_GENDER[tk.lo] ?? null, text: `${d.t}\u2019s ${tk.t}`, at: j };
      // ("said Ann Park’s lawyer, Tom Reid": an owner of two words or three)
      else if (toks[j - 1]!.poss && toks[j - 1]!.cap && j - i <= 3 && toks.slice(i, j).every((w) => w.k === 'w' && w.cap)) role = { ...NONE, ref: 'role', roleHead: tk.lo, gender: ROLE_GENDER[tk.lo] ?? null, text: `${toks.slice(i, j).map((w) => w.t).join(' ')}\u2019s ${tk.t}`, at: j };
      // ("by Labour's housing spokesman, Dan Ford": an owner's role with a modifier or two, so the
      // name set off after it can be taken)
      else if (d.poss && d.cap && j <= i + 3 && toks.slice(i + 1, j).every((w) => w.k === 'w' && !w.cap && !w.poss && !FUNCTION_WORDS.has(w.lo) && !SPEECH_VERBS.has(w.lo) && !AUXILIARIES.has(w.lo))) {
        role = { ...NONE, ref: 'role', roleHead: tk.lo, gender: ROLE_GENDER[tk.lo] ?? null, text: `${d.t}\u2019s ${toks.slice(i + 1, j + 1).map((w) => w.t).join(' ')}`, at: j };
      }
      // (... an owner of two words or three, too: "said Cumberland Vale Council's community services
      // manager, Anh Nguyen")
      else if (d.cap && !d.poss) {
        let o = i + 1;
        while (o <= i + 2 && toks[o]?.k === 'w' && toks[o]!.cap && !toks[o]!.poss && toks[o]!.sent === sent) o++;
        const ow = toks[o];
        // (only with the name set off after the role, which is who is meant: not "said Westbridge
        // Rovers’ assistant manager.", whom the story may never name; nor a title and a surname as
        // the owner, "Prime Minister Haddad’s chief spokesman")
        const named = toks[j + 1]?.t === ',' && toks[j + 2]?.k === 'w' && toks[j + 2]!.cap && toks[j + 2]!.sent === sent;
        if (named && !isTitleTok(d.lo) && ow?.k === 'w' && ow.cap && ow.poss && ow.sent === sent && o < j && j <= o + 4 && toks.slice(o + 1, j).every((w) => w.k === 'w' && !w.cap && !w.poss && !FUNCTION_WORDS.has(w.lo) && !SPEECH_VERBS.has(w.lo) && !AUXILIARIES.has(w.lo))) {
          role = { ...NONE, ref: 'role', roleHead: tk.lo, gender: ROLE_GENDER[tk.lo] ?? null, text: `${toks.slice(i, o + 1).map((w) => w.t).join(' ')} ${toks.slice(o + 1, j + 1).map((w) => w.t).join(' ')}`, at: j };
        }
      }
      continue;
    }
    // (an age before the name: "said 17-year-old Zainab Abdulrahman", "said 34-year-old mother-of-two
    // Kerry Vine")
    if (!tk.cap && !best && !role && /^\d+-(?:year|month)-old$/.test(tk.lo) && toks[j + 1]?.k === 'w' && toks[j + 1]!.sent === sent) continue;
    // (a word that is also a verb of saying, before a role or a title: "said state Sen. Ann Park")
    if (!tk.cap && (DETERMINERS.has(tk.lo) || isNounish(tk.lo) || /^[a-z-]+$/.test(tk.lo)) && !FUNCTION_WORDS.has(tk.lo) && (!SPEECH_VERBS.has(tk.lo) || ROLE_NOUNS.has(toks[j + 1]?.lo ?? '') || (toks[j + 1]?.cap && isTitleTok(toks[j + 1]!.lo)))) continue;
    // (a place an aged role's holder is from says no more than that: "says the 71-year-old retired
    // teacher from Wexcombe" is the teacher, whom the age shows the story named)
    if (tk.lo === 'from' && role && !best && toks.slice(i, j).some((w) => /^\d+-year-old$/.test(w.lo))) {
      const pm = ctx.mentionAt[j + 1] ?? -1;
      if (pm >= 0 && ctx.mentions[pm]!.type !== 'org' && ctx.mentions[pm]!.type !== 'person' && !ctx.mentions[pm]!.personEvidence) break;
    }
    if (tk.lo === 'by' || tk.lo === 'from') continue;
    // ("replied the next speaker, Marcus Bell", "said the last caller")
    if (!tk.cap && !best && !role && SEQUENCE_WORDS.has(tk.lo)) continue;
    // ("said the Cork South TD": a title after the place it is held for is the role)
    if (!best && !role && !(toks[j + 1]?.k === 'w' && toks[j + 1]!.cap && toks[j + 1]!.sent === sent) && placedTitle(toks, i, j)) {
      role = { ...NONE, ref: 'role', roleHead: tk.lo, gender: ROLE_GENDER[tk.lo] ?? null, text: toks.slice(i, j + 1).map((w) => w.t).join(' '), at: j };
      break;
    }
    // "said Minister for Foreign Affairs Simon Harris": a department after a title, then the name
    if ((tk.lo === 'for' || tk.lo === 'of') && !best && toks[j + 1]?.k === 'w' && toks[j + 1]!.cap && toks[j + 1]!.sent === sent && titleChainBefore(toks, j)) continue;
    // "said that ...": the reported clause starts, the speaker is not in it
    if (DETERMINERS.has(tk.lo) && tk.lo !== 'that') continue;
    if (tk.cap) continue;
    break;
  }
  // "asked the chairman, Dame Ruth Kerr": the name set off after the role is who holds it
  // (also after a person noun, "said the winner, Ella Brooks", and past an age, "eight-year-old Ella Brooks")
  if (!best && role && toks[j]?.t !== ',' && toks[role.at + 1]?.t === ',') j = role.at + 1;
  // ("said the festival's artistic director since 2019, Noor Hadid": past a short phrase about the role)
  // (and "according to his wife of 58 years, Carol Halvorsen")
  // (and "the company's general director and chief executive since 2019, ...", "Auravolt's founder and
  // chairman, Zhao Meiling")
  if (!best && role && (role.ref === 'role' || role.ref === 'described') && toks[j]?.t !== ',' && toks[j]?.k === 'w' && !toks[j]!.cap && toks[j]!.sent === sent && (PREPOSITIONS.has(toks[j]!.lo) || toks[j]!.lo === 'since' || (toks[j]!.lo === 'and' && (ROLE_NOUNS.has(toks[j + 1]?.lo ?? '') || ROLE_NOUNS.has(toks[j + 2]?.lo ?? ''))))) {
    let c = j + 1;
    while (c < toks.length && c - j <= 5 && toks[c]!.sent === sent && (toks[c]!.k === 'w' ? !SPEECH_VERBS.has(toks[c]!.lo) : /^\d+$/.test(toks[c]!.t))) c++;
    if (toks[c]?.t === ',' && toks[c]!.sent === sent) j = c;
  }
  if (!best && role && toks[j]?.t === ',' && toks[j]!.sent === sent) {
    let age = toks[j + 1]?.k === 'w' && !toks[j + 1]!.cap && /-old$/.test(toks[j + 1]!.lo) ? 1 : 0;
    // (past a second description before the name: "..., the former Vienna-trained mezzo-soprano
    // Annelise Fairbrook-Olmsted")
    if (!age && (toks[j + 1]?.lo === 'the' || toks[j + 1]?.lo === 'a') && mentionAtOrMod(ctx, j + 1) < 0) {
      let e = j + 2;
      // (a capitalised word joined to a lower-case one modifies: "Vienna-trained", "Lagos-born")
      const modifier = (x: number) => mentionAtOrMod(ctx, x) < 0 || /^\p{Lu}[\p{L}]*-\p{Ll}+$/u.test(toks[x]!.t);
      while (e < toks.length && e - j <= 7 && toks[e]!.k === 'w' && toks[e]!.sent === sent && modifier(e) && !FUNCTION_WORDS.has(toks[e]!.lo) && !SPEECH_VERBS.has(toks[e]!.lo)) e++;
      const mm = mentionAtOrMod(ctx, e);
      if (mm >= 0 && e > j + 2 && (ctx.mentions[mm]!.type === 'person' || ctx.mentions[mm]!.type === 'unknown') && !toks[e - 1]!.cap && (isPersonNoun(toks[e - 1]!.lo) || ROLE_NOUNS.has(toks[e - 1]!.lo) || !isVerbish(toks[e - 1]!.lo))) age = e - j - 1;
    }
    const mi = mentionAtOrMod(ctx, j + 1 + age);
    const m = mi >= 0 ? ctx.mentions[mi]! : null;
    if (m && !m.poss && m.type !== 'place' && m.type !== 'org') {
      const after = toks[m.i1];
      if (!after || after.sent !== sent || after.k !== 'w' || FUNCTION_WORDS.has(after.lo) || PREPOSITIONS.has(after.lo)) return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name };
    }
  }
  // "said Ann Lee and Tom Dyer": both, as one group
  if (best && best.ref === 'name' && best.mention >= 0) {
    const m = ctx.mentions[best.mention]!;
    const and = toks[m.i1];
    const om = and?.lo === 'and' && and.sent === sent ? mentionAtOrMod(ctx, m.i1 + 1) : -1;
    const o = om >= 0 ? ctx.mentions[om]! : null;
    if (o && o.i0 === m.i1 + 1 && !o.poss && o.type !== 'place' && o.type !== 'org' && (m.type === 'person' || o.type === 'person')) {
      return { ...NONE, ref: 'described', at: o.i1 - 1, text: `${m.name} and ${o.name}` };
    }
  }
  // "said the Ceann Comhairle, Brendan Fitzmaurice": a title in capitals after "the", which no one is
  // called by as a name, then the person's name set off after it, ending the clause
  if (best && best.ref === 'name' && best.mention >= 0 && toks[i]?.lo === 'the') {
    const m = ctx.mentions[best.mention]!;
    const om = m.i0 === i + 1 && m.type !== 'person' && !m.personEvidence && toks[m.i1]?.t === ',' && toks[m.i1]!.sent === sent ? mentionAtOrMod(ctx, m.i1 + 1) : -1;
    const o = om >= 0 ? ctx.mentions[om]! : null;
    const end = o ? toks[o.i1] : undefined;
    if (o && o.i0 === m.i1 + 1 && !o.poss && o.type === 'person' && o.tokens.length >= 2 && (!end || end.sent !== sent || end.t === ',' || end.t === '.')) return { ...NONE, ref: 'name', mention: om, at: o.i1 - 1, text: o.name };
  }
  return best ?? role;
}

/** "and" at `j` joins two fields before the noun of one role ("customer experience and passenger
 * services director", "health and safety manager"): lower-case words that are no function word
 * before it and after it, the role's noun within three words, then the name set off or the end. */
function andInRoleAt(toks: Tok[], j: number): boolean {
  const sent = toks[j]!.sent;
  const word = (t: Tok | undefined) => t?.k === 'w' && t.sent === sent && !t.cap && !t.poss && !FUNCTION_WORDS.has(t.lo) && !SPEECH_VERBS.has(t.lo) && !AUXILIARIES.has(t.lo);
  if (!word(toks[j - 1]) || ROLE_NOUNS.has(toks[j - 1]!.lo)) return false;
  for (let r = j + 1; r <= j + 3; r++) {
    if (!word(toks[r])) return false;
    if (ROLE_NOUNS.has(toks[r]!.lo)) return r > j + 1 && (toks[r + 1]?.t === ',' || toks[r + 1]?.t === '.' || toks[r + 1]?.sent !== sent);
  }
  return false;
}

/** Token k of sentence `sent` is an age, "84-year-old". */
function ageAt(toks: Tok[], k: number, sent: number): boolean {
  return /^\d+-year-old$/.test(toks[k]?.lo ?? '') && toks[k]!.sent === sent;
}

/** "The chairman, Sir Nigel Oakes, said ...", "The former chairman of the drainage board and a
 * farmer in the valley, Dennis Tate, was less sure.": a role phrase opening the sentence, then the
 * name set off after it; the name is the subject (not the role, nor a name inside the phrase). */
function nameAfterRole(ctx: Ctx, sent: number, start: number, before: number): LocalCue | null {
  const { toks } = ctx;
  let t0 = toks[start];
  // ("Mrs Keane’s daughter, Lorraine Pickford, said": an owner named with a title)
  if (t0?.k === 'w' && t0.cap && !t0.poss && isTitleTok(t0.lo) && toks[start + 1]?.poss && toks[start + 1]!.cap && toks[start + 1]!.sent === sent) t0 = toks[++start];
  // (or an owner of two words or three: "Penny Basket’s chief executive, Stefan Holmqvist,")
  else if (t0?.k === 'w' && t0.cap && !t0.poss) {
    let o = start + 1;
    while (o < start + 2 && toks[o]?.k === 'w' && toks[o]!.cap && !toks[o]!.poss && toks[o]!.sent === sent) o++;
    if (toks[o]?.k === 'w' && toks[o]!.cap && toks[o]!.poss && toks[o]!.sent === sent) {
      start = o;
      t0 = toks[o];
    }
  }
  // (and someone new: "Another evacuee, Luis Ferreira, said", "One parent, Ama Owusu, said")
  // (or a title with what it is of, opening the sentence: "Chairman of the House Committee on
  // Finance and Appropriation, Hon. Emeka Nwachukwu-Obi, said")
  const titled = t0?.k === 'w' && t0.cap && isTitleTok(t0.lo) && (toks[start + 1]?.lo === 'of' || toks[start + 1]?.lo === 'for') && toks[start + 1]!.sent === sent;
  if (t0?.k !== 'w' || t0.sent !== sent || !(titled || APPOSITIVE_DETS.has(t0.lo) || t0.poss || t0.lo === 'another' || (t0.lo === 'one' && toks[start + 1]?.lo !== 'of'))) return null;
  let c = start + 1;
  let role = titled;
  for (; c < before && c - start <= 30; c++) {
    const t = toks[c]!;
    if (t.sent !== sent || t.k === 'q') return null;
    if (t.t === ',') break;
    // (past a short aside in brackets: "A chieftain of the Progressive Peoples Alliance (PPA) in
    // Enugu State, Chief Ikechukwu Obi, has faulted")
    if (t.t === '(') {
      let e = c + 1;
      while (e < before && e - c <= 4 && toks[e]!.k === 'w' && toks[e]!.sent === sent) e++;
      if (toks[e]?.t !== ')' || e === c + 1) return null;
      c = e;
      continue;
    }
    if (t.k !== 'w') return null;
    // (a capitalised word is no verb: "in Enugu State"; nor an owner: "The state's chief engineer")
    // (but a word of saying after a determiner is a thing: "A customer waiting by the counter, who gave
    // her name only as Joan, said")
    if (!t.cap && !t.poss && (SPEECH_VERBS.has(t.lo) || AUXILIARIES.has(t.lo)) && !DETERMINERS.has(toks[c - 1]!.lo)) return null;
    // (nor a sentence whose subject is named before the role: "The novelist Chidinma Eze-Lawal talks to
    // our literary editor, Fergus Onslow,")
    if (t.cap && (ctx.mentionAt[c] ?? -1) >= 0 && ctx.mentions[ctx.mentionAt[c]!]!.type === 'person' && !ctx.mentions[ctx.mentionAt[c]!]!.poss) return null;
    // (a person noun after an owner too: "The accountant’s wife, Sandra Pelham, said")
    // (or a title in capitals: "The Education Secretary, Joanna Whitlock, ... and urged")
    if (!t.poss && (ROLE_NOUNS.has(t.lo) || (!t.cap && isPersonNoun(t.lo) && !isGroupNoun(t.lo)))) role = true;
  }
  if (!role || toks[c]?.t !== ',' || c >= before) return null;
  /** the role is a relative, who may be named by a first name alone ("Mr Albrecht’s wife, Helga,") */
  const kin = toks[c - 1]!.lo in KIN;
  // (past a second description before the name: "The chair of the jury, the Ghanaian curator
  // Kwabena Asante-Darko, said")
  let n = c + 1;
  // (or an age: "One victim, 84-year-old Hilda Brearley, said")
  if (ageAt(toks, n, sent) && mentionAtOrMod(ctx, n) < 0) n++;
  if (toks[n]?.k === 'w' && (toks[n]!.lo === 'the' || toks[n]!.lo === 'a') && mentionAtOrMod(ctx, n) < 0) {
    for (let e = n + 1; e < before && e - n <= 5 && toks[e]!.k === 'w' && toks[e]!.sent === sent; e++) {
      const me = ctx.mentionAt[e]!;
      const mm = me >= 0 ? ctx.mentions[me]! : null;
      if (!mm || mm.type === 'place') continue;
      if (mm.n0 === e && mm.i0 > n && (isPersonNoun(toks[e - 1]!.lo) || mm.titleWords.length > 0)) n = mm.i0;
      break;
    }
  }
  // (past the clause that says what name they gave: "One woman, who gave only her first name, Nour,
  // said")
  if (toks[n]?.lo === 'who' && toks[n]!.sent === sent) {
    let e = n + 1;
    while (e < before && e - n <= 12 && toks[e]!.sent === sent && toks[e]!.k === 'w') e++;
    if (toks[e]?.t === ',' && e + 1 < before && nameGivenBefore(toks, e + 1)) n = e + 1;
    // (or ending with it: "A man, who gave his name only as Tavik Orm, said")
    else if (toks[e]?.t === ',') {
      const gm = mentionAtOrMod(ctx, e - 1);
      const g = gm >= 0 ? ctx.mentions[gm]! : null;
      if (g && g.i1 === e && g.i0 > n && nameGivenBefore(toks, g.i0)) n = g.i0;
    }
  }
  const mi = mentionAtOrMod(ctx, n);
  const m = mi >= 0 ? ctx.mentions[mi]! : null;
  if (!m || m.i0 !== n || m.poss || m.type === 'place' || m.type === 'org') return null;
  const after = toks[m.i1];
  if (m.type === 'unknown' && m.tokens.length < 2 && !(kin && after?.t === ',')) return null;
  if (!after || after.sent !== sent || !(after.t === ',' || (after.k === 'w' && !after.cap))) return null;
  // ("The president met the visiting prime minister, Ana Ruiz, ...": a verb, so the name is no subject)
  // (not in the field a role is for: "Tuvalu's minister for climate change, Solomone Taufa Fifita,")
  // (nor the verb of the clause that says what name they gave: "A supporter who gave only his first
  // name, Hernán, said")
  let field = !!nameGivenBefore(toks, m.i0);
  for (let k = start + 1; k < c; k++) {
    const t = toks[k]!;
    if ((t.lo === 'for' || t.lo === 'of') && ROLE_NOUNS.has(toks[k - 1]?.lo ?? '')) field = true;
    if (field) continue;
    // (a participle describing the person noun after it is no verb: "A retired school bus driver")
    const nx = toks[k + 1];
    const describing = /ed$/.test(t.lo) && !!nx && nx.k === 'w' && !nx.cap && (isNounish(nx.lo) || isPersonNoun(nx.lo));
    // (nor a word right before the role's noun, which says what the role is of: "The club chairman",
    // "The supporters’ trust chairman")
    const ofRole = !!nx && nx.k === 'w' && !nx.cap && nx.sent === sent && (ROLE_NOUNS.has(nx.lo) || isPersonNoun(nx.lo)) && (ORG_HEADS.has(t.lo) || isNounish(t.lo));
    // (nor a person noun the lexicon also knows as a verb: "The state's chief engineer, ...")
    // (nor a word after a determiner in lower case and any capitalised words, a noun: "A resident of
    // the Chibwe camp"; not the sentence's own "The": "The Mayor met ...")
    let d = k - 1;
    while (d > start && toks[d]!.cap) d--;
    const afterDet = !toks[d]!.cap && DETERMINERS.has(toks[d]!.lo);
    if (!t.cap && !t.poss && !ROLE_NOUNS.has(t.lo) && !/ing$/.test(t.lo) && isVerbish(t.lo) && !isNounish(t.lo) && !describing && !ofRole && !afterDet && !(k === c - 1 && isPersonNoun(t.lo))) return null;
  }
  // (not the owner's name set off after a spokesman's "for" phrase: "A spokesman for the pub’s owner,
  // Wearside Taverns, said")
  if (ownerAppositiveSource(ctx, m, sent)) return null;
  return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name };
}

/** The person named right after mention m and a person noun or two ("Hollins guard Terrence
 * Vaughn", "Kestrel shop steward Ann Lowe"): m only says whose they are. -1 when there is none. */
function personAfterModifier(ctx: Ctx, m: Mention, sent: number): number {
  const { toks } = ctx;
  if (m.poss) return -1;
  let k0 = m.i1;
  // (past the rest of a name of several words joined by "and" or "of": "Food Safety and Standards
  // Board director general Dr Wanjiru Kamau said")
  {
    let j = k0;
    while (j < m.i1 + 8 && toks[j]?.k === 'w' && toks[j]!.sent === sent && (toks[j]!.cap || /^(?:and|of)$/.test(toks[j]!.lo))) j++;
    if (j > k0 && toks[j - 1]!.cap) k0 = j;
  }
  let k = k0;
  while (k < k0 + 3 && toks[k]?.k === 'w' && !toks[k]!.cap && toks[k]!.sent === sent && !FUNCTION_WORDS.has(toks[k]!.lo)) k++;
  if (k === k0) return -1;
  let pi = ctx.mentionAt[k] ?? -1;
  // (or a name that opens with its title: "Central bank Governor Adaeze Okonkwo said")
  // (whose prefix may reach back over the words before: "Standards Board director general Dr X")
  if (pi < 0) pi = ctx.mentions.findIndex((x) => x.i0 <= k && x.n0 > k);
  const p = pi >= 0 ? ctx.mentions[pi]! : null;
  // (only after a word that is no one's name: "Paula Stein rebuked Councillor Ed Marsh" is Stein's act)
  const titled = m.type !== 'person' && !!p && p.i0 <= k && p.n0 > k && p.titleWords.length > 0;
  if (!titled && (!(isPersonNoun(toks[k - 1]!.lo) || BEFORE_NAME_PERSON_NOUNS.has(toks[k - 1]!.lo)) || isGroupNoun(toks[k - 1]!.lo))) return -1;
  if (!p || (p.n0 !== k && !titled) || p.poss || p.type === 'place' || p.type === 'org' || (p.type === 'unknown' && p.tokens.length < 2)) return -1;
  return pi;
}

/** A verb of saying (not a weak one) among tokens a..b-1, outside quotes. */
function speechVerbBetween(toks: Tok[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (toks[k]!.k === 'w' && !toks[k]!.cap && strongSpeech(toks[k])) return true;
  return false;
}

/** Words for a public body owned by a place or organisation ("Velova's defence ministry"). */
const BODY_HEADS = new Set(['ministry', 'department', 'government', 'embassy', 'agency', 'council', 'army', 'military', 'police', 'office', 'cabinet', 'parliament', 'commission', 'regulator', 'board', 'committee', 'panel', 'jury', 'bench']);

/** Openers that stand alone before a subject ("Then Eze raised ...", "Later Okafor said ..."). */
const LONE_OPENERS = new Set(['then', 'later', 'earlier', 'meanwhile', 'instead', 'still', 'yet', 'but', 'and', 'so']);
/** Professions by their ending ("physicist", "glaciologist", "paediatrician", "photographer"). */
const PROFESSION = /(?:ist|ician|grapher)$/;
/** The word at `i`, in -ing, names a trade before a lower-case role and a capitalised name ("Housing
 * campaigner Adaeze Nwankwo", "Banking analyst Tom Reid"), not a participle opening a phrase. */
function tradeBeforeRole(toks: Tok[], i: number): boolean {
  const r = toks[i + 1];
  const n = toks[i + 2];
  if (!(r?.k === 'w' && !r.cap && r.sent === toks[i]!.sent && (ROLE_NOUNS.has(r.lo) || isKnownPersonNoun(r.lo)) && n?.k === 'w' && n.cap && n.sent === r.sent)) return false;
  // (the name is the sentence's subject: its verb right after it, or a description set off that
  // opens in lower case; not a phrase that goes on, "Replacing striker Jonas Berg at half-time,
  // Devlin said", nor one closed before another subject, "Citing economist Lena Ortiz, Governor Kim
  // Tan said")
  let e = i + 2;
  while (toks[e]?.k === 'w' && toks[e]!.cap && toks[e]!.sent === r.sent) e++;
  const a = toks[e];
  const b = toks[e + 1];
  if (a?.sent !== r.sent) return false;
  if (a.k === 'w') return !a.cap && SPEECH_VERBS.has(a.lo);
  return a.t === ',' && b?.k === 'w' && !b.cap && b.sent === r.sent && !SPEECH_VERBS.has(b.lo);
}
/** "Castlereagh have nothing to play for, but their captain, Ruairí Mac Giolla, insisted ...": the
 * person named as the subject of a clause after ", but" that reports them speaking, when the
 * sentence's first clause does not (that clause's subject did something; the one quoted next is
 * likelier the one who spoke), else null. (In the link key.) */
/** "The meeting was chaired by Councillor Dervla Quinlan, who has tabled a motion": a sentence whose
 * subject is a gathering (no person), and which brings in the one person who led it, is about that
 * person, as a later "she said" reads it; else null. */
function gatheringSpeaker(ctx: Ctx, sent: number): LocalCue | null {
  const { toks, mentions } = ctx;
  let k = 0;
  while (k < toks.length && toks[k]!.sent < sent) k++;
  const det = toks[k];
  const noun = toks[k + 1];
  if (!det || !noun || det.lo !== 'the' || noun.k !== 'w' || noun.cap || noun.sent !== sent || !GATHERINGS.test(noun.lo)) return null;
  let v = k + 2;
  if (toks[v]?.lo === 'also' || toks[v]?.lo === 'then') v++;
  // (not "heard from", said of witnesses a reply may come from: "The court heard from Jane Akande that
  // ... / “That is a lie,” she said.")
  const at = /^(?:was|is)$/.test(toks[v]?.lo ?? '') && LED_BY.test(toks[v + 1]?.lo ?? '') && toks[v + 2]?.lo === 'by' ? v + 3 : -1;
  if (at < 0 || toks[at]?.sent !== sent) return null;
  // (nor when the sentence speaks of someone else by a pronoun: "chaired by Councillor Ann Lee, who
  // refused to let her speak")
  for (let j = k; j < toks.length && toks[j]!.sent === sent; j++) if (toks[j]!.k === 'w' && /^(?:he|she|him|her|his|hers)$/.test(toks[j]!.lo)) return null;
  const mi = mentions.findIndex((m) => m.i0 === at && (m.type === 'person' || m.personEvidence || (m.type === 'unknown' && m.tokens.length >= 2)) && !m.poss);
  if (mi < 0) return null;
  // (one person alone, not two or a list: "chaired by Tom Reid and Ana Sousa", "addressed by Jane
  // Holloway, Maria Ruiz and Ana Sousa")
  const m = mentions[mi]!;
  if ((toks[m.i1]?.lo === 'and' || (toks[m.i1]?.t === ',' && toks[m.i1 + 1]?.cap)) && toks[m.i1]!.sent === sent) return null;
  return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name };
}
/** Gatherings a sentence may have as its subject while it is about the person who led them. */
const GATHERINGS = /^(?:meeting|court|inquiry|inquest|hearing|committee|tribunal|jury|panel|conference|session|debate|rally|assembly|council|audience|forum|briefing|vigil|service|ceremony|event)$/;
/** What someone does to a gathering that makes it theirs: "was chaired by", "was led by". */
const LED_BY = /^(?:chaired|led|hosted|opened|addressed|moderated|presented|fronted|organised|organized|convened|called)$/;
function butClauseSpeaker(ctx: Ctx, sent: number): LocalCue | null {
  const { toks } = ctx;
  let k = 0;
  while (k < toks.length && toks[k]!.sent < sent) k++;
  const s0 = k;
  let firstSpeaks = false;
  for (; k + 2 < toks.length && toks[k]!.sent === sent; k++) {
    if (toks[k]!.k === 'q') return null;
    // (no speech in the first clause: "X said ..., but Y insisted" is X's sentence; unless X is a body,
    // whose words no "she said" after it reports: "The government says it will release funds, but Ms
    // Begum said no one had come. ‘…,’ she said.")
    if (k > s0 && toks[k]!.k === 'w' && !toks[k]!.cap && strongSpeech(toks[k])) firstSpeaks = true;
    if (toks[k]!.t !== ',' || toks[k + 1]!.lo !== 'but' || toks[k + 1]!.sent !== sent) continue;
    const start = k + 2;
    // (not when the first clause's subject is someone, who may be the one a pronoun after means:
    // "Dr Ama Owusu ran the clinic ..., but her deputy, Kofi Mensah, said ... / “…,” she said.")
    const first = mainSubject(ctx, sent, k);
    // (and only when that first clause names no person the words may be about: not "The ministry said
    // Dr Ana Lopez had resigned, but her lawyer, Sarah Kimani, said ...")
    if (firstSpeaks && (first?.ref !== 'org' || ctx.mentions.some((m) => m.sent === sent && m.i0 < k && (m.type === 'person' || m.personEvidence)))) return null;
    if (first && (first.ref === 'pronoun' || first.ref === 'role' || (first.ref === 'name' && (ctx.mentions[first.mention]!.type === 'person' || ctx.mentions[first.mention]!.personEvidence)))) return null;
    const set = nameAfterRole(ctx, sent, start, toks.length);
    let mi = set ? set.mention : -1;
    if (mi < 0) {
      // (or a name, after a lower-case role at most: "but coach Aurora Stenberg refused")
      let c = start;
      while (c < toks.length && c - start < 3 && toks[c]!.k === 'w' && !toks[c]!.cap && toks[c]!.sent === sent && isPersonNoun(toks[c]!.lo)) c++;
      // (past an honorific: "but Ms Begum said")
      mi = mentionAtOrMod(ctx, c);
      if (mi >= 0 && ctx.mentions[mi]!.i0 !== c) mi = -1;
    }
    const m = mi >= 0 ? ctx.mentions[mi]! : null;
    if (!m || m.poss || m.type === 'place' || m.type === 'org' || !(m.type === 'person' || m.personEvidence || m.tokens.length >= 2)) return null;
    // the verb after the name (past the comma closing the role's aside, or a description set off
    // after the name)
    let e = m.i1;
    if (set && toks[e]?.t === ',') e++;
    else if (toks[e]?.t === ',') {
      e++;
      while (e < toks.length && e - m.i1 <= 12 && toks[e]!.t !== ',' && toks[e]!.k !== 'q' && toks[e]!.sent === sent) e++;
      if (toks[e]?.t !== ',') return null;
      e++;
    }
    const v = toks[e];
    if (v?.k !== 'w' || v.cap || v.sent !== sent || !strongSpeech(v)) return null;
    return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name };
  }
  return null;
}
function mainSubject(ctx: Ctx, sent: number, before: number): LocalCue | null {
  // first person-ish mention in the sentence in subject position, skipping an introductory phrase
  const { toks } = ctx;
  let i = sent === 0 ? Math.max(0, ctx.opening) : 0;
  while (i < toks.length && toks[i]!.sent < sent) i++;
  const s0 = i;
  const first = toks[s0];
  if (!first) return null;
  let start = s0;
  // "According to Priya Shah, a retail analyst, the figures pointed to trouble.": the person the
  // sentence's claim is from is who a "she said" after it is likeliest to be
  if (first.k === 'w' && first.lo === 'according' && toks[s0 + 1]?.lo === 'to') {
    const at = s0 + 2;
    const mi = at < before && toks[at]!.sent === sent ? (ctx.mentionAt[at]! >= 0 ? ctx.mentionAt[at]! : ctx.modOf[at]!) : -1;
    const m = mi >= 0 ? ctx.mentions[mi]! : null;
    if (m && m.type !== 'place' && m.type !== 'org' && !m.poss && toks[m.i1]?.t === ',') return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name };
  }
  // "One of them, Patrick Dunne, said ...", "One of the fishermen, Jo Hart, ...": the one named
  // (past an age: "One of the victims, 84-year-old Hilda Brearley, said")
  const oneOfNamed = (o: number): LocalCue | null => {
    if (toks[o]?.k !== 'w' || toks[o]!.lo !== 'one' || toks[o + 1]?.lo !== 'of') return null;
    let c = o + 2;
    while (c < before && c - o <= 6 && toks[c]!.k === 'w' && toks[c]!.sent === sent) c++;
    const n = ageAt(toks, c + 1, sent) ? c + 2 : c + 1;
    const mi = toks[c]?.t === ',' ? (ctx.mentionAt[n] ?? -1) : -1;
    const m = mi >= 0 ? ctx.mentions[mi]! : null;
    return m && m.i0 === n && !m.poss && m.type !== 'place' && m.type !== 'org' && toks[m.i1]?.t === ',' && m.i1 < before ? { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name } : null;
  };
  {
    const named = oneOfNamed(s0);
    if (named) return named;
  }
  // ("One of them is Wanjiru Kamau, a former teacher who joined in 2020.", "Among them was Ade Bello":
  // the one the sentence brings in is its subject, whom a "she says" after it means)
  if (first.k === 'w' && ((first.lo === 'one' && toks[s0 + 1]?.lo === 'of') || first.lo === 'among')) {
    let c = s0 + 1;
    while (c < before && c - s0 <= 6 && toks[c]!.k === 'w' && toks[c]!.sent === sent && !COPULAS.has(toks[c]!.lo)) c++;
    const mi = COPULAS.has(toks[c]?.lo ?? '') && toks[c]!.sent === sent ? mentionAtOrMod(ctx, c + 1) : -1;
    const m = mi >= 0 ? ctx.mentions[mi]! : null;
    if (m && m.i0 === c + 1 && !m.poss && m.type !== 'place' && m.type !== 'org' && (toks[m.i1]?.t === ',' || toks[m.i1]?.t === '.') && m.i1 <= before) return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name };
  }
  // ("The armed group that claimed the kidnapping, the Sahel Brotherhood Front, said ... and
  // warned": a word for a body's kind and what it did, then the body's name set off)
  {
    const named = kindThenName(ctx, s0, sent);
    // (only in its own clause: not "...; the regulator disagreed, calling it “…”")
    if (named && named.at < before && !toks.slice(named.at, before).some((t) => t.t === ';')) return named;
    // ("Industry body the Association of Professional Lobbyists welcomed ... but warned": a word for
    // the body's kind before its name, no subject of its own)
    const kind = toks[s0 + 1];
    const n = toks[s0 + 2]?.lo === 'the' ? s0 + 3 : s0 + 2;
    const mi = first.k === 'w' && first.cap && kind?.k === 'w' && !kind.cap && kind.sent === sent && /^(?:body|group|organisation|organization|association|charity|union|lobby)$/.test(kind.lo) ? mentionAtOrMod(ctx, n) : -1;
    const m = mi >= 0 ? ctx.mentions[mi]! : null;
    if (m && m.i0 === n && !m.poss && m.type === 'org' && m.i1 - 1 < before) return { ...NONE, ref: 'org', mention: mi, at: m.i1 - 1, text: m.name };
  }
  // an introductory phrase or participle clause ("Acknowledging that ..., X said") is skipped
  // (a conjunction opening the sentence is passed alone: "But a special education teacher, who
  // asked not to be identified, described ...")
  if (first.k === 'w' && /^(?:but|and|yet)$/.test(first.lo) && /^(?:a|an|one|another)$/.test(toks[s0 + 1]?.lo ?? '') && toks[s0 + 1]!.sent === sent) start = s0 + 1;
  // ("Then Eze raised the question of the budget, which Nwankwo has overseen ...": an adverb or
  // conjunction right before a name is passed alone, not up to a comma far after it)
  // (or before a title and a name: "But Dr Samira El-Amin, the clinical director, said")
  else if (first.k === 'w' && LONE_OPENERS.has(first.lo) && toks[s0 + 1]?.k === 'w' && toks[s0 + 1]!.cap && toks[s0 + 1]!.sent === sent && mentionAtOrMod(ctx, s0 + 1) >= 0) start = s0 + 1;
  // (not a word in -ing naming a trade before a role: "Housing campaigner Adaeze Nwankwo, of the
  // Renters Voice Network, said", "Marketing director ...")
  else if (first.k === 'w' && (INTRO_WORDS.has(first.lo) || (first.lo.length > 5 && first.lo.endsWith('ing') && isVerbish(first.lo) && !tradeBeforeRole(toks, s0)))) {
    let k = s0;
    // (the comma in this sentence: "Then Bakare turned to the council. In March, she noted, ...")
    while (k < before && toks[k]!.t !== ',' && toks[k]!.sent === sent) k++;
    if (k < before && toks[k]!.sent === sent) start = k + 1;
    // (past a name the phrase was put by, when the question goes on after it: "Asked by the presiding
    // judge, Horacio Benítez Lamas, whether she could identify any of them, she pointed ...")
    {
      const nm = start < before ? mentionAtOrMod(ctx, start) : -1;
      const n = nm >= 0 ? ctx.mentions[nm]! : null;
      if (n && n.i0 === start && toks[n.i1]?.t === ',' && /^(?:whether|if|about|why|how|what|when|where|who)$/.test(toks[n.i1 + 1]?.lo ?? '') && toks[n.i1 + 1]!.sent === sent) {
        let e = n.i1 + 1;
        while (e < before && e - n.i1 <= 25 && toks[e]!.t !== ',' && toks[e]!.sent === sent && toks[e]!.k !== 'q') e++;
        if (toks[e]?.t === ',' && toks[e]!.sent === sent) start = e + 1;
      }
    }
    // (past a name set off after the phrase's last noun: "Speaking for the applicant, Moorland
    // Renewables, project manager Iain Strachan said")
    const am = k < before ? mentionAtOrMod(ctx, start) : -1;
    const a = am >= 0 ? ctx.mentions[am]! : null;
    if (a && a.i0 === start && toks[a.i1]?.t === ',' && a.i1 + 1 < before && toks[start - 2]?.k === 'w' && !toks[start - 2]!.cap) {
      for (let n = a.i1 + 1; n < before && n - a.i1 <= 4 && toks[n]!.k === 'w' && toks[n]!.sent === sent; n++) {
        const pm = mentionAtOrMod(ctx, n);
        if (pm < 0) continue;
        if ((ctx.mentions[pm]!.type === 'person' || ctx.mentions[pm]!.personEvidence) && (n > a.i1 + 1 || ctx.mentions[pm]!.n0 > n)) start = a.i1 + 1;
        break;
      }
      // (or a pronoun and its verb right after it: "In a statement released through his club,
      // Aberdarren RFC, he said:")
      if (start !== a.i1 + 1 && /^(?:he|she|they)$/.test(toks[a.i1 + 1]?.lo ?? '') && toks[a.i1 + 2]?.k === 'w' && !toks[a.i1 + 2]!.cap && toks[a.i1 + 2]!.sent === sent && (strongSpeech(toks[a.i1 + 2]) || AUXILIARIES.has(toks[a.i1 + 2]!.lo))) start = a.i1 + 1;
    }
  }
  // "Downstream near Buffalo Landing, Dale Hutchins, 66, watched ...": a phrase opening with a
  // capitalised word no one is called by, set off before a full name, is no subject
  if (start === s0 && first.k === 'w' && first.cap && ctx.mentionAt[s0]! >= 0) {
    const m0 = ctx.mentions[ctx.mentionAt[s0]!]!;
    if (m0.tokens.length === 1 && !m0.personEvidence && !m0.poss && m0.type !== 'person' && !isFirstName(m0.lower[0]!)) {
      let c = m0.i1;
      while (c < before && c - s0 <= 6 && toks[c]!.sent === sent && toks[c]!.t !== ',' && toks[c]!.k !== 'q' && !(toks[c]!.k === 'w' && !toks[c]!.cap && (isSpeechVerb(toks[c]!) || isVerbish(toks[c]!.lo)) && !PREPOSITIONS.has(toks[c]!.lo))) c++;
      // (the name maybe after a title: "Counsel to the defendant, Chief Emeka Obi, ...")
      const after = toks[c]?.t === ',' ? mentionAtOrMod(ctx, c + 1) : -1;
      const m1 = after >= 0 ? ctx.mentions[after]! : null;
      if (m1 && m1.i0 <= c + 1 && m1.tokens.length >= 2 && (m1.type === 'person' || m1.personEvidence) && !m1.poss) start = c + 1;
    }
  }
  {
    const set = nameAfterRole(ctx, sent, start, before) ?? (start > s0 ? oneOfNamed(start) : null);
    if (set) return set;
  }
  for (let k = start; k < before; k++) {
    const t = toks[k]!;
    if (t.sent !== sent) break;
    if (t.k === 'q') continue;
    // ("Her answer was simple: "...": the owner of the words, "his" or "her")
    // ("Her maiden speech ... was remembered for a single line:", "From below, her voice carried:")
    if (t.k === 'w' && (t.lo === 'his' || t.lo === 'her') && k === start) {
      let h = k + 1;
      while (h < k + 3 && toks[h + 1]?.k === 'w' && toks[h]?.k === 'w' && !toks[h]!.cap && toks[h]!.sent === sent && !OWNED_SPEECH.has(toks[h]!.lo) && !OWNED_VERDICTS.has(toks[h]!.lo) && !VOICED.has(toks[h]!.lo) && !FUNCTION_WORDS.has(toks[h]!.lo) && !isPersonNoun(toks[h]!.lo)) h++;
      const n = toks[h];
      const verdict = h === k + 1 && n?.k === 'w' && OWNED_VERDICTS.has(n.lo) && /^(?:is|was)$/.test(toks[h + 1]?.lo ?? '') && toks[h + 1]!.sent === sent;
      if (n?.k === 'w' && n.sent === sent && (OWNED_SPEECH.has(n.lo) || VOICED.has(n.lo) || verdict) && (h === k + 1 || VOICED.has(n.lo))) return { ...NONE, ref: 'pronoun', gender: t.lo === 'his' ? 'm' : 'f', at: k, text: t.lo === 'his' ? 'he' : 'she' };
    }
    if (t.k === 'w' && (t.lo === 'he' || t.lo === 'she')) {
      // ("The lorry driver told the inquest he had been dazzled", "His neighbour, who did not want to
      // be named, said he had lost ..."): a pronoun after the verb of saying is the reported
      // clause's; the sentence's subject is the person it opens with, whom the story does not name
      if (speechVerbBetween(toks, start, k) && describedPersonSubject(toks, s0)) return null;
      return { ...NONE, ref: 'pronoun', gender: t.lo === 'he' ? 'm' : 'f', at: k, text: t.t };
    }
    if (k === start) {
      const label = roleLabelAt(toks, k);
      if (label) return label;
    }
    let mi = ctx.mentionAt[k]!;
    if (mi >= 0 && ctx.modOf[k]! >= 0 && ctx.modOf[k] !== mi) mi = ctx.modOf[k]!;
    if (mi >= 0) {
      const m = ctx.mentions[mi]!;
      // "Doe's lawyer says": the lawyer is the subject
      if (m.poss && toks[m.i1]?.k === 'w' && ROLE_NOUNS.has(toks[m.i1]!.lo) && toks[m.i1]!.sent === sent) return refEndingAt(ctx, m.i1, sent);
      // "Velova's defence ministry said ... and called": the owner's body
      if (m.poss && m.type !== 'person') {
        let h = m.i1;
        while (h < before && h - m.i1 < 2 && toks[h]!.k === 'w' && !toks[h]!.cap && toks[h]!.sent === sent && !BODY_HEADS.has(toks[h]!.lo) && !FUNCTION_WORDS.has(toks[h]!.lo) && !SPEECH_VERBS.has(toks[h]!.lo)) h++;
        const head = toks[h];
        if (head?.k === 'w' && !head.cap && head.sent === sent && BODY_HEADS.has(head.lo)) {
          const body = `${m.name}\u2019s ${toks.slice(m.i1, h + 1).map((w) => w.lo).join(' ')}`;
          // (not the body's spokesman: "Norvane's foreign ministry spokesman on Thursday rejected ...")
          const after = toks[h + 1];
          const person = after?.k === 'w' && !after.cap && after.sent === sent && ROLE_NOUNS.has(after.lo);
          if (person) return { ...NONE, ref: 'described', roleHead: after!.lo, gender: ROLE_GENDER[after!.lo] ?? null, text: `${body} ${after!.lo} (unnamed)`, at: h + 1 };
          return { ...NONE, ref: 'org', mention: mi, text: body, at: h };
        }
      }
      // "Doe's reply to Roe was blunt": the owner of the words
      // (or what they wrote: "Lavallée-Ng's email ended:")
      if (m.poss && m.type !== 'place' && toks[m.i1]?.k === 'w' && (OWNED_SPEECH.has(toks[m.i1]!.lo) || (OWNED_WRITING.has(toks[m.i1]!.lo) && k === start && writingSays(toks[m.i1 + 1]))) && toks[m.i1]!.sent === sent) return { ...NONE, ref: m.type === 'org' ? 'org' : 'name', mention: mi, at: m.i1 - 1, text: m.name };
      if (m.poss || m.type === 'place') { k = m.i1 - 1; continue; }
      // "the striker posted on Instagram:": the object of a preposition is never the subject
      // (or of a name's possessive before it: "of St Aidan's Primary")
      let b = m.i0 - 1;
      while (b > start && toks[b]!.k === 'w' && toks[b]!.cap && (toks[b]!.poss || toks[b + 1]!.k !== 'w' || toks[b + 1]!.cap) && b >= m.i0 - 3) b--;
      // (past an article: "published in the Nordic Heart Journal")
      if (b > start && toks[b]!.k === 'w' && (toks[b]!.lo === 'the' || toks[b]!.lo === 'a') && toks[b - 1]!.k === 'w' && !toks[b - 1]!.cap && PREPOSITIONS.has(toks[b - 1]!.lo)) b--;
      const pb = toks[b];
      // (but "Minister of State for Digital Affairs Mohamed Faizal Rahim" is the minister)
      if (pb && pb.k === 'w' && !pb.cap && pb.sent === sent && PREPOSITIONS.has(pb.lo) && b >= start && !((pb.lo === 'for' || pb.lo === 'of') && titleChainBefore(toks, b))) { k = m.i1 - 1; continue; }
      // ("Hollins guard Terrence Vaughn, who had 33 points, was blunt.": a team, firm or place
      // naming what the person after it is, not the subject)
      const pn = personAfterModifier(ctx, m, sent);
      if (pn >= 0) return { ...NONE, ref: 'name', mention: pn, at: ctx.mentions[pn]!.i1 - 1, text: ctx.mentions[pn]!.name };
      return { ...NONE, ref: m.type === 'org' ? 'org' : 'name', mention: mi, at: m.i1 - 1, text: m.name };
    }
    // ("In a statement posted on Sunday night, the 38-year-old wrote:": an age for someone the
    // story named, reporting their words, as "he wrote" would)
    if (t.k === 'w' && t.lo === 'the' && /^\d+-year-old$/.test(toks[k + 1]?.lo ?? '') && toks[k + 2]?.k === 'w' && toks[k + 2]!.sent === sent && k + 2 < before && strongSpeech(toks[k + 2])) {
      return { ...NONE, ref: 'role', roleHead: toks[k + 1]!.lo, gender: null, text: `the ${toks[k + 1]!.t}`, at: k + 1 };
    }
    if (t.k === 'w' && t.lo === 'the' && toks[k + 1] && ROLE_NOUNS.has(toks[k + 1]!.lo)) {
      // "the president's spokesman": the spokesman; "the prime minister's spokesman": the
      // spokesman too, and "the prime minister" is the minister, not "the prime"
      let h = k + 1;
      while (h + 1 < before && h - k < 3 && !toks[h]!.poss && toks[h + 1]!.k === 'w' && toks[h + 1]!.cap === toks[h]!.cap && toks[h + 1]!.sent === sent && ROLE_NOUNS.has(toks[h + 1]!.lo)) h++;
      if (toks[h]!.poss && toks[h + 1]?.k === 'w' && ROLE_NOUNS.has(toks[h + 1]!.lo) && toks[h + 1]!.sent === sent) return refEndingAt(ctx, h + 1, sent);
      // ("The economist Teresa Brandão-Reis said": the role is the title of the name right after it)
      if (ctx.modOf[h]! >= 0 && ctx.mentions[ctx.modOf[h]!]!.n0 === h + 1) {
        k = h;
        continue;
      }
      return refEndingAt(ctx, h, sent);
    }
    // ("The physicist conceded the point.": a profession the lexicon has by its ending, as the
    // subject, is a role the story may have given someone)
    if (t.k === 'w' && t.lo === 'the' && k === start && toks[k + 1]?.k === 'w' && !toks[k + 1]!.cap && !toks[k + 1]!.poss && PROFESSION.test(toks[k + 1]!.lo) && isPersonNoun(toks[k + 1]!.lo) && toks[k + 2]?.k === 'w' && !toks[k + 2]!.cap && toks[k + 2]!.sent === sent && k + 1 < before && !isPersonNoun(toks[k + 2]!.lo) && !isNounish(toks[k + 2]!.lo)) {
      return { ...NONE, ref: 'role', roleHead: toks[k + 1]!.lo, gender: null, text: `the ${toks[k + 1]!.lo}`, at: k + 1 };
    }
    // ("The broadcaster Dame Philippa Oduya launched ...": a word for what someone is, right before
    // their name, is no subject of its own, even one that may name a firm)
    if (t.k === 'w' && t.lo === 'the' && k === start && toks[k + 1]?.k === 'w' && !toks[k + 1]!.cap && toks[k + 1]!.sent === sent && (isPersonNoun(toks[k + 1]!.lo) || ORG_ANAPHORS.has(toks[k + 1]!.lo))) {
      const pm = mentionAtOrMod(ctx, k + 2);
      const pmn = pm >= 0 ? ctx.mentions[pm]! : null;
      if (pmn && pmn.i0 <= k + 2 && !pmn.poss && (pmn.type === 'person' || (pmn.personEvidence && pmn.type !== 'org')) && pmn.n0 < before) return { ...NONE, ref: 'name', mention: pm, at: pmn.i1 - 1, text: pmn.name };
    }
    // ("The state newspaper Narodni Glas on Saturday published ...": a word for a kind of body, with
    // a modifier or none, right before the body's name is no subject of its own)
    if (t.k === 'w' && t.lo === 'the' && k === start) {
      const h = toks[k + 1]?.k === 'w' && !toks[k + 1]!.cap && !ORG_ANAPHORS.has(toks[k + 1]!.lo) && toks[k + 2]?.k === 'w' && !toks[k + 2]!.cap ? k + 2 : k + 1;
      const head = toks[h];
      const om = head?.k === 'w' && !head.cap && head.sent === sent && ORG_ANAPHORS.has(head.lo) ? (ctx.mentionAt[h + 1] ?? -1) : -1;
      const o = om >= 0 ? ctx.mentions[om]! : null;
      if (o && o.i0 === h + 1 && !o.poss && o.type !== 'person' && o.type !== 'place' && !o.personEvidence && o.i1 < before) return { ...NONE, ref: 'org', mention: om, at: o.i1 - 1, text: o.name };
    }
    // "The opposition leader says ...": a role with modifiers as the subject
    if (t.k === 'w' && t.lo === 'the' && k === start) {
      const np = npStartingAt(ctx, k, sent);
      if (np && np.ref.ref === 'role') return np.ref;
    }
    // "The club's statement read:": the words of whoever owns the statement ("the club")
    if (t.k === 'w' && t.lo === 'the' && k === start) {
      let o = k + 1;
      while (o < before && o - k <= 3 && toks[o]!.k === 'w' && !toks[o]!.cap && !toks[o]!.poss && toks[o]!.sent === sent) o++;
      const ow = toks[o];
      const sp = toks[o + 1];
      if (ow && ow.k === 'w' && ow.poss && !ow.cap && ow.sent === sent && sp && sp.k === 'w' && sp.sent === sent && OWNED_WRITING.has(sp.lo) && !ROLE_NOUNS.has(ow.lo) && !isPersonNoun(ow.lo)) {
        return { ...NONE, ref: 'org', text: `the ${toks.slice(k + 1, o + 1).map((w) => w.lo).join(' ')}`, at: o };
      }
    }
    // "Nurses carrying placards ...", "A spokesman for the ministry ...": an unnamed subject
    if (t.k === 'w' && k === start) {
      const d = describedStartingAt(ctx, k, sent);
      // ("Police Lt. Frank DeLuca said ...": a body's word right before a titled name only says whose
      // the person is)
      const nx = d ? mentionAtOrMod(ctx, d.end + 1) : -1;
      const nm = nx >= 0 ? ctx.mentions[nx]! : null;
      if (nm && nm.i0 === d!.end + 1 && !nm.poss && (nm.type === 'person' || nm.personEvidence) && nm.titleWords.length > 0 && nm.i1 < before) return { ...NONE, ref: 'name', mention: nx, at: nm.i1 - 1, text: nm.name };
      // (not a name set off after the noun ending the source's "for" phrase, the owner's: "A
      // spokesman for the pub’s owner, Wearside Taverns, said")
      const set = d ? nameSetOffBeforeVerb(ctx, d.end, sent, before) : null;
      if (d) return (set && set.mention >= 0 && ownerAppositiveSource(ctx, ctx.mentions[set.mention]!, sent) ? null : set) ?? d.cue;
    }
  }
  return null;
}

/** "The former commander of the guard and, until his dismissal in March, the country's most
 * powerful official, General Oleksandr Varenko, broke his silence": a person's name set off by
 * commas right before the verb, after a description that opens the sentence (ending at token
 * end), is who the description is; null when there is none. */
function nameSetOffBeforeVerb(ctx: Ctx, end: number, sent: number, before: number): LocalCue | null {
  const { toks } = ctx;
  for (let j = end + 1; j < before && j - end <= 30; j++) {
    const t = toks[j]!;
    if (t.sent !== sent || t.k === 'q') return null;
    // (only past words set off by commas: a verb of the sentence's own ends the description)
    if (t.k === 'w' && !t.cap && toks[j - 1]?.t !== ',' && isVerbish(t.lo) && !isNounish(t.lo) && !/(?:ed|ing)$/.test(t.lo) && !AUXILIARIES.has(t.lo)) return null;
    const mi = ctx.mentionAt[j] ?? -1;
    const m = mi >= 0 ? ctx.mentions[mi]! : null;
    if (!m || m.i0 > j) continue;
    const v = toks[m.i1 + 1];
    if (toks[m.i0 - 1]?.t === ',' && toks[m.i1]?.t === ',' && !m.poss && (m.type === 'person' || m.personEvidence) && v?.k === 'w' && !v.cap && v.sent === sent && (isVerbish(v.lo) || SPEECH_VERBS.has(v.lo))) return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name };
    j = m.i1 - 1;
  }
  return null;
}

/** What carries someone's words, owned: "her voice", "his maiden speech", "her message". */
const VOICED = new Set(['voice', 'speech', 'message']);
/** Speech-act nouns whose owner said the words quoted after them ("Doe's claim that the deal was
 * "...""). General English, no particular story's words. */
const OWNED_SPEECH = new Set(['statement', 'statements', 'remark', 'remarks', 'comment', 'comments', 'words', 'claim', 'claims',
  'assertion', 'assertions', 'warning', 'warnings', 'promise', 'promises', 'pledge', 'pledges', 'vow', 'vows', 'description',
  'characterization', 'characterisation', 'accusation', 'accusations', 'charge', 'charges', 'insistence', 'argument', 'declaration',
  'announcement', 'prediction', 'predictions', 'suggestion', 'contention', 'boast', 'quip', 'tweet', 'tweets', 'admission',
  'assurance', 'assurances', 'complaint', 'complaints', 'testimony', 'answer', 'reply', 'response', 'threat', 'threats', 'denial']);
/** ... and those that are the owner's words only as "His verdict is short: “…”" (not "Mendes's
 * verdict came", a jury's on him; not "Her assessment by the panel was damning") */
const OWNED_VERDICTS = new Set(['verdict', 'assessment', 'advice', 'explanation', 'retort', 'plea']);
/** Those, and the written things an owner put out ("the ministry's letter", "her post", "the
 * company's release") */
/** A verb a piece of writing says its words with ("said", "read", "ended", "concluded"). */
const writingSays = (t: Tok | undefined) => !!t && t.k === 'w' && !t.cap && (strongSpeech(t) || /^(?:ended|ends|began|begins|read|reads|concluded|concludes|opened|opens|closed|closes)$/.test(t.lo));
const OWNED_WRITING = new Set([...OWNED_SPEECH, 'letter', 'post', 'release', 'email', 'e-mail', 'message', 'memo', 'note']);

/** Possessive determiners ("his remarks", "their statement"). */
const POSSESSIVE_DETS = new Set(['his', 'her', 'their', 'its', 'my', 'our', 'your']);
/** "a shift economists read as the first step": to read something as something is to take it so,
 * not to say it (token v is "read" or "reads" before "as"). */
const readAs = (toks: Tok[], v: number): boolean => (toks[v]?.lo === 'read' || toks[v]?.lo === 'reads') && toks[v + 1]?.lo === 'as' && toks[v + 1]!.sent === toks[v]!.sent;

/** "Roe pointed to Doe's claim that the deal was "..."": the words quoted are the owner's (Doe), not
 * those of whoever the cue names (Roe). The quote then goes to review, suggesting the owner. */
function ownedQuote(ctx: Ctx, qt: number, cue: LocalCue): LocalCue | null {
  const { toks } = ctx;
  const sent = toks[qt]!.sent;
  for (let k = qt - 1; k >= 0 && qt - k <= 14; k--) {
    const t = toks[k]!;
    if (t.sent !== sent || t.k === 'q' || CLAUSE_EDGE.has(t.t)) return null;
    // a speech verb nearer the quote than the noun governs it ("Doe's claim, Roe said, ...")
    if (t.k === 'w' && !t.cap && !OWNED_SPEECH.has(t.lo) && strongSpeech(t)) return null;
    if (t.k !== 'w' || t.cap || !OWNED_SPEECH.has(t.lo)) continue;
    // (a quote that says what the words were is the judge's, not theirs: "Fjell AI said that
    // Lindgren's remarks were “a joke that landed badly”")
    if (toks[k + 1]?.k === 'w' && BE_FORMS.has(toks[k + 1]!.lo) && toks[k + 1]!.sent === sent) return null;
    // the owner: "Doe's [latest] claim" (up to two modifiers between), or "the claim by Doe"
    let o = k - 1;
    while (o >= 0 && k - o <= 3 && toks[o]!.sent === sent && toks[o]!.k === 'w' && !toks[o]!.poss && !toks[o]!.cap && !FUNCTION_WORDS.has(toks[o]!.lo)) o--;
    let mi = toks[o]?.poss && toks[o]!.sent === sent ? ctx.mentionAt[o]! : -1;
    if (mi < 0 && toks[k + 1]?.lo === 'by' && toks[k + 1]!.sent === sent) mi = ctx.mentionAt[k + 2] ?? -1;
    if (mi < 0) return null;
    const m = ctx.mentions[mi]!;
    if (m.type === 'place' || (cue.ref === 'name' || cue.ref === 'org') && cue.mention === mi) return null;
    return { ...NONE, ref: m.type === 'org' ? 'org' : 'name', mention: mi, at: m.i1 - 1, text: m.name, cue: t.lo, weak: true };
  }
  return null;
}

/** ""...," the statement said." after "In a statement, the choir said ..." or "Larkfield said in a
 * statement ...": the statement is the words of whoever the paragraph said issued it. */
const ISSUED_NOUNS = new Set(['statement', 'release']);
function statementAuthor(ctx: Ctx, cue: LocalCue, sent: number): LocalCue | null {
  if (cue.ref !== 'org' || cue.mention >= 0 || !cue.text) return null;
  const { toks } = ctx;
  // "Adeyemi-Cole’s office responded with a statement calling ...", "The club issued a statement
  // saying ...": whoever issued it, in the same sentence
  if (ISSUED_NOUNS.has(cue.text) && toks[cue.at - 1]?.lo === 'a') {
    const v = toks[cue.at - 2]?.lo === 'with' ? cue.at - 3 : cue.at - 2;
    const tv = toks[v];
    const r = tv?.k === 'w' && !tv.cap && tv.sent === sent && isVerbish(tv.lo) ? refEndingAt(ctx, v - 1, sent) : null;
    if (r && (r.ref === 'name' || r.ref === 'org' || r.ref === 'described')) return { ...r, cue: cue.cue, at: cue.at };
  }
  // ("A statement from Lough Erne Dairies blamed “…” and said": "statement" alone, after "A")
  if (!/^(?:the )?(?:statement|release)$/i.test(cue.text)) return null;
  // "A statement from Highland Council read:": whoever it is from
  {
    let k = cue.at;
    while (k >= 0 && toks[k]?.sent === sent && !ISSUED_NOUNS.has(toks[k]!.lo)) k--;
    const from = toks[k + 1];
    const mi = from?.lo === 'from' && from.sent === sent ? (ctx.mentionAt[k + 2] ?? -1) : -1;
    const m = mi >= 0 ? ctx.mentions[mi]! : null;
    if (m && m.n0 <= k + 3 && m.type !== 'place') return { ...NONE, ref: m.type === 'org' ? 'org' : 'name', mention: mi, text: m.name, cue: cue.cue, at: cue.at };
  }
  for (let i = 0; i < toks.length && toks[i]!.sent < sent; i++) {
    const t = toks[i]!;
    if (!ISSUED_NOUNS.has(t.lo) || !(toks[i - 1]?.lo === 'a' || toks[i - 1]?.lo === 'its' || toks[i - 1]?.lo === 'their')) continue;
    for (let v = i + 1; v < toks.length && toks[v]!.sent === t.sent && v - i < 8; v++) {
      const tv = toks[v]!;
      if (tv.k === 'q') break;
      if (!isSpeechVerb(tv) || tv.cap || passiveAt(toks, v)) continue;
      const r = refEndingAt(ctx, v - 1, t.sent);
      if (r && (r.ref === 'name' || r.ref === 'org' || r.ref === 'described') && !(r.ref === 'org' && r.text === cue.text)) return { ...r, cue: cue.cue, at: cue.at };
      // ("In a statement, the choir said": whatever issued it, as described)
      const n = toks[v - 1];
      if (!r && n && n.k === 'w' && !n.cap && toks[v - 2]?.lo === 'the' && toks[v - 2]!.sent === t.sent && !ISSUED_NOUNS.has(n.lo) && /^[a-z-]+$/.test(n.lo) && !isVerbish(n.lo)) {
        return { ...NONE, ref: 'org', text: `the ${n.t}`, cue: cue.cue, at: cue.at };
      }
      break;
    }
    // "Larkfield said in a statement": the subject before the verb before it
    for (let v = i - 1; v >= 0 && toks[v]!.sent === t.sent && i - v < 5; v--) {
      const tv = toks[v]!;
      if (!isSpeechVerb(tv) || tv.cap) continue;
      const r = refEndingAt(ctx, v - 1, t.sent);
      if (r && (r.ref === 'name' || r.ref === 'org' || r.ref === 'described')) return { ...r, cue: cue.cue, at: cue.at };
      // ("The brigade said in a statement that ...": whatever issued it, as described)
      const n = toks[v - 1];
      if (!r && n && n.k === 'w' && !n.cap && toks[v - 2]?.lo === 'the' && toks[v - 2]!.sent === t.sent && /^[a-z-]+$/.test(n.lo) && !isVerbish(n.lo) && !isPersonNoun(n.lo)) {
        return { ...NONE, ref: 'org', text: `the ${n.t}`, cue: cue.cue, at: cue.at };
      }
      break;
    }
  }
  return null;
}

function findCue(ctx: Ctx, qt: number, lq: { standalone: boolean }): LocalCue {
  const c = findCueOf(ctx, qt, lq);
  const sent = ctx.toks[qt]!.sent;
  return statementAuthor(ctx, c, sent) ?? unsignedWriting(ctx, c, sent) ?? c;
}

/** The last word of a building's name, which a body set off after its word is not ("the Old Town Hall"). */
const BUILDING_WORDS = /^(?:hall|house|building|tower|centre|center|square|street|road|palace|castle|church|chapel|cathedral|court|station|stadium|arena|park|library|museum)$/;
/** Writing no one signs: a message, a note, a card (not a banner or a placard, which those who carry it speak). */
const UNSIGNED_WRITING = new Set(['message', 'messages', 'note', 'notes', 'card', 'graffiti', 'inscription']);
/** "A message posted in a staff group chat read: “...”", "One message, written in blue capitals,
 * read:": words a message or a sign carries are no one's the story can name, unless it says whom
 * they are from ("The message from the city's transport chief was blunt:"); not the message itself,
 * as a report or a statement speaks for its authors. */
function unsignedWriting(ctx: Ctx, cue: LocalCue, sent: number): LocalCue | null {
  if (cue.ref !== 'org' || cue.mention >= 0 || !UNSIGNED_WRITING.has(cue.roleHead ?? (cue.text ?? '').split(' ').pop() ?? '')) return null;
  const { toks } = ctx;
  const at = cue.at;
  // (one brought in as any message, "A message", "One message", or said to be unsigned: not "the
  // briefing note", "the message says", which the story treats as a document)
  let d = at - 1;
  while (d >= 0 && at - d <= 3 && toks[d]!.sent === sent && toks[d]!.k === 'w' && !DETERMINERS.has(toks[d]!.lo)) d--;
  const anyOne = toks[d]?.sent === sent && /^(?:a|an|one|another)$/.test(toks[d]!.lo);
  const from = toks[at]?.sent === sent && /^(?:from|by)$/.test(toks[at + 1]?.lo ?? '') && toks[at + 1]!.sent === sent;
  if (!anyOne && !from && !/\b(?:unsigned|anonymous|untraceable|unable to trace)\b/i.test(ctx.text)) return null;
  if (from) {
    const r = refStartingAt(ctx, at + 2, sent);
    if (r && (r.ref === 'name' || r.ref === 'org' || r.ref === 'described' || r.ref === 'role')) return { ...r, cue: cue.cue, at: cue.at };
  }
  return { ...NONE, cue: cue.cue };
}

/** One-word heads of a government's bodies named with "for" ("Department for Education"). */
const DEPARTMENT_HEADS = new Set(['department', 'office', 'ministry', 'commission', 'agency', 'directorate', 'secretariat', 'centre', 'center', 'council']);
/** ", whose chair, Derek Tennyson," from the comma at `rel` to the comma at `k`: "whose", a role in
 * lower case and a name set off after it, with no verb between. */
function whoseRoleNamed(toks: Tok[], rel: number, k: number): boolean {
  if (toks[rel + 1]?.lo !== 'whose') return false;
  let c = rel + 2;
  let role = false;
  for (; c < k && toks[c]!.k === 'w' && !toks[c]!.cap; c++) {
    if (ROLE_NOUNS.has(toks[c]!.lo) || isPersonNoun(toks[c]!.lo)) role = true;
    else if (isVerbish(toks[c]!.lo) && !isNounish(toks[c]!.lo)) return false;
  }
  if (!role || toks[c]?.t !== ',') return false;
  for (c++; c < k; c++) if (toks[c]!.k !== 'w' || !toks[c]!.cap) return false;
  return true;
}

/** "someone" or "somebody" is the subject of the verb of saying that governs the quote at qt: right
 * after it ("“…,” someone shouted") or before its colon, past a phrase of place ("someone at the back
 * of the hall shouted:"). */
/** "There is a saying in the lower leagues, repeated in clubhouses ...: “You don’t pick the club.”": words
 * a sentence opening with a saying, a proverb or a motto gives after a colon, no one's. */
function sayingBefore(toks: Tok[], qt: number, sent: number): boolean {
  if (toks[qt - 1]?.t !== ':') return false;
  let s0 = qt - 1;
  while (s0 > 0 && toks[s0 - 1]!.sent === sent) s0--;
  const w = toks.slice(s0, Math.min(qt, s0 + 6)).map((t) => t.lo).join(' ');
  if (!new RegExp(`^there(?: (?:is|was|are|were)| ?['\u2019] ?s)? (?:(?:a|an|the|one) )?(?:old |well-worn |local |famous )?${SAYING_NOUNS.source}\\b`).test(w)) return false;
  // (with no one of its own saying it before the colon: not "There is a rule in this dressing room,
  // Brandt said:", "There is one phrase Tillman repeats at every rally:", "There is a proverb, he told
  // them:", "according to captain Sione Taufa:"; a place after "in" or "from" is no one)
  const noun = toks.findIndex((t, x) => x >= s0 && x < s0 + 6 && new RegExp(`^${SAYING_NOUNS.source}$`).test(t.lo));
  for (let x = noun + 1; x < qt - 1; x++) {
    const t = toks[x]!;
    if (t.k !== 'w') continue;
    if (t.cap && !/^(?:in|from|to|at|across|around|of)$/.test(toks[x - 1]?.lo ?? '') && !toks[x - 1]?.cap) return false;
    if (/^(?:he|she|they|i|we|you|according)$/.test(t.lo)) return false;
    if (isSpeechVerb(t) && toks[x - 1]?.t !== ',') return false;
  }
  return true;
}
/** What a saying is called ("There is an old joke among miners"). */
const SAYING_NOUNS = /(?:saying|sayings|proverb|phrase|joke|motto|expression|adage|rule)/;
function someoneSpeaks(toks: Tok[], qt: number, sent: number): boolean {
  const someone = (t: Tok | undefined) => !!t && t.k === 'w' && /^(?:someone|somebody)$/.test(t.lo) && !t.poss;
  /** "a voice" (or "another voice", "one voice"; `plural`, "voices" too) ends at token i */
  const aVoice = (i: number, plural = false) => (plural ? /^voices?$/ : /^voice$/).test(toks[i]?.lo ?? '') && /^(?:a|another|one)$/.test(toks[i - 1]?.lo ?? '') && toks[i]!.sent === sent && toks[i - 1]!.sent === sent;
  // after the quote: "“…,” someone shouted"
  // (or "a voice": "“You said that last year,” a voice called from the back of the hall.")
  let k = qt + 1;
  if (toks[k]?.t === ',') k++;
  // (not a thing with a voice's name: "a voice message from her son said")
  const voice = aVoice(k + 1, true) && !/^(?:messages?|notes?|mail|memos?|recordings?|clips?|calls?|over)$/.test(toks[k + 2]?.lo ?? '');
  if ((someone(toks[k]) || voice) && toks[k]!.sent === sent) {
    let v = voice ? k + 2 : k + 1;
    while (isAdv(toks[v]) && toks[v]!.sent === sent) v++;
    if (toks[v]?.sent === sent && isSpeechVerb(toks[v])) return true;
  }
  // before it: "someone at the back of the hall shouted: “…”"
  // (or a comma: "Somebody in the crowd yelled, “Nor are we!”"; "a voice" right before the verb, with
  // no mark before the words too: "Somewhere behind a curtain, a voice shouts “Is anybody there?”")
  const marked = toks[qt - 1]?.t === ':' || toks[qt - 1]?.t === ',';
  const v = marked ? qt - 2 : qt - 1;
  if (toks[v]?.k === 'w' && isSpeechVerb(toks[v]) && toks[v]!.sent === sent && aVoice(v - 1)) return true;
  // (... past "out" after the verb and a phrase of where the voice was: "a voice from the back called
  // out “See you at the bus stop!”")
  {
    const sv = /^(?:out|up)$/.test(toks[v]?.lo ?? '') && isSpeechVerb(toks[v - 1]) ? v - 1 : v;
    if (toks[sv]?.k === 'w' && isSpeechVerb(toks[sv]) && toks[sv]!.sent === sent) {
      if (sv !== v && aVoice(sv - 1)) return true;
      for (let b = sv - 2; b >= 1 && sv - b <= 7 && toks[b]!.sent === sent && toks[b]!.k === 'w' && !toks[b]!.cap; b--) if (aVoice(b) && /^(?:from|at|in|behind|near|inside|outside|among|across|somewhere)$/.test(toks[b + 1]!.lo)) return true;
    }
  }
  // (no mark before the words only after a verb of shouting, or "called out": "Someone at the back of
  // the room called out “Nobody will find us there!”")
  const sv = /^(?:out|up)$/.test(toks[v]?.lo ?? '') && isSpeechVerb(toks[v - 1]) && !marked ? v - 1 : v;
  if (!(marked || sv !== v || strongSpeech(toks[v])) || !isSpeechVerb(toks[sv]) || toks[sv]!.sent !== sent) return false;
  for (let b = sv - 1; b >= 0 && qt - b <= 12 && toks[b]!.sent === sent && toks[b]!.k === 'w'; b--) {
    if (someone(toks[b])) {
      const before = toks[b - 1];
      // (or past a phrase of when or where opening the clause: "and at the end someone shouted “Again!”")
      let c = b - 1;
      while (c > 0 && b - c <= 4 && toks[c]!.k === 'w' && !toks[c]!.cap && toks[c]!.sent === sent && !/^(?:and|but|then)$/.test(toks[c]!.lo)) c--;
      const edge = toks[c];
      const phrase = c < b - 2 && /^(?:at|in|on|after|during|from|near|behind|towards|toward)$/.test(toks[c + 1]!.lo) && (!edge || edge.sent !== sent || edge.t === ',' || /^(?:and|but|then)$/.test(edge.lo));
      return !before || before.sent !== sent || before.t === ',' || before.k === 'q' || /^(?:when|as|while|then|and|but|before|after|until)$/.test(before.lo) || phrase;
    }
    if (toks[b]!.cap && b > 0 && toks[b - 1]!.sent === sent) return false;
  }
  return false;
}

/** What a document's own words do, as the first word of a quote after it. */
const DOCUMENT_OWN_VERBS = /^(?:urges|urged|calls|called|condemns|condemned|recommends|recommended|requires|required|prohibits|prohibited|guarantees|guaranteed|commits|committed|pledges|pledged|notes|noted|acknowledges|acknowledged|recognises|recognizes|recognised|recognized|welcomes|welcomed|demands|demanded|concludes|concluded|states|stated|declares|declared|affirms|affirmed|reaffirms|reaffirmed|expresses|expressed|proposes|proposed|bans|banned|obliges|obliged|deplores|deplored|rejects|rejected|encourages|encouraged|invites|invited|reiterates|reiterated|stresses|stressed|emphasises|emphasizes)$/;
/** Adverbs that may stand between a subject and its verb ("also", "further"). */
const SUBJECT_VERB_ADVERBS = /^(?:also|further|moreover|explicitly|specifically|expressly|still|even|then)$/;
/** A sentence that is a document noun after "the", "its" or "a" (up to three lower-case words before
 * it), maybe an adverb, then the quote at qt whose first word is a verb in the present ("condemns",
 * "calls") or the past ("warned"): the document, as documentOpening gives it; else null. */
function documentBeforeQuotedVerb(ctx: Ctx, qt: number): LocalCue | null {
  const { toks } = ctx;
  const sent = toks[qt]!.sent;
  const words = (ctx.quotes[toks[qt]!.qi]?.text ?? '').split(/\s+/);
  const verb = (words[0] ?? '').toLowerCase();
  // (a verb a document's own text does, "urges", "condemns", "recommends"; not one a person's
  // comment on it would use, "The report “ignores everything we told them”", "“sends a clear message”")
  if (!/^\p{Ll}/u.test(words[0] ?? '') || !DOCUMENT_OWN_VERBS.test(verb) || words.length < 3) return null;
  let n = qt - 1;
  if (toks[n]?.k === 'w' && SUBJECT_VERB_ADVERBS.test(toks[n]!.lo)) n--;
  const noun = toks[n];
  if (noun?.k !== 'w' || noun.cap || noun.sent !== sent || !DOCUMENT_NOUNS.has(noun.lo) || PERSONAL_DOCUMENTS.has(noun.lo)) return null;
  const s0 = sentenceStartFrom(toks, n, sent);
  const det = toks[s0]!;
  if (!/^(?:the|its|their|a|an)$/.test(det.lo) || n - s0 > 4 || toks.slice(s0 + 1, n).some((t) => t.k !== 'w' || t.cap || FUNCTION_WORDS.has(t.lo))) return null;
  // (not when the sentence goes on to say who said it: "The ruling “sends a chilling message”, said
  // Index on Censorship", "..., according to the Campaign for Real Ale", "..., its lead author said")
  // (a quote closed by a comma, inside its marks or after them, is followed by who said it)
  const qtext = (ctx.quotes[toks[qt]!.qi]?.text ?? '').trimEnd();
  // (or by a verb of saying set off later: "“finds no evidence” of a cover-up, said Taoiseach ...")
  // (unless the predicate goes on: "“urges all parties to ...,” but stops short of naming any")
  const goesOn = /^(?:but|and|while|yet)$/.test(toks[qt + 1]?.lo ?? '');
  if ((qtext.endsWith(',') && !goesOn) || (toks[qt + 1]?.t === ',' && toks[qt + 1]!.sent === sent) || toks.some((t, x) => x > qt && t.sent === sent && t.k === 'w' && (t.lo === 'according' || (strongSpeech(t) && toks.slice(qt + 1, x).some((c) => c.t === ','))))) return null;
  const text = ctx.text.slice(det.s, noun.e).replace(/\s+/g, ' ');
  return { ...NONE, ref: 'org', roleHead: noun.lo, text: det.lo === 'the' ? text.replace(/^The /, 'the ') : text, cue: verb, at: n };
}

function findCueOf(ctx: Ctx, qt: number, lq: { standalone: boolean }): LocalCue {
  const { toks } = ctx;
  const sent = toks[qt]!.sent;
  // ("The declaration also “condemns in the strongest terms” attacks on aid workers": a document
  // opening the sentence, whose verb is the quote's first word, says it)
  {
    const d = documentBeforeQuotedVerb(ctx, qt);
    if (d) return d;
  }
  // ("“Worth the wait?” is a question many taxpayers may still be asking.": words the sentence calls a
  // question anyone may ask, no one's in particular)
  // (not when the sentence goes on to say who asks it: "“Can we win?” is the question, said coach Tim
  // Barlow.", "is the question Ruiz put to the board")
  if (/^(?:is|was|remains)$/.test(toks[qt + 1]?.lo ?? '') && /^(?:a|the)$/.test(toks[qt + 2]?.lo ?? '') && /^(?:question|questions)$/.test(toks[qt + 3]?.lo ?? '') && toks[qt + 3]!.sent === sent && !toks.some((t, i) => i > qt + 3 && t.sent === sent && t.k === 'w' && (t.cap || (SPEECH_VERBS.has(t.lo) && !/^(?:ask|asks|asking|asked)$/.test(t.lo)) || t.lo === 'according'))) return { ...NONE, cue: 'asking' };
  // ("The film’s most quoted line — “We did not lose the farm” — has become a meme": a line of a work
  // or a slogan set off after the word for it, no one's words here)
  // (the line's words opening the sentence as its subject: not "summed up the career in one line:")
  // (set off by dashes, in a sentence with no verb of saying anywhere: not "Their line — “…” — is not
  // going to change, Tully said.")
  if (/^[\u2014\u2013]$/.test(toks[qt - 1]?.t ?? '') && /^[\u2014\u2013]$/.test(toks[qt + 1]?.t ?? '') && LINE_NOUNS.test(toks[qt - 2]?.lo ?? '') && toks[qt - 2]!.sent === sent) {
    const s0 = sentenceStartFrom(toks, qt - 2, sent);
    if (qt - 2 - s0 <= 5 && (/^(?:the|its|his|her|their)$/.test(toks[s0]?.lo ?? '') || !!toks[s0]?.poss) && !toks.some((t) => t.sent === sent && t.k === 'w' && !t.cap && (SPEECH_VERBS.has(t.lo) || isSpeechVerb(t)))) return { ...NONE, cue: 'asking' };
  }
  // "‘We heard it on the radio.’ — Jimmy Rennie, 79, face worker": a paragraph that is a quote signed
  // after a dash, as oral histories, pull quotes and epigraphs are
  // (or a hyphen standing for the dash, spaced: '"How did you get into this?" - Tom, Norwich')
  const spacedHyphen = toks[1]?.t === '-' && /^\s/.test(ctx.text.slice(toks[1].s - 1, toks[1].s)) && /^\s/.test(ctx.text.slice(toks[1].e, toks[1].e + 1));
  if (qt === 0 && (toks[1]?.t === '\u2014' || toks[1]?.t === '\u2013' || spacedHyphen)) {
    const mi = ctx.mentionAt[2] ?? -1;
    const m = mi >= 0 ? ctx.mentions[mi]! : null;
    if (m && m.n0 === 2 && (m.type === 'person' || m.type === 'unknown') && !m.poss && !(m.tokens.length === 1 && STATEMENT_NOUNS.has(m.lower[0]!))) return { ...NONE, ref: 'name', mention: mi, text: m.name, cue: 'signed', at: m.i1 - 1 };
    // (a name with its title, "— Gen. Viktor Halas, army chief of staff", or a statement's issuer,
    // "— Statement from the Kessel Valley Civic Council")
    const issued = !!toks[2] && STATEMENT_NOUNS.has(toks[2].lo) && /^(?:from|by)$/.test(toks[3]?.lo ?? '');
    const r = toks[2] ? refStartingAt(ctx, issued ? 4 : 2, toks[2].sent) : null;
    if (r && (r.ref === 'name' || r.ref === 'org' || r.ref === 'described') && (r.mention < 0 || ctx.mentions[r.mention]!.i0 === 2 || ctx.mentions[r.mention]!.type === 'org')) return { ...r, cue: 'signed' };
  }
  // ("Asked by presenter Owain Pritchard-Lewis whether the council was “abandoning” teenagers,
  // Councillor Beverley Stanforth said": words in the question an opening "Asked by ..." puts are
  // the asker's)
  {
    const s0 = sentenceStartFrom(toks, qt - 1, sent);
    // (or the question itself, set off by a comma right after the asker: "Asked by a reporter, “Was
    // anyone else inside?”, Pettigrew said"; not an answer, "Asked by a reporter, “I wasn't there,”
    // Pettigrew said", nor a question put back with its own cue, "“Why would I resign?” she said")
    // (the asker may be a role with the name set off after it: "Asked by the family’s barrister, Ifeoma
    // Chukwu, “Did you consider ...?”, Mr Castell replied")
    const setOff = toks[qt - 1]?.t === ',';
    if (toks[s0]?.lo === 'asked' && toks[s0]!.cap && toks[s0 + 1]?.lo === 'by' && s0 + 2 < qt && !toks.slice(s0, qt).some((t) => t.k === 'q')) {
      const r = refStartingAt(ctx, s0 + 2, sent);
      const commas = toks.slice(s0, qt).filter((t) => t.t === ',').length;
      const question = setOff && /\?\s*$/.test(ctx.quotes[toks[qt]!.qi]?.text ?? '') && toks[qt + 1]?.t === ',' && r?.at === qt - 2;
      if (r && r.ref !== 'none' && r.ref !== 'pronoun' && r.at < qt && (commas === 0 || question)) return { ...r, cue: 'asked' };
    }
  }
  // ("someone at the back of the hall shouted: “Tell the truth!”", "“Get up!” someone shouted,
  // according to a camper": words whose speaker the story itself does not know are no one's)
  if (someoneSpeaks(toks, qt, sent) || sayingBefore(toks, qt, sent)) return { ...NONE, cue: 'someone' };
  const p1 = toks[qt - 1];
  const p2 = toks[qt - 2];
  // "Said Comey, "..."", "Added the mayor: "..."": a verb of saying opening the sentence, its
  // speaker after it and set off before the quote
  {
    const v = sentenceStartFrom(toks, qt - 1, sent);
    const tv = toks[v]!;
    if (v < qt - 2 && tv.k === 'w' && tv.cap && INVERTIBLE.has(tv.lo) && p1?.sent === sent && (p1.t === ',' || p1.t === ':')) {
      const r = refStartingAt(ctx, v + 1, sent);
      if (r && r.ref !== 'none' && r.ref !== 'pronoun' && r.at === qt - 2) return { ...r, cue: tv.lo };
    }
  }
  const verbRightBefore = (isSpeechVerb(p1) && p1!.sent === sent) || (!!p1 && p1.sent === sent && (p1.t === ',' || p1.t === ':' || p1.lo === 'that' || p1.lo === 'as') && isSpeechVerb(p2));
  if (verbRightBefore) {
    // ("Nobody ever stands up at a public meeting and says “I don’t want homeless women near my
    // house”, she added.": words no one says, whoever tells of them after)
    const s0 = sentenceStartFrom(toks, qt - 1, sent);
    const noOne = toks[s0]?.lo === 'nobody' || (toks[s0]?.lo === 'no' && toks[s0 + 1]?.lo === 'one');
    if (noOne && toks.slice(s0 + 1, qt).every((t) => t.k !== 'q' && !/^(?:he|she|they|we|i|you)$/.test(t.lo))) return { ...NONE, cue: 'nobody' };
    const r = beforeCue(ctx, qt);
    if (r.ref !== 'none') return r;
    // "Doe, once described as "...": a passive verb right before the quote governs it, and names no one
    if (r.cue && passiveAt(toks, p1!.k === 'w' && isSpeechVerb(p1) ? qt - 1 : qt - 2)) return r;
    // (nor is a cue after the quote read when the verb right before it is someone's the story does not
    // name: "someone in the public gallery shouted “That's not enough!” and a woman began to cry")
    if (r.cue === 'colon' && p1?.k === 'w' && isSpeechVerb(p1) && (strongSpeech(p1) || CROWD_VERBS.has(p1.lo))) return r;
  }
  const r = afterCue(ctx, qt);
  if (r) {
    // "After Doe called him "a fraud," Roe said ...": a speech verb before the quote names someone
    // else, and either may have said it
    if (r.ref !== 'pronoun' && r.ref !== 'role' && p1 && p1.sent === sent && p1.k !== 'q') {
      const b = beforeCue(ctx, qt);
      if ((b.ref === 'name' || b.ref === 'org' || b.ref === 'described') && b.at !== r.at && (b.mention < 0 || b.mention !== r.mention) && b.text !== r.text) return { ...r, weak: true };
    }
    return r;
  }
  void lq;
  const b = beforeCue(ctx, qt);
  if (b.ref !== 'none') return b;
  return finalCue(ctx, qt) ?? participleClause(ctx, qt) ?? captionCue(ctx, qt) ?? b;
}

/** "Nwosu posted the clip with the caption “We did not move on.”": words someone put with what they
 * posted or sent are theirs, the sentence's subject's. */
const CAPTION_NOUNS = new Set(['caption', 'message', 'words', 'note', 'comment']);
function captionCue(ctx: Ctx, qt: number): LocalCue | null {
  const { toks } = ctx;
  const sent = toks[qt]!.sent;
  const n = toks[qt - 1];
  if (n?.k !== 'w' || !CAPTION_NOUNS.has(n.lo) || n.sent !== sent || toks[qt - 2]?.lo !== 'the' || !/^(?:with|under|alongside)$/.test(toks[qt - 3]?.lo ?? '')) return null;
  const r = mainSubject(ctx, sent, qt - 3);
  return r && (r.ref === 'name' || r.ref === 'pronoun' || r.ref === 'org') ? { ...r, cue: n.lo } : null;
}

/** The cue of the quote before `k` in its sentence when a verb of saying governs it and a name or a
 * described source is its speaker; else null. */
/** The named subject of the clause "that" opens before token `k` ("heard that the hotel's general
 * manager, Alasdair Rennie, repeatedly referred ..."), after a verb of hearing or finding, when the
 * clause has its own verb right after its subject and no other "that" comes between; else null. */
function thatClauseSubject(ctx: Ctx, k: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  let t = k - 1;
  while (t >= 0 && toks[t]!.sent === sent && toks[t]!.lo !== 'that') t--;
  if (toks[t]?.lo !== 'that' || toks[t]!.sent !== sent) return null;
  // (after a verb of hearing or finding, whose subject only hears: "The tribunal heard that", "The
  // inquiry found that"; not "said that", whose subject goes on: "Diaz said that her opponent lied
  // and called the claims “...”")
  if (!(HEAR_VERBS.has(toks[t - 1]?.lo ?? '') || /^(?:found|learned|learnt|established)$/.test(toks[t - 1]?.lo ?? ''))) return null;
  const named = nameAfterRole(ctx, sent, t + 1, k);
  const r = named ?? refStartingAt(ctx, t + 1, sent);
  if (!r || !(r.ref === 'name' || r.ref === 'role' || r.ref === 'described') || r.at >= k) return null;
  // (the clause's own verb right after its subject, past a comma and adverbs, in the simple form:
  // not "He noted that the judge had donated ... and called the pledge “...”", where "and called"
  // goes back to "He", nor "a retired teacher")
  let x = r.at + 1;
  while (x < k && (toks[x]!.t === ',' || isAdv(toks[x]))) x++;
  const tv = toks[x];
  // (and the verb after "and" in the same simple form: not "... died ... and has criticised his
  // employer for “...”", the coroner's)
  if (AUXILIARIES.has(toks[k + 1]?.lo ?? '')) return null;
  return x < k && tv?.k === 'w' && !tv.cap && (/ed$/.test(tv.lo) || (/s$/.test(tv.lo) && isVerbish(tv.lo) && !isNounish(tv.lo))) ? r : null;
}
function coordinatedQuoteCue(ctx: Ctx, k: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  let qa = k - 1;
  while (qa >= 0 && toks[qa]!.sent === sent && toks[qa]!.k !== 'q') qa--;
  if (qa < 0 || toks[qa]!.sent !== sent || toks[qa]!.k !== 'q') return null;
  for (let v = qa - 1; v >= 0 && qa - v <= 8 && toks[v]!.sent === sent; v--) {
    if (!isSpeechVerb(toks[v])) continue;
    const r = beforeCue(ctx, qa);
    return r.ref === 'name' || r.ref === 'described' ? r : null;
  }
  return null;
}

/** "Conceding that Doe "runs a tight ship," Roe said ...", "Calling the plan "a disaster," Roe voted
 * no": a quote inside a participle clause of a speech verb that opens the sentence is the words of
 * that participle's subject, which is the main clause's subject. */
function participleClause(ctx: Ctx, qt: number): LocalCue | null {
  const { toks } = ctx;
  const sent = toks[qt]!.sent;
  const s0 = sentenceStartFrom(toks, qt, sent);
  const first = toks[s0]!;
  if (first.k !== 'w' || !first.cap || !first.lo.endsWith('ing') || !SPEECH_VERBS.has(first.lo) || PARTICIPLE_NOT_SPEECH.has(first.lo)) return null;
  // the quote is in the clause: no comma, clause edge or other quote between the participle and it
  for (let k = s0 + 1; k < qt; k++) if (toks[k]!.t === ',' || toks[k]!.k === 'q' || CLAUSE_EDGE.has(toks[k]!.t)) return null;
  const r = mainSubject(ctx, sent, toks.length);
  if (!r || r.at <= qt || (r.ref !== 'name' && r.ref !== 'pronoun' && r.ref !== 'role' && r.ref !== 'org' && r.ref !== 'described')) return null;
  return { ...r, cue: first.lo };
}
/** Verbs of hearing or seeing someone do something ("capture a voice shouting", "heard a man
 * yelling"). */
const HEARING_SEEING = /^(?:hear|hears|heard|see|sees|saw|seen)$/;
const PERCEIVING = /^(?:hear|hears|heard|see|sees|saw|seen|capture|captures|captured|show|shows|showed|shown|record|records|recorded|film|films|filmed)$/;
/** A role ending at token k that "with the" opens ("with the press secretary"): a role cue, else null. */
function roleAfterWith(toks: Tok[], k: number, sent: number): LocalCue | null {
  const head = toks[k];
  if (head?.k !== 'w' || head.cap || !ROLE_NOUNS.has(head.lo) || head.sent !== sent) return null;
  for (let d = k - 1; d >= 0 && k - d <= 3; d--) {
    const t = toks[d]!;
    if (t.sent !== sent || t.k !== 'w' || t.cap) return null;
    if (t.lo === 'the' || t.lo === 'a' || t.lo === 'its' || t.lo === 'his' || t.lo === 'her' || t.lo === 'their') {
      if (toks[d - 1]?.lo !== 'with' || toks[d - 1]!.sent !== sent) return null;
      const words = toks.slice(d + 1, k + 1).map((x) => x.t).join(' ');
      return { ...NONE, ref: 'role', roleHead: head.lo, text: `the ${words}`, at: k };
    }
  }
  return null;
}
/** -ing forms in the speech verb list that usually open a sentence without reporting speech */
const PARTICIPLE_NOT_SPEECH = new Set(['reading', 'beginning', 'speaking', 'feeling', 'thinking', 'continuing', 'pointing', 'signaling', 'texting', 'messaging', 'posting', 'answering', 'questioning', 'reflecting', 'imagining', 'worrying', 'wondering', 'praying', 'singing', 'cheering', 'chanting']);

/** Verbs a court, a judge or one reading aloud gives words with, read as saying only right after a
 * quote ("“…,” the judge ordered."): elsewhere they are no verbs of saying ("held a meeting"). */
const COURT_AFTER_VERBS = new Set(['held', 'holds', 'ordered', 'orders', 'directed', 'observed', 'remarked', 'read']);
function afterCue(ctx: Ctx, qt: number): LocalCue | null {
  const { toks } = ctx;
  const sent = toks[qt]!.sent;
  const q = ctx.quotes[toks[qt]!.qi]!;
  // ---- after the quote: ", X said" / ", said X" / ", X, the minister, said"
  {
    let j = qt + 1;
    while (toks[j] && toks[j]!.k === 'p' && /^[,\u2014\u2013-]$/.test(toks[j]!.t) && toks[j]!.sent === sent) j++;
    const endsOpen = /[,!?\u2014\-…:]$/.test(q.text) || toks[qt + 1]?.t === ',' || toks[qt + 1]?.t === '\u2014' || !/[.]$/.test(q.text);
    const t0 = toks[j];
    if (t0 && t0.sent === sent && t0.lo === 'according' && toks[j + 1]?.lo === 'to') {
      const r = refStartingAt(ctx, j + 2, sent);
      if (r) return { ...placeBeforeRoleAndName(ctx, r, sent), cue: 'according to' };
    }
    // ""new to us", in the words of Insp. Graham Forsythe"
    if (t0 && t0.sent === sent && t0.lo === 'in' && toks[j + 1]?.lo === 'the' && toks[j + 2]?.lo === 'words' && toks[j + 3]?.lo === 'of' && toks[j + 3]!.sent === sent) {
      const r = refStartingAt(ctx, j + 4, sent);
      if (r && r.ref !== 'none') return { ...r, cue: 'according to' };
    }
    // ""...," was how Doe put it" / "is how Doe described it"
    if (t0 && t0.sent === sent && (t0.lo === 'was' || t0.lo === 'is') && toks[j + 1]?.lo === 'how' && toks[j + 1]!.sent === sent) {
      const np = npStartingAt(ctx, j + 2, sent);
      const tv = np ? toks[np.end + 1] : undefined;
      if (np && tv && tv.sent === sent && (isSpeechVerb(tv) || tv.lo === 'put' || tv.lo === 'puts' || tv.lo === 'summed' || tv.lo === 'sums')) return { ...np.ref, cue: tv.lo };
    }
    // "..." as Doe said / as Doe put it
    if (t0 && t0.sent === sent && t0.lo === 'as') {
      // (or someone described: "as one veteran of previous plots put it")
      const d = INDEFINITE.has(toks[j + 1]?.lo ?? '') ? describedStartingAt(ctx, j + 1, sent) : null;
      const np = npStartingAt(ctx, j + 1, sent) ?? (d?.cue.ref === 'described' ? { ref: d.cue, end: d.end } : null);
      let k = np ? np.end + 1 : -1;
      while (np && isAdv(toks[k]) && toks[k]!.sent === sent) k++;
      const tv = toks[k];
      if (np && tv && tv.sent === sent && ((isSpeechVerb(tv) && !WEAK_SPEECH.has(tv.lo)) || ((tv.lo === 'put' || tv.lo === 'puts') && toks[k + 1]?.lo === 'it'))) return { ...np.ref, cue: tv.lo };
    }
    // (""…," the letter begins.": a document with the verb a piece of writing says its words with)
    if (t0 && t0.sent === sent && endsOpen && t0.lo === 'the' && DOCUMENT_NOUNS.has(toks[j + 1]?.lo ?? '') && toks[j + 1]!.sent === sent && !toks[j + 1]!.poss && writingSays(toks[j + 2]) && toks[j + 2]!.sent === sent && !strongSpeech(toks[j + 2])) {
      return { ...NONE, ref: 'org', mention: -1, roleHead: toks[j + 1]!.lo, text: `the ${toks[j + 1]!.lo}`, cue: toks[j + 2]!.lo, at: j + 1 };
    }
    if (t0 && t0.sent === sent && endsOpen) {
      if (isSpeechVerb(t0) && (INVERTIBLE.has(t0.lo) || !WEAK_SPEECH.has(t0.lo)) && !TELL_FORMS.has(t0.lo)) {
        const r = refStartingAt(ctx, j + 1, sent);
        if (r) return { ...r, cue: t0.lo };
      }
      // "an unnamed NP with a short relative clause, then VERB": ""...," one official who has seen the
      // draft said" is the official's (not "the draft"'s, nor "the school" in "a teacher who works at
      // the school said")
      const d = describedStartingAt(ctx, j, sent);
      if (d && d.cue.ref === 'described' && d.cue.text?.endsWith('(unnamed)') && (toks[d.end + 1]?.lo === 'who' || toks[d.end + 1]?.lo === 'that') && toks[d.end + 1]!.sent === sent) {
        const w = d.end + 1;
        let v = w + 1;
        while (v < toks.length && v - w <= 7 && toks[v]!.sent === sent && toks[v]!.k === 'w' && !strongSpeech(toks[v])) v++;
        if (strongSpeech(toks[v]) && toks[v]!.sent === sent && relativeModifier(toks, w, v - 1)) return { ...d.cue, cue: toks[v]!.lo };
      }
      // ... or with a clause set off by commas: ""...," one resident, who did not want to be named, said"
      if (d && d.cue.ref === 'described' && d.cue.text?.endsWith('(unnamed)') && toks[d.end + 1]?.t === ',' && toks[d.end + 1]!.sent === sent) {
        let c = d.end + 2;
        while (c < toks.length && c - d.end < 25 && toks[c]!.sent === sent && toks[c]!.t !== ',' && toks[c]!.k !== 'q') c++;
        let v = c + 1;
        while (isAdv(toks[v]) && toks[v]!.sent === sent) v++;
        if (toks[c]?.t === ',' && c > d.end + 2 && toks[v]?.sent === sent && strongSpeech(toks[v])) return { ...d.cue, cue: toks[v]!.lo };
      }
      // "NP[, appositive,] [adverbs] VERB"
      // (past a first role joined by "and" to the one before the name: "“…,” co-founder and chief
      // executive Lukas Brenner wrote in the memo, which ...")
      const joined = toks[j + 1]?.lo === 'and' && toks[j + 1]!.sent === sent && toks[j]!.k === 'w' && !toks[j]!.cap && (ROLE_NOUNS.has(toks[j]!.lo) || isKnownPersonNoun(toks[j]!.lo));
      const np0 = npStartingAt(ctx, j, sent);
      const afterAnd = !np0 && joined ? npStartingAt(ctx, j + 2, sent) : null;
      const np = np0 ?? (afterAnd?.ref.ref === 'name' ? afterAnd : null);
      if (np) {
        let k = np.end + 1;
        let named: LocalCue | null = null;
        if (toks[k]?.t === ',' && toks[k]!.sent === sent) {
          let c = k + 1;
          while (c < toks.length && c - k < 45 && toks[c]!.sent === sent && toks[c]!.k !== 'q' && toks[c]!.t !== ',') c++;
          // (past a list inside the appositive, up to the comma before the verb: "..., the party's
          // shadow secretary of state for housing, communities and local government and MP for
          // Wexcombe South, told the hall.")
          {
            let c2 = c;
            for (let hops = 0; hops < 3 && toks[c2]?.t === ','; hops++) {
              const nx = toks[c2 + 1];
              if (!nx || nx.sent !== sent || nx.k !== 'w' || nx.cap || isSpeechVerb(nx) || isAdv(nx)) break;
              let e = c2 + 1;
              while (e < toks.length && e - k < 45 && toks[e]!.sent === sent && toks[e]!.k !== 'q' && toks[e]!.t !== ',') e++;
              if (toks[e]?.t !== ',') break;
              c2 = e;
            }
            const after = toks[c2 + 1];
            if (c2 !== c && after && after.sent === sent && isSpeechVerb(after)) c = c2;
          }
          if (toks[c]?.t === ',') {
            // "the team's leader, Professor Ada Roe of the institute, said": the name set off after the role
            // (or after a role of a body named in capitals, which the phrase ends with: "the president
            // of the European Commission, Ursula Haas, posted")
            // (also "the head of": "the head of the National Institute for Disaster Response, Carlos
            // Macuácua, told"; a name no lexicon knows may as well be the body's own, "Polícia Federal")
            const roleOf = np.ref.ref !== 'role' && toks[j]?.lo === 'the' && (ROLE_NOUNS.has(toks[j + 1]?.lo ?? '') || headOfAt(toks, j + 1)) && /^(?:of|at|for)$/.test(toks[j + 2]?.lo ?? '');
            const mi = np.ref.ref === 'role' || roleOf ? mentionAtOrMod(ctx, k + 1) : -1;
            const m = mi >= 0 ? ctx.mentions[mi]! : null;
            if (m && m.i0 === k + 1 && m.type !== 'org' && m.type !== 'place' && !m.poss && (!roleOf || m.type === 'person' || m.personEvidence)) named = { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name };
            // ("the spokeswoman, who asked not to be named, said": a role kept unnamed is an unnamed
            // source, not anyone the story named)
            else if (np.ref.ref === 'role' && /^the /i.test(np.ref.text ?? '') && keptUnnamed(toks, k + 1, c)) named = { ...np.ref, ref: 'described', text: `${np.ref.text!.slice(4)} (unnamed)` };
            k = c + 1;
          }
        }
        while (isAdv(toks[k]) && toks[k]!.sent === sent) k++;
        const tv = toks[k];
        // (""...," Szymanski shot back.": a retort, the verb and "back" closing the sentence)
        if (tv && tv.sent === sent && RETORT_VERBS.has(tv.lo) && toks[k + 1]?.lo === 'back' && toks[k + 1]!.sent === sent && (toks[k + 2]?.sent !== sent || toks[k + 2]!.k !== 'w')) return { ...(named ?? np.ref), cue: tv.lo };
        // (a verb a court or a reader gives words with, right after the quote and ending the clause:
        // "“…,” the judge ordered.", "“…,” Justice Ngozi Eze held.", "“…,” the foreperson read aloud")
        const nx = toks[k + 1];
        const courtVerb = !!tv && tv.sent === sent && COURT_AFTER_VERBS.has(tv.lo) && (!nx || nx.sent !== sent || nx.k !== 'w' || /^(?:aloud|in|at|on|from|as)$/.test(nx.lo));
        if (courtVerb) return { ...(named ?? np.ref), cue: tv!.lo };
        if (tv && tv.sent === sent && isSpeechVerb(tv) && !readAs(toks, k) && !(WEAK_SPEECH.has(tv.lo) && !INVERTIBLE.has(tv.lo) && tv.lo !== 'called' && tv.lo !== 'calls' && !AFTER_QUOTE_VERBS.has(tv.lo))) {
          if (passiveAt(toks, k)) {
            const agent = passiveAgent(ctx, k, sent);
            return agent ? { ...agent, cue: tv.lo } : null;
          }
          return { ...(named ?? np.ref), cue: tv.lo };
        }
      }
      // ""...," Ann Park was quoted as saying by the agency": the one quoted, not the agency
      for (let w = j + 1; w < Math.min(toks.length - 3, j + 12) && toks[w]!.sent === sent && toks[w]!.k !== 'q'; w++) {
        if (!(BE_FORMS.has(toks[w]!.lo) && toks[w + 1]!.lo === 'quoted' && toks[w + 2]!.lo === 'as' && /^(?:saying|telling)$/.test(toks[w + 3]!.lo))) continue;
        const r = refEndingAt(ctx, w - 1, sent);
        if (r && r.at >= j) return { ...r, cue: 'quoted' };
        break;
      }
      // subject then verb within a short window
      for (let v = j; v < Math.min(toks.length, j + 22); v++) {
        const tv = toks[v]!;
        if (tv.sent !== sent || tv.k === 'q') break;
        // ("the recall notice says": a verb's form after "the" and before a noun modifies the noun)
        const nounAfter = toks[v + 1];
        const modifiesNoun = DETERMINERS.has(toks[v - 1]?.lo ?? '') && nounAfter?.k === 'w' && !nounAfter.cap && nounAfter.sent === sent && (DOCUMENT_NOUNS.has(nounAfter.lo) || ORG_HEADS.has(nounAfter.lo) || ROLE_NOUNS.has(nounAfter.lo));
        if (isSpeechVerb(tv) && !modifiesNoun && !readAs(toks, v) && !(WEAK_SPEECH.has(tv.lo) && !INVERTIBLE.has(tv.lo) && tv.lo !== 'called' && tv.lo !== 'calls' && !(AFTER_QUOTE_VERBS.has(tv.lo) && v > j && DOCUMENT_NOUNS.has(toks[v - 1]!.lo)))) {
          let k = v - 1;
          while (k >= j && isAdv(toks[k])) k--;
          if (k < j) break;
          if (passiveAt(toks, v)) {
            const agent = passiveAgent(ctx, v, sent);
            return agent ? { ...agent, cue: tv.lo } : null;
          }
          const r = refEndingAt(ctx, k, sent);
          if (r && toks[r.at] && r.at >= j) {
            // the subject must start right after the quote (allow titles/appositives)
            return { ...r, cue: tv.lo };
          }
          break;
        }
        // (a word right before a role noun or a name modifies it: "club chairman Rob Tait")
        const modifier = !!toks[v + 1] && toks[v + 1]!.sent === sent && (ROLE_NOUNS.has(toks[v + 1]!.lo) || ctx.mentionAt[v + 1]! >= 0) && !FUNCTION_WORDS.has(tv.lo) && !SPEECH_VERBS.has(tv.lo);
        if (!modifier && !modifiesNoun && tv.k === 'w' && !tv.cap && !isAdv(tv) && !DETERMINERS.has(tv.lo) && !ROLE_NOUNS.has(tv.lo) && !(DOCUMENT_NOUNS.has(tv.lo) && v > j && DETERMINERS.has(toks[v - 1]!.lo)) && !['who', 'he', 'she', 'of', 'for', 'at', 'in', 'former', 'chief', 'senior', 'deputy', 'longtime', 'a', 'an'].includes(tv.lo) && ctx.mentionAt[v] === -1 && (FUNCTION_WORDS.has(tv.lo) || isVerbish(tv.lo))) break;
      }
    }
  }
  return null;
}

const CLAUSE_EDGE = new Set([';', ':']);
/** "they hear the same sentence again and again:": a verb of hearing and what is heard */
const HEAR_VERBS = new Set(['hear', 'hears', 'heard']);
/** Words for a line of a work or a slogan ("the film's most quoted line — “…”"). */
const LINE_NOUNS = /^(?:line|lines|slogan|motto|catchphrase|tagline|lyric|lyrics|refrain|chorus|epigraph|inscription)$/;
/** What is heard shouted ("a shout of “…”"). */
const CRIES = /^(?:shout|shouts|cry|cries|scream|screams|yell|yells|call|calls|voice|voices)$/;
/** What a crowd gives out ("responded with chants of “…”", "broke into cries of") */
const CHANTS = /^(?:chants?|cries|shouts|cheers|roars|choruses|calls)$/;
const HEARD_THINGS = new Set(['sentence', 'sentences', 'words', 'phrase', 'phrases', 'line', 'lines', 'question', 'questions', 'refrain', 'complaint', 'complaints', 'excuse', 'excuses', 'comment', 'comments', 'remark', 'remarks']);
/** Personal pronouns, which a place phrase after "someone" never holds */
const PRONOUN_WORDS = new Set(['he', 'she', 'they', 'i', 'we', 'you', 'it', 'him', 'her', 'them']);
/** Subjects no one is named by: "someone in the room said:" */
const INDEFINITE_PRONOUNS = new Set(['someone', 'somebody', 'anyone', 'anybody', 'nobody', 'everyone', 'everybody']);
/** Weak speech verbs that are a cue right after a quote and its speaker (""...," Whitfield posted.") */
const AFTER_QUOTE_VERBS = new Set(['posted', 'stated', 'states', 'state', 'continued']);
/** a verb of saying earlier in the sentence than v ("Doe said Roe feels that ..." reports Doe's words) */
function strongSpeechBefore(toks: Tok[], v: number): boolean {
  for (let k = v - 1; k >= 0 && toks[k]!.sent === toks[v]!.sent && toks[k]!.k !== 'q'; k--) if (strongSpeech(toks[k])) return true;
  return false;
}
const strongSpeech = (t: Tok | undefined) => isSpeechVerb(t) && (!WEAK_SPEECH.has(t!.lo) || INVERTIBLE.has(t!.lo));

/** The attribution that closes the sentence (", Doe said." / ", said Doe." / ", the ambassador, Jane
 * Doe, told reporters on Tuesday."): in news style it covers every quote before it in the sentence
 * that has no cue of its own, even with a phrase between ("..." against exporters, Doe said). */
function finalCue(ctx: Ctx, qt: number): LocalCue | null {
  const { toks } = ctx;
  const sent = toks[qt]!.sent;
  let e = qt;
  while (toks[e + 1] && toks[e + 1]!.sent === sent) e++;
  while (e > qt && toks[e]!.k === 'p') e--;
  // the last speech verb, followed only by a short tail without a verb, a quote or a reported clause
  let v = e;
  for (; v > qt && e - v <= 10; v--) {
    const t = toks[v]!;
    if (t.k === 'q' || CLAUSE_EDGE.has(t.t) || t.lo === 'that') return null;
    if (strongSpeech(t)) break;
    // (a word right after a determiner is a noun: "said of the coach")
    if (t.k === 'w' && !t.cap && (isVerbish(t.lo) || FUNCTION_WORDS.has(t.lo)) && !PREPOSITIONS.has(t.lo) && !DETERMINERS.has(t.lo) && !isAdv(t) && !(DETERMINERS.has(toks[v - 1]?.lo ?? '') && !FUNCTION_WORDS.has(t.lo))) return null;
  }
  if (v <= qt || !strongSpeech(toks[v])) return null;
  const tv = toks[v]!;
  let r: LocalCue | null = null;
  let gapEnd: number;
  if (toks[v - 1]?.t === ',' && !TELL_FORMS.has(tv.lo)) {
    // inverted: ", said Doe."
    r = refStartingAt(ctx, v + 1, sent);
    gapEnd = v - 1;
    // ... or a subject with its appositive before the verb: "Bell, 54, a father of three ..., said."
    if (!r) {
      r = refEndingAt(ctx, v - 1, sent);
      gapEnd = r ? r.at : -1;
    }
  } else {
    if (passiveAt(toks, v)) return null;
    let k = v - 1;
    while (k > qt && isAdv(toks[k])) k--;
    r = refEndingAt(ctx, k, sent);
    gapEnd = r ? r.at : -1;
  }
  if (!r || gapEnd <= qt) return null;
  // between the quote and the attribution: no other speech verb, "according to" or clause edge
  for (let k = qt + 1; k < gapEnd; k++) {
    const t = toks[k]!;
    // ("if asked", "when asked": no one else speaks there)
    const conditional = /^(?:if|when|unless|once)$/.test(toks[k - 1]?.lo ?? '');
    if (CLAUSE_EDGE.has(t.t) || (strongSpeech(t) && !conditional) || (t.lo === 'according' && toks[k + 1]?.lo === 'to')) return null;
  }
  return { ...r, cue: tv.lo };
}
const FINDING_VERBS = new Set(['found', 'finds']);
const RESEARCHERS = new Set(['researchers', 'inspectors', 'investigators', 'scientists', 'auditors', 'authors', 'inspector', 'auditor', 'investigator']);
/** "The study found that the benefit "levelled off"", "Inspectors found cells that were "filthy"":
 * a finding reported in a document's or researchers' words. The finder when it is a document or
 * researchers, as the subject of the (active) verb at v; else null, so "Police found the car" and
 * "Doe found it "odd"" are no cue. */
function findingSource(ctx: Ctx, v: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  if (passiveAt(toks, v)) return null;
  let k = v - 1;
  while (k >= 0 && isAdv(toks[k]) && toks[k]!.sent === sent) k--;
  // ("The review has found that")
  if (k > 0 && /^(?:has|have|had)$/.test(toks[k]!.lo) && toks[k]!.sent === sent) k--;
  if (k < 0 || toks[k]!.sent !== sent) return null;
  let r = describedEndingAt(ctx, k, sent);
  // "The study, published on Monday, found": the subject with a modifier set off by commas
  if (!r && toks[k]!.t === ',') {
    const ms = mainSubject(ctx, sent, v);
    if (ms && ms.at < k && toks[ms.at + 1]?.t === ',') r = ms;
  }
  // ("A damning report into maternity services at Kingsmere Hospital has found": a document with the
  // phrase that says what it is into, opening the sentence; "An independent review of the rail
  // project has found", not the project)
  if (!r || !(DOCUMENT_NOUNS.has(r.roleHead ?? '') || RESEARCHERS.has(r.roleHead ?? ''))) {
    const ms = mainSubject(ctx, sent, v);
    const phrase = !!ms && ms.at < k && k - ms.at <= 12 && toks.slice(ms.at + 1, k + 1).every((t) => t.k === 'w' && !AUXILIARIES.has(t.lo) && t.lo !== 'that' && t.lo !== 'which' && t.lo !== 'who' && !(SPEECH_VERBS.has(t.lo) && /(?:ed|s)$/.test(t.lo)));
    // (not words the clause gives someone, "a tenant's warning that the block was “a tinderbox”", nor
    // ones "according to" someone after the quote)
    const q = toks.findIndex((t, x) => x > v && t.k === 'q' && t.sent === sent);
    const someoneElses = q > 0 && (toks.slice(v + 1, q).some((t) => t.poss || (t.k === 'w' && SPEECH_NOUNS.has(t.lo))) || toks.some((t, x) => x > q && t.sent === sent && t.lo === 'according'));
    if (ms && phrase && !someoneElses && ms.mention < 0 && DOCUMENT_NOUNS.has(ms.roleHead ?? '') && /^(?:into|on|of|by|for)$/.test(toks[ms.at + 1]?.lo ?? '')) r = { ...ms, text: `the ${ms.roleHead}` };
  }
  const head = r?.roleHead ?? '';
  if (r && (DOCUMENT_NOUNS.has(head) || RESEARCHERS.has(head))) return r;
  // ("Employment Judge Fergus Laidlaw found that the process had been “predetermined”", "Tribunal
  // member Devyani Rao found", "The coroner found": one who decides a case, finding in their ruling's
  // words)
  if (r && ADJUDICATORS.has(head)) return r;
  const mi = ctx.mentionAt[k] ?? -1;
  const m = mi >= 0 ? ctx.mentions[mi] : undefined;
  if (m && m.i1 === k + 1 && !m.poss && m.type !== 'org' && m.type !== 'place' && adjudicatorNamed(toks, m)) return { ...NONE, ref: 'name', mention: mi, text: m.name, at: k };
  return null;
}
/** Those who decide a case and give their reasons in a ruling. */
const ADJUDICATORS = new Set(['judge', 'justice', 'coroner', 'magistrate', 'sheriff', 'arbitrator', 'adjudicator', 'ombudsman', 'tribunal', 'jury', 'panel', 'recorder']);
/** Mention m is titled as one who decides a case ("Employment Judge Fergus Laidlaw", "Coroner Ann
 * Lee"), or as a member of a tribunal, board or commission named right before ("B.C. Human Rights
 * Tribunal member Devyani Rao"). */
function adjudicatorNamed(toks: Tok[], m: Mention): boolean {
  if (m.titleWords.some((w) => ADJUDICATORS.has(w))) return true;
  const b = toks[m.n0 - 1];
  return b?.k === 'w' && b.lo === 'member' && /^(?:tribunal|commission|board|panel|authority)$/i.test(toks[m.n0 - 2]?.t ?? '') && !!toks[m.n0 - 2]!.cap;
}

/** An auxiliary comes after the noun at `at`, past a short phrase of its own with no comma, before
 * the quote at `qt` ("residents of low-lying areas should"). */
function auxiliaryWithin(toks: Tok[], at: number, qt: number): boolean {
  for (let k = at + 1; k < qt && k - at <= 6; k++) {
    const t = toks[k]!;
    if (t.k !== 'w' || t.cap) return false;
    if (AUXILIARIES.has(t.lo)) return k > at + 1;
  }
  return false;
}
/** a finite verb right after token `at` (before the quote at qt): "said the plan was ..." */
function clauseVerbAfter(toks: Tok[], at: number, qt: number): boolean {
  const nx = toks[at + 1];
  // (a participle with its phrase describes the noun instead: "said a trader based in London, “…”",
  // "said a spokesman quoted by Interfax"; not an infinitive after it, "the club intended to compete")
  return at + 1 < qt && nx?.k === 'w' && !nx.cap && (AUXILIARIES.has(nx.lo) || (isVerbish(nx.lo) && !SPEECH_VERBS.has(nx.lo)) || (pastOfVerb(nx.lo) && !(PREPOSITIONS.has(toks[at + 2]?.lo ?? '') && toks[at + 2]!.lo !== 'to') && toks[at + 2]?.t !== ','));
}
/** A word in -ed the lexicon takes for an adjective but whose stem is a verb: "needed" ("the
 * authority needed “…”"). */
function pastOfVerb(lo: string): boolean {
  if (!/[^e]ed$/.test(lo) || SPEECH_VERBS.has(lo)) return false;
  const stem = lo.slice(0, -2);
  return lexTagsOf(stem).includes('Infinitive') || lexTagsOf(`${stem}e`).includes('Infinitive');
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
/** The month's word at token k is the month: a word of time before it ("between May", "until June",
 * "in May"), or another month or a number after it ("May and September", "June to August", "May
 * 2024"). */
function monthAt(toks: Tok[], k: number): boolean {
  const b = toks[k - 1];
  const a = toks[k + 1];
  if (b?.k === 'w' && !b.cap && b.sent === toks[k]!.sent && /^(?:in|since|until|during|early|late|mid|last|next|this|through|between|from)$/.test(b.lo)) return true;
  if (a?.k === 'w' && /^(?:and|to|until|or)$/.test(a.lo) && MONTHS.has(toks[k + 2]?.lo ?? '') && toks[k + 2]!.cap) return true;
  return /^\d{1,4}(?:st|nd|rd|th)?$/.test(a?.t ?? '') && a!.sent === toks[k]!.sent;
}
const DATE_PREPS = new Set(['in', 'on', 'since', 'until', 'by', 'during', 'last', 'next', 'early', 'late', 'mid', 'through', 'before', 'after', 'this']);
const PREPOSITIONS = new Set(['in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'during', 'after', 'before', 'outside', 'inside', 'near', 'about', 'of', 'via', 'over', 'under', 'into', 'through', 'late', 'early', 'last', 'this', 'earlier', 'later']);

/** The noun at `at` is brought in by "with" and an article or owner and up to two modifiers ("with a
 * late-night post"). */
function withBefore(toks: Tok[], at: number, sent: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 4; k--) {
    const t = toks[k]!;
    if (t.sent !== sent || t.k !== 'w') return false;
    if (t.lo === 'with') return k < at - 1 && /^(?:a|an|his|her|their|its|one)$/.test(toks[k + 1]!.lo);
  }
  return false;
}
/** The name set off right before the comma at `comma`, with "with" a few words before it ("with his
 * counsel, Angela Marchetti,"), else null. */
function nameAfterWith(ctx: Ctx, comma: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  const mi = ctx.mentionAt[comma - 1] ?? -1;
  const m = mi >= 0 ? ctx.mentions[mi]! : null;
  if (!m || m.i1 !== comma || m.poss || m.type === 'org' || m.type === 'place' || toks[m.i0 - 1]?.t !== ',') return null;
  for (let k = m.i0 - 2; k >= 0 && m.i0 - k <= 6; k--) {
    const t = toks[k]!;
    if (t.sent !== sent || t.k !== 'w') return null;
    if (t.lo === 'with') return { ...NONE, ref: 'name', mention: mi, text: m.name, at: m.i1 - 1 };
  }
  return null;
}

/** Verbs of saying whose bare form is as often a noun ("a video call", "a warning"). */
const NOUN_TOO = new Set(['call', 'plea', 'post', 'note', ...[...OWNED_SPEECH].filter((w) => !w.endsWith('s'))]);
/** Word v, such a word, is a noun after "a", "an" or "the" and up to two lower-case modifiers ("a
 * seven-minute video call", "the conference call"; not "the company says"). */
function nounAfterArticle(toks: Tok[], v: number): boolean {
  const t = toks[v]!;
  if (t.k !== 'w' || t.cap || !NOUN_TOO.has(t.lo)) return false;
  for (let k = v - 1; k >= 0 && v - k <= 3; k--) {
    const b = toks[k]!;
    if (b.k !== 'w' || b.sent !== t.sent || b.cap) return false;
    if (b.lo === 'a' || b.lo === 'an' || b.lo === 'the') return true;
    if (FUNCTION_WORDS.has(b.lo) || SPEECH_VERBS.has(b.lo) || AUXILIARIES.has(b.lo)) return false;
  }
  return false;
}

/** "saying" at v as a noun: right after an article or a word for an old or a well-known one ("a
 * saying", "an old Treasury saying", "the famous saying"), where "with the minister saying" is a verb. */
const SAYING_ADJECTIVES = /^(?:a|an|the|old|famous|popular|common|favourite|favorite|ancient|well-known|proverbial|familiar)$/;
function sayingNoun(toks: Tok[], v: number): boolean {
  const t = toks[v]!;
  if (t.lo !== 'saying') return false;
  const b = toks[v - 1];
  const b2 = toks[v - 2];
  if (b?.k !== 'w' || b.sent !== t.sent) return false;
  if (!b.cap && SAYING_ADJECTIVES.test(b.lo)) return true;
  // (a capitalised word saying whose: "an old Treasury saying", "a Yorkshire saying", "the Cumbrian
  // saying"; not "the RMT saying", "the Kremlin saying", "the local MP saying", a body or a person
  // saying something)
  return b.cap && !b.poss && b2?.k === 'w' && b2.sent === t.sent && !b2.cap && SAYING_ADJECTIVES.test(b2.lo) && (b2.lo !== 'the' || isDemonym(b.lo));
}

/** "According to the council's director of services for housing, community and rural development,
 * Fionnuala Ní Bhriain, “…”": the name set off right before the quote at `qt`, after a phrase from
 * `from` holding one word for a person and no clause, is who holds it; else null. Not an unnamed
 * source, nor one with a second description set off before the name ("According to one cabinet
 * minister, the prime minister, Andrés Villalobos, “has made up his mind”"), nor another person the
 * role is about ("the doctors treating the injured jockey, Paddy Quinn", "the agent of the striker,
 * Bruno Salgado"), nor a name in a clause of its own ("the coach, our best player ... has been the
 * goalkeeper, Tomasz Nowak"). */
function roleThenNameBeforeQuote(ctx: Ctx, from: number, qt: number, sent: number): LocalCue | null {
  const { toks } = ctx;
  const ni = toks[qt - 1]?.t === ',' ? ctx.mentions.findIndex((x) => x.i1 === qt - 1) : -1;
  const n = ni >= 0 ? ctx.mentions[ni]! : null;
  if (!n || n.poss || n.type === 'org' || n.type === 'place' || !(n.tokens.length >= 2 || n.personEvidence)) return null;
  if (toks[n.i0 - 1]?.t !== ',' || n.i0 - from > 22 || /^(?:one|a|an|two|three|several|some|another)$/.test(toks[from]?.lo ?? '')) return null;
  let role = false;
  for (let c = from; c < n.i0 - 1; c++) {
    const t = toks[c]!;
    if (t.sent !== sent || t.k === 'q' || (t.k === 'w' && !t.cap && SPEECH_VERBS.has(t.lo))) return null;
    if (t.t === ',' && (/^(?:the|a|an|his|her|their|its)$/.test(toks[c + 1]?.lo ?? '') || toks[c + 1]?.poss)) return null;
    if (t.k !== 'w' || t.cap) continue;
    if (ROLE_NOUNS.has(t.lo) || (isPersonNoun(t.lo) && !isGroupNoun(t.lo))) {
      // (a second word the lexicon knows for a person: "the agent of the striker")
      if (role && (ROLE_NOUNS.has(t.lo) || isKnownPersonNoun(t.lo))) return null;
      role = true;
    } else if (/^(?:who|that|which|late|former)$/.test(t.lo) || AUXILIARIES.has(t.lo) || (isVerbish(t.lo) && !isNounish(t.lo) && !PREPOSITIONS.has(toks[c - 1]?.lo ?? '') && !DETERMINERS.has(toks[c - 1]?.lo ?? ''))) return null;
  }
  return role ? { ...NONE, ref: 'name', mention: ni, at: n.i1 - 1, text: n.name, cue: 'according to' } : null;
}

/** "According to Porthkerrow harbourmaster Jory Pascoe": not the place one word long that opens the
 * phrase, but the name after the person noun it qualifies. */
function placeBeforeRoleAndName(ctx: Ctx, r: LocalCue, sent: number): LocalCue {
  const { toks } = ctx;
  if (r.ref !== 'name' || r.mention < 0) return r;
  const m = ctx.mentions[r.mention]!;
  if (m.tokens.length !== 1 || m.personEvidence || m.poss) return r;
  // (only words describing the one named next: not "Reed and harbourmaster Jory Pascoe", both of
  // them, nor "Jones mentor to footballer Ann Cole")
  let k = m.i1;
  while (k < toks.length && k - m.i1 < 3 && toks[k]!.k === 'w' && !toks[k]!.cap && toks[k]!.sent === sent && !FUNCTION_WORDS.has(toks[k]!.lo) && !/^(?:and|or|either|neither|nor|to|of|with)$/.test(toks[k]!.lo)) k++;
  if (k === m.i1 || !(toks[k]?.k === 'w' && toks[k]!.cap) || !isPersonNoun(toks[k - 1]!.lo)) return r;
  const ni = ctx.mentionAt[k] ?? -1;
  const n = ni >= 0 ? ctx.mentions[ni]! : null;
  return n && n.i0 === k && n.tokens.length >= 2 && n.type !== 'org' && n.type !== 'place' ? { ...r, mention: ni, text: n.name, at: n.i1 - 1 } : r;
}

function beforeCue(ctx: Ctx, qt: number): LocalCue {
  const { toks } = ctx;
  const sent = toks[qt]!.sent;
  // ("told police she heard a shout of “Leave it, come back”": a cry someone heard, from someone
  // the story does not know, not the one who heard it)
  // (or "heard shouts of", "heard the cries of")
  if (toks[qt - 1]?.lo === 'of' && CRIES.test(toks[qt - 2]?.lo ?? '') && toks[qt - 2]!.sent === sent) {
    const v = /^(?:a|an|the)$/.test(toks[qt - 3]?.lo ?? '') ? qt - 4 : /s$/.test(toks[qt - 2]!.lo) ? qt - 3 : -1;
    if (v >= 0 && HEAR_VERBS.has(toks[v]?.lo ?? '') && toks[v]!.sent === sent) return { ...NONE, cue: toks[v]!.lo };
    // (or a cry there was, from no one the sentence names: "As the judge began her remarks, there was a
    // shout of “…” from the back of the gallery")
    if (v >= 1 && /^(?:was|were|came)$/.test(toks[v]?.lo ?? '') && toks[v - 1]?.lo === 'there' && toks[v - 1]!.sent === sent) return { ...NONE, cue: toks[qt - 2]!.lo };
  }
  // ("told the crowd, which responded with chants of “Kisan zindabad!”": the chanting is the one the
  // relative clause is about, not the one who told them)
  if (toks[qt - 1]?.lo === 'of' && CHANTS.test(toks[qt - 2]?.lo ?? '') && toks[qt - 2]!.sent === sent) {
    for (let c = qt - 3; c > 0 && qt - c <= 8 && toks[c]!.sent === sent && toks[c]!.k !== 'q'; c--) {
      if (toks[c]!.t !== ',') continue;
      if (/^(?:which|who)$/.test(toks[c + 1]?.lo ?? '') && toks.slice(c + 2, qt - 2).every((t) => t.k === 'w' && !t.cap)) {
        // (a name, or a group or body described: "the crowd", "the audience")
        const r = refEndingAt(ctx, c - 1, sent);
        if (r && r.ref !== 'pronoun') return { ...r, cue: toks[c + 2]!.lo };
        for (let d = c - 1; d >= 0 && c - d <= 5 && toks[d]!.sent === sent && toks[d]!.k === 'w'; d--) {
          if (!DETERMINERS.has(toks[d]!.lo)) continue;
          const ds = describedStartingAt(ctx, d, sent);
          if (ds && ds.end === c - 1) return { ...ds.cue, cue: toks[c + 2]!.lo };
          break;
        }
      }
      break;
    }
  }
  // ---- before the quote: nearest speech verb / "according to" / colon
  const colon = toks[qt - 1]?.t === ':' && toks[qt - 1]!.sent === sent;
  if (colon) {
    const s0 = sentenceStartFrom(toks, qt - 1, sent);
    // ("Graffiti on the wall of the old clinic read simply: “…”": writing brought in bare, as no one's,
    // reads its words; not the place in its phrase)
    {
      let r = qt - 2;
      while (r > s0 && isAdv(toks[r])) r--;
      // (the writing the verb's own subject: no one named, no pronoun and no "and" between, "Messages
      // he posted in 2019 said:", "Card after card went out, and Shaw said:"; and no surname, "Card said:")
      // (past "one", "a" or "another": "One card, left unsigned among the flowers, read: “…”")
      // (only set off right after the word for it, and saying nothing of who wrote it: not "A note from
      // the owner, posted on the club website, said:", "One, signed by a girl named Maya,")
      const w0 = /^(?:one|a|another|each)$/.test(toks[s0]?.lo ?? '') && UNSIGNED_WRITING.has(toks[s0 + 1]?.lo ?? '') && toks[s0 + 2]?.t === ',' && !toks.slice(s0 + 2, qt).some((t) => t.k === 'w' && /^(?:from|by|signed|written|penned)$/.test(t.lo)) ? s0 + 1 : s0;
      const between = toks.slice(w0 + 1, r);
      if (UNSIGNED_WRITING.has(toks[w0]?.lo ?? '') && /^(?:read|reads|said|says)$/.test(toks[r]?.lo ?? '') && r > w0 + 1 && !(ctx.mentionAt[w0]! >= 0 && ctx.mentions[ctx.mentionAt[w0]!]!.type !== 'org') && between.every((x) => x.k !== 'w' || (!x.cap && !/^(?:and|but|he|she|they|we|i|you|what|who)$/.test(x.lo)))) return { ...NONE, cue: 'colon' };
    }
    // (a colon after "someone" the sentence says did it, past a clause set off before them: "This
    // year, after the school posted a thank-you, someone chalked a reply on the pavement: “…”")
    for (let k = qt - 2; k > s0 && qt - k <= 16 && toks[k]!.sent === sent && toks[k]!.t !== ','; k--) {
      // (and no one named, no pronoun and no "and" after them: not "somebody handed Dale a radio and he
      // told control:")
      if (/^(?:someone|somebody)$/.test(toks[k]!.lo) && toks[k - 1]?.t === ',' && toks[k + 1]?.k === 'w' && !toks[k + 1]!.cap && (isVerbish(toks[k + 1]!.lo) || /ed$/.test(toks[k + 1]!.lo)) && toks.slice(k + 1, qt - 1).every((x) => x.k !== 'w' || (!x.cap && !/^(?:and|but|he|she|they|we|i|him|her)$/.test(x.lo)))) return { ...NONE, cue: 'someone' };
    }
    // ("At every public meeting the question has been the same: “…”", "the old grumble could be heard
    // once more: “…”": a saying or a question that keeps coming back is no one's the story names)
    for (let k = qt - 2; k > s0 && qt - k <= 8 && toks[k]!.sent === sent && toks[k]!.k === 'w'; k--) {
      if (!RECURRING_WORDS.has(toks[k]!.lo)) continue;
      let d = k - 1;
      // (no one's own: not "The minister's refrain was familiar:")
      while (d > s0 && k - d <= 3 && toks[d]!.k === 'w' && !toks[d]!.cap && !toks[d]!.poss && toks[d]!.lo !== 'the') d--;
      // (nor one someone asks, repeats or tells, or the phrase says whose: "Mayor Jon Pike asked the
      // question that had been on everyone's mind:", "The question asked by the senator was simple:",
      // "The joke the comedian told was old:")
      const before = toks[d - 1];
      const asked = !!before && before.k === 'w' && !before.cap && before.sent === sent && ((isVerbish(before.lo) && !isNounish(before.lo) && !/ing$/.test(before.lo)) || SPEECH_VERBS.has(before.lo));
      const whose = toks.slice(k + 1, qt - 1).some((t) => t.k === 'w' && (SPEECH_VERBS.has(t.lo) || isPersonNoun(t.lo) || ROLE_NOUNS.has(t.lo) || /^(?:by|him|her|them|whose)$/.test(t.lo)));
      if (toks[d]?.lo === 'the' && !asked && !whose && toks.slice(k + 1, qt - 1).every((t) => t.k === 'w' && !t.cap && !/^(?:he|she|they|i|we|his|her|their)$/.test(t.lo)) && toks.slice(k + 1, qt - 1).some((t) => AUXILIARIES.has(t.lo) || BE_FORMS.has(t.lo) || /^(?:remains|remained|went|goes)$/.test(t.lo))) return { ...NONE, cue: 'someone' };
      break;
    }
    // ("Customers arrived to find the shutters down and a handwritten note taped to the glass: “…”":
    // writing someone comes upon is no one's the story names, not the one who found it)
    for (let k = qt - 2; k > s0 && qt - k <= 9 && toks[k]!.sent === sent && toks[k]!.k === 'w'; k--) {
      if (!FOUND_WRITING.has(toks[k]!.lo)) continue;
      let d = k - 1;
      while (d > s0 && k - d <= 3 && toks[d]!.k === 'w' && !/^(?:a|an)$/.test(toks[d]!.lo)) d--;
      // (the finding verb's own object, only plain words between them, "to find the shutters down and a
      // note"; and nothing after the writing but where it is, "taped to the glass", not "and replied",
      // "in which Carl Webb wrote", "on Twitter")
      let f = d - 1;
      // (a participle of the state they found it in counts among them: "the front window smashed and")
      while (f > s0 && d - f <= 10 && toks[f]!.k === 'w' && !toks[f]!.cap && !FINDING.test(toks[f]!.lo) && (!isVerbish(toks[f]!.lo) || isNounish(toks[f]!.lo) || (/ed$/.test(toks[f]!.lo) && toks[f + 1]?.lo === 'and'))) f--;
      const after = toks.slice(k + 1, qt - 1);
      if (/^(?:a|an)$/.test(toks[d]?.lo ?? '') && FINDING.test(toks[f]?.lo ?? '') && f > s0 && toks[f - 1]?.k === 'w' && after.every((t) => t.k === 'w' && !t.cap && !/^(?:and|but|which|who|whom|where|that|from|by)$/.test(t.lo) && !SPEECH_VERBS.has(t.lo) && !AUXILIARIES.has(t.lo))) return { ...NONE, cue: 'colon' };
      break;
    }
    // ("Parents who complain are often given the same advice: “…”": words the subject is given are
    // someone else's, whom the sentence does not say)
    for (let k = qt - 3; k > s0 && qt - k <= 8 && toks[k]!.sent === sent; k--) {
      if (!/^(?:given|offered|sent|handed)$/.test(toks[k]!.lo)) continue;
      let b = k - 1;
      while (b > s0 && isAdv(toks[b])) b--;
      if (BE_FORMS.has(toks[b]?.lo ?? '') && /^(?:the|a|an|this|that|some)$/.test(toks[k + 1]?.lo ?? '') && toks.slice(k + 2, qt - 1).some((t) => /^(?:advice|warning|message|answer|reply|line|instructions|explanation|response)$/.test(t.lo)) && toks.slice(k + 1, qt - 1).every((t) => t.k === 'w')) return { ...NONE, cue: 'colon' };
      break;
    }
  }
  let v = qt - 1;
  let crossedQuote = false;
  for (; v >= 0; v--) {
    const tv = toks[v]!;
    if (tv.sent !== sent) { v = -1; break; }
    if (tv.k === 'q') { crossedQuote = true; continue; }
    // ("Vanderpool, 59, shot back that Lindgren had “…”": a retort and what it said)
    // (not "hit back that evening through Declan Moyes", a time; and only a subject the story names or
    // a pronoun: "The manager hit back that Pappas had “…”" is left to the role's rules)
    if (!crossedQuote && tv.lo === 'back' && RETORT_VERBS.has(toks[v - 1]?.lo ?? '') && toks[v - 1]!.sent === sent && toks[v + 1]?.lo === 'that' && toks[v + 1]!.sent === sent && !TIME_AFTER_THAT.test(toks[v + 2]?.lo ?? '')) {
      const r = mainSubject(ctx, sent, v - 1);
      if (r && r.at < v && (r.ref === 'name' || r.ref === 'pronoun')) return { ...r, cue: toks[v - 1]!.lo };
    }
    // ("Stroke nurses say they hear the same sentence again and again: “...”": words someone hears,
    // whoever says they hear them, are other people's)
    // (the colon closing that very phrase: not "said he had heard the complaints before and had a
    // simple answer:", whose words after the colon are his)
    if (colon && !crossedQuote && HEAR_VERBS.has(tv.lo) && qt - 1 - v <= 8 && toks.slice(v + 1, qt - 1).some((t) => t.k === 'w' && HEARD_THINGS.has(t.lo)) && toks.slice(v + 1, qt - 1).every((t, x, all) => t.k === 'w' && !/^(?:but|had|has|have|was|is|said|says|with)$/.test(t.lo) && !(t.lo === 'and' && all[x + 1]?.lo !== 'again'))) return { ...NONE, cue: 'colon' };
    // ("The card, Marchetti said, read: “...”": what a thing reads, someone saying so set off before
    // the verb, is the writing's, not the one saying so)
    if (colon && v === qt - 2 && (tv.lo === 'read' || tv.lo === 'reads') && toks[v - 1]?.t === ',' && toks[v - 1]!.sent === sent && strongSpeech(toks[v - 2]) && toks[v - 2]!.sent === sent) {
      let c = v - 3;
      while (c >= 0 && v - c <= 8 && toks[c]!.sent === sent && toks[c]!.k === 'w') c--;
      const thing = toks[c - 1];
      // (the thing alone, "The card", opening the sentence: not "The email he sent that night, Mr
      // Okonjo said, read:", his own)
      const opens = c - 2 === 0 || toks[c - 3]?.sent !== sent;
      // (not "My letter, Sandoval said, read:", the writer's own)
      if (opens && toks[c]?.t === ',' && thing?.k === 'w' && !thing.cap && !isPersonNoun(thing.lo) && !ROLE_NOUNS.has(thing.lo) && !isGroupNoun(thing.lo) && DETERMINERS.has(toks[c - 2]?.lo ?? '') && !/^(?:my|our)$/.test(toks[c - 2]!.lo)) return { ...NONE, cue: 'colon' };
    }
    // "Doe told them that Roe had called him "..." and that "...": the second "that" clause hangs
    // on the verb before the first one, not on a verb inside it
    if (tv.k === 'w' && tv.lo === 'that' && toks[v - 1]?.k === 'w' && (toks[v - 1]!.lo === 'and' || toks[v - 1]!.lo === 'or' || toks[v - 1]!.lo === 'but') && toks[v - 1]!.sent === sent) {
      let u = v - 2;
      while (u >= 0 && toks[u]!.sent === sent && toks[u]!.lo !== 'that') u--;
      if (u >= 0 && toks[u]!.sent === sent) {
        for (let w = u; w < v; w++) if (toks[w]!.k === 'q') crossedQuote = true;
        v = u;
        continue;
      }
      // (... or, with no "that" before, on the verb of saying the first clause follows: "A spokeswoman
      // said emergency care had been maintained and that “…”")
      let w = v - 2;
      while (w >= 0 && toks[w]!.sent === sent && !(toks[w]!.k === 'w' && strongSpeech(toks[w]) && !passiveAt(toks, w))) w--;
      if (w >= 0 && toks[w]!.sent === sent) {
        for (let x = w; x < v; x++) if (toks[x]!.k === 'q') crossedQuote = true;
        v = w + 1;
        continue;
      }
    }
    if (tv.k === 'w' && tv.lo === 'according' && toks[v + 1]?.lo === 'to') {
      // ("According to a statement issued later by the Ministry of Parliamentary Affairs, “…”": a
      // statement is its issuer's words)
      if (/^(?:a|an|the)$/.test(toks[v + 2]?.lo ?? '') && STATEMENT_NOUNS.has(toks[v + 3]?.lo ?? '')) {
        for (let b = v + 4; b < qt && b - v <= 9 && toks[b]!.sent === sent && toks[b]!.k === 'w'; b++) {
          if (toks[b]!.lo !== 'by' && toks[b]!.lo !== 'from') continue;
          const at = toks[b + 1]?.lo === 'the' ? b + 2 : b + 1;
          const mi = ctx.mentionAt[at] ?? -1;
          const m = mi >= 0 ? ctx.mentions[mi]! : null;
          if (m && m.type === 'org' && !m.poss) return { ...NONE, ref: 'org', mention: mi, at: m.i1 - 1, text: m.name, cue: 'according to' };
          break;
        }
      }
      const named = roleThenNameBeforeQuote(ctx, v + 2, qt, sent);
      if (named) return named;
      const r = refStartingAt(ctx, v + 2, sent);
      if (r) return { ...placeBeforeRoleAndName(ctx, r, sent), cue: 'according to' };
      continue;
    }
    // "in the words of one former colleague, "...""
    if (tv.k === 'w' && tv.lo === 'words' && toks[v - 1]?.lo === 'the' && toks[v - 2]?.lo === 'in' && toks[v + 1]?.lo === 'of' && toks[v - 2]!.sent === sent) {
      const r = refStartingAt(ctx, v + 2, sent);
      if (r && r.ref !== 'none') return { ...r, cue: 'according to' };
      continue;
    }
    if (tv.k === 'w' && FINDING_VERBS.has(tv.lo) && !crossedQuote) {
      const r = findingSource(ctx, v, sent);
      if (r) return { ...r, cue: tv.lo };
    }
    // ("It states that the department “…”", "the report stated": a document stating, where "states"
    // is most often a noun)
    // (an "it" opening its sentence: not "Anne Walsh wrote to the council, and it stated that she ...",
    // her letter's words)
    const putIt = tv.k === 'w' && (((tv.lo === 'put' || tv.lo === 'puts') && toks[v + 1]?.lo === 'it') || (/^(?:states|stated)$/.test(tv.lo) && toks[v - 1]?.sent === sent && ((toks[v - 1]!.lo === 'it' && toks[v - 2]?.sent !== sent) || DOCUMENT_NOUNS.has(toks[v - 1]!.lo))));
    // ("a statement calling the commissioner’s remarks “…”": a word of saying after a possessive is
    // a noun, whoever's words they are, and no verb of the sentence's)
    if (OWNED_SPEECH.has(tv.lo) && toks[v - 1]?.sent === sent && (toks[v - 1]!.poss || POSSESSIVE_DETS.has(toks[v - 1]!.lo))) continue;
    if (readAs(toks, v)) continue;
    // ("in a seven-minute video call that their jobs had ended": a noun after an article and its
    // modifiers, no verb)
    if (nounAfterArticle(toks, v)) continue;
    // ("There is an old Treasury saying that “...”": a proverb, no one's words)
    if (sayingNoun(toks, v)) continue;
    // ("rejected the findings as “…”", "branded the plan “reckless”": a verb that characterises is
    // the speaker's only with the quote right after "as", or after its object of a few words; not
    // "rejected claims that the government was “asleep at the wheel”", "were rejected “within seconds”")
    if (CHARACTERISING.has(tv.lo) && !characterisesQuote(toks, v, qt)) continue;
    // ("Judge Tobias Wren found that Northgate had dismissed Sunita Rahimi “because ...”": dismissing
    // someone from a job, in a finding reported, is no saying of the firm's; not "has dismissed her as
    // “…”", nor "Harbrook Logistics had dismissed Ms Nwankwo “for gross misconduct”", the firm's reason)
    if (/^dismiss/.test(tv.lo) && toks[qt - 1]?.lo !== 'as' && toks[v + 1]?.sent === sent && (toks[v + 1]!.cap || /^(?:him|her|them|staff|workers|employees)$/.test(toks[v + 1]!.lo)) && findingBefore(toks, v, sent)) continue;
    // ("was among the first patients admitted, said:": a participle after its plural noun, closing a
    // clause, is no verb of saying)
    // (only with the sentence's own verb of saying right after the comma: not "local residents
    // complained, “Nobody asked us.”")
    if (/ed$/.test(tv.lo) && toks[v + 1]?.t === ',' && strongSpeech(toks[v + 2]) && toks[v + 2]!.sent === sent && toks[v - 1]?.k === 'w' && !toks[v - 1]!.cap && toks[v - 1]!.sent === sent && /[^s]s$/.test(toks[v - 1]!.lo) && (isNounish(toks[v - 1]!.lo) || isPersonNoun(singular(toks[v - 1]!.lo))) && !DETERMINERS.has(toks[v - 2]?.lo ?? '') && toks[v - 2]?.k === 'w' && !toks[v - 2]!.cap) continue;
    if (isSpeechVerb(tv) || putIt) {
      // (a weak one is a verb of saying when a "that" clause follows: "Doe estimates that ...")
      // ("had continued to sign contracts “...”": going on doing something, no saying)
      if (tv.lo === 'continued' && toks[v + 1]?.lo === 'to' && toks[v + 1]!.sent === sent && !(isSpeechVerb(toks[v + 2]) || CALLING_VERBS.test(toks[v + 2]?.lo ?? '') || toks[v + 2]?.lo === 'refer')) continue;
      if (!putIt && WEAK_SPEECH.has(tv.lo) && !CHARACTERISING.has(tv.lo) && !['called', 'calling', 'calls', 'call', 'named', 'naming', 'thinks', 'believes', 'continued'].includes(tv.lo) && !colon && !(toks[v + 1]?.t === ',' && toks[v + 2]?.k === 'q') && !(toks[v + 1]?.lo === 'that' && toks[v + 1]!.sent === sent && !strongSpeechBefore(toks, v))) continue;
      const ing = tv.lo.endsWith('ing');
      // "The newspaper quoted an unnamed minister as saying ...": the one quoted, not the newspaper
      if (tv.lo === 'saying' && toks[v - 1]?.lo === 'as') {
        for (let u = v - 2; u >= 0 && v - u < 14 && toks[u]!.sent === sent && toks[u]!.k === 'w'; u--) {
          if (!/^(?:quoted|quotes|quote|quoting)$/.test(toks[u]!.lo) || BE_FORMS.has(toks[u - 1]?.lo ?? '')) continue;
          const r = refStartingAt(ctx, u + 1, sent);
          if (r && r.ref !== 'none' && r.at < v - 1) return { ...r, cue: colon ? 'colon' : 'quoted' };
          break;
        }
      }
      let k = v - 1;
      let hypothetical = false;
      while (k >= 0 && isAdv(toks[k]) && toks[k]!.sent === sent) {
        if (HYPOTHETICAL.has(toks[k]!.lo)) hypothetical = true;
        k--;
      }
      // "the media would call him ...", "she did not say ...": no one said it there
      if (hypothetical) continue;
      // ("Darnell Pryce, who last week called ... “lazy.”": past a time phrase between the subject
      // and its verb)
      if (toks[k]?.k === 'w' && TIME_NOUNS.test(toks[k]!.lo) && /^(?:last|this|earlier|on)$/.test(toks[k - 1]?.lo ?? '') && toks[k - 2]?.lo === 'who' && toks[k - 2]!.sent === sent) k -= 2;
      // "Doe was called "a fraud" by Roe", "Doe has been accused of "...": the agent, or no one
      if (passiveAt(toks, v)) {
        const agent = passiveAgent(ctx, v, sent);
        // ("the minister said she was told of it "on the Sunday evening"": the one told, reporting
        // it in a clause of a verb of saying, is speaking; the verb before the clause says who)
        // (past its auxiliaries: "The office said it had been informed and was ‘gathering information’")
        let ps = v - 1;
        while (ps > 0 && v - ps <= 3 && toks[ps]!.sent === sent && AUXILIARIES.has(toks[ps]!.lo)) ps--;
        if (!agent && /^(?:told|informed|advised|briefed|notified)$/.test(tv.lo) && ps < v - 1 && toks[ps]!.sent === sent && (PRONOUN_SUBJECTS.has(toks[ps]!.lo) || toks[ps]!.lo === 'it') && strongSpeechBefore(toks, ps)) continue;
        return agent ? { ...agent, cue: tv.lo } : { ...NONE, cue: tv.lo };
      }
      // ("Baird-McIntyre says that at a meeting in February, someone in the room said: “...”", "In the
      // stairwell, she said, someone shouted “...”": a subject no one is named by says it, not the
      // sentence's first speaker)
      if (!ing && (strongSpeech(tv) || CROWD_VERBS.has(tv.lo))) {
        let a = k;
        while (a >= 0 && k - a <= 8 && toks[a]!.sent === sent && toks[a]!.k === 'w' && toks[a]!.lo !== 'that' && (!toks[a]!.cap || INDEFINITE_PRONOUNS.has(toks[a]!.lo))) a--;
        const edge = toks[a];
        // (the indefinite word is the verb's own subject: right before it, or with a place after it,
        // "someone in the room", "somebody at the back"; not "Everyone froze until he yelled:")
        const p0 = a + 1;
        // (the place may run to a few words: "someone at the back of the hall shouted")
        const own = p0 === k || (p0 < k && k - p0 <= 7 && /^(?:in|at|on|from|near|behind|inside|outside|among|across)$/.test(toks[p0 + 1]?.lo ?? '') && toks.slice(p0 + 1, k + 1).every((t) => t.k === 'w' && !PRONOUN_WORDS.has(t.lo) && (!isVerbish(t.lo) || isNounish(t.lo))));
        if (own && INDEFINITE_PRONOUNS.has(toks[p0]?.lo ?? '') && (!edge || edge.sent !== sent || edge.t === ',' || edge.lo === 'that')) return { ...NONE, cue: 'colon' };
      }
      // ("bins, which tell the depot ...": a thing's verb, no one speaking; "the report, which says"
      // is the report's)
      if (toks[k]?.lo === 'which' && toks[k]!.sent === sent) {
        const n = toks[k - 1]?.t === ',' ? toks[k - 2] : toks[k - 1];
        if (n?.k !== 'w' || !(DOCUMENT_NOUNS.has(n.lo) || ORG_HEADS.has(n.lo) || n.cap)) continue;
      }
      let r = k >= 0 ? refEndingAt(ctx, k, sent) : null;
      // ("..., a result the main opposition party called “a farce.”": the thing named fronted, set off
      // after a comma, and the noun phrase between it and the verb of calling is who called it so)
      if (!r && !ing && NAMING_SPEECH.test(tv.lo) && toks[k]?.k === 'w' && !toks[k]!.cap) {
        let d = k;
        while (d >= 0 && k - d <= 5 && toks[d]!.sent === sent && toks[d]!.k === 'w' && toks[d]!.lo !== 'the') d--;
        const n = toks[d - 1]?.lo === 'that' ? d - 2 : d - 1;
        const thing = toks[n];
        if (toks[d]?.lo === 'the' && toks[d]!.sent === sent && thing?.k === 'w' && !thing.cap && thing.sent === sent && !FUNCTION_WORDS.has(thing.lo) && !isPersonNoun(thing.lo) && (!isVerbish(thing.lo) || isNounish(thing.lo)) && /^(?:a|an)$/.test(toks[n - 1]?.lo ?? '') && toks[n - 2]?.t === ',' && toks[n - 2]!.sent === sent) {
          const rr = refStartingAt(ctx, d, sent);
          if (rr && rr.at === k && (rr.ref === 'org' || rr.ref === 'described' || rr.ref === 'role')) r = rr;
        }
      }
      // ("A senior councillor who asked not to be named said", "A diplomat from one of the blocking
      // countries, who asked not to be named because the talks were private, said": the unnamed one
      // the sentence opens with, past its phrase and clauses, when this is their verb)
      // (and no verb of saying between it and the quote, someone else's: "A nurse who asked not to be
      // named said a consultant had told her: “…”")
      // (one it or they speak of again is the same: "The bureau’s complaint said ..., a design it called “…”")
      // (nor what others believe, which the source reports in words of their own: "A senior detective
      // who asked not to be named said investigators believed the robbery had been planned with help
      // from “someone who knew when the cash would be delivered.”")
      if (!r && !ing && strongSpeech(tv) && !toks.slice(v + 1, qt).some((t, x) => t.k === 'w' && !t.cap && (isSpeechVerb(t) || CROWD_VERBS.has(t.lo)) && !BELIEF_VERBS.test(t.lo) && !/^(?:it|they)$/.test(toks[v + x]?.lo ?? ''))) {
        const s0 = sentenceStartFrom(toks, v, sent);
        const dp = describedPersonSubject(toks, s0);
        const d = dp && dp.verb === v ? describedStartingAt(ctx, dp.det, sent) : null;
        if (d?.cue.ref === 'described') r = d.cue;
        // (or a document, a body or its people, owned or with a phrase before the verb)
        else r = ownedOrSetOffSubject(ctx, v, sent);
      }
      // ("The union's statement said the offer was “…”", "Unite's statement described it as “…”": the
      // owner of the words, as the sentence's subject)
      if (!r && toks[k]?.k === 'w' && OWNED_WRITING.has(toks[k]!.lo) && toks[k - 1]?.poss && toks[k - 1]!.sent === sent) {
        const ms = mainSubject(ctx, sent, v);
        if (ms && (ms.ref === 'name' || ms.ref === 'org') && ms.at < k) r = ms;
        // (a role's: "The minister's statement said")
        else if (!toks[k - 1]!.cap && ROLE_NOUNS.has(toks[k - 1]!.lo)) {
          const rr = refEndingAt(ctx, k - 1, sent);
          if (rr?.ref === 'role') r = rr;
        }
      }
      // ("One of the posts, shown to about 1.2 million followers, read:": a phrase a participle opens,
      // set off before the verb, says something about the subject; no one in it speaks)
      if (r && toks[k]?.t === ',' && r.ref !== 'pronoun') {
        let a = k - 1;
        while (a > 0 && k - a <= 10 && toks[a]!.sent === sent && toks[a]!.t !== ',' && toks[a]!.k !== 'q') a--;
        const p = toks[a + 1];
        if (toks[a]?.t === ',' && r.at > a && p?.k === 'w' && !p.cap && (SET_OFF_PARTICIPLES.has(p.lo) || (/ed$/.test(p.lo) && /^(?:to|by|in|at|on|from|with)$/.test(toks[a + 2]?.lo ?? ''))) && toks[a - 1]?.k === 'w' && !(ctx.mentionAt[a - 1]! >= 0)) {
          const ms = mainSubject(ctx, sent, a);
          r = ms && ms.at < a ? ms : null;
          if (!r) continue;
        }
      }
      // ("Governor Adeyemi-Coker, in a statement by her Chief Press Secretary, Tolu Badmus, described":
      // the one whose statement it is, not who issued it)
      if (r && toks[k]?.t === ',' && r.ref === 'name') {
        const ms = mainSubject(ctx, sent, v);
        if (ms && ms.ref === 'name' && ms.at < r.at && statementBySetOff(toks, ms.at + 1, k, ctx.quotes[toks[qt]!.qi ?? -1]?.text ?? '')) r = ms;
      }
      // ("Muir, whose squad includes a postman and a maths teacher, said": the one the clause is about)
      if (r && toks[k]?.t === ',') {
        const rel = setOffRelativeOpening(toks, k, sent);
        // (not "X, whose chair, Derek Tennyson, said:", a clause with no verb of its own but the one
        // that says: its role's holder speaks)
        // (nor one that gives the name: "A man who lives next door to the centre, who gave his name only
        // as Mr Habibi, said" is Mr Habibi)
        if (rel > 0 && r.at > rel && !(r.ref === 'name' && (whoseRoleNamed(toks, rel, k) || !!nameGivenBefore(toks, ctx.mentions[r.mention]!.i0)))) r = refEndingAt(ctx, rel - 1, sent) ?? r;
        // ("the spokeswoman, who asked not to be named, said": a role kept unnamed is no one the story
        // named, but an unnamed source)
        if (rel > 0 && r.ref === 'role' && r.at < rel && /^the /i.test(r.text ?? '') && keptUnnamed(toks, rel + 1, k)) r = { ...r, ref: 'described', text: `${r.text!.slice(4)} (unnamed)` };
        // ("A senior officer associated with the inquiry, requesting anonymity, said": the unnamed
        // subject the phrase and the clause are about, not the phrase's last noun)
        if (r.ref !== 'name' && r.ref !== 'pronoun' && r.mention < 0) {
          const ms = mainSubject(ctx, sent, v);
          // (not "a spokesperson for its developer, ..., said", whose words are the developer's)
          // (but an unnamed one's spokesperson is the spokesperson's: "A spokesperson for one of the
          // platforms named in the report, who declined to be identified, said")
          // ("The report, due before the environment committee on Thursday, says": a document set off
          // with a phrase about it speaks, not the body in the phrase)
          const subjectDoc = ms?.ref === 'org' && ms.mention < 0 && DOCUMENT_NOUNS.has(ms.roleHead ?? '') && !DOCUMENT_NOUNS.has(r.roleHead ?? '');
          if (ms && (ms.ref === 'described' || ms.ref === 'role' || ms.ref === 'name' || subjectDoc) && ms.at < r.at && (!AFFILIATION_PREPS.has(toks[ms.at + 1]?.lo ?? '') || unnamedOwner(toks, ms.at + 2)) && onlyModifiers(toks, ms.at + 1, unnamedClauseBefore(toks, k, sent) - 1)) r = ms;
        }
      }
      // ("said in a statement read to the court:": a document after "in" is where the words are, not
      // who read them; the verb before it says who)
      // ("she wrote in one message, read aloud in court:": the same with the participle set off)
      const kd = toks[k]?.t === ',' ? k - 1 : k;
      if (r && r.ref !== 'name' && r.ref !== 'pronoun' && DOCUMENT_NOUNS.has(toks[kd]?.lo ?? '') && DETERMINERS.has(toks[kd - 1]?.lo ?? '') && toks[kd - 2]?.lo === 'in') continue;
      if (r && ing && r.ref === 'role') r = null;
      // ("A spokesman for the pub’s owner, Wearside Taverns, said": the name set off is the owner's,
      // the one speaking the spokesman the sentence opens with)
      // (or one the lexicon took for a firm's by its name: "A spokesperson for the operator, Fellside Travel, said")
      if (r && (r.ref === 'name' || (r.ref === 'org' && r.mention >= 0 && firmLikeName(ctx.mentions[r.mention]!))) && r.mention >= 0) r = ownerAppositiveSource(ctx, ctx.mentions[r.mention]!, sent) ?? r;
      // "..., with the press secretary insisting the move reflected "..."": the role "with" opens
      // is who insists
      if (!r && ing && k >= 0) r = roleAfterWith(toks, k, sent);
      if (r && ing && r.ref === 'name') {
        // "with X noting" is fine; "asked Y to ... , asking" (Y an object) is not
        const m = ctx.mentions[r.mention]!;
        const b = toks[m.i0 - 1];
        if (b && b.k === 'w' && !b.cap && FUNCTION_WORDS.has(b.lo) && b.lo !== 'with' && b.lo !== 'and') r = null;
      }
      // "A nurse who treated Ellis Ward said": the name is the object of the relative clause's verb
      if (r && r.ref === 'name' && objectInRelative(ctx, r.mention)) r = null;
      // ("Inspectors who visited Moredon Lane Primary in March said": people of a kind opening the
      // sentence, not the body their clause names)
      if (r && r.ref === 'org' && r.mention >= 0 && !ing) {
        const s0 = sentenceStartFrom(toks, v, sent);
        const g = toks[s0];
        // (the body inside their clause, which runs to the verb with no comma, no "which" and no
        // other verb of being told or saying: not "Parents who complained were told by Greystone
        // Primary, which said", "Drivers who refuse will be dismissed, Fenwick Haulage said")
        const clause = toks.slice(s0 + 2, v);
        if (g?.k === 'w' && isGroupNoun(g.lo) && /s$/.test(g.lo) && toks[s0 + 1]?.lo === 'who' && toks[s0 + 1]!.sent === sent && s0 + 1 < r.at && !clause.some((t) => t.k !== 'w' || /^(?:which|that|by|but|and|were|was|will|can|should|must|have|has)$/.test(t.lo))) {
          const d = describedStartingAt(ctx, s0, sent);
          if (d?.cue.ref === 'described') r = d.cue;
        }
      }
      // ("A doctor who spent six weeks in a field hospital has described ...": a body inside the
      // relative clause after someone described is no subject; the one described is)
      if (r && (r.ref === 'org' || r.ref === 'described') && r.mention < 0 && !ing) {
        let w = r.at - 1;
        while (w >= 0 && toks[w]!.sent === sent && toks[w]!.k === 'w' && toks[w]!.lo !== 'who') w--;
        const head = toks[w - 1];
        // (not what they call themselves: "A woman who introduced herself as a care worker from
        // Dunleary asked:" is the care worker)
        const selfDescribed = toks.slice(w + 1, r.at).some((t) => /^(?:himself|herself|themselves)$/.test(t.lo));
        // (nor one speaking inside the clause: "A man who police said had been “acting erratically”",
        // "A teacher who the school board described as “exceptional”")
        // (the formula that keeps someone unnamed is no one speaking: "who asked not to be named")
        const spokeInside = toks.slice(w + 1, v).some((t, x, all) => t.k === 'w' && !t.cap && (strongSpeech(t) || CALLING_VERBS.test(t.lo)) && !(t.lo === 'asked' && /^(?:not|that)$/.test(all[x + 1]?.lo ?? '')) && !(/^(?:named|identified)$/.test(t.lo) && all[x - 1]?.lo === 'be'));
        // (and the body the object of the clause's own verb, not its subject: "who police said",
        // "who neighbours have called")
        // (the word right after "who" is the clause's verb whatever the lexicon knows of it: "a
        // volunteer driver who evacuates elderly residents said:")
        const clauseVerb = toks.slice(w + 1, r.at).some((t) => t.k === 'w' && !t.cap && ((isVerbish(t.lo) && !isNounish(t.lo)) || /ed$/.test(t.lo))) || (w + 1 < r.at && toks[w + 1]?.k === 'w' && !toks[w + 1]!.cap && !FUNCTION_WORDS.has(toks[w + 1]!.lo));
        if (toks[w]?.lo === 'who' && toks[w]!.sent === sent && !selfDescribed && !spokeInside && clauseVerb && head?.k === 'w' && !head.cap && (isPersonNoun(head.lo) || ROLE_NOUNS.has(head.lo) || /^\d+-year-old$/.test(head.lo)) && !isGroupNoun(head.lo)) {
          const ms = mainSubject(ctx, sent, v);
          if (ms && ms.at < w && (ms.ref === 'described' || ms.ref === 'role' || ms.ref === 'name')) r = ms;
        }
      }
      // ("The family of a cyclist who died after hitting a pothole near Ambleford says": a place
      // closing the relative clause after the one the subject is of is no one speaking; the subject,
      // described, is)
      const placed = r && r.mention >= 0 ? ctx.mentions[r.mention]! : null;
      if (placed && (placed.type === 'place' || (placed.type === 'unknown' && !placed.personEvidence && !placed.gender && /^(?:near|in|at|off|outside|from)$/.test(toks[placed.i0 - 1]?.lo ?? ''))) && !ing) {
        let w = r!.at - 1;
        while (w >= 0 && toks[w]!.sent === sent && toks[w]!.k === 'w' && toks[w]!.lo !== 'who') w--;
        const head = toks[w - 1];
        const s0 = sentenceStartFrom(toks, v, sent);
        const d = toks[w]?.lo === 'who' && toks[w]!.sent === sent && head?.k === 'w' && !head.cap && (isPersonNoun(head.lo) || ROLE_NOUNS.has(head.lo)) ? describedStartingAt(ctx, s0, sent) : null;
        // (a group, whom no later name takes up: not "The widow of a shopkeeper who was killed in
        // Leicester has told", whose name the story gives later)
        // (to the clause's "who", past a noun the description stopped short of: "of a lifeboat volunteer")
        if (d && d.cue.ref === 'described' && d.end < w && w - d.end <= 3 && toks.slice(d.end + 1, w).every((t) => t.k === 'w' && !t.cap) && isGroupNoun(d.cue.roleHead ?? '')) r = { ...d.cue, text: `${d.cue.text ?? ''}${ctx.text.slice(toks[d.end]!.e, toks[w - 1]!.e)}` };
      }
      if (!r && toks[k]?.lo === 'to' && toks[k]!.sent === sent) r = infinitiveSubject(ctx, sent, k);
      // "X attacked Y, calling him ...": a participle after a comma belongs to the main clause's subject, not to Y
      // (but after "X said," it is X's: "one of the people said, cautioning that “…”", "the report
      // said, adding that the company was “cooperating fully.”")
      const saidBefore = ing && toks[k]?.t === ',' && strongSpeech(toks[k - 1]) && toks[k - 1]!.sent === sent && !passiveAt(toks, k - 1) ? refEndingAt(ctx, k - 2, sent) : null;
      // ("with his counsel, Angela Marchetti, arguing the tackle had been “…”": the one "with" brings in)
      const withName = ing && toks[k]?.t === ',' ? nameAfterWith(ctx, k, sent) : null;
      // ("Cassius Varga-Whitlock set off a sell-off with a late-night post accusing the board of
      // “…”": what someone writes, brought in by "with", is the writer's, the sentence's subject's)
      if (ing && r && (r.ref === 'org' || r.ref === 'described') && PERSONAL_DOCUMENTS.has(r.roleHead ?? '') && withBefore(toks, r.at, sent)) {
        const ms = mainSubject(ctx, sent, v);
        if (ms && (ms.ref === 'name' || ms.ref === 'pronoun')) r = ms;
      }
      if (saidBefore && saidBefore.ref !== 'none') r = saidBefore;
      else if (withName) r = withName;
      else if (ing && toks[k]?.t === ',' && toks[k]!.sent === sent) {
        const ms = mainSubject(ctx, sent, v);
        r = heardSubject(ctx, sent, ms, k) ?? statementFrom(ctx, sent, ms, k) ?? ms ?? r;
      }
      // ("Footage appears to capture a voice from the away section shouting “…”": after a verb of
      // hearing or seeing, the one heard or seen does it, whom the story does not name)
      if (!r && ing && toks[k]?.k === 'w' && !toks[k]!.cap && toks[k]!.sent === sent) {
        // (one described as a person is the speaker: "she heard a man shouting “…”")
        for (let u = k - 1; u >= 0 && k - u <= 8 && toks[u]!.sent === sent && toks[u]!.k === 'w'; u--) {
          if (!PERCEIVING.test(toks[u]!.lo) || !/^(?:a|an|the|someone|somebody|people|men|women)$/.test(toks[u + 1]?.lo ?? '')) continue;
          // (not a thing seen or heard, "saw the ball cross the line before wheeling away shouting", "filmed
          // a short clip on his phone saying": only someone, or a voice)
          const d = describedStartingAt(ctx, u + 1, sent);
          if (d && d.end === k && d.cue.ref === 'described') return { ...d.cue, cue: tv.lo };
          if (toks.slice(u + 1, k + 1).some((t) => /^(?:voice|voices|someone|somebody)$/.test(t.lo))) return { ...NONE, cue: tv.lo };
          // (a thing heard or seen saying it, right after the verb, says it, not the one who heard:
          // "Commuters heard the tannoy announcing “…”", "she saw a banner saying “…”")
          if (HEARING_SEEING.test(toks[u]!.lo) && k - u <= 4 && toks.slice(u + 2, k + 1).every((t) => t.k === 'w' && !isVerbish(t.lo))) return { ...NONE, cue: tv.lo };
          break;
        }
      }
      if (!r && ing) r = mainSubject(ctx, sent, v);
      // "said X" names the speaker; "told X" names the listener
      if (!r && !ing && !TELL_FORMS.has(tv.lo)) {
        // inverted: ", said X" / "But, said X,"
        const prev = toks[k];
        // (not "quoted by the Herald": a participle with its agent is no inverted verb)
        // (nor after a comma closing a subject's phrase, before a verb that never goes before its own
        // subject: "Their employer, the Geneva-based charity Sahel Health Partners, thanked the
        // authorities in Niger “…”" thanks them)
        if ((!prev || prev.sent !== sent || prev.k === 'q' || (prev.t === ',' && !OBJECT_FIRST_VERBS.test(tv.lo)) || (prev.k === 'w' && ['but', 'and', 'so'].includes(prev.lo))) && toks[v + 1]?.lo !== 'by') {
          r = refStartingAt(ctx, v + 1, sent);
          // ("The minister, speaking on radio, said the plan was "...": the noun after the verb opens
          // the reported clause when a verb follows it; it is not an inverted subject)
          if (r && r.ref !== 'name' && r.ref !== 'pronoun' && clauseVerbAfter(toks, r.at, qt)) r = null;
          // (... or an auxiliary after the phrase's "of" part: "... and said residents of low-lying
          // areas should "not return home"")
          // (... or a document's: "... and said an independent review of the contract would be completed
          // “within weeks”")
          if (r && (r.ref === 'described' || (r.ref === 'org' && r.mention < 0)) && auxiliaryWithin(toks, r.at, qt)) r = null;
          // (nor is a name right before an auxiliary: "Brown, 38, said Green had "ruined" his business")
          if (r && r.ref === 'name' && toks[r.at + 1]?.k === 'w' && r.at + 1 < qt && AUXILIARIES.has(toks[r.at + 1]!.lo)) r = null;
          // (nor the one addressed, before an infinitive: "... and urged Serevia to release her "..."")
          // (nor the one named or described by a verb of calling: "... and described the crowd as "...""")
          if (r && r.ref !== 'pronoun' && CALLING_VERBS.test(tv.lo)) r = null;
          // (nor what the verb takes for something, the quote right after "as": "... and dismissed the
          // report as “propaganda written in hotel rooms.”")
          if (r && r.ref !== 'pronoun' && toks[qt - 1]?.lo === 'as' && r.at < qt - 1 && toks.slice(r.at + 1, qt - 1).every((t) => t.k === 'w')) r = null;
          // (or described: "... and urged young athletes to "run clean"")
          if (r && r.ref !== 'pronoun' && toks[r.at + 1]?.k === 'w' && toks[r.at + 1]!.lo === 'to' && r.at + 1 < qt) r = null;
          // (... past a phrase after them: "... and urged people in low-lying areas to move “now”")
          if (r && r.ref !== 'pronoun' && URGING.test(tv.lo) && toks.slice(r.at + 1, qt).some((t, x, all) => t.lo === 'to' && all[x + 1]?.k === 'w' && !all[x + 1]!.cap && !FUNCTION_WORDS.has(all[x + 1]!.lo) && !DETERMINERS.has(all[x + 1]!.lo) && !(/s$/.test(all[x + 1]!.lo) && !lexTagsOf(all[x + 1]!.lo).includes('Infinitive'))) && toks.slice(r.at + 1, qt).every((t) => t.k === 'w' || t.t === '-')) r = null;
          // (nor the one accused or warned of something: "... and accused Abbasi of "buying loyalties"")
          if (r && r.ref !== 'pronoun' && /^(?:accus|warn|remind|convict)/.test(tv.lo) && toks[r.at + 1]?.k === 'w' && toks[r.at + 1]!.lo === 'of' && r.at + 1 < qt) r = null;
          // (nor a noun phrase the quote follows with no mark between: "..., said the proposal "would
          // hit ..."" - the phrase opens the reported clause and the quote is its verb; an inverted
          // speaker is set off from the quote by a comma or colon)
          if (r && r.ref !== 'pronoun' && r.at + 1 === qt && toks[qt]!.k === 'q') r = null;
        }
      }
      // "X arrived and said ...": a coordinated verb shares the subject
      // (the subject of a verb of saying before it in the sentence, with its own quote: "... in which
      // Essaria's ambassador, Noura Belkacem, described the government as "..." and urged her
      // ministry to "wait out" the prime minister")
      if (!r && toks[k]?.k === 'w' && (toks[k]!.lo === 'and' || toks[k]!.lo === 'but') && toks[k]!.sent === sent) r = coordinatedQuoteCue(ctx, k, sent);
      // ("The tribunal heard that the hotel's general manager, Alasdair Rennie, referred to her as
      // ... and told a colleague she was ‘...’": the subject of the clause "that" opens, whose second
      // verb it is, not the sentence's)
      if (!r && toks[k]?.k === 'w' && toks[k]!.lo === 'and' && toks[k]!.sent === sent) r = thatClauseSubject(ctx, k, sent);
      if (!r && toks[k]?.k === 'w' && (toks[k]!.lo === 'and' || toks[k]!.lo === 'but') && toks[k]!.sent === sent) r = mainSubject(ctx, sent, k);
      // ("Oyelaran paused, then conceded that ...": the same after "then")
      if (!r && toks[v - 1]?.lo === 'then' && toks[v - 1]!.sent === sent && (toks[v - 2]?.t === ',' || toks[v - 2]?.lo === 'and')) {
        const ms = mainSubject(ctx, sent, v - 1);
        if (ms && (ms.ref === 'name' || ms.ref === 'pronoun' || ms.ref === 'role')) r = ms;
      }
      // "Nurses carrying placards chanted ...": the subject with a modifier and no verb of its own
      // ... or set off by commas: "The minister, speaking on radio, said the plan was "...""
      if (!r && !ing && toks[k] && (toks[k]!.k === 'w' || toks[k]!.t === ',') && toks[k]!.sent === sent) {
        const ms = mainSubject(ctx, sent, v);
        // (or a word with its preposition: "A person familiar with the plans said", "the minister
        // responsible for housing said", "a source close to the board said")
        const withPrep = !!ms && toks[ms.at + 1]?.k === 'w' && !toks[ms.at + 1]!.cap && !FUNCTION_WORDS.has(toks[ms.at + 1]!.lo) && /^(?:with|to|for|of|on)$/.test(toks[ms.at + 2]?.lo ?? '') && (ms.ref === 'described' || ms.ref === 'role');
        const modStart = !!ms && !!toks[ms.at + 1] && (toks[ms.at + 1]!.t === ',' || /ing$/.test(toks[ms.at + 1]!.lo) || POST_PREPS.has(toks[ms.at + 1]!.lo) || (/ed$/.test(toks[ms.at + 1]!.lo) && toks[ms.at + 2]?.lo === 'by') || withPrep);
        if (ms && ms.at < k && modStart && onlyModifiers(toks, ms.at + 1, k)) r = ms;
        // ... or with a short relative clause: "A woman who lives nearby said", "A member of the
        // delegation that left said"
        else if (ms && ms.at < k && (ms.ref === 'described' || ms.ref === 'role') && relativeModifier(toks, ms.at + 1, k)) r = ms;
      }
      if (!r && toks[k]?.lo === 'was' && tv.lo === 'said') return { ...NONE, cue: 'said' };
      if (r) return { ...byHandle(ctx, r, v), cue: colon ? 'colon' : tv.lo };
      if (!ing && !crossedQuote) continue;
    }
  }
  if (colon) {
    // ("Someone had taped a handwritten note to the lift doors: “…”": words of someone the story does
    // not know)
    const s0 = sentenceStartFrom(toks, qt - 1, sent);
    if (/^(?:someone|somebody)$/.test(toks[s0]?.lo ?? '')) return { ...NONE, cue: 'someone' };
    const label = roleLabelBefore(toks, qt);
    if (label) return label;
    // ("09:40 — Statement from the president's office: "..."": the statement's issuer)
    for (let k = qt - 2; k >= 0 && qt - k <= 12 && toks[k]!.sent === sent; k--) {
      if (toks[k]!.k !== 'w' || !STATEMENT_NOUNS.has(toks[k]!.lo) || !/^(?:from|by)$/.test(toks[k + 1]?.lo ?? '')) continue;
      // (read back from the colon, so an owner's office is the office: "the president's office")
      const issuer = refEndingAt(ctx, qt - 2, sent) ?? refStartingAt(ctx, k + 2, sent);
      if (issuer && issuer.at > k && (issuer.ref === 'name' || issuer.ref === 'org' || issuer.ref === 'role' || issuer.ref === 'described')) return { ...issuer, cue: 'colon' };
      break;
    }
    const r = mainSubject(ctx, sent, qt);
    if (r) return { ...byHandle(ctx, r, qt), cue: 'colon' };
  }
  // ("According to him, the Assembly will monitor ... "...": the one the pronoun means)
  {
    const k = sentenceStartFrom(toks, qt - 1, sent);
    if (toks[k]?.lo === 'according' && toks[k + 1]?.lo === 'to' && /^(?:him|her)$/.test(toks[k + 2]?.lo ?? '') && toks[k + 3]?.t === ',' && k + 3 < qt) {
      return { ...NONE, ref: 'pronoun', gender: toks[k + 2]!.lo === 'him' ? 'm' : 'f', at: k + 2, text: toks[k + 2]!.lo === 'him' ? 'he' : 'she', cue: 'according to' };
    }
  }
  // "according to X" later in the sentence
  for (let k = qt + 1; k < toks.length && toks[k]!.sent === sent; k++) {
    if (toks[k]!.lo === 'according' && toks[k + 1]?.lo === 'to') {
      const r = refStartingAt(ctx, k + 2, sent);
      if (r) return { ...placeBeforeRoleAndName(ctx, r, sent), cue: 'according to' };
    }
  }
  return NONE;
}

// ---------------------------------------------------------------------------------------------
// Speech vs non-speech

const TITLE_MINOR = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs', 'vs.', 'nor', 'de', 'la', 'not']);

function titleCase(s: string): boolean {
  const words = s.match(/[\p{L}\p{N}][\p{L}\p{N}'\u2019-]*/gu) ?? [];
  if (!words.length || words.length > 14) return false;
  let cap = 0;
  let total = 0;
  for (const w of words) {
    if (TITLE_MINOR.has(w.toLowerCase())) continue;
    total++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) cap++;
  }
  if (!total) return false;
  if (words.length === 1) return /^\p{Lu}/u.test(words[0]!) && !/^\p{Lu}+$/u.test(words[0]!) ? true : /^\p{Lu}{2,}$/u.test(words[0]!);
  return cap === total;
}

/** a short title-case quote with no sentence punctuation: the name of a show, a book, a law */
function titleLike(text: string): boolean {
  if (/[.!?\u2026]["'\u2019]*$/.test(text)) return false;
  const content = text.replace(/[\s,;:]+$/, '');
  return (content.match(/[\p{L}\p{N}]+/gu) ?? []).length <= 8 && titleCase(content);
}

/** Up to three words right before the quote, stopping at a verb that is no naming cue: "the show
 * was "stronger than ever"" is no show's name, "the film "Jaws"" and "a plan called "..."" are. */
function namingContext(toks: Tok[], qt: number, sent: number): string[] {
  const out: string[] = [];
  for (let k = qt - 1; k >= 0 && k >= qt - 3; k--) {
    const t = toks[k]!;
    if (t.sent !== sent) break;
    if (t.k !== 'w') continue;
    if (!NAMING_CUES.has(t.lo) && (AUXILIARIES.has(t.lo) || (isVerbish(t.lo) && !isNounish(t.lo) && !MEDIA_CONTEXT.has(t.lo)))) break;
    out.push(t.lo);
  }
  return out;
}

/** verbs of chanting and shouting, whose words are often short and in title case ("Fair Pay Now") */
const CHANT_VERBS = /^(?:chant|chants|chanted|chanting|shout|shouts|shouted|shouting|yelled|yelling|screamed|screaming)$/;

/** "I", "we", "you" and their forms: a quoted sentence with one of them is someone speaking */
const FIRST_SECOND_PERSON = /\b(?:I|I'm|I\u2019m|we|We|you|You|me|us|my|My|our|Our|your|Your)\b/;

/** words right before a quote that make it the name of a thing, not speech ("so-called") */
/** Nouns that say the quotation marks before them hold a name, not speech ("“Fix the Basics,” a slogan that ...");
 * not "phrase" or "term", which may be someone's words ("called it “the best acting of the year,” a phrase she ..."). */
const NAMED_THING_NOUNS = new Set(['nickname', 'moniker', 'slogan', 'motto', 'tagline', 'hashtag', 'catchphrase']);
/** Determiners before a quoted modifier ("the "improved" timetable", "its "temporary" car park"). */
const MODIFIER_DETS = new Set(['the', 'its', 'their', 'our', 'his', 'her', 'this', 'these', 'that', 'those']);
/** Verbs that call something by a word ("called it the "worst" deal", "described as the "best" ..."). */
const CALLING_VERBS = /^(?:call|calls|called|calling|describe|describes|described|describing|label|labels|labelled|labeled|term|termed|dub|dubbed|brand|branded|hail|hailed|praise|praised|praising)$/;
const NAMING_RIGHT_BEFORE = new Set(['so-called', 'dubbed', 'nicknamed', 'titled', 'entitled']);
/** Nouns for a slogan, which "the" and a title-case quote after them name ("the banner “Name our Storms”"). */
const SLOGAN_NOUNS = new Set(['banner', 'slogan', 'motto', 'hashtag', 'tagline', 'strapline', 'watchword']);
/** Words before "as" that say what follows is a name ("known in the trade press as"). */
const KNOWN_AS = new Set(['known', 'billed', 'styled', 'marketed', 'remembered']);
const TERM_DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our', 'this', 'that', 'these', 'those']);

/** "he is using a "technical definition"": a short quote opening a noun phrase, whose verb is not a
 * verb of saying or calling, is a term the writer holds at arm's length (not "called it a "sham""). */
function termAfterDeterminer(toks: Tok[], qt: number, sent: number): boolean {
  const d = toks[qt - 1];
  if (d?.k !== 'w' || d.sent !== sent || !TERM_DETERMINERS.has(d.lo)) return false;
  for (let k = qt - 2; k >= 0 && qt - k < 8; k--) {
    const t = toks[k]!;
    if (t.sent !== sent || t.k !== 'w') return false;
    if (SPEECH_VERBS.has(t.lo)) return false;
    if (isVerbish(t.lo)) return true;
  }
  return false;
}

/** Works known by a title ("memoir", "documentary", "series"). */
const WORK_NOUNS = new Set(['chapter', 'episode', 'essay', 'memoir', 'memoirs', 'book', 'novel', 'biography', 'autobiography', 'film', 'movie', 'documentary', 'series', 'album', 'song', 'single', 'play', 'musical', 'opera', 'podcast', 'poem', 'collection', 'exhibition', 'show', 'programme', 'program', 'sitcom', 'drama', 'painting', 'sculpture']);
/** The phrase ending at the comma at `comma` is headed by a work: "his memoir,", "A documentary
 * about the 1987 miners' strike in the Carradon coalfield,", "a local television series,". */
function workBefore(toks: Tok[], comma: number, sent: number): boolean {
  for (let k = comma - 1; k >= 0 && comma - k <= 12; k--) {
    const t = toks[k]!;
    if (t.sent !== sent || t.k !== 'w') return false;
    if (WORK_NOUNS.has(t.lo) && !t.cap) return k === comma - 1 || /^(?:about|on|of|by|from|with|in|set)$/.test(toks[k + 1]!.lo);
  }
  return false;
}
function classify(ctx: Ctx, qt: number, lq: LocalQuote): void {
  const { toks } = ctx;
  const q = lq.raw;
  const sent = lq.sent;
  const content = q.text.replace(/[\s,.;:!?\u2026]+$/, '');
  const words = content.match(/[\p{L}\p{N}]+/gu) ?? [];
  const prev = toks[qt - 1]?.sent === sent ? toks[qt - 1] : undefined;
  const prev2 = toks[qt - 2]?.sent === sent ? toks[qt - 2] : undefined;
  const next = toks[qt + 1]?.sent === sent ? toks[qt + 1] : undefined;
  const cueAfter = lq.cue.ref !== 'none' && lq.cue.at > qt;
  const hasCue = lq.cue.ref !== 'none' || lq.cue.cue != null;
  const endPunct = /[,.!?\u2026]$/.test(q.text);
  // sentence-level speech context
  let speechCtx = false;
  for (const t of toks) {
    if (t.sent !== sent || t.k !== 'w') continue;
    if ((SPEECH_VERBS.has(t.lo) && !WEAK_SPEECH.has(t.lo)) || SPEECH_NOUNS.has(t.lo) || t.lo === 'according') { speechCtx = true; break; }
  }
  lq.speechContext = speechCtx;
  const nonSpeech = (why: string) => { lq.speech = false; lq.nonSpeechReason = why; };
  // nickname inside a name: Dwayne "The Rock" Johnson
  if (prev && next && prev.k === 'w' && next.k === 'w' && prev.cap && next.cap && ctx.mentionAt[toks.indexOf(prev)]! >= 0 && words.length <= 4 && !endPunct) {nonSpeech('nickname'); return; 
  }
  // ("identified the suspects only by their aliases: "Toto," "Bunso," "Kulot" and "Jepoy."": short
  // names in a row, each right after the last, are a list, not anyone's words)
  const shortQuote = (t: Tok | undefined) => !!t && t.k === 'q' && t.sent === sent && ctx.quotes[t.qi]!.text.trim().split(/\s+/).length <= 2;
  const listNext = shortQuote(next) || (next?.t === ',' && shortQuote(toks[qt + 2]));
  if (!speechCtx && !/[!?]/.test(q.text) && content.split(/\s+/).length <= 2 && listNext && toks.filter((t) => shortQuote(t)).length >= 3) { nonSpeech('list'); return; }
  // ("This year's "no-candy-throwing" rule": a word or two between an owner and the noun they
  // modify)
  if (!endPunct && content.split(/\s+/).length <= 2 && prev?.k === 'w' && prev.poss && !prev.cap && next?.k === 'w' && !next.cap && !FUNCTION_WORDS.has(next.lo) && !SPEECH_VERBS.has(next.lo) && isNounish(next.lo) && !isVerbish(next.lo)) { nonSpeech('term'); return; }
  // ("“The Salt Road,” a debut novel by ...": a title in title case set off before what kind of work it is)
  if (titleCase(content) && !/[.!?\u2026]$/.test(q.text.trim()) && next?.k === 'w' && (next.lo === 'a' || next.lo === 'an') && next.sent === sent && toks.slice(qt + 2, qt + 5).some((t) => t.k === 'w' && !t.cap && t.sent === sent && WORK_NOUNS.has(t.lo))) { nonSpeech('title'); return; }
  // titles of works, shows, events
  const atSentStart = !prev || prev.k === 'q';
  // (not after a speech frame: 'the governor said: "Absolutely not."', 'she said, "No Comment."')
  // (... nor right after a chant or a shout: 'protesters chanted "Free Tom."')
  const framed = (!!prev && (prev.t === ':' || prev.t === ',') && (isSpeechVerb(prev2) || lq.cue.cue === 'colon')) || (prev?.k === 'w' && CHANT_VERBS.test(prev.lo) && (lq.cue.ref !== 'none' || /[!?]$/.test(q.text.trim())));
  // ("...," Doe said. "Jane Roe." — a sentence of its own right after a quoted sentence with its
  // cue goes on with the speech)
  // (or "calls out", "shouted back": "“The keys are where they always are,” she calls out. “Somewhere.”")
  const goesOn = lq.standalone && /[.!?\u2026]$/.test(q.text) && sent > 0 && toks.some((t) => t.sent === sent - 1 && t.k === 'q' && !titleCase(ctx.quotes[t.qi]!.text.replace(/[\s,.;:!?\u2026]+$/, ''))) && toks.some((t, i) => t.sent === sent - 1 && (strongSpeech(t) || (isSpeechVerb(t) && /^(?:out|back)$/.test(toks[i + 1]?.lo ?? ''))));
  // ("the "improved" bus timetable", "their "winter readiness" plans": a word or two between a
  // determiner and the noun they modify hold up a term to be doubted, not someone's words, unless a
  // verb of calling is right before: "called it the "worst" deal")
  // (also past an adjective after the determiner: "its optional “bridge” course")
  const prevDet = prev?.k === 'w' && (MODIFIER_DETS.has(prev.lo) || (!prev.cap && !FUNCTION_WORDS.has(prev.lo) && !SPEECH_VERBS.has(prev.lo) && !isVerbish(prev.lo) && !isNounish(prev.lo) && toks[qt - 2]?.k === 'w' && MODIFIER_DETS.has(toks[qt - 2]!.lo) && toks[qt - 2]!.sent === sent));
  if (!endPunct && words.length <= 2 && prevDet && next?.k === 'w' && !next.cap && !FUNCTION_WORDS.has(next.lo) && !SPEECH_VERBS.has(next.lo) && (isNounish(next.lo) || !isVerbish(next.lo)) && !toks.slice(Math.max(0, qt - 4), qt - 1).some((t) => t.sent === sent && t.k === 'w' && CALLING_VERBS.test(t.lo))) { nonSpeech('term'); return; }
  // ("his memoir, “Order, Order: Twenty Years in the Chair,” in October", "A documentary about the
  // 1987 strike, “The Long Winter at Pit Nine”, will premiere": a work set off by its title, whatever
  // cue follows)
  if (prev?.t === ',' && titleCase(content) && !/[.!?\u2026]$/.test(q.text.trim()) && workBefore(toks, qt - 1, sent)) { nonSpeech('title'); return; }
  // ""The Crown" star Ada Fell said": a title right before a lowercase noun names a thing, whatever cue follows
  if (!endPunct && next?.k === 'w' && !next.cap && !FUNCTION_WORDS.has(next.lo) && !SPEECH_VERBS.has(next.lo) && (ROLE_NOUNS.has(next.lo) || isPersonNoun(next.lo) || (isNounish(next.lo) && !isVerbish(next.lo))) && titleCase(content)) { nonSpeech('title'); return; }
  // ("two shorter films by the same director, Kofi Amankwah-Boateng: “The Ferryman’s Daughter” and
  // “Sunday at Labadi.”": titles listed after a colon in a sentence about works, however framed)
  const listNextQuote = (next?.lo === 'and' || next?.t === ',') && toks[qt + 2]?.k === 'q' && toks[qt + 2]!.sent === sent;
  if (titleCase(content) && words.length <= 6 && prev?.t === ':' && listNextQuote && !/[.!?]["'\u2019\u201d]*$/.test(content) && toks.some((t) => t.sent === sent && t.k === 'w' && !t.cap && (WORK_NOUNS.has(t.lo) || WORK_NOUNS.has(t.lo.replace(/s$/, ''))) && t.s < q.start)) { nonSpeech('title'); return; }
  if (titleCase(content) && !framed && !goesOn && !(cueAfter && (atSentStart || words.length > 3 || /[?!]$/.test(q.text)))) {nonSpeech('title'); return; 
  }
  // ("“The Last Lighthouse” held on to the top spot ..., according to figures from Marquee Data": a
  // title opening the sentence as the subject of a verb that is no saying)
  if (titleCase(content) && atSentStart && !endPunct && (!prev || prev.sent !== sent) && next?.k === 'w' && !next.cap && next.sent === sent && isVerbish(next.lo) && !isSpeechVerb(next) && !CROWD_VERBS.has(next.lo) && !AUXILIARIES.has(next.lo)) { nonSpeech('title'); return; }
  // ("The restaurant’s signature dish, “ocean in a bowl”, costs £38.": a name set off after the
  // thing it names, in a sentence where no one speaks)
  if (!speechCtx && !hasCue && words.length <= 6 && !/[.!?]$/.test(q.text.trim()) && prev?.t === ',' && prev2?.k === 'w' && !prev2.cap && !FUNCTION_WORDS.has(prev2.lo) && isNounish(prev2.lo) && !isPersonNoun(prev2.lo) && !isGroupNoun(prev2.lo) && !SPEECH_NOUNS.has(prev2.lo) && (!next || next.t === ',')) { nonSpeech('named-thing'); return; }
  const ctxWords = namingContext(toks, qt, sent);
  // "the so-called "magic money tree" ..., the chancellor said": a term, whatever cue follows
  if (prev?.k === 'w' && NAMING_RIGHT_BEFORE.has(prev.lo) && (titleCase(content) || words.length <= 6)) { nonSpeech('named-thing'); return; }
  // ("launched in 2015 under the banner “Name our Storms”, has been credited ..., according to a
  // review": a slogan in title case after "the banner", "the slogan", whatever cue follows)
  if (prev?.k === 'w' && SLOGAN_NOUNS.has(prev.lo) && toks[qt - 2]?.lo === 'the' && (titleCase(content) || (/^\p{Lu}/u.test(content) && words.length <= 5)) && !endPunct) { nonSpeech('named-thing'); return; }
  // ("known in the trade press as "the King of Kickstart,"": what someone is known as)
  if (prev?.k === 'w' && prev.lo === 'as' && !/[.!?]$/.test(q.text.trim()) && words.length <= 6 && toks.slice(Math.max(0, qt - 8), qt - 1).some((t) => t.sent === sent && t.k === 'w' && KNOWN_AS.has(t.lo))) { nonSpeech('named-thing'); return; }
  // ("calling his opponent "Adriana Tax-and-Spend," a nickname she said she found sad": a name the
  // next words say is a nickname, a slogan or the like)
  const after2 = toks[qt + 2];
  if (next?.k === 'w' && (next.lo === 'a' || next.lo === 'an' || next.lo === 'the') && next.sent === sent && after2?.k === 'w' && NAMED_THING_NOUNS.has(after2.lo)) { nonSpeech('named-thing'); return; }
  // ("The study, titled "Circulating methylation markers for early ... detection", was published":
  // a title of any length, in sentence case, that speaks in no one's person; one that is whole
  // sentences may be someone's words: an editorial titled "Her ideas are too facile.")
  if (prev?.k === 'w' && (prev.lo === 'titled' || prev.lo === 'entitled') && !FIRST_SECOND_PERSON.test(q.text) && !/[.!?]$/.test(q.text.trim())) { nonSpeech('named-thing'); return; }
  // (a sentence in the first or second person after "read:" or a statement's cue is what it says:
  // "A statement from the palace read: "We are grateful."")
  const spoken = /^\p{Lu}/u.test(q.text) && /[.!?]["'\u2019\u201d]*$/.test(q.text) && FIRST_SECOND_PERSON.test(q.text);
  // (but a verb of calling, then a noun that can be a show's and a description in lower case, is
  // someone's words about it: "Kealy called the episode “a shambles from start to finish”")
  // (the caller the sentence's own subject: not "Nwachukwu said the regulator had branded the show
  // “a danger to children”", whose words are the regulator's, reported)
  const callAt = toks.slice(Math.max(0, qt - 4), qt).findIndex((t) => t.sent === sent && t.k === 'w' && /^(?:call|calls|called|calling|described|describes|branded|brands)$/.test(t.lo));
  const characterised = callAt >= 0 && !strongSpeechBefore(toks, Math.max(0, qt - 4) + callAt) && /^(?:a|an|the)\s/.test(content) && !titleCase(content) && ctxWords.every((w) => !NAMING_CUES.has(w));
  if (!cueAfter && !characterised && !(spoken && prev?.t === ':') && ctxWords.some((w) => NAMING_CUES.has(w) || (MEDIA_CONTEXT.has(w) && w !== 'campaign' && w !== 'sign'))) {
    if (titleCase(content) || words.length <= 6) { nonSpeech('named-thing'); return; }
  }
  if (!cueAfter && prev && prev.k === 'w' && prev.poss && prev.cap && titleCase(content)) { nonSpeech('title'); return; }
  // "the “fair play” rule": a short quote used as a modifier of a following noun
  // (an unnamed source that "calls the layoffs a “right-sizing” exercise" gives a label, not speech)
  // (or an organisation named by its kind: "The union called the job cuts “a betrayal”")
  const namedCue = lq.cue.ref === 'name' || lq.cue.ref === 'pronoun' || lq.cue.ref === 'role' || (lq.cue.ref === 'org' && (lq.cue.mention >= 0 || lq.cue.text === 'it' || (/^the \S+$/i.test(lq.cue.text ?? '') && !(next?.k === 'w' && !next.cap && !FUNCTION_WORDS.has(next.lo)))));
  const labelOnly = !namedCue && words.length <= 3 && /^(?:call|calls|called|calling|dub|dubs|dubbed|label|labels|labeled|labelled|term|terms|termed)$/.test(lq.cue.cue ?? '');
  if (labelOnly && !/[.!?\u2026]$/.test(q.text)) { nonSpeech('label'); return; }
  // (a passive verb with no agent names no one: "passengers were promised "world-class" services")
  if (lq.cue.ref === 'none' && next && next.k === 'w' && !next.cap && !endPunct && words.length <= 4 && !FUNCTION_WORDS.has(next.lo) && !isVerbish(next.lo) && !/(?:ly|ed|ing)$/.test(next.lo) && !SPEECH_VERBS.has(next.lo)) {nonSpeech('scare-modifier'); return; 
  }
  if (!hasCue && !lq.standalone && words.length <= 3 && termAfterDeterminer(toks, qt, sent)) { nonSpeech('term'); return; }
  // scare quotes / terms: short, embedded, no speech anywhere near
  if (!hasCue && !lq.standalone && words.length <= 3 && !speechCtx && !spoken) { nonSpeech('scare'); return; }
  // a term glossed by an appositive: "dead cat bounce," a brief recovery
  if (!hasCue && !lq.standalone && words.length <= 3 && next && (next.t === ',' || /,$/.test(q.text)) ) {
    const n2 = next.t === ',' ? toks[qt + 2] : next;
    if (n2 && n2.k === 'w' && ['a', 'an', 'the', 'or', 'which', 'meaning'].includes(n2.lo)) { nonSpeech('term'); return; }
  }
  // one- or two-word quotes with no cue need a speech verb nearby, not just a speech noun
  if (!hasCue && !lq.standalone && words.length <= 2 && !spoken) {
    let verb = false;
    // (not a verb whose subject is a thing: "bins, which tell the depot when they are full")
    for (let k = 0; k < toks.length; k++) {
      const t = toks[k]!;
      if (t.sent === sent && t.k === 'w' && SPEECH_VERBS.has(t.lo) && !WEAK_SPEECH.has(t.lo) && toks[k - 1]?.lo !== 'which') { verb = true; break; }
    }
    if (!verb) { nonSpeech('scare'); return; }
  }
  // a term being defined: "Non-paper" is a ...
  if (!hasCue && !prev && next && next.k === 'w' && ['is', 'was', 'refers', 'means'].includes(next.lo) && words.length <= 3) { nonSpeech('term'); return; }
}

// ---------------------------------------------------------------------------------------------

/** "MODERATOR: “...”", "DISTRICT MANAGER: “...”": a paragraph opening with a role of one to three
 * words in capitals and a colon before the quote at token `qt`: a described speaker of that role,
 * marked as a label (the linking pass gives it to whoever the story named in that role). */
function roleLabelBefore(toks: Tok[], qt: number): LocalCue | null {
  if (toks[qt - 1]?.t !== ':' || qt < 2 || qt > 4) return null;
  const words = toks.slice(0, qt - 1);
  if (!words.every((t) => t.k === 'w' && t.cap && t.t === t.t.toUpperCase() && /\p{Lu}{2}/u.test(t.t))) return null;
  const head = words[words.length - 1]!.lo;
  if (!ROLE_NOUNS.has(head) && !isKnownPersonNoun(head)) return null;
  return { ...NONE, ref: 'described', roleHead: head, gender: ROLE_GENDER[head] ?? null, text: words.map((t) => t.lo).join(' '), cue: 'colon', at: qt - 2, label: true };
}

/** "SMITH: ...", "MR. JONES: ...", "Q: ...", "A: ...", "CALLER (PAULINE): ...": a transcript turn (all
 * capitals, so "Note: ..." is not one; editorial labels and places are not speakers; a name in
 * brackets after a role is the speaker's, with where they are from after a comma: "CALLER (DEIRDRE,
 * CLACTON)"). */
const TRANSCRIPT = /^\s*((?:(?:MR|MRS|MS|DR|SEN|REP|GOV|GEN|PROF)\.?\s+)?\p{Lu}[\p{Lu}'\u2019-]+(?:\s+\p{Lu}[\p{Lu}'\u2019-]+){0,3}(?:\s*\(\p{Lu}[\p{Lu}'\u2019-]+(?:,?\s+(?:Mc|Mac)?\p{Lu}[\p{Lu}'\u2019-]+){0,2}\)|\s*\(\p{Lu}\p{Ll}[\p{L}'\u2019-]*(?:,?\s+\p{Lu}[\p{L}'\u2019-]+){0,3}\))?|Q|A)\s*:\s+(?=\S)/u;
const NOT_SPEAKER_LABELS = new Set(['note', "editor's note", 'editor\u2019s note', 'update', 'updated', 'correction', 'photo', 'photos', 'video', 'file', 'watch',
  'read more', 'related', 'source', 'sources', 'breaking', 'exclusive', 'analysis', 'opinion', 'warning', 'live', 'timeline', 'factbox', 'background',
  'fact check', 'advertisement', 'by', 'caption', 'credit', 'disclaimer', 'summary', 'key points', 'what we know', 'q&a', 'faq', 'tl;dr', 'ps', 'ap', 'afp']);

/** "His rival ...", "A neighbour ...", "But the challenger ...": a sentence opening with a singular
 * person described, not named (determiner, up to three modifiers, a person noun, then a verb). */
const SUBJECT_DETS = new Set(['his', 'her', 'their', 'a', 'an', 'another', 'one', 'the']);

/** Token h (a lower-case word) is a person noun heading a description: one the lexicon knows, or one
 * it does not that "who" follows ("A paramedic who ...": the relative pronoun says it is a person). */
/** What someone may be the head of, right before "head" ("a district head", "the village head"). */
const HEAD_OF_WORDS = new Set(['district', 'village', 'department', 'household', 'family', 'school', 'clan', 'community', 'county', 'ward', 'state', 'team', 'section', 'unit', 'division']);
/** Token h is "head" after what someone is head of: a person ("A district head in the Dala area"). */
const headOfWord = (toks: Tok[], h: number) => toks[h]?.lo === 'head' && toks[h - 1]?.k === 'w' && !toks[h - 1]!.cap && toks[h - 1]!.sent === toks[h]!.sent && HEAD_OF_WORDS.has(toks[h - 1]!.lo);
function personHead(toks: Tok[], h: number): boolean {
  const t = toks[h]!;
  if (isGroupNoun(t.lo)) return false;
  const n = toks[h + 1];
  // (not "volunteer" before another word for a person, which heads the phrase: "A volunteer driver")
  if (isPersonNoun(t.lo)) return !(t.lo === 'volunteer' && n?.k === 'w' && !n.cap && n.sent === t.sent && isKnownPersonNoun(n.lo) && !isGroupNoun(n.lo));
  if (headOfWord(toks, h)) return true;
  return n?.lo === 'who' && n.sent === t.sent && !FUNCTION_WORDS.has(t.lo) && !isVerbish(t.lo);
}

/** Token h is a participle used as an adjective ("retired", "qualified", "leading") with a person
 * noun after it by token `last`, only other modifiers between ("A retired primary teacher"). */
function participleBeforePerson(toks: Tok[], h: number, last: number): boolean {
  const t = toks[h]!;
  if (!/[a-z]{3}(?:ed|ing)$/.test(t.lo) || SPEECH_VERBS.has(t.lo)) return false;
  for (let j = h + 1; j <= last; j++) {
    const n = toks[j];
    if (n?.k !== 'w' || n.sent !== t.sent || n.cap || n.poss || FUNCTION_WORDS.has(n.lo)) return false;
    if (personHead(toks, j)) return true;
    if (isVerbish(n.lo)) return false;
  }
  return false;
}

/** Words in a clause set off after an unnamed subject that say it is a source keeping its name out
 * ("who asked not to be named", "speaking on condition of anonymity"). */
const ANONYMITY = new Set(['anonymity', 'anonymously']);
const BE_HAVE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'has', 'had', 'have', "'s"]);
const UNNAMED_VERBS = new Set(['named', 'identified']);
const NOT_WORDS = new Set(['not', 'declined', 'refused', "n't"]);

/** The words from a to b say someone is kept unnamed ("who asked not to be named", "who spoke on
 * condition of anonymity"). */
function keptUnnamed(toks: Tok[], a: number, b: number): boolean {
  let not = false;
  for (let k = a; k < b; k++) {
    const lo = toks[k]!.lo;
    if (keepsUnnamed(lo, not)) return true;
    if (NOT_WORDS.has(lo)) not = true;
  }
  return false;
}
/** One word of such a clause, after a negation or not: "anonymity", or "named", "identified",
 * "name" after "not" ("declined to give her name"). */
const keepsUnnamed = (lo: string, not: boolean) => ANONYMITY.has(lo) || (not && (UNNAMED_VERBS.has(lo) || lo === 'name'));

/** Past a phrase opening the sentence at token i and set off by a comma ("At a clinic in Grantham,
 * a mother of three ..."): the token after the comma; i when there is none. */
function afterIntroPhrase(toks: Tok[], i: number): number {
  const first = toks[i];
  if (first?.k !== 'w' || !INTRO_WORDS.has(first.lo)) return i;
  for (let k = i + 1; k < toks.length && k - i <= 12 && toks[k]!.sent === first.sent; k++) {
    const t = toks[k]!;
    if (t.t === ',') return k + 1;
    if (t.k !== 'w' || (!t.cap && (strongSpeech(t) || (isVerbish(t.lo) && !isNounish(t.lo))))) return i;
  }
  return i;
}

/** The verb of saying a relative clause opening at token a ("who") runs on to, with only words
 * between (not one after an auxiliary or "to": "who asked not to be named said"), else -1. */
function verbAfterRelative(toks: Tok[], a: number, sent: number): number {
  let v = a + 2;
  while (v < toks.length && v - a < 20 && toks[v]!.k === 'w' && toks[v]!.sent === sent && !(strongSpeech(toks[v]) && !toks[v]!.cap && !AUXILIARIES.has(toks[v - 1]!.lo) && toks[v - 1]!.lo !== 'to')) v++;
  return toks[v]?.k === 'w' && toks[v]!.sent === sent && strongSpeech(toks[v]) ? v : -1;
}

/** The described person opening the sentence at token i (see SUBJECT_DETS), the determiner's
 * index, and what the clauses between it and its verb tell: past a phrase after the noun ("A parent
 * at the school"), a relative clause ("A senior officer who served two tours, ...") and up to two
 * clauses set off by commas ("..., who asked not to be named, said", "..., speaking on condition of
 * anonymity, was less sure"), whether one says the person is kept unnamed, and the gender a pronoun
 * there gives them. */
function describedPersonSubject(toks: Tok[], i: number): { det: number; head: number; anonymous: boolean; gender: Gender; restrictive?: boolean; introduced?: boolean; verb: number } | null {
  let k = afterIntroPhrase(toks, i);
  const sent = toks[i]!.sent;
  while (toks[k]?.k === 'w' && toks[k]!.sent === sent && INTRO_WORDS.has(toks[k]!.lo)) k++;
  if (toks[k]?.t === ',') k++;
  const d = toks[k];
  if (d?.k !== 'w' || d.sent !== sent || !SUBJECT_DETS.has(d.lo)) return null;
  // ("One of the complainants, a retired teacher ..., said": one of a group of people)
  // (or of someone's: "One of Mr Okoro’s former colleagues, who asked not to be named, said")
  let owner = k + 2;
  if (d.lo === 'one' && toks[k + 1]?.lo === 'of') while (owner < k + 5 && toks[owner]?.k === 'w' && toks[owner]!.cap && !toks[owner]!.poss && toks[owner]!.sent === sent) owner++;
  const ownerPoss = owner > k + 2 && !!toks[owner]?.poss && toks[owner]!.cap && toks[owner]!.sent === sent;
  const oneOf = d.lo === 'one' && toks[k + 1]?.lo === 'of' && (/^(?:the|his|her|their|its|our)$/.test(toks[k + 2]?.lo ?? '') || ownerPoss) && toks[k + 2]!.sent === sent;
  const from = ownerPoss ? owner + 1 : k + 3;
  for (let h = oneOf ? from : k + 1; h <= (oneOf ? from + 3 : k + 4); h++) {
    const t = toks[h];
    // (a nationality is a modifier: "One senior British official, speaking on condition of anonymity,";
    // so is a body's initials: "A senior UN official in Ambaru")
    if (t?.k !== 'w' || t.sent !== sent || (t.cap && !isDemonym(t.lo) && !isAcronym(t.t)) || t.poss) return null;
    if (personHead(toks, h) || (oneOf && t.lo !== singular(t.lo) && isPersonNoun(singular(t.lo)))) {
      let anonymous = false;
      let gender: Gender = null;
      let not = false;
      /** an appositive with "a" or "an" set off after the noun ("The skipper, a broad man in a yellow oilskin, ...") */
      let introduced = false;
      const read = (tk: Tok) => {
        if (tk.k !== 'w') return;
        if (keepsUnnamed(tk.lo, not)) anonymous = true;
        if (NOT_WORDS.has(tk.lo)) not = true;
        if (!gender && tk.lo === 'he') gender = 'm';
        else if (!gender && tk.lo === 'she') gender = 'f';
      };
      /** the comma closing a clause that opens at token a, or -1 */
      const clauseEnd = (a: number) => {
        let c = a;
        not = false;
        while (c < toks.length && c - a < 25 && toks[c]!.sent === sent && toks[c]!.t !== ',' && toks[c]!.k !== 'q') read(toks[c++]!);
        return toks[c]?.t === ',' && toks[c]!.sent === sent ? c : -1;
      };
      let a = h + 1;
      let ppPast = false;
      // a phrase after the noun ("A parent at the school", "A farmer in the valley"): no verb in it
      if (toks[a]?.k === 'w' && toks[a]!.sent === sent && POST_PREPS.has(toks[a]!.lo) && !toks[a]!.cap) {
        let c = a + 1;
        // (a participle modifying a noun counts among its words: "one of the blocking countries", "the
        // embassy concerned,")
        // (a word in -ing after a determiner, before a comma or a preposition, is a noun: "A
        // neighbour in one building, who ...", "... in one building on rue Oberkampf")
        const participleIn = (c: number) => /(?:ing|ed)$/.test(toks[c]!.lo) && c > a + 1 && (DETERMINERS.has(toks[c - 1]!.lo) ? (toks[c + 1]?.k === 'w' && !toks[c + 1]!.cap && toks[c + 1]!.sent === sent && !FUNCTION_WORDS.has(toks[c + 1]!.lo) && (!isVerbish(toks[c + 1]!.lo) || isNounish(toks[c + 1]!.lo))) || (/ing$/.test(toks[c]!.lo) && (toks[c + 1]?.t === ',' || POST_PREPS.has(toks[c + 1]?.lo ?? '')) && toks[c + 1]!.sent === sent) : toks[c + 1]?.t === ',' && toks[c - 1]!.k === 'w' && !FUNCTION_WORDS.has(toks[c - 1]!.lo) && (!isVerbish(toks[c - 1]!.lo) || isNounish(toks[c - 1]!.lo)));
        // (a little longer when it says how long they have served: "A baker with more than 20 years in the trade,")
        const reach = servedFor(toks, a) ? 9 : 6;
        while (c < toks.length && c - a <= reach && toks[c]!.k === 'w' && toks[c]!.sent === sent && toks[c]!.lo !== 'who' && (toks[c]!.cap || DETERMINERS.has(toks[c]!.lo) || !isVerbish(toks[c]!.lo) || isNounish(toks[c]!.lo) || participleIn(c) || (STREET_WORDS_BEFORE.has(toks[c]!.t) && !!toks[c + 1]?.cap)) && !(c > a + 1 && pastTenseAt(toks, c) && !participleIn(c)) && !(c > a + 1 && standingVerbAt(toks, c))) c++;
        if (toks[c]?.t === ',' || toks[c]?.lo === 'who' || (toks[c]?.k === 'w' && !toks[c]!.cap && toks[c]!.sent === sent && strongSpeech(toks[c]))) a = c;
        // (or a past tense right after the phrase: "A senior diplomat from a large coal-producing
        // country defended the language.")
        else if (c > a + 1 && pastTenseAt(toks, c)) { a = c; ppPast = true; }
        // (or any other verb there, which is what stopped the phrase: "A woman in the front row stood
        // up.", "A man in a yellow head-wrap stands up.")
        else if (c > a + 1 && standingVerbAt(toks, c)) a = c;
      }
      // a relative clause with no comma before it, then a comma ("A senior officer who served two tours in Kessel, ...")
      // ... or running on to a speech verb ("A man who asked not to be named said ...")
      if (toks[a]?.k === 'w' && toks[a]!.lo === 'who' && toks[a]!.sent === sent) {
        // (the clause runs on to the verb when one comes before any comma: "A teacher who asked not
        // to be named said she had paid Sh380,000")
        const v = verbAfterRelative(toks, a, sent);
        const c = v >= 0 ? -1 : clauseEnd(a + 1);
        if (c < 0) {
          if (v < 0) return null;
          not = false;
          for (let w = a + 1; w < v; w++) read(toks[w]!);
          // (one the clause does not keep unnamed is marked `restrictive`: "A witness who works nearby
          // said" is the subject of its sentence, and so who a pronoun just after may be, but no one a
          // pronoun further on must stop at - the speaker named after it may be meant)
          return { det: k, head: h, anonymous, gender, restrictive: !anonymous, verb: v };
        }
        a = c;
      }
      // (past clauses set off by commas: "Her son, who had waited since Monday, wept.", "..., speaking on condition of anonymity, ...")
      for (let n = 0; n < 2 && toks[a]?.t === ',' && toks[a + 1]?.sent === sent; n++) {
        if (/^\d{1,3}$/.test(toks[a + 1]!.t) && toks[a + 2]?.t === ',' && toks[a + 2]!.sent === sent) {
          a += 2;
          continue;
        }
        if (toks[a + 1]!.k !== 'w') break;
        // (a second relative clause joined by "and": "A pensioner who has lived there since 1974, and
        // who asked not to be named, said")
        if (toks[a + 1]!.lo === 'and' && toks[a + 2]?.lo === 'who' && toks[a + 2]!.sent === sent && a > h + 1) {
          const c = clauseEnd(a + 3);
          if (c < 0) break;
          a = c;
          continue;
        }
        const w = toks[a + 1]!.lo;
        // (... or an appositive describing them: "His quarterback, a transfer from Oakdale State, threw")
        // (... or their age: "His father, now 88, still walks the rows", "Her mother, 71, wept")
        const appositive = ((w === 'a' || w === 'an') && toks[a + 2]?.k === 'w' && !toks[a + 2]!.cap) || ((w === 'now' || w === 'aged') && /^\d{1,3}$/.test(toks[a + 2]?.t ?? ''));
        // (... or where they are: "A server at one of the closing locations, in Lac-Rivard, said")
        const where = /^(?:in|at|from|near)$/.test(w) && toks[a + 2]?.k === 'w' && toks[a + 2]!.cap;
        // (... or whose someone or something is: "One mother, whose son attends Greystone Primary, said")
        if (!(w === 'who' || w === 'whose' || appositive || where || (w.length > 5 && w.endsWith('ing') && isVerbish(w)))) break;
        const c = clauseEnd(a + 2);
        if (c < 0) break;
        if (w === 'a' || w === 'an') introduced = true;
        a = c;
      }
      if (toks[a]?.t === ',' && a > h + 1) a++;
      const v = toks[a];
      // (after an appositive "a ...", any word but a function word is the verb: "shrugs", "watches")
      const verbAfterAppositive = introduced && !!v && v.k === 'w' && !FUNCTION_WORDS.has(v.lo) && !DETERMINERS.has(v.lo);
      // (or a word in -s ending the clause, "Her husband shrugs.", which only a verb can be there)
      const lastWordVerb = !!v && ((/[^s]s$/.test(v.lo) && (toks[a + 1]?.t === '.' || toks[a + 1]?.t === ',') && toks[a + 1]!.sent === sent) || standingVerbAt(toks, a));
      // (or a past tense the lexicon does not list, right after the noun: "A senior diplomat defended
      // the language."; not "A man named Jo", "A woman aged 30")
      const pastAfterNoun = (a === h + 1 || ppPast) && pastTenseAt(toks, a);
      if (!(v && v.k === 'w' && !v.cap && v.sent === sent && (isVerbish(v.lo) || AUX_ADVERBS.has(v.lo) || verbAfterAppositive || lastWordVerb || pastAfterNoun) && !POST_PREPS.has(v.lo))) return null;
      // (a form of "be" or "have" as that verb: the sentence says what befell them or what they are,
      // "The driver, a man in his 40s, was arrested", not what they do)
      return { det: k, head: h, anonymous, gender, introduced: introduced && !BE_HAVE.has(v.lo), verb: a };
    }
    // (a participle describing the person is no verb: "A retired nurse", "A qualified electrician",
    // "A leading surgeon", when a person noun follows it)
    // (an ordinal counts them: "A third employee was blunter.")
    if (ORDINALS.test(t.lo)) continue;
    // (nor is a word naming the trade before a person's word: "A care assistant", "A support worker")
    // (only someone brought in as anyone: "The market manager" stays the role it names)
    if (FUNCTION_WORDS.has(t.lo) || (isVerbish(t.lo) && !participleBeforePerson(toks, h, k + 4) && !(INDEFINITE.has(toks[k]!.lo) && tradeBeforePerson(toks, h)))) return null;
  }
  return null;
}

/** "A statement has just landed from the organisers, the Sound of the Nations Trust, confirming “…”":
 * a statement's words are its issuer's, named after "from" before the participle at k+1; else null. */
function statementFrom(ctx: Ctx, sent: number, ms: LocalCue | null, k: number): LocalCue | null {
  const { toks } = ctx;
  if (!ms || !STATEMENT_NOUNS.has(ms.roleHead ?? '') || ms.at < 0) return null;
  for (let f = ms.at + 1; f < k && f - ms.at <= 5 && toks[f]!.sent === sent; f++) {
    if (toks[f]!.k !== 'w') return null;
    if (toks[f]!.lo !== 'from') continue;
    const issuer = refStartingAt(ctx, f + 1, sent);
    if (!issuer || !(issuer.ref === 'name' || issuer.ref === 'org' || issuer.ref === 'described')) return null;
    // (not a name set off after a phrase of someone else's: "from the neighbours of the couple, the
    // Johnsons,")
    if (issuer.ref === 'name' && issuer.mention >= 0 && toks.slice(f + 1, ctx.mentions[issuer.mention]!.i0).some((t) => t.k === 'w' && t.lo === 'of')) return null;
    // (a body's name with "of the" in it, maybe set off after what it is: "the organisers, the Sound
    // of the Nations Trust,"; not after a phrase of its own, "the neighbours of the couple, the
    // Johnsons,")
    let set = -1;
    if (issuer.ref === 'described' && toks[issuer.at + 1]?.t === ',' && !/ of /.test(issuer.text ?? '') && (isGroupNoun(issuer.roleHead ?? '') || ORG_HEADS.has(issuer.roleHead ?? ''))) {
      const a = toks[issuer.at + 2]?.lo === 'the' ? issuer.at + 3 : issuer.at + 2;
      set = ctx.mentions.findIndex((o) => o.i0 === a && o.sent === sent && !o.poss);
    }
    const mi = issuer.ref === 'name' ? issuer.mention : set;
    const m = mi >= 0 ? ctx.mentions[mi]! : null;
    // (not a person of a body: "Jane Smith of the Law Society")
    const rest = m && m.type !== 'person' && !m.personEvidence && toks[m.i1]?.lo === 'of' && toks[m.i1 + 1]?.lo === 'the' ? ctx.mentions.find((o) => o.i0 === m.i1 + 2 && o.type === 'org') : undefined;
    if (m && rest) return { ...NONE, ref: 'org', mention: -1, text: ctx.text.slice(m.start, rest.end), at: rest.i1 - 1 };
    if (m && set >= 0 && m.type === 'org') return { ...NONE, ref: 'org', mention: set, text: m.name, at: m.i1 - 1 };
    return issuer;
  }
  return null;
}

/** "The court heard he demanded methadone, shouting: ‘…’": after a subject that only heard or was
 * told (a court, a jury, an inquest), a participle after the comma at k belongs to the subject of
 * what it heard, a pronoun or a name opening the clause; else null. */
function heardSubject(ctx: Ctx, sent: number, ms: LocalCue | null, k: number): LocalCue | null {
  const { toks } = ctx;
  // (or jurors or magistrates, opening the sentence in capitals: "Jurors heard that Ketley ...")
  if (!ms || ms.ref === 'pronoun' || ms.at < 0 || (ms.ref === 'name' && !/^(?:jurors|magistrates)$/i.test(ms.text ?? ''))) return null;
  let h = ms.at + 1;
  if (/^(?:was|were|had|has|have)$/.test(toks[h]?.lo ?? '')) h++;
  const verb = toks[h];
  if (verb?.k !== 'w' || verb.sent !== sent || !(/^(?:heard|learned|learnt)$/.test(verb.lo) || (verb.lo === 'told' && h > ms.at + 1))) return null;
  let c = h + 1;
  if (toks[c]?.lo === 'that') c++;
  const t = toks[c];
  if (t?.k !== 'w' || t.sent !== sent || c >= k) return null;
  if (t.lo === 'he' || t.lo === 'she') return { ...NONE, ref: 'pronoun', gender: t.lo === 'he' ? 'm' : 'f', at: c, text: t.t };
  const mi = ctx.mentionAt[c] ?? -1;
  const m = mi >= 0 ? ctx.mentions[mi]! : null;
  if (m && m.i0 === c && !m.poss && m.type !== 'place' && m.type !== 'org' && m.i1 < k) return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name };
  return null;
}

/** Verbs of someone getting up or in to speak ("A woman in the front row stood up.", "... stands up.",
 * "... stepped forward."): what the story brings a new speaker in with. */
const STANDING_VERBS = new Set('stood stands rose rises stepped steps leaned leans interrupted interrupts piped pipes spoke speaks shouted shouts'.split(' '));
/** Token k is one of STANDING_VERBS, after a word that is no determiner. */
function standingVerbAt(toks: Tok[], k: number): boolean {
  const v = toks[k];
  if (v?.k !== 'w' || v.cap || !STANDING_VERBS.has(v.lo) || DETERMINERS.has(toks[k - 1]?.lo ?? '')) return false;
  // (not one who gets up to leave: "A woman in the front row stood up and walked out.")
  for (let x = k + 1; x < toks.length && toks[x]!.sent === v.sent; x++) if (/^(?:walked|walks|left|leaves|stormed|storms)$/.test(toks[x]!.lo)) return false;
  return true;
}

/** The gender of the pronoun that cues a quote in sentence `sent` ("“…,” he said."), else null. */
function pronounAfter(lqs: LocalQuote[], toks: Tok[], sent: number): Gender {
  for (const q of lqs) if (toks[q.qtok]?.sent === sent && q.cue.ref === 'pronoun') return q.cue.gender;
  return null;
}
/** Mention m is someone the story gives a gender other than `g` by their given name or title. */
function otherGenderThan(m: Mention, g: Gender): boolean {
  const mg = m.gender ?? nameGender(m.lower[0]!);
  return !!g && !!mg && mg !== g;
}
/** Token k is a past tense the lexicon may not list, a verb after its subject ("defended the
 * language"); not "named Jo", "aged 30". */
function pastTenseAt(toks: Tok[], k: number): boolean {
  const v = toks[k];
  const nx = toks[k + 1];
  const pv = toks[k - 1];
  // (not a participle after a determiner, which describes the noun after it: "the affected power stations")
  if (pv?.k === 'w' && (DETERMINERS.has(pv.lo) || QUANTIFIERS.has(pv.lo))) return false;
  return v?.k === 'w' && !v.cap && v.lo.length > 4 && /ed$/.test(v.lo) && nx?.k === 'w' && !nx.cap && nx.sent === v.sent && !/^\d/.test(nx.t) && !NAMING_PARTICIPLES.has(v.lo) && v.lo !== 'aged' && !POST_PREPS.has(nx.lo);
}

/** "A woman who fled with her two dogs said ...", "One reception teacher, who ..., said", "A train
 * driver who gave evidence, and who ..., said": a sentence (from token i, its first) opening with an
 * indefinite article and a few lower-case words up to a person noun, with a verb after it somewhere
 * in the sentence: someone new the story does not name. Their determiner and noun, and their gender
 * when the noun gives it, else 'x'; with `compound`, also a person noun after another ("A flood
 * management officer", not read so for sentIndefPerson); else null. */
function indefinitePersonAt(toks: Tok[], i: number, compound = false): { gender: 'm' | 'f' | 'x'; det: number; head: number } | null {
  let k = afterIntroPhrase(toks, i);
  const sent = toks[i]!.sent;
  while (toks[k]?.k === 'w' && toks[k]!.sent === sent && INTRO_WORDS.has(toks[k]!.lo)) k++;
  if (toks[k]?.t === ',') k++;
  const d = toks[k];
  if (d?.k !== 'w' || d.sent !== sent || !INDEFINITE.has(d.lo)) return null;
  for (let h = k + 1; h <= k + 4; h++) {
    const t = toks[h];
    // (an acronym may say what they do: "An IT manager at a logistics company", "An NHS nurse")
    if (t?.k === 'w' && t.sent === sent && /^[A-Z]{2,4}$/.test(t.t) && h < k + 4) continue;
    // (and so may the name of where they work, before the noun: "A Skyrill flight attendant based at
    // Bristol", "A Brightforge spokeswoman")
    if (t?.k === 'w' && t.sent === sent && t.cap && !t.poss && h < k + 4 && toks[h + 1]?.k === 'w' && toks[h + 1]!.sent === sent) continue;
    if (t?.k !== 'w' || t.sent !== sent || t.cap || t.poss) return null;
    if (personHead(toks, h) && !DOCUMENT_NOUNS.has(t.lo) && !ORG_HEADS.has(t.lo)) {
      // (a person noun modifying another noun is no person: "A police car", "One driver's van"; but
      // the person may be the noun after: "A flood management officer")
      const nx = toks[h + 1];
      if (compound && nx?.k === 'w' && nx.sent === sent && !nx.cap && h < k + 4 && personHead(toks, h + 1) && !FUNCTION_WORDS.has(nx.lo)) continue;
      // (a word the lexicon does not know, not in a verb's or an adverb's form, is a noun: "A fan
      // petition titled ...")
      if (nx?.k === 'w' && nx.sent === sent && !nx.cap && (isNounish(nx.lo) || (!lexTagsOf(nx.lo).length && !/(?:ed|ing|ly|s)$/.test(nx.lo) && !SPEECH_VERBS.has(nx.lo))) && !isVerbish(nx.lo) && !FUNCTION_WORDS.has(nx.lo)) return null;
      // (nor someone named right after, set off: "A neighbour, Joan Fife, said")
      if (nx?.t === ',' && toks[h + 2]?.k === 'w' && toks[h + 2]!.cap && toks[h + 2]!.sent === sent) return null;
      let verb = false;
      for (let v = h + 1; v < toks.length && toks[v]!.sent === sent; v++) if (toks[v]!.k === 'w' && !toks[v]!.cap && (strongSpeech(toks[v]) || isVerbish(toks[v]!.lo))) verb = true;
      if (!verb) return null;
      const g = NOUN_GENDER[t.lo] ?? ROLE_GENDER[t.lo] ?? null;
      return { gender: g ?? 'x', det: k, head: h };
    }
    // (an ordinal counts them: "A third employee was blunter.")
    if (ORDINALS.test(t.lo)) continue;
    // (a word that is also a verb may name the trade before a person's word: "A care assistant",
    // "A support worker")
    if (FUNCTION_WORDS.has(t.lo) || (isVerbish(t.lo) && !isNounish(t.lo) && !participleBeforePerson(toks, h, k + 4) && !tradeBeforePerson(toks, h, compound))) return null;
  }
  return null;
}
/** The first group of verbs after the subject's noun at `head`, past clauses set off by commas, a
 * relative clause's own verbs and an infinitive ("who asked not to be named said"): its first and
 * last token, or null. */
function mainVerbGroup(toks: Tok[], head: number): [number, number] | null {
  const sent = toks[head]!.sent;
  const verbLike = (t: Tok | undefined) => t?.k === 'w' && t.sent === sent && !t.cap && (isVerbish(t.lo) || BE_FORMS.has(t.lo) || /^(?:has|have|had)$/.test(t.lo));
  let relative = false;
  for (let j = head + 1; j < toks.length && toks[j]!.sent === sent; j++) {
    const t = toks[j]!;
    if (t.k === 'q') return null;
    if (t.t === ',' && toks[j + 1]?.k === 'w' && toks[j + 1]!.sent === sent && !toks[j + 1]!.cap) {
      let c = j + 1;
      while (c < toks.length && toks[c]!.sent === sent && toks[c]!.t !== ',') c++;
      j = c;
      continue;
    }
    if (t.lo === 'who' || t.lo === 'that') {
      relative = true;
      continue;
    }
    if (!verbLike(t)) continue;
    let e = j;
    while (e < j + 3 && (verbLike(toks[e + 1]) || (toks[e + 1]?.sent === sent && isAdv(toks[e + 1]!)))) e++;
    if (relative || toks[j - 1]?.lo === 'to') {
      relative = false;
      j = e;
      continue;
    }
    return [j, e];
  }
  return null;
}
/** The sentence's verb after the subject's noun at `head` is a passive ("A 19-year-old woman has been
 * arrested.", "A lorry driver who had been travelling north was arrested."); not an adjective made of a
 * participle ("was unmoved", "was unsurprised"). */
function mainVerbPassive(toks: Tok[], head: number): boolean {
  const g = mainVerbGroup(toks, head);
  if (!g) return false;
  for (let v = g[0]; v <= g[1]; v++) if (passiveAt(toks, v) && !toks[v]!.lo.startsWith('un')) return true;
  return false;
}
/** The sentence's verb after the subject's noun at `head` tells how they took something: a reaction
 * ("wept", "shook his head", "joins in") or "be" and a word for a mood ("was philosophical", "was less
 * optimistic", "was unmoved"); not a state a victim is in ("is due before magistrates", "was lying in
 * the road", "remains in custody"). */
function mainVerbReacts(toks: Tok[], head: number): boolean {
  const g = mainVerbGroup(toks, head);
  if (!g) return false;
  const v = toks[g[0]]!;
  if (REACTION_VERBS.has(v.lo)) return true;
  if (!BE_FORMS.has(v.lo)) return false;
  let k = g[0] + 1;
  while (toks[k]?.k === 'w' && toks[k]!.sent === v.sent && /^(?:less|more|far|much|rather|very|not|also|quite|even|no)$/.test(toks[k]!.lo)) k++;
  const w = toks[k];
  if (w?.k !== 'w' || w.cap || w.sent !== v.sent || FUNCTION_WORDS.has(w.lo) || DETERMINERS.has(w.lo) || VICTIM_STATES.has(w.lo) || /ing$/.test(w.lo)) return false;
  return !/(?:ed|en)$/.test(w.lo) || w.lo.startsWith('un');
}
/** Words that keep a source unnamed, read over a sentence's words in lower case. */
const KEPT_UNNAMED = /\b(?:not to be (?:named|identified)|declined to give (?:her|his|their) (?:full )?names?|condition of anonymity|requested anonymity|requesting anonymity|not want(?:ed)? to be (?:named|identified)|not want(?:ed)? to give (?:her|his|their) names?|not authori[sz]ed to (?:speak|comment|brief))\b/;
const REACTION_VERBS = new Set('wept weeps laughed laughs smiled smiles shrugged shrugs nodded nods sighed sighs shook shakes frowned frowns grinned grins winced winces scoffed scoffs beamed beams hesitated hesitates paused pauses joins joined interjected chimed agreed agrees disagreed disagrees'.split(' '));
const VICTIM_STATES = new Set('due dead critical stable missing unconscious alive unhurt safe fine ill sick'.split(' '));
const ORDINALS = /^(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$/;
/** Token h, a word that may be a verb, names a trade before a person's word right after it ("A care
 * assistant", "A support worker"). */
function tradeBeforePerson(toks: Tok[], h: number, compound = false): boolean {
  const nx = toks[h + 1];
  if (nx?.k !== 'w' || nx.cap || nx.sent !== toks[h]!.sent) return false;
  if (personHead(toks, h + 1)) return true;
  if (!compound) return false;
  // (or with one more word of the trade between: "A regional flood management officer")
  const n2 = toks[h + 2];
  return !FUNCTION_WORDS.has(nx.lo) && !isVerbish(nx.lo) && n2?.k === 'w' && !n2.cap && n2.sent === nx.sent && personHead(toks, h + 2);
}

/** Nouns for a person that give the gender (besides ROLE_GENDER's). */
const NOUN_GENDER: Record<string, 'm' | 'f'> = {
  man: 'm', woman: 'f', boy: 'm', girl: 'f', gentleman: 'm', lady: 'f', grandfather: 'm', grandmother: 'f', mum: 'f', mom: 'f', dad: 'm',
  uncle: 'm', aunt: 'f', nephew: 'm', niece: 'f', schoolboy: 'm', schoolgirl: 'f', policeman: 'm', policewoman: 'f', fiancee: 'f', boyfriend: 'm', girlfriend: 'f',
};
/** "Its spokeswoman, Adaeze Nwosu,", "His wife, Ama Owusu,", "Ama Owusu, a mother of three,": the
 * gender a person noun set off right before or right after a name gives its bearer, else null. */
function setOffGender(toks: Tok[], m: Mention): Gender {
  const sent = toks[m.i0]!.sent;
  const before = toks[m.i0 - 2];
  if (toks[m.i0 - 1]?.t === ',' && before?.k === 'w' && !before.cap && !before.poss && before.sent === sent) {
    const g = NOUN_GENDER[before.lo] ?? ROLE_GENDER[before.lo];
    if (g) return g;
  }
  // ("His wife, the architect Lieke van Dam,": past "the" and a role of their own to the word set off
  // before them)
  {
    let b = m.i0 - 1;
    while (b > m.i0 - 4 && toks[b]?.k === 'w' && !toks[b]!.cap && toks[b]!.sent === sent && (isPersonNoun(toks[b]!.lo) || ROLE_NOUNS.has(toks[b]!.lo))) b--;
    if (toks[b]?.lo === 'the' && toks[b - 1]?.t === ',' && toks[b - 2]?.k === 'w' && !toks[b - 2]!.cap && toks[b - 2]!.sent === sent) {
      const g = NOUN_GENDER[toks[b - 2]!.lo] ?? ROLE_GENDER[toks[b - 2]!.lo];
      if (g) return g;
    }
  }
  // ("Meher Kulkarni, who kept her speech short,": a possessive or a reflexive in the relative clause
  // set off after the name, with no one else named in it)
  if (toks[m.i1]?.t === ',' && toks[m.i1 + 1]?.lo === 'who' && toks[m.i1 + 1]!.sent === sent) {
    let g: Gender = null;
    for (let k = m.i1 + 2; k < m.i1 + 12; k++) {
      const t = toks[k];
      if (!t || t.sent !== sent || t.k === 'q' || t.t === ',' || t.t === '.') break;
      if (t.k !== 'w') continue;
      // (no one else in the clause: "who has worked with him since his first mixtape")
      if (t.cap || t.lo === 'him' || t.lo === 'them') return null;
      const nx = toks[k + 1];
      // (a thing of their own: "kept her speech short", "her own"; not "drove her home", "heard her
      // screams", another's)
      const own = (t.lo === 'his' || t.lo === 'her') && nx?.k === 'w' && nx.sent === sent && OWN_THINGS.has(nx.lo);
      const gk: Gender = t.lo === 'himself' || (own && t.lo === 'his') ? 'm' : t.lo === 'herself' || (own && t.lo === 'her') ? 'f' : null;
      if (gk && g && gk !== g) return null;
      if (gk) g = gk;
    }
    if (g) return g;
  }
  const det = toks[m.i1 + 1];
  // (not after "his" or "her", which may start the next of a list: "Oyelaran, her husband, Dario,
  // and their sons")
  if (toks[m.i1]?.t !== ',' || det?.k !== 'w' || det.sent !== sent || !(/^(?:a|an|the|its)$/.test(det.lo) || (det.poss && det.cap))) return null;
  // (up to the description's head: "a retired policewoman", not "a friend of his mother")
  for (let h = m.i1 + 2; h < m.i1 + 6; h++) {
    const t = toks[h];
    if (t?.k !== 'w' || t.sent !== sent) break;
    if (t.poss) continue;
    const g = NOUN_GENDER[t.lo] ?? ROLE_GENDER[t.lo];
    // (nor one set off before a name of its own: "Ann Park, the widow, Joan Lee")
    if (g) return toks[h + 1]?.t === ',' && toks[h + 2]?.k === 'w' && toks[h + 2]!.cap ? null : g;
    if (FUNCTION_WORDS.has(t.lo) || PREPOSITIONS.has(t.lo) || isPersonNoun(t.lo)) break;
  }
  return null;
}
/** What a person has of their own, after "his" or "her" in a clause about them. */
const OWN_THINGS = new Set(['own', 'speech', 'career', 'life', 'job', 'seat', 'campaign', 'debut', 'term', 'husband', 'wife', 'partner', 'sons', 'daughters', 'children', 'name', 'book', 'novel', 'album', 'film']);
/** The gender a sentence gives its opening name by what it says of them next, when no one else is
 * in reach: "Kelechi Obi does not watch replays of his own goals." (his own, himself), or "...
 * He watches the misses." opening the next sentence of a sentence with no other person in it. */
function narrativeGender(toks: Tok[], m: Mention, mentions: Mention[], dateline: number): Gender {
  const sent = toks[m.n0]!.sent;
  // (the story's first words after a dateline: "LAGOS, Nigeria — Chidi Okonkwo-Bello does not ...")
  // (or after an opening phrase: "On a wet morning in Llanfeuno, Rhodri Pengelly knocks on his ...")
  if (m.poss || (toks[m.i0 - 1]?.sent === sent && toks[m.i0 - 1]!.e > dateline && !(m.subj && toks[m.i0 - 1]!.t === ','))) return null;
  let h = m.i1;
  let reported = false;
  for (; h < toks.length && toks[h]!.sent === sent; h++) {
    const t = toks[h]!;
    if (t.k === 'q' || mentions.some((o) => o !== m && o.i0 === h)) return null;
    if (t.k !== 'w') continue;
    // ("his" is never an object: "Rhodri Pengelly knocks on his forty-third door" is a man's, when
    // the name is what the sentence is about, before any clause it reports — "Carys Morgan-Hughes
    // said his words were ..." is not; "her" may be an object: "Morrow pressed her on ...")
    if (SPEECH_VERBS.has(t.lo) || t.lo === 'that') reported = true;
    // (not when the sentence also says "her", "she": "Since then, Kerry Doyle has run his herd alone,
    // with help from her cousin" — the herd was someone else's)
    if (t.lo === 'his' || t.lo === 'her') return toks[h + 1]?.lo === 'own' || (t.lo === 'his' && m.subj && !reported && !m.lower.every(isTitleTok) && !toks.some((o) => o.sent === sent && o.k === 'w' && /^(?:she|her|hers|herself)$/.test(o.lo))) ? (t.lo === 'his' ? 'm' : 'f') : null;
    if (t.lo === 'himself' || t.lo === 'herself') return t.lo === 'himself' ? 'm' : 'f';
    // (someone else the sentence speaks of may be the next "she": "Obi lost his mother in 2010. She
    // was 54.", "Morrow pressed her on her own party's record.")
    if (isPersonNoun(t.lo) || ROLE_NOUNS.has(t.lo) || t.lo === 'he' || t.lo === 'she' || t.lo === 'him' || t.lo === 'they') return null;
  }
  const next = toks[h];
  if (next?.k !== 'w' || next.sent !== sent + 1 || !next.cap) return null;
  return next.lo === 'he' ? 'm' : next.lo === 'she' ? 'f' : null;
}
/** The gender of the person describedPersonSubject found, when its noun gives one. */
function personSubjectGender(toks: Tok[], i: number): Gender {
  const sent = toks[i]!.sent;
  for (let h = i; h < toks.length && h <= i + 8 && toks[h]!.sent === sent && toks[h]!.k === 'w'; h++) {
    const lo = toks[h]!.lo;
    if (isPersonNoun(lo) && !isGroupNoun(lo) && !toks[h]!.poss) return NOUN_GENDER[lo] ?? ROLE_GENDER[lo] ?? null;
  }
  return null;
}

const BRAND_VERBS = new Set(['tweet', 'tweets', 'tweeted', 'tweeting']);

/** "Q. Why Leeds?", "A. Because ...", "Question: ...", "Answer: ...": the other ways to write a Q/A
 * turn ("A." not before another initial: "A. J. Ayer wrote ...") */
const QA_DOT = /^\s*(Q|A)\.\s+(?!\p{Lu}\.)(?=\S)/u;
const QA_WORD = /^\s*(Question|Answer|QUESTION|ANSWER)\s*:\s+(?=\S)/;

const MIXED_LABEL = /^\s*((?:\p{Lu}[\p{L}'\u2019.-]*\s+){0,2}\p{Lu}[\p{L}'\u2019-]*)\s*:\s+(?=\p{Lu})/u;
/** "Mayor Holt: I haven't decided.", "Reporter: Will you stand again?": a turn labelled in mixed
 * case, only when the label says person (a title or honorific before a name, or one person noun
 * such as "Reporter"); "Arsenal: Raya, Saliba ..." or "Paris: ..." are not turns. A person noun
 * label comes back lower-cased (a description, not a name). */
/** A word of two halves joined by a hyphen that are not both roles ("nassar-lindqvist", not
 * "player-coach"): a double-barrelled surname, whatever suffix makes it look like a person noun. */
function doubleBarrelledName(lo: string): boolean {
  return lo.includes('-') && !lo.split('-').every((w) => ROLE_NOUNS.has(w));
}
function mixedCaseTurn(text: string): { label: string; rest: number } | null {
  const m = MIXED_LABEL.exec(text);
  if (!m) return null;
  const words = m[1]!.split(/\s+/);
  const lo = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
  if (NOT_SPEAKER_LABELS.has(lo.join(' ')) || (text.slice(m[0].length).match(/,/g)?.length ?? 0) >= 3) return null;
  if (words.length >= 2 && (TITLE_WORDS.has(lo[0]!) || MALE_HON.has(lo[0]!) || FEMALE_HON.has(lo[0]!)) && !lo.slice(1).some((w) => TITLE_WORDS.has(w) || isCommonWord(w))) return { label: m[1]!, rest: m[0].length };
  // (a word in capitals that only ends like a person noun is a surname: "OKAFOR:", not "okafor")
  // (nor a double-barrelled one, "NASSAR-LINDQVIST:")
  const caps = /^[\p{Lu}'\u2019-]+$/u.test(words[0]!);
  if (words.length === 1 && isPersonNoun(lo[0]!) && !isGroupNoun(lo[0]!) && !isFirstName(lo[0]!) && !(caps && doubleBarrelledName(lo[0]!)) && (isKnownPersonNoun(lo[0]!) || !caps)) return { label: lo[0]!, rest: m[0].length };
  return null;
}

/** A label and its colon, then an opening quotation mark: a turn whose words are in quotes
 * ('KELL: "Yes."', 'QUESTION: “Is she fit?”'). */
const QUOTED_TURN = /^\s*[^:"\u201c\u201e\u00ab]{1,60}:\s*(["\u201c\u201e\u00ab])/u;

/** A label in capitals opening a paragraph ("MEHROTRA: ", "SEN. NWOSU: "): a cheap first look for
 * TRANSCRIPT's label in a paragraph with quotation marks. */
const CAPS_LABEL = /^\s*\p{Lu}[\p{Lu}\p{M} .'\u2019-]{0,40}:\s/u;
/** The paragraph opening with a speaker's label (see TRANSCRIPT): the label, where the words after
 * it start and, for a turn in quotation marks, `quoted` (its quotes are read as any paragraph's;
 * `embedded` when the turn's own words are not in marks and only a quote inside them is). */
function transcriptTurn(text: string): { label: string; rest: number; quoted?: boolean; embedded?: boolean } | null {
  const open = QUOTED_TURN.exec(text);
  if (open) {
    // read the label as if the mark were not there; the quotes are found by scanQuotes
    const at = open[0].length - 1;
    const turn = unquotedTurn(text.slice(0, at) + text.slice(at + 1), text);
    return turn && turn.rest === at ? { ...turn, quoted: true } : null;
  }
  // ("MEHROTRA: With respect, ... Our message to him is simple: “Talk to us.”": a turn with a quote
  // inside it, read as the turn it is; the quote's own cue first, else the turn's speaker's)
  if (DOUBLE_MARK.test(text)) {
    if (!CAPS_LABEL.test(text)) return null;
    const turn = unquotedTurn(text);
    return turn && turn.label === turn.label.toUpperCase() && !DOUBLE_MARK.test(text.slice(turn.rest, turn.rest + 1)) ? { ...turn, quoted: true, embedded: true } : null;
  }
  return unquotedTurn(text);
}

/** `quoted`: the paragraph as written, for a turn in quotation marks (`text` has its first mark
 * taken out). */
function unquotedTurn(text: string, quoted?: string): { label: string; rest: number } | null {
  const qa = QA_DOT.exec(text) ?? QA_WORD.exec(text);
  if (qa && (qa[1]![0] !== 'Q' || /\?\P{L}*$/u.test(text))) return { label: qa[1]![0]!, rest: qa[0].length };
  const mixed = mixedCaseTurn(text);
  if (mixed) return mixed;
  const m = TRANSCRIPT.exec(text);
  if (!m) return null;
  const label = m[1]!;
  const lo = label.toLowerCase();
  if (bracketedName(lo) === null) return null;
  // (a name in brackets as written, "CALLER (Steve, Arnold):", only before words in quotation marks)
  if (/\(\p{Lu}\p{Ll}/u.test(label) && quoted === undefined) return null;
  if (NOT_SPEAKER_LABELS.has(lo) || (isPlaceWord(lo) && !isFirstName(lo.split(/\s+/)[0]!) && !(quoted !== undefined && onlyQuotesAfter(quoted, m[0].length)))) return null;
  if (quoted === undefined && datelineEnd(text) >= 0) return null;
  return { label, rest: m[0].length };
}

/** Which side of a label's brackets holds the speaker's name: 'inside' for a name in brackets after
 * a role ("caller (pauline)", "presenter (david ashworth)"), 'before' for a full name before a role in
 * them ("graham pellew (chief financial officer)"); null for neither, no turn at all (a dateline's
 * agency or an editor's note: "washington (ap)", "breaking (updated)"); undefined without brackets.
 * With the side, the role before the brackets when it is one word ("caller"), else ''.
 * `lo`: the label in lower case. */
function bracketedName(lo: string): { side: 'inside' | 'before'; role: string } | null | undefined {
  const bracket = /^([^(]*?)\s*\(([^)]*)\)$/.exec(lo);
  if (!bracket) return undefined;
  const [, before, inside] = bracket as unknown as [string, string, string];
  // (the role the label gives before the brackets, when it is one word: "caller")
  const inside1 = { side: 'inside' as const, role: /\s/.test(before) ? '' : before };
  // (maybe with where they are from: "CALLER (Steve, Arnold)")
  if (isFirstName(inside.split(/[\s,]+/)[0]!)) return inside1;
  // (or a title and a name, or a given name alone, after a role: "CHAIR (Cllr Isla Ferguson-Obi)",
  // "OFFICER (Mr Lennox)"; not "CALLER (CARDIFF)", "CALLER (ANONYMOUS)")
  const inWords = inside.split(/[\s,]+/).filter(Boolean);
  const role = before.split(/\s+/);
  if (role.length === 1 && (ROLE_NOUNS.has(role[0]!) || isKnownPersonNoun(role[0]!) || role[0] === 'caller') && inWords.length >= 1 && inWords.length <= 4 && !inWords.some((w) => ROLE_NOUNS.has(w) && !TITLE_WORDS.has(w)) && (inWords.length === 1 ? isFirstName(inWords[0]!) : TITLE_WORDS.has(inWords[0]!.replace(/\.$/, '')) || isFirstName(inWords[0]!))) return inside1;
  // (or any one word after "caller" that is no place and no word for keeping them unnamed: "CALLER
  // (PRECIOUS)", a given name the lexicon knows as a word)
  if (role.length === 1 && role[0] === 'caller' && inWords.length === 1 && !isPlaceWord(inWords[0]!) && !isDemonym(inWords[0]!) && !/^(?:anonymous|unnamed|withheld|unknown|male|female|man|woman|private|number|line)$/.test(inWords[0]!)) return inside1;
  // (or a name of two or three words nothing else in the lexicon, after a role or a broadcast's own
  // word for one: "HOST (Declan Moriarty)", "PRESENTER (Ngozi Achebe-Lund)")
  const labelRole = role.length === 1 && (ROLE_NOUNS.has(role[0]!) || isKnownPersonNoun(role[0]!) || BROADCAST_ROLES.has(role[0]!));
  // (words the lexicon knows for anything else are no name: "HOST (Radio Clyde)", "QUESTIONER (Floor
  // Microphone)", "INTERVIEWER (Simultaneous Translation)")
  if (labelRole && inWords.length >= 2 && inWords.length <= 3 && inWords.every((w) => isFirstName(w) || !lexTagsOf(w).length) && !inWords.some((w) => ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || FUNCTION_WORDS.has(w) || isPlaceWord(w) || isOrgWord(w) || isCommonWord(w) || /^(?:radio|tv|fm|news|times|post|review|channel|studio|floor|translation|microphone|audience)$/.test(w))) return inside1;
  // (or a name of two words with where they work after a comma: "ANALYST (Rune Haugland,
  // Skagerrak Capital)")
  // (not a firm and where it is: "ANALYST (Goldman Sachs, New York)", "(Hargreaves Lansdown, Bristol)")
  const [head0, ...rest] = inside.split(',');
  const nameHead = head0!.trim().split(/\s+/).filter(Boolean);
  const where = rest.join(',').trim();
  if (role.length === 1 && (ROLE_NOUNS.has(role[0]!) || isKnownPersonNoun(role[0]!) || role[0] === 'caller') && where && !isPlaceWord(where) && !where.split(/\s+/).some((w) => isPlaceWord(w)) && nameHead.length === 2 && !nameHead.some((w) => ROLE_NOUNS.has(w) || TITLE_WORDS.has(w) || FUNCTION_WORDS.has(w) || isPlaceWord(w) || isOrgWord(w) || isCommonWord(w))) return inside1;
  // (or a phone-in caller's given name and where they call from: "CALLER (JEAN, GATESHEAD)")
  // (a word that is a given name, or one the lexicon knows nothing of or only as a noun, "JEAN": not
  // "ANON", "EMAIL", "IRATE", "LOCAL", "SELF-EMPLOYED", "HULL")
  const given = (w: string) => isFirstName(w) || (/^\p{L}{3,}$/u.test(w) && lexTagsOf(w).every((t) => t === 'Noun') && (lexTagsOf(w).length > 0 || !isCommonWord(w)) && !isPlaceWord(w) && !isOrgWord(w) && !ROLE_NOUNS.has(w) && !TITLE_WORDS.has(w) && !FUNCTION_WORDS.has(w) && !/^(?:anon|anonymous|unnamed|withheld|unknown|email|text|gp|regular|local|private|caller|listener|viewer|reader|texter)$/.test(w));
  if (role.length === 1 && /^(?:caller|listener|viewer|reader|texter)$/.test(role[0]!) && nameHead.length === 1 && where && !/\s/.test(where) && given(nameHead[0]!)) return inside1;
  return before.split(/\s+/).length >= 2 && !isPlaceWord(before) && inside.split(/\s+/).some((w) => TITLE_WORDS.has(w) || ROLE_NOUNS.has(w) || isKnownPersonNoun(w)) ? { side: 'before', role: '' } : null;
}

/** "I told them, “…”", "as I said, “…”" (`who` 'i', 'we'); "You’ve said the sector is “…”"
 * ('you'): the quote's sentence has one of `who` speaking it, right before it. */
function pronounSaid(toks: Tok[], qtok: number, who: readonly string[]): boolean {
  const sent = toks[qtok]!.sent;
  const is = (t: Tok | undefined) => !!t && t.k === 'w' && who.some((w) => t.lo === w || t.lo.startsWith(`${w}'`) || t.lo.startsWith(`${w}\u2019`));
  for (let j = qtok - 1; j >= 0 && qtok - j <= 8 && toks[j]!.sent === sent; j--) {
    const t = toks[j]!;
    if (t.k === 'q') return false;
    // (the verb of saying nearest the quote decides: "I told the inquiry a deckhand shouted, “…”" is
    // the deckhand's)
    if (t.k === 'w' && isSpeechVerb(t)) return is(toks[j - 1]) || ((AUX_ADVERBS.has(toks[j - 1]?.lo ?? '') || AUXILIARIES.has(toks[j - 1]?.lo ?? '')) && is(toks[j - 2]));
  }
  return false;
}

/** The words after a label read as a story's opening, not as someone's turn: a long sentence with
 * no "I", "we" or "you" in it ("COLVANA: The no-confidence motion against Chief Minister ... will
 * be put to vote on Saturday, the Speaker's office confirmed."). */
function narrativeAfter(text: string, from: number): boolean {
  const rest = text.slice(from);
  const words = rest.match(/\p{L}+/gu) ?? [];
  return words.length >= 15 && /^\s*\p{Lu}/u.test(rest) && !FIRST_SECOND_PERSON.test(rest) && !/\b(?:mine|ours|yours)\b/i.test(rest);
}

/** Nothing but quotation marks and their words after position `from` ('ASHCROFT: “…” “…”'): a place
 * in capitals before them is a surname labelling a turn, where 'NEW DELHI: “…,” the minister said.'
 * is a dateline. */
function onlyQuotesAfter(text: string, from: number): boolean {
  let rest = text.slice(from);
  for (const q of scanQuotes(rest).reverse()) rest = rest.slice(0, q.openStart) + rest.slice(q.closeEnd);
  return !/\p{L}/u.test(rest);
}

/** A wire dateline opening the paragraph ("GENEVA, March 4 —", "KAMPALA, Uganda (Wire) —", "ON THE
 * ZELENA BALKA FRONT, Dravia —", "NAKURU, Kenya, June 18 (Wire) -"): a place in capitals, then a place
 * or a date and an agency, or both a place and a date and then the agency (so "TOM REID, 54, lost
 * everything - ..." and "NASA, ESA, and JAXA - ..." are no datelines), then a dash. Its names are
 * not speakers. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}'\u2019.-]+(?:\s+\p{Lu}[\p{Lu}'\u2019.-]+){0,5}(?:(?:,\s*[\p{L}\p{N}. ]{1,30}?)?\s*(?:\([^)]{1,30}\)\s*)?|(?:,\s*[\p{L}\p{N}. ]{1,30}?){2}\s*\([^)]{1,30}\)\s*)(?:\u2014|\u2013|--|-)\s/u;
/** ... or a live page's time stamp ("14:02 —", "09:14 GMT —", "9.40am -"): what comes after it is the
 * entry's first sentence */
const TIME_STAMP = /^\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:\p{Lu}{2,5}\s*)?(?:\u2014|\u2013|--|-)\s/u;
/** ... or a place in capitals and a colon, as Indian and Pakistani papers write it ("NEW DELHI:",
 * "CHENNAI:"): only a place the lexicon knows, so that "SMITH:" stays a speaker's turn */
const COLON_DATELINE = /^\s*(\p{Lu}[\p{Lu}'\u2019.-]+(?:\s+\p{Lu}[\p{Lu}'\u2019.-]+){0,2})\s*:\s/u;
function datelineEnd(text: string): number {
  const m = DATELINE.exec(text) ?? TIME_STAMP.exec(text);
  if (m) return m[0].length;
  const c = COLON_DATELINE.exec(text);
  // (or one the lexicon does not know, when a story's opening sentence follows it: "RAVIPUR: The
  // State Housing Regulatory Authority has ordered ...")
  return c && ((isPlaceWord(c[1]!.toLowerCase()) && !isFirstName(c[1]!.toLowerCase().split(/\s+/)[0]!)) || (!DOUBLE_MARK.test(text.slice(0, 1)) && narrativeAfter(text, c[0].length))) ? c[0].length : -1;
}

/** A byline ("By Folake Adeyemi", "By Hannah Mercer, Local Democracy Reporter", "By Ana Ruiz and
 * Tom Bell"): the paragraph names the story's writer, who is no one in the story; not a sentence
 * that opens with "By" ("By Wednesday morning the queue stretched ..."). */
export function isByline(text: string): boolean {
  const m = /^By\s+(\p{Lu}[\p{L}'\u2019.-]*)\s+\p{Lu}[^.!?;"\u201c\u201d\u2018]*$/u.exec(text.trim());
  return !!m && text.length <= 100 && !isDateWord(m[1]!.toLowerCase());
}

function isHeadlineLike(text: string): boolean {
  const t = text.trim().replace(/["'\u2018\u2019\u201c\u201d)\]]+$/, '');
  if (!/\p{L}/u.test(t) || /[.!?\u2026:;,]$/.test(t)) return false;
  return t.split(/\s+/).length <= 20;
}

const APPOSITIVE_DETS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);
const APPOSITIVE_STOPS = new Set(['of', 'for', 'at', 'in', 'from', 'to', 'with', 'on', 'who', 'whose', 'which', 'and']);
/** The head of a role phrase ("the school's head teacher", "an analyst at Nordea", "the former
 * chairman of the board"): the last role noun before a preposition or clause, possessives skipped. */
function roleHeadIn(toks: Tok[], a: number, b: number): string | null {
  let head: string | null = null;
  for (let k = a; k <= b; k++) {
    const t = toks[k]!;
    if (t.k !== 'w') return null;
    // (not "of" inside a name in capitals: "The Concord of Nations' special envoy")
    if (APPOSITIVE_STOPS.has(t.lo) && !(t.lo === 'of' && toks[k - 1]?.cap && toks[k + 1]?.cap && k > a)) break;
    // (a possessive is a noun, whatever else it may be: "The state’s water resources minister")
    if (!t.poss && (SPEECH_VERBS.has(t.lo) || AUXILIARIES.has(t.lo))) return null;
    if (!t.cap && !t.poss && (ROLE_NOUNS.has(t.lo) || (isPersonNoun(t.lo) && !isGroupNoun(t.lo)))) head = t.lo;
    // ("the Minister for Health, Deirdre Ó Fionnáin,": a title in capitals)
    else if (t.cap && !t.poss && ROLE_NOUNS.has(t.lo) && TITLE_WORDS.has(t.lo)) head = t.lo;
  }
  return head;
}
/** The capitalised words of a role phrase ("the mayor of Leeds": Leeds), the name's affiliation. */
function affiliationIn(toks: Tok[], a: number, b: number): string | null {
  const words: string[] = [];
  for (let k = a; k <= b; k++)
    if (toks[k]!.k === 'w' && toks[k]!.cap && toks[k]!.sent === toks[a]!.sent && !(k === a && DETERMINERS.has(toks[k]!.lo))) words.push(toks[k]!.t);
  return words.length ? words.join(' ') : null;
}

/** Role nouns a company, team or body is given as readily as a person. */
const FIRM_ROLES = new Set(['developer', 'owner', 'founder', 'manager', 'host', 'rival', 'challenger', 'incumbent', 'opponent', 'supporter', 'critic', 'contender', 'frontrunner', 'front-runner', 'star', 'chair', 'officeholder', 'consultant', 'counsel', 'director', 'executive']);
/** A role set off by commas right before or after a name is that person's role ("The school's head
 * teacher, Martin Cole, said", "Dennis Okoro, a lawyer for the home, said"): kept with the name's
 * title words, so "the head teacher" later is Cole. Before the name, the role phrase opens the
 * sentence or follows a comma or a speech verb ("along with the mayor, Ann Lee" is no role of hers). */
function appositiveRole(toks: Tok[], m: Mention): void {
  if (m.type === 'place' || m.type === 'org' || m.poss || (m.type === 'unknown' && m.tokens.length < 2)) return;
  const sent = m.sent;
  let head: string | null = null;
  let aff: string | null = null;
  let c = m.i0 - 1;
  // (past a description of the person's own right before the name: "The moderator, veteran
  // broadcaster Sunita Bhargava,")
  {
    let o = c;
    while (o > c - 3 && toks[o]?.k === 'w' && !toks[o]!.cap && toks[o]!.sent === sent && !FUNCTION_WORDS.has(toks[o]!.lo)) o--;
    // (and past "the" and a nationality: "The festival's jury president, the German actor Helmut
    // Vossberg,")
    if (o < c && toks[o]?.k === 'w' && toks[o]!.cap && isDemonym(toks[o]!.lo) && toks[o]!.sent === sent) o--;
    if (o < c && o < c - 1 && (toks[o]?.lo === 'the' || toks[o]?.lo === 'a') && toks[o - 1]?.t === ',' && toks[o]!.sent === sent) o--;
    if (o < c && toks[o]?.t === ',') c = o;
  }
  if (toks[c]?.t === ',' && toks[c]!.sent === sent) {
    let a = c - 1;
    while (a >= 0 && c - a <= 25 && toks[a]!.k === 'w' && toks[a]!.sent === sent) a--;
    const before = toks[a];
    // (or right after a quote: "“…,” the authority’s director general, Nino Beridze, said")
    // (the name set off and not the subject of a verb of its own: not "or a lawyer, Inspector Kate Muir
    // said")
    const setOffName = toks[m.i1]?.t === ',' || toks[m.i1]?.t === '.' || toks[m.i1]?.lo === 'and' || toks[m.i1]?.sent !== sent;
    // (or after a colon, in a list of who is who, whose second role opens "and" after a comma: "Two
    // men keep the truce alive: a retired Kenyan general, Jackson Kariuki, and a rebel commander,
    // Innocent Habimana.")
    const open = !before || before.sent !== sent || before.t === ',' || before.t === '\u2014' || before.k === 'q' || (before.t === ':' && setOffName);
    // ("said the chairman, Dame Ruth Kerr": after a speech verb)
    const verbBefore = !!toks[a + 1] && SPEECH_VERBS.has(toks[a + 1]!.lo);
    const andAfter = toks[a]?.t === ',' && toks[a + 1]?.lo === 'and' && setOffName;
    const d0 = verbBefore || andAfter ? a + 2 : a + 1;
    const d = toks[d0];
    if ((open || verbBefore) && d && d0 < c && (APPOSITIVE_DETS.has(d.lo) || d.poss)) {
      head = roleHeadIn(toks, d0 + 1, c - 1);
      // (not when the name, no person's by its first word, is set off after the noun that ends a
      // "for" phrase: "A spokesman for the pub’s owner, Wearside Taverns, said" is the spokesman,
      // and Wearside Taverns the owner)
      if (head && !isFirstName(m.lower[0]!) && ownerNounBefore(toks, d0 + 1, c, head)) head = null;
      if (head) aff = affiliationIn(toks, d0, c - 1);
      // ("Its cellist, Jonas Ebert,", "her landlord, Doreen Beckett,": a person noun right before
      // the name set off, after a possessive determiner, is what the story may call them later)
      const last = toks[c - 1]!;
      if (!head && c - 1 <= d0 + 3 && (d.lo === 'its' || d.lo === 'his' || d.lo === 'her' || d.lo === 'their' || d.poss) && last.k === 'w' && !last.cap && !last.poss && isPersonNoun(last.lo) && !isGroupNoun(last.lo) && !SPEECH_VERBS.has(last.lo)) head = last.lo;
    }
    // ("At his first news conference as governor of the Reserve Bank, Rafael Okonkwo-Serrano faced
    // ...", "As chief executive, Ann Park has ..."): a role after "as" in the phrase set off before
    // the name, up to a preposition or the comma
    if (!head) {
      for (let q = a + 1; q < c - 1; q++) {
        if (toks[q]!.lo !== 'as' || (toks[q]!.cap && q !== a + 1)) continue;
        let h = q + 1;
        if (toks[h]?.lo === 'the' || toks[h]?.lo === 'a' || toks[h]?.lo === 'an') h++;
        while (h + 1 < c && toks[h + 1]!.k === 'w' && !toks[h + 1]!.cap && (ROLE_NOUNS.has(toks[h + 1]!.lo) || isTitleTok(toks[h + 1]!.lo))) h++;
        const w = toks[h];
        if (h < c && w?.k === 'w' && !w.cap && (ROLE_NOUNS.has(w.lo) || isTitleTok(w.lo)) && isKnownPersonNoun(w.lo) && (h + 1 === c || /^(?:of|at|for|to)$/.test(toks[h + 1]!.lo))) head = w.lo;
        break;
      }
    }
    // (a role right before the comma at the end of a longer clause, after "by" or "to": "..., where
    // he was received by the party's state chairman, Chief Babatunde Okunowo"; not "Along with the
    // mayor, Ann Lee toured")
    const last = toks[c - 1];
    if (!head && last?.k === 'w' && !last.cap && !last.poss && last.sent === sent && (ROLE_NOUNS.has(last.lo) || isTitleTok(last.lo) || isKnownPersonNoun(last.lo)) && !isGroupNoun(last.lo)) {
      for (let q = c - 2; q >= 1 && c - q <= 5; q--) {
        const tq = toks[q]!;
        if (tq.k !== 'w' || tq.sent !== sent || (tq.cap && !tq.poss)) break;
        // (after "his", "her", "their" wherever it stands: "Ann Park and her deputy, Tom Reid,")
        if (tq.lo === 'his' || tq.lo === 'her' || tq.lo === 'their') {
          head = last.lo;
          break;
        }
        if (tq.lo === 'the' || (tq.poss && tq.cap)) {
          if (toks[q - 1]!.sent === sent && (toks[q - 1]!.lo === 'by' || toks[q - 1]!.lo === 'to')) head = last.lo;
          break;
        }
      }
    }
    // (... or a role with what it is of or for, after "by": "the noon briefing by the spokesperson for
    // the UN Secretary-General, Mireille Kabongo")
    if (!head) {
      for (let q = c - 2; q >= 1 && c - q <= 10; q--) {
        const tq = toks[q]!;
        if (tq.k !== 'w' || tq.sent !== sent) break;
        if (tq.lo === 'by' && toks[q + 1]?.lo === 'the') {
          head = roleHeadIn(toks, q + 2, c - 1);
          break;
        }
      }
    }
  }
  let e = m.i1;
  // (past an age set off first: "Ivar Teigen, 71, a retired schoolteacher,")
  if (toks[e]?.t === ',' && /^\d{1,3}$/.test(toks[e + 1]?.t ?? '') && toks[e + 2]?.t === ',' && toks[e + 2]!.sent === sent) e += 2;
  if (!head && toks[e]?.t === ',' && toks[e]!.sent === sent) {
    const d = toks[e + 1];
    // (or no determiner, a role first: "Angus Beaudoin, president of Local 1182, said")
    const bare = !!d && d.k === 'w' && !d.cap && !APPOSITIVE_DETS.has(d.lo) && ROLE_NOUNS.has(d.lo);
    if (d && d.k === 'w' && d.sent === sent && (APPOSITIVE_DETS.has(d.lo) || d.poss || bare)) {
      let b = e + 2;
      while (b < toks.length && b - e <= 7 && toks[b]!.k === 'w' && toks[b]!.sent === sent) b++;
      head = roleHeadIn(toks, bare ? e + 1 : e + 2, b - 1);
      if (head) aff = affiliationIn(toks, e + 1, b - 1);
    }
  }
  if (head && !m.titleWords.includes(head)) m.titleWords = [...m.titleWords, head];
  if (head && aff && !m.affiliation) m.affiliation = aff;
  // ("Priya Shah, a retail analyst at Bramwell Capital": a name the lexicon does not know, set off
  // by a person's role, is a person's; not by a role a firm or team has too: "Vantage Land, the
  // developer")
  // (not a kind of firm that a clause of a thing's takes up: "Corrugan Boards, the Midlands box maker
  // that last month opened a £30m line," is the firm)
  if (head && m.type === 'unknown' && FIRM_KINDS.has(head) && firmClauseAfter(toks, e, head)) {
    m.type = 'org';
    return;
  }
  // (a firm's role, when what it is of follows and a title word comes before it, is a person's: "Hamid
  // Farouqi, managing director of Corrugan Boards,", "Sunniva Ekberg, chief executive of Ashwell Ware,";
  // not "Vantage Land, the developer", "Harrow Estates, owner of the site,")
  const ofFirm = !!head && FIRM_ROLES.has(head) && /^(?:executive|director|manager|officer)$/.test(head) && headOfAfter(toks, e, head) && m.lower.length >= 2 && !isOrgWord(m.lower[m.lower.length - 1]!);
  if (head && m.type === 'unknown' && (!FIRM_ROLES.has(head) || ofFirm) && isKnownPersonNoun(head)) {
    m.type = 'person';
    m.personEvidence = true;
  }
}

/** Where the role set off at comma `e` has its head word `head`, words only and within `span`
 * tokens of the comma; else -1. */
function setOffHeadAt(toks: Tok[], e: number, head: string, span: number): number {
  const sent = toks[e]!.sent;
  for (let k = e + 1; k < toks.length && k <= e + span && toks[k]!.sent === sent; k++) {
    if (toks[k]!.k !== 'w') return -1;
    if (toks[k]!.lo === head) return k;
  }
  return -1;
}

/** The role set off at comma `e` has a title word before `head` ("managing director", "chief
 * executive") and "of" or "at" right after it. */
function headOfAfter(toks: Tok[], e: number, head: string): boolean {
  const k = setOffHeadAt(toks, e, head, 6);
  return k > e + 1 && /^(?:chief|managing|executive|finance|general|operating|technical|commercial|creative|founding|sales|marketing)$/.test(toks[k - 1]!.lo) && /^(?:of|at)$/.test(toks[k + 1]?.lo ?? '') && toks[k + 1]!.sent === toks[k]!.sent;
}

/** The role set off at comma `e` ends in `head` and "that" or "which" right after it. */
function firmClauseAfter(toks: Tok[], e: number, head: string): boolean {
  const k = setOffHeadAt(toks, e, head, 8);
  return k >= 0 && /^(?:that|which)$/.test(toks[k + 1]?.lo ?? '') && toks[k + 1]!.sent === toks[k]!.sent;
}

/** "Halvergate Homes said it would contribute": a name the story gives no sign of being a person's,
 * whose words are reported as "it", is an organisation's. */
function itAfterVerb(toks: Tok[], m: Mention): void {
  if (m.poss || m.personEvidence || m.gender || (m.type !== 'unknown' && m.type !== 'person')) return;
  // (not a given name asking about a place's own people: "Callum Ritchie-Osei asked its headteacher,
  // Lorraine Mbeki-Shaw, how the school turned itself around")
  if (toks[m.i1]?.lo === 'asked' && toks[m.i1 + 1]?.lo === 'its' && m.tokens.length >= 2) {
    let k = m.i1 + 2;
    while (toks[k]?.k === 'w' && !toks[k]!.cap && k - m.i1 <= 5) k++;
    if (toks[k]?.t === ',' && toks[k + 1]?.cap && toks[k + 2]?.cap && toks[k + 2]!.sent === toks[m.i1]!.sent) return;
  }
  if (itReported(toks, m.i1)) m.type = 'org';
}
/** After the subject's head at token h (and a phrase of up to eight lower-case words or
 * capitalised names after it, "from one of the Western delegations"), a verb of being and one to three
 * words ending the sentence: "... was more optimistic.", as papers introduce someone's words. */
function leadAfter(toks: Tok[], h: number): boolean {
  const sent = toks[h]!.sent;
  let k = h + 1;
  while (k < toks.length && k - h <= 9 && toks[k]!.sent === sent && toks[k]!.k === 'w' && !LEAD_VERBS.has(toks[k]!.lo)) k++;
  if (!LEAD_VERBS.has(toks[k]?.lo ?? '') || toks[k]!.sent !== sent) return false;
  // (a word for their mood or manner: "more optimistic", "blunter", "less sure", "defiant"; not "was
  // absent")
  const first = toks[k + 1];
  if (!(first?.k === 'w' && (/^(?:more|less|rather|far|much|even)$/.test(first.lo) || (/er$/.test(first.lo) && lexTagsOf(first.lo).includes('Comparative')) || MOODS.has(first.lo)))) return false;
  let n = 0;
  for (k++; k < toks.length && toks[k]!.sent === sent && toks[k]!.k === 'w'; k++) {
    if (toks[k]!.cap) return false;
    n++;
  }
  return n >= 1 && n <= 3 && (k >= toks.length || toks[k]!.sent !== sent || toks[k]!.t === '.');
}
/** Words for how someone spoke, after "was" ("was blunt", "was defiant"). General English. */
const MOODS = new Set(['blunt', 'blunter', 'cautious', 'optimistic', 'upbeat', 'pessimistic', 'defiant', 'candid', 'scathing', 'sceptical', 'skeptical', 'measured', 'unrepentant', 'philosophical', 'emphatic', 'direct', 'frank', 'forthright', 'circumspect', 'dismissive', 'unimpressed', 'unmoved', 'unapologetic', 'critical', 'gloomy', 'hopeful', 'confident', 'guarded']);
/** Verbs of being that introduce someone's words by how they were ("Another rider ... was angrier."). */
export const LEAD_VERBS = new Set(['was', 'is', 'were', 'are', 'seemed', 'sounded', 'remained', 'remains']);
/** After the quote at token qt, "they" and a verb a crowd says things with ("they chanted"): the group
 * that is the subject of a sentence before it in the paragraph ("Members of a rights group
 * applauded", "Outside, hundreds of farmers blocked the road"), described, else null. */
/** "Another told the presenter: “…”", "“…,” said another.": "another" alone, as the subject of
 * a verb of saying next to the quote at qt, after the paragraph quoted someone unnamed (the
 * earlier cues, `before`): another of them, under the last one's description; else null. */
function anotherOfThem(ctx: Ctx, qt: number, before: LocalCue[]): LocalCue | null {
  const { toks } = ctx;
  const sent = toks[qt]!.sent;
  let a = -1;
  // ("Another told the presenter:", "Another said:", the sentence opening with it)
  if (toks[qt - 1]?.t === ':' || toks[qt - 1]?.t === ',') {
    const s0 = sentenceStartFrom(toks, qt - 1, sent);
    if (toks[s0]?.lo === 'another' && toks[s0 + 1]?.k === 'w' && isSpeechVerb(toks[s0 + 1]) && qt - s0 <= 6) a = s0;
  }
  // ("“…,” said another.", "“…,” another said.")
  const k = toks[qt + 1]?.t === ',' ? qt + 2 : qt + 1;
  if (a < 0 && toks[k]?.sent === sent && ((isSpeechVerb(toks[k]) && toks[k + 1]?.lo === 'another') || (toks[k]?.lo === 'another' && isSpeechVerb(toks[k + 1]))) && (toks[k + 2]?.t === '.' || toks[k + 2]?.sent !== sent)) a = toks[k]!.lo === 'another' ? k : k + 1;
  if (a < 0) return null;
  for (let i = before.length - 1; i >= 0; i--) {
    const c = before[i]!;
    if (c.ref === 'described' && !c.weak && c.text?.endsWith(' (unnamed)')) return { ...c, cue: toks[a === k ? k + 1 : a === k + 1 ? k : a + 1]!.lo, at: a };
    if (c.ref !== 'none') return null;
  }
  return null;
}

function theyChanted(ctx: Ctx, qt: number): LocalCue | null {
  const { toks } = ctx;
  let k = qt + 1;
  if (toks[k]?.t === ',') k++;
  const they = toks[k];
  const verb = toks[k + 1];
  if (they?.lo !== 'they' || they.sent !== toks[qt]!.sent || verb?.k !== 'w' || !CROWD_VERBS.has(verb.lo) || verb.sent !== they.sent) return null;
  // (the sentence just before the quote's, or the quote's own before it: no further back)
  for (let s = toks[qt]!.sent; s >= 0 && s >= toks[qt]!.sent - 1; s--) {
    const s0 = toks.findIndex((t) => t.sent === s);
    if (s0 < 0) continue;
    let a = afterOpeningPhrase(toks, s0);
    if (toks[a]?.k === 'w' && (toks[a]!.lo === 'then' || INTRO_WORDS.has(toks[a]!.lo))) a++;
    let e = a;
    // (up to the verb: a word in the past or the present, or an auxiliary)
    // (a verb in the present only before what it says or whom: "Residents of the estate say their
    // landlords ...", not "a rights group")
    const verbAt = (t: Tok, k: number) => {
      if (t.cap) return false;
      const tags = lexTagsOf(t.lo);
      const present = tags.some((x) => x === 'PresentTense' || x === 'Infinitive') && /^(?:that|they|it|he|she|we)$|^(?:the|their|his|her|its|our|a|an)$/.test(toks[k + 1]?.lo ?? '');
      return AUXILIARIES.has(t.lo) || tags.includes('PastTense') || present || (/ed$/.test(t.lo) && !isNounish(t.lo));
    };
    while (e < toks.length && e - a < 8 && toks[e]!.sent === s && toks[e]!.k === 'w' && !(e > a && verbAt(toks[e]!, e))) e++;
    const words = toks.slice(a, e);
    const head = words.findIndex(pluralGroup);
    if (head < 0 || e === a || toks[e]?.sent !== s || toks[e]!.k !== 'w') continue;
    // (not when the rest of that sentence brings in other people, or speaks of "them": "Thousands of
    // officers lined the route as the protesters passed", "The ministers refused to meet them")
    for (let k = e; k < toks.length && toks[k]!.sent === s && toks[k]!.k !== 'q'; k++) if (toks[k]!.lo === 'them' || (k > e && pluralGroup(toks[k]!))) return null;
    // (nor after a sentence of someone else's between: "Hundreds of farmers gathered. Police
    // officers fired tear gas at them. “…,” they shouted.")
    if (s < toks[qt]!.sent && s > 0 && toks.some((t) => t.sent === s - 1 && pluralGroup(t))) return null;
    const text = words.map((t) => t.t).join(' ').replace(/^(?:the|some|about)\s+/i, '');
    return { ...NONE, ref: 'described', roleHead: words[head]!.lo, text: text.replace(/^\p{Lu}/u, (c) => c.toLowerCase()), cue: verb.lo, at: a + head };
  }
  return null;
}
/** A lower-case plural word for a group of people ("protesters", "members", "farmers"). */
const pluralGroup = (t: Tok) => t.k === 'w' && !t.cap && /s$/.test(t.lo) && (GROUP_NOUNS.has(t.lo) || isGroupNoun(t.lo));
const CROWD_VERBS = new Set(['chanted', 'chant', 'shouted', 'shout', 'sang', 'sing', 'yelled', 'roared', 'cried', 'jeered', 'cheered', 'called']);
/** A verb of saying at token v, then "its" or "it" and a verb the speaker's own ("said it would
 * appeal", "said its profit"; not "said it was the worst weather", where "it" is no one). */
function itReported(toks: Tok[], v: number): boolean {
  const t = toks[v];
  // (past "in a statement" and "that": "Linkstream said in a statement that it accepted the findings")
  let k = v + 1;
  if (toks[k]?.lo === 'in' && (toks[k + 1]?.lo === 'a' || toks[k + 1]?.lo === 'an')) {
    let e = k + 2;
    while (e < toks.length && e - k <= 4 && toks[e]!.k === 'w' && !toks[e]!.cap && !DOCUMENT_NOUNS.has(toks[e]!.lo)) e++;
    if (DOCUMENT_NOUNS.has(toks[e]?.lo ?? '') && toks[e]!.sent === t?.sent) k = e + 1;
  }
  if (k > v + 1 && toks[k]?.lo === 'that') k++;
  const it = toks[k];
  const after = toks[k + 1];
  if (!(t?.k === 'w' && !t.cap && strongSpeech(t) && it?.k === 'w' && it.sent === t.sent)) return false;
  // (past a phrase, only "it" and a verb of its own, in a sentence with no "he" or "she": not
  // "Pemberton said in a statement that its conclusions were unfair and that he would appeal")
  if (k > v + 1) {
    if (it.lo !== 'it' || !(after?.k === 'w' && IT_OWN_VERBS.has(after.lo))) return false;
    for (let j = k + 1; j < toks.length && toks[j]!.sent === t.sent; j++) if (/^(?:he|she|his|her|him)$/.test(toks[j]!.lo)) return false;
    return true;
  }
  return it.lo === 'its' || (it.lo === 'it' && after?.k === 'w' && IT_OWN_VERBS.has(after.lo));
}
const IT_OWN_VERBS = new Set(['would', 'will', 'had', 'has', 'planned', 'plans', 'intends', 'intended', 'expects', 'expected', 'hoped', 'hopes', 'wanted', 'wants', 'regretted', 'regrets', 'did', 'does', 'could', 'should', 'remained', 'remains', 'continued', 'continues', 'aimed', 'aims', 'welcomed', 'welcomes', 'rejected', 'rejects', 'disagreed', 'disagrees', 'accepted', 'accepts', 'apologised', 'apologized']);

/** A transcript turn's words that are only what happened, in brackets: "[laughs]", "(inaudible
 * crosstalk)", "[No response recorded.]"; not words in brackets, "[Through interpreter: I was at
 * home.]", "(Sorry, can you hear me?)", "(Yes.)". */
function stageDirection(body: string): boolean {
  const m = /^\s*[[(]([^\])]*)[\])]\s*$/.exec(body);
  if (!m || /[:?!]/.test(m[1]!)) return false;
  return /^\s*\p{Ll}/u.test(m[1]!) || /\b(?:inaudible|laugh\w*|crosstalk|pauses?|paused|silence|applause|no response|unclear|indistinct|sighs?|cheers|booing|interruption|overtalk)\b/i.test(m[1]!);
}

export function analyzeParagraphLocal(text: string): LocalParagraph {
  const turn = transcriptTurn(text);
  let quotes: RawQuote[];
  if (turn) {
    const end = text.trimEnd().length;
    // (a turn that is only what the transcript says happened is no one's words: "MAGNUSSON: [laughs]",
    // "HALVORSEN: (inaudible crosstalk)")
    quotes = turn.quoted
      ? scanQuotes(text).filter((q) => q.openStart >= turn.rest)
      : stageDirection(text.slice(turn.rest))
        ? []
        : [{ start: turn.rest, end, openStart: turn.rest, closeEnd: text.length, closed: true, atParaStart: false, text: text.slice(turn.rest, end) }];
  } else quotes = scanQuotes(text);
  const toks = frameTokens(text, quotes);
  let nSent = splitSentences(toks, quotes);
  // (a Q/A label is a sentence of its own: "A. My father said, “...”" opens with "My")
  const qaLabel = turn ? null : (QA_DOT.exec(text) ?? QA_WORD.exec(text));
  if (qaLabel) {
    const first = toks.findIndex((t) => t.s >= qaLabel[0].length);
    if (first > 0 && toks[first]!.sent === toks[first - 1]!.sent) {
      for (let i = first; i < toks.length; i++) toks[i]!.sent++;
      nSent++;
    }
  }
  // "Tweeted" inside a sentence is the verb, capitalised after the brand, not a name
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.cap && t.k === 'w' && BRAND_VERBS.has(t.lo) && toks[i - 1]!.sent === t.sent && toks[i - 1]!.k !== 'q') t.cap = false;
  }
  let mentions = buildMentions(toks);
  for (const m of mentions) departmentOpener(toks, m);
  // ("Mr Chidi Okafor, SAN, described ...": letters after a name, set off by commas, are the name's)
  mentions = mentions.filter((m) => !(m.tokens.length === 1 && POST_NOMINALS.has(toks[m.n0]!.t) && toks[m.i0 - 1]?.t === ',' && toks[m.i1]?.t === ',' && toks[m.i0 - 2]?.k === 'w' && toks[m.i0 - 2]!.cap && mentions.some((o) => o !== m && o.i1 === m.i0 - 1)));
  // ("between May and September", "from June to August", "in May", "May 2024": a month a given name
  // shares is the month, with a word of time before it or another month or a number after it)
  mentions = mentions.filter((m) => !(m.tokens.length === 1 && m.i0 === m.n0 && MONTHS.has(m.lower[0]!) && monthAt(toks, m.n0)));
  // ("His father, Rui Albuquerque, says": a name of two words taken for a place or a firm by its
  // last word is a person when a person noun is set off before it)
  // (not a body's name opening the clause that says whose the sentence is: "found by a passing
  // motorist, Cumbria Constabulary said")
  for (const m of mentions) if ((m.type === 'place' || m.type === 'org') && m.tokens.length === 2 && !m.poss && setOffAfterPersonNoun(toks, m.i0) && !firmAppositiveAt(toks, m.i0) && !(m.type === 'org' && ORG_HEADS.has(m.lower[1]!) && strongSpeech(toks[m.i1]))) m.type = 'person';
  const dateline = turn ? -1 : datelineEnd(text);
  // ("said the Lagos-born entrepreneur", "the Oscar-winning director": a word made of a place or a
  // prize and "-born" or "-winning" before a lower-case noun says what someone is; no one's name)
  // (or before another such word set off by a comma: "the Belfast-born, Dublin-based author")
  mentions = mentions.filter((m) => !(m.tokens.length === 1 && epithetWord(m.lower[0]!) && ((toks[m.i1]?.k === 'w' && !toks[m.i1]!.cap && toks[m.i1]!.sent === m.sent) || (toks[m.i1]?.t === ',' && toks[m.i1 + 1]?.k === 'w' && epithetWord(toks[m.i1 + 1]!.lo)))));
  if (dateline > 0) {
    mentions = mentions.filter((m) => m.start >= dateline);
    for (const t of toks) if (t.e <= dateline) t.dateline = true;
  }
  if (!turn && !quotes.length && isByline(text)) mentions = [];
  // (a Q/A label before a turn with a quote in it is no one: "A. My father said, “...”")
  if (qaLabel) mentions = mentions.filter((m) => m.start >= qaLabel[0].length);
  // ("Managing Director and CEO Anirudh Venkataraman said": titles joined by "and" before a name
  // are that person's, no one called "Director")
  // (nor is a title alone after "the" or an owner, set off before a name: "The state's
  // Attorney-General, Priya Ramanathan, says")
  mentions = mentions.filter((m) => !(m.lower.every((w) => isTitleTok(w)) && ((toks[m.i1]?.lo === 'and' && toks[m.i1 + 1]?.k === 'w' && isTitleTok(toks[m.i1 + 1]!.lo)) || (toks[m.i1]?.t === ',' && toks[m.i1 + 1]?.k === 'w' && toks[m.i1 + 1]!.cap && (toks[m.i0 - 1]?.lo === 'the' || !!toks[m.i0 - 1]?.poss)))));
  for (const m of mentions) if (!m.gender && m.type !== 'org' && m.type !== 'place') m.gender = setOffGender(toks, m) ?? narrativeGender(toks, m, mentions, dateline);
  let turnCue: LocalCue | null = null;
  if (turn) {
    // the label is the speaker: a name (matched to the cast by surname), the interviewer, or the interviewee
    const colon = toks.findIndex((t) => t.t === ':');
    let words = toks.slice(0, colon).filter((t) => t.k === 'w');
    // ("CALLER (PAULINE):", "PRESENTER (DAVID ASHWORTH):": the name in brackets after a role;
    // "GRAHAM PELLEW (CHIEF FINANCIAL OFFICER):": the name before a role in brackets)
    const bracketed = bracketedName(turn.label.toLowerCase());
    const side = bracketed?.side;
    const bracketRole = bracketed?.role ?? '';
    if (side) {
      const bracket = toks.findIndex((t, i) => i < colon && t.t === '(');
      const comma = toks.findIndex((t, i) => i > bracket && i < colon && t.t === ',');
      words = (side === 'inside' ? toks.slice(bracket, comma > 0 ? comma : colon) : toks.slice(0, bracket)).filter((t) => t.k === 'w');
    }
    const nameWords = words.filter((t) => !TITLE_WORDS.has(t.lo.replace(/\.$/, '')));
    // a role before the name ("PRESENTER GUY LANGFORD", "FESTIVAL CHAIR MARGUERITE DELAUNAY")
    while (nameWords.length > 1 && !isFirstName(nameWords[0]!.lo) && (nameWords.length > 2 || ROLE_NOUNS.has(nameWords[0]!.lo) || lexTagsOf(nameWords[0]!.lo).includes('Actor'))) nameWords.shift();
    // (the label itself is no one in the text: "A. I don't remember ...", "Q. When did ...")
    mentions = mentions.filter((m) => m.i0 >= colon && m.start >= turn.rest);
    const head = words[words.length - 1]?.lo ?? '';
    if (turn.label === 'Q') turnCue = { ...NONE, ref: 'described', text: 'interviewer', cue: 'transcript', at: 0 };
    // ("UNIDENTIFIED VOICE:" is no one; "UNIDENTIFIED MEMBER OF THE PUBLIC:" someone unnamed, so described)
    else if (/^(?:unidentified|unknown)$/.test(words[0]?.lo ?? '') && words.length >= 2) {
      const rest = words.slice(1).map((t) => t.lo);
      const noun = rest.includes('of') ? rest[rest.indexOf('of') - 1] : rest[rest.length - 1];
      turnCue = /^(?:voices?|speakers?)$/.test(rest.join(' ')) || !noun ? { ...NONE, cue: 'someone', at: colon - 1 } : { ...NONE, ref: 'described', roleHead: noun, gender: ROLE_GENDER[noun] ?? null, text: `${rest.join(' ')} (unnamed)`, cue: 'transcript', at: colon - 1, label: true };
    }
    // (not a double-barrelled surname in capitals, "NASSAR-LINDQVIST:", that a suffix makes look like
    // one: only a person noun the lexicon lists, or two roles joined)
    else if (turn.quoted && turn.label !== 'A' && (ROLE_NOUNS.has(head) || (head.includes('-') ? !doubleBarrelledName(head) : isKnownPersonNoun(head))) && !words.some((t) => isFirstName(t.lo))) {
      // 'HOST: “…”', 'DISTRICT MANAGER: “…”': whoever the story named in that role (see roleLabelBefore)
      turnCue = { ...NONE, ref: 'described', roleHead: head, gender: ROLE_GENDER[head] ?? null, text: words.map((t) => t.lo).join(' '), cue: 'transcript', at: colon - 1, label: true };
    } else if (/^\p{Ll}/u.test(turn.label)) turnCue = { ...NONE, ref: 'described', text: turn.label, cue: 'transcript', at: 0 };
    else if (turn.label === 'A') turnCue = { ...NONE, cue: 'answer', at: 0 };
    else if (nameWords.length) {
      // (a label in capitals set in title case, each part of a double-barrelled name too; a name in
      // brackets written in title case kept as written)
      const names = nameWords.map((t) => (t.t === t.t.toUpperCase() ? t.t.toLowerCase().replace(/(^|-)\p{L}/gu, (c) => c.toUpperCase()) : t.t));
      const hon = words[0] && words[0] !== nameWords[0] ? words[0].lo.replace(/\.$/, '') : '';
      const lower = names.map((x) => x.toLowerCase());
      const first = words.indexOf(nameWords[0]!);
      const label: Mention = {
        i0: 0, i1: colon, n0: first, name: names.join(' '), tokens: names, lower, key: lower.join(' '),
        // ("CHAIR (Cllr Isla Ferguson-Obi):": the role the label gives, for a later "CHAIR:")
        titleWords: side === 'inside' && bracketRole ? [bracketRole] : [], firstRef: names.join(' '), title: null, affiliation: null, type: 'person', personEvidence: true,
        gender: MALE_HON.has(hon) ? 'm' : FEMALE_HON.has(hon) ? 'f' : null, poss: false, subj: true, sent: 0, start: nameWords[0]!.s, end: nameWords[nameWords.length - 1]!.e,
      };
      mentions = [label, ...mentions];
      turnCue = { ...NONE, ref: 'name', mention: 0, text: label.name, cue: 'transcript', at: colon - 1 };
    }
  }
  if (!turn) for (const m of mentions) { appositiveRole(toks, m); itAfterVerb(toks, m); }
  const mentionAt = new Int32Array(toks.length).fill(-1);
  mentions.forEach((m, mi) => {
    for (let k = m.n0; k < m.i1; k++) mentionAt[k] = mi;
  });
  const modOf = new Int32Array(toks.length).fill(-1);
  mentions.forEach((m, mi) => {
    for (let k = m.i0; k < m.n0; k++) modOf[k] = mi;
  });
  const ctx: Ctx = { text, toks, mentions, mentionAt, modOf, quotes, opening: dateline > 0 ? Math.max(0, toks.findIndex((t) => t.s >= dateline)) : 0 };
  const qtoks: number[] = [];
  toks.forEach((t, i) => { if (t.k === 'q') qtoks[t.qi] = i; });
  const lqs: LocalQuote[] = quotes.map((raw, qi) => {
    const qt = qtoks[qi]!;
    const sent = toks[qt]!.sent;
    let standalone = true;
    for (const t of toks) if (t.sent === sent && t.k === 'w') { standalone = false; break; }
    return { raw, qtok: qt, sent, kind: 'direct', standalone, speech: true, nonSpeechReason: null, cue: NONE, speechContext: false };
  });
  for (const lq of lqs) {
    if (turn && !turn.embedded) {
      // (an answer labelled inside a question's paragraph, 'Q: “What comes first?” A: “The hostages.”',
      // is the one asked)
      const answer = turn.label === 'Q' && toks[lq.qtok - 1]?.t === ':' && toks[lq.qtok - 2]?.t === 'A' && toks[lq.qtok - 3]?.k === 'q';
      lq.cue = answer ? { ...NONE, cue: 'answer', at: 0 } : (turnCue ?? NONE);
      lq.kind = 'direct';
      continue;
    }
    lq.cue = findCue(ctx, lq.qtok, lq);
    // "Roe pointed to Doe's claim that ...": the quoted words are Doe's, and only a suggestion
    lq.cue = ownedQuote(ctx, lq.qtok, lq.cue) ?? lq.cue;
    // the pick's position checked last: a mention that cannot be the speaking subject is unsure
    lq.cue = checkSpeakerPosition(ctx, lq.cue);
    // ("Members of a rights group applauded as she left. “Never again,” they chanted.": the group the
    // paragraph has just made its subject)
    if (lq.cue.ref === 'none') lq.cue = theyChanted(ctx, lq.qtok) ?? lq.cue;
    // ("“…,” one caller said. Another told the presenter: “…”": another of the unnamed ones the
    // paragraph has just quoted, under the same description)
    // (not "the presenter" it was told to)
    {
      const an = anotherOfThem(ctx, lq.qtok, lqs.filter((o) => o.qtok < lq.qtok).map((o) => o.cue));
      if (an && (lq.cue.ref === 'none' || (lq.cue.at > an.at && lq.cue.at < lq.qtok))) lq.cue = an;
    }
    // kind: direct when the quote is a clause of its own (at sentence start or after a cue ending in , or :)
    const prev = toks[lq.qtok - 1];
    const startsUpper = /^[\p{Lu}\p{N}'"\u2018\u2019(….]/u.test(lq.raw.text);
    const atStart = !prev || prev.sent !== lq.sent || prev.k === 'q';
    const afterCue = !!prev && (prev.t === ',' || prev.t === ':') && (isSpeechVerb(toks[lq.qtok - 2]) || lq.cue.ref !== 'none');
    lq.kind = (atStart || afterCue) && startsUpper ? 'direct' : atStart && !lq.raw.atParaStart ? 'direct' : atStart ? 'direct' : 'partial';
    if (!startsUpper && !atStart) lq.kind = 'partial';
    classify(ctx, lq.qtok, lq);
    // (a quote inside a turn with no cue of its own: maybe the turn's speaker's words, maybe words
    // they report; for review — unless the turn's speaker says they said it: "A: I told them, “…”";
    // a quote after one someone else was given in the turn goes on as theirs, as in any paragraph)
    // (in a question, "You’ve said the sector is “…”" quotes the one answering)
    if (turn && lq.speech && lq.cue.ref === 'none' && turnCue && !lqs.some((o) => o !== lq && o.qtok < lq.qtok && o.cue.ref !== 'none' && o.cue !== turnCue && !o.cue.weak)) {
      if (turn.label === 'Q' && pronounSaid(toks, lq.qtok, ['you'])) lq.cue = { ...NONE, cue: 'answer', at: 0 };
      else lq.cue = { ...turnCue, weak: !(turnCue.cue === 'answer' && pronounSaid(toks, lq.qtok, ['i', 'we'])) };
    }
  }
  // sentence subjects (for pronoun salience)
  const sentSubject = new Array<number>(nSent).fill(-1);
  const sentSubjectCue: (LocalCue | null)[] = new Array(nSent).fill(null);
  for (let s = 0; s < nSent; s++) {
    const r = gatheringSpeaker(ctx, s) ?? butClauseSpeaker(ctx, s) ?? mainSubject(ctx, s, toks.length);
    if (r && r.ref === 'name') sentSubject[s] = r.mention;
    if (r && (r.ref === 'name' || r.ref === 'pronoun' || r.ref === 'role')) sentSubjectCue[s] = { ...r, cue: 'subject' };
  }
  const sentSpeech = new Array<boolean>(nSent).fill(false);
  for (const t of toks) if (t.k === 'w' && strongSpeech(t) && !t.cap) sentSpeech[t.sent] = true;
  const sentOtherPerson = new Array<boolean>(nSent).fill(false);
  const sentOtherGender = new Array<Gender>(nSent).fill(null);
  const sentAnonSource = new Array<DescribedSource | null>(nSent).fill(null);
  // "The skipper, a broad man in a yellow oilskin, shrugs at the swell.", "Her apprentice, a
  // 19-year-old who left school early, watches": a definite or possessive one described on the spot
  // by an appositive with "a", whatever the verb, is someone the story brings in unnamed (its noun
  // and the words before it are the description); else null
  const introducedSource = (dp: ReturnType<typeof describedPersonSubject>, i: number): DescribedSource | null => {
    if (!dp?.introduced || INDEFINITE.has(toks[dp.det]!.lo) || dp.head <= dp.det) return null;
    const words = ctx.text.slice(toks[dp.det + 1]!.s, toks[dp.head]!.e).replace(/\s+/g, ' ');
    return { at: dp.head, text: `${words} (unnamed)`, head: toks[dp.head]!.lo, group: false, gender: personSubjectGender(toks, i) ?? dp.gender, anonymous: false, introduced: toks[dp.det]!.lo };
  };
  /** Someone named before sentence `sent` whom the pronoun after it could mean (asked only for an
   * indefinite subject alone in its sentence, a rare case). */
  const earlierSameGender = (sent: number): boolean => {
    const g = pronounAfter(lqs, toks, sent + 1);
    return mentions.some((m) => m.sent < sent && (m.type === 'person' || m.personEvidence) && !otherGenderThan(m, g));
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k !== 'w' || (i > 0 && toks[i - 1]!.sent === t.sent)) continue;
    if (sentSubjectCue[t.sent]) {
      // (a role as the subject, "The skipper, a broad man ..., shrugs")
      if (sentSubjectCue[t.sent]!.ref === 'role') {
        const dp = describedPersonSubject(toks, i);
        sentAnonSource[t.sent] = introducedSource(dp, i);
        // ("The ranch manager, who asked not to be named for fear of reprisals, said ...": a role
        // the sentence itself keeps unnamed is no one named before)
        if (!sentAnonSource[t.sent] && dp?.anonymous && dp.head > dp.det && sentSpeech[t.sent]) {
          const words = ctx.text.slice(toks[dp.det + 1]!.s, toks[dp.head]!.e).replace(/\s+/g, ' ');
          sentAnonSource[t.sent] = { at: dp.head, text: `${words} (unnamed)`, head: toks[dp.head]!.lo, group: false, gender: personSubjectGender(toks, i) ?? dp.gender, anonymous: true };
        }
      }
      continue;
    }
    // (past a short phrase of where or when set off before the subject: "Beside her, a young man in a
    // suit, headphones round his neck, joins in.")
    const dp = describedPersonSubject(toks, i) ?? describedPersonSubject(toks, afterOpeningPhrase(toks, i));
    // (not a subject called by age and "the", which in news copy is most often the person just
    // named: "Noor Al-Sayegh held a sign. The 29-year-old physiotherapist cycles the avenue twice a
    // day.")
    sentOtherPerson[t.sent] = !!dp && !dp.restrictive && !(toks[dp.det]!.lo === 'the' && /^\d+-year-old$/.test(toks[dp.det + 1]?.lo ?? ''));
    if (dp) sentOtherGender[t.sent] = personSubjectGender(toks, i);
    // (an indefinite one only: "The nurse, who asked not to be named," may be a nurse named before)
    // (or, as a weaker antecedent, one reported speaking: "A spokesperson for the airline said ...")
    // (or one brought in indefinite and alone in the sentence, doing something, with no one named
    // before in the paragraph: "A senior diplomat from a large coal-producing country defended the
    // language. “…,” he said."; not "A 19-year-old woman has been arrested.", nor "Mr Dunn runs the
    // shop. A man smashed the window.")
    // (or one whose mind the sentence says, "One mother, waiting at the gate, was convinced it was a
    // retired dinner lady. “…,” she said.", which is as good as saying it)
    const minded = toks.some((x, n) => x.sent === t.sent && BE_FORMS.has(x.lo) && /^(?:convinced|certain|sure|adamant|positive)$/.test(toks[n + 1]?.lo ?? '') && toks[n + 1]!.sent === t.sent);
    const aloneIndefinite = !!dp && INDEFINITE.has(toks[dp.det]!.lo) && (toks[dp.det]!.lo !== 'one' || minded) && !mentions.some((m) => m.sent === t.sent && (m.type === 'person' || m.personEvidence)) && lqs.some((q) => q.raw.atParaStart === false && toks[q.qtok]!.sent === t.sent + 1) && (minded || !toks.some((x) => x.sent === t.sent && x.k === 'w' && BE_FORMS.has(x.lo))) && (minded || !earlierSameGender(t.sent));
    if (dp && (dp.anonymous || sentSpeech[t.sent] || aloneIndefinite) && toks[dp.det]!.lo !== 'the' && toks[dp.det]!.lo !== 'their') {
      const d = describedStartingAt(ctx, dp.det, t.sent);
      if (d?.cue.ref === 'described' && d.cue.text?.endsWith(' (unnamed)')) {
        sentAnonSource[t.sent] = { at: dp.head, text: d.cue.text, head: d.cue.roleHead ?? '', group: false, gender: sentOtherGender[t.sent] ?? dp.gender, anonymous: dp.anonymous, indefinite: INDEFINITE.has(toks[dp.det]!.lo) };
      }
    }
    else if (!sentAnonSource[t.sent]) sentAnonSource[t.sent] = introducedSource(dp, i);
    // ("His neighbour, who did not want to be named, said ...": kept unnamed by the clause, whoever's
    // they are)
    // (or "the": "The woman, who asked not to be named, told the Gazette that ...", whom the clause
    // keeps unnamed whoever the story described before)
    if (!sentAnonSource[t.sent] && dp?.anonymous && !INDEFINITE.has(toks[dp.det]!.lo) && dp.head > dp.det && sentSpeech[t.sent]) {
      const words = ctx.text.slice(toks[dp.det + 1]!.s, toks[dp.head]!.e).replace(/\s+/g, ' ');
      sentAnonSource[t.sent] = { at: dp.head, text: `${words} (unnamed)`, head: toks[dp.head]!.lo, group: false, gender: sentOtherGender[t.sent] ?? dp.gender, anonymous: true, definite: toks[dp.det]!.lo === 'the' };
    }
  }
  const sentIndefPerson = new Array<'' | 'm' | 'f' | 'x'>(nSent).fill('');
  // ("A mediator involved in the talks, who asked not to be identified, said ...", "One ticket
  // holder, who had travelled from Aarhus, was philosophical.": someone new, unnamed, opening the
  // sentence, whatever follows the noun; what a pronoun right after may be, as sentAnonSource's are)
  const sentIndefSource = new Array<DescribedSource | null>(nSent).fill(null);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!;
    if (t.k !== 'w' || (i > 0 && toks[i - 1]!.sent === t.sent) || sentSubject[t.sent]! >= 0) continue;
    const o0 = indefinitePersonAt(toks, i) ?? indefinitePersonAt(toks, afterOpeningPhrase(toks, i));
    // (nor when it sets a name off: "A fisherman in Tabuelan, who gave only his first name, Jun, said";
    // then it is no one new either: "Outside the courthouse, a former customer, retired nurse Gloria
    // Petty, 68, said")
    const namedAfter = (head: number) => {
      for (let j = head + 1; j < toks.length && toks[j]!.sent === t.sent; j++) if (toks[j]!.k === 'w' && toks[j]!.cap && toks[j - 1]!.t === ',') return true;
      return false;
    };
    // (the name right after the comma, past words of what they are at most: not "A woman, a friend of
    // Ines Moreau,", "A student, like Ayesha Noor,")
    const setOffName = (head: number) => toks[head + 1]?.t === ',' && mentions.some((m) => m.sent === t.sent && m.i0 > head + 1 && m.i0 <= head + 5 && !m.poss && (m.type === 'person' || m.personEvidence) && toks.slice(head + 2, m.i0).every((w) => w.k === 'w' && !w.cap && !FUNCTION_WORDS.has(w.lo) && !DETERMINERS.has(w.lo)));
    // (or a name set off right before the verb: "a protester who gave only her first name, Femke, said")
    // (a name the clause says they gave, not another's set off in it: "A passenger who sat behind the
    // driver, Viktor Orlov, said")
    const nameBeforeVerb = (head: number) => mentions.some((m) => m.sent === t.sent && m.i0 > head && (m.type === 'person' || m.personEvidence) && toks[m.i0 - 1]?.t === ',' && toks[m.i1]?.t === ',' && strongSpeech(toks[m.i1 + 1]) && toks[m.i1 + 1]!.sent === t.sent && !!nameGivenBefore(toks, m.i0));
    if (o0 && !setOffName(o0.head) && !nameBeforeVerb(o0.head)) sentIndefPerson[t.sent] = o0.gender;
    const o = o0 ?? indefinitePersonAt(toks, i, true) ?? indefinitePersonAt(toks, afterOpeningPhrase(toks, i), true);
    if (!o) continue;
    // (not when someone else is the subject, "Asked by a reporter whether ..., he said", nor when the
    // sentence names a person)
    if (sentAnonSource[t.sent] || sentSubjectCue[t.sent] || mentions.some((m) => m.sent === t.sent && (m.type === 'person' || m.personEvidence))) continue;
    const named = namedAfter(o.head);
    // (nor one the sentence only has something done to, "A 19-year-old woman has been arrested.";
    // nor, when it reports no speech and does not keep them unnamed ("a woman in her seventies sweeping
    // glass from a porch declined to give her name"), one doing something after someone the pronoun
    // may mean was named in the paragraph, "Mr Dunn runs the shop. A man smashed the window.", or
    // doing anything but react: "A man in his 20s died at the scene.", "A boy in Year 9 suffered burns.")
    const unnamed = KEPT_UNNAMED.test(toks.filter((x) => x.sent === t.sent && x.k === 'w').map((x) => x.lo).join(' '));
    if (named || mainVerbPassive(toks, o.head) || (!sentSpeech[t.sent] && !unnamed && (earlierSameGender(t.sent) || !mainVerbReacts(toks, o.head)))) continue;
    // (the noun a compound ends in: "A district disaster management official")
    let head = o.head;
    for (let j = head + 1; j <= o.head + 3 && toks[j]?.k === 'w' && toks[j]!.sent === t.sent && !toks[j]!.cap && !FUNCTION_WORDS.has(toks[j]!.lo); j++) if (personHead(toks, j)) head = j;
    const d = describedStartingAt(ctx, o.det, t.sent);
    const text = d?.cue.ref === 'described' && d.cue.roleHead === toks[head]!.lo && d.cue.text?.endsWith(' (unnamed)') ? d.cue.text : `${ctx.text.slice(toks[o.det + 1]!.s, toks[head]!.e).replace(/\s+/g, ' ')} (unnamed)`;
    sentIndefSource[t.sent] = { at: head, text, head: toks[head]!.lo, group: false, gender: o.gender === 'x' ? null : o.gender, anonymous: false, indefinite: true };
  }
  const groupSources = groupSourcesOf(ctx, sentSpeech);
  const sentAppositiveName = new Array<boolean>(nSent).fill(false);
  for (let i = 0; i < toks.length; i++) if (toks[i]!.k === 'w' && (i === 0 || toks[i - 1]!.sent !== toks[i]!.sent)) sentAppositiveName[toks[i]!.sent] = appositiveNameOpening(ctx, i);
  const sentAppositiveOrg = new Array<{ mention: number; head: string } | null>(nSent).fill(null);
  for (let i = 0; i < toks.length; i++) if (toks[i]!.k === 'w' && (i === 0 || toks[i - 1]!.sent !== toks[i]!.sent)) sentAppositiveOrg[toks[i]!.sent] = appositiveOrgOpening(ctx, i);
  const colonLead = colonLeadOf(ctx);
  const events: { t: number; kind: 0 | 1 | 2; i: number }[] = [];
  for (let s = 0; s < nSent; s++) if (sentSubjectCue[s]?.ref === 'role') events.push({ t: sentSubjectCue[s]!.at, kind: 2, i: s });
  for (let i = 0; i < mentions.length; i++) events.push({ t: mentions[i]!.n0, kind: 0, i });
  for (let i = 0; i < lqs.length; i++) events.push({ t: Math.max(lqs[i]!.qtok, lqs[i]!.cue.at), kind: 1, i });
  events.sort((a, b) => a.t - b.t || a.kind - b.kind);
  return {
    events,
    text,
    quotes: lqs,
    toks,
    mentions,
    openAtEnd: quotes.length > 0 && !quotes[quotes.length - 1]!.closed,
    opensAtStart: quotes.length > 0 && quotes[0]!.atParaStart,
    headlineLike: isHeadlineLike(text),
    sentSpeech,
    sentOtherPerson,
    sentOtherGender,
    sentAppositiveName,
    sentAppositiveOrg,
    sentSubject,
    sentSubjectCue,
    groupSources,
    sentAnonSource,
    sentIndefPerson,
    sentIndefSource,
    colonLead,
  };
}

/** "... the family said:" ending the paragraph, no quote after the colon: who speaks the paragraphs
 * after it, as the verb's subject (past a phrase set off before it); else null. */
function colonLeadOf(ctx: Ctx): LocalCue | null {
  const { toks } = ctx;
  const n = toks.length;
  const v = n - 2;
  // ("... paid tribute to her late mother. Her speech ended:": a short sentence of their own words,
  // owned by "his" or "her", leads to the quote after it)
  if (n >= 4 && toks[n - 1]!.t === ':') {
    const sent = toks[n - 1]!.sent;
    const s0 = sentenceStartFrom(toks, n - 2, sent);
    const d = toks[s0]!;
    if (n - 1 - s0 <= 5 && d.k === 'w' && (d.lo === 'his' || d.lo === 'her') && (OWNED_SPEECH.has(toks[s0 + 1]?.lo ?? '') || toks[s0 + 1]?.lo === 'speech' || toks[s0 + 1]?.lo === 'message') && toks.slice(s0, n - 1).every((t) => t.k === 'w')) {
      return { ...NONE, ref: 'pronoun', gender: d.lo === 'his' ? 'm' : 'f', at: s0, text: d.lo === 'his' ? 'he' : 'she', cue: 'colon' };
    }
  }
  if (n < 3 || toks[n - 1]!.t !== ':' || toks[v]!.k !== 'w' || !strongSpeech(toks[v]) || passiveAt(toks, v)) return null;
  const sent = toks[v]!.sent;
  let k = v - 1;
  while (k >= 0 && isAdv(toks[k]) && toks[k]!.sent === sent) k--;
  if (k < 0 || toks[k]!.sent !== sent || toks[k]!.k === 'q') return null;
  const r = refEndingAt(ctx, k, sent);
  return r && r.ref !== 'none' ? { ...r, cue: toks[v]!.lo } : null;
}

// ---- round 7: one structural check on the speaker a cue picked
//
// Run after the cue is chosen. A mention that sits where it cannot be the speaking subject (inside
// a phrase describing someone or something else) leaves the quote unsure, with the pick kept as
// the suggestion; a described person's label with their name set off right after it gives the
// quote to the name.
/** prepositions that put a name inside a phrase describing another noun ("at St Brennan's
 * Hospital", "a transfer from Halesby"); not "by" (a passive's agent), "with", "after", "to" */
const DESCRIBING_PREPS = new Set(['of', 'at', 'in', 'from', 'for', 'on', 'near', 'outside', 'inside', 'into', 'under', 'over', 'through', 'across', 'behind', 'beside', 'among']);
/** participles that name something: the name after them is what is named, not someone speaking */
const NAMING_PARTICIPLES = new Set(['named', 'called', 'dubbed', 'nicknamed', 'titled', 'entitled', 'christened', 'renamed', 'codenamed']);
const RELATIVES = new Set(['who', 'whose', 'whom', 'which']);
const CLAUSE_BREAK = new Set([',', ';', ':', '\u2014', '\u2013', '(', ')']);

/** The comma at token `end` closes a clause set off by ", who" or ", whose" in the sentence (a list's
 * commas may be inside it): the token of that opening comma, or -1. */
/** Where a clause that keeps the subject unnamed opens, set off before the comma at `end` (", who
 * asked not to be identified,"): its comma, or `end` when there is none. */
function unnamedClauseBefore(toks: Tok[], end: number, sent: number): number {
  for (let a = end - 1; a > 0 && end - a <= 12; a--) {
    const t = toks[a]!;
    if (t.sent !== sent || t.k === 'q') break;
    if (t.t === ',' && toks[a + 1]?.lo === 'who') return keptUnnamed(toks, a + 1, end) ? a : end;
  }
  return end;
}

const LAWYERS = /^(?:lawyers?|solicitors?|attorneys?|counsel|barristers?|advocates?)$/;
/** Tokens a..b are ", in a statement by (or through) ...," set off after a subject: a phrase saying
 * whose hand the subject's words came through. */
function statementBySetOff(toks: Tok[], a: number, b: number, words: string): boolean {
  if (toks[a]?.t !== ',' || toks[a + 1]?.lo !== 'in' || !/^(?:a|an|the|his|her|its|their)$/.test(toks[a + 2]?.lo ?? '') || b - a > 20) return false;
  for (let k = a + 3; k < a + 6 && k < b; k++) {
    if (!STATEMENT_NOUNS.has(toks[k]!.lo)) continue;
    const by = toks[k + 1]?.lo === 'by' || toks[k + 1]?.lo === 'through' || ((toks[k + 1]?.lo === 'issued' || toks[k + 1]?.lo === 'signed' || toks[k + 1]?.lo === 'released') && /^(?:by|through)$/.test(toks[k + 2]?.lo ?? ''));
    // (not through a lawyer speaking of the client: "Mr Vance, in a statement by his lawyer, Ruth
    // Kaye, said: “My client ...”")
    return by && !(toks.slice(k + 1, b).some((t) => LAWYERS.test(t.lo)) && /\b(?:my|our) client/i.test(words));
  }
  return false;
}

/** An owner no one names, opening at i: "one of the platforms", "a rival firm". */
/** Words for a saying, a question or a cry that comes back ("the question has been the same:"). */
const RECURRING_WORDS = new Set(['question', 'grumble', 'refrain', 'cry', 'chant', 'complaint', 'slogan', 'mantra', 'joke', 'saying']);
/** Verbs of coming upon something ("arrived to find", "saw", "spotted"). */
const FINDING = /^(?:find|found|finds|finding|saw|see|sees|spotted|noticed|discovered)$/;
/** Writing someone may come upon ("a handwritten note taped to the glass:", "a sign on the door:"). */
const FOUND_WRITING = new Set(['note', 'sign', 'notice', 'message', 'card', 'placard', 'poster', 'banner', 'graffiti', 'inscription', 'scrawl']);
/** Words a trade or what a shop sells is called by ("confectionery", "hardware", "joinery",
 * "motors", "foods", "logistics"): not an ending, which surnames share ("Lavery", "Ware"). */
const TRADE_WORDS = /^(?:confectionery|hardware|joinery|bakery|brewery|distillery|pottery|ironmongery|stationery|upholstery|carpentry|cutlery|drapery|fishery|creamery|nursery|motors|foods|plastics|logistics|engineering|electrics|supplies|builders|bakers|butchers|jewellers|opticians|chemists|cycles|coaches|removals|roofing|flooring|plumbing|catering|glazing|haulage|textiles|furniture|garage|garages)$/;
/** A firm's word before its name ("the utility Severnmouth Water"); not one for someone ("the
 * broadcaster Imogen Tullis-Baird"). */
const FIRM_WORDS_BEFORE_NAME = new Set(['company', 'firm', 'group', 'carrier', 'airline', 'bank', 'lender', 'insurer', 'retailer', 'supermarket', 'chain', 'utility', 'carmaker', 'automaker', 'chipmaker', 'conglomerate', 'charity', 'startup']);
/** Verbs whose object is then told to do something ("urged people in low-lying areas to move"). */
const URGING = /^(?:urge[ds]?|encourage[ds]?|implore[ds]?|begs?|begged|advise[ds]?|warn(?:s|ed)?|invite[ds]?|challenge[ds]?|called)$/;
/** Plural words for people that say nothing of who they are ("one of the people, a senior official"). */
const VAGUE_PEOPLE = new Set(['people', 'persons', 'sources', 'individuals']);
/** Words for a street that French, Spanish, Italian and Portuguese put before its name ("rue
 * Oberkampf", "calle Alcalá"); not "place" or "via", English words too ("kept in place Morgan"). */
const STREET_WORDS_BEFORE = new Set(['rue', 'avenue', 'boulevard', 'calle', 'avenida', 'viale', 'piazza', 'rua', 'praça', 'plaza', 'quai']);
/** Prepositions that bring in a street ("on rue Oberkampf", "off Avenue Foch"). */
const STREET_PREPS = new Set(['on', 'in', 'at', 'off', 'along', 'near', 'from', 'down', 'up']);

/** Token i opens how long someone has served: "with six years at the firm", "with more than 20
 * years in the job"; a time, not whom they speak for. */
function servedFor(toks: Tok[], i: number): boolean {
  if (toks[i]?.lo !== 'with') return false;
  let k = i + 1;
  if (/^(?:more|over|nearly|almost|about|some|just)$/.test(toks[k]?.lo ?? '')) k += toks[k + 1]?.lo === 'than' || toks[k + 1]?.lo === 'under' || toks[k + 1]?.lo === 'over' ? 2 : 1;
  return SPELLED_COUNT.test(toks[k]?.lo ?? '') && /^(?:years?|decades?|months?)$/.test(toks[k + 1]?.lo ?? '') && toks[k + 1]!.sent === toks[i]!.sent;
}
const SPELLED_COUNT = /^(?:\d{1,2}|a|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|several|many)$/;

function unnamedOwner(toks: Tok[], i: number): boolean {
  const t = toks[i];
  if (t?.k !== 'w') return false;
  if (t.lo === 'one' && toks[i + 1]?.lo === 'of') return true;
  return (t.lo === 'a' || t.lo === 'an' || t.lo === 'another') && toks[i + 1]?.k === 'w' && !toks[i + 1]!.cap;
}

function setOffRelativeOpening(toks: Tok[], end: number, sent: number): number {
  // (a verb of saying in the clause ends the search, unless it is the clause's own way of keeping the
  // one it is about unnamed: "The dog's owner, who asked not to be named, said"; not "The headteacher,
  // who said the pupil could not be named, described ...")
  let spoke = false;
  let formula = false;
  /** "to be named", "to give her name" at token k */
  const own = (k: number) => toks[k]?.lo === 'to' && (toks[k + 1]?.lo === 'be' || (toks[k + 1]?.lo === 'give' && /^(?:his|her|their)$/.test(toks[k + 2]?.lo ?? '') && toks[k + 3]?.lo === 'name'));
  for (let a = end - 1; a > 0 && end - a <= 30; a--) {
    const t = toks[a]!;
    if (t.sent !== sent || t.k === 'q') return -1;
    // ("her name": a noun)
    if (t.k === 'w' && isSpeechVerb(t) && !(t.lo === 'name' && /^(?:his|her|their)$/.test(toks[a - 1]?.lo ?? ''))) {
      if ((t.lo === 'asked' && /^(?:not|that)$/.test(toks[a + 1]?.lo ?? '')) || ((t.lo === 'named' || t.lo === 'identified') && toks[a - 1]?.lo === 'be') || ((t.lo === 'declined' || t.lo === 'refused') && own(a + 1))) formula = true;
      else spoke = true;
    }
    // (nor "The woman, who asked that she not be named, said": a plain word for someone is the one
    // described before, whom the linking pass finds)
    if (t.t === ',' && (toks[a + 1]?.lo === 'who' || toks[a + 1]?.lo === 'whose')) return spoke || (formula && (!keptUnnamed(toks, a + 1, end) || /^(?:woman|man|person|girl|boy)$/.test(toks[a - 1]?.lo ?? ''))) ? -1 : a;
  }
  return -1;
}

function checkSpeakerPosition(ctx: Ctx, cue: LocalCue): LocalCue {
  const { toks } = ctx;
  if (cue.weak || cue.at < 0) return cue;
  if (cue.ref === 'described') {
    const n = namedAfterLabel(ctx, cue);
    // (not the owner's name set off after the label's "for" phrase: "A spokesman for the pub’s
    // owner, Wearside Taverns, said")
    return n && !(n.mention >= 0 && ownerAppositiveSource(ctx, ctx.mentions[n.mention]!, toks[cue.at]!.sent)) ? n : cue;
  }
  if (cue.ref === 'role') return namedInRoleAppositive(ctx, cue) ?? cue;
  if ((cue.ref !== 'name' && cue.ref !== 'org') || cue.mention < 0) return cue;
  const m = ctx.mentions[cue.mention]!;
  const sent = toks[m.n0]!.sent;
  // the noun phrase's start: the mention's own prefix, then capitalised words and possessives
  // that run into it ("St Brennan's Hospital"), then "the"
  let b = Math.min(m.i0, m.n0) - 1;
  while (b >= 0 && toks[b]!.sent === sent && toks[b]!.k === 'w' && toks[b]!.cap && !isDateWord(toks[b]!.lo) && b > 0 && toks[b - 1]!.sent === sent) b--;
  while (b >= 0 && toks[b]!.sent === sent && DETERMINERS.has(toks[b]!.lo) && toks[b]!.lo !== 'a' && toks[b]!.lo !== 'an') b--;
  const before = b >= 0 && toks[b]!.sent === sent ? toks[b]! : null;
  if (before?.k !== 'w') return relativeObject(ctx, m, sent) ? { ...cue, weak: true } : cue;
  // the object of a preposition in a phrase about another noun: "whose son waited ... at X", "a
  // transfer from X" (not "according to", a passive's "by", "with X saying")
  // (but "a statement from X" is X's, and so are "the words of X")
  // (and "Minister for Foreign Affairs Simon Harris" is the minister)
  const ownWords = (before.lo === 'from' && (ISSUED_NOUNS.has(toks[b - 1]?.lo ?? '') || (PERSONAL_DOCUMENTS.has(toks[b - 1]?.lo ?? '') && m.type === 'person'))) || (before.lo === 'of' && toks[b - 1]?.lo === 'words' && toks[b - 2]?.lo === 'the') || ((before.lo === 'for' || before.lo === 'of') && titleChainBefore(toks, b));
  // ("The chief executive of Harlow Water said", "The chief constable of Eastmere Police has said": the
  // role's holder, whoever the story names as such, not the body)
  if (before.lo === 'of' && m.type !== 'person' && !m.personEvidence && toks[b - 1]?.k === 'w' && !toks[b - 1]!.cap && toks[b - 1]!.sent === sent && ROLE_NOUNS.has(toks[b - 1]!.lo)) {
    let d = b - 2;
    while (d >= 0 && b - 1 - d <= 2 && toks[d]!.k === 'w' && !toks[d]!.cap && toks[d]!.sent === sent && !DETERMINERS.has(toks[d]!.lo) && !FUNCTION_WORDS.has(toks[d]!.lo)) d--;
    const det = toks[d];
    const opens = !toks[d - 1] || toks[d - 1]!.sent !== sent || toks[d - 1]!.k === 'q' || toks[d - 1]!.t === ',';
    if (det?.k === 'w' && det.lo === 'the' && det.sent === sent && opens && m.i1 <= cue.at + 1) {
      const words = toks.slice(d + 1, b).map((w) => w.lo).join(' ');
      return { ...NONE, ref: 'role', roleHead: toks[b - 1]!.lo, gender: ROLE_GENDER[toks[b - 1]!.lo] ?? null, text: `the ${words} of ${m.name}`, cue: cue.cue, at: b - 1 };
    }
  }
  if (DESCRIBING_PREPS.has(before.lo) && !before.cap && b > 0 && toks[b - 1]!.sent === sent && !ownWords) return { ...cue, weak: true };
  // the object of a naming participle: "the storm, named Orla," (a person noun before it makes the
  // name that person's: "a teacher named Owen Price")
  if (NAMING_PARTICIPLES.has(before.lo)) {
    let n = b - 1;
    while (n >= 0 && toks[n]!.t === ',') n--;
    const noun = n >= 0 && toks[n]!.sent === sent ? toks[n]! : null;
    if (noun?.k !== 'w' || !(isPersonNoun(noun.lo) || ROLE_NOUNS.has(noun.lo))) return { ...cue, weak: true };
  }
  return relativeObject(ctx, m, sent) ? { ...cue, weak: true } : cue;
}

/** The mention ends a relative clause that opened after another noun in its clause ("A mother whose
 * son waited ... X has called"), with no comma between: it belongs to that clause, and the verb
 * after it to the noun before "whose". */
function relativeObject(ctx: Ctx, m: Mention, sent: number): boolean {
  const { toks } = ctx;
  for (let k = Math.min(m.i0, m.n0) - 1; k > 0 && toks[k]!.sent === sent; k--) {
    const t = toks[k]!;
    if (t.k !== 'w') {
      if (CLAUSE_BREAK.has(t.t) || t.k === 'q') return false;
      continue;
    }
    // (a "that" clause or a speech verb opens the clause the mention is in)
    if (t.lo === 'that' || isSpeechVerb(t)) return false;
    if (RELATIVES.has(t.lo)) {
      const head = toks[k - 1]!;
      return head.sent === sent && head.k === 'w' && !head.cap && (isPersonNoun(head.lo) || (isNounish(head.lo) && !isVerbish(head.lo)));
    }
  }
  return false;
}

/** "A regular customer, the poet Sam Ibbott, called ...": a described label with a name set off right
 * after it is that person; "a woman who would give only her first name, Marta": a name given in
 * the label's relative clause is the person's too. */
function namedAfterLabel(ctx: Ctx, cue: LocalCue): LocalCue | null {
  const { toks } = ctx;
  const sent = toks[cue.at]!.sent;
  let k = cue.at + 1;
  const nameCue = (mi: number): LocalCue | null => {
    const m = ctx.mentions[mi]!;
    if (m.type === 'org' || m.type === 'place' || m.poss) return null;
    return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name, cue: cue.cue };
  };
  // ("said one woman, who has shopped at Brannigans for years": a relative clause set off after the
  // label is about the person, and a name in it is theirs only when it gives their name, below)
  // (past the label's phrase: "a spokeswoman for the World Food Programme, who gave her name only as ...")
  let pp = k;
  if (toks[k]?.k === 'w' && POST_PREPS.has(toks[k]!.lo) && toks[k]!.sent === sent) {
    while (pp < toks.length && pp - k < 8 && toks[pp]!.k === 'w' && toks[pp]!.sent === sent) pp++;
    // (... or a name set off after it: "The chair of the jury, the Ghanaian curator Kwabena Asante-Darko, said")
    if (toks[pp]?.t === ',' && toks[pp + 1]?.sent === sent) k = pp;
  }
  if (toks[k]?.t === ',' && toks[k]!.sent === sent && RELATIVES.has(toks[k + 1]?.lo ?? '') && toks[k + 1]!.sent === sent) k++;
  else if (toks[k]?.t === ',' && toks[k]!.sent === sent) {
    // ", [the] [role words] Name ,"
    let j = k + 1;
    // (a demonym among the role words: ", the Ghanaian curator Kwabena Asante-Darko,")
    const demonym = (x: number) => ctx.mentionAt[x]! >= 0 && ctx.mentions[ctx.mentionAt[x]!]!.type === 'place' && ctx.mentions[ctx.mentionAt[x]!]!.tokens.length === 1 && isDemonym(toks[x]!.lo);
    // (up to four words, or up to seven with a person noun among them: ", retired professor of
    // comparative literature Dr Subhendu Mitra,")
    while (j < toks.length && j - k <= 7 && toks[j]!.sent === sent && toks[j]!.k === 'w' && (!toks[j]!.cap || demonym(j))) j++;
    // (and no determiner after the phrase's first word, nor a preposition right before the name: not
    // "a close friend of the murdered pensioner Tom Walsh", "a passenger sitting next to the driver
    // Alan Fitch", whose names are someone else's)
    const words = toks.slice(k + 1, j);
    // (nor, however short the phrase, right after a preposition: ", a retired teacher from
    // Scarborough," is where she is from)
    const long = (j - k > 5 && (!words.some((t) => isKnownPersonNoun(t.lo)) || words.slice(1).some((t) => DETERMINERS.has(t.lo)))) || (j - 1 > k && PREPOSITIONS.has(toks[j - 1]!.lo));
    const mi = j < toks.length && toks[j]!.sent === sent && !long ? mentionAtOrMod(ctx, j) : -1;
    if (mi >= 0) {
      const m = ctx.mentions[mi]!;
      const after = toks[m.i1];
      if (after && after.sent === sent && (after.t === ',' || after.k === 'w')) return nameCue(mi);
    }
    return null;
  }
  // "a baker named Tess Orme": the name a naming participle gives the label
  if (toks[k] && toks[k]!.sent === sent && NAMING_PARTICIPLES.has(toks[k]!.lo)) {
    const mi = mentionAtOrMod(ctx, k + 1);
    return mi >= 0 && ctx.mentions[mi]!.i0 === k + 1 ? nameCue(mi) : null;
  }
  if (!toks[k] || toks[k]!.sent !== sent || !RELATIVES.has(toks[k]!.lo)) return null;
  let named = false;
  // (within the clause, and not one that keeps the name back: "who ... asked not to be named, said
  // the letter was found in Wilkes Ridge")
  // (a comma ends it, unless the name it gives is set off by it: "who would give only her first
  // name, Marta")
  for (k++; k < toks.length && toks[k]!.sent === sent && toks[k]!.k !== 'q' && !(toks[k]!.t === ',' && !(named && toks[k + 1]?.cap)); k++) {
    const t = toks[k]!;
    if ((t.lo === 'name' || t.lo === 'named' || t.lo === 'names') && !keptUnnamed(toks, k - 4, k + 1)) named = true;
    else if (named && t.k === 'w' && t.cap) {
      const mi = mentionAtOrMod(ctx, k);
      if (mi >= 0) return nameCue(mi) ?? { ...cue, weak: true };
      return { ...cue, weak: true };
    }
  }
  return null;
}

/** "The tenant, a care worker named Grace Obi, told magistrates": a role set off by an appositive of
 * "a" or "an", a few lower-case words ending in a person noun, and a naming participle with a name
 * closed by a comma, is that name's (the name the role's holder is given) */
function namedInRoleAppositive(ctx: Ctx, cue: LocalCue): LocalCue | null {
  const { toks } = ctx;
  const sent = toks[cue.at]!.sent;
  let k = cue.at + 1;
  if (toks[k]?.t !== ',' || toks[k]!.sent !== sent || !(toks[k + 1]?.lo === 'a' || toks[k + 1]?.lo === 'an')) return null;
  k += 2;
  const start = k;
  while (k < toks.length && k - start < 4 && toks[k]!.sent === sent && toks[k]!.k === 'w' && !toks[k]!.cap && !NAMING_PARTICIPLES.has(toks[k]!.lo)) k++;
  if (k === start || !isPersonNoun(toks[k - 1]!.lo) || isGroupNoun(toks[k - 1]!.lo)) return null;
  if (!(toks[k]?.lo === 'named' || toks[k]?.lo === 'called') || toks[k]!.sent !== sent) return null;
  const mi = mentionAtOrMod(ctx, k + 1);
  const m = mi >= 0 ? ctx.mentions[mi]! : null;
  if (!m || m.i0 !== k + 1 || m.type === 'org' || m.type === 'place' || m.poss) return null;
  if (toks[m.i1]?.t !== ',' || toks[m.i1]!.sent !== sent) return null;
  return { ...NONE, ref: 'name', mention: mi, at: m.i1 - 1, text: m.name, cue: cue.cue };
}

/**
 * A sentence (from token i, its first) opening with a name of one to three capitalised words, each
 * one `nameWord` accepts, set off by ", the|a|an" and lower-case words `appositiveWord` accepts,
 * closed by a comma and the sentence's verb ("Chatterly, the messaging app, said"). The closing
 * comma's token, else -1.
 */
function appositiveOpening(ctx: Ctx, i: number, nameWord: (j: number) => boolean, appositiveWord: (t: Tok) => boolean): number {
  const { toks } = ctx;
  const sent = toks[i]!.sent;
  const first = toks[i]!;
  if (!first.cap || FUNCTION_WORDS.has(first.lo) || INTRO_WORDS.has(first.lo) || DETERMINERS.has(first.lo) || isDateWord(first.lo)) return -1;
  let j = i;
  while (j < toks.length && toks[j]!.sent === sent && toks[j]!.k === 'w' && toks[j]!.cap) {
    if (j - i >= 3 || !nameWord(j)) return -1;
    j++;
  }
  if (toks[j]?.t !== ',' || toks[j]!.sent !== sent) return -1;
  const det = toks[j + 1];
  if (!det || det.sent !== sent || !(det.lo === 'the' || det.lo === 'a' || det.lo === 'an')) return -1;
  for (let k = j + 2; k < toks.length && k - j <= 8 && toks[k]!.sent === sent; k++) {
    const t = toks[k]!;
    if (t.t === ',') {
      const v = toks[k + 1];
      return k > j + 2 && v && v.sent === sent && v.k === 'w' && (isSpeechVerb(v) || isVerbish(v.lo) || AUXILIARIES.has(v.lo)) ? k : -1;
    }
    if (t.k !== 'w' || t.cap || !appositiveWord(t)) return -1;
  }
  return -1;
}

/** "Chatterly, the messaging app, said": the name is no person's (no person mention covers any of
 * its words) and no person noun is in the appositive. */
function appositiveNameOpening(ctx: Ctx, i: number): boolean {
  const notPerson = (j: number) => {
    const mi = mentionAtOrMod(ctx, j);
    return !(mi >= 0 && (ctx.mentions[mi]!.type === 'person' || ctx.mentions[mi]!.personEvidence));
  };
  return appositiveOpening(ctx, i, notPerson, (t) => !isPersonNoun(t.lo)) >= 0;
}

/** "Norvane, the logistics software start-up, has raised ...", "Vantage Land, the developer, had
 * argued": the name is one mention, no person's, and the appositive's last word an organisation
 * word ("company", "firm", "developer", "start-up"); the verb after it is in lower case. The
 * name's mention and that word, else null. */
function appositiveOrgOpening(ctx: Ctx, i: number): { mention: number; head: string } | null {
  const mi = mentionAtOrMod(ctx, i);
  if (mi < 0) return null;
  const m = ctx.mentions[mi]!;
  if (m.type === 'person' || m.personEvidence || m.gender || m.title) return null;
  const close = appositiveOpening(ctx, i, (j) => mentionAtOrMod(ctx, j) === mi, () => true);
  if (close < 0 || ctx.toks[close + 1]!.cap) return null;
  const head = ctx.toks[close - 1]!.lo.replace(/-/g, '');
  return ORG_ANAPHORS.has(head) ? { mention: mi, head } : null;
}
