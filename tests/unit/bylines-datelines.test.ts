import { describe, expect, it } from 'vitest';
import { bylineLines, datelineText, formatDateline, parseDatelineText } from '../../shared/article';
import { importWireText, parseBylineLine } from '../../shared/import';

const writer = (name: string, affiliation: string | null = null) => ({ name, role: 'writer', affiliation, contact: null });

describe('byline lines in house style', () => {
  it('joins one, two and three writers', () => {
    expect(bylineLines([writer('Ana Ruiz')])).toEqual(['By Ana Ruiz']);
    expect(bylineLines([writer('Ana Ruiz'), writer('Tom Park')])).toEqual(['By Ana Ruiz and Tom Park']);
    expect(bylineLines([writer('Ana Ruiz'), writer('Tom Park'), writer('Li Wei')])).toEqual(['By Ana Ruiz, Tom Park and Li Wei']);
  });

  it('puts writers first and gives every other role its own line', () => {
    const lines = bylineLines([
      { name: 'Li Wei', role: 'additional-reporting', affiliation: null, contact: null },
      writer('Ana Ruiz', 'Kyodo News'),
      { name: 'Sam Oduya', role: 'photographer', affiliation: null, contact: null },
      { name: 'Mia Berg', role: 'fact-checking', affiliation: null, contact: null },
    ]);
    expect(lines).toEqual(['By Ana Ruiz, Kyodo News', 'Photos by Sam Oduya', 'Additional reporting by Li Wei', 'Fact checking: Mia Berg']);
  });

  it('names each agency when writers come from different ones, and skips unnamed rows', () => {
    expect(bylineLines([writer('Ana Ruiz', 'Reuters'), writer('Ken Sato', 'Kyodo News'), writer('  ')])).toEqual([
      'By Ana Ruiz (Reuters) and Ken Sato (Kyodo News)',
    ]);
  });
});

describe('reading byline lines from wire text', () => {
  it('reads "By Name"', () => {
    expect(parseBylineLine('By José Núñez Müller')).toEqual([writer('José Núñez Müller')]);
  });

  it('reads "By Name and Name"', () => {
    expect(parseBylineLine('By Ana Ruiz and Tom Park')).toEqual([writer('Ana Ruiz'), writer('Tom Park')]);
  });

  it('reads "By Name, Agency", including agencies the word list does not know', () => {
    expect(parseBylineLine('By Jane Doe, Kyodo News')).toEqual([writer('Jane Doe', 'Kyodo News')]);
    expect(parseBylineLine('By Jane Doe, Nikkei')).toEqual([writer('Jane Doe', 'Nikkei')]);
    expect(parseBylineLine('By Ana Ruiz and Tom Park, Nikkei Asia')).toEqual([writer('Ana Ruiz', 'Nikkei Asia'), writer('Tom Park', 'Nikkei Asia')]);
  });

  it('reads "By A and B; additional reporting by C" as three people with roles', () => {
    expect(parseBylineLine('By Ana Ruiz and Tom Park; additional reporting by Li Wei.')).toEqual([
      writer('Ana Ruiz'),
      writer('Tom Park'),
      { name: 'Li Wei', role: 'additional-reporting', affiliation: null, contact: null },
    ]);
  });

  it('reads lists of three, with or without the serial comma, and agencies in brackets', () => {
    const three = [writer('Ana Ruiz'), writer('Tom Park'), writer('Li Wei')];
    expect(parseBylineLine('By Ana Ruiz, Tom Park and Li Wei')).toEqual(three);
    expect(parseBylineLine('By Ana Ruiz, Tom Park, and Li Wei')).toEqual(three);
    expect(parseBylineLine('By Ana Ruiz (Reuters) and Ken Sato (Kyodo News)')).toEqual([writer('Ana Ruiz', 'Reuters'), writer('Ken Sato', 'Kyodo News')]);
    expect(parseBylineLine('By Ana Ruiz; additional reporting by Li Wei in Beijing')?.[1]).toEqual({
      name: 'Li Wei',
      role: 'additional-reporting',
      affiliation: null,
      contact: null,
    });
    expect(parseBylineLine('By Ana Ruiz; photos by Sam Oduya')?.[1].role).toBe('photographer');
  });

  it('is not fooled by sentences that start with "By"', () => {
    expect(parseBylineLine('By the end of the day, prices fell sharply across the board.')).toBeNull();
    expect(parseBylineLine('By Tuesday the river had risen and the town was cut off')).toBeNull();
    expect(parseBylineLine('By noon, and after a long wait, nothing happened')).toBeNull();
  });

  it('finds a byline at the foot of wire copy', () => {
    const story = importWireText('Storm hits coast\nMANILA, Nov. 26 -- A typhoon struck.\nBy Ana Ruiz and Tom Park, Reuters; additional reporting by Li Wei');
    expect(story.byline.position).toBe('foot');
    expect(story.byline.contributors.map((c) => `${c.name}/${c.role}/${c.affiliation}`)).toEqual([
      'Ana Ruiz/writer/Reuters',
      'Tom Park/writer/Reuters',
      'Li Wei/additional-reporting/null',
    ]);
    expect(formatDateline(story.dateline)).toBe('MANILA, Nov. 26 —');
  });
});

describe('datelines', () => {
  it('formats place and date in house style, for exports', () => {
    expect(formatDateline({ place: 'KYIV', date: 'Nov. 26' })).toBe('KYIV, Nov. 26 —');
    expect(formatDateline({ place: 'WASHINGTON', date: '' })).toBe('WASHINGTON —');
    expect(formatDateline({ place: ' KYIV ', date: ' Nov. 26 ' })).toBe('KYIV, Nov. 26 —');
    expect(formatDateline(null)).toBe('');
    expect(formatDateline({ place: '', date: '' })).toBe('');
  });

  it('reads the one-line field into place and date', () => {
    expect(parseDatelineText('KYIV, Nov. 26')).toEqual({ place: 'KYIV', date: 'Nov. 26' });
    expect(parseDatelineText('KYIV, Nov. 26 —')).toEqual({ place: 'KYIV', date: 'Nov. 26' });
    expect(parseDatelineText('PORTLAND, Ore., Nov. 26')).toEqual({ place: 'PORTLAND, Ore.', date: 'Nov. 26' });
    expect(parseDatelineText('PORTLAND, Ore.')).toEqual({ place: 'PORTLAND, Ore.', date: '' });
    expect(parseDatelineText('LONDON, 26 November')).toEqual({ place: 'LONDON', date: '26 November' });
    expect(parseDatelineText('TOKYO, Tuesday')).toEqual({ place: 'TOKYO', date: 'Tuesday' });
    expect(parseDatelineText('КИЇВ, Nov. 26')).toEqual({ place: 'КИЇВ', date: 'Nov. 26' });
    expect(parseDatelineText('   ')).toBeNull();
  });

  it('round-trips through the field text', () => {
    for (const d of [
      { place: 'KYIV', date: 'Nov. 26' },
      { place: 'PORTLAND, Ore.', date: 'Nov. 26' },
      { place: 'WASHINGTON', date: '' },
    ]) {
      expect(parseDatelineText(datelineText(d))).toEqual(d);
    }
  });
});
