import fc from 'fast-check';
import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SearchIndexBuilder, termOf } from '../../electron/services/search/index-builder';

// The bulk builder must give the index MiniSearch's own `add` gives: same terms, frequencies,
// field lengths and averages (so the same scores), compared through MiniSearch's serialized form.

interface Doc {
  path: string;
  headline: string;
  standfirst: string;
  byline: string;
  body: string;
}

const OPTIONS: Options<Doc> = {
  idField: 'path',
  fields: ['headline', 'standfirst', 'byline', 'body'],
  storeFields: ['headline', 'standfirst'],
  processTerm: termOf, // as the library's index: lower case, and long terms copied out of the text
  searchOptions: { boost: { headline: 3, byline: 2, standfirst: 1.5 }, combineWith: 'AND' },
};

function both(docs: Doc[], options: Options<Doc> = OPTIONS): { added: MiniSearch<Doc>; built: MiniSearch<Doc> } {
  const added = new MiniSearch<Doc>(options);
  added.addAll(docs);
  const builder = new SearchIndexBuilder<Doc>({ idField: 'path', fields: options.fields, storeFields: options.storeFields });
  for (const doc of docs) builder.add(doc);
  return { added, built: builder.finish(options) };
}

const doc = (i: number, body: string, headline = `Story ${i}`): Doc => ({ path: `${i}.copydesk.json`, headline, standfirst: '', byline: 'Ana Costa', body });

describe('SearchIndexBuilder', () => {
  it('builds the index MiniSearch.add builds, for text with case, punctuation at the edges and every kind of script', () => {
    const docs = [
      doc(0, '“Dockers returned,” said Ana Costa. The the THE tHe — end.'),
      doc(1, '...leading and trailing punctuation!!!', ''),
      doc(2, ''),
      doc(3, 'ΟΔΟΣ Οδός σΣ ΑΣ’Β İstanbul ǅemal straße STRASSE'),
      doc(4, 'emoji 🗞️news 𐄀astral𐄀separator 𝐁old 😀😀 lone \ud800 surrogate \udc00 end'),
      doc(5, 'tabs\tand\nnew\r\nlines\u00a0no-break\u2028line-sep 10,000 U.S. don’t €5 +3'),
      doc(6, 'Dockers returned to work on Monday after a deal on overtime pay.', 'Harbour strike ends'),
    ];
    const { added, built } = both(docs);
    expect(built.toJSON()).toEqual(added.toJSON());
    expect(JSON.stringify(built)).toBe(JSON.stringify(added));
    // MiniSearch's own lower-casing gives the same index.
    expect(JSON.stringify(built)).toBe(JSON.stringify(both(docs, { ...OPTIONS, processTerm: (term) => term.toLowerCase() }).added));
    const search = (index: MiniSearch<Doc>, q: string) => index.search(q, { prefix: true, fuzzy: 0.2 }).map((r) => [r.id, r.score]);
    for (const q of ['the', 'dockers', 'οδος', 'istanbul', 'news', 'strasse', 'overt', 'harbour strike']) expect(search(built, q)).toEqual(search(added, q));
  });

  it('agrees with MiniSearch.add on any text', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: fc.constantFrom('a', 'A', 'b', ' ', '.', '—', '’', 'Σ', 'ß', 'İ', '\n', '🗞', '𐄀', '\ud800'), maxLength: 40 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 12 }), (pairs) => {
        const { added, built } = both(pairs.map(([headline, body], i) => doc(i, body, headline)));
        expect(JSON.stringify(built)).toBe(JSON.stringify(added));
      }),
      { numRuns: 300 },
    );
  });

  it('gives an index that takes later adds and removals as MiniSearch.add’s does', () => {
    const { added, built } = both([doc(0, 'flood barrier holds'), doc(1, 'barrier breached')]);
    for (const index of [added, built]) {
      index.discard('0.copydesk.json');
      index.add(doc(2, 'new barrier planned'));
    }
    expect(built.search('barrier').map((r) => [r.id, r.score])).toEqual(added.search('barrier').map((r) => [r.id, r.score]));
    expect(JSON.stringify(built)).toBe(JSON.stringify(added));
  });
});
