import { readFileSync } from 'node:fs';
import { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { parseBylineLine, importWireText, parseDateline } from '../../shared/import';
import { schema } from '../../shared/schema';

const seed = readFileSync(new URL('../fixtures/kyodo-zelenskyy-japan.txt', import.meta.url), 'utf8');
const expected = JSON.parse(readFileSync(new URL('../fixtures/kyodo-zelenskyy-japan.expected.json', import.meta.url), 'utf8'));

describe('plain-text wire import', () => {
  it('reads the sample wire story as a copy editor does', () => {
    const story = importWireText(seed);
    expect(story.headline).toBe(expected.headline);
    expect(story.byline.contributors.map((c) => c.name)).toEqual(expected.byline.authors);
    expect(story.byline.position).toBe('foot');
    expect(story.byline.contributors[0].role).toBe('writer');
    const doc = Node.fromJSON(schema, story.body);
    doc.check();
    expect(doc.firstChild?.type.name).toBe('photo');
    expect(doc.firstChild?.attrs.src).toBe('');
    expect(expected.photo.present).toBe(true);
    const paragraphs: string[] = [];
    doc.forEach((n) => {
      if (n.type.name === 'paragraph') paragraphs.push(n.textContent);
    });
    expect(paragraphs).toHaveLength(expected.bodyParagraphs);
    expect(paragraphs[0]).toMatch(/^Ukrainian President Volodymyr Zelenskyy expressed hope/);
    expect(paragraphs.at(-1)).toMatch(/Kursk region\.$/);
    expect(paragraphs.join('\n')).not.toContain('Aghakazim');
    expect(story.dateline).toBeNull();
  });

  it('keeps the words of the story exactly, quotes and all', () => {
    const story = importWireText(seed);
    const doc = Node.fromJSON(schema, story.body);
    const lines = seed.trim().split('\n');
    expect(doc.textBetween(0, doc.content.size, '\n', '')).toBe(lines.slice(1, -1).join('\n'));
  });

  it('finds bylines at the top, datelines, and leaves no marker behind', () => {
    const story = importWireText(
      ['Storm hits coast (PHOTO)', 'By Ana Ruiz and Tom Park, Reuters; additional reporting by Li Wei', 'MANILA, Nov. 26 (Reuters) -- A typhoon struck.', 'More text.'].join('\n'),
    );
    expect(story.headline).toBe('Storm hits coast');
    expect(story.byline.position).toBe('top');
    expect(story.byline.contributors).toEqual([
      { name: 'Ana Ruiz', role: 'writer', affiliation: 'Reuters', contact: null },
      { name: 'Tom Park', role: 'writer', affiliation: 'Reuters', contact: null },
      { name: 'Li Wei', role: 'additional-reporting', affiliation: null, contact: null },
    ]);
    expect(story.dateline).toEqual({ place: 'MANILA', date: 'Nov. 26' });
    expect((story.body.content as { content?: { text: string }[] }[])[1].content?.[0].text).toBe('A typhoon struck.');
  });

  it('joins hard-wrapped paragraphs separated by blank lines', () => {
    const story = importWireText('Headline\n\nThe first paragraph is wrapped over two lines because the wire\nsystem breaks at seventy columns.\n\nSecond one.\n');
    const doc = Node.fromJSON(schema, story.body);
    expect(doc.childCount).toBe(2);
    expect(doc.firstChild?.textContent).toBe('The first paragraph is wrapped over two lines because the wire system breaks at seventy columns.');
  });

  it('does not take ordinary sentences for bylines or datelines', () => {
    expect(parseBylineLine('By the end of the day, prices fell sharply across the board.')).toBeNull();
    expect(parseBylineLine('By Aghakazim Guliyev')).toEqual([{ name: 'Aghakazim Guliyev', role: 'writer', affiliation: null, contact: null }]);
    expect(parseBylineLine('By Jane Doe, Kyodo News')?.[0].affiliation).toBe('Kyodo News');
    expect(parseDateline('I said - no.')).toBeNull();
    expect(parseDateline('WASHINGTON — The Senate voted.')?.dateline).toEqual({ place: 'WASHINGTON', date: '' });
    expect(parseDateline('Zelenskyy said -- nothing.')).toBeNull();
  });
});
