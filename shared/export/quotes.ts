import type { Node } from 'prosemirror-model';
import { type Article, bodyParagraphs } from '../article';
import { type AttributionSession, createAttributionSession } from '../attribution';

/** One quote inside one paragraph (text offsets within the paragraph's text), with who said it. */
export interface QuoteSpan {
  start: number;
  end: number;
  speaker: string | null;
}

export interface QuoteWithSpeaker {
  text: string;
  speaker: string | null;
}

export interface ArticleQuotes {
  /** Keyed by the index of the textblock in reading order (as bodyParagraphs counts them). */
  spans: Map<number, QuoteSpan[]>;
  list: QuoteWithSpeaker[];
  /** Where the attributions came from: the reviewed records on the article, or the engine now. */
  source: 'article' | 'detected';
}

function push(spans: Map<number, QuoteSpan[]>, paragraph: number, span: QuoteSpan) {
  const list = spans.get(paragraph) ?? [];
  if (list.some((s) => s.start < span.end && span.start < s.end)) return; // never overlap
  list.push(span);
  list.sort((a, b) => a.start - b.start);
  spans.set(paragraph, list);
}

/**
 * Engine sessions for the last few stories exported without reviewed records: exporting a story
 * in several formats, or again after a few edits, analyses only the paragraphs that changed since
 * (the session caches each paragraph's analysis by its text, and the result is the same as a
 * one-shot analysis).
 */
const SESSIONS = new Map<string, AttributionSession>();
const MAX_SESSIONS = 3;

function sessionFor(articleId: string): AttributionSession {
  let session = SESSIONS.get(articleId);
  if (session) SESSIONS.delete(articleId);
  else session = createAttributionSession();
  SESSIONS.set(articleId, session); // most recent last
  while (SESSIONS.size > MAX_SESSIONS) SESSIONS.delete(SESSIONS.keys().next().value as string);
  return session;
}

/**
 * The article's quotes and their speakers, so an export can carry the speaker with the words.
 * The reviewed records (article.quotes + people) win; without them the attribution engine runs
 * on the body paragraphs now.
 */
export function articleQuotes(article: Article, body: Node): ArticleQuotes {
  const paragraphs = bodyParagraphs(body);
  const spans = new Map<number, QuoteSpan[]>();
  const list: QuoteWithSpeaker[] = [];
  if (article.quotes.length) {
    const names = new Map(article.people.map((p) => [p.id, p.name]));
    // Each record takes the first paragraph where its words occur after the records already
    // placed there. Searched in the whole body at once (one search per record rather than one
    // per paragraph and record): an occurrence never spans a separator the words do not hold.
    const SEP = '\u0000';
    const joined = paragraphs.join(SEP);
    const starts: number[] = [];
    for (let i = 0, at = 0; i < paragraphs.length; i++) {
      starts.push(at);
      at += paragraphs[i].length + 1;
    }
    const paragraphAt = (pos: number) => {
      let lo = 0;
      let hi = starts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (starts[mid] <= pos) lo = mid;
        else hi = mid - 1;
      }
      return lo;
    };
    const searchFrom = new Map<number, number>();
    const resume = new Map<string, number>();
    for (const q of article.quotes) {
      const speaker = q.speakerId ? (names.get(q.speakerId) ?? null) : null;
      list.push({ text: q.text, speaker });
      if (!q.text) continue;
      if (q.text.includes(SEP)) {
        for (let i = 0; i < paragraphs.length; i++) {
          const at = paragraphs[i].indexOf(q.text, searchFrom.get(i) ?? 0);
          if (at === -1) continue;
          push(spans, i, { start: at, end: at + q.text.length, speaker });
          searchFrom.set(i, at + q.text.length);
          break;
        }
        continue;
      }
      // An occurrence passed over (before its paragraph's search start) stays passed over, since
      // search starts only move forward: the next record with the same words resumes after it.
      let pos = joined.indexOf(q.text, resume.get(q.text) ?? 0);
      while (pos !== -1) {
        const i = paragraphAt(pos);
        const from = starts[i] + (searchFrom.get(i) ?? 0);
        if (pos >= from) {
          const at = pos - starts[i];
          push(spans, i, { start: at, end: at + q.text.length, speaker });
          searchFrom.set(i, at + q.text.length);
          break;
        }
        pos = joined.indexOf(q.text, from);
      }
      resume.set(q.text, pos === -1 ? joined.length : pos + 1);
    }
    return { spans, list, source: 'article' };
  }
  const result = sessionFor(article.id).update(paragraphs);
  for (const q of result.quotes) {
    list.push({ text: q.text, speaker: q.speakerName });
    for (const seg of q.segments) {
      if (seg.end > seg.start) push(spans, seg.paragraph, { start: seg.start, end: seg.end, speaker: q.speakerName });
    }
  }
  return { spans, list, source: 'detected' };
}
