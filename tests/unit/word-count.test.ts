import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyNode, countDocWords, countDocWordsOnce, countWords } from '../../shared/article';

// countWords scans instead of matching (it runs over every story the library list reads);
// what it counts must stay the matches of the pattern that defines a word.
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-.]|,(?=\p{N}))*/gu;
const byPattern = (text: string) => text.match(WORD)?.length ?? 0;

describe('countWords', () => {
  it('counts what the word pattern matches', () => {
    for (const text of [
      '',
      'He said “we can’t” -- U.S. troops, 10,000 of them.',
      '10,000,000 1,a a,1 a, ,1 ,, 3,,4 end,',
      "rock'n'roll — well-known .net e.g. 'quoted' ’tis",
      'Ωmega straße 東京 ١٢٣ ²³ Ⅻ 𝐁old 𝟏,𝟐 🗞️news \ud800 lone \udc00',
    ]) {
      expect(countWords(text), text).toBe(byPattern(text));
    }
  });

  it('agrees with the pattern on any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 60 }),
      fc.string({ unit: 'binary', maxLength: 30 }),
      fc.string({ unit: fc.constantFrom('a', 'Z', '1', '٣', '𝟏', '𝐁', ',', '.', "'", '’', '-', ' ', '—', '\ud800', '🗞'), maxLength: 30 }),
    );
    fc.assert(
      fc.property(text, (t) => countWords(t) === byPattern(t)),
      { numRuns: 2000 },
    );
  });
});

describe('countDocWordsOnce', () => {
  it('counts a document as countDocWords does: text blocks at any depth, photos not', () => {
    const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
    const body = bodyNode({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Flood barrier holds' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Water rose ' },
            { type: 'text', text: 'overnight ', marks: [{ type: 'em' }] },
            { type: 'hard_break' },
            { type: 'text', text: 'in 10,000 homes.' },
          ],
        },
        { type: 'photo', attrs: { caption: 'Not counted at all', credit: 'Ana Costa' } },
        { type: 'blockquote', content: [p('“We held,” she said.')] },
        {
          type: 'bullet_list',
          content: [
            { type: 'list_item', content: [p('one item'), { type: 'bullet_list', content: [{ type: 'list_item', content: [p('nested U.S. item')] }] }] },
          ],
        },
        { type: 'paragraph' },
      ],
    });
    expect(countDocWordsOnce(body)).toBe(countDocWords(body));
    expect(countDocWordsOnce(body)).toBe(3 + 6 + 4 + 2 + 3);
  });
});
