import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  HeadingLevel,
  InsertedTextRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import JSZip from 'jszip';
import type { Node } from 'prosemirror-model';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportCommand } from '../../electron/cli/documents';
import { importDocument, renderExport } from '../../electron/services/documents';
import { ArticleLibrary } from '../../electron/services/library';
import { type Article, bodyNode, newArticle } from '../../shared/article';
import { type BodySuggestionRecord, noteAnchors, pendingSuggestions, resolvedArticle, SUGGESTION_ANCHOR } from '../../shared/changes';
import { parseHostOutput } from '../../shared/contract';
import { schema } from '../../shared/schema';

/**
 * Word's tracked changes and comments in and out: .docx files built with the `docx` package (as
 * Word writes them: w:ins, w:del with w:delText, comment ranges, replies in commentsExtended.xml)
 * imported through the real importer, and stories exported as .docx and imported again.
 */

let dir: string;
let library: ArticleLibrary;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-docx-'));
  library = await ArticleLibrary.open({ root: dir, seedSample: false });
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const ANA = { author: 'Ana Ruiz', date: '2024-03-01T10:00:00Z' };
const BEN = { author: 'Ben Ode', date: '2024-03-02T09:30:00Z' };

/** A desk's Word document: two people's tracked changes and a comment with a reply. */
function deskDocument(): Document {
  return new Document({
    comments: {
      children: [
        { id: 0, author: 'Ana Ruiz', initials: 'AR', date: new Date('2024-03-01T10:05:00.000Z'), children: [new Paragraph('Is this figure right?')] },
        { id: 1, author: 'Ben Ode', parentId: 0, date: new Date('2024-03-01T11:00:00.000Z'), children: [new Paragraph('Checked with the treasurer.')] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun('Council approves budget')] }),
          new Paragraph({
            children: [
              new TextRun('The council '),
              new InsertedTextRun({ text: 'finally ', id: 1, ...ANA }),
              new TextRun({ text: 'approved', bold: true }),
              new DeletedTextRun({ text: ' the old', id: 2, ...BEN }),
              new TextRun(' budget of '),
              new CommentRangeStart(0),
              new TextRun('€4m'),
              new CommentRangeEnd(0),
              new TextRun({ children: [new CommentReference(0)] }),
              new TextRun({ children: [new CommentReference(1)] }),
              new TextRun(' on Tuesday.'),
            ],
          }),
          // Ben deleted the break after this paragraph: in Word's final text the two are one.
          new Paragraph({ run: { deletion: { id: 3, ...BEN } }, children: [new TextRun('Critics objected')] }),
          new Paragraph({ children: [new TextRun(' and walked out.')] }),
          new Paragraph({ children: [new DeletedTextRun({ text: 'Cut this', id: 4, ...ANA }), new TextRun('Kept this.')] }),
        ],
      },
    ],
  });
}

async function importBytes(fileName: string, bytes: Uint8Array) {
  const { path: created, notices } = await importDocument(library, { fileName, bytes });
  const { article } = await library.open(created);
  return { article, notices, doc: bodyNode(article.body) };
}

const paragraphTexts = (doc: Node) => {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.isTextblock) out.push(n.textContent);
    return !n.isTextblock;
  });
  return out;
};

/** Each run of text with the names of its marks, e.g. "finally [insertion]". */
function runs(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((n) => {
    if (n.isText)
      out.push(
        `${n.text}${
          n.marks.length
            ? `|${n.marks
                .map((m) => m.type.name)
                .sort()
                .join(' ')}`
            : ''
        }`,
      );
    return true;
  });
  return out;
}

function recordOf(article: Article, id: string): BodySuggestionRecord | undefined {
  return article.changes?.suggestions.find((r) => r.id === id) as BodySuggestionRecord | undefined;
}

describe('importing a Word document with tracked changes and comments', () => {
  it('brings insertions and deletions in as suggestions with their authors and dates, and the comment thread as a note', async () => {
    const bytes = await Packer.toBuffer(deskDocument());
    await writeFile(path.join(dir, 'desk.docx'), bytes); // a real file on disk, read back as the app would
    const { article, notices, doc } = await importBytes('desk.docx', await readFile(path.join(dir, 'desk.docx')));
    expect(notices).toEqual([]);
    expect(article.headline).toBe('Council approves budget');

    // The deleted paragraph break is a break again, with the deletion's anchors on both sides.
    expect(paragraphTexts(doc)).toEqual([
      'The council finally approved the old budget of €4m on Tuesday.',
      `Critics objected${SUGGESTION_ANCHOR}`,
      `${SUGGESTION_ANCHOR} and walked out.`,
      'Cut thisKept this.',
    ]);
    expect(runs(doc)).toEqual([
      'The council ',
      'finally |insertion',
      'approved|strong',
      ' the old|deletion',
      ' budget of ',
      '€4m|note',
      ' on Tuesday.',
      'Critics objected',
      `${SUGGESTION_ANCHOR}|deletion`,
      `${SUGGESTION_ANCHOR}|deletion`,
      ' and walked out.',
      'Cut this|deletion',
      'Kept this.',
    ]);

    const pending = pendingSuggestions(doc);
    expect(pending.map((s) => ({ inserted: s.inserted, deleted: s.deleted, structure: s.structure }))).toEqual([
      { inserted: 'finally ', deleted: '', structure: false },
      { inserted: '', deleted: ' the old', structure: false },
      { inserted: '', deleted: '', structure: true },
      { inserted: '', deleted: 'Cut this', structure: false },
    ]);
    expect(pending.map((s) => recordOf(article, s.id))).toEqual([
      { id: pending[0].id, author: 'Ana Ruiz', at: '2024-03-01T10:00:00Z' },
      { id: pending[1].id, author: 'Ben Ode', at: '2024-03-02T09:30:00Z' },
      { id: pending[2].id, author: 'Ben Ode', at: '2024-03-02T09:30:00Z' },
      { id: pending[3].id, author: 'Ana Ruiz', at: '2024-03-01T10:00:00Z' },
    ]);
    expect(article.changes?.suggestions).toHaveLength(4);

    expect(article.changes?.notes).toEqual([
      {
        id: expect.any(String),
        kind: 'comment',
        author: 'Ana Ruiz',
        at: '2024-03-01T10:05:00.000Z',
        text: 'Is this figure right?',
        excerpt: '€4m',
        replies: [{ author: 'Ben Ode', at: '2024-03-01T11:00:00.000Z', text: 'Checked with the treasurer.' }],
        resolved: null,
      },
    ]);
    const note = article.changes?.notes[0];
    expect(noteAnchors(doc).get(note?.id ?? '')?.text).toBe('€4m');

    // Accepting everything gives Word's final text; rejecting everything, the text before the changes.
    const accepted = bodyNode(resolvedArticle(article, 'accept').body);
    expect(paragraphTexts(accepted)).toEqual(['The council finally approved budget of €4m on Tuesday.', 'Critics objected and walked out.', 'Kept this.']);
    const rejected = bodyNode(resolvedArticle(article, 'reject').body);
    expect(paragraphTexts(rejected)).toEqual([
      'The council approved the old budget of €4m on Tuesday.',
      'Critics objected',
      ' and walked out.',
      'Cut thisKept this.',
    ]);
  });

  it('a resolved thread (done in Word) is a resolved note', async () => {
    const document = new Document({
      comments: {
        children: [
          { id: 0, author: 'Ana Ruiz', date: new Date('2024-03-01T10:05:00.000Z'), resolved: true, children: [new Paragraph('Spell the name out')] },
          { id: 1, author: 'Ben Ode', parentId: 0, date: new Date('2024-03-01T12:00:00.000Z'), children: [new Paragraph('Done.')] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({
              children: [
                new CommentRangeStart(0),
                new TextRun('The mayor spoke.'),
                new CommentRangeEnd(0),
                new TextRun({ children: [new CommentReference(0)] }),
              ],
            }),
          ],
        },
      ],
    });
    const { article } = await importBytes('resolved.docx', await Packer.toBuffer(document));
    expect(article.changes?.notes[0]).toMatchObject({
      text: 'Spell the name out',
      excerpt: 'The mayor spoke.',
      resolved: { by: 'Ben Ode', at: '2024-03-01T12:00:00.000Z' },
    });
  });

  it('a document without tracked changes or comments imports as before, without changes', async () => {
    const document = new Document({ sections: [{ children: [new Paragraph('Just the story.')] }] });
    const { article, notices } = await importBytes('plain.docx', await Packer.toBuffer(document));
    expect(article.changes).toBeUndefined();
    expect(notices).toEqual([]);
    expect(paragraphTexts(bodyNode(article.body))).toEqual(['Just the story.']);
  });

  it('a change where the story has no place for it (the headline) keeps the final text and says so', async () => {
    const document = new Document({
      sections: [
        {
          children: [
            new Paragraph({
              heading: HeadingLevel.TITLE,
              children: [new TextRun('Council '), new InsertedTextRun({ text: 'finally ', id: 1, ...ANA }), new TextRun('acts')],
            }),
            new Paragraph({ children: [new TextRun('Body '), new InsertedTextRun({ text: 'text', id: 2, ...BEN })] }),
          ],
        },
      ],
    });
    const { article, notices, doc } = await importBytes('headline.docx', await Packer.toBuffer(document));
    expect(article.headline).toBe('Council finally acts');
    expect(runs(doc)).toEqual(['Body ', 'text|insertion']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/One tracked change or comment in “headline.docx” could not be placed/);
  });

  it('a damaged document.xml (a bare “&” mammoth reads past, a strict reader does not): the final text is imported, with a message', async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(deskDocument()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    zip.file('word/document.xml', xml.replace('Kept this.', 'Kept this & that.'));
    const { article, notices, doc } = await importBytes('damaged.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(article.changes).toBeUndefined();
    expect(paragraphTexts(doc)).toEqual(['The council finally approved budget of €4m on Tuesday.', 'Critics objected and walked out.', 'Kept this & that.']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(
      /^“damaged.docx” was imported as its final text \(every tracked change accepted\): its tracked changes and comments could not be read \(word\/document.xml is not well-formed XML/,
    );
  });

  it('a damaged comments.xml: the final text is imported, with a message', async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(deskDocument()));
    const xml = (await zip.file('word/comments.xml')?.async('string')) ?? '';
    zip.file('word/comments.xml', xml.replace('Checked with the treasurer.', 'Checked with the treasurer & the mayor.'));
    const { article, notices, doc } = await importBytes('comments.docx', await zip.generateAsync({ type: 'uint8array' }));
    expect(article.changes).toBeUndefined();
    expect(paragraphTexts(doc)).toEqual(['The council finally approved budget of €4m on Tuesday.', 'Critics objected and walked out.', 'Kept this.']);
    expect(notices[0]).toMatch(/could not be read \(word\/comments.xml is not well-formed XML/);
  });

  it('a truncated document.xml has no final text to import either: refused as before, the library unchanged', async () => {
    const zip = await JSZip.loadAsync(await Packer.toBuffer(deskDocument()));
    const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
    zip.file('word/document.xml', xml.slice(0, Math.floor(xml.length / 2)));
    await expect(importDocument(library, { fileName: 'truncated.docx', bytes: await zip.generateAsync({ type: 'uint8array' }) })).rejects.toThrow(
      /damaged or not a Word document/,
    );
  });
});

/** A story with the desk's suggestions and notes, as the editor makes them. */
function suggestedArticle(): Article {
  const { insertion, deletion, note, strong } = schema.marks;
  const ins = (id: string) => insertion.create({ id });
  const del = (id: string) => deletion.create({ id });
  const t = (text: string, marks: ReturnType<typeof ins>[] = []) => schema.text(text, marks);
  const p = (...content: ReturnType<typeof t>[]) => schema.nodes.paragraph.create(null, content);
  const body = schema.nodes.doc.create(null, [
    p(
      t('The council '),
      t('finally ', [ins('s1')]),
      t('approved', [strong.create()]),
      t(' the old', [del('s2')]),
      t(' budget of '),
      t('€4m', [note.create({ id: 'n1' })]),
      t('.'),
    ),
    // s3: a paragraph break suggested by Ana (the split the editor makes in Suggesting mode).
    p(t('Critics objected.'), t(SUGGESTION_ANCHOR, [ins('s3')])),
    p(t(SUGGESTION_ANCHOR, [ins('s3')]), t('They walked out.', [note.create({ id: 'n2' })])),
    schema.nodes.heading.create({ level: 2 }, [t('What happens next')]),
    schema.nodes.bullet_list.create(null, [
      schema.nodes.list_item.create(null, [p(t('A vote in '), t('May', [del('s4')]), t('June', [ins('s5')]))]),
      schema.nodes.list_item.create(null, [p(t('A public hearing'))]),
    ]),
  ]);
  const article = newArticle({ id: 'a1', now: '2024-03-05T08:00:00.000Z', headline: 'Council approves budget', body: body.toJSON() as Article['body'] });
  article.changes = {
    suggestions: [
      { id: 's1', author: 'Ana Ruiz', at: '2024-03-01T10:00:00.000Z' },
      { id: 's2', author: 'Ben Ode', at: '2024-03-02T09:30:00.000Z' },
      { id: 's3', author: 'Ana Ruiz', at: '2024-03-02T10:00:00.000Z' },
      { id: 's4', author: 'Ben Ode', at: '2024-03-03T08:00:00.000Z' },
      { id: 's5', author: 'Ben Ode', at: '2024-03-03T08:00:01.000Z' },
    ],
    notes: [
      {
        id: 'n1',
        kind: 'fact-check',
        author: 'Ana Ruiz',
        at: '2024-03-01T10:05:00.000Z',
        text: 'Check the figure with the treasurer.',
        excerpt: '€4m',
        replies: [{ author: 'Ben Ode', at: '2024-03-01T11:00:00.000Z', text: 'Confirmed.' }],
        resolved: null,
      },
      {
        id: 'n2',
        kind: 'comment',
        author: 'Ben Ode',
        at: '2024-03-02T12:00:00.000Z',
        text: 'Who walked out?',
        excerpt: 'They walked out.',
        replies: [],
        resolved: null,
      },
    ],
  };
  return article;
}

/** Suggestions as the desk sees them: what they do, who made them, when. */
function suggestionsOf(article: Article) {
  return pendingSuggestions(bodyNode(article.body)).map((s) => {
    const r = recordOf(article, s.id);
    return { inserted: s.inserted, deleted: s.deleted, structure: s.structure, author: r?.author, at: r?.at };
  });
}

const notesOf = (article: Article) => (article.changes?.notes ?? []).map(({ id: _id, ...rest }) => rest);

describe('exporting a Word document with tracked changes', () => {
  it('round trip: the suggestions (words, author, time) and the notes come back from Word', async () => {
    const source = suggestedArticle();
    const rendered = await renderExport(source, 'docx', { mediaRoot: dir, changes: 'shown' });
    expect(rendered.fileName).toBe('council-approves-budget.docx');
    expect(Buffer.isBuffer(rendered.data)).toBe(true);
    const xml = (await (await JSZip.loadAsync(rendered.data)).file('word/document.xml')?.async('string')) ?? '';
    expect(xml).toContain('<w:ins w:id=');
    expect(xml).toMatch(
      /<w:del w:id="\d+" w:author="Ben Ode" w:date="2024-03-02T09:30:00.000Z"><w:r>(<w:rPr>.*?<\/w:rPr>)?<w:delText xml:space="preserve"> the old<\/w:delText>/,
    );
    expect(xml).toMatch(/<w:pPr><w:rPr><w:ins w:id="\d+" w:author="Ana Ruiz" w:date="2024-03-02T10:00:00.000Z"\/><\/w:rPr><\/w:pPr>/);
    expect(xml).not.toContain(SUGGESTION_ANCHOR);

    const { article: back, notices } = await importBytes(rendered.fileName, rendered.data as Buffer);
    expect(notices).toEqual([]);
    expect(back.headline).toBe(source.headline);
    expect(suggestionsOf(back)).toEqual(suggestionsOf(source));
    expect(notesOf(back)).toEqual(notesOf(source));
    expect(paragraphTexts(bodyNode(back.body))).toEqual(paragraphTexts(bodyNode(source.body)));
    // The words under each note are the same words.
    const anchorsOf = (a: Article) => [...noteAnchors(bodyNode(a.body)).values()].map((x) => x.text);
    expect(anchorsOf(back)).toEqual(anchorsOf(source));
    for (const how of ['accept', 'reject'] as const) {
      expect(paragraphTexts(bodyNode(resolvedArticle(back, how).body)), how).toEqual(paragraphTexts(bodyNode(resolvedArticle(source, how).body)));
    }
  });

  it('the host call sends the Word document as base64, and the CLI writes it (`export --to docx`)', async () => {
    const created = await library.create('Council approves budget');
    const source = suggestedArticle();
    await library.save(created.path, { ...source, id: created.article.id, created: created.article.created }, created.stamp);
    const { createHostService } = await import('../../electron/services/host');
    const host = createHostService({ library, host: 'web', appVersion: 'test' });
    const result = parseHostOutput('exportArticle', await host.exportArticle({ path: created.path, format: 'docx', changes: 'shown' }));
    expect(result.encoding).toBe('base64');
    expect(result.mimeType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const bytes = Buffer.from(result.data, 'base64');
    expect(bytes.subarray(0, 2).toString()).toBe('PK');

    const out = path.join(dir, 'out', 'story.docx');
    const stderr: string[] = [];
    const io = {
      stdin: process.stdin,
      stdout: { write: () => true } as unknown as NodeJS.WritableStream,
      stderr: { write: (s: string) => stderr.push(s) } as unknown as NodeJS.WritableStream,
    };
    expect(await exportCommand([path.join(dir, created.path), '--to', 'docx', '--changes', 'shown', '-o', out], io)).toBe(0);
    const { article: back } = await importBytes('story.docx', await readFile(out));
    expect(suggestionsOf(back)).toEqual(suggestionsOf(source));
  });
});
