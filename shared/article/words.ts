import type { Node } from 'prosemirror-model';

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’\-.]|,(?=\p{N}))*/gu;

/** Words as a copy editor counts them: runs of letters and digits, keeping "don't", "U.S." and "10,000" whole. */
export function countWords(text: string): number {
  let n = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text)) n++;
  return n;
}

// ProseMirror nodes are immutable and shared between document versions, so a count cached per
// block stays valid until that block changes: a keystroke recounts one paragraph, not the story.
const blockWords = new WeakMap<Node, number>();

export function countBlockWords(block: Node): number {
  let n = blockWords.get(block);
  if (n === undefined) {
    n = 0;
    if (block.isTextblock) n = countWords(block.textContent);
    else if (block.type.name === 'photo') n = 0;
    else
      block.forEach((child) => {
        n! += countBlockWords(child);
      });
    blockWords.set(block, n);
  }
  return n;
}

export function countDocWords(doc: Node): number {
  let n = 0;
  doc.forEach((block) => {
    n += countBlockWords(block);
  });
  return n;
}
