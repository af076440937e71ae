import fc from 'fast-check';
import type { Mark, Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import { type Article, newArticle } from '../../shared/article';
import type { Note, StoryChanges } from '../../shared/changes';
import { ExportError, exportArticle, PendingChangesError } from '../../shared/export';
import { importMarkdown } from '../../shared/import';
import { schema } from '../../shared/schema';
import { checkHtml, pageAround } from '../support/export-fixtures';

/** Export with changes shown, import, export again: the same file (issue #14). */

const n = schema.nodes;
const m = schema.marks;
const t = (text: string, ...marks: Mark[]) => schema.text(text, marks);
const ins = (id: string) => m.insertion.create({ id });
const del = (id: string) => m.deletion.create({ id });
const note = (id: string) => m.note.create({ id });
const AT = '2026-12-03T10:04:00.000Z';

function articleWith(body: Node, changes: StoryChanges, extra: Partial<Article> = {}): Article {
  body.check();
  const a = newArticle({ id: 'c1', now: AT, headline: 'Port reopens', body: body.toJSON(), dateline: { place: 'LISBON', date: 'Jan. 9' }, ...extra });
  return { ...a, changes };
}

const noteRecord = (id: string, text: string, more: Partial<Note> = {}): Note => ({
  id,
  kind: 'question',
  author: 'Di Lam',
  at: AT,
  text,
  excerpt: '',
  replies: [],
  resolved: null,
  ...more,
});

/** One story with every kind of change: words inserted, deleted and replaced, a paragraph split, overlapping notes, a block deleted, a subheading's level changed, a new headline suggested. */
function desk(): Article {
  const body = n.doc.create(null, [
    n.paragraph.create(null, [
      t('The port '),
      t('closed', del('s1')),
      t('shut', ins('s1'), m.strong.create()),
      t(' at dawn, the '),
      t('harbour', note('n1')),
      t(' authority', note('n1'), note('n2')),
      t(' said', note('n2')),
      t('.'),
      t('\u200B', ins('s2')),
    ]),
    n.paragraph.create(null, [t('\u200B', ins('s2')), t('Ferries wait.')]),
    n.heading.create({ level: 2 }, [t('What is shut')], [m.modification.create({ id: 's3', type: 'attr', attrName: 'level', previousValue: 3, newValue: 2 })]),
    n.paragraph.create(null, [t('A paragraph to cut.')], [del('s4')]),
    n.paragraph.create(null, [t('Crews check the breakwater.')]),
  ]);
  return articleWith(body, {
    suggestions: [
      { id: 's1', author: 'Ana Ruiz', at: AT },
      { id: 's2', author: 'Ana Ruiz', at: AT },
      { id: 's3', author: 'Bo Chen', at: AT },
      { id: 's4', author: 'Bo Chen', at: AT },
      { id: 'f1', author: 'Bo Chen', at: AT, field: 'headline', value: 'Port opens again' },
    ],
    notes: [
      noteRecord('n1', 'Which authority?\nName it.', { replies: [{ author: 'Ana Ruiz', at: AT, text: 'The port authority.' }] }),
      noteRecord('n2', 'Quote <exact>?', { kind: 'fact-check', resolved: { by: 'Ana Ruiz', at: AT } }),
    ],
  });
}

function reimported(markdown: string): Article {
  const back = importMarkdown(markdown);
  const a = newArticle({ id: back.id ?? '', now: back.created ?? '', ...back, status: back.status ?? 'draft' });
  return back.changes ? { ...a, changes: back.changes } : a;
}

describe('exports with pending changes', () => {
  it('refuse without a mode, naming the counts', () => {
    expect(() => exportArticle(desk(), 'html')).toThrow(PendingChangesError);
    expect(() => exportArticle(desk(), 'md')).toThrow('The story has 5 pending suggestions and 1 open note.');
  });

  it('as accepted: suggestions applied, the suggested headline taken, no notes or marks left', () => {
    const html = exportArticle(desk(), 'html', { changes: 'accepted' }).text;
    expect(html).toContain('<h1>Port opens again</h1>');
    expect(html).toContain('The port <strong>shut</strong> at dawn, the harbour authority said.</p>\n<p>Ferries wait.</p>');
    expect(html).toContain('<h2>What is shut</h2>');
    expect(html).not.toMatch(/<ins|<del|<mark|<aside|A paragraph to cut|\u200B/);
    const md = exportArticle(desk(), 'md', { changes: 'accepted' }).text;
    expect(md).not.toMatch(/\{\+\+|\{--|\{==|\{>>|^changes:/m);
    expect(md).toContain('headline: Port opens again');
  });

  it('as rejected: the original, paragraphs joined again', () => {
    const text = exportArticle(desk(), 'txt', { changes: 'rejected' }).text;
    expect(text).toBe(
      'Port reopens\nLISBON, Jan. 9 — The port closed at dawn, the harbour authority said.Ferries wait.\nWhat is shut\nA paragraph to cut.\nCrews check the breakwater.\n',
    );
    expect(exportArticle(desk(), 'html', { changes: 'rejected' }).text).toContain('<h3>What is shut</h3>');
  });

  it('NINJS and plain text cannot show changes, and say so', () => {
    expect(() => exportArticle(desk(), 'ninjs', { changes: 'shown' })).toThrow(ExportError);
    expect(() => exportArticle(desk(), 'txt', { changes: 'shown' })).toThrow(/cannot show suggestions and notes/);
  });

  it('HTML with changes shown: <ins>/<del> with author and time, notes as asides after their block, field suggestions old → new, no anchors', () => {
    const html = exportArticle(desk(), 'html', { changes: 'shown' }).text;
    expect(html).toContain(
      '<del class="suggestion" data-suggestion="s1" data-author="Ana Ruiz" datetime="2026-12-03T10:04:00.000Z" title="Deleted by Ana Ruiz, 3 Dec 2026 10:04 UTC">closed</del>',
    );
    expect(html).toContain(
      '<strong><ins class="suggestion" data-suggestion="s1" data-author="Ana Ruiz" datetime="2026-12-03T10:04:00.000Z" title="Inserted by Ana Ruiz, 3 Dec 2026 10:04 UTC">shut</ins></strong>',
    );
    expect(html).toMatch(/<h1><del [^>]*data-suggestion="f1"[^>]*>Port reopens<\/del> <ins [^>]*data-author="Bo Chen"[^>]*>Port opens again<\/ins><\/h1>/);
    expect(html).toMatch(/<mark class="note-anchor" data-note="n1" title="Question to the reporter by Di Lam, 3 Dec 2026 10:04 UTC">harbour/);
    // The asides follow the paragraph, never inside it.
    expect(html).toMatch(/said<\/mark>\.<ins [^>]*>¶<\/ins><\/p>\n<aside class="note" data-note="n1" data-kind="question">/);
    expect(html).toContain('<p class="note-text">Which authority?<br>Name it.</p>');
    expect(html).toContain(
      '<ol class="note-replies"><li><p class="note-head">Ana Ruiz · <time datetime="2026-12-03T10:04:00.000Z">3 Dec 2026 10:04 UTC</time></p>',
    );
    expect(html).toContain('<aside class="note note-resolved" data-note="n2" data-kind="fact-check">');
    expect(html).toContain('<p class="note-text">Quote &lt;exact&gt;?</p>');
    expect(html).toMatch(
      /<div class="suggestion suggested-change" data-suggestion="s3"[^>]*title="Subheading level changed by Bo Chen[^"]*"><h2>What is shut<\/h2>/,
    );
    expect(html).toMatch(/<del class="suggestion" data-suggestion="s4"[^>]*><p>A paragraph to cut\.<\/p>\n<\/del>/);
    expect(html).not.toContain('\u200B');
  });

  it('HTML with changes shown passes the W3C Nu HTML Checker (page and fragment)', async () => {
    const files = {
      'shown.html': exportArticle(desk(), 'html', { changes: 'shown' }).text,
      'shown-fragment.html': pageAround(exportArticle(desk(), 'html-fragment', { changes: 'shown' }).text),
      'list-shown.html': exportArticle(listStory(), 'html', { changes: 'shown' }).text,
      'accepted.html': exportArticle(desk(), 'html', { changes: 'accepted' }).text,
    };
    const { errors } = await checkHtml(files);
    expect(errors).toEqual([]);
  }, 60_000);

  it('Markdown with changes shown: CriticMarkup in the text, whose it is in the front matter', () => {
    const md = exportArticle(desk(), 'md', { changes: 'shown' }).text;
    expect(md).toContain(
      'LISBON, Jan. 9 — The port {~~closed~>**shut**~~} at dawn, the {==harbour==}{== authority==}{>>Which authority? Name it.<<}{== said==}{>>Quote <exact>?<<}.{++\u200B++}',
    );
    expect(md).toContain('\n\n{++\u200B++}Ferries wait.\n');
    expect(md).toMatch(/ {2}markup:\n {4}- suggestion: s1\n {4}- notes:\n {8}- n1\n {4}- notes:\n {8}- n1\n {8}- n2\n {4}- note: n1\n/);
    expect(md).toMatch(/ {2}blocks:\n {4}- block: 2\n {6}marks:\n {8}- type: modification/);
  });

  it('Markdown with changes shown comes back as the same story: marks, records, field suggestions, resolved notes', () => {
    const md = exportArticle(desk(), 'md', { changes: 'shown' }).text;
    const back = reimported(md);
    expect(back.changes).toEqual(desk().changes);
    expect(back.body).toEqual(desk().body);
    expect(exportArticle(back, 'md', { changes: 'shown' }).text).toBe(md);
  });

  it('text that looks like CriticMarkup is escaped and stays text', () => {
    const body = n.doc.create(null, [n.paragraph.create(null, [t('Use {++ and ++} or {== x ==}{>> y <<} and {~~a~>b~~} literally')])]);
    const a = articleWith(body, { suggestions: [], notes: [] });
    const md = exportArticle(a, 'md', { changes: 'accepted' }).text;
    expect(md).toContain('Use \\{++ and ++\\} or \\{== x ==\\}\\{>> y <<\\} and \\{\\~\\~a\\~>b\\~\\~\\} literally');
    const back = importMarkdown(md);
    expect(back.messages).toBeUndefined();
    expect(back.body).toEqual(body.toJSON());
  });
});

describe('CriticMarkup import', () => {
  it('a file from elsewhere: suggestions and notes with an unknown author, comments as note text', () => {
    const doc = importMarkdown('# Storm\n\nThe port {--closed--}{++shut++} at {~~dawn~>noon~~}. The {==harbour==}{>>Which one?<<} said.\n');
    expect(doc.messages).toBeUndefined();
    expect(doc.changes?.suggestions).toEqual([
      { id: 'cm-s1', author: 'Unknown author', at: '' },
      { id: 'cm-s2', author: 'Unknown author', at: '' },
      { id: 'cm-s3', author: 'Unknown author', at: '' },
    ]);
    expect(doc.changes?.notes).toEqual([
      { id: 'cm-n1', kind: 'comment', author: 'Unknown author', at: '', text: 'Which one?', excerpt: 'harbour', replies: [], resolved: null },
    ]);
    const para = (doc.body.content as { content: { text: string; marks?: { type: string }[] }[] }[])[0].content;
    expect(para.map((c) => [c.text, (c.marks ?? []).map((mk) => mk.type).join()])).toEqual([
      ['The port ', ''],
      ['closed', 'deletion'],
      ['shut', 'insertion'],
      [' at ', ''],
      ['dawn', 'deletion'],
      ['noon', 'insertion'],
      ['. The ', ''],
      ['harbour', 'note'],
      [' said.', ''],
    ]);
  });

  it('unclosed markup is kept as plain text, and the message says where', () => {
    const doc = importMarkdown('---\nheadline: Storm\n---\n\nFirst paragraph.\n\nThe port {++shut at dawn.\n\nNext.\n');
    expect(doc.messages).toEqual(['Line 7: “{++” is never closed before the paragraph ends (“{++shut at dawn.”); it was kept as plain text.']);
    expect(JSON.stringify(doc.body)).toContain('"text":"The port {++shut at dawn."');
    expect(doc.changes).toBeUndefined();
  });

  it('nested markup is kept as plain text, whole, and the message says where', () => {
    const doc = importMarkdown('Intro.\n\nA {++new {--old--} word++} here, and {++this++} is read.\n');
    expect(doc.messages).toEqual([
      'Line 3: markup inside other markup (“{++new {--old--} word++}”) cannot be read as a suggestion or note; it was kept as plain text.',
    ]);
    const text = JSON.stringify(doc.body);
    expect(text).toContain('"text":"A {++new {--old--} word++} here, and "');
    expect(text).toContain('{"type":"text","marks":[{"type":"insertion","attrs":{"id":"cm-s1"}}],"text":"this"}');
  });

  it('a closer without an opener, a mismatched closer and a replacement without ~> are kept as text, each with a message', () => {
    const doc = importMarkdown('C++} is here.\n\nA {++word--} and {~~old new~~}.\n');
    expect(doc.messages).toEqual([
      'Line 1: “++}” closes markup that was never opened (“C++}”); it was kept as plain text.',
      'Line 3: “{++” is closed by “--}” instead of “++}” (“{++word--}”); it was kept as plain text.',
      'Line 3: a replacement needs one “~>” between the old and the new words (“{~~old new~~}”); it was kept as plain text.',
    ]);
    expect(JSON.stringify(doc.body)).toContain('A {++word--} and {~~old new~~}.');
  });

  it('front matter that does not match the markup keeps the changes without authors, and says so', () => {
    const md = exportArticle(desk(), 'md', { changes: 'shown' }).text.replace('{++\u200B++}Ferries', 'Ferries');
    const doc = importMarkdown(md);
    expect(doc.messages?.[0]).toMatch(/lists 8 suggestion and note marks but the text has 7/);
    expect(doc.changes?.suggestions.some((s) => s.author === 'Unknown author')).toBe(true);
  });
});

/** A story whose list items and photo carry whole-block suggestions (for the HTML checker). */
function listStory(): Article {
  const body = n.doc.create(null, [
    n.paragraph.create(null, [t('Lead '), t('words', note('n1'))]),
    n.bullet_list.create(null, [
      n.list_item.create(null, [n.paragraph.create(null, [t('Ferries')])], [ins('s1')]),
      n.list_item.create(null, [n.paragraph.create(null, [t('Cargo'), t(' berths', del('s2'))])]),
    ]),
    n.photo.create({ caption: 'To follow' }, undefined, [del('s2')]),
    n.blockquote.create(null, [n.paragraph.create(null, [t('Quoted', note('n2'))])]),
  ]);
  return articleWith(
    body,
    {
      suggestions: [
        { id: 's1', author: 'Ana Ruiz', at: AT },
        { id: 's2', author: 'Ana Ruiz', at: 'not a time' },
        {
          id: 'f1',
          author: 'Bo Chen',
          at: AT,
          field: 'byline',
          value: { position: 'top', contributors: [{ name: 'Ana Ruiz', role: 'writer', affiliation: null, contact: null }] },
        },
        { id: 'f2', author: 'Bo Chen', at: AT, field: 'dateline', value: { place: 'PORTO', date: 'Jan. 9' } },
        { id: 'f3', author: 'Bo Chen', at: AT, field: 'standfirst', value: 'A new standfirst.' },
      ],
      notes: [noteRecord('n1', 'Check.'), noteRecord('n2', 'Source?'), noteRecord('n3', 'On words since deleted.', { excerpt: 'gone words' })],
    },
    { byline: { position: 'top', contributors: [{ name: 'Bo Chen', role: 'writer', affiliation: null, contact: null }] } },
  );
}

// ---- The property: export with changes shown → import → export is identical ----

const word = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9.,'!?&+=<>~{}-]{0,7}$/);
const words = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join(' '));
type Change = { kind: 'plain' | 'ins' | 'del' | 'sub'; notes: number[]; bold: boolean };
const change: fc.Arbitrary<Change> = fc.record({
  kind: fc.constantFrom('plain', 'plain', 'ins', 'del', 'sub') as fc.Arbitrary<Change['kind']>,
  notes: fc.subarray([0, 1, 2]),
  bold: fc.boolean(),
});
const run = fc.record({ text: words, other: words, change });
const paragraphSpec = fc.record({ runs: fc.array(run, { minLength: 1, maxLength: 5 }), split: fc.boolean(), deleted: fc.boolean() });
const story = fc.record({
  paragraphs: fc.array(paragraphSpec, { minLength: 1, maxLength: 4 }),
  headline: fc.option(words, { nil: null }),
  resolved: fc.boolean(),
  replies: fc.array(words, { maxLength: 2 }),
  noteText: fc.array(fc.stringMatching(/^[A-Za-z0-9 .,?:{}<>+~=-]{0,20}(\n[A-Za-z ]{1,10})?$/), { minLength: 3, maxLength: 3 }),
});

function buildStory(s: typeof story extends fc.Arbitrary<infer S> ? S : never): Article {
  let next = 0;
  const id = () => `s${++next}`;
  const suggestions: StoryChanges['suggestions'] = [];
  const record = (sid: string) => {
    suggestions.push({ id: sid, author: next % 2 ? 'Ana Ruiz' : 'Bo Chen', at: `2026-12-0${1 + (next % 8)}T1${next % 10}:04:00.000Z` });
    return sid;
  };
  const usedNotes = new Set<number>();
  const blocks: Node[] = [];
  let carry: Node | null = null;
  for (const [pi, p] of s.paragraphs.entries()) {
    const content: Node[] = carry ? [carry] : [];
    carry = null;
    for (const [ri, r] of p.runs.entries()) {
      const sep = ri > 0 ? [t(' ')] : [];
      const notes = r.change.notes.map((k) => note(`n${k}`));
      for (const k of r.change.notes) usedNotes.add(k);
      const base = r.change.bold ? [m.strong.create()] : [];
      content.push(...sep);
      if (r.change.kind === 'plain') content.push(t(r.text, ...base, ...notes));
      else if (r.change.kind === 'ins') content.push(t(r.text, ...base, ...notes, ins(record(id()))));
      else if (r.change.kind === 'del') content.push(t(r.text, ...base, ...notes, del(record(id()))));
      else {
        const sid = record(id());
        content.push(t(r.text, ...notes, del(sid)), t(r.other, ...base, ...notes, ins(sid)));
      }
    }
    if (p.split && pi < s.paragraphs.length - 1) {
      const sid = record(id());
      content.push(t('\u200B', ins(sid)));
      carry = t('\u200B', ins(sid));
    }
    blocks.push(n.paragraph.create(null, content, p.deleted && !p.split ? [del(record(id()))] : []));
  }
  const notes: Note[] = [...usedNotes].sort().map((k) =>
    noteRecord(`n${k}`, s.noteText[k], {
      kind: (['comment', 'tk', 'legal'] as const)[k],
      replies: s.replies.map((text, i) => ({ author: i % 2 ? 'Ana Ruiz' : 'Cy Diaz', at: AT, text })),
      resolved: s.resolved && k === 1 ? { by: 'Ana Ruiz', at: AT } : null,
      excerpt: `excerpt ${k}`,
    }),
  );
  if (s.headline) suggestions.push({ id: 'f1', author: 'Cy Diaz', at: AT, field: 'headline', value: s.headline });
  return articleWith(n.doc.create(null, blocks), { suggestions, notes });
}

describe('CriticMarkup round trip (property)', () => {
  it('export with changes shown → import → export is identical', () => {
    fc.assert(
      fc.property(story, (s) => {
        const a = buildStory(s);
        const md = exportArticle(a, 'md', { changes: 'shown' }).text;
        const back = importMarkdown(md);
        expect(back.messages).toBeUndefined();
        expect(exportArticle(reimported(md), 'md', { changes: 'shown' }).text).toBe(md);
      }),
      { seed: 1234, numRuns: 200 },
    );
  });
});
