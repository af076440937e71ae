import { readFileSync } from 'node:fs';
import { Node } from 'prosemirror-model';
import { describe, expect, it } from 'vitest';
import {
  ArticleFileError,
  articleWordCount,
  bylineLines,
  bodyNode,
  countWords,
  migrateArticleJson,
  newArticle,
  parseArticle,
  serializeArticle,
  slugForHeadline,
} from '../../shared/article';
import { schema } from '../../shared/schema';
import { SAMPLE_WIRE_STORY } from '../../shared/sample';

const now = '2026-11-27T10:00:00.000Z';

function everyNodeBody() {
  return {
    type: 'doc',
    content: [
      { type: 'photo', attrs: { src: 'media/abc.jpg', preview: '', caption: 'Zelenskyy in Kyiv', credit: 'Photo: José Núñez / Kyodo', alt: 'A man at a desk', rights: '© Kyodo', width: 640, height: 427 } },
      { type: 'paragraph', content: [{ type: 'text', text: 'Plain, ' }, { type: 'text', text: 'bold', marks: [{ type: 'strong' }] }, { type: 'text', text: ' and ' }, { type: 'text', text: 'linked', marks: [{ type: 'em' }, { type: 'link', attrs: { href: 'https://example.org', title: null } }] }] },
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Reaction' }] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: '“We can’t withdraw,” he said.' }] }] },
      { type: 'bullet_list', content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'one' }, { type: 'hard_break' }, { type: 'text', text: 'line two' }] }] }] },
      { type: 'ordered_list', attrs: { order: 3 }, content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'three' }] }] }] },
      { type: 'photo', attrs: { src: '' } },
    ],
  };
}

function fullArticle() {
  return newArticle({
    id: 'a1',
    now,
    headline: 'Zelenskyy proposes historic defence cooperation with Japan',
    standfirst: 'Ukraine’s president wants air defence help',
    status: 'in-edit',
    byline: { position: 'foot', contributors: [{ name: 'Aghakazim Guliyev', role: 'writer', affiliation: 'Kyodo News', contact: null }] },
    dateline: { place: 'KYIV', date: 'Nov. 26' },
    body: everyNodeBody() as never,
    people: [{ id: 'p1', name: 'Volodymyr Zelenskyy', title: 'President', affiliation: 'Ukraine' }],
    quotes: [{ id: 'q1', text: 'crucial', speakerId: 'p1', method: 'interview', date: null, sourceNote: null, status: 'confirmed', reviewerNote: null }],
  });
}

describe('article file format', () => {
  it('round-trips every node, mark and field losslessly', () => {
    const article = fullArticle();
    const text = serializeArticle(article);
    const back = parseArticle(text);
    expect(back).toEqual(JSON.parse(JSON.stringify(article)));
    expect(serializeArticle(back)).toBe(text);
    // The body is exactly what ProseMirror makes of it.
    expect(bodyNode(back.body).toJSON()).toEqual(Node.fromJSON(schema, article.body).toJSON());
  });

  it('writes keys in a fixed, readable order whatever order they came in', () => {
    const article = fullArticle();
    const shuffled = Object.fromEntries(Object.entries(article).reverse()) as typeof article;
    expect(serializeArticle(shuffled)).toBe(serializeArticle(article));
    const keys = Object.keys(JSON.parse(serializeArticle(article)));
    expect(keys.slice(0, 4)).toEqual(['format', 'schemaVersion', 'id', 'headline']);
    expect(keys[keys.length - 1]).toBe('body');
    expect(serializeArticle(article).endsWith('}\n')).toBe(true);
  });

  it('refuses damaged, foreign, newer and schema-breaking files with a reason', () => {
    const good = JSON.parse(serializeArticle(fullArticle()));
    const cases: [string, string][] = [
      ['{"format": "copydesk-article", ', 'corrupt'],
      ['{"hello": 1}', 'not-an-article'],
      [JSON.stringify({ ...good, schemaVersion: 99 }), 'newer-version'],
      [JSON.stringify({ ...good, schemaVersion: 0 }), 'invalid'],
      [JSON.stringify({ ...good, status: 'published-yesterday' }), 'invalid'],
      [JSON.stringify({ ...good, body: { type: 'doc', content: [{ type: 'script', text: 'x' }] } }), 'invalid'],
      [JSON.stringify({ ...good, body: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 }, content: [] }] } }), 'invalid'],
      [JSON.stringify({ ...good, body: { type: 'doc', content: [{ type: 'photo', attrs: { src: 42 } }] } }), 'invalid'],
      [JSON.stringify({ ...good, body: { type: 'doc', content: [{ type: 'list_item', content: [] }] } }), 'invalid'],
    ];
    for (const [text, code] of cases) {
      let caught: unknown;
      try {
        parseArticle(text);
      } catch (e) {
        caught = e;
      }
      expect(caught, text.slice(0, 80)).toBeInstanceOf(ArticleFileError);
      expect((caught as ArticleFileError).code, text.slice(0, 80)).toBe(code);
    }
  });

  it('migrates nothing at the current version and refuses a version it cannot reach', () => {
    const json = JSON.parse(serializeArticle(fullArticle()));
    expect(migrateArticleJson(json)).toBe(json);
    expect(() => migrateArticleJson({ ...json, schemaVersion: 'one' })).toThrow(ArticleFileError);
  });

  it('counts words as a copy editor does', () => {
    expect(countWords('')).toBe(0);
    expect(countWords('He said “we can’t” -- U.S. troops, 10,000 of them.')).toBe(9);
    expect(countWords('Zelenskyy — in Kyiv')).toBe(3);
    const article = fullArticle();
    expect(articleWordCount(article)).toBe(countWords(article.headline) + countWords(article.standfirst) + 13);
  });

  it('makes file names from headlines', () => {
    expect(slugForHeadline('Zelenskyy proposes historic defence cooperation with Japan')).toBe('zelenskyy-proposes-historic-defence-cooperation-with-japan');
    expect(slugForHeadline('Café owners’ “fury” at Zürich rules!')).toBe('cafe-owners-fury-at-zurich-rules');
    expect(slugForHeadline('Київ: 10 000 дронів')).toBe('київ-10-000-дронів');
    expect(slugForHeadline('../../etc/passwd')).toBe('etc-passwd');
    expect(slugForHeadline('   ')).toBe('untitled');
    expect(slugForHeadline('x'.repeat(200)).length).toBe(60);
  });

  it('renders bylines in house style', () => {
    const c = (name: string, role = 'writer', affiliation: string | null = null) => ({ name, role, affiliation, contact: null });
    expect(bylineLines([c('A')])).toEqual(['By A']);
    expect(bylineLines([c('A'), c('B')])).toEqual(['By A and B']);
    expect(bylineLines([c('A'), c('B'), c('C')])).toEqual(['By A, B and C']);
    expect(bylineLines([c('D', 'additional-reporting'), c('A'), c('B')])).toEqual(['By A and B', 'Additional reporting by D']);
    expect(bylineLines([c('A', 'writer', 'Kyodo News')])).toEqual(['By A, Kyodo News']);
    expect(bylineLines([c('A', 'writer', 'Kyodo News'), c('B', 'writer', 'Reuters')])).toEqual(['By A (Kyodo News) and B (Reuters)']);
    expect(bylineLines([c('  ')])).toEqual([]);
  });

  it('keeps the built-in sample article identical to the test fixture', () => {
    expect(SAMPLE_WIRE_STORY).toBe(readFileSync(new URL('../fixtures/kyodo-zelenskyy-japan.txt', import.meta.url), 'utf8'));
  });
});

describe('schema', () => {
  it('drops unsafe link schemes', async () => {
    const { safeHref } = await import('../../shared/schema');
    expect(safeHref('https://example.org')).toBe('https://example.org');
    expect(safeHref('mailto:desk@example.org')).toBe('mailto:desk@example.org');
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>')).toBeNull();
    expect(safeHref('//evil.example')).toBeNull();
    expect(safeHref('#section')).toBe('#section');
  });
});
