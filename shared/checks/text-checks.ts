import { capitalise, numberInWords } from './numbers';
import type { TextScope } from './rules';
import { isSentenceStart, wordBefore, wordsAfter } from './sentences';

/**
 * The house rules written in code that read one piece of text at a time: a paragraph of the body,
 * the headline or the standfirst. Each reports hits by offsets into that text; the engine turns
 * them into matches. No rule here looks outside its text, except through `continues` (below).
 */

export interface TextHit {
  from: number;
  to: number;
  message: string;
  replacements: string[];
  /**
   * An opening quotation mark left open at the end of a paragraph is right when the next
   * paragraph opens with one (a quote running over paragraphs); the engine keeps the hit only
   * when it does not.
   */
  continues?: boolean;
}

export type TextCheck = (text: string, scope: TextScope, hit: (h: TextHit) => void) => void;

// ---------------------------------------------------------------------------------------------
// Numbers

const DIGIT_WORDS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

/** A lone digit 1–9: not part of a bigger number, a decimal, a time, a score, an ordinal or a compound (3-year-old). */
// The lookbehind follows the digit so it is tried at digits only (a leading one is tried everywhere).
const LONE_DIGIT = /[1-9](?<![\p{L}\p{N}$£€¥#.,:/+\-–−_'’@][1-9])(?![\p{L}\p{N}%°_]|[.,:/]\p{N}|[-–][\p{L}\p{N}])/gu;

const MONTH_WORDS =
  'jan jan. january feb feb. february mar mar. march apr apr. april may jun jun. june jul jul. july aug aug. august sep sep. sept sept. september oct oct. october nov nov. november dec dec. december';

/** Words before a figure that keep it a figure: ranks, pages, dates, ages. */
const FIGURE_AFTER_WORD = new Set(
  `no. nos. number page pages p. pp. chapter section article room route rte. highway interstate grade level category phase stage act scene game round week day size channel flight gate platform terminal verse version vol. volume model aged age ages $ ${MONTH_WORDS}`.split(
    ' ',
  ),
);

/** Words after a figure that keep it a figure: percentages, money, measures, times. */
const FIGURE_BEFORE_WORD = new Set(
  "percent per % million billion trillion a.m. p.m. am pm km kilometers kilometres miles mph kph km/h kg kilograms grams pounds lbs feet foot ft inches inch meters metres cm mm degrees mb gb o’clock o'clock x".split(
    ' ',
  ),
);
const AGE_UNITS = new Set(['years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'day']);

const trimWord = (w: string) => w.replace(/[,;:!?)”’"']+$/u, '').replace(/\.$/, (dot) => (/^(?:\p{L}\.)+$/u.test(w) ? dot : ''));

const spellOutSmallNumbers: TextCheck = (text, _scope, hit) => {
  LONE_DIGIT.lastIndex = 0;
  for (let m = LONE_DIGIT.exec(text); m; m = LONE_DIGIT.exec(text)) {
    const pos = m.index;
    // A sentence that opens with a figure is the sentence-start rule's to report.
    if (isSentenceStart(text, pos)) continue;
    const before = wordBefore(text, pos);
    const prev = before.word.toLowerCase();
    if (FIGURE_AFTER_WORD.has(prev)) continue;
    // A vote or a range: "5 to 4".
    if (prev === 'to' && /^\p{N}+$/u.test(wordBefore(text, before.start).word)) continue;
    // "Formula 1", "Windows 7", "Japan 2, Korea 1": a figure after a name is part of it.
    if (/^\p{Lu}/u.test(before.word) && !isSentenceStart(text, before.start)) continue;
    const [next = '', next2 = ''] = wordsAfter(text, pos + 1, 2);
    const n1 = next.replace(/[,;:!?)”’"']+$/u, '');
    if (FIGURE_BEFORE_WORD.has(n1) || FIGURE_BEFORE_WORD.has(trimWord(next))) continue;
    if (AGE_UNITS.has(n1) && trimWord(next2) === 'old') continue;
    if ((n1 === 'to' || n1 === 'and' || n1 === 'or') && /^\p{N}/u.test(next2)) continue;
    const word = DIGIT_WORDS[Number(m[0])]!;
    hit({ from: pos, to: pos + 1, message: `Spell out numbers one to nine: “${word}”`, replacements: [word] });
  }
};

/** A figure opening a sentence (not a year: "2023 was a cold year" stands). */
const NUMERAL = /[0-9](?<![\p{L}\p{N}$£€¥#.,:/+\-–−_'’@][0-9])(?:[0-9,.]*[0-9])?(?![\p{L}\p{N}])/gu;

const sentenceInitialNumerals: TextCheck = (text, _scope, hit) => {
  NUMERAL.lastIndex = 0;
  for (let m = NUMERAL.exec(text); m; m = NUMERAL.exec(text)) {
    if (!isSentenceStart(text, m.index)) continue;
    const figure = m[0];
    if (/^(?:1\d|20)\d\d$/.test(figure)) continue;
    const words = /^\d+$/.test(figure) ? numberInWords(Number(figure)) : null;
    const percent = text[m.index + figure.length] === '%';
    const to = m.index + figure.length + (percent ? 1 : 0);
    hit({
      from: m.index,
      to,
      message: words
        ? `Spell out a number that starts a sentence: “${capitalise(words)}”`
        : 'A sentence should not start with a figure: rewrite it so the number comes later',
      replacements: words ? [capitalise(words) + (percent ? ' percent' : '')] : [],
    });
  }
};

// ---------------------------------------------------------------------------------------------
// Titles before names

/** Formal titles, capitalised directly before a name. Longer titles first, so "vice president" wins over "president". */
const FORMAL_TITLES = [
  'deputy prime minister',
  'prime minister',
  'vice president',
  'president',
  'foreign minister',
  'defense minister',
  'defence minister',
  'finance minister',
  'secretary-general',
  'secretary of state',
  'attorney general',
  'chief justice',
  'chancellor',
  'premier',
  'mayor',
  'king',
  'queen',
  'prince',
  'princess',
  'pope',
  'ambassador',
  'judge',
];
/** Titles abbreviated before a name. */
const ABBREVIATED_TITLES: Record<string, string> = { 'lieutenant governor': 'Lt. Gov.', governor: 'Gov.', senator: 'Sen.' };

const TITLE = new RegExp(
  `(?:${[...Object.keys(ABBREVIATED_TITLES), ...FORMAL_TITLES]
    .sort((a, b) => b.length - a.length)
    .map((t) => t.replace(/ /g, '\\s'))
    .join('|')})(?=\\s)`,
  'giu',
);
/** A name after the title: a capitalised word, perhaps after an initial ("George W. Bush" reads from "George"). */
const NAME_AFTER = /^\s(?:\p{Lu}\.\s)?(\p{Lu}[\p{Ll}\p{M}’'-]+)/u;
const NOT_A_NAME = new Set(
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December The A An In On At And But Of For To This That It He She They We I His Her Their Its'.split(
    ' ',
  ),
);
/** A company's president is not a head of state: corporate titles stay lower case (AP). */
const NOT_FORMAL_AFTER = new Set(
  'a an company firm bank club university college school union association group board league team network corporation its their his her'.split(' '),
);

const WORD_OR_HYPHEN = /[\p{L}\p{N}-]/u;

const titleCase = (t: string) => t.replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()).replace(/\sOf\s/, ' of ');

const titlesBeforeNames: TextCheck = (text, _scope, hit) => {
  TITLE.lastIndex = 0;
  for (let m = TITLE.exec(text); m; m = TITLE.exec(text)) {
    if (m.index > 0 && WORD_OR_HYPHEN.test(text[m.index - 1]!)) {
      TITLE.lastIndex = m.index + 1;
      continue;
    }
    const found = m[0];
    const name = NAME_AFTER.exec(text.slice(m.index + found.length, m.index + found.length + 60));
    if (!name || NOT_A_NAME.has(name[1]!)) continue;
    const prev = wordBefore(text, m.index).word;
    if (NOT_FORMAL_AFTER.has(prev.toLowerCase()) || /['’]s$/u.test(prev)) continue;
    const key = found.toLowerCase().replace(/\s+/g, ' ');
    const short = ABBREVIATED_TITLES[key];
    if (short) {
      hit({ from: m.index, to: m.index + found.length, message: `Abbreviate the title before a name: “${short}”`, replacements: [short] });
      continue;
    }
    const want = titleCase(key);
    if (found === want) continue;
    hit({ from: m.index, to: m.index + found.length, message: `Capitalise a formal title directly before a name: “${want}”`, replacements: [want] });
  }
};

// ---------------------------------------------------------------------------------------------
// Dates

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Months before a date: the long ones abbreviated, March to July in full (AP). */
const MONTH_WITH_DATE = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const MONTH_AND_DAY = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)([a-z]*)(\.?)(?=\s\d{1,2}(?![\p{N}]))/gu;

/** The house form of a month written before a day, or null when the word is no month ("Mayor 3"). */
export function monthWithDate(word: string): string | null {
  const bare = word.replace(/\.$/, '');
  const i = MONTHS.findIndex((m) => m.slice(0, 3) === bare.slice(0, 3));
  if (i === -1) return null;
  const full = MONTHS[i]!;
  if (bare !== full && bare !== full.slice(0, 3) && !(i === 8 && bare === 'Sept')) return null;
  return MONTH_WITH_DATE[i]!;
}

const monthsWithDates: TextCheck = (text, _scope, hit) => {
  MONTH_AND_DAY.lastIndex = 0;
  for (let m = MONTH_AND_DAY.exec(text); m; m = MONTH_AND_DAY.exec(text)) {
    const want = monthWithDate(m[0]);
    if (!want || want === m[0]) continue;
    hit({ from: m.index, to: m.index + m[0].length, message: `Write the month before a date as “${want}”`, replacements: [want] });
  }
};

// ---------------------------------------------------------------------------------------------
// Quotation marks and brackets

/** A straight mark opens when nothing but space, a bracket, a dash or another opening mark stands before it. */
const opensHere = (before: string | undefined) => before === undefined || /[\s([{\u2014\u2013“‘-]/u.test(before);

const straightQuotes: TextCheck = (text, _scope, hit) => {
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    const curly = opensHere(text[i - 1]) ? '“' : '”';
    hit({ from: i, to: i + 1, message: `Straight quotation mark left in the copy: “${curly}”`, replacements: [curly] });
  }
  for (let i = text.indexOf("'"); i !== -1; i = text.indexOf("'", i + 1)) {
    // Apostrophes and closing marks are ’; an opening mark is ‘, except for a dropped figure ('90s).
    const curly = opensHere(text[i - 1]) && !/\p{N}/u.test(text[i + 1] ?? '') ? '‘' : '’';
    hit({ from: i, to: i + 1, message: `Straight apostrophe or quotation mark left in the copy: “${curly}”`, replacements: [curly] });
  }
};

/** True when a paragraph opens with a quotation mark (so the one before may run on into it). */
export function opensWithQuote(text: string): boolean {
  const first = /\S/u.exec(text)?.[0];
  return first === '“' || first === '"' || first === '«';
}

const DOUBLE_QUOTE_MARK = /[“”"]/g;
const BRACKET = /[()[\]{}]/g;

const unbalancedQuotes: TextCheck = (text, _scope, hit) => {
  const open: number[] = [];
  DOUBLE_QUOTE_MARK.lastIndex = 0;
  for (let m = DOUBLE_QUOTE_MARK.exec(text); m; m = DOUBLE_QUOTE_MARK.exec(text)) {
    const i = m.index;
    const c = m[0];
    const opening = c === '“' || (c === '"' && opensHere(text[i - 1]));
    const closing = c === '”' || (c === '"' && !opening);
    if (opening) open.push(i);
    else if (closing) {
      if (open.length) open.pop();
      else hit({ from: i, to: i + 1, message: 'Closing quotation mark with no opening one', replacements: [] });
    }
  }
  for (const i of open) hit({ from: i, to: i + 1, message: 'Quotation mark opened here is never closed', replacements: [], continues: true });
};

const PAIRS: Record<string, string> = { ')': '(', ']': '[', '}': '{' };

const unbalancedBrackets: TextCheck = (text, _scope, hit) => {
  const open: number[] = [];
  // A list label ("a)", "2)") at the start of a paragraph has no opening bracket.
  const label = /^\s*[\p{L}\p{N}]{1,3}\)/u.exec(text);
  BRACKET.lastIndex = label ? label[0].length : 0;
  for (let m = BRACKET.exec(text); m; m = BRACKET.exec(text)) {
    const i = m.index;
    const c = m[0];
    if (c === '(' || c === '[' || c === '{') open.push(i);
    else if (c === ')' || c === ']' || c === '}') {
      const top = open[open.length - 1];
      if (top !== undefined && text[top] === PAIRS[c]) open.pop();
      else if (c === ')' && (text[i - 1] === ':' || text[i - 1] === ';')) continue;
      else hit({ from: i, to: i + 1, message: `“${c}” closes a bracket that was never opened`, replacements: [] });
    }
  }
  for (const i of open) hit({ from: i, to: i + 1, message: `“${text[i]}” is never closed`, replacements: [] });
};

// ---------------------------------------------------------------------------------------------
// Doubled words

const NON_ASCII_LETTER = /[\p{L}\p{M}]/u;
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c | 32) >= 97 && (c | 32) <= 122;
  return NON_ASCII_LETTER.test(text[i]!);
}
/** A digit, apostrophe or hyphen glued to a word makes it another word ("the the-way" is no doubling). */
function gluedAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 48 && c <= 57) || c === 39 || c === 45 || c === 0x2019;
}
const SPACE_ONLY = /^\s+$/;
/** Doubled on purpose in good English. */
const MAY_DOUBLE = new Set(['had', 'that']);

/** One pass over the letters (a regular expression with a back-reference costs ten times as much). */
const doubledWords: TextCheck = (text, _scope, hit) => {
  const n = text.length;
  let prevStart = -1;
  let prevEnd = -1;
  let prevClean = false;
  let i = 0;
  while (i < n) {
    if (!isLetterAt(text, i)) {
      i++;
      continue;
    }
    const start = i;
    while (i < n && isLetterAt(text, i)) i++;
    const end = i;
    const cleanBefore = start === 0 || !gluedAt(text, start - 1);
    const cleanAfter = end === n || !gluedAt(text, end);
    if (prevClean && cleanAfter && end - start === prevEnd - prevStart && SPACE_ONLY.test(text.slice(prevEnd, start))) {
      const word = text.slice(start, end).toLowerCase();
      const first = text.slice(prevStart, prevEnd);
      if (word === first.toLowerCase() && !MAY_DOUBLE.has(word)) {
        hit({ from: prevStart, to: end, message: `“${text.slice(prevStart, end)}”: the word is doubled`, replacements: [first] });
      }
    }
    prevStart = start;
    prevEnd = end;
    prevClean = cleanBefore;
  }
};

/** The code rules that read text, by rule id. */
export const TEXT_CHECKS: Readonly<Partial<Record<string, TextCheck>>> = {
  'numbers.spell-out': spellOutSmallNumbers,
  'numbers.sentence-start': sentenceInitialNumerals,
  'style.titles-before-names': titlesBeforeNames,
  'dates.months': monthsWithDates,
  'copy.doubled-word': doubledWords,
  'copy.straight-quotes': straightQuotes,
  'copy.unbalanced-quotes': unbalancedQuotes,
  'copy.unbalanced-brackets': unbalancedBrackets,
};
