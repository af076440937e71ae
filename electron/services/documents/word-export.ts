import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  type ICommentOptions,
  ImageRun,
  InsertedTextRun,
  LevelFormat,
  Packer,
  Paragraph,
  type ParagraphChild,
  TextRun,
} from 'docx';
import type { Mark, Node } from 'prosemirror-model';
import { type Article, bodyNode, bylineLines } from '../../../shared/article';
import { type BodySuggestionRecord, initialsOf, isFieldSuggestion, type Note } from '../../../shared/changes';
import { SUGGESTION_ANCHOR } from '../../../shared/changes/suggest';
import { formatDateline, missingExporter } from '../../../shared/export';
import { noteCommentText } from '../../../shared/import';
import { safeHref } from '../../../shared/schema';

/**
 * The story as a Word document with its suggestions as Word's tracked changes and its notes as
 * comments, so it can go to a desk that works in Word and come back (the importer reads them
 * again). Suggested insertions and deletions keep their author and time, a suggested paragraph
 * break is Word's inserted or deleted paragraph mark, replies are replies in the comment's
 * thread. What Word has no tracked change for here — a suggested change of formatting or of a
 * block's type, a suggested new headline or byline — is written as the story stands now.
 */

/** A photo's image for the document: JPEG, PNG or GIF (what Word shows), by library address. */
export type WordPhotoImages = ReadonlyMap<string, { bytes: Buffer; type: 'jpg' | 'png' | 'gif' }>;

interface Ctx {
  records: ReadonlyMap<string, BodySuggestionRecord>;
  fallbackAt: string;
  /** Word's ids of each note's comment and its replies, by note id. */
  comments: ReadonlyMap<string, number[]>;
  /** Notes whose comment range is open, in the order they were opened. */
  open: string[];
  nextRevision: number;
  nextList: number;
  images: WordPhotoImages;
  /** The textblock after each textblock, for a suggested paragraph break. */
  nextTextblock: Map<Node, Node | null>;
  out: Paragraph[];
}

const BULLETS = 'copydesk-bullets';
const NUMBERS = 'copydesk-numbers';
const PHOTO_WIDTH = 576; // pixels at 96 to the inch: six inches, the text width of a page

type Suggestion = { kind: 'inserted' | 'deleted'; id: string };

function suggestionOf(marks: readonly Mark[]): Suggestion | null {
  for (const mark of marks) {
    if (mark.type.name === 'deletion') return { kind: 'deleted', id: String(mark.attrs.id) };
    if (mark.type.name === 'insertion') return { kind: 'inserted', id: String(mark.attrs.id) };
  }
  return null;
}

/** Word's revision attributes for a suggestion: a fresh revision id, who suggested it and when. */
function revision(ctx: Ctx, s: Suggestion) {
  const record = ctx.records.get(s.id);
  const at = record?.at && !Number.isNaN(Date.parse(record.at)) ? record.at : ctx.fallbackAt;
  return { id: ctx.nextRevision++, author: record?.author ?? 'Copydesk', date: at };
}

function commentMarkers(ctx: Ctx, noteId: string, end: boolean): ParagraphChild[] {
  const ids = ctx.comments.get(noteId) ?? [];
  if (!end) return ids.map((id) => new CommentRangeStart(id));
  return ids.flatMap((id) => [new CommentRangeEnd(id), new TextRun({ children: [new CommentReference(id)] })]);
}

/** Opens and closes comment ranges so exactly the notes in `notes` are open. */
function moveCommentRanges(ctx: Ctx, notes: readonly string[], out: ParagraphChild[]): void {
  for (const id of [...ctx.open]) {
    if (notes.includes(id)) continue;
    out.push(...commentMarkers(ctx, id, true));
    ctx.open.splice(ctx.open.indexOf(id), 1);
  }
  for (const id of notes) {
    if (ctx.open.includes(id)) continue;
    out.push(...commentMarkers(ctx, id, false));
    ctx.open.push(id);
  }
}

function run(ctx: Ctx, text: string | null, marks: readonly Mark[], inherited: Suggestion | null): ParagraphChild {
  const content = {
    ...(text === null ? { break: 1 } : { text }),
    ...(marks.some((m) => m.type.name === 'strong') ? { bold: true } : {}),
    ...(marks.some((m) => m.type.name === 'em') ? { italics: true } : {}),
  };
  const s = suggestionOf(marks) ?? inherited;
  const r =
    s?.kind === 'inserted'
      ? new InsertedTextRun({ ...content, ...revision(ctx, s) })
      : s?.kind === 'deleted'
        ? new DeletedTextRun({ ...content, ...revision(ctx, s) })
        : new TextRun(content);
  const link = marks.find((m) => m.type.name === 'link');
  const href = link ? safeHref(link.attrs.href) : null;
  return href ? new ExternalHyperlink({ link: href, children: [r as TextRun] }) : r;
}

const KNOWN_MARKS = new Set(['strong', 'em', 'link', 'note', 'insertion', 'deletion', 'modification']);

/** The inline content of a textblock as Word runs, with comment ranges opened and closed around them. */
function inline(ctx: Ctx, block: Node, inherited: Suggestion | null): ParagraphChild[] {
  const out: ParagraphChild[] = [];
  block.forEach((child) => {
    for (const mark of child.marks) if (!KNOWN_MARKS.has(mark.type.name)) throw missingExporter('Word', 'mark', mark.type.name);
    moveCommentRanges(
      ctx,
      child.marks.filter((m) => m.type.name === 'note').map((m) => String(m.attrs.id)),
      out,
    );
    if (child.isText) {
      // The anchors of a suggested paragraph break are Word's revised paragraph mark instead.
      const text = (child.text ?? '').replaceAll(SUGGESTION_ANCHOR, '');
      if (text) out.push(run(ctx, text, child.marks, inherited));
    } else if (child.type.name === 'hard_break') out.push(run(ctx, null, child.marks, inherited));
    else throw missingExporter('Word', 'node', child.type.name);
  });
  return out;
}

/**
 * Whether the paragraph break after `block` is a suggestion: its last words and the next
 * paragraph's first carry the same insertion or deletion, or the whole block was inserted or deleted.
 */
function breakSuggestion(ctx: Ctx, block: Node, inherited: Suggestion | null): Suggestion | null {
  if (inherited) return inherited;
  const last = block.lastChild ? suggestionOf(block.lastChild.marks) : null;
  const next = ctx.nextTextblock.get(block)?.firstChild;
  const first = next ? suggestionOf(next.marks) : null;
  return last && first && last.kind === first.kind && last.id === first.id ? last : null;
}

function textblock(
  ctx: Ctx,
  block: Node,
  inherited: Suggestion | null,
  options: ConstructorParameters<typeof Paragraph>[0] & object,
  lead: ParagraphChild[] = [],
) {
  const mark = breakSuggestion(ctx, block, inherited);
  const markRevision = mark ? { [mark.kind === 'inserted' ? 'insertion' : 'deletion']: revision(ctx, mark) } : {};
  ctx.out.push(new Paragraph({ ...options, ...(mark ? { run: markRevision } : {}), children: [...lead, ...inline(ctx, block, inherited)] }));
}

function blockSuggestion(node: Node, inherited: Suggestion | null): Suggestion | null {
  return suggestionOf(node.marks) ?? inherited;
}

function list(ctx: Ctx, node: Node, level: number, inherited: Suggestion | null): void {
  const reference = node.type.name === 'ordered_list' ? NUMBERS : BULLETS;
  // Each numbered list counts from its own start.
  const instance = ctx.nextList++;
  node.forEach((item) => {
    const itemSuggestion = blockSuggestion(item, blockSuggestion(node, inherited));
    let first = true;
    item.forEach((child) => {
      if (child.isTextblock) {
        textblock(
          ctx,
          child,
          blockSuggestion(child, itemSuggestion),
          first ? { numbering: { reference, level, instance } } : { indent: { left: 720 * (level + 1) } },
        );
        first = false;
      } else if (child.type.name === 'bullet_list' || child.type.name === 'ordered_list') list(ctx, child, Math.min(level + 1, 8), itemSuggestion);
      else block(ctx, child, itemSuggestion, false);
    });
  });
}

function photo(ctx: Ctx, node: Node, inherited: Suggestion | null): void {
  const a = node.attrs as { src: string; alt: string; caption: string; credit: string; width: number | null; height: number | null };
  const image = a.src ? ctx.images.get(a.src) : undefined;
  const s = blockSuggestion(node, inherited);
  if (image && a.width && a.height) {
    const scale = Math.min(1, PHOTO_WIDTH / a.width);
    ctx.out.push(
      new Paragraph({
        children: [
          new ImageRun({
            type: image.type,
            data: image.bytes,
            transformation: { width: Math.round(a.width * scale), height: Math.round(a.height * scale) },
            ...(a.alt ? { altText: { name: 'Photo', description: a.alt } } : {}),
            ...(s ? { [s.kind === 'inserted' ? 'insertion' : 'deletion']: revision(ctx, s) } : {}),
          }),
        ],
      }),
    );
  }
  const caption = [a.caption, a.credit].filter(Boolean).join(' ') || (image ? '' : `[Photo to come${a.alt ? `: ${a.alt}` : ''}]`);
  if (caption) ctx.out.push(new Paragraph({ style: 'Caption', children: [s ? run(ctx, caption, [], s) : new TextRun(caption)] }));
}

function block(ctx: Ctx, node: Node, inherited: Suggestion | null, isFirstParagraph: boolean, dateline = ''): void {
  const s = blockSuggestion(node, inherited);
  switch (node.type.name) {
    case 'paragraph':
      textblock(ctx, node, s, {}, isFirstParagraph && dateline ? [new TextRun(`${dateline} `)] : []);
      return;
    case 'heading':
      textblock(ctx, node, s, { heading: node.attrs.level === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2 });
      return;
    case 'blockquote':
      node.forEach((child) => {
        textblock(ctx, child, blockSuggestion(child, s), { style: 'Quote' });
      });
      return;
    case 'bullet_list':
    case 'ordered_list':
      list(ctx, node, 0, inherited);
      return;
    case 'photo':
      photo(ctx, node, s);
      return;
    default:
      throw missingExporter('Word', 'node', node.type.name);
  }
}

function wordDate(at: string): Date | undefined {
  const date = new Date(at);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The notes as Word comments: the note, then each reply in its thread; a resolved note is a done thread. */
function wordComments(notes: readonly Note[]) {
  const ids = new Map<string, number[]>();
  const children: ICommentOptions[] = [];
  let next = 0;
  for (const note of notes) {
    const root = next++;
    const own = [root];
    const paragraphs = (text: string) => text.split('\n').map((line) => new Paragraph(line));
    children.push({
      id: root,
      author: note.author,
      initials: initialsOf(note.author),
      date: wordDate(note.at),
      children: paragraphs(noteCommentText(note)),
      ...(note.resolved ? { resolved: true } : {}),
    });
    for (const reply of note.replies) {
      const id = next++;
      own.push(id);
      children.push({
        id,
        parentId: root,
        author: reply.author,
        initials: initialsOf(reply.author),
        date: wordDate(reply.at),
        children: paragraphs(reply.text),
      });
    }
    ids.set(note.id, own);
  }
  return { ids, children, count: next };
}

/** The article as a .docx file with its suggestions tracked and its notes as comments. */
export async function articleWordDocument(article: Article, images: WordPhotoImages = new Map()): Promise<Buffer> {
  const body = bodyNode(article.body);
  const changes = article.changes;
  const comments = wordComments(changes?.notes ?? []);
  const records = new Map((changes?.suggestions ?? []).filter((r) => !isFieldSuggestion(r)).map((r) => [r.id, r]));
  const textblocks: Node[] = [];
  body.descendants((node) => {
    if (node.isTextblock) textblocks.push(node);
    return !node.isTextblock;
  });
  const ctx: Ctx = {
    records,
    fallbackAt: article.modified,
    comments: comments.ids,
    open: [],
    nextRevision: comments.count + 1,
    nextList: 1,
    images,
    nextTextblock: new Map(textblocks.map((node, i) => [node, textblocks[i + 1] ?? null])),
    out: [],
  };

  if (article.headline) ctx.out.push(new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(article.headline)] }));
  if (article.standfirst) ctx.out.push(new Paragraph({ style: 'Subtitle', children: [new TextRun(article.standfirst)] }));
  const byline = bylineLines(article.byline.contributors).map((line) => new Paragraph({ children: [new TextRun(line)] }));
  if (article.byline.position === 'top') ctx.out.push(...byline);
  // A note whose words were all deleted keeps its comment, on no words at the start of the story.
  const anchored = new Set<string>();
  body.descendants((node) => {
    for (const m of node.marks) if (m.type.name === 'note') anchored.add(String(m.attrs.id));
    return true;
  });
  const loose = (changes?.notes ?? [])
    .filter((n) => !anchored.has(n.id))
    .flatMap((n) => [...commentMarkers(ctx, n.id, false), ...commentMarkers(ctx, n.id, true)]);
  if (loose.length) ctx.out.push(new Paragraph({ children: loose }));

  const dateline = formatDateline(article.dateline);
  let firstParagraph = true;
  body.forEach((node) => {
    block(ctx, node, null, firstParagraph && node.type.name === 'paragraph', dateline);
    if (node.type.name === 'paragraph') firstParagraph = false;
  });
  if (ctx.open.length) {
    const closing: ParagraphChild[] = [];
    moveCommentRanges(ctx, [], closing);
    ctx.out.push(new Paragraph({ children: closing }));
  }
  if (article.byline.position === 'foot') ctx.out.push(...byline);

  const level = (i: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
    level: i,
    format,
    text,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: 720 * (i + 1), hanging: 360 } } },
  });
  const document = new Document({
    creator: 'Copydesk',
    title: article.headline,
    ...(comments.count ? { comments: { children: comments.children } } : {}),
    styles: {
      paragraphStyles: [
        { id: 'Quote', name: 'Quote', basedOn: 'Normal', next: 'Normal', run: { italics: true }, paragraph: { indent: { left: 720, right: 720 } } },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 28 } },
      ],
    },
    numbering: {
      config: [
        { reference: BULLETS, levels: Array.from({ length: 9 }, (_, i) => level(i, LevelFormat.BULLET, ['•', '◦', '▪'][i % 3])) },
        { reference: NUMBERS, levels: Array.from({ length: 9 }, (_, i) => level(i, LevelFormat.DECIMAL, `%${i + 1}.`)) },
      ],
    },
    sections: [{ children: ctx.out }],
  });
  return Packer.toBuffer(document);
}
