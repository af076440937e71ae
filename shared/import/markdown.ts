import MarkdownIt, { type Token } from 'markdown-it';
import { MarkdownParser } from 'prosemirror-markdown';
import { parse as yamlParse } from 'yaml';
import { z } from 'zod';
import { articleStatusSchema, bylineSchema, datelineSchema, personSchema, quoteRecordSchema } from '../article/model';
import { formatDateline } from '../export/dateline';
import { safeImageSrc } from '../export/photos';
import { safeHref, schema } from '../schema';
import { storyFieldsFromBody, stripFirstParagraphPrefix } from './body-fields';
import { parseBylineLine } from './byline-text';
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
});
type FrontMatter = z.infer<typeof frontMatterSchema>;

function readFrontMatter(text: string): { front: FrontMatter | null; rest: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { front: null, rest: text.replace(/^\uFEFF/, '') };
  let data: unknown;
  try {
    data = yamlParse(m[1], { maxAliasCount: 20, prettyErrors: false });
  } catch (e) {
    throw new ImportError(
      `The front matter at the top of the Markdown file (between the --- lines) is not valid YAML: ${(e as Error).message.split('\n')[0]}. Fix it or remove it, then import again.`,
    );
  }
  if (data === null || data === undefined) return { front: {}, rest: text.slice(m[0].length) };
  const parsed = frontMatterSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ImportError(
      `The front matter at the top of the Markdown file has a field Copydesk cannot read (${issue.path.join('.') || 'top level'}: ${issue.message}). Fix it or remove it, then import again.`,
    );
  }
  return { front: parsed.data, rest: text.slice(m[0].length) };
}

type PhotoMeta = {
  src: string;
  alt: string;
  caption: string;
  credit: string;
};

function inlineText(tokens: Token[]): string {
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
function transformTokens(tokens: Token[], state: { headline: string | null; wantHeadline: boolean }, TokenCtor: typeof Token): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (state.wantHeadline && i === 0 && tok.type === 'heading_open' && tok.tag === 'h1') {
      state.headline = inlineText(tokens[i + 1].children ?? [])
        .replace(/\n/g, ' ')
        .trim();
      i += 2;
      continue;
    }
    if (tok.type === 'paragraph_open' && tokens[i + 1]?.type === 'inline') {
      const photo = photoFromParagraph(tokens[i + 1]);
      if (photo) {
        const t = new TokenCtor('photo', '', 0);
        t.meta = photo;
        out.push(t);
        i += 2;
        continue;
      }
    }
    if (tok.type === 'inline') tok.children = cleanInline(tok.children ?? [], TokenCtor);
    out.push(tok);
  }
  return out;
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

function markdownParser(state: { headline: string | null; wantHeadline: boolean }): MarkdownParser {
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
  });
}

/** Reads a Markdown file's text into a story. Throws ImportError with a message for the desk. */
export function importMarkdown(text: string): ImportedDocument {
  const { front, rest } = readFrontMatter(text);
  const state = { headline: null as string | null, wantHeadline: !(front?.headline ?? front?.title) };
  let doc: ReturnType<MarkdownParser['parse']>;
  try {
    doc = markdownParser(state).parse(rest);
  } catch (e) {
    throw new ImportError(`Copydesk could not read this Markdown (${(e as Error).message}).`);
  }
  const json = doc.toJSON() as { type: 'doc'; content?: { type: string; attrs?: Record<string, unknown> }[] };
  const body = json as ImportedDocument['body'];

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
  };
}
