import type { Mark, Node } from 'prosemirror-model';
import { type Article, bodyNode, bylineLines, type Contributor, countDocWords, countWords } from '../article';
import { safeHref } from '../schema';
import { formatDateline } from './dateline';
import { missingExporter } from './errors';
import { escapeHtml as esc, scriptSafeJson } from './escape';
import { libraryPhotoLinker, type PhotoLinker, safeImageSrc } from './photos';
import { articleQuotes, type QuoteSpan } from './quotes';

/**
 * The story as HTML, by table: one small writer per node and per mark, and an element without a
 * writer stops the export (see ExportError) instead of vanishing. Every text and attribute is
 * escaped; links pass safeHref and images safeImageSrc on the way out, whatever the file says.
 */

export interface HtmlExportOptions {
  /** Where each photo's image is in the exported page (a copied file, a data: URI…). */
  photo?: PhotoLinker;
  /** The news organisation for schema.org's publisher; defaults to the writers' shared affiliation. */
  publisher?: string;
  /** Language of the story (BCP 47). */
  lang?: string;
}

interface Ctx {
  out: string[];
  photo: PhotoLinker;
  quotes: Map<number, QuoteSpan[]>;
  textblock: number;
  datelineParagraph: Node | null;
  dateline: string;
}

type NodeWriter = (node: Node, ctx: Ctx) => void;
type MarkWriter = (mark: Mark) => { open: string; close: string };

function children(node: Node, ctx: Ctx) {
  node.forEach((child) => {
    writeNode(child, ctx);
  });
}

function textblock(tag: string, attrs = '') {
  return (node: Node, ctx: Ctx) => {
    const index = ctx.textblock++;
    ctx.out.push(`<${tag}${attrs}>`);
    if (node === ctx.datelineParagraph && ctx.dateline) ctx.out.push(`<span class="dateline">${esc(ctx.dateline)}</span> `);
    writeInline(node, ctx, ctx.quotes.get(index) ?? []);
    ctx.out.push(`</${tag}>\n`);
  };
}

function attr(name: string, value: string | number | null | undefined): string {
  return value === null || value === undefined || value === '' ? '' : ` ${name}="${esc(String(value))}"`;
}

const NODE_WRITERS: Record<string, NodeWriter> = {
  paragraph: textblock('p'),
  heading: (node, ctx) => textblock(`h${node.attrs.level === 3 ? 3 : 2}`)(node, ctx),
  blockquote: (node, ctx) => {
    ctx.out.push('<blockquote>\n');
    children(node, ctx);
    ctx.out.push('</blockquote>\n');
  },
  bullet_list: (node, ctx) => {
    ctx.out.push('<ul>\n');
    children(node, ctx);
    ctx.out.push('</ul>\n');
  },
  ordered_list: (node, ctx) => {
    const start = Number(node.attrs.order);
    ctx.out.push(`<ol${Number.isInteger(start) && start !== 1 ? attr('start', start) : ''}>\n`);
    children(node, ctx);
    ctx.out.push('</ol>\n');
  },
  list_item: (node, ctx) => {
    ctx.out.push('<li>');
    children(node, ctx);
    ctx.out.push('</li>\n');
  },
  photo: (node, ctx) => {
    const a = node.attrs as { src: string; alt: string; caption: string; credit: string; rights: string; width: number | null; height: number | null };
    const src = a.src ? safeImageSrc(ctx.photo(a.src)) : null;
    const size = (n: number | null) => (typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : null);
    ctx.out.push(`<figure class="${src ? 'photo' : 'photo photo-placeholder'}"${attr('data-rights', a.rights)}>`);
    if (src) ctx.out.push(`<img src="${esc(src)}" alt="${esc(a.alt)}"${attr('width', size(a.width))}${attr('height', size(a.height))}>`);
    else ctx.out.push(`<div class="photo-to-come">${a.alt ? esc(a.alt) : 'Photo to come'}</div>`);
    if (a.caption || a.credit) {
      ctx.out.push('<figcaption>');
      if (a.caption) ctx.out.push(`<span class="caption">${esc(a.caption)}</span>`);
      if (a.caption && a.credit) ctx.out.push(' ');
      if (a.credit) ctx.out.push(`<span class="credit">${esc(a.credit)}</span>`);
      ctx.out.push('</figcaption>');
    }
    ctx.out.push('</figure>\n');
  },
};

const INLINE_WRITERS: Record<string, (node: Node) => string> = {
  text: (node) => esc(node.text ?? ''),
  hard_break: () => '<br>',
};

const MARK_WRITERS: Record<string, MarkWriter> = {
  strong: () => ({ open: '<strong>', close: '</strong>' }),
  em: () => ({ open: '<em>', close: '</em>' }),
  link: (mark) => {
    const href = safeHref(mark.attrs.href);
    return href ? { open: `<a href="${esc(href)}"${attr('title', mark.attrs.title)}>`, close: '</a>' } : { open: '', close: '' };
  },
};

function writeNode(node: Node, ctx: Ctx) {
  const writer = NODE_WRITERS[node.type.name];
  if (!writer) throw missingExporter('HTML', 'node', node.type.name);
  writer(node, ctx);
}

/** A wrapper around inline content: a mark, or a quote with its speaker (always outermost). */
interface Wrapper {
  key: Mark | QuoteSpan;
  open: string;
  close: string;
}

function sameWrapper(a: Wrapper, b: Wrapper): boolean {
  if (a.key === b.key) return true;
  return 'eq' in a.key && 'eq' in b.key && a.key.eq(b.key);
}

function markWrapper(mark: Mark): Wrapper {
  const writer = MARK_WRITERS[mark.type.name];
  if (!writer) throw missingExporter('HTML', 'mark', mark.type.name);
  return { key: mark, ...writer(mark) };
}

function quoteWrapper(span: QuoteSpan): Wrapper {
  return { key: span, open: `<span class="quote"${attr('data-speaker', span.speaker)}>`, close: '</span>' };
}

/** Inline content with marks and quotes nested correctly: wrappers reopen where they must cross. */
function writeInline(block: Node, ctx: Ctx, quotes: QuoteSpan[]) {
  const open: Wrapper[] = [];
  const emit = (wrappers: Wrapper[], html: string) => {
    let keep = 0;
    while (keep < open.length && keep < wrappers.length && sameWrapper(open[keep], wrappers[keep])) keep++;
    while (open.length > keep) ctx.out.push(open.pop()!.close);
    for (let i = keep; i < wrappers.length; i++) {
      ctx.out.push(wrappers[i].open);
      open.push(wrappers[i]);
    }
    ctx.out.push(html);
  };
  const quoteWrappers = new Map(quotes.map((q) => [q, quoteWrapper(q)]));
  let offset = 0;
  block.forEach((child) => {
    const writer = INLINE_WRITERS[child.type.name];
    if (!writer) throw missingExporter('HTML', 'node', child.type.name);
    const marks = child.marks.map(markWrapper);
    if (!child.isText) {
      const q = quotes.find((s) => s.start < offset && offset < s.end);
      emit(q ? [quoteWrappers.get(q)!, ...marks] : marks, writer(child));
      return;
    }
    const text = child.text ?? '';
    const cuts = new Set([0, text.length]);
    for (const q of quotes) for (const p of [q.start - offset, q.end - offset]) if (p > 0 && p < text.length) cuts.add(p);
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const from = offset + points[i];
      const q = quotes.find((s) => s.start <= from && from < s.end);
      emit(q ? [quoteWrappers.get(q)!, ...marks] : marks, esc(text.slice(points[i], points[i + 1])));
    }
    offset += text.length;
  });
  while (open.length) ctx.out.push(open.pop()!.close);
}

function firstParagraph(body: Node): Node | null {
  let found: Node | null = null;
  body.forEach((child) => {
    if (!found && child.type.name === 'paragraph') found = child;
  });
  return found;
}

/** The story body alone (dateline, paragraphs, photos, quotes with speakers): what a CMS body field takes. */
export function storyBodyHtml(article: Article, options: HtmlExportOptions = {}, body: Node = bodyNode(article.body)): string {
  const ctx: Ctx = {
    out: [],
    photo: options.photo ?? libraryPhotoLinker,
    quotes: articleQuotes(article, body).spans,
    textblock: 0,
    datelineParagraph: firstParagraph(body),
    dateline: formatDateline(article.dateline),
  };
  children(body, ctx);
  return ctx.out.join('');
}

/** The byline, one line per role in house-style order (shared/article/byline), each line marked with its role. */
export function bylineHtml(contributors: readonly Contributor[]): string {
  const all = bylineLines(contributors);
  const roles = [...new Set(contributors.filter((c) => c.name.trim()).map((c) => c.role))];
  const lines = roles
    .flatMap((role) => bylineLines(contributors.filter((c) => c.role === role)).map((line) => ({ role, line })))
    .sort((a, b) => (all.indexOf(a.line) + 1 || 99) - (all.indexOf(b.line) + 1 || 99))
    .map(({ role, line }) => `<span class="byline-line"${attr('data-role', role)}>${esc(line)}</span>`);
  return lines.length ? `<p class="byline">${lines.join('<br>')}</p>\n` : '';
}

function publisherName(article: Article, options: HtmlExportOptions): string | null {
  if (options.publisher) return options.publisher;
  const affiliations = new Set(article.byline.contributors.filter((c) => c.role === 'writer').map((c) => c.affiliation?.trim() ?? ''));
  const [only] = [...affiliations];
  return affiliations.size === 1 && only ? only : null;
}

/** schema.org NewsArticle for search engines and CMS importers. */
export function newsArticleJsonLd(article: Article, options: HtmlExportOptions = {}, body: Node = bodyNode(article.body)): Record<string, unknown> {
  const person = (c: Contributor) => ({
    '@type': 'Person',
    name: c.name.trim(),
    ...(c.affiliation ? { affiliation: { '@type': 'Organization', name: c.affiliation } } : {}),
  });
  const named = article.byline.contributors.filter((c) => c.name.trim());
  const authors = named.filter((c) => c.role === 'writer' || c.role === 'additional-reporting');
  const others = named.filter((c) => !authors.includes(c));
  const photo = options.photo ?? libraryPhotoLinker;
  const images: Record<string, unknown>[] = [];
  body.descendants((node) => {
    if (node.type.name !== 'photo') return true;
    const src = node.attrs.src ? safeImageSrc(photo(node.attrs.src)) : null;
    if (!src) return false;
    images.push({
      '@type': 'ImageObject',
      ...(src.startsWith('data:') ? {} : { contentUrl: src }),
      ...(node.attrs.caption ? { caption: node.attrs.caption } : {}),
      ...(node.attrs.credit ? { creditText: node.attrs.credit } : {}),
      ...(node.attrs.rights ? { copyrightNotice: node.attrs.rights } : {}),
      ...(node.attrs.width ? { width: node.attrs.width, height: node.attrs.height } : {}),
    });
    return false;
  });
  const publisher = publisherName(article, options);
  const dateline = formatDateline(article.dateline).replace(/ —$/, '');
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    ...(article.standfirst ? { description: article.standfirst } : {}),
    author: authors.map(person),
    ...(others.length ? { contributor: others.map(person) } : {}),
    dateCreated: article.created,
    dateModified: article.modified,
    ...(article.status === 'ready' ? { datePublished: article.modified } : {}),
    ...(dateline ? { dateline } : {}),
    ...(images.length ? { image: images } : {}),
    ...(publisher ? { publisher: { '@type': 'Organization', name: publisher } } : {}),
    inLanguage: options.lang ?? 'en',
    wordCount: countWords(article.headline) + countWords(article.standfirst) + countDocWords(body),
    identifier: article.id,
  };
}

/** A small news-page stylesheet, so the exported file reads like a story in any browser. */
export const NEWS_PAGE_CSS = `
:root { color-scheme: light; }
body { margin: 0; background: #f4f1ea; color: #1b1b1b; font: 19px/1.6 Georgia, "Times New Roman", serif; }
.masthead { border-bottom: 3px double #1b1b1b; background: #fff; text-align: center; padding: .6rem 1rem; font: 700 1.1rem/1.2 Georgia, serif; letter-spacing: .12em; text-transform: uppercase; }
article.story { max-width: 44rem; margin: 0 auto; padding: 2rem 2.5rem 3rem; background: #fff; box-shadow: 0 0 0 1px #e2ddd0; }
article.story h1 { font-size: 2.4rem; line-height: 1.15; margin: 0 0 .6rem; letter-spacing: -.01em; }
.standfirst { font-size: 1.25rem; color: #444; margin: 0 0 1rem; }
.byline { font: 600 .85rem/1.5 "Helvetica Neue", Arial, sans-serif; letter-spacing: .04em; text-transform: uppercase; color: #555; border-top: 1px solid #ddd; padding-top: .6rem; }
footer .byline { border-top: 1px solid #ddd; margin-top: 2rem; }
.dateline { font-weight: 700; letter-spacing: .03em; }
.story-body h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; }
.story-body h3 { font-size: 1.15rem; margin: 1.5rem 0 .4rem; }
.story-body blockquote { margin: 1.5rem 0; padding-left: 1.2rem; border-left: 4px solid #b5121b; font-style: italic; color: #333; }
figure.photo { margin: 1.5rem -2.5rem; }
figure.photo img { display: block; width: 100%; height: auto; }
figure.photo figcaption { margin: .5rem 2.5rem 0; font: .85rem/1.45 "Helvetica Neue", Arial, sans-serif; color: #555; }
figure.photo .credit { text-transform: uppercase; font-size: .75rem; letter-spacing: .05em; color: #777; }
.photo-to-come { margin: 0 2.5rem; padding: 2.5rem; text-align: center; background: #eee; color: #777; font: .9rem Arial, sans-serif; }
.quote[data-speaker] { text-decoration: underline dotted #b5b5b5; text-underline-offset: .2em; }
a { color: #0b4f8a; }
@media (max-width: 700px) { article.story { padding: 1.2rem; } figure.photo { margin: 1rem -1.2rem; } figure.photo figcaption { margin: .5rem 1.2rem 0; } }
`;

/** A standalone HTML5 page: the story with its metadata, JSON-LD and a small stylesheet. */
export function articleHtmlDocument(article: Article, options: HtmlExportOptions = {}): string {
  const body = bodyNode(article.body);
  const byline = bylineHtml(article.byline.contributors);
  const title = article.headline.trim() || 'Untitled story';
  const authors = article.byline.contributors.filter((c) => c.role === 'writer' && c.name.trim()).map((c) => c.name.trim());
  const publisher = publisherName(article, options);
  return [
    '<!DOCTYPE html>\n',
    `<html lang="${esc(options.lang ?? 'en')}">\n<head>\n<meta charset="utf-8">\n`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">\n',
    // Defence in depth: even if something slipped through, the exported page runs no script.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src 'self' https: data:; style-src 'unsafe-inline'">\n`,
    `<title>${esc(title)}</title>\n`,
    article.standfirst ? `<meta name="description" content="${esc(article.standfirst)}">\n` : '',
    authors.length ? `<meta name="author" content="${esc(authors.join(', '))}">\n` : '',
    '<meta name="generator" content="Copydesk">\n',
    `<style>${NEWS_PAGE_CSS}</style>\n`,
    `<script type="application/ld+json">\n${scriptSafeJson(newsArticleJsonLd(article, options, body))}\n</script>\n`,
    '</head>\n<body>\n',
    publisher ? `<div class="masthead">${esc(publisher)}</div>\n` : '',
    '<article class="story">\n<header>\n',
    `<h1>${esc(article.headline)}</h1>\n`,
    article.standfirst ? `<p class="standfirst">${esc(article.standfirst)}</p>\n` : '',
    article.byline.position === 'top' ? byline : '',
    '</header>\n<div class="story-body">\n',
    storyBodyHtml(article, options, body),
    '</div>\n',
    article.byline.position === 'foot' && byline ? `<footer>\n${byline}</footer>\n` : '',
    '</article>\n</body>\n</html>\n',
  ].join('');
}
