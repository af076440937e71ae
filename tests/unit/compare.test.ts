// Compare versions: word spans, blocks inserted/deleted/moved, fields, photos, speakers, restore.
import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { type Article, bodyNode, newArticle } from '../../shared/article';
import {
  type ArticleComparison,
  applyParagraphRestore,
  type BlockComparison,
  compareArticles,
  comparisonHtml,
  comparisonText,
  diffWords,
  restoreParagraph,
  type WordSpan,
} from '../../shared/compare';
import { schema } from '../../shared/schema';
import { checkHtml, everyNodeArticle, pageAround, sampleArticle } from '../support/export-fixtures';

const n = schema.nodes;
const p = (text: string) => n.paragraph.create(null, text ? schema.text(text) : null);
const doc = (...blocks: Node[]) => n.doc.create(null, blocks);
const story = (body: Node, init: Partial<Article> = {}): Article =>
  newArticle({ id: 'story-1', now: '2026-11-27T10:00:00.000Z', ...init, body: body.toJSON() });
const compareDocs = (older: Node, newer: Node) => compareArticles(story(older), story(newer));

const olderSide = (spans: readonly WordSpan[]) =>
  spans
    .filter((s) => s.kind !== 'inserted')
    .map((s) => s.text)
    .join('');
const newerSide = (spans: readonly WordSpan[]) =>
  spans
    .filter((s) => s.kind !== 'deleted')
    .map((s) => s.text)
    .join('');
const changedWords = (spans: readonly WordSpan[]) => spans.filter((s) => s.kind !== 'equal').map((s) => [s.kind, s.text]);

/** The older and newer texts, rebuilt from nothing but the comparison. */
function rebuilt(c: ArticleComparison): { older: string[]; newer: string[] } {
  const side = (get: (b: BlockComparison) => BlockComparison['older'], text: (s: WordSpan[]) => string) =>
    c.blocks
      .filter((b) => get(b))
      .sort((x, y) => get(x)!.index - get(y)!.index)
      .map((b) => text(b.spans));
  return { older: side((b) => b.older, olderSide), newer: side((b) => b.newer, newerSide) };
}

describe('word spans', () => {
  it('finds exactly the words replaced, inserted and deleted', () => {
    expect(diffWords('The city council approved the budget on Tuesday.', 'The city council rejected the budget on Friday.')).toEqual([
      { kind: 'equal', text: 'The city council ' },
      { kind: 'deleted', text: 'approved' },
      { kind: 'inserted', text: 'rejected' },
      { kind: 'equal', text: ' the budget on ' },
      { kind: 'deleted', text: 'Tuesday' },
      { kind: 'inserted', text: 'Friday' },
      { kind: 'equal', text: '.' },
    ]);
    expect(changedWords(diffWords('Ferries wait at the quay.', 'Ferries wait at the old quay.'))).toEqual([['inserted', 'old ']]);
    expect(changedWords(diffWords('Crews will check the long breakwater.', 'Crews will check the breakwater.'))).toEqual([['deleted', 'long ']]);
    expect(changedWords(diffWords('Ferries wait.', 'Ferries wait today.'))).toEqual([['inserted', ' today']]);
  });

  it('a change inside a word covers the whole word, numbers and spellings included', () => {
    expect(changedWords(diffWords('in the harbour district', 'in the harbor district'))).toEqual([
      ['deleted', 'harbour'],
      ['inserted', 'harbor'],
    ]);
    expect(changedWords(diffWords('roughly 12 million euros', 'roughly 15 million euros'))).toEqual([
      ['deleted', '12'],
      ['inserted', '15'],
    ]);
    expect(changedWords(diffWords('about 40,000 people', 'about 45,000 people'))).toEqual([
      ['deleted', '40,000'],
      ['inserted', '45,000'],
    ]);
    expect(changedWords(diffWords('He said it was fine.', 'She said it was fine.'))).toEqual([
      ['deleted', 'He'],
      ['inserted', 'She'],
    ]);
  });

  it('identical and empty texts give no changes', () => {
    expect(diffWords('Same words.', 'Same words.')).toEqual([{ kind: 'equal', text: 'Same words.' }]);
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'New text')).toEqual([{ kind: 'inserted', text: 'New text' }]);
    expect(diffWords('Old text', '')).toEqual([{ kind: 'deleted', text: 'Old text' }]);
  });

  it('making a word bold shows that word as changed', () => {
    const older = doc(p('Gusts reached 120 km/h.'));
    const newer = doc(n.paragraph.create(null, [schema.text('Gusts', [schema.marks.strong.create()]), schema.text(' reached 120 km/h.')]));
    const [block] = compareDocs(older, newer).blocks;
    expect(block!.kind).toBe('changed');
    expect(changedWords(block!.spans)).toEqual([
      ['deleted', 'Gusts'],
      ['inserted', 'Gusts'],
    ]);
  });
});

describe('blocks', () => {
  const paras = [
    'The port closed at dawn.',
    'Gusts reached 120 km/h.',
    'Ferries wait at the quay.',
    'Crews will check the breakwater.',
    'The port reopens on Friday.',
  ];

  it('reports a moved paragraph as moved, once, where it now stands', () => {
    const moved = [paras[0]!, paras[2]!, paras[3]!, paras[4]!, paras[1]!];
    const c = compareDocs(doc(...paras.map(p)), doc(...moved.map(p)));
    expect(c.blocks.map((b) => b.kind)).toEqual(['equal', 'equal', 'equal', 'equal', 'moved']);
    const m = c.blocks[4]!;
    expect([m.older!.index, m.newer!.index, m.newer!.text]).toEqual([1, 4, 'Gusts reached 120 km/h.']);
    expect(m.spans).toEqual([{ kind: 'equal', text: 'Gusts reached 120 km/h.' }]);
    expect(c.summary).toMatchObject({ moved: 1, changed: 0, inserted: 0, deleted: 0, wordsInserted: 0, wordsDeleted: 0 });
  });

  it('a paragraph moved and edited is moved, with its edits', () => {
    const c = compareDocs(doc(...paras.map(p)), doc(p(paras[0]!), p(paras[2]!), p(paras[3]!), p('Gusts reached 130 km/h.'), p(paras[4]!)));
    const m = c.blocks.find((b) => b.kind === 'moved')!;
    expect(m.older!.index).toBe(1);
    expect(changedWords(m.spans)).toEqual([
      ['deleted', '120'],
      ['inserted', '130'],
    ]);
    expect(c.blocks.filter((b) => b.kind !== 'equal')).toHaveLength(1);
  });

  it('inserted, deleted and changed paragraphs, deleted ones where they stood', () => {
    const c = compareDocs(doc(...paras.map(p)), doc(p(paras[0]!), p('Schools stayed shut.'), p(paras[1]!), p('Ferries wait at the old quay.'), p(paras[4]!)));
    expect(c.blocks.map((b) => [b.kind, b.older?.index ?? null, b.newer?.index ?? null])).toEqual([
      ['equal', 0, 0],
      ['inserted', null, 1],
      ['equal', 1, 2],
      ['changed', 2, 3],
      ['deleted', 3, null],
      ['equal', 4, 4],
    ]);
    expect(c.blocks[1]!.spans).toEqual([{ kind: 'inserted', text: 'Schools stayed shut.' }]);
    expect(c.blocks[4]!.spans).toEqual([{ kind: 'deleted', text: 'Crews will check the breakwater.' }]);
    expect(changedWords(c.blocks[3]!.spans)).toEqual([['inserted', 'old ']]);
    expect(c.summary).toEqual({ wordsInserted: 4, wordsDeleted: 5, changed: 1, inserted: 1, deleted: 1, moved: 0 });
  });

  it('a paragraph turned into a subheading is changed in place, its place said', () => {
    const c = compareDocs(doc(p('What is shut'), p('Ferries.')), doc(n.heading.create({ level: 2 }, schema.text('What is shut')), p('Ferries.')));
    expect(c.blocks[0]).toMatchObject({ kind: 'changed', older: { place: 'paragraph' }, newer: { place: 'subheading', type: 'heading' } });
    expect(comparisonText(c)).toContain('¶1 (subheading), was a paragraph: What is shut');
  });

  it('an empty paragraph and a photo without a caption print without text', () => {
    const c = compareDocs(doc(p('Ferries.')), doc(p('Ferries.'), p(''), n.photo.create({ src: 'media/a.jpg' })));
    expect(comparisonText(c)).toBe('¶1 unchanged\n¶2, new: (empty)\n¶3 (photo), new\n\n2 new; 0 words inserted, 0 deleted.\n');
  });

  it('list items and block quotes are compared item by item', () => {
    const e = everyNodeArticle();
    const json = structuredClone(e.body) as { content: Array<{ content: Array<{ content: Array<{ content: Array<{ text: string }> }> }> }> };
    json.content[4]!.content[1]!.content[0]!.content[0]!.text = 'Cargo berths and docks';
    const c = compareArticles(e, { ...e, body: json as Article['body'] });
    const changed = c.blocks.filter((b) => b.kind !== 'equal');
    expect(changed).toHaveLength(1);
    expect(changed[0]!.newer).toMatchObject({ place: 'bulleted list item', text: 'Cargo berths and docks' });
    expect(changedWords(changed[0]!.spans)).toEqual([['inserted', ' and docks']]);
  });

  it('the same story is identical, and says so', () => {
    const c = compareArticles(sampleArticle(), sampleArticle());
    expect(c.identical).toBe(true);
    expect(c.blocks.every((b) => b.kind === 'equal')).toBe(true);
    expect(comparisonText(c)).toMatch(/^¶1–\d+ unchanged\n\nNo differences\.\n$/);
  });
});

describe('fields, photos and speakers', () => {
  it('headline, standfirst, byline and dateline changes, old → new', () => {
    const older = story(doc(p('Text.')), {
      headline: 'Storm closes port',
      standfirst: 'Gusts shut the harbour.',
      byline: { position: 'top', contributors: [{ name: 'Ana Silva', role: 'writer', affiliation: 'Coast Wire', contact: null }] },
      dateline: { place: 'LISBON', date: 'Jan. 9' },
    });
    const newer: Article = {
      ...older,
      headline: 'Storm shuts port',
      standfirst: 'Gusts shut the harbour.',
      byline: {
        position: 'top',
        contributors: [
          { name: 'Ana Silva', role: 'writer', affiliation: 'Coast Wire', contact: null },
          { name: 'Rui Costa', role: 'additional-reporting', affiliation: null, contact: null },
        ],
      },
      dateline: { place: 'PORTO', date: 'Jan. 9' },
    };
    const c = compareArticles(older, newer);
    expect(c.identical).toBe(false);
    expect(c.fields.map((f) => [f.field, f.older, f.newer])).toEqual([
      ['headline', 'Storm closes port', 'Storm shuts port'],
      ['byline', 'By Ana Silva, Coast Wire', 'By Ana Silva, Coast Wire; Additional reporting by Rui Costa'],
      ['dateline', 'LISBON, Jan. 9', 'PORTO, Jan. 9'],
    ]);
    expect(changedWords(c.fields[0]!.spans)).toEqual([
      ['deleted', 'closes'],
      ['inserted', 'shuts'],
    ]);
    const text = comparisonText(c);
    expect(text).toContain('Headline: Storm [-closes-]{+shuts+} port\n');
    expect(text).toContain('Dateline: [-LISBON-]{+PORTO+}, Jan. 9\n');
    expect(text).toContain('headline, byline, dateline changed');
  });

  it('photo caption, credit and alt text changes', () => {
    const e = everyNodeArticle();
    const body = structuredClone(e.body) as { content: Array<{ attrs: Record<string, unknown> }> };
    Object.assign(body.content[0]!.attrs, {
      caption: 'Ferries wait at the old quay.',
      credit: 'Rui Costa / Coast Wire',
      alt: 'Ferries at a stormy quay',
      preview: 'data:image/png;base64,AA==',
    });
    const c = compareArticles(e, { ...e, body: body as Article['body'] });
    const photo = c.blocks[0]!;
    expect(photo.kind).toBe('changed');
    expect(photo.photo!.map((f) => [f.field, f.older, f.newer])).toEqual([
      ['caption', 'Ferries wait at the quay.', 'Ferries wait at the old quay.'],
      ['credit', 'Ana Silva / Coast Wire', 'Rui Costa / Coast Wire'],
      ['alt', 'Ferries at a quay', 'Ferries at a stormy quay'],
    ]);
    expect(changedWords(photo.spans)).toEqual([['inserted', 'old ']]);
    expect(comparisonText(c)).toContain(
      '¶1 (photo): Ferries wait at the {+old +}quay.\n    Credit: [-Ana Silva-]{+Rui Costa+} / Coast Wire\n    Alt text: Ferries at a {+stormy +}quay\n',
    );
  });

  it('a quote whose speaker changed, by record or by its words', () => {
    const e = everyNodeArticle();
    const newer: Article = {
      ...e,
      people: [...e.people, { id: 'p2', name: 'Ana Silva', title: null, affiliation: 'Coast Wire' }],
      quotes: [{ ...e.quotes[0]!, id: 'q-renumbered', speakerId: 'p2' }],
    };
    const c = compareArticles(e, newer);
    expect(c.speakers).toEqual([{ quoteId: 'q-renumbered', quote: 'We have never seen it like this,', older: 'Rui Costa', newer: 'Ana Silva', block: 2 }]);
    expect(comparisonText(c)).toContain('Speaker of “We have never seen it like this,” (¶3): [-Rui Costa-]{+Ana Silva+}');
    const unattributed = compareArticles(e, { ...e, quotes: [{ ...e.quotes[0]!, speakerId: null }] });
    expect(unattributed.speakers.map((s) => [s.older, s.newer])).toEqual([['Rui Costa', null]]);
    expect(compareArticles(e, { ...e, quotes: [{ ...e.quotes[0]!, status: 'flagged' }] }).speakers).toEqual([]);
  });
});

describe('restore this paragraph', () => {
  const older = doc(p('The port closed at dawn.'), p('Gusts reached 120 km/h.'), p('Crews will check the breakwater.'), p('The port reopens on Friday.'));
  const newer = doc(p('The port closed at dawn.'), p('Schools stayed shut.'), p('Gusts reached 130 km/h.'), p('The port reopens on Friday.'));

  it('gives the older version of a changed paragraph, applied as one replace', () => {
    const c = compareDocs(older, newer);
    const index = c.blocks.findIndex((b) => b.kind === 'changed');
    const restore = restoreParagraph(c, index)!;
    expect(restore.action).toBe('replace');
    expect(restore.block).toEqual(p('Gusts reached 120 km/h.').toJSON());
    const tr = new Transform(newer);
    expect(applyParagraphRestore(tr, restore)).toBe(true);
    expect(tr.steps).toHaveLength(1);
    expect(tr.doc.child(2).textContent).toBe('Gusts reached 120 km/h.');
    expect(tr.doc.childCount).toBe(4);
  });

  it('takes out an inserted paragraph and puts a deleted one back where it stood', () => {
    const c = compareDocs(older, newer);
    const inserted = restoreParagraph(
      c,
      c.blocks.findIndex((b) => b.kind === 'inserted'),
    )!;
    expect(inserted).toMatchObject({ action: 'remove', block: null });
    const tr1 = new Transform(newer);
    applyParagraphRestore(tr1, inserted);
    expect(tr1.doc.textBetween(0, tr1.doc.content.size, '|')).toBe('The port closed at dawn.|Gusts reached 130 km/h.|The port reopens on Friday.');
    const deleted = restoreParagraph(
      c,
      c.blocks.findIndex((b) => b.kind === 'deleted'),
    )!;
    expect(deleted).toMatchObject({ action: 'insert', block: p('Crews will check the breakwater.').toJSON() });
    const tr2 = new Transform(newer);
    applyParagraphRestore(tr2, deleted);
    expect(tr2.doc.child(3).textContent).toBe('Crews will check the breakwater.');
  });

  it('restoring every block in turn gives the older story back', () => {
    let current = newer;
    for (let guard = 0; guard < 10; guard++) {
      const c = compareDocs(older, current);
      const index = c.blocks.findIndex((_, i) => restoreParagraph(c, i));
      if (index === -1) break;
      const tr = new Transform(current);
      expect(applyParagraphRestore(tr, restoreParagraph(c, index)!)).toBe(true);
      current = tr.doc;
    }
    expect(current.eq(older)).toBe(true);
  });

  it('restores a list item inside its list, and nothing for unchanged or merely moved blocks', () => {
    const e = everyNodeArticle();
    const body = structuredClone(e.body) as { content: Array<{ content: Array<{ content: Array<{ content: Array<{ text: string }> }> }> }> };
    body.content[4]!.content[1]!.content[0]!.content[0]!.text = 'Cargo berths and docks';
    const c = compareArticles(e, { ...e, body: body as Article['body'] });
    const index = c.blocks.findIndex((b) => b.kind === 'changed');
    const tr = new Transform(bodyNode(body as Article['body']));
    expect(applyParagraphRestore(tr, restoreParagraph(c, index)!)).toBe(true);
    expect(tr.doc.eq(bodyNode(e.body))).toBe(true);
    expect(restoreParagraph(c, 0)).toBeNull();
    const moved = compareDocs(doc(p('A.'), p('B.'), p('C.')), doc(p('B.'), p('C.'), p('A.')));
    expect(
      restoreParagraph(
        moved,
        moved.blocks.findIndex((b) => b.kind === 'moved'),
      ),
    ).toBeNull();
  });

  it('refuses when the story changed since the comparison', () => {
    const c = compareDocs(older, newer);
    const restore = restoreParagraph(
      c,
      c.blocks.findIndex((b) => b.kind === 'changed'),
    )!;
    const tr = new Transform(newer).insert(1, schema.text('Breaking: '));
    expect(applyParagraphRestore(tr, restore)).toBe(false);
    expect(tr.steps).toHaveLength(1);
  });
});

describe('the comparison rebuilds both versions', () => {
  const word = fc.constantFrom(
    'the',
    'port',
    'closed',
    'at',
    'dawn',
    'ferries',
    'wait',
    'quay',
    '12',
    '15',
    'harbour',
    'harbor',
    'said',
    'Costa',
    '“We',
    'go,”',
    'don’t',
    'U.S.',
  );
  const paragraph = fc.array(word, { minLength: 0, maxLength: 12 }).map((ws) => ws.join(' '));
  const edit = fc.record({
    kind: fc.constantFrom('keep', 'edit', 'drop', 'add', 'move'),
    words: fc.array(fc.tuple(fc.nat(20), word, fc.boolean()), { maxLength: 4 }),
    to: fc.nat(30),
  });
  /** A newer version made from the older by the edits an editor makes. */
  const versions = fc.tuple(fc.array(paragraph, { minLength: 1, maxLength: 12 }), fc.array(edit, { maxLength: 14 })).map(([older, edits]) => {
    const newer = [...older];
    for (const e of edits) {
      const i = e.to % Math.max(1, newer.length);
      if (e.kind === 'edit' && newer.length) {
        const ws = newer[i]!.split(' ').filter(Boolean);
        for (const [at, w, insert] of e.words) insert ? ws.splice(at % (ws.length + 1), 0, w) : ws.splice(at % Math.max(1, ws.length), 1);
        newer[i] = ws.join(' ');
      } else if (e.kind === 'drop' && newer.length > 1) newer.splice(i, 1);
      else if (e.kind === 'add') newer.splice(i, 0, e.words.map(([, w]) => w).join(' '));
      else if (e.kind === 'move' && newer.length > 1) newer.splice(e.words.length % newer.length, 0, newer.splice(i, 1)[0]!);
    }
    return { older, newer };
  });

  it('equal + deleted spans give the older text, equal + inserted the newer, block by block', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          versions,
          fc.record({ older: fc.array(paragraph, { minLength: 1, maxLength: 8 }), newer: fc.array(paragraph, { minLength: 1, maxLength: 8 }) }),
        ),
        ({ older, newer }) => {
          const c = compareDocs(doc(...older.map(p)), doc(...newer.map(p)));
          expect(rebuilt(c)).toEqual({ older, newer });
          // The newer version's reading order, and only deleted blocks without a newer side.
          const order = c.blocks.filter((b) => b.newer).map((b) => b.newer!.index);
          expect(order).toEqual(newer.map((_, i) => i));
          for (const b of c.blocks) {
            expect(b.spans.every((s) => s.text.length > 0)).toBe(true);
            if (b.kind === 'equal') expect(b.spans.every((s) => s.kind === 'equal')).toBe(true);
            if (b.kind === 'inserted') expect(b.spans.every((s) => s.kind === 'inserted')).toBe(true);
            if (b.kind === 'deleted') expect(b.spans.every((s) => s.kind === 'deleted')).toBe(true);
          }
          expect(c.identical).toBe(older.length === newer.length && older.every((t, i) => t === newer[i]));
        },
      ),
      { numRuns: 400 },
    );
  });

  /** A story of paragraphs, block quotes, bulleted lists and photos; neighbours of one kind share a container. */
  type Item = { text: string; wrap: 'none' | 'quote' | 'list' | 'photo' };
  function storyDoc(items: Item[]): Node {
    const blocks: Node[] = [];
    for (let i = 0; i < items.length; ) {
      const { wrap } = items[i]!;
      let j = i;
      while (j < items.length && items[j]!.wrap === wrap && (wrap === 'quote' || wrap === 'list' || j === i)) j++;
      const run = items.slice(i, j).map((item) => p(item.text));
      if (wrap === 'quote') blocks.push(n.blockquote.create(null, run));
      else if (wrap === 'list')
        blocks.push(
          n.bullet_list.create(
            null,
            run.map((para) => n.list_item.create(null, para)),
          ),
        );
      else if (wrap === 'photo') blocks.push(n.photo.create({ src: 'media/a.jpg', caption: items[i]!.text }));
      else blocks.push(run[0]!);
      i = j;
    }
    return doc(...blocks);
  }
  const item = fc.record({ text: paragraph, wrap: fc.constantFrom('none', 'none', 'quote', 'list', 'photo') }) as fc.Arbitrary<Item>;
  const nestedVersions = fc.tuple(fc.array(item, { minLength: 1, maxLength: 10 }), fc.array(fc.tuple(edit, item), { maxLength: 10 })).map(([older, edits]) => {
    const newer = [...older];
    for (const [e, fresh] of edits) {
      const i = e.to % newer.length;
      if (e.kind === 'edit') newer[i] = { ...newer[i]!, text: `${newer[i]!.text} ${fresh.text}`.trim() };
      else if (e.kind === 'drop' && newer.length > 1) newer.splice(i, 1);
      else if (e.kind === 'add') newer.splice(i, 0, fresh);
      else if (e.kind === 'move' && newer.length > 1) newer.splice(e.words.length % newer.length, 0, newer.splice(i, 1)[0]!);
      else newer[i] = { ...newer[i]!, wrap: fresh.wrap };
    }
    return { older, newer };
  });

  it('in stories with quotes, lists and photos too, and every restore applies to a valid story', () => {
    fc.assert(
      fc.property(nestedVersions, ({ older, newer }) => {
        const newerDoc = storyDoc(newer);
        const c = compareDocs(storyDoc(older), newerDoc);
        expect(rebuilt(c)).toEqual({ older: older.map((x) => x.text), newer: newer.map((x) => x.text) });
        for (const [i, b] of c.blocks.entries()) {
          const restore = restoreParagraph(c, i);
          if (!restore) continue;
          const tr = new Transform(newerDoc);
          expect(applyParagraphRestore(tr, restore), `${b.kind} block ${i}`).toBe(true);
          tr.doc.check();
          if (restore.action === 'replace') expect(tr.doc.nodeAt(restore.from)!.toJSON()).toEqual(b.older!.node);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('word spans rebuild both strings, and every change covers whole words', () => {
    const text = fc.array(fc.oneof(word, fc.constantFrom(' ', ', ', '. ', '-', '\n')), { maxLength: 20 }).map((ws) => ws.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const spans = diffWords(a, b);
        expect(olderSide(spans)).toBe(a);
        expect(newerSide(spans)).toBe(b);
        // No change starts or ends between two letters of one word.
        let before = '';
        for (const s of spans) {
          if (s.kind !== 'equal') expect(/[\p{L}\p{N}]$/u.test(before) && /^[\p{L}\p{N}]/u.test(s.text)).toBe(false);
          if (s.kind === 'equal') before = s.text;
        }
      }),
      { numRuns: 400 },
    );
  });
});

describe('renderings', () => {
  function edited(): ArticleComparison {
    const e = everyNodeArticle();
    const body = structuredClone(e.body) as { content: Array<Record<string, unknown>> };
    body.content.splice(2, 0, {
      type: 'paragraph',
      content: [{ type: 'text', text: 'A <script>alert("x")</script> & “quotes” line' }, { type: 'hard_break' }, { type: 'text', text: 'two.' }],
    });
    body.content.splice(8, 1);
    (body.content[0]!.attrs as Record<string, unknown>).credit = 'Rui <Costa> / Coast Wire';
    return compareArticles(e, {
      ...e,
      headline: 'Storm shuts port & ferries <stop>',
      body: body as Article['body'],
      people: [...e.people, { id: 'p2', name: 'Ana "AS" Silva', title: null, affiliation: null }],
      quotes: [{ ...e.quotes[0]!, speakerId: 'p2' }],
    });
  }

  it('text: [-deleted-] and {+inserted+} with each block’s place', () => {
    const text = comparisonText(edited(), { olderLabel: 'storm.copydesk.json', newerLabel: 'current text' });
    expect(text.startsWith('Older: storm.copydesk.json\nNewer: current text\n\nHeadline: Storm [-closes-]{+shuts+} port & ferries <stop>\n')).toBe(true);
    expect(text).toContain('Speaker of “We have never seen it like this,” (¶4): [-Rui Costa-]{+Ana "AS" Silva+}\n');
    expect(text).toContain('\n¶1 (photo): Ferries wait at the quay.\n    Credit: [-Ana Silva-]{+Rui <Costa>+} / Coast Wire\n¶2 unchanged\n');
    expect(text).toContain('\n¶3, new: {+A <script>alert("x")</script> & “quotes” line\ntwo.+}\n¶4–11 unchanged\n');
    expect(text).toContain('\nwas ¶11 (block quote), deleted: [-A quoted passage in a block quote.-]\n¶12–13 unchanged\n');
    expect(text.endsWith('\n\n1 paragraph changed, 1 new, 1 deleted; 8 words inserted, 7 deleted; headline changed; 1 speaker changed.\n')).toBe(true);
  });

  it('HTML: <del>/<ins>, everything escaped, a valid fragment (W3C checker)', async () => {
    const html = comparisonHtml(edited(), { olderLabel: 'revision <1>', newerLabel: 'current text' });
    expect(html).toContain('<dt>Headline</dt><dd>Storm <del>closes</del><ins>shuts</ins> port &amp; ferries &lt;stop&gt;</dd>');
    expect(html).toContain('<ins>A &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; “quotes” line<br>two.</ins>');
    expect(html).toContain('<del>Rui Costa</del> <ins>Ana &quot;AS&quot; Silva</ins>');
    expect(html).toContain('<dd><del>Ana Silva</del><ins>Rui &lt;Costa&gt;</ins> / Coast Wire</dd>');
    expect(html).not.toMatch(/<script|<stop>|<Costa>/);
    const same = comparisonHtml(compareArticles(sampleArticle(), sampleArticle()));
    const { errors } = await checkHtml({
      'compare.html': pageAround(html),
      'same.html': pageAround(same),
      'canary.html': '<!DOCTYPE html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>',
    });
    // A page that must fail proves the checker ran and read the files.
    expect(errors.some((e) => e.url?.endsWith('canary.html'))).toBe(true);
    expect(errors.filter((e) => !e.url?.endsWith('canary.html'))).toEqual([]);
  }, 60_000);
});
