import type { ArticleComparison, BlockComparison } from './types';

/** Words shared by the text and HTML renderings, so both read the same. */

/** Where a block is and what happened to it: "¶4", "¶5 (photo), new", "was ¶6, deleted", "¶7, moved from ¶2". */
export function blockLabel(block: BlockComparison): string {
  const { kind, older, newer } = block;
  const where = (side: NonNullable<typeof older>) => `¶${side.index + 1}${side.place === 'paragraph' ? '' : ` (${side.place})`}`;
  const now = newer ? where(newer) : '';
  const was = older ? where(older) : '';
  const place = older && newer && older.place !== newer.place ? `, was a ${older.place}` : '';
  switch (kind) {
    case 'inserted':
      return `${now}, new`;
    case 'deleted':
      return `was ${was}, deleted`;
    case 'moved':
      return `${now}, moved from ¶${older!.index + 1}${place}`;
    default:
      return `${now}${place}`;
  }
}

/** A run of unchanged blocks: "¶3 unchanged", "¶1–12 unchanged". */
export function unchangedLabel(first: BlockComparison, last: BlockComparison): string {
  const a = first.newer!.index + 1;
  const b = last.newer!.index + 1;
  return a === b ? `¶${a} unchanged` : `¶${a}–${b} unchanged`;
}

/** "1 word", "14 words": a count with its noun. */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

/** "2 paragraphs changed, 1 new, 1 deleted, 1 moved; 14 words inserted, 9 deleted." */
export function summaryLine(comparison: ArticleComparison): string {
  if (comparison.identical) return 'No differences.';
  const s = comparison.summary;
  const parts = [
    s.changed && `${plural(s.changed, 'paragraph')} changed`,
    s.inserted && `${s.inserted} new`,
    s.deleted && `${s.deleted} deleted`,
    s.moved && `${s.moved} moved`,
  ].filter(Boolean);
  const blocks = parts.length ? `${parts.join(', ')}; ${plural(s.wordsInserted, 'word')} inserted, ${s.wordsDeleted} deleted` : 'Story text unchanged';
  const fields = comparison.fields.length ? `; ${comparison.fields.map((f) => f.label.toLowerCase()).join(', ')} changed` : '';
  const speakers = comparison.speakers.length ? `; ${plural(comparison.speakers.length, 'speaker')} changed` : '';
  return `${blocks}${fields}${speakers}.`;
}

/** Groups blocks for display: each changed block alone, each run of unchanged ones together. */
export function displayRuns(blocks: readonly BlockComparison[]): Array<{ block: BlockComparison; index: number } | { unchanged: BlockComparison[] }> {
  const out: Array<{ block: BlockComparison; index: number } | { unchanged: BlockComparison[] }> = [];
  for (const [index, block] of blocks.entries()) {
    const last = out[out.length - 1];
    if (block.kind !== 'equal') out.push({ block, index });
    else if (last && 'unchanged' in last) last.unchanged.push(block);
    else out.push({ unchanged: [block] });
  }
  return out;
}
