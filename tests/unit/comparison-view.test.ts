// The History panel's comparison as markup (server-rendered, no DOM): words in <del>/<ins>, the
// story's text never taken as markup, and "Restore this paragraph" only where it is offered.
import type { Node } from 'prosemirror-model';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ComparisonView } from '../../renderer/history/ComparisonView';
import { type Article, newArticle } from '../../shared/article';
import { compareArticles } from '../../shared/compare';
import { schema } from '../../shared/schema';
import { everyNodeArticle } from '../support/export-fixtures';

const n = schema.nodes;
const p = (text: string) => n.paragraph.create(null, text ? schema.text(text) : null);
const doc = (...blocks: Node[]) => n.doc.create(null, blocks);
const story = (body: Node, init: Partial<Article> = {}): Article =>
  newArticle({ id: 'story-1', now: '2026-11-27T10:00:00.000Z', ...init, body: body.toJSON() });

const render = (older: Article, newer: Article, restorable?: (i: number) => boolean) =>
  renderToStaticMarkup(
    createElement(ComparisonView, {
      comparison: compareArticles(older, newer),
      olderLabel: 'Saved, Nov 27, 10:00',
      newerLabel: 'Current text',
      canRestore: restorable,
      onRestore: restorable && (() => {}),
    }),
  );

describe('the comparison view', () => {
  const older = story(doc(p('The council approved the budget on Tuesday.'), p('Same here.'), p('Gone now.')), { headline: 'Budget passes' });
  const newer = story(doc(p('The council rejected the budget on Friday.'), p('Same here.')), { headline: 'Budget fails' });

  it('marks the words deleted and inserted, the fields changed and the paragraphs deleted', () => {
    const html = render(older, newer);
    expect(html).toContain('aria-label="Comparison"');
    expect([...html.matchAll(/<del>(.*?)<\/del>/g)].map((m) => m[1])).toEqual(['passes', 'approved', 'Tuesday', 'Gone now.']);
    expect([...html.matchAll(/<ins>(.*?)<\/ins>/g)].map((m) => m[1])).toEqual(['fails', 'rejected', 'Friday']);
    expect(html).toContain('<dt>Headline</dt>');
    expect(html).toContain('was ¶3, deleted');
    expect(html).toContain('¶2 unchanged');
  });

  it('shows the story’s text as text, never as markup', () => {
    const html = render(story(doc(p('Safe words.'))), story(doc(p('Safe <img src=x onerror=alert(1)> words.'))));
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('offers Restore this paragraph only where the panel says it can, and only against the current text', () => {
    expect(render(older, newer)).not.toContain('Restore this paragraph');
    const html = render(older, newer, (i) => i === 0);
    expect(html.match(/Restore this paragraph/g)).toHaveLength(1);
    // The button is described by the place of the block it puts back.
    const described = html.match(/aria-describedby="([^"]+)"/)?.[1];
    expect(html).toMatch(new RegExp(`id="${described}"[^>]*>¶1<`));
  });

  it('lists a quote whose speaker changed, and a photo’s caption and credit', () => {
    const e = everyNodeArticle();
    type Block = { type: string; attrs?: Record<string, unknown> };
    const content = ((e.body.content ?? []) as Block[]).map((b) =>
      b.type === 'photo' ? { ...b, attrs: { ...b.attrs, caption: 'Ferries wait at the old quay.', credit: 'Rui Costa / Coast Wire' } } : b,
    );
    const newer: Article = {
      ...e,
      body: { ...e.body, content } as Article['body'],
      people: [...e.people, { id: 'p2', name: 'Ana Silva', title: null, affiliation: 'Coast Wire' }],
      quotes: [{ ...e.quotes[0]!, speakerId: 'p2' }],
    };
    const html = render(e, newer, () => true);
    expect(html).toContain('aria-label="Speakers changed"');
    expect(html).toMatch(/Speaker of <q>We have never seen it like this,<\/q> \(¶3\): <del>Rui Costa<\/del> <ins>Ana Silva<\/ins>/);
    expect(html).toContain('Caption: </span>Ferries wait at the <ins>old </ins>quay.');
    expect(html).toContain('<dt>Credit</dt><dd><del>Ana Silva</del><ins>Rui Costa</ins> / Coast Wire</dd>');
    // A photo is put back whole: its button says so.
    expect(html).toContain('Restore this photo');
  });
});
