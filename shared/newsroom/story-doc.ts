import { prosemirrorJSONToYXmlFragment, yXmlFragmentToProsemirrorJSON } from 'y-prosemirror';
import * as Y from 'yjs';
import { ARTICLE_FORMAT, type Article, articleSchema, type ArticleStatus, CURRENT_SCHEMA_VERSION, type Person, type QuoteRecord } from '../article/model';
import { schema } from '../schema';

/**
 * A shared story is one Y.Doc, named by the story's id on the newsroom server:
 * - `body`: the ProseMirror document as a Y.XmlFragment (y-prosemirror's ySyncPlugin edits it);
 * - `story`: a Y.Map of the fields — `headline` and `standfirst` as Y.Text (two people typing in
 *   the headline at once both keep their words), `status`, `byline`, `dateline`, `assignee`,
 *   `created`, `modified`, `checks`, `changes` as plain values (last writer wins);
 * - `quotes` and `people`: Y.Maps from id to the quote record / person (one entry per key, so two
 *   editors confirming different quotes never overwrite each other).
 * Photos are body nodes; their metadata (caption, credit, alt, rights) are the node's attributes.
 */
export const STORY_BODY = 'body';
export const STORY_FIELDS = 'story';
export const STORY_QUOTES = 'quotes';
export const STORY_PEOPLE = 'people';

/** Y.Map keys holding plain values (JSON), each replaced whole. */
const VALUE_FIELDS = ['id', 'status', 'byline', 'dateline', 'created', 'modified', 'assignee', 'checks', 'changes'] as const;
/** Y.Map keys holding a Y.Text. */
const TEXT_FIELDS = ['headline', 'standfirst'] as const;
export type StoryTextField = (typeof TEXT_FIELDS)[number];

export type StoryFieldPatch = Partial<Omit<Article, 'format' | 'schemaVersion' | 'body' | 'quotes' | 'people'>> & {
  assignee?: string | null;
};

export function storyFields(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(STORY_FIELDS);
}

export function storyBody(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(STORY_BODY);
}

/** Fills an empty Y.Doc with an article (done once, when a local story is shared). */
export function articleToStoryDoc(article: Article, doc: Y.Doc = new Y.Doc()): Y.Doc {
  doc.transact(() => {
    const fields = storyFields(doc);
    for (const key of TEXT_FIELDS) {
      const text = new Y.Text();
      text.insert(0, article[key]);
      fields.set(key, text);
    }
    writeFields(doc, article);
    const quotes = doc.getMap<QuoteRecord>(STORY_QUOTES);
    for (const q of article.quotes) quotes.set(q.id, q);
    const people = doc.getMap<Person>(STORY_PEOPLE);
    for (const p of article.people) people.set(p.id, p);
    prosemirrorJSONToYXmlFragment(schema, article.body, storyBody(doc));
  });
  return doc;
}

/** The article a shared story's Y.Doc holds now; throws when the doc does not make a valid article. */
export function storyDocToArticle(doc: Y.Doc): Article {
  const fields = storyFields(doc);
  const value = (key: string) => fields.get(key);
  const text = (key: StoryTextField) => {
    const t = fields.get(key);
    return t instanceof Y.Text ? t.toString() : typeof t === 'string' ? t : '';
  };
  const article = {
    format: ARTICLE_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: (value('id') as string | undefined) ?? doc.guid,
    headline: text('headline'),
    standfirst: text('standfirst'),
    status: (value('status') as ArticleStatus | undefined) ?? 'draft',
    byline: value('byline') ?? [],
    dateline: value('dateline') ?? null,
    created: (value('created') as string | undefined) ?? '',
    modified: (value('modified') as string | undefined) ?? '',
    // Through the schema: checked, and with every attribute spelled out as the editor has it.
    // (Not y-prosemirror's yXmlFragmentToProseMirrorRootNode: on a node the schema refuses it deletes
    // it from the shared story, and this only reads.)
    body: schema.nodeFromJSON(yXmlFragmentToProsemirrorJSON(storyBody(doc))).toJSON(),
    people: [...doc.getMap<Person>(STORY_PEOPLE).values()],
    quotes: [...doc.getMap<QuoteRecord>(STORY_QUOTES).values()],
    ...(value('checks') ? { checks: value('checks') } : {}),
    ...(value('changes') ? { changes: value('changes') } : {}),
  };
  return articleSchema.parse(article);
}

/** The story's assignee (a newsroom account name), or null. */
export function storyAssignee(doc: Y.Doc): string | null {
  const a = storyFields(doc).get('assignee');
  return typeof a === 'string' && a ? a : null;
}

/**
 * Writes changed fields into the doc (inside `doc.transact` with your origin, to make them one update): plain values
 * only when they differ, Y.Text by the smallest edit, so a remote edit elsewhere in the headline survives.
 */
export function writeFields(doc: Y.Doc, patch: StoryFieldPatch): void {
  const fields = storyFields(doc);
  for (const key of TEXT_FIELDS) {
    const next = patch[key];
    if (next === undefined) continue;
    let text = fields.get(key);
    if (!(text instanceof Y.Text)) {
      text = new Y.Text();
      fields.set(key, text);
    }
    setText(text as Y.Text, next);
  }
  for (const key of VALUE_FIELDS) {
    if (!(key in patch)) continue;
    const next = (patch as Record<string, unknown>)[key];
    if (next === undefined) continue;
    if (JSON.stringify(fields.get(key)) !== JSON.stringify(next)) fields.set(key, next);
  }
}

/** Writes quote records and people that differ from the doc's, and removes those no longer there. */
export function writeRecords<T extends { id: string }>(map: Y.Map<T>, records: readonly T[]): void {
  const keep = new Set<string>();
  for (const r of records) {
    keep.add(r.id);
    if (JSON.stringify(map.get(r.id)) !== JSON.stringify(r)) map.set(r.id, r);
  }
  for (const id of [...map.keys()]) if (!keep.has(id)) map.delete(id);
}

/** Replaces a Y.Text's content with `next` by deleting and inserting only the part between the common prefix and suffix. */
export function setText(text: Y.Text, next: string): void {
  const prev = text.toString();
  if (prev === next) return;
  let start = 0;
  const max = Math.min(prev.length, next.length);
  while (start < max && prev.charCodeAt(start) === next.charCodeAt(start)) start++;
  let end = 0;
  while (end < max - start && prev.charCodeAt(prev.length - 1 - end) === next.charCodeAt(next.length - 1 - end)) end++;
  const removed = prev.length - start - end;
  const inserted = next.slice(start, next.length - end);
  const edit = () => {
    if (removed > 0) text.delete(start, removed);
    if (inserted) text.insert(start, inserted);
  };
  if (text.doc) text.doc.transact(edit);
  else edit();
}
