import type { Node } from 'prosemirror-model';
import type { CheckRange } from './types';

/**
 * The body as the checks read it: textblocks (paragraphs, subheadings, list and block-quote
 * paragraphs) in reading order, numbered as the quote engine numbers its paragraphs, and photos
 * numbered apart.
 */

// Nodes are immutable and shared between versions, so a textblock's text is read once.
const texts = new WeakMap<Node, string>();

/** A textblock's text; a hard break reads as one space, so offsets are doc offsets from the block's start. */
export function textblockText(node: Node): string {
  let t = texts.get(node);
  if (t === undefined) {
    t = node.textBetween(0, node.content.size, '', ' ');
    texts.set(node, t);
  }
  return t;
}

export interface BodyPositions {
  /** doc position of the first character of each textblock */
  textblocks: number[];
  /** doc position of each photo node */
  photos: number[];
}

/** Where each textblock and photo of the body starts, for turning match ranges into doc ranges. */
export function bodyPositions(doc: Node): BodyPositions {
  const textblocks: number[] = [];
  const photos: number[] = [];
  doc.descendants((node, pos) => {
    if (node.isTextblock) {
      textblocks.push(pos + 1);
      return false;
    }
    if (node.type.name === 'photo') {
      photos.push(pos);
      return false;
    }
    return !node.isAtom;
  });
  return { textblocks, photos };
}

/**
 * The doc range a match covers: its text in a textblock, or the whole photo node. Null for a
 * match in a field (headline, standfirst, byline, dateline) or one the document no longer has.
 */
export function docRange(positions: BodyPositions, range: CheckRange): { from: number; to: number } | null {
  if (range.kind === 'block') {
    const start = positions.textblocks[range.block];
    return start === undefined ? null : { from: start + range.from, to: start + range.to };
  }
  if (range.kind === 'photo') {
    const pos = positions.photos[range.photo];
    return pos === undefined ? null : { from: pos, to: pos + 1 };
  }
  return null;
}

/** The textblocks' texts in reading order (what the quote engine analyses). */
export function bodyTexts(doc: Node): string[] {
  const out: string[] = [];
  doc.descendants((node) => {
    if (node.isTextblock) {
      out.push(textblockText(node));
      return false;
    }
    return !node.isAtom;
  });
  return out;
}
