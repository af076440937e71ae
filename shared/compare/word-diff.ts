import { ChangeSet, simplifyChanges, type TokenEncoder } from 'prosemirror-changeset';
import type { Mark, Node } from 'prosemirror-model';
import { Transform } from 'prosemirror-transform';
import { schema } from '../schema';
import { blockText } from './blocks';
import type { WordSpan } from './types';

/**
 * Word-level differences inside one block, built on prosemirror-changeset (ProseMirror's own
 * change tracker, by ProseMirror's author): the older block is turned into the newer by a
 * transform recreated between the two saved versions (one replace step over the block's
 * content), and the change set diffs what that step replaced, token by token.
 *
 * Why per block and not one transform over the whole story: the change set gives up on ranges
 * longer than 10,000 tokens or with more than 2,500 edits (a 20,000-word story is ~120,000
 * tokens, so it would come back as one change), and it has no notion of a moved paragraph. The
 * story is therefore aligned block by block first (align.ts) and the change set diffs each pair.
 *
 * Its tokens are characters; `simplifyChanges` widens a replacement inside a word to the whole
 * word, and `wholeWords` below does the same for the cases it leaves (a lone inserted or deleted
 * letter, a one-character replacement such as 12 → 15), so every change covers whole words.
 * Marks are part of a character's token, so making a word bold shows as that word deleted and
 * inserted again.
 */

/** A character with its marks: bold "a" and plain "a" differ. */
function markKey(mark: Mark): string {
  const attrs = Object.keys(mark.attrs).length ? JSON.stringify(mark.attrs) : '';
  return `${mark.type.name}${attrs}`;
}

const markedTokens: TokenEncoder<number | string> = {
  encodeCharacter: (char, marks) => (marks.length ? `${char}|${marks.map(markKey).join('|')}` : char),
  encodeNodeStart: (node) => `<${node.type.name}${Object.keys(node.attrs).length ? JSON.stringify(node.attrs) : ''}`,
  encodeNodeEnd: (node) => `>${node.type.name}`,
  compareTokens: (a, b) => a === b,
};

interface TextChange {
  fromA: number;
  toA: number;
  fromB: number;
  toB: number;
}

/** Word spans between two text blocks (paragraphs, subheadings), whatever their types. */
export function diffTextblocks(older: Node, newer: Node): WordSpan[] {
  const a = blockText(older);
  const b = blockText(newer);
  if (older.content.eq(newer.content)) return spansFrom(a, b, []);
  // Inline content is one position per character or inline node, so positions are text offsets.
  const tr = new Transform(older).replaceWith(0, older.content.size, newer.content);
  const changes = ChangeSet.create(older, undefined, markedTokens).addSteps(tr.doc, tr.mapping.maps, null).changes;
  const simple = simplifyChanges(changes, tr.doc).map(({ fromA, toA, fromB, toB }) => ({ fromA, toA, fromB, toB }));
  return spansFrom(a, b, startAtWords(a, b, wholeWords(a, b, simple)));
}

/** Word spans between two plain strings (headline, standfirst, caption…). */
export function diffWords(older: string, newer: string): WordSpan[] {
  if (older === newer) return spansFrom(older, newer, []);
  const p = (text: string) => schema.nodes.paragraph.create(null, text ? schema.text(text) : null);
  return diffTextblocks(p(older), p(newer));
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Characters that join two word characters into one word: don't, U.S., 10,000, long-awaited. */
const JOINER = /['’\-.,]/;

const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** True when offset `at` of `text` falls inside a word (between two of its characters). */
function insideWord(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return false;
  const before = text[at - 1];
  const after = text[at];
  if (isWordChar(before) && isWordChar(after)) return true;
  if (JOINER.test(before!) && isWordChar(text[at - 2]) && isWordChar(after)) return true;
  return JOINER.test(after!) && isWordChar(before) && isWordChar(text[at + 1]);
}

/**
 * Widens each change to whole words of both texts and merges changes that come to touch. The
 * text between two changes is the same in both versions, so a change widens by the same amount
 * on both sides.
 */
function wholeWords(a: string, b: string, changes: TextChange[]): TextChange[] {
  const out: TextChange[] = [];
  for (const [i, change] of changes.entries()) {
    let { fromA, fromB } = change;
    const prev = out[out.length - 1];
    const minA = prev ? prev.toA : 0;
    while (fromA > minA && (insideWord(a, fromA) || insideWord(b, fromB))) {
      fromA--;
      fromB--;
    }
    let current: TextChange;
    if (prev && fromA <= prev.toA) {
      prev.toA = change.toA;
      prev.toB = change.toB;
      current = prev;
    } else {
      current = { fromA, toA: change.toA, fromB, toB: change.toB };
      out.push(current);
    }
    const next = changes[i + 1];
    const maxA = next ? next.fromA : a.length;
    while (current.toA < maxA && (insideWord(a, current.toA) || insideWord(b, current.toB))) {
      current.toA++;
      current.toB++;
    }
  }
  return out;
}

/**
 * A word inserted or deleted between two spaces can be read as " old" or "old "; the diff may
 * give either. Each is slid to start at its word ("the {+old +}quay"), so the same edit always
 * reads the same way.
 */
function startAtWords(a: string, b: string, changes: TextChange[]): TextChange[] {
  for (const [i, c] of changes.entries()) {
    const pureInsert = c.fromA === c.toA;
    if (!pureInsert && c.fromB !== c.toB) continue;
    const [text, from, to] = pureInsert ? [b, c.fromB, c.toB] : [a, c.fromA, c.toA];
    const next = changes[i + 1];
    const limit = next ? (pureInsert ? next.fromB : next.fromA) : text.length;
    let shift = 0;
    while (to + shift < limit && /\s/.test(text[from + shift]!) && text[from + shift] === text[to + shift]) shift++;
    c.fromA += shift;
    c.toA += shift;
    c.fromB += shift;
    c.toB += shift;
  }
  return changes;
}

function spansFrom(a: string, b: string, changes: TextChange[]): WordSpan[] {
  const spans: WordSpan[] = [];
  const push = (kind: WordSpan['kind'], text: string) => {
    if (!text) return;
    const last = spans[spans.length - 1];
    if (last && last.kind === kind) last.text += text;
    else spans.push({ kind, text });
  };
  let at = 0;
  for (const c of changes) {
    push('equal', a.slice(at, c.fromA));
    push('deleted', a.slice(c.fromA, c.toA));
    push('inserted', b.slice(c.fromB, c.toB));
    at = c.toA;
  }
  push('equal', a.slice(at));
  return spans;
}
