import type { Node } from 'prosemirror-model';
import { type Article, bodyNode, bylineText } from '../article';
import { formatDateline } from './dateline';
import { missingExporter } from './errors';
import { stripControls } from './escape';

/**
 * Plain text in wire style, like the copy that comes off the wire: the headline (with the PHOTO
 * marker when the story has a photo), one paragraph per line, the dateline opening the first
 * paragraph, and the byline as its own line at the top or the foot. Written by table too.
 */

type LineWriter = (node: Node, lines: string[], ctx: { first: Node | null; dateline: string }) => void;

function inlineText(node: Node): string {
  let out = '';
  node.forEach((child) => {
    if (child.isText) out += child.text;
    else if (child.type.name === 'hard_break') out += ' ';
    else throw missingExporter('plain text', 'node', child.type.name);
  });
  return stripControls(out)
    .replace(/[\r\n]+/g, ' ')
    .trim();
}

const LINE_WRITERS: Record<string, LineWriter> = {
  paragraph: (node, lines, ctx) => {
    const text = inlineText(node);
    const line = node === ctx.first && ctx.dateline ? `${ctx.dateline} ${text}` : text;
    if (line) lines.push(line);
  },
  heading: (node, lines) => {
    const text = inlineText(node);
    if (text) lines.push(text);
  },
  blockquote: (node, lines, ctx) =>
    node.forEach((child) => {
      writeLines(child, lines, ctx);
    }),
  bullet_list: (node, lines, ctx) =>
    node.forEach((item) => {
      listItem(item, '- ', lines, ctx);
    }),
  ordered_list: (node, lines, ctx) => {
    let n = Number(node.attrs.order) || 1;
    node.forEach((item) => {
      listItem(item, `${n++}. `, lines, ctx);
    });
  },
  list_item: (node, lines, ctx) => listItem(node, '- ', lines, ctx),
  // The photo itself travels separately; the headline's PHOTO marker says there is one.
  photo: () => {},
};

function listItem(item: Node, bullet: string, lines: string[], ctx: { first: Node | null; dateline: string }) {
  const inner: string[] = [];
  item.forEach((child) => {
    writeLines(child, inner, ctx);
  });
  for (const [i, line] of inner.entries()) lines.push(i === 0 ? `${bullet}${line}` : `  ${line}`);
}

function writeLines(node: Node, lines: string[], ctx: { first: Node | null; dateline: string }) {
  const writer = LINE_WRITERS[node.type.name];
  if (!writer) throw missingExporter('plain text', 'node', node.type.name);
  writer(node, lines, ctx);
}

function firstParagraph(body: Node): Node | null {
  let found: Node | null = null;
  body.forEach((child) => {
    if (!found && child.type.name === 'paragraph') found = child;
  });
  return found;
}

/** The body as wire lines (dateline included), without headline or byline. */
export function articlePlainBody(article: Article, body: Node = bodyNode(article.body)): string {
  const lines: string[] = [];
  const ctx = { first: firstParagraph(body), dateline: formatDateline(article.dateline) };
  body.forEach((child) => {
    writeLines(child, lines, ctx);
  });
  return lines.join('\n');
}

export function articleWireText(article: Article): string {
  const body = bodyNode(article.body);
  let hasPhoto = false;
  body.descendants((node) => {
    if (node.type.name === 'photo') hasPhoto = true;
    return !hasPhoto;
  });
  const headline = stripControls(article.headline).replace(/\s+/g, ' ').trim();
  const byline = bylineText(article.byline.contributors);
  const lines = [`${headline}${hasPhoto ? ' PHOTO' : ''}`];
  if (byline && article.byline.position === 'top') lines.push(byline);
  const text = articlePlainBody(article, body);
  if (text) lines.push(text);
  if (byline && article.byline.position === 'foot') lines.push(byline);
  return `${lines.join('\n')}\n`;
}
