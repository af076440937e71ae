import type { Node } from 'prosemirror-model';
import { type Article, bodyNode, bylineLines, countWords, datelineText, type Person, type QuoteRecord } from '../article';
import { alignBlocks } from './align';
import { blockSide, likeness, type StoryBlock, storyBlocks } from './blocks';
import type {
  ArticleComparison,
  ArticleField,
  BlockComparison,
  ComparableArticle,
  ComparisonSummary,
  FieldChange,
  PhotoField,
  PhotoFieldChange,
  SpeakerChange,
  WordSpan,
} from './types';
import { diffTextblocks, diffWords } from './word-diff';

/** The story's fields by the names the desk uses for them (Compare, the Changes panel). */
export const FIELD_LABELS: Record<ArticleField, string> = { headline: 'Headline', standfirst: 'Standfirst', byline: 'Byline', dateline: 'Dateline' };
const PHOTO_FIELDS: ReadonlyArray<{ field: PhotoField; attr: string; label: string }> = [
  { field: 'photo', attr: 'src', label: 'Photo' },
  { field: 'caption', attr: 'caption', label: 'Caption' },
  { field: 'credit', attr: 'credit', label: 'Credit' },
  { field: 'alt', attr: 'alt', label: 'Alt text' },
  { field: 'rights', attr: 'rights', label: 'Rights' },
];

/**
 * Compares two versions of a story: `older` (a revision) against `newer` (a later revision or the
 * story as it is now). Throws ArticleFileError when a saved body does not fit the schema.
 */
export function compareArticles(older: ComparableArticle, newer: ComparableArticle): ArticleComparison {
  const blocks = compareBodies(bodyOf(older.body), bodyOf(newer.body));
  const fields = fieldChanges(older, newer);
  const speakers = speakerChanges(older, newer, blocks);
  const summary = summarize(blocks);
  const identical = !fields.length && !speakers.length && blocks.every((b) => b.kind === 'equal');
  return { identical, fields, blocks, speakers, summary };
}

/** The body's blocks compared, in the newer version's reading order. */
export function compareBodies(older: Node, newer: Node): BlockComparison[] {
  return alignBlocks(storyBlocks(older), storyBlocks(newer)).map(({ kind, older: a, newer: b }) => {
    if (a && b) return pairedBlock(kind, a, b);
    const side = (a ?? b)!;
    const spanKind = a ? 'deleted' : 'inserted';
    return {
      kind,
      older: a && blockSide(a),
      newer: b && blockSide(b),
      spans: side.text ? [{ kind: spanKind, text: side.text }] : [],
    };
  });
}

function pairedBlock(kind: BlockComparison['kind'], a: StoryBlock, b: StoryBlock): BlockComparison {
  const out: BlockComparison = { kind, older: blockSide(a), newer: blockSide(b), spans: [] };
  if (a.node.type.name === 'photo' || b.node.type.name === 'photo') {
    out.spans = diffWords(a.text, b.text);
    out.photo = photoChanges(a.node, b.node);
  } else if (kind === 'equal') {
    out.spans = equalSpans(b.text);
  } else {
    // A paragraph rewritten from scratch reads better as old text out, new text in, than as a
    // word soup of the few words that happen to match (and is not worth diffing).
    out.spans = likeness(a, b) < REWRITTEN ? replacedWhole(a.text, b.text) : diffTextblocks(a.node, b.node);
  }
  return out;
}

/** Below this share of words in common, a changed block is shown as rewritten. */
const REWRITTEN = 0.35;

function equalSpans(text: string): WordSpan[] {
  return text ? [{ kind: 'equal', text }] : [];
}

function photoChanges(a: Node, b: Node): PhotoFieldChange[] {
  const out: PhotoFieldChange[] = [];
  for (const { field, attr, label } of PHOTO_FIELDS) {
    const older = String(a.attrs[attr] ?? '');
    const newer = String(b.attrs[attr] ?? '');
    if (older === newer) continue;
    const spans: WordSpan[] = field === 'photo' ? replacedWhole(older, newer) : diffWords(older, newer);
    out.push({ field, label, older, newer, spans });
  }
  return out;
}

/** A value that is swapped, not edited word by word (a photo's file path). */
function replacedWhole(older: string, newer: string): WordSpan[] {
  const spans: WordSpan[] = [];
  if (older) spans.push({ kind: 'deleted', text: older });
  if (newer) spans.push({ kind: 'inserted', text: newer });
  return spans;
}

/** The editor's document as it is, or saved JSON checked against the schema. */
function bodyOf(body: ComparableArticle['body']): Node {
  // Duck-typed rather than `instanceof`, so a document from another copy of prosemirror-model works too.
  return typeof (body as Node).nodeSize === 'number' ? (body as Node) : bodyNode(body as Article['body']);
}

/** Fields as the reader (or the desk, for the byline's place) sees them. */
export function fieldText(article: Pick<ComparableArticle, ArticleField>, field: ArticleField): string {
  switch (field) {
    case 'headline':
      return article.headline;
    case 'standfirst':
      return article.standfirst;
    case 'byline': {
      const lines = bylineLines(article.byline.contributors).join('; ');
      return lines && article.byline.position === 'foot' ? `${lines} (foot of story)` : lines;
    }
    case 'dateline':
      return datelineText(article.dateline);
  }
}

function fieldChanges(older: ComparableArticle, newer: ComparableArticle): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of Object.keys(FIELD_LABELS) as ArticleField[]) {
    const a = fieldText(older, field);
    const b = fieldText(newer, field);
    if (a !== b) out.push({ field, label: FIELD_LABELS[field], older: a, newer: b, spans: diffWords(a, b) });
  }
  return out;
}

const normalQuote = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Quotes in both versions (the same record, or the same words) whose speaker is not the same
 * person by name. A quote added or dropped shows in the text, not here.
 */
function speakerChanges(older: ComparableArticle, newer: ComparableArticle, blocks: BlockComparison[]): SpeakerChange[] {
  const speaker = (people: readonly Person[]) => {
    const names = new Map(people.map((p) => [p.id, p.name.trim()]));
    return (q: QuoteRecord) => (q.speakerId === null ? null : (names.get(q.speakerId) ?? q.speakerId));
  };
  const olderSpeaker = speaker(older.people);
  const newerSpeaker = speaker(newer.people);
  const byId = new Map(older.quotes.map((q) => [q.id, q]));
  const byText = new Map<string, QuoteRecord>();
  for (const q of older.quotes) if (!byText.has(normalQuote(q.text))) byText.set(normalQuote(q.text), q);
  const out: SpeakerChange[] = [];
  for (const q of newer.quotes) {
    const before = byId.get(q.id) ?? byText.get(normalQuote(q.text));
    if (!before) continue;
    const a = olderSpeaker(before);
    const b = newerSpeaker(q);
    if (a === b) continue;
    const words = normalQuote(q.text);
    const at = words ? blocks.findIndex((block) => block.newer && normalQuote(block.newer.text).includes(words)) : -1;
    out.push({ quoteId: q.id, quote: q.text, older: a, newer: b, block: at === -1 ? null : at });
  }
  return out;
}

function summarize(blocks: BlockComparison[]): ComparisonSummary {
  const summary: ComparisonSummary = { wordsInserted: 0, wordsDeleted: 0, changed: 0, inserted: 0, deleted: 0, moved: 0 };
  for (const block of blocks) {
    if (block.kind !== 'equal') summary[block.kind]++;
    for (const span of block.spans) {
      if (span.kind === 'inserted') summary.wordsInserted += countWords(span.text);
      else if (span.kind === 'deleted') summary.wordsDeleted += countWords(span.text);
    }
  }
  return summary;
}
