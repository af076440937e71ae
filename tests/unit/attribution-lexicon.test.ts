import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { lexiconData } from '../../build/extract-lexicon';
import { isCountry, isFirstName, isPlaceWord, lexTags, nameGender } from '../../shared/attribution/lexicon';
import { LEXICON_DATA } from '../../shared/attribution/lexicon-data';

type LexEntry = string | string[];

describe("the attribution engine's lexicon", () => {
  it("is compromise's lexicon as installed: regenerate lexicon-data.ts (build/extract-lexicon.ts) when compromise changes", () => {
    expect(LEXICON_DATA).toBe(lexiconData());
  });

  it("answers every word with compromise's own tags, in its order", () => {
    const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, LexEntry> } } }).model().one.lexicon;
    const words = Object.keys(lexicon);
    expect(words.length).toBeGreaterThan(10_000);
    for (const word of words) {
      const entry = lexicon[word];
      expect(lexTags(word), word).toEqual(Array.isArray(entry) ? entry : [entry]);
    }
    expect(lexTags('zzqxv-not-a-word')).toEqual([]);
  });

  it('tells first names, their gender, places and countries apart', () => {
    expect(isFirstName('maria')).toBe(true);
    expect(nameGender('maria')).toBe('f');
    expect(nameGender('john')).toBe('m');
    expect(isCountry('japan')).toBe(true);
    expect(isPlaceWord('kyiv') || isPlaceWord('tokyo')).toBe(true);
    expect(isFirstName('table')).toBe(false);
  });
});
