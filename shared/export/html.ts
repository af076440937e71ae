import type { Mark, Node } from 'prosemirror-model';
import { type Article, bodyNode, bylineLines, type Byline, type Contributor, countDocWords, countWords, type Dateline } from '../article';
import { fieldSuggestions, type Note, noteAnchors, SUGGESTION_ANCHOR, type SuggestibleField } from '../changes';
import { safeHref } from '../schema';
import { type ChangeRecords, changeRecords, changeTitle, isoTime, noteKindLabel, readableTime } from './changes';
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
  /** The dateline as HTML (escaped; with a suggested new dateline shown when there is one). */
  dateline: string;
  /** Who made each suggestion and note, for the changes shown. */
  records: ChangeRecords;
  /** Notes to write after a textblock (by its index in reading order): the block their words end in. */
  notesAfter: Map<number, Note[]>;
}

type NodeWriter = (node: Node, ctx: Ctx) => void;
type MarkWriter = (mark: Mark, ctx: Ctx) => { open: string; close: string };

function children(node: Node, ctx: Ctx) {
  node.forEach((child) => {
    writeNode(child, ctx);
  });
}

function textblock(tag: string, attrs = '') {
  return (node: Node, ctx: Ctx) => {
    const index = ctx.textblock++;
    ctx.out.push(`<${tag}${attrs}>`);
    if (node === ctx.datelineParagraph && ctx.dateline) ctx.out.push(`<span class="dateline">${ctx.dateline}</span> `);
    writeInline(node, ctx, ctx.quotes.get(index) ?? []);
    ctx.out.push(`</${tag}>\n`);
    // A note goes after the block its words end in (an aside cannot sit inside a paragraph).
    for (const note of ctx.notesAfter.get(index) ?? []) ctx.out.push(noteAsideHtml(note, true));
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

const isSuggested = (node: Node) => node.marks.some((m) => m.type.name === 'insertion' || m.type.name === 'deletion');

const INLINE_WRITERS: Record<string, (node: Node, last: boolean) => string> = {
  // The zero-width anchors of a suggested paragraph break are not words: the one that ends a
  // paragraph shows as ¶ inside its <ins>/<del>, the others are left out.
  text: (node, last) => {
    const text = node.text ?? '';
    if (!isSuggested(node) || !text.includes(SUGGESTION_ANCHOR)) return esc(text);
    const shown = last && text.endsWith(SUGGESTION_ANCHOR) ? `${text.slice(0, -1)}¶` : text;
    return esc(shown.replaceAll(SUGGESTION_ANCHOR, ''));
  },
  hard_break: () => '<br>',
};

/**
 * `<ins>`/`<del>` attributes: which suggestion, who and when (title is what a reader sees on
 * hover). Only ins and del take `datetime`; the div or span of a formatting change says `data-datetime`.
 */
function suggestionAttrs(mark: Mark, verb: string, ctx: Ctx, modification = false): string {
  const id = String(mark.attrs.id);
  const record = ctx.records.suggestions.get(id);
  return `${attr('class', modification ? 'suggestion suggested-change' : 'suggestion')}${attr('data-suggestion', id)}${attr('data-author', record?.author)}${attr(modification ? 'data-datetime' : 'datetime', record ? isoTime(record.at) : null)}${attr('title', changeTitle(verb, record))}`;
}

/** What a formatting or structure suggestion changes, in words. */
function modificationVerb(mark: Mark): string {
  const { type, attrName, newValue } = mark.attrs as { type: string; attrName: string | null; newValue: unknown };
  if (type === 'nodeType') return `Changed to ${newValue === 'heading' ? 'a subheading' : String(newValue).replace(/_/g, ' ')}`;
  if (type === 'attr') return `${attrName === 'level' ? 'Subheading level' : (attrName ?? 'Setting')} changed`;
  return 'Formatting changed';
}

const MARK_WRITERS: Record<string, MarkWriter> = {
  strong: () => ({ open: '<strong>', close: '</strong>' }),
  em: () => ({ open: '<em>', close: '</em>' }),
  link: (mark) => {
    const href = safeHref(mark.attrs.href);
    return href ? { open: `<a href="${esc(href)}"${attr('title', mark.attrs.title)}>`, close: '</a>' } : { open: '', close: '' };
  },
  insertion: (mark, ctx) => ({ open: `<ins${suggestionAttrs(mark, 'Inserted', ctx)}>`, close: '</ins>' }),
  deletion: (mark, ctx) => ({ open: `<del${suggestionAttrs(mark, 'Deleted', ctx)}>`, close: '</del>' }),
  modification: (mark, ctx) => ({ open: `<span${suggestionAttrs(mark, modificationVerb(mark), ctx, true)}>`, close: '</span>' }),
  note: (mark, ctx) => {
    const id = String(mark.attrs.id);
    const note = ctx.records.notes.get(id);
    return { open: `<mark${attr('class', 'note-anchor')}${attr('data-note', id)}${attr('title', note ? changeTitle(noteKindLabel(note), note) : 'Note')}>`, close: '</mark>' };
  },
};

/**
 * A block suggested as a whole (a paragraph inserted or deleted, a subheading level changed):
 * `<ins>`/`<del>` around it (inside it for a list item, whose parent takes only items), and a
 * `<div>` naming the change around a block whose formatting or structure would change.
 */
function blockChangeWrappers(node: Node, ctx: Ctx): { open: string; close: string } {
  let open = '';
  let close = '';
  for (const mark of node.marks) {
    const name = mark.type.name;
    if (name === 'insertion' || name === 'deletion') {
      const tag = name === 'insertion' ? 'ins' : 'del';
      open += `<${tag}${suggestionAttrs(mark, name === 'insertion' ? 'Inserted' : 'Deleted', ctx)}>`;
      close = `</${tag}>${close}`;
    } else if (name === 'modification') {
      open += `<div${suggestionAttrs(mark, modificationVerb(mark), ctx, true)}>`;
      close = `</div>${close}`;
    } else throw missingExporter('HTML', 'mark', name);
  }
  return { open, close };
}

function writeNode(node: Node, ctx: Ctx) {
  const writer = NODE_WRITERS[node.type.name];
  if (!writer) throw missingExporter('HTML', 'node', node.type.name);
  if (!node.marks.length) {
    writer(node, ctx);
    return;
  }
  const wrap = blockChangeWrappers(node, ctx);
  if (node.type.name === 'list_item') {
    ctx.out.push(`<li>${wrap.open}`);
    children(node, ctx);
    ctx.out.push(`${wrap.close}</li>\n`);
    return;
  }
  ctx.out.push(wrap.open);
  writer(node, ctx);
  ctx.out.push(wrap.close);
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

function markWrapper(mark: Mark, ctx: Ctx): Wrapper {
  const writer = MARK_WRITERS[mark.type.name];
  if (!writer) throw missingExporter('HTML', 'mark', mark.type.name);
  return { key: mark, ...writer(mark, ctx) };
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
  block.forEach((child, _pos, index) => {
    const writer = INLINE_WRITERS[child.type.name];
    if (!writer) throw missingExporter('HTML', 'node', child.type.name);
    const marks = child.marks.map((m) => markWrapper(m, ctx));
    const last = index === block.childCount - 1;
    if (!child.isText) {
      const q = quotes.find((s) => s.start < offset && offset < s.end);
      emit(q ? [quoteWrappers.get(q)!, ...marks] : marks, writer(child, last));
      return;
    }
    const text = child.text ?? '';
    const cuts = new Set([0, text.length]);
    for (const q of quotes) for (const p of [q.start - offset, q.end - offset]) if (p > 0 && p < text.length) cuts.add(p);
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i < points.length - 1; i++) {
      const from = offset + points[i];
      const q = quotes.find((s) => s.start <= from && from < s.end);
      const html = writer(child.type.schema.text(text.slice(points[i], points[i + 1]), child.marks), last && i === points.length - 2);
      if (html) emit(q ? [quoteWrappers.get(q)!, ...marks] : marks, html);
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

/** Each anchored note by the index (reading order) of the textblock its words end in; the others apart. */
function placeNotes(body: Node, notes: readonly Note[]): { after: Map<number, Note[]>; unanchored: Note[] } {
  const anchors = noteAnchors(body);
  const blockEnds: number[] = [];
  body.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    blockEnds.push(pos + node.nodeSize);
    return false;
  });
  const after = new Map<number, Note[]>();
  const unanchored: Note[] = [];
  for (const note of notes) {
    const anchor = anchors.get(note.id);
    const index = anchor ? blockEnds.findIndex((end) => anchor.to <= end) : -1;
    if (index === -1) {
      unanchored.push(note);
      continue;
    }
    after.set(index, [...(after.get(index) ?? []), note]);
  }
  return { after, unanchored };
}

function timeHtml(at: string): string {
  const iso = isoTime(at);
  return iso ? `<time datetime="${iso}">${esc(readableTime(at))}</time>` : esc(at);
}

function multilineHtml(text: string): string {
  return esc(text).replace(/\r?\n/g, '<br>');
}

/** A note as an aside: its kind, who and when, its text, the replies, and whether it was resolved. */
export function noteAsideHtml(note: Note, anchored: boolean): string {
  const out = [
    `<aside${attr('class', note.resolved ? 'note note-resolved' : 'note')}${attr('data-note', note.id)}${attr('data-kind', note.kind)}>`,
    `<p class="note-head"><strong>${esc(noteKindLabel(note))}</strong> · ${esc(note.author)} · ${timeHtml(note.at)}</p>`,
  ];
  if (!anchored && note.excerpt) out.push(`<p class="note-excerpt">On “${esc(note.excerpt)}”</p>`);
  out.push(`<p class="note-text">${multilineHtml(note.text)}</p>`);
  if (note.replies.length) {
    out.push('<ol class="note-replies">');
    for (const reply of note.replies) {
      out.push(`<li><p class="note-head">${esc(reply.author)} · ${timeHtml(reply.at)}</p><p class="note-text">${multilineHtml(reply.text)}</p></li>`);
    }
    out.push('</ol>');
  }
  if (note.resolved) out.push(`<p class="note-resolution">Resolved by ${esc(note.resolved.by)} · ${timeHtml(note.resolved.at)}</p>`);
  out.push('</aside>\n');
  return out.join('');
}

/** A story field with its suggested new values: the old one struck through, each new one inserted. */
function fieldChangeHtml(article: Article, field: SuggestibleField, render: (value: unknown) => string, current: unknown): string {
  const suggestions = fieldSuggestions(article.changes).filter((s) => s.field === field);
  const now = render(current);
  if (!suggestions.length) return now;
  const parts = now ? [`<del${changeAttrs(suggestions[0], 'Replaced')}>${now}</del>`] : [];
  for (const s of suggestions) {
    const html = render(s.value);
    parts.push(html ? `<ins${changeAttrs(s, 'Suggested')}>${html}</ins>` : `<del${changeAttrs(s, 'Removal suggested')}></del>`);
  }
  return parts.join(' ');
}

function changeAttrs(record: { id: string; author: string; at: string }, verb: string): string {
  return `${attr('class', 'suggestion')}${attr('data-suggestion', record.id)}${attr('data-author', record.author)}${attr('datetime', isoTime(record.at))}${attr('title', changeTitle(verb, record))}`;
}

/** The story body alone (dateline, paragraphs, photos, quotes with speakers): what a CMS body field takes. */
export function storyBodyHtml(article: Article, options: HtmlExportOptions = {}, body: Node = bodyNode(article.body)): string {
  const records = changeRecords(article);
  const notes = placeNotes(body, article.changes?.notes ?? []);
  const ctx: Ctx = {
    out: [],
    photo: options.photo ?? libraryPhotoLinker,
    quotes: articleQuotes(article, body).spans,
    textblock: 0,
    datelineParagraph: firstParagraph(body),
    dateline: fieldChangeHtml(article, 'dateline', (d) => esc(formatDateline(d as Dateline | null)), article.dateline),
    records,
    notesAfter: notes.after,
  };
  children(body, ctx);
  // Notes whose words were deleted since keep what they were about, at the end.
  for (const note of notes.unanchored) ctx.out.push(noteAsideHtml(note, false));
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
ins.suggestion { color: #1b6e3c; background: #e6f4ea; text-decoration: underline; }
del.suggestion { color: #a3261c; background: #fbe9e7; text-decoration: line-through; }
.suggested-change { outline: 1px dashed #8a5a00; outline-offset: 2px; }
mark.note-anchor { background: #fff1b8; }
aside.note { margin: .4rem 0 1rem 1rem; padding: .5rem .8rem; border-left: 3px solid #d9a400; background: #fffbe8; font: .85rem/1.45 "Helvetica Neue", Arial, sans-serif; }
aside.note p { margin: .2rem 0; }
aside.note-resolved { opacity: .7; }
.note-replies { margin: .3rem 0 0; padding-left: 1.2rem; }
@media (max-width: 700px) { article.story { padding: 1.2rem; } figure.photo { margin: 1rem -1.2rem; } figure.photo figcaption { margin: .5rem 1.2rem 0; } }
`;

/** A standalone HTML5 page: the story with its metadata, JSON-LD and a small stylesheet. */
export function articleHtmlDocument(article: Article, options: HtmlExportOptions = {}): string {
  const body = bodyNode(article.body);
  const byline = fieldChangeHtml(article, 'byline', (b) => bylineHtml((b as Byline).contributors), article.byline);
  const headline = fieldChangeHtml(article, 'headline', (h) => esc(h as string), article.headline);
  const standfirst = fieldChangeHtml(article, 'standfirst', (s) => esc(s as string), article.standfirst);
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
    `<h1>${headline}</h1>\n`,
    standfirst ? `<p class="standfirst">${standfirst}</p>\n` : '',
    article.byline.position === 'top' ? byline : '',
    '</header>\n<div class="story-body">\n',
    storyBodyHtml(article, options, body),
    '</div>\n',
    article.byline.position === 'foot' && byline ? `<footer>\n${byline}</footer>\n` : '',
    '</article>\n</body>\n</html>\n',
  ].join('');
}
