import type { Article, Byline, Dateline } from '../article/model';
import { parseBylineLine } from './byline-text';

/** Wire markers at the end of a headline line: a photo, video or graphic goes with the story. */
const HEADLINE_MARKERS = /\s+\(?(PHOTOS?|VIDEO|GRAPHICS?|URGENT|UPDATE\s*\d*|CORRECTED)\)?\s*$/;

/** "KYIV, Nov. 26 (Kyodo) -- " / "TOKYO (Reuters) - " / "WASHINGTON — " at the start of the first paragraph. */
const DATELINE =
  /^(\p{Lu}[\p{Lu}\p{M} .'’-]*\p{Lu}(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)?)(?:,\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December)\.?\s+\d{1,2}))?\s*(?:\(([^)]{2,40})\))?\s*(?:—|–|--|-)\s+/u;

export interface ImportedStory {
  headline: string;
  standfirst: string;
  byline: Byline;
  dateline: Dateline | null;
  body: Article['body'];
}

/** Splits text into paragraphs: one per line, or one per blank-line block when lines are hard-wrapped. */
export function textParagraphs(text: string): string[] {
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const blocks = normalized.split(/\n\s*\n/).map((b) => b.split('\n').map((l) => l.trim()).filter(Boolean)).filter((b) => b.length);
  const wrapped = blocks.length > 1 && blocks.some((b) => b.length > 1) && blocks.every((b) => b.length === 1 || b.slice(0, -1).every((l) => l.length > 40));
  if (wrapped) return blocks.map((b) => b.join(' '));
  return blocks.flat();
}

export function parseDateline(paragraph: string): { dateline: Dateline; agency: string | null; rest: string } | null {
  const m = DATELINE.exec(paragraph);
  if (!m) return null;
  // A dateline place is set in capitals; "I" or "A" alone is a sentence, not a city.
  if (m[1].replace(/[^\p{Lu}]/gu, '').length < 2) return null;
  return { dateline: { place: m[1].trim(), date: m[2]?.trim() ?? '' }, agency: m[3]?.trim() ?? null, rest: paragraph.slice(m[0].length) };
}

/**
 * Plain-text wire copy to article fields: headline (without the wire marker), a photo
 * placeholder when the marker asks for one, dateline, body paragraphs, and the byline
 * whether it stands at the top or the foot.
 */
export function importWireText(text: string): ImportedStory {
  const paragraphs = textParagraphs(text);
  let headline = paragraphs.shift() ?? '';
  let wantsPhoto = false;
  for (let m = HEADLINE_MARKERS.exec(headline); m; m = HEADLINE_MARKERS.exec(headline)) {
    if (/^PHOTO/.test(m[1])) wantsPhoto = true;
    headline = headline.slice(0, m.index).trim();
  }

  let byline: Byline = { position: 'top', contributors: [] };
  const top = paragraphs.length ? parseBylineLine(paragraphs[0]) : null;
  if (top) {
    byline = { position: 'top', contributors: top };
    paragraphs.shift();
  } else {
    const foot = paragraphs.length ? parseBylineLine(paragraphs[paragraphs.length - 1]) : null;
    if (foot) {
      byline = { position: 'foot', contributors: foot };
      paragraphs.pop();
    }
  }

  let dateline: Dateline | null = null;
  if (paragraphs.length) {
    const found = parseDateline(paragraphs[0]);
    if (found?.rest) {
      dateline = found.dateline;
      paragraphs[0] = found.rest;
      if (found.agency) for (const c of byline.contributors) if (c.role === 'writer') c.affiliation ??= found.agency;
    }
  }

  const content: unknown[] = [];
  if (wantsPhoto) content.push({ type: 'photo', attrs: { src: '' } });
  for (const p of paragraphs) content.push({ type: 'paragraph', content: [{ type: 'text', text: p }] });
  if (!content.length) content.push({ type: 'paragraph' });

  return { headline, standfirst: '', byline, dateline, body: { type: 'doc', content } };
}
