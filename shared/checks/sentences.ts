/**
 * Where sentences start, as a copy editor reads them: after a full stop, question or exclamation
 * mark, but not after "Nov.", "No.", "U.S." or an initial.
 */

const OPENING_MARKS = new Set(['“', '"', '‘', "'", '(', '[', '«']);
const CLOSING_MARKS = new Set(['”', '"', '’', "'", ')', ']', '»']);

/** Abbreviations that end in a full stop without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. no. nos. st. mr. mrs. ms. dr. gov. sen. rep. gen. lt. col. capt. ' +
    'sgt. maj. adm. cmdr. prof. rev. jr. sr. inc. co. corp. ltd. vs. v. ave. blvd. rd. mt. ft. fig. p. pp. vol. ch. approx. est. ' +
    'e.g. i.e. a.m. p.m. u.s. u.k. u.n.'
  ).split(' '),
);

const isSpace = (c: string | undefined) => c !== undefined && /\s/.test(c);

/** True when the character at `pos` begins a sentence (opening quote marks and brackets before it allowed). */
export function isSentenceStart(text: string, pos: number): boolean {
  let i = pos;
  while (i > 0 && OPENING_MARKS.has(text[i - 1]!)) i--;
  if (i === 0) return true;
  let j = i;
  while (j > 0 && isSpace(text[j - 1])) j--;
  if (j === i) return false;
  if (j === 0) return true;
  let k = j;
  while (k > 0 && CLOSING_MARKS.has(text[k - 1]!)) k--;
  const end = text[k - 1];
  if (end === '!' || end === '?') return true;
  if (end !== '.' || text[k - 2] === '.') return false;
  const word = /[\p{L}\p{N}.]*$/u.exec(text.slice(Math.max(0, k - 24), k))?.[0] ?? '';
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  // An initial (J.) or a dotted abbreviation (U.S., a.m.) does not end a sentence here.
  if (/^(?:\p{L}\.)+$/u.test(word)) return false;
  return true;
}

/** The word just before `pos` (skipping spaces), with where it starts; '' when there is none. */
export function wordBefore(text: string, pos: number): { word: string; start: number } {
  let i = pos;
  while (i > 0 && isSpace(text[i - 1])) i--;
  if (i === pos && pos > 0) return { word: '', start: pos };
  let s = i;
  while (s > 0 && !isSpace(text[s - 1])) s--;
  return { word: text.slice(s, i), start: s };
}

/** Up to `n` words after `pos`, lower-cased, with trailing commas and full stops of sentences left on. */
export function wordsAfter(text: string, pos: number, n: number): string[] {
  const out: string[] = [];
  const re = /\S+/g;
  re.lastIndex = pos;
  if (!isSpace(text[pos]) && pos < text.length) return out;
  for (let m = re.exec(text); m && out.length < n; m = re.exec(text)) out.push(m[0].toLowerCase());
  return out;
}
