import MarkdownIt, { type Token } from 'markdown-it';
import { MarkdownParser } from 'prosemirror-markdown';
import { parse as yamlParse } from 'yaml';
import { z } from 'zod';
import { articleStatusSchema, bylineSchema, datelineSchema, personSchema, quoteRecordSchema } from '../article/model';
import { noteAnchors } from '../changes/notes';
import { noteSchema, type StoryChanges, suggestionRecordSchema } from '../changes/model';
import { formatDateline } from '../export/dateline';
import { safeImageSrc } from '../export/photos';
import { safeHref, schema } from '../schema';
import { storyFieldsFromBody, stripFirstParagraphPrefix } from './body-fields';
import { parseBylineLine } from './byline-text';
import { CriticTokens, type MarkupEntry, restoreCriticMarkup, scanCriticMarkup } from './criticmarkup';
import { ImportError, type ImportedDocument } from './document';

/**
 * Markdown (CommonMark, with or without YAML front matter) into an article. Raw HTML is not
 * markup here (markdown-it `html: false`), links pass safeHref and images safeImageSrc, and a
 * paragraph that is an image (with optional "Caption:" and "Credit:" lines) becomes a photo.
 */

const FRONT_MATTER = /^\uFEFF?---[ \t]*\r?\n([\s\S]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/;

const photoFrontSchema = z.object({
  src: z.string().optional(),
  preview: z.string().optional(),
  caption: z.string().optional(),
  credit: z.string().optional(),
  alt: z.string().optional(),
  rights: z.string().optional(),
  width: z.number().int().positive().nullable().optional(),
  height: z.number().int().positive().nullable().optional(),
});

const frontMatterSchema = z.object({
  headline: z.string().max(2_000).optional(),
  title: z.string().max(2_000).optional(),
  standfirst: z.string().max(5_000).optional(),
  description: z.string().max(5_000).optional(),
  status: articleStatusSchema.optional(),
  byline: bylineSchema.optional(),
  author: z.string().max(500).optional(),
  dateline: datelineSchema.nullable().optional(),
  photos: z.array(photoFrontSchema).max(500).optional(),
  people: z.array(personSchema).optional(),
  quotes: z.array(quoteRecordSchema).optional(),
  id: z.string().min(1).max(100).optional(),
  created: z.string().max(100).optional(),
  modified: z.string().max(100).optional(),
  /** The desk's suggestions and notes, and whose each piece of CriticMarkup is (shared/export/criticmarkup.ts). */
  changes: z
    .object({
      alwaysSuggest: z.boolean().optional(),
      suggestions: z.array(suggestionRecordSchema).max(100_000).optional(),
      notes: z.array(noteSchema).max(10_000).optional(),
      markup: z
        .array(
          z.union([
            z.object({ suggestion: z.string().min(1).max(100), notes: z.array(z.string().min(1).max(100)).optional() }).strict(),
            z.object({ notes: z.array(z.string().min(1).max(100)) }).strict(),
            z.object({ note: z.string().min(1).max(100) }).strict(),
          ]),
        )
        .optional(),
      blocks: z
        .array(
          z.object({
            block: z.number().int().nonnegative(),
            marks: z.array(z.object({ type: z.enum(['insertion', 'deletion', 'modification']), attrs: z.record(z.string(), z.unknown()).optional() })).max(20),
          }),
        )
        .optional(),
    })
    .optional(),
});
type FrontMatter = z.infer<typeof frontMatterSchema>;

function readFrontMatter(text: string): { front: FrontMatter | null; rest: string; lines: number } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { front: null, rest: text.replace(/^\uFEFF/, ''), lines: 0 };
  const lines = m[0].split('\n').length - (m[0].endsWith('\n') ? 1 : 0);
  let data: unknown;
  try {
    data = yamlParse(m[1], { maxAliasCount: 20, prettyErrors: false });
  } catch (e) {
    throw new ImportError(
      `The front matter at the top of the Markdown file (between the --- lines) is not valid YAML: ${(e as Error).message.split('\n')[0]}. Fix it or remove it, then import again.`,
    );
  }
  if (data === null || data === undefined) return { front: {}, rest: text.slice(m[0].length), lines };
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(
      `The front matter at the top of the Markdown file has a field Copydesk cannot read (${issue.path.join('.') || 'top level'}: ${issue.message}). Fix it or remove it, then import again.`,
    );
  }
  return { front: parsed.data, rest: text.slice(m[0].length), lines };
}

type PhotoMeta = {
  src: string;
  alt: string;
  caption: string;
  credit: string;
};

function inlineText(tokens: Token[]): string {
  return restoreCriticMarkup(tokensText(tokens));
}

function tokensText(tokens: Token[]): string {
  return tokens
    .map((t) =>
      t.type === 'text' || t.type === 'code_inline' ? t.content : t.type === 'softbreak' || t.type === 'hardbreak' ? '\n' : t.type === 'image' ? '' : '',
    )
    .join('');
}

/** A paragraph that is an image alone (plus caption and credit lines) is a photo. */
function photoFromParagraph(inline: Token): PhotoMeta | null {
  const kids = inline.children ?? [];
  if (kids[0]?.type !== 'image') return null;
  const restText = inlineText(kids.slice(1));
  const lines = restText
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  let caption = '';
  let credit = '';
  for (const line of lines) {
    const m = /^(caption|credit|photo|photograph|picture):\s*(.*)$/i.exec(line);
    if (!m) return null;
    if (/^caption$/i.test(m[1])) caption = m[2];
    else credit = m[2];
  }
  const img = kids[0];
  return { src: safeImageSrc(img.attrGet('src') ?? '') ?? '', alt: inlineText(img.children ?? []) || img.content, caption, credit };
}

/** Token clean-up before the table-driven parse: photos, unsafe links, and Markdown we have no node for. */
function transformTokens(tokens: Token[], state: ParseState, TokenCtor: typeof Token): Token[] {
  const out: Token[] = [];
  const critic = new CriticTokens(state.markup, TokenCtor);
  state.critic = critic;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (state.wantHeadline && i === 0 && tok.type === 'heading_open' && tok.tag === 'h1') {
      state.headline = critic
        .skip(tokensText(tokens[i + 1].children ?? []))
        .replace(/\n/g, ' ')
        .trim();
      i += 2;
      continue;
    }
    if (tok.type === 'paragraph_open' && tokens[i + 1]?.type === 'inline') {
      const photo = photoFromParagraph(tokens[i + 1]);
      if (photo) {
        critic.skip(tokens[i + 1].content);
        const t = new TokenCtor('photo', '', 0);
        t.meta = photo;
        out.push(t);
        i += 2;
        continue;
      }
    }
    if (tok.type === 'code_block' || tok.type === 'fence') tok.content = critic.skip(tok.content);
    if (tok.type === 'inline') tok.children = critic.children(cleanInline(tok.children ?? [], TokenCtor));
    out.push(tok);
  }
  return out;
}

interface ParseState {
  headline: string | null;
  wantHeadline: boolean;
  /** Whose each piece of CriticMarkup is, in reading order. */
  markup: readonly MarkupEntry[];
  /** The walk over the markup, for the comments it read. */
  critic?: CriticTokens;
}

function cleanInline(children: Token[], TokenCtor: typeof Token): Token[] {
  const out: Token[] = [];
  let droppingLink = false;
  for (const tok of children) {
    if (tok.type === 'link_open' && !safeHref(tok.attrGet('href'))) {
      droppingLink = true;
      continue;
    }
    if (tok.type === 'link_close' && droppingLink) {
      droppingLink = false;
      continue;
    }
    if (tok.type === 'code_inline' || tok.type === 'image') {
      const t = new TokenCtor('text', '', 0);
      t.content = tok.type === 'image' ? inlineText(tok.children ?? []) || tok.content : tok.content;
      out.push(t);
      continue;
    }
    out.push(tok);
  }
  return out;
}

const level = (tok: Token) => ({ level: Math.min(3, Math.max(2, Number(tok.tag.slice(1)) || 2)) });

function markdownParser(state: ParseState): MarkdownParser {
  const md = new MarkdownIt('commonmark', { html: false });
  const tokenizer = {
    parse: (src: string, env: Record<string, unknown>) => {
      const tokens = md.parse(src, env);
      return tokens.length ? transformTokens(tokens, state, tokens[0].constructor as typeof Token) : tokens;
    },
  };
  return new MarkdownParser(schema, tokenizer as unknown as ConstructorParameters<typeof MarkdownParser>[1], {
    blockquote: { block: 'blockquote' },
    paragraph: { block: 'paragraph' },
    list_item: { block: 'list_item' },
    bullet_list: { block: 'bullet_list' },
    ordered_list: { block: 'ordered_list', getAttrs: (tok) => ({ order: Number(tok.attrGet('start')) || 1 }) },
    heading: { block: 'heading', getAttrs: level },
    code_block: { block: 'paragraph', noCloseToken: true },
    fence: { block: 'paragraph', noCloseToken: true },
    hr: { ignore: true, noCloseToken: true },
    photo: { node: 'photo', getAttrs: (tok) => ({ ...tok.meta }) },
    hardbreak: { node: 'hard_break' },
    em: { mark: 'em' },
    strong: { mark: 'strong' },
    link: { mark: 'link', getAttrs: (tok) => ({ href: safeHref(tok.attrGet('href')) ?? '#', title: tok.attrGet('title') || null }) },
    insertion: { mark: 'insertion', getAttrs: (tok) => ({ id: String(tok.meta.id) }) },
    deletion: { mark: 'deletion', getAttrs: (tok) => ({ id: String(tok.meta.id) }) },
    note: { mark: 'note', getAttrs: (tok) => ({ id: String(tok.meta.id) }) },
  });
}

/** Reads a Markdown file's text into a story. Throws ImportError with a message for the desk. */
export function importMarkdown(text: string): ImportedDocument {
  const { front, rest, lines } = readFrontMatter(text);
  const scanned = scanCriticMarkup(rest, lines + 1);
  const messages = [...scanned.messages];
  const declared = front?.changes?.markup;
  const keyed = declared !== undefined && declared.length === scanned.fallback.length;
  if (declared !== undefined && !keyed) {
    messages.push(
      `The front matter lists ${declared.length} suggestion and note marks but the text has ${scanned.fallback.length}, so who made each change could not be matched; the changes were kept without their authors.`,
    );
  }
  const state: ParseState = { headline: null, wantHeadline: !(front?.headline ?? front?.title), markup: keyed ? declared : scanned.fallback };
  let doc: ReturnType<MarkdownParser['parse']>;
  try {
    doc = markdownParser(state).parse(scanned.text);
  } catch (e) {
    throw new ImportError(`Copydesk could not read this Markdown (${(e as Error).message}).`);
  }
  const json = doc.toJSON() as { type: 'doc'; content?: { type: string; attrs?: Record<string, unknown> }[] };
  const body = json as ImportedDocument['body'];
  if (front?.changes?.blocks?.length) messages.push(...applyBlockMarks(json, front.changes.blocks));
  const changes = importedChanges(doc, front?.changes, keyed ? null : scanned.madeUp, state.critic?.comments ?? []);

  // Photo details the body cannot hold come back from the front matter, in order.
  const photos = front?.photos ?? [];
  let p = 0;
  const visit = (node: { type: string; attrs?: Record<string, unknown>; content?: unknown[] }) => {
    if (node.type === 'photo') {
      const meta = photos[p++];
      if (meta && (meta.src ?? '') === node.attrs?.src) node.attrs = { ...node.attrs, ...meta, src: node.attrs?.src };
      return;
    }
    for (const child of (node.content ?? []) as (typeof node)[]) visit(child);
  };
  visit(json);

  let byline = front?.byline ?? null;
  let dateline = front?.dateline ?? null;
  if (front?.dateline !== undefined) {
    if (front.dateline) stripFirstParagraphPrefix(body, `${formatDateline(front.dateline)} `);
  }
  if (!byline && front?.author) {
    const parsed = parseBylineLine(/^by\s/i.test(front.author) ? front.author : `By ${front.author}`);
    if (parsed) byline = { position: 'top', contributors: parsed };
  }
  if (!byline || front?.dateline === undefined) {
    const found = storyFieldsFromBody(body);
    byline ??= found.byline;
    if (front?.dateline === undefined) dateline = found.dateline;
  }
  if (!json.content?.length) json.content = [{ type: 'paragraph' }];

  return {
    headline: front?.headline ?? front?.title ?? state.headline ?? '',
    standfirst: front?.standfirst ?? front?.description ?? '',
    byline: byline ?? { position: 'top', contributors: [] },
    dateline,
    body,
    ...(front?.status ? { status: front.status } : {}),
    ...(front?.people ? { people: front.people } : {}),
    ...(front?.quotes ? { quotes: front.quotes } : {}),
    ...(front?.id ? { id: front.id } : {}),
    ...(front?.created ? { created: front.created } : {}),
    ...(front?.modified ? { modified: front.modified } : {}),
    ...(changes ? { changes } : {}),
    ...(messages.length ? { messages } : {}),
  };
}

interface JsonBlock {
  type: string;
  marks?: unknown[];
  content?: JsonBlock[];
}

/** Suggestions on whole blocks, from the front matter, by block number in reading order. */
function applyBlockMarks(doc: JsonBlock, blocks: { block: number; marks: { type: string; attrs?: Record<string, unknown> }[] }[]): string[] {
  const wanted = new Map(blocks.map((b) => [b.block, b.marks]));
  let index = 0;
  const visit = (node: JsonBlock) => {
    for (const child of node.content ?? []) {
      if (child.type === 'text' || child.type === 'hard_break') continue;
      const marks = wanted.get(index);
      if (marks) {
        child.marks = marks;
        wanted.delete(index);
      }
      index++;
      visit(child);
    }
  };
  visit(doc);
  return wanted.size
    ? [`The front matter has suggestions on ${wanted.size} block${wanted.size === 1 ? '' : 's'} the text does not have (numbers ${[...wanted.keys()].join(', ')}); they were left out.`]
    : [];
}

type FrontChanges = NonNullable<FrontMatter['changes']>;

/**
 * The story's changes: the front matter's records, plus a record for each suggestion or note
 * the text has and the front matter does not name (a CriticMarkup file from elsewhere): its
 * author is unknown, a note's text is its comment and its excerpt the words it is on.
 */
function importedChanges(
  doc: ReturnType<MarkdownParser['parse']>,
  front: FrontChanges | undefined,
  madeUp: { suggestions: string[]; notes: string[] } | null,
  comments: { note: string; text: string }[],
): StoryChanges | null {
  const suggestions = [...(front?.suggestions ?? [])];
  const notes = [...(front?.notes ?? [])];
  const known = new Set(notes.map((n) => n.id));
  const anchors = noteAnchors(doc);
  const commentOf = new Map(comments.map((c) => [c.note, c.text.replace(/\s+/g, ' ').trim()]));
  const needNote = (id: string) => {
    if (known.has(id)) return;
    known.add(id);
    notes.push({ id, kind: 'comment', author: UNKNOWN_AUTHOR, at: '', text: commentOf.get(id) ?? '', excerpt: anchors.get(id)?.text ?? '', replies: [], resolved: null });
  };
  if (madeUp) {
    const records = new Set(suggestions.map((s) => s.id));
    for (const id of madeUp.suggestions) if (!records.has(id)) suggestions.push({ id, author: UNKNOWN_AUTHOR, at: '' });
    for (const id of madeUp.notes) needNote(id);
  }
  for (const c of comments) needNote(c.note);
  if (!front && !suggestions.length && !notes.length) return null;
  return { ...(front?.alwaysSuggest !== undefined ? { alwaysSuggest: front.alwaysSuggest } : {}), suggestions, notes };
}

/** Who made a change a CriticMarkup file does not say. */
const UNKNOWN_AUTHOR = 'Unknown author';
