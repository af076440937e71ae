import type { MarkdownSerializerState } from 'prosemirror-markdown';
import type { Mark, Node } from 'prosemirror-model';
import type { Article } from '../article';
import { type Note, noteAnchors, type NoteAnchor } from '../changes';
import { ExportError } from './errors';

/**
 * The desk's suggestions and notes in Markdown, as CriticMarkup (https://criticmarkup.com):
 *
 *   {++inserted words++}   {--deleted words--}   {~~old words~>new words~~}
 *   {==words a note is on==}{>>the note's text<<}
 *
 * CriticMarkup has no place for who made a change and when, so the front matter carries the
 * records (`changes.suggestions`, `changes.notes`) and `changes.markup`, one entry per piece of
 * markup in the text in reading order, saying whose it is: `{suggestion: id}` for {++ {-- {~~,
 * `{notes: [ids]}` for {==, `{note: id}` for {>>. Markup never nests: words both suggested and
 * noted are one {++/{--/{~~ whose entry also lists the notes, and where notes overlap the words
 * are cut into highlights, each listing the notes on it. A note's comment follows the last of its
 * words. Suggestions on whole blocks (a paragraph inserted or deleted, a subheading's level
 * changed) have no inline markup: `changes.blocks` lists them by the block's number in reading
 * order. The zero-width anchors of a suggested paragraph break stay in the text, inside their
 * markup, as the article has them. See docs/article-format.md.
 */

export type MarkupEntry = { suggestion: string; notes?: string[] } | { notes: string[] } | { note: string };

export interface BlockMarks {
  block: number;
  marks: ReturnType<Mark['toJSON']>[];
}

/** What the Markdown writer collects while it writes the changes, for the front matter. */
export interface CriticContext {
  markup: MarkupEntry[];
  /** Textblocks written so far (their index in reading order). */
  textblock: number;
  /** Where each textblock starts in the body, in reading order. */
  blockStarts: number[];
  anchors: Map<string, NoteAnchor>;
  notes: Map<string, Note>;
}

export function criticContext(article: Article, body: Node): CriticContext {
  const blockStarts: number[] = [];
  body.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blockStarts.push(pos);
    return false;
  });
  return {
    markup: [],
    textblock: 0,
    blockStarts,
    anchors: noteAnchors(body),
    notes: new Map((article.changes?.notes ?? []).map((n) => [n.id, n])),
  };
}

const CHANGE_MARKS = new Set(['insertion', 'deletion', 'note']);

/** Marks the CriticMarkup writer takes off the words (the others are Markdown's own). */
export function isChangeMark(mark: Mark): boolean {
  return CHANGE_MARKS.has(mark.type.name);
}

export function hasInlineChanges(block: Node): boolean {
  let found = false;
  block.forEach((child) => {
    if (child.marks.some(isChangeMark)) found = true;
  });
  return found;
}

/** The suggestions on whole blocks, by block number in reading order. */
export function blockMarks(body: Node): BlockMarks[] {
  const out: BlockMarks[] = [];
  let index = 0;
  body.descendants((node) => {
    if (node.isInline) return false;
    if (node.marks.length) out.push({ block: index, marks: node.marks.map((m) => m.toJSON()) });
    index++;
    return true;
  });
  return out;
}

interface Segment {
  kind: 'insertion' | 'deletion' | null;
  id: string | null;
  notes: string[];
  nodes: Node[];
  from: number;
  to: number;
}

function segmentsOf(block: Node, start: number): Segment[] {
  const out: Segment[] = [];
  block.forEach((child, offset) => {
    let kind: Segment['kind'] = null;
    let id: string | null = null;
    const notes: string[] = [];
    for (const mark of child.marks) {
      const name = mark.type.name;
      if (name === 'insertion' || name === 'deletion') {
        kind = name;
        id = String(mark.attrs.id);
      } else if (name === 'note') notes.push(String(mark.attrs.id));
      else if (name === 'modification') {
        throw new ExportError('The Markdown export cannot show a formatting suggestion on words. Export the story as accepted or as rejected instead.');
      }
    }
    notes.sort();
    const from = start + 1 + offset;
    const last = out[out.length - 1];
    if (last && last.kind === kind && last.id === id && last.notes.join('\n') === notes.join('\n')) {
      last.nodes.push(child);
      last.to = from + child.nodeSize;
    } else out.push({ kind, id, notes, nodes: [child], from, to: from + child.nodeSize });
  });
  return out;
}

/** Temporary parents whose trailing hard break must be written (more of the paragraph follows, or markup closes after it). */
export const KEEP_TRAILING_BREAK = new WeakSet<Node>();

function renderWords(state: MarkdownSerializerState, block: Node, segment: Segment, fromBlockStart: boolean, keepBreak: boolean) {
  const nodes = segment.nodes.map((n) => n.mark(n.marks.filter((m) => !isChangeMark(m))));
  const holder = block.type.create(block.attrs, nodes);
  if (keepBreak) KEEP_TRAILING_BREAK.add(holder);
  state.renderInline(holder, fromBlockStart);
}

function sameNotes(a: Segment, b: Segment): boolean {
  return a.notes.join('\n') === b.notes.join('\n');
}

/** A note's text for its {>> <<} comment: one line (the front matter keeps its line breaks). */
function commentText(note: Note | undefined): string {
  return (note?.text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The inline content of a textblock that holds suggestions or notes, with CriticMarkup around
 * them; what Markdown has its own syntax for (emphasis, links, breaks) is written as usual
 * inside each piece.
 */
export function renderChangedInline(state: MarkdownSerializerState, block: Node, ctx: CriticContext, fromBlockStart = true): void {
  const start = ctx.blockStarts[ctx.textblock] ?? 0;
  const segments = segmentsOf(block, start);
  let first = fromBlockStart;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const next = segments[i + 1];
    const written: Segment[] = [seg];
    if (seg.kind === 'deletion' && next?.kind === 'insertion' && next.id === seg.id && sameNotes(seg, next)) {
      state.write('{~~');
      renderWords(state, block, seg, false, true);
      state.write('~>');
      renderWords(state, block, next, false, true);
      state.write('~~}');
      ctx.markup.push(seg.notes.length ? { suggestion: seg.id!, notes: seg.notes } : { suggestion: seg.id! });
      written.push(next);
      i++;
    } else if (seg.kind) {
      const sign = seg.kind === 'insertion' ? '++' : '--';
      state.write(`{${sign}`);
      renderWords(state, block, seg, false, true);
      state.write(`${sign}}`);
      ctx.markup.push(seg.notes.length ? { suggestion: seg.id!, notes: seg.notes } : { suggestion: seg.id! });
    } else if (seg.notes.length) {
      state.write('{==');
      renderWords(state, block, seg, false, true);
      state.write('==}');
      ctx.markup.push({ notes: seg.notes });
    } else renderWords(state, block, seg, first, i < segments.length - 1);
    first = false;
    // Each note's comment follows the last of its words.
    const end = written[written.length - 1];
    for (const id of [...new Set(written.flatMap((s) => s.notes))]) {
      const anchor = ctx.anchors.get(id);
      const note = ctx.notes.get(id);
      if (!anchor || !note || anchor.to <= written[0].from || anchor.to > end.to) continue;
      state.write('{>>');
      state.text(commentText(note));
      state.write('<<}');
      ctx.markup.push({ note: id });
    }
  }
}
