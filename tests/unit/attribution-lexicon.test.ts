import nlp from 'compromise/two';
import { describe, expect, it } from 'vitest';
import { lexiconData } from '../../build/extract-lexicon';
import { isCountry, isFirstName, isKnownPersonNoun, isPlaceWord, lexTags, nameGender } from '../../shared/attribution/lexicon';
import { LEXICON_TAG_SETS, LEXICON_WIDE_WORDS, LEXICON_WORDS } from '../../shared/attribution/lexicon-data';

type LexEntry = string | string[];

describe("the attribution engine's lexicon", () => {
  it("is compromise's lexicon as installed: regenerate lexicon-data.ts (build/extract-lexicon.ts) when compromise changes", () => {
    expect({ tagSets: LEXICON_TAG_SETS, words: LEXICON_WORDS, wideWords: LEXICON_WIDE_WORDS }).toEqual(lexiconData());
  });

  it("answers every word with compromise's own tags, in its order", () => {
    const lexicon = (nlp as unknown as { model(): { one: { lexicon: Record<string, LexEntry> } } }).model().one.lexicon;
    const words = Object.keys(lexicon);
    expect(words.length).toBeGreaterThan(10_000);
    for (const word of words) {
      const entry = lexicon[word];
      expect(lexTags(word), word).toEqual(Array.isArray(entry) ? entry : [entry]);
    }
    // Between, before and after the sorted words, and prefixes of words, are not words.
    for (const miss of ['zzqxv-not-a-word', '', '\u0000', '\uffff', 'abandone', 'presiden']) expect(lexTags(miss), miss).toEqual([]);
  });

  it('tells first names, their gender, places and countries apart', () => {
    expect(isFirstName('maria')).toBe(true);
    expect(nameGender('maria')).toBe('f');
    expect(nameGender('john')).toBe('m');
    expect(isCountry('japan')).toBe(true);
    expect(isPlaceWord('kyiv') || isPlaceWord('tokyo')).toBe(true);
    expect(isFirstName('table')).toBe(false);
  });

  it('knows a person noun made of a word and one it knows ("schoolteacher", "bandleader"), never one that may name a firm ("carmaker", "homebuilder") or a thing ("loudspeaker")', () => {
    for (const w of ['schoolteacher', 'bandleader', 'policewoman', 'firefighter']) expect(isKnownPersonNoun(w), w).toBe(true);
    for (const w of ['carmaker', 'homebuilder', 'shipowner', 'drugmaker', 'broadcaster', 'loudspeaker', 'typewriter', 'stagecoach', 'multiplayer', 'straightforward', 'inaccurate']) expect(isKnownPersonNoun(w), w).toBe(false);
  });
});
