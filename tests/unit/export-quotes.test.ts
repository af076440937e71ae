// Placing stored quote records in the body for export (shared/export/quotes.ts): the whole-body
// search gives exactly what searching paragraph by paragraph gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, bodyNode, bodyParagraphs, newArticle } from '../../shared/article';
import { articleQuotes, type QuoteSpan } from '../../shared/export';
import { schema } from '../../shared/schema';

/** The straightforward placement: each record in the first paragraph holding its words after the records placed there. */
function reference(paragraphs: string[], texts: string[]): Map<number, QuoteSpan[]> {
  const spans = new Map<number, QuoteSpan[]>();
  const searchFrom = new Map<number, number>();
  for (const text of texts) {
    if (!text) continue;
    for (let i = 0; i < paragraphs.length; i++) {
      const at = paragraphs[i]!.indexOf(text, searchFrom.get(i) ?? 0);
      if (at === -1) continue;
      const list = spans.get(i) ?? [];
      if (!list.some((s) => s.start < at + text.length && at < s.end)) {
        list.push({ start: at, end: at + text.length, speaker: null });
        list.sort((a, b) => a.start - b.start);
        spans.set(i, list);
      }
      searchFrom.set(i, at + text.length);
      break;
    }
  }
  return spans;
}

function article(paragraphs: string[], texts: string[]): Article {
  const body = schema.nodes.doc.create(
    null,
    paragraphs.map((p) => schema.nodes.paragraph.create(null, p ? schema.text(p) : null)),
  );
  return {
    ...newArticle({ id: 'q', now: '2026-11-27T10:00:00.000Z', body: body.toJSON() }),
    quotes: texts.map((text) => ({ text, speakerId: null })) as unknown as Article['quotes'],
  };
}

describe('export: stored quotes placed in the body', () => {
  it('match a paragraph-by-paragraph search (property: repeated, overlapping and missing quotes)', () => {
    const letters = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\u0000'), maxLength: 12 });
    fc.assert(
      fc.property(
        fc.array(letters, { minLength: 1, maxLength: 8 }),
        fc.array(fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\u0000'), maxLength: 4 }), { maxLength: 20 }),
        (paras, texts) => {
          const a = article(paras, texts);
          const body = bodyNode(a.body);
          expect(articleQuotes(a, body).spans).toEqual(reference(bodyParagraphs(body), texts));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('places a long story’s repeated quotes in order', () => {
    const paras = Array.from({ length: 300 }, (_, i) => `Para ${i}: “We will rebuild,” she said. “We will rebuild,” he said.`);
    const texts = Array.from({ length: 600 }, () => 'We will rebuild,');
    const a = article(paras, texts);
    const spans = articleQuotes(a, bodyNode(a.body)).spans;
    expect(spans.size).toBe(300);
    for (const list of spans.values()) expect(list).toHaveLength(2);
  });
});
