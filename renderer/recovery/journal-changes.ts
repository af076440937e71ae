// While a reporter types, the recovery journal sends the host only the story blocks that changed
// since its last entry: ProseMirror keeps every untouched block the same object from one version
// of the document to the next, so comparing the two lists of blocks by identity finds the edit.
// A keystroke in a 20,000-word story then journals one paragraph, not the whole story.

/** The run of `after` that replaces `before[from, to)`; everything outside it is the same objects in both. */
export interface BlockChanges<T> {
  from: number;
  to: number;
  blocks: T[];
}

export function changedBlocks<T>(before: readonly T[], after: readonly T[]): BlockChanges<T> {
  const shorter = Math.min(before.length, after.length);
  let from = 0;
  while (from < shorter && before[from] === after[from]) from++;
  let to = before.length;
  let end = after.length;
  while (to > from && end > from && before[to - 1] === after[end - 1]) {
    to--;
    end--;
  }
  return { from, to, blocks: after.slice(from, end) };
}

/** `before` with the changes applied (what the host does with the journal entry). */
export function applyBlockChanges<T>(before: readonly T[], changes: BlockChanges<T>): T[] {
  return [...before.slice(0, changes.from), ...changes.blocks, ...before.slice(changes.to)];
}
