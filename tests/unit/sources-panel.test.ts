// The Sources panel as markup (server-rendered, no DOM): who gets the most voice, counted in words
// and quotes as a reader says them ("1 quote · 1 word", not "1 words").
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildQuoteDesk } from '../../renderer/quotes/quote-desk';
import { SourcesPanel } from '../../renderer/quotes/SourcesPanel';
import { countWords } from '../../shared/article/words';
import { analyzeParagraphs } from '../../shared/attribution/index';
import { reconcileQuotes } from '../../shared/attribution/reconcile';

const render = (texts: string[]) => {
  const result = analyzeParagraphs(texts);
  const rec = reconcileQuotes({ detected: result.quotes, cast: result.cast, records: [], people: [] });
  const desk = buildQuoteDesk(rec, { result, paragraphs: { texts, starts: texts.map(() => 0) } }, countWords);
  return renderToStaticMarkup(createElement(SourcesPanel, { desk, onJump: () => {}, onClose: () => {} }));
};

describe('Sources panel', () => {
  it('counts one word and one quote in the singular, more in the plural', () => {
    const html = render([
      'The family of Patrick Hourigan said they were “devastated”.',
      '“We will not be commenting further on the case,” said Inspector Ruth Ames.',
    ]);
    expect(html).toContain('1 quote · 1 word · ');
    expect(html).toContain('1 word in 1 quote');
    expect(html).toContain('1 quote · 9 words · ');
    expect(html).not.toContain('1 words');
  });
});
