import fc from 'fast-check';
import type { Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { describe, expect, it } from 'vitest';
import { analyzeParagraphs } from '../../shared/attribution';
import {
  bodyPositions,
  bodyTexts,
  type CheckOptions,
  type CheckStoryFields,
  changedBlocks,
  checkStory,
  compileHouseStyle,
  recheckStory,
  type StoryChecks,
} from '../../shared/checks';
import { schema } from '../../shared/schema';

// A re-check after any edit gives exactly what a fresh check of the edited story gives.

const p = (text: string) => schema.nodes.paragraph.create(null, text ? schema.text(text) : null);
const h = (text: string) => schema.nodes.heading.create({ level: 2 }, schema.text(text));
const photo = (attrs: Record<string, unknown>) => schema.nodes.photo.create(attrs);
const list = (...items: string[]) =>
  schema.nodes.bullet_list.create(
    null,
    items.map((t) => schema.nodes.list_item.create(null, [p(t)])),
  );
const quote = (...paras: string[]) => schema.nodes.blockquote.create(null, paras.map(p));

function startDoc(): Node {
  return schema.nodes.doc.create(null, [
    p('The council hired 4 new inspectors on November 26, said Mayor Maria Costa.'),
    p('“We will not give up,” said Ana Ruiz. “And we will build.'),
    p('“It is our home,” she said, and the the crowd cheered .'),
    photo({ src: 'media/a.jpg', credit: 'Photo: Lena Novak' }),
    h('What comes next'),
    p('12 people were hurt. Prices rose 8% and the e-mail said okay (maybe.'),
    list('First [[check]] item', 'Second item with TK', '“Open quote in a list'),
    quote('Walshe later said the vote was fair.', '“The numbers do not add up,” said Tom Walsh.'),
    photo({ src: '' }),
    p("The mayor's office did not comment on the web site."),
  ]);
}

const fields: CheckStoryFields = {
  headline: 'Council backs 5 percent rise',
  standfirst: 'The harbour waits.',
  byline: { contributors: [{ name: 'Lena Novak', role: 'writer', affiliation: null, contact: null }] },
  dateline: { place: 'Kyiv', date: 'Nov. 26' },
  people: [],
  quotes: [],
};

const SNIPPETS = [
  'a',
  ' ',
  'the ',
  '“',
  '”',
  '"',
  "'",
  '(',
  ')',
  '3',
  '12 ',
  '. ',
  'TK',
  '[[x]]',
  'Costa',
  'Walshe',
  'said Ana Ruiz',
  'okay',
  ' ,',
  'November 5',
];
const HREFS = ['https://example.com', 'htp://bad', 'www.example.com', ''];

type Edit =
  | { kind: 'insert'; at: number; text: number }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'split'; at: number }
  | { kind: 'join'; at: number }
  | { kind: 'drop-block'; at: number }
  | { kind: 'add-block'; at: number; text: number }
  | { kind: 'photo'; at: number; which: number }
  | { kind: 'link'; at: number; length: number; href: number }
  | { kind: 'headline'; text: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fc.nat() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('split' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('join' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('drop-block' as const), at: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('add-block' as const), at: fc.nat(), text: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('photo' as const), at: fc.nat(), which: fc.nat(3) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('link' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 8 }), href: fc.nat() }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('headline' as const), text: fc.nat() }) },
);

/** A text position: a textblock and an offset in it. */
function textPos(doc: Node, at: number): number {
  const { textblocks } = bodyPositions(doc);
  const texts = bodyTexts(doc);
  const i = at % textblocks.length;
  return textblocks[i]! + ((at >> 4) % (texts[i]!.length + 1));
}

function apply(doc: Node, story: CheckStoryFields, e: Edit): { doc: Node; story: CheckStoryFields } {
  const tr = new Transform(doc);
  switch (e.kind) {
    case 'insert':
      tr.insert(textPos(doc, e.at), schema.text(SNIPPETS[e.text % SNIPPETS.length]!));
      break;
    case 'delete': {
      const from = textPos(doc, e.at);
      const end = doc.resolve(from).end();
      if (end > from) tr.delete(from, Math.min(end, from + e.length));
      break;
    }
    case 'split':
      tr.split(textPos(doc, e.at));
      break;
    case 'join': {
      // Delete from inside one textblock into the next: the two become one.
      const { textblocks } = bodyPositions(doc);
      const i = e.at % textblocks.length;
      if (i + 1 < textblocks.length) tr.delete(doc.resolve(textblocks[i]!).end(), textblocks[i + 1]!);
      break;
    }
    case 'drop-block': {
      if (doc.childCount < 2) break;
      const i = e.at % doc.childCount;
      let pos = 0;
      for (let k = 0; k < i; k++) pos += doc.child(k).nodeSize;
      tr.delete(pos, pos + doc.child(i).nodeSize);
      break;
    }
    case 'add-block': {
      const i = e.at % (doc.childCount + 1);
      let pos = 0;
      for (let k = 0; k < i; k++) pos += doc.child(k).nodeSize;
      tr.insert(pos, e.text % 5 === 0 ? photo({ src: '' }) : p(SNIPPETS[e.text % SNIPPETS.length]!));
      break;
    }
    case 'photo': {
      const { photos } = bodyPositions(doc);
      if (!photos.length) break;
      const pos = photos[e.at % photos.length]!;
      const attrs = doc.nodeAt(pos)!.attrs;
      const changes = [{ alt: attrs.alt ? '' : 'A crowd' }, { credit: attrs.credit ? '' : 'Photo: X' }, { src: attrs.src ? '' : 'media/b.jpg' }, {}][e.which]!;
      tr.setNodeMarkup(pos, undefined, { ...attrs, ...changes });
      break;
    }
    case 'link': {
      const from = textPos(doc, e.at);
      const end = doc.resolve(from).end();
      if (end > from) tr.addMark(from, Math.min(end, from + e.length), schema.marks.link.create({ href: HREFS[e.href % HREFS.length] }));
      break;
    }
    case 'headline':
      return { doc, story: { ...story, headline: `${story.headline} ${SNIPPETS[e.text % SNIPPETS.length]}` } };
  }
  return { doc: tr.doc, story };
}

type Mode = 'engine analyses quotes' | 'caller gives the analysis' | 'exact hint' | 'wider hint';

function run(edits: Edit[], mode: Mode, style = compileHouseStyle().style) {
  let doc = startDoc();
  let story = fields;
  const options = (d: Node): CheckOptions => (mode === 'engine analyses quotes' ? { style } : { style, attribution: analyzeParagraphs(bodyTexts(d)) });
  let prev: StoryChecks = checkStory(story, doc, options(doc));
  for (const e of edits) {
    const before = doc;
    ({ doc, story } = apply(doc, story, e));
    const opts = options(doc);
    let hint = mode === 'exact hint' || mode === 'wider hint' ? changedBlocks(before, doc) : null;
    if (hint && mode === 'wider hint') hint = { from: Math.max(0, hint.from - 1), to: Math.min(doc.childCount, hint.to + 1) };
    const next = recheckStory(prev, story, doc, opts, hint);
    const fresh = checkStory(story, doc, opts);
    expect(next.matches).toEqual(fresh.matches);
    expect(next.counts).toEqual(fresh.counts);
    prev = next;
  }
}

describe('incremental checks', () => {
  for (const mode of ['engine analyses quotes', 'caller gives the analysis', 'exact hint', 'wider hint'] as const) {
    it(`a re-check after random edits equals a fresh check (${mode})`, () => {
      fc.assert(
        fc.property(fc.array(edit, { minLength: 1, maxLength: 20 }), (edits) => run(edits, mode)),
        { numRuns: mode === 'engine analyses quotes' ? 30 : 40, seed: 15 },
      );
    }, 120_000);
  }

  it('with a library’s dictionary and rules too', () => {
    const { style } = compileHouseStyle({ dictionary: ['okay'], rules: [{ id: 'desk.costa', kind: 'words', words: { Costa: 'Kosta', crowd: 'audience' } }] });
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 15 }), (edits) => run(edits, 'caller gives the analysis', style)),
      { numRuns: 30, seed: 16 },
    );
  }, 120_000);

  it('a keystroke re-reads only the block it changed; the other blocks keep their matches (same objects)', () => {
    const doc = startDoc();
    const first = checkStory(fields, doc);
    const pos = bodyPositions(doc).textblocks[0]! + 3;
    const next = new Transform(doc).insert(pos, schema.text('x')).doc;
    const again = recheckStory(first, fields, next);
    const untouched = (r: StoryChecks) => r.matches.filter((m) => m.range.kind !== 'block' || m.range.block !== 0);
    const a = untouched(first);
    const b = untouched(again);
    expect(b.length).toBe(a.length);
    // Quote matches follow the quote analysis; body matches outside block 0 are reused as they are.
    b.forEach((m, i) => {
      if (m.category !== 'quotes' && m.category !== 'story') expect(m).toBe(a[i]);
    });
  });
});
