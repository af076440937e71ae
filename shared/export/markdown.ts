import { defaultMarkdownSerializer, MarkdownSerializer, MarkdownSerializerState } from 'prosemirror-markdown';
import type { Mark, Node } from 'prosemirror-model';
import { type Article, bodyNode } from '../article';
import { SUGGESTION_MARK_NAMES, safeHref } from '../schema';
import { blockMarks, type CriticContext, criticContext, hasInlineChanges, isChangeMark, KEEP_TRAILING_BREAK, renderChangedInline } from './criticmarkup';
import { formatDateline } from './dateline';
import { missingExporter } from './errors';
import { stripControls } from './escape';
import { libraryPhotoLinker, type PhotoLinker, safeImageSrc } from './photos';
import { articleQuotes } from './quotes';
import { frontMatterYaml } from './yaml';

/**
 * CommonMark with YAML front matter. The front matter carries what Markdown has no syntax for
 * (byline with roles, dateline, status, photo details, quotes and speakers), so importing the
 * file gives the same article back. The body is written by table (prosemirror-markdown, strict:
 * an element without a writer throws).
 */

export interface MarkdownExportOptions {
  photo?: PhotoLinker;
}

type NodeWriter = (state: MarkdownSerializerState, node: Node, parent: Node, index: number) => void;

/** The photo's image, then a caption line and a credit line, in one paragraph. */
function photoWriter(linker: PhotoLinker): NodeWriter {
  return (state, node) => {
    const src = node.attrs.src ? safeImageSrc(linker(node.attrs.src)) : null;
    const alt = node.attrs.alt || (src ? '' : 'Photo to come');
    state.write(`![${state.esc(alt)}](${src ? markdownUrl(src) : ''})`);
    if (node.attrs.caption) {
      state.write('\n');
      state.text(`Caption: ${node.attrs.caption}`);
    }
    if (node.attrs.credit) {
      state.write('\n');
      state.text(`Credit: ${node.attrs.credit}`);
    }
    state.closeBlock(node);
  };
}

function markdownUrl(url: string): string {
  return /[\s()<>]/.test(url) ? `<${url.replace(/[<>\s]/g, (c) => encodeURIComponent(c))}>` : url;
}

const d = defaultMarkdownSerializer.nodes;

/** How many siblings of the node's own type come right before it (lists alternate markers over such a run). */
function sameTypeBefore(node: Node, parent: Node, index: number): number {
  let n = 0;
  while (index - n > 0 && parent.child(index - n - 1).type === node.type) n++;
  return n;
}

function nodeWriters(linker: PhotoLinker, datelineFor: Node | null, dateline: string, critic: CriticContext): Record<string, NodeWriter> {
  return {
    paragraph: (state, node, parent, index) => {
      if (node === datelineFor && dateline) state.text(`${dateline} `);
      if (hasInlineChanges(node)) {
        renderChangedInline(state, node, critic);
        state.closeBlock(node);
      } else d.paragraph(state, node, parent, index);
      critic.textblock++;
    },
    heading: (state, node, parent, index) => {
      if (hasInlineChanges(node)) {
        state.write(`${state.repeat('#', node.attrs.level)} `);
        renderChangedInline(state, node, critic, false);
        state.closeBlock(node);
      } else d.heading(state, node, parent, index);
      critic.textblock++;
    },
    blockquote: d.blockquote,
    // Lists in a row would merge into one in Markdown; each changes marker from the one before (CommonMark ends a list there).
    bullet_list: (state, node, parent, index) => {
      const marker = sameTypeBefore(node, parent, index) % 2 ? '-' : '*';
      state.renderList(node, '  ', () => `${marker} `);
    },
    ordered_list: (state, node, parent, index) => {
      const delimiter = sameTypeBefore(node, parent, index) % 2 ? ')' : '.';
      const start = Number(node.attrs.order ?? 1);
      const width = String(start + node.childCount - 1).length;
      state.renderList(node, state.repeat(' ', width + 2), (i) => {
        const num = String(start + i);
        return `${state.repeat(' ', width - num.length)}${num}${delimiter} `;
      });
    },
    list_item: d.list_item,
    // A break at the end of a piece of CriticMarkup (or before more of the paragraph) is written;
    // prosemirror-markdown leaves out only a break that ends the paragraph.
    hard_break: (state, node, parent, index) => {
      if (KEEP_TRAILING_BREAK.has(parent)) state.write('\\\n');
      else d.hard_break(state, node, parent, index);
    },
    text: (state, node, parent, index) => {
      let text = stripControls(node.text ?? '');
      // A number and "." or ")" at a line start is a list item to CommonMark, with text after it or
      // none ("0." alone); prosemirror-markdown escapes only "1. " (a space after), so both are escaped here.
      const lineStart = index === 0 || parent.child(index - 1).type.name === 'hard_break';
      const ordinal = lineStart && !node.marks.length ? /^(\d{1,9})([.)])/.exec(text) : null;
      if (ordinal) {
        state.text(ordinal[1]);
        state.write(`\\${ordinal[2]}`);
        text = text.slice(ordinal[0].length);
        if (!text) return;
      }
      d.text(state, node.type.schema.text(text, node.marks), parent, index);
    },
    photo: photoWriter(linker),
  };
}

const dm = defaultMarkdownSerializer.marks;
const markWriters = {
  em: dm.em,
  strong: dm.strong,
  link: {
    open: (state: MarkdownSerializerState, mark: Mark, parent: Node, index: number) =>
      safeHref(mark.attrs.href) ? (dm.link.open as (...a: unknown[]) => string)(state, mark, parent, index) : '',
    close: (state: MarkdownSerializerState, mark: Mark, parent: Node, index: number) => {
      const href = safeHref(mark.attrs.href);
      if (!href) return '';
      const safe = mark.type.create({ href: href.replace(/\s/g, '%20'), title: mark.attrs.title });
      return (dm.link.close as (...a: unknown[]) => string)(state, safe, parent, index);
    },
    mixable: false,
  },
};

function strictSerializer(nodes: Record<string, NodeWriter>): MarkdownSerializer {
  const serializer = new MarkdownSerializer(nodes, markWriters, { strict: true });
  return serializer;
}

type StateConstructor = new (
  nodes: MarkdownSerializer['nodes'],
  marks: MarkdownSerializer['marks'],
  options: object,
) => MarkdownSerializerState & { out: string };

/**
 * What `serializer.serialize(body, options)` returns, in linear time. The serializer's state
 * appends to one string and reads its last character after every block (`atBlank`), which makes
 * V8 flatten the whole output each time: quadratic in the story's length. Here finished output
 * is moved to a list between top-level blocks, leaving the last two characters — all the state
 * ever reads back — in place.
 */
export function serializeBody(serializer: MarkdownSerializer, body: Node, options: Parameters<MarkdownSerializer['serialize']>[1], piece = 4096): string {
  const state = new (MarkdownSerializerState as unknown as StateConstructor)(serializer.nodes, serializer.marks, { ...serializer.options, ...options });
  state.esc = escapeMarkdown;
  const done: string[] = [];
  body.forEach((child, _offset, index) => {
    state.render(child, body, index);
    if (state.out.length > piece) {
      done.push(state.out.slice(0, -2));
      state.out = state.out.slice(-2);
    }
  });
  done.push(state.out);
  return done.join('');
}

/**
 * prosemirror-markdown's `esc`, with one fix: it leaves an underscore between two word characters
 * bare (inside a word it cannot start emphasis), but counts "_" itself as a word character, so in
 * "A[__0 A__ a" the inner underscores stayed bare and came back as emphasis. Here an underscore
 * stays bare only between two letters or digits.
 */
function escapeMarkdown(this: MarkdownSerializerState, str: string, startOfLine = false): string {
  const wordChar = (c: string | undefined) => c !== undefined && /[^\W_]/.test(c);
  // Braces too: CriticMarkup's {++ ++} {-- --} {~~ ~> ~~} {== ==} {>> <<} all open or close with
  // one, so escaped braces keep a story's own words from ever reading as markup.
  let out = str.replace(/[`*\\~[\]_{}]/g, (m, i: number) => (m === '_' && wordChar(str[i - 1]) && wordChar(str[i + 1]) ? m : `\\${m}`));
  if (startOfLine)
    out = out
      .replace(/^(\+[ ]|[-*>])/, '\\$&')
      .replace(/^(\s*)(#{1,6})(\s|$)/, '$1\\$2$3')
      .replace(/^(\s*\d+)\.\s/, '$1\\. ');
  const extra = (this.options as { escapeExtraCharacters?: RegExp }).escapeExtraCharacters;
  if (extra) out = out.replace(extra, '\\$&');
  return out;
}

/** Checks every node and mark has a writer before writing a word, so the message names it. */
function checkWriters(body: Node, nodes: Record<string, unknown>) {
  body.descendants((node) => {
    if (!nodes[node.type.name]) throw missingExporter('Markdown', 'node', node.type.name);
    for (const mark of node.marks) {
      // Suggestions on whole blocks go to the front matter; on words, CriticMarkup.
      if (node.isBlock && SUGGESTION_MARK_NAMES.includes(mark.type.name as never)) continue;
      if (node.isInline && isChangeMark(mark)) continue;
      if (!(mark.type.name in markWriters)) throw missingExporter('Markdown', 'mark', mark.type.name);
    }
  });
}

function firstParagraph(body: Node): Node | null {
  let found: Node | null = null;
  body.forEach((child) => {
    if (!found && child.type.name === 'paragraph') found = child;
  });
  return found;
}

/** The front matter, in a fixed key order so exports diff cleanly. */
export function markdownFrontMatter(article: Article, body: Node, linker: PhotoLinker, critic?: CriticContext): Record<string, unknown> {
  const photos: Record<string, unknown>[] = [];
  body.descendants((node) => {
    if (node.type.name !== 'photo') return true;
    const a = node.attrs;
    photos.push({
      src: a.src ? (safeImageSrc(linker(a.src)) ?? '') : '',
      preview: a.preview,
      caption: a.caption,
      credit: a.credit,
      alt: a.alt,
      rights: a.rights,
      width: a.width,
      height: a.height,
    });
    return false;
  });
  const quotes = articleQuotes(article, body);
  return {
    headline: article.headline,
    standfirst: article.standfirst,
    status: article.status,
    byline: article.byline,
    dateline: article.dateline,
    photos,
    people: article.people,
    quotes: article.quotes,
    // For readers and pipelines: every quote with its speaker (detected now when none were reviewed).
    speakers: quotes.list.map((q) => ({ quote: q.text, speaker: q.speaker })),
    id: article.id,
    created: article.created,
    modified: article.modified,
    ...(critic ? changesFrontMatter(article, body, critic) : {}),
  };
}

/** The desk's changes (see criticmarkup.ts), when the story has any: records, markup owners, block suggestions. */
function changesFrontMatter(article: Article, body: Node, critic: CriticContext): Record<string, unknown> {
  const blocks = blockMarks(body);
  const changes = article.changes;
  if (!changes && !critic.markup.length && !blocks.length) return {};
  return {
    changes: {
      ...(changes?.alwaysSuggest !== undefined ? { alwaysSuggest: changes.alwaysSuggest } : {}),
      suggestions: changes?.suggestions ?? [],
      notes: changes?.notes ?? [],
      markup: critic.markup,
      blocks,
    },
  };
}

export function articleMarkdown(article: Article, options: MarkdownExportOptions = {}): string {
  const body = bodyNode(article.body);
  const linker = options.photo ?? libraryPhotoLinker;
  const critic = criticContext(article, body);
  const nodes = nodeWriters(linker, firstParagraph(body), formatDateline(article.dateline), critic);
  checkWriters(body, nodes);
  const text = serializeBody(strictSerializer(nodes), body, { tightLists: false });
  const front = frontMatterYaml(markdownFrontMatter(article, body, linker, critic));
  return `---\n${front}---\n\n${text.replace(/\n*$/, '\n')}`;
}
