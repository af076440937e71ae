import type { Node } from 'prosemirror-model';

/**
 * Photo checks shown to the reporter: a photo without alt text, without a credit, or a
 * placeholder still waiting for its image. Computed from photo nodes only, and cached per
 * top-level block (ProseMirror nodes are immutable and shared between versions), so a
 * keystroke in a paragraph costs one lookup per block and no photo is re-examined.
 */

export type PhotoCheckKind = 'placeholder' | 'no-alt' | 'no-credit';

export interface PhotoCheck {
  kind: PhotoCheckKind;
  /** Position of the photo node in the document. */
  pos: number;
  /** 1-based number of the photo in the story, counting placeholders. */
  photo: number;
  message: string;
}

/** A photo inside a top-level block, with its offset from the block's start. */
export interface BlockPhoto {
  offset: number;
  src: string;
  alt: string;
  credit: string;
}

const photosInBlock = new WeakMap<Node, BlockPhoto[]>();

/** The photos in one top-level block (the block itself, or photos inside a list or quote), cached per node. */
export function blockPhotos(block: Node): BlockPhoto[] {
  let found = photosInBlock.get(block);
  if (found) return found;
  found = [];
  if (block.type.name === 'photo') {
    found.push({ offset: 0, src: block.attrs.src, alt: block.attrs.alt, credit: block.attrs.credit });
  } else if (!block.isTextblock && !block.isLeaf) {
    const list = found;
    block.descendants((node, pos) => {
      if (node.type.name === 'photo') {
        // +1: descendants() positions are relative to the block's content, which starts one after it.
        list.push({ offset: pos + 1, src: node.attrs.src, alt: node.attrs.alt, credit: node.attrs.credit });
        return false;
      }
      return !node.isTextblock;
    });
  }
  photosInBlock.set(block, found);
  return found;
}

export function photoChecks(doc: Node): PhotoCheck[] {
  const checks: PhotoCheck[] = [];
  let n = 0;
  doc.forEach((block, offset) => {
    for (const p of blockPhotos(block)) {
      n++;
      const pos = offset + p.offset;
      for (const kind of photoProblems(p)) checks.push({ kind, pos, photo: n, message: photoCheckMessage(kind, n) });
    }
  });
  return checks;
}

/** What one photo still lacks: its image (a placeholder asks for nothing else yet), or alt text and credit. */
export function photoProblems(p: Pick<BlockPhoto, 'src' | 'alt' | 'credit'>): PhotoCheckKind[] {
  if (!p.src) return ['placeholder'];
  const kinds: PhotoCheckKind[] = [];
  if (!p.alt.trim()) kinds.push('no-alt');
  if (!p.credit.trim()) kinds.push('no-credit');
  return kinds;
}

/** The reporter's words for a check on photo `n` (1-based, counting placeholders). */
export function photoCheckMessage(kind: PhotoCheckKind, n: number): string {
  if (kind === 'placeholder') return `Photo ${n} is still a placeholder: attach the image`;
  return kind === 'no-alt' ? `Photo ${n} has no alt text` : `Photo ${n} has no credit`;
}

/**
 * True when two check lists say the same thing to the reporter. Positions are left out on
 * purpose: typing above a photo moves it without changing what the list shows, so the list
 * is kept (and not re-rendered); a click looks the photo's position up afresh.
 */
export function sameChecks(a: readonly PhotoCheck[], b: readonly PhotoCheck[]): boolean {
  return a.length === b.length && a.every((c, i) => c.kind === b[i].kind && c.photo === b[i].photo);
}
