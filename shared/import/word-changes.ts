import type { Mark, Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import type { Article } from '../article/model';
import type { BodySuggestionRecord, Note, NoteKind, StoryChanges } from '../changes/model';
import { NOTE_KIND_LABELS, NOTE_KINDS } from '../changes/model';
import { noteAnchors } from '../changes/notes';
import { SUGGESTION_ANCHOR, suggestionIds } from '../changes/suggest';
import { schema } from '../schema';

/**
 * Word's tracked changes and comments brought into a story that mammoth has already built.
 *
 * Mammoth reads a .docx as its final text (insertions kept, deletions dropped, comments left
 * out) with its structure and formatting; the host reads `word/document.xml` again for what
 * mammoth ignores and hands it here as plain data. Each of Word's paragraphs is matched to a
 * paragraph of the story by its final text, and inside a matched paragraph every character of
 * Word's final text is mapped to its place in the story (mammoth and the HTML parser only
 * collapse whitespace), so insertions and comments become marks over the same words and
 * deleted words are put back, marked deleted, where they stood. A change in a paragraph that
 * cannot be matched is left as the final text says (never lost text, only the suggestion) and
 * counted, so the desk is told.
 */

/** A hard line break (w:br) in Word's text, matched to a story's hard_break. */
export const WORD_LINE_BREAK = '\uFFFC';

/** Who changed something in Word and when (the date as Word wrote it, ISO 8601). */
export interface WordRevision {
  kind: 'inserted' | 'deleted';
  author: string;
  date: string;
}

/** A run of Word text: inserted, deleted or neither, inside these comments (Word's ids). */
export interface WordRun {
  text: string;
  revision: WordRevision | null;
  comments: string[];
  bold: boolean;
  italic: boolean;
}

/** One of Word's paragraphs; `mark` is set when the paragraph break after it was inserted or deleted. */
export interface WordParagraph {
  runs: WordRun[];
  mark: WordRevision | null;
}

/** A comment of word/comments.xml, with its thread and done state from commentsExtended.xml. */
export interface WordComment {
  id: string;
  author: string;
  date: string;
  text: string;
  /** w14:paraId of its last paragraph (what commentsExtended.xml refers to). */
  paraId: string | null;
  /** The comment it answers, by paraId. */
  parentParaId: string | null;
  done: boolean;
}

export interface WordChanges {
  paragraphs: WordParagraph[];
  comments: WordComment[];
}

export interface PlacedWordChanges {
  body: Article['body'];
  changes: StoryChanges | null;
  /** Insertions, deletions and comments that could not be put in the story (their words stay as the final text has them). */
  unplaced: number;
}

const UNKNOWN_AUTHOR = 'Unknown author';

/** A run or a paragraph break of a paragraph as mammoth gives it, with the suggestion id it carries. */
type Piece = { type: 'run'; run: WordRun; id: string | null; seq: number } | { type: 'break'; revision: WordRevision; id: string; seq: number };

interface FinalParagraph {
  pieces: Piece[];
  /** The break after this paragraph was inserted (Word split it from the next). */
  insertedBreak: { id: string; seq: number } | null;
  text: string;
}

/** Story text of a textblock: hard breaks (and any other inline leaf) as one character, like their position size. */
function blockText(node: Node): string {
  let text = '';
  node.forEach((child) => {
    text += child.isText ? (child.text ?? '') : WORD_LINE_BREAK;
  });
  return text;
}

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\f';
const normalise = (s: string) => s.replace(/[ \t\n\r\f]+/g, ' ').trim();

/**
 * Where each character of Word's final text `word` (from `start`) is in the story's `story`:
 * `map[i]` is the story offset of character i, `map[word.length]` the end. Null when the two
 * differ by more than whitespace the HTML parser collapsed.
 */
function alignText(word: string, story: string, start: number): number[] | null {
  const map = new Array<number>(word.length + 1).fill(0);
  let j = 0;
  for (let i = start; i < word.length; ) {
    if (j < story.length && word[i] === story[j]) {
      map[i++] = j++;
    } else if (isSpace(word[i])) map[i++] = j;
    else if (j < story.length && isSpace(story[j])) j++;
    else return null;
  }
  while (j < story.length && isSpace(story[j])) j++;
  if (j !== story.length) return null;
  map[word.length] = j;
  return map;
}

/** Where in Word's final text the story's paragraph starts: 0, or after a prefix the importer took (a dateline). */
function alignment(word: string, story: string): { map: number[]; start: number } | null {
  const whole = alignText(word, story, 0);
  if (whole) return { map: whole, start: 0 };
  const target = normalise(story);
  if (!target || !normalise(word).endsWith(target)) return null;
  for (let start = 1; start < word.length; start++) {
    if (normalise(word.slice(start)) !== target) continue;
    const map = alignText(word, story, start);
    if (map) return { map, start };
  }
  return null;
}

/** Word's paragraphs as mammoth joins them (a deleted break joins two), with suggestion ids given out. */
function finalParagraphs(word: WordChanges, newId: () => string, records: Map<string, BodySuggestionRecord>): FinalParagraph[] {
  // Consecutive changes of one kind by one person at one time are one suggestion, as Word shows them.
  let chain: { revision: WordRevision; id: string } | null = null;
  let seq = 0;
  const idFor = (revision: WordRevision): string => {
    if (chain && chain.revision.kind === revision.kind && chain.revision.author === revision.author && chain.revision.date === revision.date) return chain.id;
    const id = newId();
    records.set(id, { id, author: revision.author.trim().slice(0, 200) || UNKNOWN_AUTHOR, at: revision.date.slice(0, 100) });
    chain = { revision, id };
    return id;
  };
  const out: FinalParagraph[] = [];
  let pieces: Piece[] = [];
  for (const paragraph of word.paragraphs) {
    for (const run of paragraph.runs) {
      if (run.revision) pieces.push({ type: 'run', run, id: idFor(run.revision), seq: seq++ });
      else {
        if (run.text) chain = null;
        pieces.push({ type: 'run', run, id: null, seq: seq++ });
      }
    }
    if (paragraph.mark?.kind === 'deleted') {
      pieces.push({ type: 'break', revision: paragraph.mark, id: idFor(paragraph.mark), seq: seq++ });
      continue;
    }
    const insertedBreak = paragraph.mark ? { id: idFor(paragraph.mark), seq: seq++ } : null;
    if (!paragraph.mark) chain = null;
    const text = pieces.map((p) => (p.type === 'run' && p.run.revision?.kind !== 'deleted' ? p.run.text : '')).join('');
    out.push({ pieces, insertedBreak, text });
    pieces = [];
  }
  if (pieces.length)
    out.push({ pieces, insertedBreak: null, text: pieces.map((p) => (p.type === 'run' && p.run.revision?.kind !== 'deleted' ? p.run.text : '')).join('') });
  return out;
}

/** Whether a paragraph carries anything beyond its final text: changes or comments. */
function changesIn(p: FinalParagraph): number {
  let n = p.insertedBreak ? 1 : 0;
  for (const piece of p.pieces) {
    if (piece.type === 'break') n++;
    else if (piece.run.text && (piece.run.revision || piece.run.comments.length)) n++;
  }
  return n;
}

/** How many of Word's paragraphs ahead a story paragraph is looked for (headline, captions and empty lines are skipped). */
const LOOKAHEAD = 50;

/** An edit on the story, at a position of the document as mammoth built it. */
type Edit =
  | { type: 'insert'; pos: number; seq: number; text: string; marks: Mark[] }
  | { type: 'split'; pos: number; seq: number; mark: Mark }
  | { type: 'anchor'; pos: number; seq: number; mark: Mark };

/**
 * Puts Word's tracked changes and comments into a story body built from the same document's
 * final text. `newId` makes the ids of suggestions and notes.
 */
export function placeWordChanges(body: Article['body'], word: WordChanges, newId: () => string): PlacedWordChanges {
  const doc = schema.nodeFromJSON(body);
  const records = new Map<string, BodySuggestionRecord>();
  const finals = finalParagraphs(word, newId, records);

  // Notes: one per thread (a reply names the comment it answers); Word's ids to the note's.
  const byParaId = new Map(word.comments.filter((c) => c.paraId).map((c) => [c.paraId as string, c]));
  const rootOf = (c: WordComment): WordComment => {
    let at = c;
    for (let hops = 0; at.parentParaId && byParaId.has(at.parentParaId) && hops < 100; hops++) at = byParaId.get(at.parentParaId) as WordComment;
    return at;
  };
  const noteIdOf = new Map<string, string>();
  const notes: Note[] = [];
  const noteByRoot = new Map<string, Note>();
  for (const c of word.comments) {
    const root = rootOf(c);
    let note = noteByRoot.get(root.id);
    if (!note) {
      const { kind, text } = noteKindOf(root.text);
      note = {
        id: newId(),
        kind,
        author: root.author.trim().slice(0, 200) || UNKNOWN_AUTHOR,
        at: root.date.slice(0, 100),
        text: text.slice(0, 10_000),
        excerpt: '',
        replies: [],
        resolved: null,
      };
      noteByRoot.set(root.id, note);
      notes.push(note);
    }
    noteIdOf.set(c.id, note.id);
    if (c !== root) note.replies.push({ author: c.author.trim().slice(0, 200) || UNKNOWN_AUTHOR, at: c.date.slice(0, 100), text: c.text.slice(0, 10_000) });
    if (c.done && !note.resolved) note.resolved = { by: note.author, at: '' };
  }
  for (const note of notes) {
    if (!note.resolved) continue;
    // Word keeps that a thread is done, not who marked it so or when: its last word stands for that.
    const last = note.replies[note.replies.length - 1];
    note.resolved = { by: last?.author ?? note.author, at: last?.at ?? note.at };
  }

  const textblocks: { pos: number; node: Node; text: string }[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const text = blockText(node);
    if (normalise(text)) textblocks.push({ pos, node, text });
    return false;
  });

  const tr = new Transform(doc);
  const edits: Edit[] = [];
  const marksToAdd: { from: number; to: number; mark: Mark }[] = [];
  let unplaced = 0;
  let next = 0;
  /** The story position of the start of the paragraph matched to Word's previous final paragraph, for an inserted break. */
  let previous: { index: number; end: number; insertedBreak: FinalParagraph['insertedBreak'] } | null = null;

  const noteMarks = (run: WordRun) => run.comments.flatMap((id) => (noteIdOf.has(id) ? [schema.marks.note.create({ id: noteIdOf.get(id) })] : []));
  const suggestion = (kind: WordRevision['kind'], id: string) => (kind === 'inserted' ? schema.marks.insertion : schema.marks.deletion).create({ id });

  for (const block of textblocks) {
    const target = normalise(block.text);
    let found = -1;
    let how: { map: number[]; start: number } | null = null;
    for (const exact of [true, false]) {
      for (let i = next; i < Math.min(finals.length, next + LOOKAHEAD); i++) {
        const text = normalise(finals[i].text);
        if (exact ? text !== target : !text.endsWith(target)) continue;
        how = alignment(finals[i].text, block.text);
        if (how) {
          found = i;
          break;
        }
      }
      if (found >= 0) break;
    }
    if (found < 0 || !how) continue;
    for (let i = next; i < found; i++) unplaced += changesIn(finals[i]);
    if (previous?.insertedBreak) {
      if (previous.index === found - 1) {
        const mark = schema.marks.insertion.create({ id: previous.insertedBreak.id });
        edits.push({ type: 'anchor', pos: previous.end, seq: previous.insertedBreak.seq, mark });
        edits.push({ type: 'anchor', pos: block.pos + 1, seq: previous.insertedBreak.seq + 0.5, mark });
      } else unplaced++;
    }
    next = found + 1;
    const final = finals[found];
    const { map, start } = how;
    const at = (offset: number) => block.pos + 1 + map[offset];
    let offset = 0;
    for (const piece of final.pieces) {
      if (piece.type === 'break') {
        if (offset < start) unplaced++;
        else edits.push({ type: 'split', pos: at(offset), seq: piece.seq, mark: suggestion('deleted', piece.id) });
        continue;
      }
      const { run } = piece;
      if (!run.text) continue;
      if (run.revision?.kind === 'deleted') {
        if (offset < start) {
          unplaced++;
          continue;
        }
        const marks = [suggestion('deleted', piece.id as string), ...noteMarks(run)];
        if (run.bold) marks.push(schema.marks.strong.create());
        if (run.italic) marks.push(schema.marks.em.create());
        edits.push({ type: 'insert', pos: at(offset), seq: piece.seq, text: run.text.replaceAll(WORD_LINE_BREAK, ' '), marks });
        continue;
      }
      const from = offset;
      offset += run.text.length;
      if (from < start) {
        if (run.revision || run.comments.length) unplaced++;
        continue;
      }
      const extra = [...(run.revision ? [suggestion('inserted', piece.id as string)] : []), ...noteMarks(run)];
      for (const mark of extra) if (at(offset) > at(from)) marksToAdd.push({ from: at(from), to: at(offset), mark });
    }
    previous = { index: found, end: block.pos + block.node.nodeSize - 1, insertedBreak: final.insertedBreak };
  }
  for (let i = next; i < finals.length; i++) unplaced += changesIn(finals[i]);
  if (previous?.insertedBreak) unplaced++;

  for (const { from, to, mark } of marksToAdd) tr.addMark(from, to, mark);
  // From the end backwards, so every position still points where it did.
  edits.sort((a, b) => b.pos - a.pos || b.seq - a.seq);
  for (const edit of edits) {
    if (edit.type === 'insert') tr.insert(edit.pos, schema.text(edit.text, edit.marks));
    else if (edit.type === 'anchor') tr.insert(edit.pos, schema.text(SUGGESTION_ANCHOR, [edit.mark]));
    else {
      // A deleted paragraph break: the two paragraphs as they were, each with an anchor of the deletion.
      tr.insert(edit.pos, schema.text(SUGGESTION_ANCHOR + SUGGESTION_ANCHOR, [edit.mark]));
      tr.split(edit.pos + 1);
    }
  }

  const result = tr.doc;
  result.check();
  const anchors = noteAnchors(result);
  for (const note of notes) {
    const text = anchors.get(note.id)?.text.replaceAll(SUGGESTION_ANCHOR, '').replaceAll(WORD_LINE_BREAK, ' ') ?? '';
    note.excerpt = text.replace(/\s+/g, ' ').trim().slice(0, 2_000);
  }
  const used = suggestionIds(result);
  const suggestions = [...records.values()].filter((r) => used.has(r.id));
  return {
    body: result.toJSON() as Article['body'],
    changes: suggestions.length || notes.length ? { suggestions, notes } : null,
    unplaced,
  };
}

/** A note's kind from the label an export put before its text ("Fact check: …"); a plain comment otherwise. */
export function noteKindOf(text: string): { kind: NoteKind; text: string } {
  for (const kind of NOTE_KINDS) {
    const label = `${NOTE_KIND_LABELS[kind]}: `;
    if (kind !== 'comment' && text.startsWith(label)) return { kind, text: text.slice(label.length) };
  }
  return { kind: 'comment', text };
}

/** The text a comment carries for a note: its kind's label first when it is not a plain comment. */
export function noteCommentText(note: Pick<Note, 'kind' | 'text'>): string {
  return note.kind === 'comment' ? note.text : `${NOTE_KIND_LABELS[note.kind]}: ${note.text}`;
}
