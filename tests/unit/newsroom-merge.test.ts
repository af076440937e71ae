// The merge notice: who changed what while this person was away (shared/newsroom/merge.ts), and
// who wrote the new text in a block (the Yjs items' client ids, named through the story's authors map).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { matchBlocks, mergeReport, mergeSentence } from '../../shared/newsroom/merge';
import { writersSince } from '../../renderer/newsroom/shared-story';
import { parseNewsroomAddress } from '../../shared/newsroom/address';
import { mapCaret } from '../../renderer/article/ArticleFields';

const base = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];

describe('mergeReport', () => {
  it('counts the paragraphs each person changed and flags those both sides changed', () => {
    const mine = ['p0', 'p1 mine', 'p2', 'p3', 'p4 mine', 'p5'];
    const merged = ['p0', 'p1 mine theirs', 'p2 theirs', 'p3', 'p4 mine', 'p5', 'p6 new'];
    const authors: Record<number, string[]> = { 1: ['Ana'], 2: ['Ana'], 6: ['Ben'] };
    const report = mergeReport({ base, mine, merged, authorsOf: (i) => authors[i] ?? [], everyone: ['Ana', 'Ben'] });
    expect(report.changed).toEqual([1, 2, 6]);
    expect(report.both).toEqual([1]);
    expect(report.people).toEqual([
      { name: 'Ana', paragraphs: 2 },
      { name: 'Ben', paragraphs: 1 },
    ]);
    expect(mergeSentence(report, 'while you were offline')).toBe('Ana changed 2 paragraphs and Ben changed 1 paragraph while you were offline.');
  });

  it('says nothing when the sync brought only what this person typed', () => {
    const mine = ['p0', 'p1 mine', 'p2', 'p3', 'p4', 'p5'];
    expect(mergeReport({ base, mine, merged: mine, authorsOf: () => [], everyone: [] }).people).toEqual([]);
  });

  it('a removed paragraph is credited to whoever else changed the story', () => {
    const merged = ['p0', 'p1', 'p3', 'p4', 'p5'];
    const report = mergeReport({ base, mine: base, merged, authorsOf: () => [], everyone: ['Ana'] });
    expect(report.removed).toBe(1);
    expect(report.people).toEqual([{ name: 'Ana', paragraphs: 1 }]);
  });

  it('pairs kept blocks across inserts and removals', () => {
    expect(matchBlocks(['a', 'b', 'c', 'd'], ['a', 'x', 'c', 'd', 'e'])).toEqual([
      [0, 0],
      [2, 2],
      [3, 3],
    ]);
  });
});

describe('writersSince', () => {
  it('names the people whose new items are in a block, not this client and not older text', () => {
    const mine = new Y.Doc();
    const ana = new Y.Doc();
    const body = mine.getXmlFragment('body');
    const p1 = new Y.XmlElement('paragraph');
    p1.insert(0, [new Y.XmlText('first')]);
    const p2 = new Y.XmlElement('paragraph');
    p2.insert(0, [new Y.XmlText('second')]);
    body.insert(0, [p1, p2]);
    Y.applyUpdate(ana, Y.encodeStateAsUpdate(mine));
    const vector = Y.decodeStateVector(Y.encodeStateVector(mine));
    // Ana signs her client id, then types into the second paragraph while this person is away.
    ana.getMap<string>('authors').set(String(ana.clientID), 'Ana');
    ((ana.getXmlFragment('body').get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(6, ' and more');
    // This person types into the first.
    (p1.get(0) as Y.XmlText).insert(5, '!');
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(ana));
    const authors = mine.getMap<string>('authors');
    expect(writersSince(body.get(1) as unknown as Y.AbstractType<unknown>, vector, mine.clientID, authors)).toEqual(['Ana']);
    expect(writersSince(body.get(0) as unknown as Y.AbstractType<unknown>, vector, mine.clientID, authors)).toEqual([]);
  });
});

describe('parseNewsroomAddress', () => {
  it('reads the address as typed, with or without ws://, and refuses what is not one', () => {
    expect(parseNewsroomAddress('ws://127.0.0.1:4455')).toEqual({ ws: 'ws://127.0.0.1:4455', http: 'http://127.0.0.1:4455', key: '127.0.0.1_4455' });
    expect(parseNewsroomAddress(' 127.0.0.1:4455/ ').http).toBe('http://127.0.0.1:4455');
    expect(parseNewsroomAddress('wss://News.Example.org').http).toBe('https://news.example.org');
    expect(() => parseNewsroomAddress('ftp://x')).toThrow(/ws:\/\//);
    expect(() => parseNewsroomAddress('ws://a b')).toThrow(/not a newsroom address/);
    expect(() => parseNewsroomAddress('')).toThrow(/Type the newsroom/);
  });
});

describe('mapCaret', () => {
  it('keeps a field’s cursor among its words when someone else changes the field', () => {
    expect(mapCaret('Bridge opens', 'Bridge opens today', 3)).toBe(3);
    expect(mapCaret('Bridge opens', 'New bridge opens', 6)).toBe(10);
    expect(mapCaret('Bridge opens', 'Bridge closes', 12)).toBe(13);
    // An empty field filled (a headline typed before its story opened): the cursor ends after the words.
    expect(mapCaret('', 'Port’s crane back', 0)).toBe(17);
  });
});
