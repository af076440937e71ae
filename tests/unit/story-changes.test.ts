import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { EditorState } from 'prosemirror-state';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHostService } from '../../electron/services/host';
import { ArticleLibrary } from '../../electron/services/library';
import { type Article, bodyNode, newArticle, parseArticle, serializeArticle, summarizeArticle } from '../../shared/article';
import { noteAnchors, pendingChanges, pendingSuggestions, resolvedArticle, type StoryChanges } from '../../shared/changes';

// The desk's changes in the article file: format version 2, the migration from version 1, what
// the library counts, and the article as accepted or rejected (the body's marks and the fields).

const now = '2026-12-03T10:00:00.000Z';
const text = (t: string, marks?: unknown[]) => ({ type: 'text', text: t, ...(marks ? { marks } : {}) });

function storyWithChanges(): Article {
  const changes: StoryChanges = {
    suggestions: [
      { id: 's1', author: 'Ed Stone', at: now },
      { id: 's2', author: 'Ana Ruiz', at: now },
      { id: 'h1', author: 'Ed Stone', at: now, field: 'headline', value: 'Pool to close for good' },
      { id: 'd1', author: 'Ana Ruiz', at: now, field: 'dateline', value: { place: 'HOVE', date: 'Dec. 3' } },
    ],
    notes: [
      {
        id: 'n1',
        kind: 'question',
        author: 'Ed Stone',
        at: now,
        text: 'Which residents?',
        excerpt: 'Residents',
        replies: [{ author: 'Rita Reporter', at: now, text: 'Jane Roe.' }],
        resolved: null,
      },
      { id: 'n2', kind: 'tk', author: 'Ed Stone', at: now, text: 'Figure to come', excerpt: 'many', replies: [], resolved: { by: 'Rita Reporter', at: now } },
      { id: 'n3', kind: 'legal', author: 'Ana Ruiz', at: now, text: 'Is this defamatory?', excerpt: 'a word since deleted', replies: [], resolved: null },
    ],
  };
  return newArticle({
    id: 'c1',
    now,
    headline: 'Pool to close',
    dateline: { place: 'BRIGHTON', date: 'Dec. 2' },
    body: {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            text('The council met. ', [{ type: 'deletion', attrs: { id: 's1' } }]),
            text('It voted '),
            text('unanimously ', [{ type: 'insertion', attrs: { id: 's2' } }]),
            text('to close the pool. '),
            text('Residents', [{ type: 'note', attrs: { id: 'n1' } }]),
            text(' were '),
            text('many', [{ type: 'note', attrs: { id: 'n2' } }]),
            text('.'),
          ],
        },
      ],
    } as Article['body'],
    changes,
  });
}

describe('the article file, format version 2', () => {
  it('keeps suggestions, notes, replies and field suggestions through save and open, in the key order', () => {
    const article = storyWithChanges();
    const saved = serializeArticle(article);
    expect(JSON.parse(saved).schemaVersion).toBe(2);
    expect(Object.keys(JSON.parse(saved)).slice(-2)).toEqual(['changes', 'body']);
    const opened = parseArticle(saved);
    expect(opened.changes).toEqual(article.changes);
    expect(opened.body).toEqual(article.body);
  });

  it('opens a version 1 file as it was (no changes), and saves it as version 2', () => {
    const v1 = JSON.parse(serializeArticle(newArticle({ id: 'old', now, headline: 'Old story' })));
    v1.schemaVersion = 1;
    const opened = parseArticle(JSON.stringify(v1));
    expect(opened.headline).toBe('Old story');
    expect(opened.changes).toBeUndefined();
    expect(JSON.parse(serializeArticle(opened)).schemaVersion).toBe(2);
  });

  it('refuses a file whose change records are malformed, naming where', () => {
    const bad = JSON.parse(serializeArticle(storyWithChanges()));
    bad.changes.notes[0].kind = 'gossip';
    expect(() => parseArticle(JSON.stringify(bad))).toThrow(/changes\.notes\.0\.kind/);
    const field = JSON.parse(serializeArticle(storyWithChanges()));
    field.changes.suggestions[3].value = 'not a dateline';
    expect(() => parseArticle(JSON.stringify(field))).toThrow(/changes\.suggestions/);
  });
});

describe('what is pending', () => {
  it('counts body and field suggestions and open notes; the library summary carries them', () => {
    const article = storyWithChanges();
    expect(pendingChanges(article)).toEqual({ suggestions: 4, notes: 2 });
    expect(summarizeArticle('a.copydesk.json', article)).toMatchObject({ suggestions: 4, notes: 2 });
    const clean = newArticle({ id: 'x', now });
    expect(summarizeArticle('x.copydesk.json', clean)).not.toHaveProperty('suggestions');
  });

  it('lists body suggestions in story order with their words, and notes by anchor; a note whose words are gone has none', () => {
    const body = bodyNode(storyWithChanges().body);
    const list = pendingSuggestions(body);
    expect(list.map((s) => [s.id, s.deleted, s.inserted])).toEqual([
      ['s1', 'The council met. ', ''],
      ['s2', '', 'unanimously '],
    ]);
    const anchors = noteAnchors(body);
    expect(anchors.get('n1')?.text).toBe('Residents');
    expect(anchors.has('n3')).toBe(false);
  });
});

describe('the article as accepted or rejected', () => {
  it('accepted: insertions kept, deletions gone, fields take the suggested values, no notes or marks left', () => {
    const accepted = resolvedArticle(storyWithChanges(), 'accept');
    expect(bodyNode(accepted.body).textContent).toBe('It voted unanimously to close the pool. Residents were many.');
    expect(accepted.headline).toBe('Pool to close for good');
    expect(accepted.dateline).toEqual({ place: 'HOVE', date: 'Dec. 3' });
    expect(accepted.changes).toBeUndefined();
    expect(JSON.stringify(accepted.body)).not.toMatch(/insertion|deletion|note/);
  });

  it('rejected: the reporter’s original words and fields', () => {
    const rejected = resolvedArticle(storyWithChanges(), 'reject');
    expect(bodyNode(rejected.body).textContent).toBe('The council met. It voted to close the pool. Residents were many.');
    expect(rejected.headline).toBe('Pool to close');
    expect(rejected.dateline).toEqual({ place: 'BRIGHTON', date: 'Dec. 2' });
  });
});

describe('kept through the safety nets', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'copydesk-changes-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('the crash journal, a revision and the saved file carry the suggestions, notes and their records', async () => {
    const library = await ArticleLibrary.open({ root: dir, seedSample: false });
    const api = createHostService({ library, host: 'web', appVersion: 'test' });
    try {
      const opened = await library.create('Pool to close');
      const edited: Article = { ...storyWithChanges(), id: opened.article.id, created: opened.article.created };
      // Unsaved (a crash before the save): the journal has it all.
      await api.journalArticle({ path: opened.path, article: edited, baseStamp: opened.stamp });
      const { recovery } = await api.getRecovery({ articleId: opened.article.id });
      expect(recovery?.article.changes).toEqual(edited.changes);
      expect(recovery?.article.body).toEqual(edited.body);
      // A revision (History) keeps them, and so does the file.
      await api.saveArticle({ path: opened.path, article: edited, baseStamp: opened.stamp });
      await api.snapshotRevision({ article: edited, reason: 'manual' });
      const { revisions } = await api.listRevisions({ articleId: edited.id });
      const revision = await api.readRevision({ articleId: edited.id, revisionId: revisions[0]!.id });
      expect(revision.article.changes).toEqual(edited.changes);
      const { article: reopened } = await api.openArticle({ path: opened.path });
      expect(reopened.changes).toEqual(edited.changes);
      expect(pendingChanges(reopened)).toEqual({ suggestions: 4, notes: 2 });
      expect((await api.listArticles({})).articles.find((a) => a.path === opened.path)).toMatchObject({ suggestions: 4, notes: 2 });
    } finally {
      await library.close();
    }
  });
});

describe('a note’s anchor follows its words', () => {
  const note = (id: string) => ({ type: 'note', attrs: { id } });
  const state = () =>
    EditorState.create({
      doc: bodyNode({
        type: 'doc',
        content: [
          { type: 'paragraph', content: [text('The '), text('council', [note('a')]), text(' met', [note('a'), note('b')]), text(' on Monday.', [note('b')])] },
        ],
      } as Article['body']),
    });
  const anchor = (s: EditorState, id: string) => noteAnchors(s.doc).get(id)?.text;

  it('overlapping notes each keep their own words', () => {
    const s = state();
    expect(anchor(s, 'a')).toBe('council met');
    expect(anchor(s, 'b')).toBe(' met on Monday.');
  });

  it('typing inside grows it, typing at its end does not, deleting part shrinks it, deleting all of it leaves no anchor', () => {
    let s = state();
    const inside = 1 + 'The coun'.length;
    s = s.apply(s.tr.insertText('n', inside));
    expect(anchor(s, 'a')).toBe('counncil met');
    const end = 1 + 'The counncil met on Monday.'.length;
    s = s.apply(s.tr.insertText(' Again.', end));
    expect(anchor(s, 'b')).toBe(' met on Monday.');
    s = s.apply(s.tr.delete(1 + 'The '.length, 1 + 'The coun'.length));
    expect(anchor(s, 'a')).toBe('ncil met');
    const a = noteAnchors(s.doc).get('a')!;
    s = s.apply(s.tr.delete(a.from, a.to));
    expect(anchor(s, 'a')).toBeUndefined();
    expect(anchor(s, 'b')).toBe(' on Monday.');
  });
});
