import { deletion, insertion, modification } from '@handlewithcare/prosemirror-suggest-changes';
import { type MarkSpec, type NodeSpec, Schema } from 'prosemirror-model';

/**
 * The article body schema. Headline, standfirst, byline and dateline live beside the body in
 * the article model (they are fields, not free text); the body holds the story itself.
 *
 * Every attribute declares `validate`, so a corrupt file is refused by `Node.fromJSON` +
 * `node.check()` instead of reaching the editor.
 */

/** The few DOM features parse rules use; `shared/` is type-checked without the DOM library. */
interface ParsedElement {
  getAttribute(name: string): string | null;
  querySelector(selector: string): ParsedElement | null;
  readonly textContent: string | null;
  readonly style: { readonly fontWeight: string };
}
const el = (dom: unknown) => dom as ParsedElement;

const pDOM = ['p', 0] as const;
const blockquoteDOM = ['blockquote', 0] as const;
const ulDOM = ['ul', 0] as const;
const liDOM = ['li', 0] as const;
const brDOM = ['br'] as const;
const strongDOM = ['strong', 0] as const;
const emDOM = ['em', 0] as const;

/** Only these URL schemes may live in a link; anything else is dropped on parse and on render. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (/^(https?:|mailto:|tel:)/i.test(trimmed)) return trimmed;
  if (/^[#/]/.test(trimmed) && !trimmed.startsWith('//')) return trimmed;
  return null;
}

export const SUBHEADING_LEVELS = [2, 3] as const;

/**
 * Blocks can carry the suggestion marks themselves (a paragraph inserted or deleted as a
 * suggestion, a heading whose level was changed): every node that holds blocks allows them.
 */
const SUGGESTION_MARKS = 'insertion deletion modification';

export const nodes: Record<string, NodeSpec> = {
  doc: { content: 'block+', marks: SUGGESTION_MARKS },

  paragraph: {
    content: 'inline*',
    group: 'block',
    parseDOM: [{ tag: 'p' }],
    toDOM: () => pDOM,
  },

  /** A subheading inside the story (the headline itself is an article field). */
  heading: {
    attrs: { level: { default: 2, validate: (v: unknown) => { if (v !== 2 && v !== 3) throw new RangeError('subheading level must be 2 or 3'); } } },
    content: 'inline*',
    group: 'block',
    defining: true,
    parseDOM: [
      { tag: 'h1', attrs: { level: 2 } },
      { tag: 'h2', attrs: { level: 2 } },
      { tag: 'h3', attrs: { level: 3 } },
      { tag: 'h4', attrs: { level: 3 } },
      { tag: 'h5', attrs: { level: 3 } },
      { tag: 'h6', attrs: { level: 3 } },
    ],
    toDOM: (node) => [`h${node.attrs.level}`, 0],
  },

  blockquote: {
    marks: SUGGESTION_MARKS,
    content: 'paragraph+',
    group: 'block',
    defining: true,
    parseDOM: [{ tag: 'blockquote' }],
    toDOM: () => blockquoteDOM,
  },

  bullet_list: {
    marks: SUGGESTION_MARKS,
    content: 'list_item+',
    group: 'block',
    parseDOM: [{ tag: 'ul' }],
    toDOM: () => ulDOM,
  },

  ordered_list: {
    marks: SUGGESTION_MARKS,
    attrs: { order: { default: 1, validate: 'number' } },
    content: 'list_item+',
    group: 'block',
    parseDOM: [
      {
        tag: 'ol',
        getAttrs: (dom) => {
          const start = el(dom).getAttribute('start');
          return { order: start && /^\d+$/.test(start) ? Number(start) : 1 };
        },
      },
    ],
    toDOM: (node) => (node.attrs.order === 1 ? ['ol', 0] : ['ol', { start: node.attrs.order }, 0]),
  },

  list_item: {
    marks: SUGGESTION_MARKS,
    content: 'paragraph block*',
    defining: true,
    parseDOM: [{ tag: 'li' }],
    toDOM: () => liDOM,
  },

  /**
   * A photo: the image plus caption, credit, alt text and rights note, each a separate field.
   * `src` is library-relative (`media/<sha256>.jpg`); an empty `src` is a placeholder, such as
   * the one a wire story's `PHOTO` marker asks for.
   */
  photo: {
    group: 'block',
    atom: true,
    draggable: true,
    selectable: true,
    attrs: {
      src: { default: '', validate: 'string' },
      preview: { default: '', validate: 'string' },
      caption: { default: '', validate: 'string' },
      credit: { default: '', validate: 'string' },
      alt: { default: '', validate: 'string' },
      rights: { default: '', validate: 'string' },
      width: { default: null, validate: 'number|null' },
      height: { default: null, validate: 'number|null' },
    },
    parseDOM: [
      {
        tag: 'figure',
        getAttrs: (dom) => {
          const fig = el(dom);
          const img = fig.querySelector('img');
          const caption = fig.querySelector('figcaption .caption, figcaption [data-caption]') ?? fig.querySelector('figcaption');
          const credit = fig.querySelector('figcaption .credit, figcaption [data-credit]');
          return {
            src: img?.getAttribute('src') ?? '',
            alt: img?.getAttribute('alt') ?? '',
            caption: caption && caption !== credit ? (caption.textContent ?? '').replace(credit?.textContent ?? '\u0000', '').trim() : '',
            credit: credit?.textContent?.trim() ?? '',
          };
        },
      },
    ],
    toDOM: (node) => {
      const { src, alt, caption, credit } = node.attrs;
      const figcaption: unknown[] = ['figcaption'];
      if (caption) figcaption.push(['span', { class: 'caption' }, caption]);
      if (credit) figcaption.push(' ', ['span', { class: 'credit' }, credit]);
      return ['figure', { class: src ? 'photo' : 'photo photo-placeholder' }, src ? ['img', { src, alt }] : ['span', 'Photo to come'], figcaption] as never;
    },
  },

  text: { group: 'inline' },

  hard_break: {
    inline: true,
    group: 'inline',
    selectable: false,
    parseDOM: [{ tag: 'br' }],
    toDOM: () => brDOM,
  },
};

export const marks: Record<string, MarkSpec> = {
  /**
   * A desk note (comment) on these words: `id` keys the note in the article's `changes.notes`.
   * Notes may overlap (`excludes: ''`); typing inside one grows it, typing at its edge does not.
   */
  note: {
    attrs: { id: { validate: 'string' } },
    inclusive: false,
    excludes: '',
    parseDOM: [{ tag: 'span[data-note]', getAttrs: (dom) => ({ id: el(dom).getAttribute('data-note') ?? '' }) }],
    toDOM: (mark) => ['span', { class: 'note-anchor', 'data-note': mark.attrs.id }, 0],
  },
  link: {
    attrs: { href: { validate: 'string' }, title: { default: null, validate: 'string|null' } },
    inclusive: false,
    parseDOM: [
      {
        tag: 'a[href]',
        getAttrs: (dom) => {
          const href = safeHref(el(dom).getAttribute('href'));
          return href ? { href, title: el(dom).getAttribute('title') } : false;
        },
      },
    ],
    toDOM: (mark) => ['a', { href: safeHref(mark.attrs.href) ?? '#', title: mark.attrs.title }, 0],
  },
  em: {
    parseDOM: [{ tag: 'i' }, { tag: 'em' }, { style: 'font-style=italic' }, { style: 'font-style=normal', clearMark: (m) => m.type.name === 'em' }],
    toDOM: () => emDOM,
  },
  strong: {
    parseDOM: [
      { tag: 'strong' },
      // Google Docs wraps everything in <b style="font-weight:normal">; that is not bold.
      { tag: 'b', getAttrs: (node) => el(node).style.fontWeight !== 'normal' && null },
      { style: 'font-weight=400', clearMark: (m) => m.type.name === 'strong' },
      { style: 'font-weight', getAttrs: (value) => /^(bold(er)?|[5-9]\d{2,})$/.test(value as string) && null },
    ],
    toDOM: () => strongDOM,
  },
  // A block's pending type or attribute change stays on it when the block is then deleted, or
  // was inserted as a suggestion (the package's specs drop it), so rejecting can put it back.
  insertion: { ...insertion, excludes: 'deletion insertion' },
  deletion: { ...deletion, excludes: 'insertion deletion' },
  modification: { ...modification, excludes: '' },
};

/**
 * Suggestions (track changes) are the marks of @handlewithcare/prosemirror-suggest-changes:
 * `insertion` and `deletion` on text or whole blocks, `modification` on a block or text whose
 * type, attributes or formatting changed. Their `id` keys the author and time in the article's
 * `changes.suggestions`.
 */
export const SUGGESTION_MARK_NAMES = ['insertion', 'deletion', 'modification'] as const;

export const schema = new Schema({ nodes, marks });

export type NodeName = keyof typeof nodes;
