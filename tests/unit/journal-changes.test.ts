import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyBlockChanges, changedBlocks } from '../../renderer/recovery/journal-changes';

// Blocks are compared by identity, as ProseMirror shares untouched blocks between versions.
const block = (n: number) => ({ n });

describe('changedBlocks', () => {
  it('finds the one block typed in, blocks added and removed, and nothing when nothing changed', () => {
    const before = [block(1), block(2), block(3), block(4)];
    const typed = [before[0], block(2), before[2], before[3]];
    expect(changedBlocks(before, typed)).toEqual({ from: 1, to: 2, blocks: [typed[1]] });
    const split = [before[0], before[1], block(5), before[2], before[3]];
    expect(changedBlocks(before, split)).toEqual({ from: 2, to: 2, blocks: [split[2]] });
    expect(changedBlocks(before, [before[0], before[3]])).toEqual({ from: 1, to: 3, blocks: [] });
    expect(changedBlocks(before, [...before])).toEqual({ from: 4, to: 4, blocks: [] });
    expect(changedBlocks([], [block(1)])).toMatchObject({ from: 0, to: 0 });
  });

  it('applied to the old blocks, always gives the new ones (any edits)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(20), { maxLength: 40 }),
        fc.array(fc.record({ at: fc.nat(), remove: fc.nat(5), insert: fc.array(fc.nat(20), { maxLength: 4 }) }), { maxLength: 5 }),
        (ns, edits) => {
          const before = ns.map(block);
          let after = [...before];
          for (const e of edits) {
            const at = after.length ? e.at % (after.length + 1) : 0;
            after = [...after.slice(0, at), ...e.insert.map(block), ...after.slice(at + e.remove)];
          }
          const changes = changedBlocks(before, after);
          const rebuilt = applyBlockChanges(before, changes);
          expect(rebuilt).toHaveLength(after.length);
          for (const [i, b] of rebuilt.entries()) expect(b).toBe(after[i]);
          // Nothing outside the change is sent.
          expect(changes.blocks.length).toBeLessThanOrEqual(after.length);
        },
      ),
      { numRuns: 500 },
    );
  });
});
