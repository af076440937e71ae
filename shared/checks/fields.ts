import { bylineText, type Contributor, type Dateline, datelineText } from '../article/index';
import { monthWithDate } from './text-checks';

/**
 * The checks of a story's fields that are not about words: the headline fits its slot, the
 * standfirst its limit, someone is credited, the dateline has the house form.
 */

export interface FieldProblem {
  ruleId: string;
  from: number;
  to: number;
  message: string;
  replacements: string[];
}

/** UTF-16 offset of the `n`-th character (code point), so a limit counts what a person sees as characters. */
function offsetOfChar(text: string, n: number): number {
  let i = 0;
  for (let seen = 0; seen < n && i < text.length; seen++) i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  return i;
}

export const characterCount = (text: string) => [...text].length;

export function headlineProblems(headline: string, limit: number): FieldProblem[] {
  if (!headline.trim()) return [{ ruleId: 'story.headline-empty', from: 0, to: headline.length, message: 'The story has no headline', replacements: [] }];
  const count = characterCount(headline);
  if (count <= limit) return [];
  // As Superdesk does: the characters past the slot are what the match covers.
  return [
    {
      ruleId: 'story.headline-length',
      from: offsetOfChar(headline, limit),
      to: headline.length,
      message: `The headline is ${count} characters; the slot takes ${limit} (${count - limit} over)`,
      replacements: [],
    },
  ];
}

export function standfirstProblems(standfirst: string, limit: number): FieldProblem[] {
  const count = characterCount(standfirst);
  if (count <= limit) return [];
  return [
    {
      ruleId: 'story.standfirst-length',
      from: offsetOfChar(standfirst, limit),
      to: standfirst.length,
      message: `The standfirst is ${count} characters; the house limit is ${limit} (${count - limit} over)`,
      replacements: [],
    },
  ];
}

export function bylineProblems(contributors: readonly Contributor[]): FieldProblem[] {
  if (contributors.some((c) => c.name.trim())) return [];
  return [{ ruleId: 'story.byline-empty', from: 0, to: 0, message: 'Nobody is credited: add a contributor to the byline', replacements: [] }];
}

export const bylineFieldText = (contributors: readonly Contributor[]) => bylineText(contributors);

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The date of a dateline in house form ("Nov. 26"), or null when it cannot be read as one. */
export function houseDate(date: string): string | null {
  const d = date.trim().replace(/\s+/g, ' ');
  if (WEEKDAY.test(d)) return d;
  const monthFirst = /^(\p{L}+\.?) (\d{1,2})(?:st|nd|rd|th)?$/u.exec(d);
  const dayFirst = /^(\d{1,2})(?:st|nd|rd|th)? (\p{L}+\.?)$/u.exec(d);
  const [month, day] = monthFirst ? [monthFirst[1]!, monthFirst[2]!] : dayFirst ? [dayFirst[2]!, dayFirst[1]!] : [null, null];
  if (!month || !day || Number(day) < 1 || Number(day) > 31) return null;
  const capitalised = month.charAt(0).toUpperCase() + month.slice(1).toLowerCase();
  const want = monthWithDate(capitalised);
  return want ? `${want} ${Number(day)}` : null;
}

/** A dateline reads "KYIV, Nov. 26": the place in capitals (a state or country after a comma as written), then the date. */
export function datelineProblems(dateline: Dateline | null): FieldProblem[] {
  const text = datelineText(dateline);
  if (!dateline || !text) return [];
  const place = dateline.place.trim();
  const date = dateline.date.trim();
  const wrong: string[] = [];
  let wantPlace = place;
  if (!place) wrong.push('it has a date but no place');
  else {
    const [city, ...rest] = place.split(/\s*,\s*/);
    if (city !== city!.toUpperCase()) {
      wrong.push('the place is set in capitals');
      wantPlace = [city!.toUpperCase(), ...rest].join(', ');
    }
  }
  let wantDate: string | null = date;
  if (date) {
    wantDate = houseDate(date);
    if (wantDate === null) wrong.push('the date is written like “Nov. 26”');
    else if (wantDate !== date) wrong.push(`the date is written “${wantDate}”`);
  }
  if (!wrong.length) return [];
  const replacement = place && wantDate !== null ? datelineText({ place: wantPlace, date: wantDate }) : null;
  return [
    {
      ruleId: 'story.dateline-form',
      from: 0,
      to: text.length,
      message: `Dateline: ${wrong.join('; ')}${replacement ? ` — “${replacement}”` : ''}`,
      replacements: replacement && replacement !== text ? [replacement] : [],
    },
  ];
}
