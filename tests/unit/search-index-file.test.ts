import fc from 'fast-check';
import MiniSearch, { type Options } from 'minisearch';
import { describe, expect, it } from 'vitest';
import { SearchIndexBuilder, termOf } from '../../electron/services/search/index-builder';
import { serializeIndex } from '../../electron/services/search/index-file';

// The search index file is written term by term (no toJSON copy of the index); it must be the
// very text JSON.stringify writes, so MiniSearch.loadJS reads it back as before.

interface Doc {
  path: string;
  headline: string;
  body: string;
}

const OPTIONS: Options<Doc> = { idField: 'path', fields: ['headline', 'body'], storeFields: ['headline'], processTerm: termOf };
const doc = (i: number, body: string, headline = `Story “${i}”`): Doc => ({ path: `${i}.copydesk.json`, headline, body });

describe('serializeIndex', () => {
  it('writes what JSON.stringify writes, for an index built, added to, discarded from and loaded back', () => {
    const docs = [doc(0, 'Dockers returned to work. The the THE'), doc(1, ''), doc(2, 'flood barrier “holds” — 10,000 homes'), doc(3, 'ΟΔΟΣ straße 🗞️news')];
    const added = new MiniSearch<Doc>(OPTIONS);
    added.addAll(docs);
    const builder = new SearchIndexBuilder<Doc>({ idField: 'path', fields: OPTIONS.fields, storeFields: OPTIONS.storeFields });
    for (const d of docs) builder.add(d);
    const built = builder.finish(OPTIONS);
    for (const index of [added, built]) {
      expect(serializeIndex(index)).toBe(JSON.stringify(index));
      index.discard('1.copydesk.json');
      index.add(doc(7, 'a new barrier'));
      index.discard('0.copydesk.json');
      expect(serializeIndex(index)).toBe(JSON.stringify(index));
      const loaded = MiniSearch.loadJSON<Doc>(serializeIndex(index), OPTIONS);
      // The same index, its terms in the order the loaded tree gives them.
      const byTerm = (i: MiniSearch<Doc>) => ({ ...i.toJSON(), index: [...i.toJSON().index].sort(([a], [b]) => (a < b ? -1 : 1)) });
      expect(byTerm(loaded)).toEqual(byTerm(index));
      expect(serializeIndex(loaded)).toBe(JSON.stringify(loaded));
      expect(loaded.search('barrier').map((r) => r.id)).toEqual(index.search('barrier').map((r) => r.id));
    }
    expect(serializeIndex(new MiniSearch<Doc>(OPTIONS))).toBe(JSON.stringify(new MiniSearch<Doc>(OPTIONS)));
  });

  it('writes what JSON.stringify writes for any documents', () => {
    const text = fc.string({ unit: 'grapheme', maxLength: 40 });
    fc.assert(
      fc.property(fc.array(fc.tuple(text, text), { maxLength: 8 }), fc.array(fc.nat(7), { maxLength: 3 }), (pairs, gone) => {
        const index = new MiniSearch<Doc>(OPTIONS);
        index.addAll(pairs.map(([headline, body], i) => doc(i, body, headline)));
        for (const i of gone) if (index.has(`${i}.copydesk.json`)) index.discard(`${i}.copydesk.json`);
        expect(serializeIndex(index)).toBe(JSON.stringify(index));
      }),
      { numRuns: 200 },
    );
  });
});
