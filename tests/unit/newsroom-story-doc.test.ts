import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { type Article, newArticle } from '../../shared/article';
import { importWireText } from '../../shared/import';
import { articleToStoryDoc, setText, storyDocToArticle, storyFields, writeFields } from '../../shared/newsroom';
import { SAMPLE_WIRE_STORY } from '../../shared/sample';
import { schema } from '../../shared/schema';

/** The article with its body as the editor writes it (every attribute spelled out). */
const asEdited = (a: Article): Article => ({ ...a, body: schema.nodeFromJSON(a.body).toJSON() });
const sample = () => newArticle({ id: 'story-1', now: '2026-12-03T06:00:00.000Z', ...importWireText(SAMPLE_WIRE_STORY), status: 'draft' });

describe('a shared story as a Y.Doc', () => {
  it('holds the whole article: the sample comes back field for field and block for block', () => {
    const article = sample();
    const doc = articleToStoryDoc(article);
    const again = storyDocToArticle(doc);
    expect(again).toEqual(asEdited(article));
    // Through an update, as another machine receives it.
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    expect(storyDocToArticle(other)).toEqual(asEdited(article));
  });

  it('merges two people typing into the headline at once instead of keeping one of them', () => {
    const a = articleToStoryDoc({ ...sample(), headline: 'Zelenskyy proposes defence cooperation' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeFields(a, { headline: 'Zelenskyy proposes historic defence cooperation' });
    writeFields(b, { headline: 'Zelenskyy proposes defence cooperation with Japan' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(storyDocToArticle(a).headline).toBe('Zelenskyy proposes historic defence cooperation with Japan');
    expect(storyDocToArticle(b).headline).toBe(storyDocToArticle(a).headline);
  });

  it('writes only what changed: an unchanged field makes no update', () => {
    const article = sample();
    const doc = articleToStoryDoc(article);
    let updates = 0;
    doc.on('update', () => updates++);
    writeFields(doc, { headline: article.headline, status: article.status, byline: article.byline, dateline: article.dateline });
    expect(updates).toBe(0);
    writeFields(doc, { status: 'in-edit' });
    expect(updates).toBe(1);
    expect(storyFields(doc).get('status')).toBe('in-edit');
  });

  it('edits a Y.Text by the smallest change', () => {
    const doc = new Y.Doc();
    const text = doc.getText('t');
    text.insert(0, 'Tokyo, Dec. 3');
    const deltas: unknown[] = [];
    text.observe((e) => deltas.push(e.delta));
    setText(text, 'Tokyo, Dec. 4');
    expect(text.toString()).toBe('Tokyo, Dec. 4');
    expect(deltas).toEqual([[{ retain: 12 }, { delete: 1 }, { insert: '4' }]]);
  });
});
