import type { Node } from 'prosemirror-model';
import type { BlockJson, BlockPlace, BlockSide } from './types';

/**
 * A story read as the desk compares it: one entry per paragraph, subheading or photo, in reading
 * order. Lists and block quotes are walked into, so an edit to one list item is one changed item,
 * not a changed list.
 */
export interface StoryBlock {
  node: Node;
  index: number;
  pos: number;
  outer: { pos: number; size: number };
  place: BlockPlace;
  text: string;
  /** Equal keys mean the same block in the same place: what the alignment matches on. */
  key: string;
}

/** A photo's derived preview is not part of what the desk compares. */
const IGNORED_PHOTO_ATTRS = new Set(['preview']);

export function storyBlocks(doc: Node): StoryBlock[] {
  const out: StoryBlock[] = [];
  doc.forEach((child, pos) => {
    collect(child, pos, doc, 'paragraph', { pos, size: child.nodeSize }, out);
  });
  return out;
}

function collect(node: Node, pos: number, parent: Node, inherited: BlockPlace, outer: StoryBlock['outer'], out: StoryBlock[]): void {
  if (node.isTextblock || node.isLeaf) {
    out.push(makeBlock(node, out.length, pos, placeOf(node, inherited), outer));
    return;
  }
  const place = containerPlace(node, parent, inherited);
  node.forEach((child, offset) => {
    collect(child, pos + 1 + offset, node, place, outer, out);
  });
}

function containerPlace(container: Node, parent: Node, inherited: BlockPlace): BlockPlace {
  switch (container.type.name) {
    case 'blockquote':
      return 'block quote';
    case 'list_item':
      return parent.type.name === 'ordered_list' ? 'numbered list item' : 'bulleted list item';
    default:
      return inherited;
  }
}

function placeOf(node: Node, inherited: BlockPlace): BlockPlace {
  if (node.type.name === 'photo') return 'photo';
  if (node.type.name === 'heading') return 'subheading';
  return inherited;
}

function makeBlock(node: Node, index: number, pos: number, place: BlockPlace, outer: StoryBlock['outer']): StoryBlock {
  const text = blockText(node);
  return { node, index, pos, outer, place, text, key: `${place}\u0000${identity(node)}` };
}

/** Everything that makes a block what it is (type, attributes, text, marks), as one string. */
function identity(node: Node): string {
  let key = `${node.type.name}${attrsKey(node)}`;
  node.forEach((child) => {
    key += `\u0001${child.isText ? child.text : child.type.name + attrsKey(child)}`;
    for (const mark of child.marks) key += `\u0002${mark.type.name}${Object.keys(mark.attrs).length ? JSON.stringify(mark.attrs) : ''}`;
  });
  return key;
}

function attrsKey(node: Node): string {
  const names = Object.keys(node.attrs).filter((k) => !(node.type.name === 'photo' && IGNORED_PHOTO_ATTRS.has(k)));
  return names.length ? JSON.stringify(names.map((k) => node.attrs[k])) : '';
}

/** The block's text with one character per inline position: a hard break is `\n`. */
export function blockText(node: Node): string {
  if (node.type.name === 'photo') return String(node.attrs.caption ?? '');
  if (!node.isTextblock) return '';
  let text = '';
  node.forEach((child) => {
    if (child.isText) text += child.text;
    else text += child.type.name === 'hard_break' ? '\n' : '\uFFFC';
  });
  return text;
}

export function blockSide(block: StoryBlock): BlockSide {
  return {
    index: block.index,
    pos: block.pos,
    size: block.node.nodeSize,
    outer: block.outer,
    type: block.node.type.name,
    place: block.place,
    text: block.text,
    node: block.node.toJSON() as BlockJson,
  };
}

/**
 * Runs of anything but spaces and punctuation: close enough to words for a likeness, and several
 * times faster than a Unicode letter class on a long story.
 */
const WORDS = /[^\s!-/:-@[-`{-~\u00a0-\u00bf\u2010-\u2027\u2030-\u205e]+/g;

/** FNV-1a: a clash between two words only nudges a likeness, so 32 bits are plenty. */
function hash(word: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 0x01000193);
  return h | 0;
}

interface Vocabulary {
  /** Its words, lower case, as sorted hashes; and the same for each pair of neighbouring words. */
  words: Int32Array;
  wordPairs: Int32Array;
}

/** Worked out only for the blocks that need a likeness (most of a story is simply equal). */
const vocabularies = new WeakMap<StoryBlock, Vocabulary>();

function vocabulary(block: StoryBlock): Vocabulary {
  const known = vocabularies.get(block);
  if (known) return known;
  const v = wordsOf(block.text);
  vocabularies.set(block, v);
  return v;
}

function wordsOf(text: string): Vocabulary {
  const words = text.toLowerCase().match(WORDS) ?? [];
  const pairs = new Int32Array(Math.max(0, words.length - 1));
  for (let i = 1; i < words.length; i++) pairs[i - 1] = hash(`${words[i - 1]} ${words[i]}`);
  return { words: Int32Array.from(words, hash).sort(), wordPairs: pairs.sort() };
}

/** Photos pair with photos, text with text. */
export function sameKind(a: StoryBlock, b: StoryBlock): boolean {
  return (a.node.type.name === 'photo') === (b.node.type.name === 'photo');
}

/**
 * How alike two blocks read, 0..1: the share of words they have in common (Dice, counting
 * repeats), averaged with the share of neighbouring word pairs. Words alone make two unrelated
 * paragraphs look alike ("the", "said", the story's names); pairs alone make a short paragraph
 * with one word changed look unlike itself. Two photos of the same image are alike whatever
 * their captions say.
 */
export function likeness(a: StoryBlock, b: StoryBlock): number {
  if (!sameKind(a, b)) return 0;
  if (a.node.type.name === 'photo' && a.node.attrs.src && a.node.attrs.src === b.node.attrs.src) return 1;
  const x = vocabulary(a);
  const y = vocabulary(b);
  if (!x.wordPairs.length && !y.wordPairs.length) return dice(x.words, y.words);
  return (dice(x.words, y.words) + dice(x.wordPairs, y.wordPairs)) / 2;
}

/** Shared entries of two sorted lists over all entries, counting repeats as often as both have them. */
function dice(x: Int32Array, y: Int32Array): number {
  const total = x.length + y.length;
  if (total === 0) return 1;
  let shared = 0;
  for (let i = 0, j = 0; i < x.length && j < y.length; ) {
    if (x[i] === y[j]) {
      shared++;
      i++;
      j++;
    } else if (x[i]! < y[j]!) i++;
    else j++;
  }
  return (2 * shared) / total;
}
