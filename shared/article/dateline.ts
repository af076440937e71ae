import type { Dateline } from './model';

/**
 * The dateline as it opens the story, in house style: "KYIV, Nov. 26 —", or "WASHINGTON —"
 * when no date is given. Place and date are printed as the reporter wrote them. An empty
 * dateline gives ''.
 */
export function formatDateline(d: Dateline | null | undefined): string {
  const text = datelineText(d);
  return text ? `${text} —` : '';
}

/** The dateline as one editable line, without the dash: "KYIV, Nov. 26". */
export function datelineText(d: Dateline | null | undefined): string {
  if (!d) return '';
  const place = d.place.trim();
  const date = d.date.trim();
  if (!place) return date;
  return date ? `${place}, ${date}` : place;
}

const MONTH = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}$/i;
const DAY_MONTH = /^\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;
const WEEKDAY = /^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)[a-z]*\.?$/i;
const NUMERIC = /^\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?$/;

function looksLikeDate(s: string): boolean {
  return MONTH.test(s) || DAY_MONTH.test(s) || WEEKDAY.test(s) || NUMERIC.test(s);
}

/**
 * Reads the one-line dateline field: "KYIV, Nov. 26" → {place: "KYIV", date: "Nov. 26"}.
 * The date is the last comma part when it reads as a date, so "PORTLAND, Ore., Nov. 26" keeps
 * "PORTLAND, Ore." as the place. A trailing dash typed out of habit is dropped. Empty → null.
 */
export function parseDatelineText(text: string): Dateline | null {
  const clean = text
    .replace(/\s*(?:—|–|--|-)\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!clean) return null;
  const parts = clean.split(/\s*,\s*/);
  if (parts.length > 1 && looksLikeDate(parts[parts.length - 1])) {
    return { place: parts.slice(0, -1).join(', '), date: parts[parts.length - 1] };
  }
  if (parts.length === 1 && looksLikeDate(clean)) return { place: '', date: clean };
  return { place: clean, date: '' };
}
